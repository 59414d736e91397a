"""The knowledge CLI end to end: `rivet eval retrieval`, `rivet ingest`, `rivet search`, `rivet kb ...`.

Every command that embeds loads the model in its own process (about 10 s), so the runs are few and
start side by side in one module fixture; each test then checks the run it is about.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from knowledge.questions import load_questions
from rivet.errors import RivetError
from tests.cli_helpers import json_log_lines, rivet

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
DOCS = FIXTURES / "docs"
QUESTIONS = FIXTURES / "questions.jsonl"
TX5 = "tarsel-tx5-belt-tracking.md"

Run = subprocess.CompletedProcess[str]


def assert_one_line_error(proc: Run, *needles: str) -> None:
    assert proc.returncode == 1, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ") and "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def run_eval(tmp: Path, questions: Path, log_format: str = "text") -> Run:
    env = {"RIVET_DATA_DIR": str(tmp / "data"), "RIVET_LOG_FORMAT": log_format}
    return rivet("eval", "retrieval", str(questions), "--docs", str(DOCS), "--json", cwd=tmp, env=env)


def run_operator_session(tmp: Path) -> dict[str, Run]:
    """One embedded server (RIVET_DATA_DIR) used by a sequence of commands, as an operator would."""
    docs = tmp / "docs"
    shutil.copytree(DOCS, docs)
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\nthis file was cut short")
    env = {"RIVET_DATA_DIR": str(tmp / "data"), "RIVET_TENANT": "plant-7", "RIVET_RERANKER_BACKEND": "none"}
    # The default log format (auto) through a pipe, as a script or a CI job meets it.
    runs = {"ingest": rivet("ingest", str(docs), cwd=tmp, env={**env, "RIVET_LOG_FORMAT": "auto"})}
    runs["search"] = rivet("search", "gc12 HP-3 alarm, what do i check", "--json", "--k", "3", cwd=tmp, env=env)
    runs["status"] = rivet("kb", "status", "--json", cwd=tmp, env=env)
    runs["remove"] = rivet("kb", "remove", TX5, cwd=tmp, env=env)
    runs["remove again"] = rivet("kb", "remove", TX5, cwd=tmp, env=env)
    return runs


@dataclass
class CliRuns:
    bad_questions: Path
    eval: Future[Run]
    malformed: Future[Run]
    operator: Future[dict[str, Run]]


@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CliRuns]:
    """The module's CLI runs, started together so that their model loads overlap instead of adding up.

    Their data directories (a PostgreSQL server each) are removed when the module ends.
    """
    dirs = {name: tmp_path_factory.mktemp(name) for name in ("malformed", "eval", "operator")}
    bad = dirs["malformed"] / "bad.jsonl"
    bad.write_text(QUESTIONS.read_text(encoding="utf-8").splitlines()[0] + "\n{not json\n", encoding="utf-8")
    with ThreadPoolExecutor(max_workers=3) as pool:
        yield CliRuns(
            bad_questions=bad,
            eval=pool.submit(run_eval, dirs["eval"], QUESTIONS, "auto"),
            malformed=pool.submit(run_eval, dirs["malformed"], bad),
            operator=pool.submit(run_operator_session, dirs["operator"]),
        )
    for path in dirs.values():
        shutil.rmtree(path, ignore_errors=True)


def test_the_fixture_question_set_is_valid() -> None:
    questions = load_questions(QUESTIONS)
    assert len(questions) == 8
    answerable = [q for q in questions if q.answerable]
    assert len(answerable) == 6 and {q.kind for q in questions if not q.answerable} == {"unanswerable"}
    docs = {p.name for p in DOCS.iterdir()}
    assert all(set(q.sources) <= docs and q.sources for q in answerable)


def test_eval_retrieval_reports_hit_rates_on_the_fixture_set(cli_runs: CliRuns) -> None:
    proc = cli_runs.eval.result()
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert {"questions", "hit@1", "hit@5", "mrr@10", "by_kind"} <= result.keys()
    assert result["questions"] == 6  # the answerable ones; unanswerable questions are not scored here
    assert result["hit@5"] == 1.0
    assert 0.8 <= result["hit@1"] <= result["mrr@10"] <= 1.0
    assert set(result["by_kind"]) == {"fact", "troubleshoot", "procedure", "disambiguate"}
    assert sum(k["questions"] for k in result["by_kind"].values()) == 6
    assert result["by_kind"]["fact"]["questions"] == 2 and result["by_kind"]["procedure"]["questions"] == 2
    assert all(k["hit@5"] == 1.0 for k in result["by_kind"].values())
    assert result["documents"] == 4 and result["chunks"] >= 8 and result["ingest_errors"] == {}
    assert result["misses"] == []
    # No trained cross-encoder is installable offline: the default falls back, and says so once.
    assert result["reranker"].startswith("none (fused retrieval score)")
    assert proc.stderr.count("cannot be loaded") == 1
    # Piped: no progress bar, and each log line is one short JSON object.
    logs = json_log_lines(proc.stderr)
    assert any(r["level"] == "WARNING" and "cannot be loaded" in r["message"] for r in logs)


def test_eval_with_a_malformed_question_file_is_one_line_error(cli_runs: CliRuns) -> None:
    proc = cli_runs.malformed.result()
    assert_one_line_error(proc, f"{cli_runs.bad_questions}:2: not a valid question (JSONDecodeError")
    assert proc.stdout == ""


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"question": "no id", "answerable": true, "sources": ["a.md"]}', ":1: not a valid question (KeyError"),
        ('{"id": "x", "question": "q", "answerable": true, "sources": []}', ":1: an answerable question needs"),
        ('{"id": "x", "question": "q", "answerable": false, "kind": "gossip"}', ":1: kind 'gossip' is not one of"),
        ("[1, 2]", ":1: not a valid question (TypeError"),
        ("\n\n", "holds no questions"),
    ],
)
def test_question_file_validation(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RivetError) as info:
        load_questions(path)
    assert message in str(info.value)
    with pytest.raises(RivetError, match="cannot read question file"):
        load_questions(tmp_path / "missing.jsonl")


def test_ingest_search_status_and_remove_through_the_cli(cli_runs: CliRuns) -> None:
    runs = cli_runs.operator.result()
    ingest, search, status = runs["ingest"], runs["search"], runs["status"]
    assert ingest.returncode == 2, ingest.stderr  # some files failed: a script can tell
    assert ingest.stdout.startswith("files 5  ingested 4  skipped 0  errors 1")
    # Piped: no progress bar on either stream, one short JSON line per log record, and the broken
    # file's error said once (not by pypdf, the ingest and an echo in turn).
    logs = json_log_lines(ingest.stderr)
    assert ingest.stderr.count("broken.pdf") == 1
    (error,) = [r for r in logs if "broken.pdf" in r["message"]]
    assert error["level"] == "WARNING" and error["logger"] == "knowledge.ingest"
    assert error["message"].startswith("ingest broken.pdf: corrupt or unreadable PDF")

    assert search.returncode == 0, search.stderr
    passages = json.loads(search.stdout)
    assert len(passages) == 3
    assert passages[0]["source"] == "granvik-gc12-chiller-alarms.md"
    assert passages[0]["heading"] == "HP-3 High discharge pressure" and "24 bar" in passages[0]["text"]
    assert passages[0]["rerank"] is None and passages[0]["score"] >= passages[1]["score"]

    assert status.returncode == 0, status.stderr
    info = json.loads(status.stdout)
    assert info["tenant"] == "plant-7" and info["documents"] == 4 and info["chunks"] >= 8
    assert info["domains"] == {"conveyors": 1, "drives": 1, "hvac": 1, "hydraulics": 1}
    assert info["embedder"] == "all-MiniLM-L6-v2 (dim 384)"
    assert info["stored_embeddings"] == ["all-MiniLM-L6-v2 (dim 384)"]
    assert info["reranker"] == "none (fused retrieval score), by setting"
    assert any("hnsw" in index for index in info["indexes"])

    assert runs["remove"].returncode == 0, runs["remove"].stderr
    assert f"removed {TX5} from plant-7" in runs["remove"].stdout
    # Removing it a second time fails: it is really gone.
    assert_one_line_error(runs["remove again"], f"no document '{TX5}' in tenant 'plant-7'")
