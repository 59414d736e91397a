"""slack_manifest.yaml matches what the adapter listens to and where it listens."""

from __future__ import annotations

from pathlib import Path

import yaml

from bots.slack import EVENTS_PATH
from bots.slack_translate import SUBCOMMANDS

MANIFEST = Path(__file__).resolve().parents[1] / "slack_manifest.yaml"


def test_manifest_events_scopes_and_urls() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text())
    settings = manifest["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im", "file_shared"}
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "im:history", "files:read", "commands", "users:read"} <= scopes
    [command] = manifest["features"]["slash_commands"]
    assert command["command"] == "/rivet"
    urls = [settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"], command["url"]]
    assert all(url == f"https://YOUR-HOST{EVENTS_PATH}" for url in urls)
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is False
    assert all(sub in command["description"] for sub in SUBCOMMANDS - {"start"})
