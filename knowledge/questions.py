"""Question sets for evaluation: JSONL, one question per line, in the knowledge issue's schema."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rivet.errors import RivetError

KINDS = ("fact", "troubleshoot", "disambiguate", "procedure", "unanswerable")


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answerable: bool
    sources: tuple[str, ...]
    answer_contains: tuple[str, ...]
    kind: str


def load_questions(path: Path) -> list[Question]:
    """Parse and validate a question file; a bad line is a clear error naming the line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RivetError(f"cannot read question file {path}: {exc.strerror or exc}") from None
    questions: list[Question] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            q = Question(
                id=str(obj["id"]),
                question=str(obj["question"]),
                answerable=bool(obj["answerable"]),
                sources=tuple(str(s) for s in obj.get("sources") or ()),
                answer_contains=tuple(str(s) for s in obj.get("answer_contains") or ()),
                kind=str(obj.get("kind") or ("fact" if obj["answerable"] else "unanswerable")),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise RivetError(f"{path}:{number}: not a valid question ({type(exc).__name__}: {exc})") from None
        if q.kind not in KINDS:
            raise RivetError(f"{path}:{number}: kind {q.kind!r} is not one of {', '.join(KINDS)}")
        if q.answerable and not q.sources:
            raise RivetError(f"{path}:{number}: an answerable question needs at least one source")
        questions.append(q)
    if not questions:
        raise RivetError(f"{path} holds no questions")
    return questions
