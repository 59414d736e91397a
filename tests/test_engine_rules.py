"""The rules modules' shape: every hand-tuned rule is a typed Final constant that says what it is for.

engine/rules.py holds the rules of answering and answerability; knowledge/codes.py holds the code and
designation patterns (knowledge/ never imports engine/). The source is parsed, so a rule added
without a type or a line on its purpose fails here rather than in review.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

from engine import rules

ROOT = Path(__file__).resolve().parent.parent
RULE_MODULES = [ROOT / "engine" / "rules.py", ROOT / "knowledge" / "codes.py"]
CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")


def _comment_rows(source: str) -> tuple[set[int], set[int]]:
    """(rows holding only a comment, rows ending in a comment after code)."""
    whole, trailing = set(), set()
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            (whole if tok.line.lstrip().startswith("#") else trailing).add(tok.start[0])
    return whole, trailing


def _is_final(annotation: ast.expr) -> bool:
    target = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    return isinstance(target, ast.Name) and target.id == "Final"


def problems(source: str) -> list[str]:
    """What is wrong with a rules module: constants without a Final type or without a comment on the
    line above or at the end of their first line; dataclasses not frozen or without a docstring, and
    their fields without a comment."""
    tree = ast.parse(source)
    whole, trailing = _comment_rows(source)
    out: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            out += [f"{name}: no type annotation" for name in names if CONSTANT.fullmatch(name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            name = node.target.id
            if not CONSTANT.fullmatch(name):
                continue
            if not _is_final(node.annotation):
                out.append(f"{name}: not Final")
            if node.lineno - 1 not in whole and node.lineno not in trailing:
                out.append(f"{name}: no comment saying what it is for")
        elif isinstance(node, ast.ClassDef):
            if ast.get_docstring(node) is None:
                out.append(f"{node.name}: no docstring")
            frozen = any(
                isinstance(d, ast.Call)
                and any(k.arg == "frozen" and getattr(k.value, "value", False) for k in d.keywords)
                for d in node.decorator_list
            )
            if not frozen:
                out.append(f"{node.name}: not a frozen dataclass")
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and item.lineno not in trailing:
                    out.append(f"{node.name}.{ast.unparse(item.target)}: no comment saying what it is for")
    return out


@pytest.mark.parametrize("path", RULE_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_rule_is_typed_and_described(path: Path) -> None:
    assert problems(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_an_untyped_or_unexplained_rule() -> None:
    source = (
        "import re\n"
        "from dataclasses import dataclass\n"
        "from typing import Final\n"
        "# A cue pattern, described.\n"
        'GOOD: Final[re.Pattern[str]] = re.compile("a")\n'
        "UNTYPED = 0.5  # described but untyped\n"
        "BARE: Final[int] = 3\n"
        "LOOSE: int = 3  # typed but not Final\n"
        "@dataclass\n"
        "class Table:\n"
        "    weight: float = 0.1\n"
    )
    assert problems(source) == [
        "UNTYPED: no type annotation",
        "BARE: no comment saying what it is for",
        "LOOSE: not Final",
        "Table: no docstring",
        "Table: not a frozen dataclass",
        "Table.weight: no comment saying what it is for",
    ]


def test_no_rule_can_be_changed_by_a_caller() -> None:
    """Rules are read by every expert of every tenant: none may be a dict, list or set a caller could write into."""
    mutable = [
        name for name, value in vars(rules).items() if CONSTANT.fullmatch(name) and isinstance(value, dict | list | set)
    ]
    assert mutable == []
    assert rules.VALUE_KINDS["torque"].written.search("tighten to 45 nm")  # a table entry reads as documented
    with pytest.raises(TypeError):
        rules.ABBREVIATIONS["max"] = "minimum"  # type: ignore[index]
