"""One list of domains: knowledge owns the names, the router's domains.yaml matches them exactly."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest

from engine.analysis import analyze_query
from engine.router import DomainRouter, load_domains
from engine.sme import DomainExpert
from knowledge.codes import query_codes
from knowledge.domains import DOMAIN_WORDS, DOMAINS, GENERAL
from knowledge.retriever import Filters, Passage, RetrievalTiming
from rivet.errors import ConfigError


def test_every_router_domain_is_a_knowledge_domain_and_vice_versa() -> None:
    router = load_domains()
    assert sorted(d.name for d in router) == sorted(DOMAINS)
    for domain in router:
        assert set(domain.filters.domains or []) <= set(DOMAINS)
    assert GENERAL in DOMAINS and GENERAL not in DOMAIN_WORDS


def _write(tmp_path: Path, names: list[str]) -> Path:
    path = tmp_path / "domains.yaml"
    entries = "".join(f"  - name: {n}\n    description: {n}\n" for n in names)
    path.write_text("domains:\n" + entries, encoding="utf-8")
    return path


def test_a_router_domain_knowledge_does_not_know_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="robots not a domain"):
        load_domains(_write(tmp_path, [*DOMAINS, "robots"]))


def test_a_knowledge_domain_without_a_router_entry_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"no entry for the knowledge domain.*hvac"):
        load_domains(_write(tmp_path, [n for n in DOMAINS if n != "hvac"]))


class _Embedder:
    """Unit vectors by hand; the question's vector is handed out only once the code lookup has
    started, so a router that waited for the embedding before asking for codes would never finish."""

    def __init__(self, names: list[str], query: np.ndarray, codes_asked: asyncio.Event) -> None:
        self._names = names
        self._query = query
        self._codes_asked = codes_asked

    async def embed_documents(self, texts: list[str]) -> np.ndarray:
        return np.eye(len(self._names), dtype=np.float32)

    async def embed_query(self, text: str) -> np.ndarray:
        await self._codes_asked.wait()
        return self._query


class _Knowledge:
    def __init__(self, embedder: _Embedder, hits: dict[str, int], codes_asked: asyncio.Event) -> None:
        self.embedder = embedder
        self._hits = hits
        self._codes_asked = codes_asked
        self.asked: list[tuple[str, set[str]]] = []

    async def code_domains(self, tenant: str, codes: set[str]) -> dict[str, int]:
        self.asked.append((tenant, codes))
        self._codes_asked.set()
        return self._hits


async def test_router_scores_similarity_keywords_and_codes_with_the_code_lookup_beside_the_embedding() -> None:
    """The score is similarity + 0.12 per keyword (up to 3) + 0.4 x the share of code hits, whichever
    finishes first of the embedding and the code lookup."""
    domains = load_domains()
    names = [d.name for d in domains]
    query = np.zeros(len(names), dtype=np.float32)
    query[names.index("drives")] = 0.30
    query[names.index("motors")] = 0.35
    codes_asked = asyncio.Event()
    knowledge = _Knowledge(_Embedder(names, query, codes_asked), {"drives": 3, "motors": 1}, codes_asked)
    router = DomainRouter(domains, knowledge)  # type: ignore[arg-type]

    question = "kd400 trips on accel"
    decision = await asyncio.wait_for(router.route(question, "t1"), 10)

    assert knowledge.asked == [("t1", query_codes(question))]
    # drives: 0.30 + 2 keywords ("trip", "accel") + 3 of 4 code hits; motors: 0.35 + 1 of 4 hits.
    assert decision.scores["drives"] == round(0.30 + 0.24 + 0.4 * 0.75, 4)
    assert decision.scores["motors"] == round(0.35 + 0.4 * 0.25, 4)
    assert decision.domain == "drives"
    assert decision.margin == round(decision.scores["drives"] - decision.scores["motors"], 4)


def _passage(source: str, domain: str, codes: list[str], document_id: int = 1, models: tuple[str, ...] = ()) -> Passage:
    return Passage(
        chunk_id=1, document_id=document_id, source=source, title=source, heading_path=[source], page=None,
        text="belt tension",
        domain=domain, doc_type="manual", review="reviewed", safety="normal", models=list(models), codes=codes,
        vector_sim=0.6,
    )  # fmt: skip


class _Retriever:
    """Finds the conveyor manual when filtered to conveyors; when not, the lift module's manual (ZQ-40) or,
    for a question that names Tarnby, Tarnby's undomained hoist manual first."""

    def __init__(self) -> None:
        self.filtered: list[bool] = []

    async def search(self, query: str, tenant: str, *, filters: Filters | None = None, **_: object) -> list[Passage]:
        self.filtered.append(filters is not None)
        if filters is not None:
            return [_passage("elevator.pdf", "conveyors", ["be250"], models=("BE-250",))]
        found = [_passage("lift-module.pdf", "", ["zq40"], 2), _passage("elevator.pdf", "conveyors", ["be250"])]
        return [_passage("tarnby-hoist.pdf", "", [], 3), *found] if "tarnby" in query else found


