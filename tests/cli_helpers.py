"""Run the real `rivet` CLI in a subprocess with a controlled environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


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
