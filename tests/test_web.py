"""bots/web: the web process mounts what is configured and nothing else."""

from __future__ import annotations

import aiohttp
import pytest
from aiohttp import web

from bots.slack import SlackAdapter, SlackConfig, slack_config_from_env
from bots.web import build_web_app, port_from_env
from engine.messages import Message
from engine.outbound import Action
from tests.local_http import serve


async def _ignore_message(message: Message) -> None:
    return None


async def _ignore_action(action: Action) -> None:
    return None


def adapter(config: SlackConfig) -> SlackAdapter:
    return SlackAdapter(config, on_message=_ignore_message, on_action=_ignore_action)


async def status(method: str, url: str) -> int:
    async with aiohttp.ClientSession() as session, session.request(method, url) as resp:
        return resp.status


async def test_healthz_and_no_slack_route_when_slack_is_not_configured() -> None:
    async for base in serve(build_web_app()):
        assert await status("GET", base + "/healthz") == 200
        assert await status("POST", base + "/slack/events") == 404
        assert await status("POST", base + "/telegram/webhook") == 404


async def test_slack_and_telegram_routes_are_mounted_when_given() -> None:
    seen: list[str] = []

    async def telegram(request: web.Request) -> web.Response:
        seen.append(await request.text())
        return web.Response(text="ok")

    config = SlackConfig(bot_token="xoxb-t", signing_secret="s", api_url="http://127.0.0.1:9/api/")
    async for base in serve(build_web_app(slack=adapter(config), telegram_webhook=telegram)):
        assert await status("POST", base + "/slack/events") == 401  # mounted, and unsigned is refused
        async with aiohttp.ClientSession() as session, session.post(base + "/telegram/webhook", data="{}") as resp:
            assert resp.status == 200
    assert seen == ["{}"]


async def test_socket_mode_does_not_mount_the_http_endpoint() -> None:
    config = SlackConfig(bot_token="xoxb-t", app_token="xapp-t", api_url="http://127.0.0.1:9/api/")
    async for base in serve(build_web_app(slack=adapter(config))):
        assert await status("POST", base + "/slack/events") == 404


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, None),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, None),  # HTTP without a signing secret would accept forgeries
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"},
            SlackConfig("xoxb-1", "s", None, "https://slack.com/api/"),
        ),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK_API_URL": "http://127.0.0.1:5/api"},
            SlackConfig("xoxb-1", None, "xapp-1", "http://127.0.0.1:5/api/"),
        ),
    ],
)
def test_slack_config_from_env(env: dict[str, str], expected: SlackConfig | None) -> None:
    assert slack_config_from_env(env) == expected


def test_http_mode_refuses_to_start_without_a_signing_secret() -> None:
    with pytest.raises(ValueError, match="SIGNING_SECRET"):
        adapter(SlackConfig(bot_token="xoxb-t"))


def test_port_from_env() -> None:
    assert port_from_env({"PORT": "9090"}) == 9090
    assert port_from_env({}) == 8080