class _Titles:
    """The documents table by title, as KnowledgeBase.documents_named reads it: manuals 2 and 3 have no domain."""

    def __init__(self) -> None:
        self.asked: list[tuple[list[str], list[str]]] = []

    async def documents_named(self, tenant: str, words: list[str], *, outside: list[str]) -> set[int]:
        self.asked.append((words, outside))
        titles = {2: "lift module", 3: "tarnby hoist", 4: "maxwell winch"}
        return {i for i, title in titles.items() if any(w.rstrip("s") in title.split() for w in words)}


@pytest.mark.parametrize(
    ("question", "searches", "found"),
    [
        # The model named is on no filtered passage: its manual may be of another domain or none.
        ("belt tension for the zq-40 lift", [True, False], "lift-module.pdf"),
        # Written by a filtered passage: the filtered search stands.
        ("belt tension for the be-250", [True], "elevator.pdf"),
        # No equipment named ("line 2", "ip65", "m10" name none): a convincing filtered search stands.
        ("belt tension for the elevator", [True], "elevator.pdf"),
        ("belt slipping on line 2", [True], "elevator.pdf"),
        ("ip65 rated belt sensor", [True], "elevator.pdf"),
        ("m10 bolts on the belt tail pulley", [True], "elevator.pdf"),
        # A model no manual writes: searched everywhere, found nowhere, the filtered passages kept.
        ("belt tension for the xr-900 lift", [True, False], "elevator.pdf"),
        # A maker the filtered passages never write, whose manual has no domain: searched everywhere, and
        # taken because that manual leads; a maker whose manual does not lead keeps the filtered passages.
        ("belt tension on the tarnby", [True, False], "tarnby-hoist.pdf"),
        ("belt tension on the maxwell", [True, False], "elevator.pdf"),
        # A model of the filtered passages' manual named as well: the question is about it, whatever else it names.
        ("belt tension on the tarnby be-250", [True], "elevator.pdf"),
        # So is a kind of equipment only that manual's title names ("lift", the lift module's).
        ("belt tension for the lift", [True, False], "lift-module.pdf"),
    ],
)
async def test_a_filtered_search_without_the_asked_model_is_retried_unfiltered(
    question: str, searches: list[bool], found: str
) -> None:
    conveyors = next(d for d in load_domains() if d.name == "conveyors")
    retriever = _Retriever()
    titles = _Titles()
    expert = DomainExpert(conveyors, titles, object())  # type: ignore[arg-type]
    passages = await expert.search_kb(
        analyze_query(question),
        "t1",
        route_margin=1.0,
        timing=RetrievalTiming(),
        retriever=retriever,  # type: ignore[arg-type]
    )
    assert retriever.filtered == searches
    assert passages[0].source == found
    # The titles are looked up only for the words no filtered passage writes, outside the domain searched.
    for words, outside in titles.asked:
        assert "belt" not in words and "tension" not in words and outside == conveyors.filters.domains
