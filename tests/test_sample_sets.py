"""The bundled question sets are consistent with their manuals, so an eval measures the engine, not typos."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import SAMPLES_DIR
from knowledge.questions import load_questions

SETS = [
    (SAMPLES_DIR / "questions.jsonl", SAMPLES_DIR / "manuals"),
    (SAMPLES_DIR / "second" / "questions.jsonl", SAMPLES_DIR / "second" / "manuals"),
]


@pytest.mark.parametrize(("questions", "manuals"), SETS, ids=["dev", "second"])
def test_every_expected_answer_is_written_in_its_source(questions: Path, manuals: Path) -> None:
    rows = load_questions(questions)
    assert len({q.id for q in rows}) == len(rows)
    assert any(not q.answerable for q in rows) and any(q.answerable for q in rows)
    for q in rows:
        if not q.answerable:
            assert not q.sources and not q.answer_contains, q.id
            continue
        assert q.sources and q.answer_contains, q.id
        texts = [(manuals / source).read_text(encoding="utf-8").lower() for source in q.sources]
        for needle in q.answer_contains:
            assert any(needle.lower() in text for text in texts), (q.id, needle)
