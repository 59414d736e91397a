"""Download a file an admin shared in Slack, after checking its type and size.

Slack's private file URLs need the bot token, so the token is sent only to Slack's own file host
(or the configured API host, for the fake); a URL anywhere else is refused, never fetched.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp

DOCUMENT_SUFFIXES = frozenset({".pdf", ".md", ".txt", ".html"})
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
SLACK_FILE_HOSTS = frozenset({"files.slack.com", "slack-files.com"})


class RejectedFile(ValueError):
    """A shared file RIVET will not ingest (wrong type, too big, or not on a Slack host)."""


def check_document(info: dict[str, Any], *, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    """The file's safe local name, or RejectedFile saying why it is refused."""
    name = str(info.get("name") or info.get("title") or "")
    suffix = Path(name).suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise RejectedFile(f"{name or 'file'}: only {', '.join(sorted(DOCUMENT_SUFFIXES))} can be ingested")
    size = info.get("size")
    if isinstance(size, int) and size > max_bytes:
        raise RejectedFile(f"{name}: {size} bytes, at most {max_bytes}")
    return re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).name).lstrip(".") or f"file{suffix}"


class FileDownloader:
    """Fetches private Slack files into a temporary directory with the bot token."""

    def __init__(self, token: str, *, api_url: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> None:
        self._token = token
        self._hosts = SLACK_FILE_HOSTS | {urlsplit(api_url).hostname or ""}
        self.max_bytes = max_bytes

    async def download(self, info: dict[str, Any], directory: Path) -> Path:
        """Write the file under `directory`; RejectedFile for type, size or host, aiohttp errors pass up."""
        name = check_document(info, max_bytes=self.max_bytes)
        url = str(info.get("url_private_download") or info.get("url_private") or "")
        if urlsplit(url).hostname not in self._hosts:
            raise RejectedFile(f"{name}: download URL is not on a Slack file host")
        target = directory / name
        received = 0
        timeout = aiohttp.ClientTimeout(total=120)
        headers = {"Authorization": f"Bearer {self._token}"}
        # allow_redirects=False: Slack redirects to a login page when the token lacks files:read.
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.get(url, headers=headers, allow_redirects=False) as resp,
        ):
            if resp.status != 200:
                raise RejectedFile(f"{name}: download answered HTTP {resp.status} (is files:read granted?)")
            with target.open("wb") as out:
                async for piece in resp.content.iter_chunked(64 * 1024):
                    received += len(piece)
                    if received > self.max_bytes:
                        raise RejectedFile(f"{name}: larger than {self.max_bytes} bytes")
                    await asyncio.to_thread(out.write, piece)  # no blocking disk write on the loop
        return target


def temp_dir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="rivet-slack-")
