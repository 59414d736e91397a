"""Domain router: which expert (SME) takes a question.

Each domain is scored by embedding similarity of the question to its description, plus keyword
hits, plus hits of the question's model numbers and fault codes in that domain's documents in
this tenant's knowledge base. A question that scores low everywhere goes to the general expert.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from knowledge.base import KnowledgeBase
from knowledge.codes import query_codes
from knowledge.domains import DOMAINS, GENERAL
from knowledge.retriever import Filters
from rivet.errors import ConfigError

DOMAINS_FILE = Path(__file__).parent / "domains.yaml"
# The escalation threshold of a domain that sets none (engine/confidence.py says how it was fitted);
# domains.yaml's defaults override it.
DEFAULT_THRESHOLD = 0.68


@dataclass
class Domain:
    """One domain expert's configuration (an entry of domains.yaml)."""

    name: str
    description: str
    keywords: list[str] = field(default_factory=list)
    filters: Filters = field(default_factory=Filters)
    threshold: float = DEFAULT_THRESHOLD
    expert_channel: str = ""
    cls: str = "default"


def load_domains(path: Path = DOMAINS_FILE) -> list[Domain]:
    """Parse domains.yaml; a malformed file is a clear ConfigError naming the entry."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read domain config {path}: {exc}") from None
    defaults: dict[str, Any] = raw.get("defaults") or {}
    domains: list[Domain] = []
    for i, entry in enumerate(raw.get("domains") or []):
        try:
            f = entry.get("filters") or {}
            domains.append(
                Domain(
                    name=str(entry["name"]),
                    description=str(entry["description"]),
                    keywords=[str(k).lower() for k in entry.get("keywords") or []],
                    filters=Filters(
                        domains=f.get("domains"), manufacturer=f.get("manufacturer"), models=f.get("models")
                    ),
                    threshold=float(entry.get("threshold", defaults.get("threshold", DEFAULT_THRESHOLD))),
                    expert_channel=str(entry.get("expert_channel", defaults.get("expert_channel", ""))),
                    cls=str(entry.get("class", "default")),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"{path}: domain entry {i + 1} is invalid ({type(exc).__name__}: {exc})") from None
    if not any(d.name == GENERAL for d in domains):
        domains.append(Domain(GENERAL, "General plant maintenance questions."))
    _check_names(domains, path)
    return domains


def _check_names(domains: list[Domain], path: Path) -> None:
    """The router's domains are knowledge's (knowledge/domains.py), no more and no fewer."""
    names = [d.name for d in domains]
    unknown = [n for n in names if n not in DOMAINS]
    unknown += [f for d in domains for f in d.filters.domains or [] if f not in DOMAINS and f not in unknown]
    if unknown:
        raise ConfigError(f"{path}: {', '.join(unknown)} not a domain of knowledge/domains.py ({', '.join(DOMAINS)})")
    missing = [n for n in DOMAINS if n not in names]
    if missing:
        raise ConfigError(f"{path}: no entry for the knowledge domain(s) {', '.join(missing)}")
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ConfigError(f"{path}: domain(s) {', '.join(twice)} listed twice")


@dataclass(frozen=True)
class RouteDecision:
    domain: str
    score: float
    scores: dict[str, float]
    margin: float


class DomainRouter:
    """Scores every domain for a question; description embeddings are computed once."""

    def __init__(self, domains: list[Domain], knowledge: KnowledgeBase, *, min_score: float = 0.3) -> None:
        self.domains = {d.name: d for d in domains}
        self._embedder = knowledge.embedder
        self._knowledge = knowledge
        self._min_score = min_score
        self._desc: np.ndarray | None = None
        self._lock = asyncio.Lock()

    async def _descriptions(self) -> np.ndarray:
        async with self._lock:
            if self._desc is None:
                names = list(self.domains)
                self._desc = await self._embedder.embed_documents([self.domains[n].description for n in names])
            return self._desc

    async def route(self, question: str, tenant_id: str) -> RouteDecision:
        names = list(self.domains)
        desc = await self._descriptions()
        # The code lookup needs only the question's text: its database round trip overlaps the
        # embedding instead of following it.
        query, code_hits = await asyncio.gather(
            self._embedder.embed_query(question), self._knowledge.code_domains(tenant_id, query_codes(question))
        )
        sims = desc @ np.asarray(query)
        low = question.lower()
        total_hits = sum(code_hits.values()) or 1
        scores: dict[str, float] = {}
        for name, sim in zip(names, sims, strict=True):
            domain = self.domains[name]
            keywords = sum(1 for k in domain.keywords if re.search(rf"\b{re.escape(k)}", low))
            kb_domains = domain.filters.domains or []
            codes = sum(code_hits.get(d, 0) for d in kb_domains) / total_hits
            scores[name] = float(sim) + 0.12 * min(keywords, 3) + 0.4 * codes
        scores[GENERAL] = min(scores.get(GENERAL, 0.0), self._min_score)
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        best, best_score = ranked[0]
        margin = best_score - (ranked[1][1] if len(ranked) > 1 else 0.0)
        if best_score < self._min_score:
            best = GENERAL
        return RouteDecision(best, round(best_score, 4), {k: round(v, 4) for k, v in ranked}, round(margin, 4))
