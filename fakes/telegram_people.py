"""The people and chats of the fake Bot API, and the entities Telegram attaches to their texts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

MENTION = re.compile(r"@\w+")
COMMAND = re.compile(r"^/\w+(@\w+)?")


@dataclass(frozen=True)
class FakeUser:
    """A Telegram user the test plays."""

    id: int
    first_name: str
    username: str | None = None
    is_bot: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.username:
            data["username"] = self.username
        return data


@dataclass(frozen=True)
class FakeChat:
    """A chat: "private" (id = the user's id), "group", or "supergroup" (is_forum for topics)."""

    id: int
    type: str = "private"
    title: str | None = None
    is_forum: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title:
            data["title"] = self.title
        if self.is_forum:
            data["is_forum"] = True
        return data


def _utf16_len(text: str) -> int:
    """Telegram counts entity offsets in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram attaches: a leading /command and every @mention."""
    entities: list[dict[str, Any]] = []
    command = COMMAND.match(text)
    if command:
        entities.append({"type": "bot_command", "offset": 0, "length": _utf16_len(command.group())})
    for mention in MENTION.finditer(text):
        if command and mention.start() < command.end():
            continue
        offset = _utf16_len(text[: mention.start()])
        entities.append({"type": "mention", "offset": offset, "length": _utf16_len(mention.group())})
    return entities
