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
