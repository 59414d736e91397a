"""The bundled question sets are consistent with their manuals, so an eval measures the engine, not typos."""

from __future__ import annotations

import hashlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from knowledge.base import SAMPLES_DIR
from knowledge.questions import load_questions

# The dev set sits at the top of the samples; every other set in a folder of its own name.
SET_NAMES = (
    "dev",
    "second",
    "blind",
    "blind2",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twentyfirst",
    "twentysecond",
    "twentythird",
    "twentyfourth",
    "twentyfifth",
    "twentysixth",
    "twentyseventh",
    "twentyeighth",
    "twentyninth",
    "thirtieth",
    "thirtyfirst",
    "thirtysecond",
    "thirtythird",
    "thirtyfourth",
    "thirtyfifth",
    "thirtysixth",
    "thirtyseventh",
    "thirtyeighth",
    "thirtyninth",
    "fortieth",
    "fortyfirst",
    "fortysecond",
    "fortythird",
    "fortyfourth",
    "fortyfifth",
    "fortysixth",
    "fortyseventh",
    "fortyeighth",
    "fortyninth",
    "fiftieth",
    "fiftyfirst",
    "fiftysecond",
    "fiftythird",
    "fiftyfourth",
    "fiftyfifth",
    "fiftysixth",
    "fiftyseventh",
    "fiftyeighth",
    "fiftyninth",
    "sixtieth",
    "sixtyfirst",
    "sixtysecond",
    "sixtythird",
    "sixtyfourth",
    "sixtyfifth",
    "sixtysixth",
    "sixtyseventh",
    "sixtyeighth",
    "sixtyninth",
    "seventieth",
    "seventyfirst",
    "seventysecond",
    "seventythird",
    "seventyfourth",
    "seventyfifth",
    "seventysixth",
    "seventyseventh",
    "seventyeighth",
    "seventyninth",
    "eightieth",
    "eightyfirst",
    "eightysecond",
    "eightythird",
    "eightyfourth",
    "eightyfifth",
    "eightysixth",
    "eightyseventh",
    "eightyeighth",
    "eightyninth",
    "ninetieth",
    "ninetyfirst",
    "ninetysecond",
    "ninetythird",
    "ninetyfourth",
    "ninetyfifth",
    "ninetysixth",
    "ninetyseventh",
    "ninetyeighth",
    "ninetyninth",
    "hundredth",
    "hundredfirst",
    "hundredsecond",
    "hundredthird",
    "hundredfourth",
    "hundredfifth",
    "hundredsixth",
    "hundredseventh",
    "hundredeighth",
    "hundredninth",
    "hundredtenth",
    "hundredeleventh",
    "hundredtwelfth",
    "hundredthirteenth",
    "hundredfourteenth",
    "hundredfifteenth",
    "hundredsixteenth",
    "hundredseventeenth",
    "hundredeighteenth",
    "hundrednineteenth",
    "hundredtwentieth",
    "hundredtwentyfirst",
    "hundredtwentysecond",
    "hundredtwentythird",
    "hundredtwentyfourth",
    "hundredtwentyfifth",
    "hundredtwentysixth",
    "hundredtwentyseventh",
    "hundredtwentyeighth",
    "hundredtwentyninth",
    "hundredthirtieth",
    "hundredthirtyfirst",
    "hundredthirtysecond",
    "hundredthirtythird",
    "hundredthirtyfourth",
    "hundredthirtyfifth",
    "hundredthirtysixth",
    "hundredthirtyseventh",
    "hundredthirtyeighth",
    "hundredthirtyninth",
    "hundredfortieth",
    "hundredfortyfirst",
    "hundredfortysecond",
    "hundredfortythird",
    "hundredfortyfourth",
    "hundredfortyfifth",
    "hundredfortysixth",
    "hundredfortyseventh",
    "hundredfortyeighth",
    "hundredfortyninth",
    "hundredfiftieth",
    "hundredfiftyfirst",
    "hundredfiftysecond",
    "hundredfiftythird",
    "hundredfiftyfourth",
    "hundredfiftyfifth",
    "hundredfiftysixth",
    "hundredfiftyseventh",
    "hundredfiftyeighth",
    "hundredfiftyninth",
    "hundredsixtieth",
    "hundredsixtyfirst",
    "hundredsixtysecond",
    "hundredsixtythird",
    "hundredsixtyfourth",
    "hundredsixtyfifth",
    "hundredsixtysixth",
    "hundredsixtyseventh",
    "hundredsixtyeighth",
    "hundredsixtyninth",
    "hundredseventieth",
    "hundredseventyfirst",
    "hundredseventysecond",
    "hundredseventythird",
    "hundredseventyfourth",
    "hundredseventyfifth",
    "hundredseventysixth",
    "hundredseventyseventh",
    "hundredseventyeighth",
    "hundredseventyninth",
    "hundredeightieth",
    "hundredeightyfirst",
    "hundredeightysecond",
    "hundredeightythird",
    "hundredeightyfourth",
)
SETS = [
    (folder / "questions.jsonl", folder / "manuals")
    for folder in (SAMPLES_DIR if name == "dev" else SAMPLES_DIR / name for name in SET_NAMES)
]
# Sets whose files are frozen by a SHA256SUMS: the blind ones (report only) and the tuning sets written blind,
# every set but the two the project wrote itself (dev and second).
FROZEN = tuple(name for name in SET_NAMES if name not in ("dev", "second"))


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def source_text(path: Path) -> str:
    """The text of a manual as a reader sees it: PDF text as pypdf extracts it, HTML without tags."""
    if path.suffix.lower() == ".pdf":
        import pypdf

        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in {".html", ".htm"}:
        parser = _HTMLText()
        parser.feed(text)
        return " ".join(parser.parts)
    return text


@pytest.mark.parametrize(("questions", "manuals"), SETS, ids=SET_NAMES)
def test_every_expected_answer_is_written_in_its_source(questions: Path, manuals: Path) -> None:
    rows = load_questions(questions)
    assert len({q.id for q in rows}) == len(rows)
    assert any(not q.answerable for q in rows) and any(q.answerable for q in rows)
    for q in rows:
        if not q.answerable:
            assert not q.sources and not q.answer_contains, q.id
            continue
        assert q.sources and q.answer_contains, q.id
        texts = [source_text(manuals / source).lower() for source in q.sources]
        for needle in q.answer_contains:
            assert any(needle.lower() in text for text in texts), (q.id, needle)


@pytest.mark.parametrize("name", FROZEN)
def test_frozen_sets_match_their_checksums(name: str) -> None:
    """A frozen set: any edit to a manual or a question must show up as a checksum change."""
    folder = SAMPLES_DIR / name
    listed: dict[str, str] = {}
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        listed[name.lstrip("*")] = digest
    on_disk = {f"manuals/{p.name}" for p in (folder / "manuals").iterdir() if p.is_file()} | {"questions.jsonl"}
    assert set(listed) == on_disk
    for file, digest in listed.items():
        assert hashlib.sha256((folder / file).read_bytes()).hexdigest() == digest, file
