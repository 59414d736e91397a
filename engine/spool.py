"""The outage spool: messages that arrived while no database server could take them, kept on local disk.

One JSON file per message under `$RIVET_DATA_DIR/spool`. An entry is written to a temporary
name, fsync'd, then hard-linked to its final name and the directory fsync'd: a crash leaves the
whole entry or none, and because a link never replaces an existing name, the same platform event
(tenant, platform, event id) is stored once however often the platform delivers it. A message
without an event id gets one here ("spool-<uuid>"), stored with it, so its replay is deduplicated
like any other event. A file that cannot be read back is moved to `spool/corrupt/` with an error
log line, never dropped silently. The directory is local to one machine: an ephemeral disk loses it.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from loguru import logger

from engine.messages import Message, message_from_dict, message_to_dict

FORMAT = 1
SPOOLED_AT = "spooled_at"  # in a saved message's extras: when it was saved (epoch seconds)
STALE_TMP_S = 60.0  # a temporary file this old was left by a crash mid-write

ChatKey = tuple[str, str, str]


@dataclass(frozen=True)
class Spooled:
    """One saved message: its key (the file name), its place in arrival order, and the message."""

    key: str
    seq: int  # time.time_ns() when it was saved: replay goes oldest first
    message: Message

    @property
    def chat(self) -> ChatKey:
        return (self.message.tenant_id, self.message.platform, self.message.chat_id)


def spool_key(tenant: str, platform: str, event_id: str) -> str:
    """The file name of an event: the same event is the same file, whatever else differs."""
    return hashlib.sha256(f"{tenant}\0{platform}\0{event_id}".encode()).hexdigest()[:32]


class Spool:
    """Append, list and remove saved messages. Blocking file I/O: async callers use asyncio.to_thread."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.corrupt_dir = root / "corrupt"
        # Chats with saved messages, as this process last saw the directory: a new message of such a
        # chat waits behind them so the chat's order holds (engine/outage.py).
        self._chats: dict[ChatKey, set[str]] = defaultdict(set)

    def append(self, message: Message) -> tuple[Spooled, bool]:
        """Save the message durably; returns the entry and whether it is new (False: saved before)."""
        self.root.mkdir(parents=True, exist_ok=True)
        event_id = message.event_id or f"spool-{uuid.uuid4().hex}"
        saved = replace(message, event_id=event_id, extras={**message.extras, SPOOLED_AT: round(time.time(), 3)})
        entry = Spooled(spool_key(message.tenant_id, message.platform, event_id), time.time_ns(), saved)
        final = self.root / f"{entry.key}.json"
        existing = self._load(final) if final.exists() else None  # a corrupt one is set aside: write anew
        if existing is not None:
            return existing, False
        body = json.dumps({"format": FORMAT, "key": entry.key, "seq": entry.seq, "message": message_to_dict(saved)})
        tmp = self.root / f".{entry.key}.{uuid.uuid4().hex[:8]}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, body.encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, final)
            new = True
        except FileExistsError:  # the same event, saved by a concurrent delivery a moment ago
            new = False
        finally:
            tmp.unlink()
        self._sync_dir()
        self._chats[entry.chat].add(entry.key)
        if not new:
            return self._load(final) or entry, False
        return entry, True

    def pending(self) -> list[Spooled]:
        """Every saved message, oldest first. Unreadable files are set aside in corrupt/ (logged)."""
        if not self.root.is_dir():
            self._chats.clear()
            return []
        entries = []
        for path in self.root.iterdir():
            if path.name.endswith(".tmp"):
                self._stale_tmp(path)
            elif path.suffix == ".json" and path.is_file():
                entry = self._load(path)
                if entry is not None:
                    entries.append(entry)
        entries.sort(key=lambda e: (e.seq, e.key))
        self._chats.clear()
        for entry in entries:
            self._chats[entry.chat].add(entry.key)
        return entries

    def remove(self, entry: Spooled) -> None:
        """Forget an entry once its reply is committed (a second remove, by another process, is fine)."""
        (self.root / f"{entry.key}.json").unlink(missing_ok=True)
        self._sync_dir()
        keys = self._chats.get(entry.chat)
        if keys is not None:
            keys.discard(entry.key)
            if not keys:
                del self._chats[entry.chat]

    def holds_chat(self, tenant: str, platform: str, chat_id: str) -> bool:
        """Whether this process knows of saved messages from that chat (no disk access)."""
        return bool(self._chats.get((tenant, platform, chat_id)))

    def _load(self, path: Path) -> Spooled | None:
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError(f"not a spool entry of format {FORMAT}")
            message = message_from_dict(data["message"])
            for name in ("tenant_id", "platform", "chat_id", "user_id", "text", "event_id"):
                if not isinstance(getattr(message, name), str):
                    raise ValueError(f"message.{name} is not text")
            if data["key"] != path.stem or data["key"] != spool_key(
                message.tenant_id, message.platform, str(message.event_id)
            ):
                raise ValueError("key does not match the file name and the message's event")
            return Spooled(str(data["key"]), int(data["seq"]), message)
        except FileNotFoundError:
            return None  # replayed and removed by another process meanwhile
        except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
            self._set_aside(path, f"{type(exc).__name__}: {exc}")
            return None

    def _stale_tmp(self, path: Path) -> None:
        try:
            age = time.time() - path.stat().st_mtime
        except FileNotFoundError:
            return
        if age > STALE_TMP_S:
            self._set_aside(path, "a write that never completed (the process died while saving)")

    def _set_aside(self, path: Path, why: str) -> None:
        self.corrupt_dir.mkdir(parents=True, exist_ok=True)
        target = self.corrupt_dir / f"{path.name}.{uuid.uuid4().hex[:8]}"
        try:
            path.rename(target)
        except FileNotFoundError:
            return
        logger.error("spool: {} could not be read ({}); moved to {} for a person to look at", path.name, why, target)

    def _sync_dir(self) -> None:
        """Make a link or unlink durable: on POSIX a new name is on disk only once its directory is."""
        fd = os.open(self.root, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
