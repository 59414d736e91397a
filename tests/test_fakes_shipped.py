"""The fakes `rivet bench` runs on ship with the product: nothing reaches into tests/ or sys.path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).parents[1]


def test_the_bench_imports_the_fake_llm_server_from_the_shipped_package(tmp_path: Path) -> None:
    # A fresh interpreter outside the repository: tests/ is not importable by accident there.
    script = (
        "import sys\n"
        "before = list(sys.path)\n"
        "import engine.bench, fakes.openai\n"
        "assert engine.bench.FakeOpenAI is fakes.openai.FakeOpenAI\n"
        "assert sys.path == before, 'importing the bench changed sys.path'\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'tests'], 'the bench imported tests/'\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={"PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1", "LITELLM_LOCAL_MODEL_COST_MAP": "True"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
