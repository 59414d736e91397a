"""Extractive answerer helpers: splitting passages into quotable pieces, following a row's references."""

from __future__ import annotations

import numpy as np

from engine.analysis import analyze_query
from engine.extractive import ExtractiveAnswerer, referenced_rows, split_units
from knowledge.embedder import LocalEmbedder
from knowledge.retriever import Passage

ALARMS = """Code: Er.310; Name: Following error exceeded; Cause: Position error above Pn.24; Action: See section 4
Code: Er.320; Name: Overspeed; Cause: Speed above Pn.30; Action: Check Pn.30"""
PARAMETERS = """Parameter: Pn.12; Name: Position loop gain; Default: 30 /s
Parameter: Pn.24; Name: Following error limit; Range: 0.1-100 rev; Default: 3.0 rev
Parameter: Pn.30; Name: Maximum speed; Default: 3000 rpm"""


def test_a_quoted_row_brings_the_row_of_the_parameter_it_refers_to() -> None:
    units = split_units(0, ALARMS) + split_units(1, PARAMETERS)
    chosen = [units[0]]  # the Er.310 row
    extra = referenced_rows(chosen, units, known={"er310", "osd8"})
    assert [u.text for u in extra] == [
        "Parameter: Pn.24; Name: Following error limit; Range: 0.1-100 rev; Default: 3.0 rev"
    ]
    assert extra[0].passage == 1


def test_no_row_is_added_twice_or_beyond_the_limit() -> None:
    units = split_units(0, ALARMS) + split_units(1, PARAMETERS)
    chosen = [units[0], units[1]]  # refer to Pn.24 and Pn.30
    extra = referenced_rows(chosen, units, known=set(), limit=1)
    assert len(extra) == 1
    # Codes the question already names need no row of their own; a chosen row is never repeated.
    assert referenced_rows([units[3]], units, known=set()) == []
    assert referenced_rows(chosen, units, known={"pn24", "pn30"}) == []


def test_steps_and_long_lines_are_split_into_pieces() -> None:
    text = "1. Lock out the drive.\n2. Wait 5 minutes.\n" + "A long sentence about the drive. " * 8
    units = split_units(0, text)
    assert [u.is_step for u in units[:2]] == [True, True]
    assert len(units) > 3


class CountingEmbedder:
    """The real MiniLM, counting how many texts it is asked to embed."""

    def __init__(self, inner: LocalEmbedder) -> None:
        self.inner = inner
        self.embedded = 0

    async def embed_documents(self, texts: list[str]) -> np.ndarray:
        self.embedded += len(texts)
        return await self.inner.embed_documents(texts)

    async def embed_query(self, text: str) -> np.ndarray:
        return await self.inner.embed_query(text)


def _passage(chunk_id: int, heading: str, text: str) -> Passage:
    return Passage(
        chunk_id,
        1,
        "osd.md",
        "Orvanta OSD-8 Servo Drive",
        [heading],
        None,
        text,
        "drives",
        "manual",
        "manual",
        "normal",
        ["OSD-8"],
        [],
    )


async def test_piece_vectors_are_cached_and_the_answer_quotes_the_row(local_embedder: LocalEmbedder) -> None:
    embedder = CountingEmbedder(local_embedder)
    answerer = ExtractiveAnswerer(embedder)  # type: ignore[arg-type]
    passages = [_passage(1, "Alarms", ALARMS), _passage(2, "Parameters", PARAMETERS)]
    analysis = analyze_query("Er.310 on the osd8 whenever it moves fast")
    first = await answerer.answer(analysis, passages, tenant_id="t", domain="drives")
    assert "Er.310" in first.text and "3.0 rev" in first.text
    assert embedder.embedded == 5
    second = await answerer.answer(analysis, passages, tenant_id="t", domain="drives")
    assert second.text == first.text and embedder.embedded == 5
    answerer.forget_pieces()
    await answerer.answer(analysis, passages, tenant_id="t", domain="drives")
    assert embedder.embedded == 10
