"""Translate-out for Telegram: a Reply becomes HTML message parts and an inline keyboard.

The Reply's small markup (*bold*, `code`, "- " list lines) becomes Telegram HTML; citations
become a numbered "Sources:" list. Texts over Telegram's 4096 characters are split on paragraph
boundaries (then lines, then words), so a tag is never cut: markup never spans a line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from loguru import logger
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from engine.messages import Button, Reply

MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
CODE = re.compile(r"`([^`\n]+)`")
BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
BULLET = re.compile(r"^- ", re.MULTILINE)


def markup_to_html(text: str) -> str:
    """*bold* -> <b>, `code` -> <code>, "- " -> "• "; everything else escaped (<, >, &)."""
    pieces: list[str] = []
    last = 0
    for match in CODE.finditer(text):
        pieces.append(_inline_html(text[last : match.start()]))
        pieces.append(f"<code>{html.escape(match.group(1), quote=False)}</code>")
        last = match.end()
    pieces.append(_inline_html(text[last:]))
    return "".join(pieces)


def _inline_html(text: str) -> str:
    escaped = html.escape(BULLET.sub("• ", text), quote=False)
    return BOLD.sub(r"<b>\1</b>", escaped)


def sources_block(reply: Reply, *, as_html: bool) -> str:
    """The numbered source list ("[1] Manual > Heading, p. 3"), empty without citations."""
    if not reply.citations:
        return ""
    labels = [c.label() for c in sorted(reply.citations, key=lambda c: c.n)]
    if as_html:
        return "<b>Sources:</b>\n" + "\n".join(html.escape(label, quote=False) for label in labels)
    return "Sources:\n" + "\n".join(labels)


def render_parts(reply: Reply, *, as_html: bool = True, limit: int = MAX_TEXT) -> list[str]:
    """The message texts to send, in order, each at most `limit` characters.

    as_html=False gives the plain text fallback for when Telegram refuses our HTML.
    """
    render: Callable[[str], str] = markup_to_html if as_html else _plain
    units = [(p, render) for p in reply.text.split("\n\n") if p.strip()]
    sources = sources_block(reply, as_html=as_html)
    if sources:
        units.append((sources, _verbatim))
    rendered: list[str] = []
    for raw, fn in units:
        rendered.extend(_fit(raw, fn, limit))
    return _pack(rendered, "\n\n", limit) or [render(reply.text) or "…"]


def _plain(text: str) -> str:
    return BULLET.sub("• ", text)


def _verbatim(text: str) -> str:
    return text


def _fit(raw: str, render: Callable[[str], str], limit: int) -> list[str]:
    """Render one paragraph, split into lines, then words, then characters until each piece fits."""
    whole = render(raw)
    if len(whole) <= limit:
        return [whole]
    for separator in ("\n", " "):
        if separator in raw.strip():
            pieces = [p for piece in raw.split(separator) if piece for p in _fit(piece, render, limit)]
            return _pack(pieces, separator, limit)
    # One unbroken word longer than a message: cut it (escapes can grow it, so measure rendered).
    cut = max(1, limit // 5)
    return [render(raw[i : i + cut]) for i in range(0, len(raw), cut)]


def _pack(pieces: list[str], separator: str, limit: int) -> list[str]:
    """Join consecutive pieces while they fit in one message."""
    packed: list[str] = []
    for piece in pieces:
        if packed and len(packed[-1]) + len(separator) + len(piece) <= limit:
            packed[-1] += separator + piece
        else:
            packed.append(piece)
    return packed


def keyboard(buttons: list[Button]) -> InlineKeyboardMarkup | None:
    """An inline keyboard: short buttons share a row (feedback thumbs), long ones get their own.

    Telegram refuses callback data over 64 bytes for the whole message; such a button is left
    out with an error in the log, so the technician still gets the answer.
    """
    usable: list[Button] = []
    for button in buttons:
        size = len(button.data.encode())
        if not 1 <= size <= MAX_CALLBACK_DATA:
            logger.error(
                "telegram: button {!r} dropped: callback data is {} bytes, Telegram allows 1-{}",
                button.label,
                size,
                MAX_CALLBACK_DATA,
            )
            continue
        usable.append(button)
    if not usable:
        return None
    if len(usable) <= 3 and all(len(b.label) <= 16 for b in usable):
        rows = [[InlineKeyboardButton(b.label, callback_data=b.data) for b in usable]]
    else:
        rows = [[InlineKeyboardButton(b.label, callback_data=b.data)] for b in usable]
    return InlineKeyboardMarkup(rows)
