"""Run the real `rivet` CLI in a subprocess with a controlled environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

LOG_KEYS = ("time", "level", "logger", "message")


def rivet(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL"} and not k.startswith("RIVET_")}
    full_env.update({"HF_HUB_OFFLINE": "1", "RIVET_LOG_FORMAT": "text", "PYTHONPATH": str(Path(__file__).parents[1])})
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "rivet.cli", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        input=stdin,
    )


def json_log_lines(stderr: str, max_chars: int = 600, max_envelope: int = 250) -> list[dict[str, Any]]:
    """stderr of a piped run: every line one short JSON log object (what a log shipper expects).

    Short means the envelope around the message (time, level, logger, bound context) stays small:
    loguru's serialized record wrapped every message in about 1,000 characters.
    """
    records = []
    for line in stderr.splitlines():
        record = json.loads(line)
        assert list(record)[: len(LOG_KEYS)] == list(LOG_KEYS), line
        assert len(line) <= max_chars and len(line) - len(record["message"]) <= max_envelope, line
        records.append(record)
    return records
