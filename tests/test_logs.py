"""Secrets never reach a log line, in text or JSON format, from loguru or stdlib logging."""

from __future__ import annotations

import io
import json
import logging

from loguru import logger

from rivet.logs import setup_logging

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq"
SLACK = "xoxb-2222222222-ABCDEFGHIJKLMNOP"


def test_known_and_shaped_secrets_are_redacted_in_text_and_json() -> None:
    for fmt in ("text", "json"):
        sink = io.StringIO()
        setup_logging(fmt=fmt, secrets=["s3cret-db-passw0rd", "my-llm-key-value"], sink=sink)
        logger.info("connecting with token {}", TOKEN)
        logger.info("slack {} and llm key my-llm-key-value", SLACK)
        logger.bind(url="postgresql://rivet:s3cret-db-passw0rd@db:5432/rivet").info("db url bound")
        logger.warning("dsn postgresql://admin:hunter22@10.0.0.5/x failed")
        # httpx logs full Telegram URLs through stdlib logging.
        logging.getLogger("telegram.ext").warning("POST https://api.telegram.org/bot%s/getMe", TOKEN)
        try:
            raise ValueError(f"bad token {TOKEN}")
        except ValueError:
            logger.exception("boom")
        out = sink.getvalue()
        for secret in (TOKEN, SLACK, "s3cret-db-passw0rd", "my-llm-key-value", "hunter22"):
            assert secret not in out, (fmt, secret)
        assert "***" in out
        assert "getMe" in out
        if fmt == "json":
            lines = [json.loads(line) for line in out.splitlines()]
            assert len(lines) >= 6
    setup_logging(fmt="text")


def test_json_lines_are_short_and_carry_the_context_the_pipeline_binds() -> None:
    sink = io.StringIO()
    setup_logging(fmt="json", secrets=["s3cret-db-passw0rd"], sink=sink)
    logger.warning("ingest broken.pdf: corrupt or unreadable PDF")
    with logger.contextualize(trace_id="7f3a9c", tenant="plant-a", platform="telegram"):
        logger.info("answered in {} ms", 412)
        logging.getLogger("httpx").warning("HTTP Request: POST https://api.telegram.org/bot%s/sendMessage", TOKEN)
    try:
        raise RuntimeError("connection to postgresql://rivet:s3cret-db-passw0rd@db/rivet refused")
    except RuntimeError:
        logger.exception("database unreachable")
    setup_logging(fmt="text")
    lines = sink.getvalue().splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 4
    plain, bound, stdlib, failed = records
    assert list(plain) == ["time", "level", "logger", "message"]
    assert plain["level"] == "WARNING" and plain["logger"] == "tests.test_logs"
    assert plain["time"].endswith("Z") and plain["message"] == "ingest broken.pdf: corrupt or unreadable PDF"
    assert len(lines[0]) < 200  # loguru's serialized record was about 1,000 characters
    assert bound == {**bound, "trace_id": "7f3a9c", "tenant": "plant-a", "platform": "telegram"}
    assert bound["message"] == "answered in 412 ms"
    assert list(bound)[4:] == ["trace_id", "tenant", "platform"]
    # A library's stdlib record names its own logger, carries the bound context and is redacted.
    assert stdlib["logger"] == "httpx" and stdlib["trace_id"] == "7f3a9c" and TOKEN not in stdlib["message"]
    assert "trace_id" not in failed  # the context ended with its block
    assert failed["exception"].startswith("RuntimeError: connection to postgresql://rivet:***@")
    assert "RuntimeError" in failed["traceback"] and "s3cret-db-passw0rd" not in lines[3]
