"""The settings registry: every package's keys are registered, read somewhere, and documented.

A key that is listed but never read is a setting that silently does nothing (conversation.*,
retrieval.top_k once were); these tests read the sources, so they fail when that happens again.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

from rivet.app import SETTINGS_MODULES, declare_settings
from rivet.db import Database
from rivet.settings import SPECS, SettingsService, markdown_table
from tests.cli_helpers import rivet

ROOT = Path(__file__).parents[1]
PACKAGES = ("rivet", "engine", "knowledge", "bots", "scheduler")
# A read: settings.get_int("retrieval.top_k", ...) or get_str(MODELS_KEY, ...).
_READ = re.compile(r"get_(?:str|int|float|bool)\(\s*(?:\"([a-z0-9_.]+)\"|([A-Z][A-Z0-9_]*))")
_CONSTANT = re.compile(r"^([A-Z][A-Z0-9_]*)\s*=\s*\"([a-z0-9_.]+)\"", re.MULTILINE)
# Read by code that does not exist yet: the scheduler job that would call ConversationStore.purge.
NOT_READ_YET: set[str] = set()


def sources() -> dict[str, str]:
    return {
        ".".join(path.relative_to(ROOT).with_suffix("").parts): path.read_text()
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }


def test_every_module_that_declares_settings_is_imported_by_the_composition_root() -> None:
    declaring = {name for name, text in sources().items() if re.search(r"^register\(", text, re.MULTILINE)}
    assert declaring == set(SETTINGS_MODULES)


def test_every_declared_setting_is_read_by_some_code() -> None:
    declare_settings()
    texts = sources().values()
    constants = {name: key for text in texts for name, key in _CONSTANT.findall(text)}
    read = {literal or constants.get(name, "") for text in texts for literal, name in _READ.findall(text)}
    read.add("settings.cache_ttl_s")  # SettingsService reads its own TTL from each snapshot it loads
    from scheduler.registry import JOBS

    read |= {job.interval_key for job in JOBS}  # the scheduler reads each job's interval through its entry
    assert set(SPECS) - read == NOT_READ_YET


def test_the_readme_settings_table_is_the_registry() -> None:
    """Regenerate with `rivet settings doc` when a declaration changes."""
    declare_settings()
    readme = (ROOT / "README.md").read_text()
    assert markdown_table() in readme


async def test_rivet_settings_list_shows_counts_and_masks_credentials(db: Database, tmp_path: Path) -> None:
    """The reported symptom: `rivet settings list` printed chunk and token counts as ****."""
    declare_settings()
    await SettingsService(db, environ={}).set("slack.bot_token", "xoxb-1234567890-abcdef")
    proc = await asyncio.to_thread(rivet, "settings", "list", "--json", cwd=tmp_path, env={"DATABASE_URL": db.url})
    assert proc.returncode == 0, proc.stderr
    rows = {r["key"]: r for r in json.loads(proc.stdout)}
    assert set(SPECS) <= set(rows)  # every package's keys, though the command builds no engine itself
    assert (rows["ingest.chunk_tokens"]["value"], rows["ingest.overlap_tokens"]["value"]) == ("240", "30")
    assert rows["llm.max_tokens"]["value"] == "512"
    assert rows["slack.bot_token"]["value"] == "****ef"
