"""Translate-out for Slack: a Reply becomes Block Kit, and SlackSender delivers it for the outbox worker.

Slack refuses a whole message when one limit is broken (3000 chars per section, 50 blocks, 2000
chars per button value), so long answers are split into several sections here instead of failing.

A reply meant for one person (a /rivet command's) is ephemeral: posted through the command's
response_url, and when that is spent or refused (it works for 30 minutes and 5 uses), through
chat.postEphemeral to that user in the same channel, so the reply is never lost to an old URL.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from loguru import logger
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from engine.messages import Reply
from engine.outbound import DeliveryError, Outbound, SentRef

MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_BUTTON_VALUE = 2000
MAX_BUTTON_LABEL = 75
MAX_BUTTONS_PER_BLOCK = 25
FALLBACK_CHARS = 3000
RESPONSE_URL_TIMEOUT_S = 10
ACTION_PREFIX = "rivet_button_"

# Errors where the same call can never succeed: the chat is gone, we are not in it, or the
# message itself is unacceptable. Everything else (rate limits, 5xx, auth being fixed) is retried.
PERMANENT_ERRORS = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "msg_too_long",
        "no_text",
        "invalid_blocks",
        "restricted_action",
        "cant_update_message",
        "message_not_found",
        "edit_window_closed",
        "user_not_found",
    }
)


def escape(text: str) -> str:
    """Slack's three control characters; the Reply's *bold* and `code` are already mrkdwn."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def split_text(text: str, limit: int = MAX_SECTION_CHARS) -> list[str]:
    """Pieces of at most `limit` chars, cut at a line break, else a space, never inside an &entity;."""
    chunks: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit + 1)
        if cut < limit // 2:
            cut = text.rfind(" ", 0, limit + 1)
        if cut < limit // 2:
            cut = limit
            amp = text.rfind("&", max(0, cut - 5), cut)
            if amp != -1 and ";" not in text[amp:cut]:
                cut = amp
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip("\n ")
    chunks.append(text)
    return [c for c in chunks if c.strip()] or [""]


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text or " "}}


def render_blocks(reply: Reply) -> list[dict[str, Any]]:
    """Sections with the text, a context block with the citations, actions blocks with the buttons."""
    for button in reply.buttons:
        if len(button.data) > MAX_BUTTON_VALUE:
            raise ValueError(f"button {button.label!r} carries {len(button.data)} chars, Slack allows 2000")
    button_rows = [reply.buttons[i : i + MAX_BUTTONS_PER_BLOCK] for i in range(0, len(reply.buttons), 25)]
    budget = MAX_BLOCKS - len(button_rows) - (1 if reply.citations else 0)
    chunks = split_text(escape(reply.text))
    if len(chunks) > budget:
        marker = "\n… (answer truncated)"
        chunks = [*chunks[: budget - 1], chunks[budget - 1][: MAX_SECTION_CHARS - len(marker)] + marker]
    blocks = [_section(c) for c in chunks]
    if reply.citations:
        sources = "\n".join(escape(c.label()) for c in reply.citations)
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": sources[:MAX_SECTION_CHARS]}]})
    n = 0
    for row_index, row in enumerate(button_rows):
        elements = []
        for button in row:
            label = (
                button.label if len(button.label) <= MAX_BUTTON_LABEL else button.label[: MAX_BUTTON_LABEL - 1] + "…"
            )
            elements.append(
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": label, "emoji": True},
                    "value": button.data,
                    "action_id": f"{ACTION_PREFIX}{n}",
                }
            )
            n += 1
        blocks.append({"type": "actions", "block_id": f"rivet_actions_{row_index}", "elements": elements})
    return blocks


def fallback_text(reply: Reply) -> str:
    """The plain `text` Slack shows in notifications and to clients that cannot render blocks."""
    text = escape(reply.render_plain())
    return text if len(text) <= FALLBACK_CHARS else text[: FALLBACK_CHARS - 1] + "…"


