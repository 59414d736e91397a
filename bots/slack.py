"""Slack adapter: a slack-bolt AsyncApp that acknowledges at once and hands each event to the engine side.

Slack wants an answer within 3 s and retries otherwise, so listeners only filter and translate,
then start a tracked task that calls `on_message` / `on_action` / `on_document`; `aclose()` lets
those tasks finish on shutdown. HTTP (`POST /slack/events`, signatures always verified) by default;
Socket Mode when an app-level token is configured.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web
from loguru import logger
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.app.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.request.internals import parse_body
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from bots import slack_translate as translate
from bots.slack_files import DOCUMENT_SUFFIXES, FileDownloader, RejectedFile, temp_dir
from bots.slack_sender import ACTION_PREFIX, SlackSender
from engine.messages import Message
from engine.outbound import Action

DEFAULT_API_URL = "https://slack.com/api/"
EVENTS_PATH = "/slack/events"

# Results are ignored (Awaitable[object]), so engine.dispatch and engine.act, which also return
# the Reply they enqueued, can be passed as they are.
OnMessage = Callable[[Message], Awaitable[object]]
OnAction = Callable[[Action], Awaitable[object]]
OnDocument = Callable[[Message, Path], Awaitable[object]]
IsAdmin = Callable[[Message], Awaitable[bool]]


@dataclass(frozen=True)
class SlackConfig:
    """What the Slack adapter needs; `app_token` set means Socket Mode instead of HTTP."""

    bot_token: str
    signing_secret: str | None = None
    app_token: str | None = None
    api_url: str = DEFAULT_API_URL
    command: str = "/rivet"

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)


def slack_config_from_env(env: Mapping[str, str]) -> SlackConfig | None:
    """SlackConfig from SLACK_* variables, or None when Slack is not configured.

    HTTP mode needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET; Socket Mode needs SLACK_BOT_TOKEN and
    SLACK_APP_TOKEN. SLACK_API_URL points the Web API client elsewhere (the fake, a proxy).
    """
    bot_token = env.get("SLACK_BOT_TOKEN", "").strip()
    secret = env.get("SLACK_SIGNING_SECRET", "").strip() or None
    app_token = env.get("SLACK_APP_TOKEN", "").strip() or None
    if not bot_token or not (secret or app_token):
        return None
    api_url = env.get("SLACK_API_URL", "").strip() or DEFAULT_API_URL
    return SlackConfig(bot_token, secret, app_token, api_url if api_url.endswith("/") else api_url + "/")


class SlackAdapter:
    """Holds the bolt app and the engine-side callables; translate-in only, sending is SlackSender's job."""

    def __init__(
        self,
        config: SlackConfig,
        *,
        on_message: OnMessage,
        on_action: OnAction,
        on_document: OnDocument | None = None,
        is_admin: IsAdmin | None = None,
    ) -> None:
        if not config.socket_mode and not config.signing_secret:
            raise ValueError("Slack over HTTP needs SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)")
        self.config = config
        self._on_message = on_message
        self._on_action = on_action
        self._on_document = on_document
        self._is_admin = is_admin
        self.client = AsyncWebClient(token=config.bot_token, base_url=config.api_url)
        self.sender = SlackSender(self.client)
        self._downloader = FileDownloader(config.bot_token, api_url=config.api_url)
        # Socket Mode requests arrive over the authenticated WebSocket and carry no signature.
        self._verifier = None if config.socket_mode else SignatureVerifier(config.signing_secret or "")
        self._tasks: set[asyncio.Task[None]] = set()
        self._user_names: dict[str, str] = {}
        self._socket_handler: Any = None
        # process_before_response: the listeners below are quick (they only spawn a task), so bolt
        # answers Slack when they return, with no untracked background future of its own.
        self.app = AsyncApp(
            client=self.client,
            signing_secret=config.signing_secret or "unused-in-socket-mode",
            process_before_response=True,
            request_verification_enabled=not config.socket_mode,  # always on for HTTP
            name="rivet",
        )
        self.app.event("app_mention")(self._mention)
        self.app.event("message")(self._message)
        self.app.event("file_shared")(self._file_shared)
        self.app.command(config.command)(self._command)
        self.app.action(re.compile(f"^{ACTION_PREFIX}"))(self._button)

    # -- HTTP ----------------------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """aiohttp handler for POST /slack/events (events, slash commands and interactivity).

        The signature is checked before the body is parsed, so an unsigned request never costs a
        parse and a signed malformed one gets 400 instead of a 500 from deep inside bolt.
        """
        body = await request.text()
        if self._verifier is None or not self._verifier.is_valid_request(body, request.headers):
            return web.json_response({"error": "invalid request"}, status=401)
        try:
            parsed = parse_body(body, request.content_type)
        except ValueError:
            return web.json_response({"error": "malformed body"}, status=400)
        if not isinstance(parsed, dict) or not parsed:
            return web.json_response({"error": "malformed body"}, status=400)
        headers: dict[str, str | Sequence[str]] = dict(request.headers)
        bolt_request = AsyncBoltRequest(body=body, query=request.query_string, headers=headers)
        response = await self.app.async_dispatch(bolt_request)
        if response.status == 404 and parsed.get("type") == "event_callback":
            # An event nobody listens to: a non-2xx makes Slack retry and finally disable the
            # subscription, so unhandled events are acknowledged like ignored ones.
            return web.Response(status=200)
        return await to_aiohttp_response(response)

    # -- Socket Mode ---------------------------------------------------------------------------

    async def start_socket_mode(self) -> None:
        """Connect over Socket Mode with the xapp- token (apps.connections.open, then a WebSocket).

        Tested against fakes/slack.py's WebSocket; Slack's real wss:// endpoint is not reachable offline.
        """
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        self._socket_handler = AsyncSocketModeHandler(self.app, self.config.app_token)
        await self._socket_handler.connect_async()
        logger.info("slack: connected in Socket Mode")

    # -- lifecycle -----------------------------------------------------------------------------

    async def aclose(self, timeout_s: float = 10.0) -> None:
        """Let in-flight hand-offs finish (up to timeout_s), cancel the rest, drop the socket."""
        if self._socket_handler is not None:
            await self._socket_handler.close_async()
            self._socket_handler = None
        pending = await self.drain(timeout_s)
        if pending:
            for task in pending:
                task.cancel()
            logger.warning("slack: cancelled {} unfinished hand-offs at shutdown", len(pending))
            await asyncio.gather(*pending, return_exceptions=True)

    async def drain(self, timeout_s: float = 10.0) -> set[asyncio.Task[None]]:
        """Wait for the hand-offs started so far; returns those still running after timeout_s."""
        if not self._tasks:
            return set()
        _, pending = await asyncio.wait(set(self._tasks), timeout=timeout_s)
        return pending

    @property
    def pending(self) -> int:
        """Hand-offs still running (for tests and the readiness probe)."""
        return len(self._tasks)

    def _spawn(self, work: Awaitable[object], what: str) -> None:
        task = asyncio.create_task(_run(work), name=f"slack:{what}")
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.opt(exception=task.exception()).error("slack: {} failed", task.get_name())

    # -- listeners (quick: filter, then hand off) ---------------------------------------------

    async def _mention(
        self, body: dict[str, Any], event: dict[str, Any], context: AsyncBoltContext, request: AsyncBoltRequest
    ) -> None:
        if translate.is_ignored(event, context.bot_user_id):
            return
        self._spawn(self._deliver_event(body, context.bot_user_id, _retry_num(request)), "mention")

    async def _message(
        self, body: dict[str, Any], event: dict[str, Any], context: AsyncBoltContext, request: AsyncBoltRequest
    ) -> None:
        if translate.is_ignored(event, context.bot_user_id):
            return
        if event.get("channel_type") == "im":
            self._spawn(self._deliver_event(body, context.bot_user_id, _retry_num(request)), "im")
        elif translate.is_unaddressed_thread_reply(event, context.bot_user_id):
            # An expert answering under a ticket's post, or chatter in some thread: the engine
            # keeps the first and drops the rest. A mention arrives as app_mention instead.
            self._spawn(self._deliver_event(body, context.bot_user_id, _retry_num(request)), "thread")

    async def _command(self, ack: AsyncAck, body: dict[str, Any]) -> None:
        await ack()
        self._spawn(self._on_message(translate.slash_message(body)), "command")

    async def _button(self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self._spawn(self._on_action(translate.block_action(body, action)), "action")

    async def _file_shared(self, body: dict[str, Any], event: dict[str, Any]) -> None:
        if self._on_document is None or self._is_admin is None:
            return
        self._spawn(self._deliver_document(body, str(event.get("file_id") or "")), "file")

    # -- hand-offs (run after the ack) --------------------------------------------------------

    async def _deliver_event(self, body: dict[str, Any], bot_user_id: str | None, retry_num: str | None) -> None:
        user_name = await self._user_name(str(body["event"].get("user")))
        message = translate.event_message(body, bot_user_id=bot_user_id, user_name=user_name, retry_num=retry_num)
        if await self._is_manual_drop(message):
            return  # the file_shared event brings it to on_document; it is not a question
        await self._on_message(message)

    async def _is_manual_drop(self, message: Message) -> bool:
        """An admin sharing only ingestible files, without a word: a manual to ingest, not a question."""
        if self._on_document is None or self._is_admin is None or message.text or not message.attachments:
            return False
        if not all(Path(a.name).suffix.lower() in DOCUMENT_SUFFIXES for a in message.attachments):
            return False
        return await self._is_admin(message)

    async def _deliver_document(self, body: dict[str, Any], file_id: str) -> None:
        assert self._on_document is not None and self._is_admin is not None
        user_id = str(body["event"].get("user_id"))
        sharer = translate.file_message(body, {"id": file_id})
        if not await self._is_admin(sharer):
            logger.debug("slack: file {} shared by non-admin {}, not ingested", file_id, user_id)
            return
        try:
            info = (await self.client.files_info(file=file_id)).get("file") or {}
        except SlackApiError as e:
            logger.warning("slack: files.info {} failed: {}", file_id, e.response.get("error"))
            return
        message = translate.file_message(body, info, user_name=await self._user_name(user_id))
        with temp_dir() as directory:
            try:
                path = await self._downloader.download(info, Path(directory))
            except RejectedFile as e:
                logger.info("slack: not ingesting a file from {}: {}", user_id, e)
                return
            # The file exists only for this call: on_document ingests (or copies) it before returning.
            await self._on_document(message, path)

    async def _user_name(self, user_id: str) -> str | None:
        """users.info display name, cached; None when Slack will not say (never blocks the answer)."""
        if user_id in self._user_names:
            return self._user_names[user_id]
        name: str | None = None
        try:
            user = (await self.client.users_info(user=user_id)).get("user") or {}
            profile = user.get("profile") or {}
            name = profile.get("display_name") or user.get("real_name") or user.get("name") or None
        except SlackApiError as e:
            logger.debug("slack: users.info {} failed: {}", user_id, e.response.get("error"))
        except Exception as e:  # a name is a nicety: a network hiccup must not lose the question
            logger.debug("slack: users.info {} failed: {}", user_id, e)
        if name is not None:  # a failed look-up is retried next time, not cached
            if len(self._user_names) > 5000:
                self._user_names.clear()
            self._user_names[user_id] = name
        return name


async def _run(work: Awaitable[object]) -> None:
    await work


def _retry_num(request: AsyncBoltRequest) -> str | None:
    """Slack's x-slack-retry-num, kept in extras so logs show re-deliveries (the engine dedupes)."""
    values = request.headers.get("x-slack-retry-num") or []
    return str(values[0]) if values else None
