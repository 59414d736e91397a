"""What the fake Bot API checks before accepting a message, as the real one does.

Telegram refuses HTML it cannot parse, texts over 4096 characters (after entity parsing),
callback data over 64 bytes and unknown parse modes; the fake refuses them with the same
descriptions so the bot's fallbacks are exercised against the real errors.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
PARSE_MODES = {"HTML", "Markdown", "MarkdownV2"}
HTML_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
    "a", "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
HTML_ENTITIES = {"lt", "gt", "amp", "quot"}


class BadRequest(Exception):
    """A 400 answer: `description` is what Telegram would say."""

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description


class _TelegramHTML(HTMLParser):
    """Parses the subset of HTML Telegram accepts and collects the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.open: list[str] = []
        self.text: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            self.error = self.error or f'Unsupported start tag "{tag}"'
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.error = self.error or f'Unmatched end tag "{tag}"'
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            self.error = self.error or "Unexpected end of name token"
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in HTML_ENTITIES:
            self.error = self.error or f'Unsupported HTML entity "&{name};"'
        self.text.append("x")

    def handle_charref(self, name: str) -> None:
        self.text.append("x")


def visible_text(text: str, parse_mode: str | None) -> str:
    """The text a user would see; raises BadRequest when the markup cannot be parsed."""
    if parse_mode is None:
        return text
    if parse_mode not in PARSE_MODES:
        raise BadRequest(f"Bad Request: unsupported parse_mode {parse_mode!r}")
    if parse_mode != "HTML":
        return text  # the fake only checks HTML, the mode RIVET uses
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    # A "<" the parser could not read as a tag stays in rawdata; Telegram refuses it.
    if parser.error is None and parser.rawdata:
        parser.error = "Unexpected end of name token"
    if parser.error is None and parser.open:
        parser.error = f'Can\'t find end tag corresponding to start tag "{parser.open[-1]}"'
    if parser.error is not None:
        raise BadRequest(f"Bad Request: can't parse entities: {parser.error}")
    return "".join(parser.text)


def check_text(text: Any, parse_mode: str | None) -> str:
    """Validate a message text as sendMessage and editMessageText do; returns the visible text."""
    if not isinstance(text, str) or not text.strip():
        raise BadRequest("Bad Request: message text is empty")
    shown = visible_text(text, parse_mode)
    if not shown.strip():
        raise BadRequest("Bad Request: message text is empty")
    if len(shown) > MAX_TEXT:
        raise BadRequest("Bad Request: message is too long")
    return shown


def check_reply_markup(markup: Any) -> None:
    """Inline keyboards: every button needs a label and callback data of 1-64 bytes (or a url)."""
    if markup is None:
        return
    if not isinstance(markup, dict):
        raise BadRequest("Bad Request: can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise BadRequest('Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not button.get("text"):
                raise BadRequest("Bad Request: text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is None and "url" not in button:
                raise BadRequest("Bad Request: can't parse inline keyboard button: InlineKeyboardButton must have "
                                 "exactly one of the optional fields")  # fmt: skip
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA:
                raise BadRequest("Bad Request: BUTTON_DATA_INVALID")