class SlackSender:
    """engine.outbound.Sender for Slack, called only by the outbox delivery worker."""

    platform = "slack"

    def __init__(self, client: AsyncWebClient) -> None:
        self._client = client

    async def send(self, outbound: Outbound) -> SentRef:
        dest = outbound.destination
        if dest.private_to:
            return await self._send_ephemeral(outbound, dest.private_to)
        response = await self._call(
            "chat.postMessage",
            channel=dest.chat_id,
            thread_ts=dest.thread_id,
            **self._content(outbound.reply),
        )
        return SentRef(self.platform, str(response.get("channel") or dest.chat_id), str(response["ts"]), dest.thread_id)

    async def _send_ephemeral(self, outbound: Outbound, user: str) -> SentRef:
        """Only `user` sees it: through the response_url while it works, else chat.postEphemeral.

        An ephemeral message has no ts a later edit could name; the reference is "ephemeral:<user>"
        (chat.postEphemeral's message_ts is only good for that user's client).
        """
        dest = outbound.destination
        content = self._content(outbound.reply)
        if dest.response_url:
            why = await self._respond(dest.response_url, content)
            if why is None:
                return SentRef(self.platform, dest.chat_id, f"ephemeral:{user}", dest.thread_id)
            logger.info("slack: response_url refused reply {} ({}); sending it with chat.postEphemeral",
                        outbound.reply.id, why)  # fmt: skip
        await self._call("chat.postEphemeral", channel=dest.chat_id, user=user, thread_ts=dest.thread_id, **content)
        return SentRef(self.platform, dest.chat_id, f"ephemeral:{user}", dest.thread_id)

    @staticmethod
    async def _respond(url: str, content: dict[str, Any]) -> str | None:
        """POST the reply to a response_url as ephemeral; None when Slack took it, else why not."""
        try:
            response = await AsyncWebhookClient(url, timeout=RESPONSE_URL_TIMEOUT_S).send(
                response_type="ephemeral", text=content["text"], blocks=content["blocks"]
            )
        except (TimeoutError, aiohttp.ClientError, OSError) as e:
            return f"{type(e).__name__}: {e}"
        if response.status_code == 200:
            return None
        return f"HTTP {response.status_code} {response.body[:200]}"

    async def edit(self, ref: SentRef, outbound: Outbound) -> SentRef:
        if ref.message_id.startswith("ephemeral:"):  # nothing chat.update can name: send it anew
            return await self.send(outbound)
        response = await self._call(
            "chat.update", channel=ref.chat_id, ts=ref.message_id, **self._content(outbound.reply)
        )
        return SentRef(self.platform, ref.chat_id, str(response.get("ts") or ref.message_id), ref.thread_id)

    def _content(self, reply: Reply) -> dict[str, Any]:
        try:
            blocks = render_blocks(reply)
        except ValueError as e:
            raise DeliveryError(f"slack: {e}", permanent=True) from e
        return {"text": fallback_text(reply), "blocks": blocks}

    async def _call(self, method: str, **kwargs: Any) -> dict[str, Any]:
        args = {k: v for k, v in kwargs.items() if v is not None}
        try:
            response = await self._client.api_call(method, json=args)
        except SlackApiError as e:
            raise _delivery_error(method, e) from e
        except (TimeoutError, aiohttp.ClientError, OSError) as e:
            raise DeliveryError(f"slack {method}: {type(e).__name__}: {e}") from e
        return dict(response.data) if isinstance(response.data, dict) else {}


def _delivery_error(method: str, e: SlackApiError) -> DeliveryError:
    response = e.response
    status = getattr(response, "status_code", None)
    data = getattr(response, "data", None)
    error = data.get("error") if isinstance(data, dict) else None
    if status == 429 or error == "ratelimited":
        retry_after = _retry_after(getattr(response, "headers", None) or {})
        return DeliveryError(f"slack {method}: rate limited", retry_after_s=retry_after)
    reason = f"slack {method}: {error or f'HTTP {status}'}"
    return DeliveryError(reason, permanent=error in PERMANENT_ERRORS)


def _retry_after(headers: Any) -> float:
    # aiohttp's headers are case-insensitive; a plain dict from elsewhere may not be.
    value = headers.get("Retry-After") or headers.get("retry-after")
    try:
        return float(value)
    except (TypeError, ValueError):
        return 1.0
