"""One list of domains: knowledge owns the names, the router's domains.yaml matches them exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.router import load_domains
from knowledge.domains import DOMAIN_WORDS, DOMAINS, GENERAL
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
