"""A fake Slack Web API on 127.0.0.1 for the real slack_sdk client, and signed inbound requests for bolt.

`FakeSlack` answers the Web API methods RIVET calls (auth.test, chat.*, conversations.*, users.info,
files.info and private file downloads), keeps a transcript per channel, enforces the Block Kit
limits Slack enforces, and fails on demand (429 with Retry-After, 5xx, ok:false errors). It also
serves the response_url of each slash command and button press it hands out, on its own address,
with Slack's limits (30 minutes, 5 uses) and errors, and records what was sent through them.
`SlackEvents` builds and signs what Slack would POST to the app (Events API, slash commands,
interactivity), so tests drive bolt over real HTTP exactly as Slack does.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import time
import uuid
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode

import aiohttp
from aiohttp import web
from slack_sdk.signature import SignatureVerifier

TEAM_ID = "T0RIVET"
BOT_USER_ID = "UBOTRIVET"
BOT_ID = "BBOTRIVET"
BOT_TOKEN = "xoxb-fake-rivet"
APP_TOKEN = "xapp-fake-rivet"
SIGNING_SECRET = "fake-signing-secret"
APP_ID = "A0RIVET"

# Slack's documented Block Kit limits; the fake rejects what Slack would reject.
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_BUTTON_VALUE = 2000
MAX_ACTION_ELEMENTS = 25
RESPONSE_URL_TTL_S = 30 * 60  # a response_url works for 30 minutes ...
RESPONSE_URL_USES = 5  # ... and at most 5 times


@dataclass
class SlackCall:
    """One Web API request as the fake received it (query, form and JSON arguments merged)."""

    method: str
    args: dict[str, Any]
    token: str | None
    headers: dict[str, str]


@dataclass
class PostedMessage:
    """A message in a channel's transcript (posted by the bot, or recorded for a user)."""

    channel: str
    ts: str
    text: str
    user: str
    blocks: list[dict[str, Any]] = field(default_factory=list)
    thread_ts: str | None = None
    bot_id: str | None = None
    edits: int = 0


@dataclass
class Fault:
    """An injected failure for the next `times` calls of `method` ("*" matches every method)."""

    method: str
    times: int
    status: int = 200
    error: str = "fatal_error"
    retry_after_s: int | None = None


@dataclass
class ResponseHook:
    """A response_url the fake handed out: whose request it answers, and how it has been used."""

    channel: str
    user: str
    created_at: float
    uses: int = 0
    expired: bool = False


@dataclass
class HookCall:
    """One POST to a response_url: the JSON sent and what the fake answered (HTTP status, body)."""

    hook: str
    payload: dict[str, Any]
    status: int
    body: str


@dataclass
class StoredFile:
    info: dict[str, Any]
    content: bytes


class BlockKitError(ValueError):
    """Blocks Slack would refuse with invalid_blocks."""


def check_blocks(blocks: list[dict[str, Any]]) -> None:
    """Raise BlockKitError where Slack answers invalid_blocks (the limits the sender must respect)."""
    if len(blocks) > MAX_BLOCKS:
        raise BlockKitError(f"{len(blocks)} blocks, at most {MAX_BLOCKS}")
    action_ids: set[str] = set()
    for block in blocks:
        kind = block.get("type")
        if kind == "section":
            text = (block.get("text") or {}).get("text", "")
            if not text or len(text) > MAX_SECTION_TEXT:
                raise BlockKitError(f"section text of {len(text)} chars (1..{MAX_SECTION_TEXT})")
        elif kind == "actions":
            elements = block.get("elements") or []
            if not elements or len(elements) > MAX_ACTION_ELEMENTS:
                raise BlockKitError(f"actions block with {len(elements)} elements")
            for element in elements:
                if len(str(element.get("value", ""))) > MAX_BUTTON_VALUE:
                    raise BlockKitError("button value too long")
                action_id = element.get("action_id")
                if action_id in action_ids:
                    raise BlockKitError(f"duplicate action_id {action_id}")
                action_ids.add(action_id)
        elif kind == "context":
            elements = block.get("elements") or []
            if not elements or len(elements) > 10:
                raise BlockKitError(f"context block with {len(elements)} elements")
        elif kind not in {"divider", "header", "image", "rich_text"}:
            raise BlockKitError(f"unknown block type {kind!r}")


@dataclass
class FakeSlack:
    """The fake Web API server: `async with FakeSlack() as slack:` then point slack_sdk at `slack.api_url`."""

    host: str = "127.0.0.1"
    token: str = BOT_TOKEN
    app_token: str = APP_TOKEN
    team_id: str = TEAM_ID
    bot_user_id: str = BOT_USER_ID
    bot_id: str = BOT_ID
    calls: list[SlackCall] = field(default_factory=list)
    transcripts: dict[str, list[PostedMessage]] = field(default_factory=dict)
    # Ephemeral messages, by chat.postEphemeral or a response_url: channel, user, text, blocks, via.
    ephemerals: list[dict[str, Any]] = field(default_factory=list)
    hooks: dict[str, ResponseHook] = field(default_factory=dict)
    hook_calls: list[HookCall] = field(default_factory=list)
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, StoredFile] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    downloads: list[str] = field(default_factory=list)
    socket_acks: list[dict[str, Any]] = field(default_factory=list)
    port: int = 0
    _runner: web.AppRunner | None = None
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _socket_open: asyncio.Event = field(default_factory=asyncio.Event)
    _acked: dict[str, asyncio.Event] = field(default_factory=dict)

    # -- scripting ---------------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        """The base_url for AsyncWebClient (ends with a slash, like https://slack.com/api/)."""
        return f"http://{self.host}:{self.port}/api/"

    def add_user(self, user_id: str, name: str, *, is_bot: bool = False, is_admin: bool = False) -> dict[str, Any]:
        user = {
            "id": user_id,
            "team_id": self.team_id,
            "name": name,
            "real_name": name.title(),
            "is_bot": is_bot,
            "is_admin": is_admin,
            "profile": {"display_name": name, "real_name": name.title()},
        }
        self.users[user_id] = user
        return user

    def add_channel(self, channel_id: str, name: str, *, is_im: bool = False) -> dict[str, Any]:
        channel = {"id": channel_id, "name": name, "is_im": is_im, "is_channel": not is_im, "is_archived": False}
        self.channels[channel_id] = channel
        return channel

    def add_file(
        self, file_id: str, name: str, content: bytes, *, mimetype: str = "application/pdf", user: str = "U0ADMIN"
    ) -> dict[str, Any]:
        """A file that files.info describes and the download URL serves (only with the bot token)."""
        filetype = name.rsplit(".", 1)[-1].lower() if "." in name else "binary"
        url = f"http://{self.host}:{self.port}/files-pri/{self.team_id}-{file_id}/{name}"
        info = {
            "id": file_id,
            "name": name,
            "title": name,
            "mimetype": mimetype,
            "filetype": filetype,
            "size": len(content),
            "user": user,
            "url_private": url,
            "url_private_download": url + "?download=1",
        }
        self.files[file_id] = StoredFile(info, content)
        return info

    def fail(self, method: str, error: str = "channel_not_found", *, times: int = 1, status: int = 200) -> None:
        """The next `times` calls of `method` answer ok:false with `error` (HTTP `status`).

        `method` "response_url" fails the next POSTs to any response_url: HTTP `status`, body `error`.
        """
        self.faults.append(Fault(method, times, status=status, error=error))

    def rate_limit(self, method: str, *, retry_after_s: int = 1, times: int = 1) -> None:
        """The next `times` calls of `method` get 429 with a Retry-After header, like Slack's tier limits."""
        self.faults.append(Fault(method, times, status=429, error="ratelimited", retry_after_s=retry_after_s))

    def server_error(self, method: str, *, status: int = 503, times: int = 1) -> None:
        self.faults.append(Fault(method, times, status=status, error="service_unavailable"))

    def response_url(self, channel: str, user: str) -> str:
        """A new response_url on this server for a request `user` made in `channel`."""
        hook = uuid.uuid4().hex[:12]
        self.hooks[hook] = ResponseHook(channel, user, time.time())
        return f"http://{self.host}:{self.port}/hooks/{self.team_id}/{hook}"

    def expire_response_urls(self) -> None:
        """Every response_url handed out so far is past its 30 minutes."""
        for hook in self.hooks.values():
            hook.expired = True

    def ephemerals_to(self, user: str, channel: str | None = None) -> list[dict[str, Any]]:
        return [e for e in self.ephemerals if e["user"] == user and channel in (None, e["channel"])]

    def calls_to(self, method: str) -> list[SlackCall]:
        return [c for c in self.calls if c.method == method]

    def thread(self, channel: str, thread_ts: str) -> list[PostedMessage]:
        """The parent message (if recorded) and every reply in its thread, oldest first."""
        return [m for m in self.transcripts.get(channel, []) if thread_ts in (m.ts, m.thread_ts)]

    def record_user_message(self, channel: str, ts: str, text: str, user: str, thread_ts: str | None = None) -> None:
        """Put a user's message in the transcript (the event helper does this for what it sends)."""
        self.transcripts.setdefault(channel, []).append(PostedMessage(channel, ts, text, user, thread_ts=thread_ts))

    def next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_get("/files-pri/{key}/{name}", self._download)
        app.router.add_get("/link/", self._socket)
        app.router.add_post("/hooks/{team}/{hook}", self._hook)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((self.host, 0))  # port 0: the OS picks a free one
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock, shutdown_timeout=0.5).start()
        return self

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeSlack:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # -- HTTP --------------------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            body = await request.json()
            args.update(body if isinstance(body, dict) else {})
        elif request.can_read_body:
            args.update(dict(await request.post()))
        token = _bearer(request.headers.get("Authorization")) or args.pop("token", None)
        self.calls.append(SlackCall(method, args, token, dict(request.headers)))
        fault = self._take_fault(method)
        if fault is not None:
            headers = {"Retry-After": str(fault.retry_after_s)} if fault.retry_after_s is not None else None
            return web.json_response({"ok": False, "error": fault.error}, status=fault.status, headers=headers)
        handler = self._methods().get(method)
        if handler is None:
            return _error("unknown_method")
        expected = self.app_token if method == "apps.connections.open" else self.token
        if token is None:
            return _error("not_authed")
        if token != expected:
            return _error("invalid_auth")
        return web.json_response(handler(args))

    async def _download(self, request: web.Request) -> web.Response:
        file_id = request.match_info["key"].rsplit("-", 1)[-1]
        stored = self.files.get(file_id)
        if _bearer(request.headers.get("Authorization")) != self.token:
            # Slack answers an unauthenticated download with its login page, not the file.
            return web.Response(status=302, headers={"Location": "https://slack.com/signin"})
        if stored is None:
            return web.Response(status=404)
        self.downloads.append(file_id)
        return web.Response(body=stored.content, content_type=stored.info["mimetype"])

    async def _hook(self, request: web.Request) -> web.Response:
        """A POST to a response_url, answered like Slack: 200 "ok", or an error status and word."""
        hook_id = request.match_info["hook"]
        raw = await request.text()
        try:
            payload = json.loads(raw) if raw else {}
        except ValueError:
            payload = {"unparsed": raw}
        status, body = self._hook_answer(hook_id, payload if isinstance(payload, dict) else {})
        self.hook_calls.append(HookCall(hook_id, payload if isinstance(payload, dict) else {}, status, body))
        return web.Response(status=status, text=body)

    def _hook_answer(self, hook_id: str, payload: dict[str, Any]) -> tuple[int, str]:
        fault = self._take_fault("response_url", exact=True)
        if fault is not None:
            return (fault.status if fault.status != 200 else 500), fault.error
        hook = self.hooks.get(hook_id)
        if hook is None or "unparsed" in payload:
            return (404, "no_service") if hook is None else (400, "invalid_payload")
        if hook.expired or time.time() - hook.created_at > RESPONSE_URL_TTL_S:
            return 404, "expired_url"
        if hook.uses >= RESPONSE_URL_USES:
            return 404, "used_url"
        blocks = _blocks(payload.get("blocks"))
        if not payload.get("text") and not blocks:
            return 400, "no_text"
        try:
            check_blocks(blocks)
        except BlockKitError:
            return 400, "invalid_blocks"
        hook.uses += 1
        text = str(payload.get("text") or "")
        if payload.get("response_type") == "in_channel":
            posted = PostedMessage(hook.channel, self.next_ts(), text, self.bot_user_id, blocks, bot_id=self.bot_id)
            self.transcripts.setdefault(hook.channel, []).append(posted)
        else:  # a slash command's answer is ephemeral unless it says otherwise
            self.ephemerals.append(
                {"channel": hook.channel, "user": hook.user, "text": text, "blocks": blocks, "via": "response_url"}
            )
        return 200, "ok"

    def _take_fault(self, method: str, *, exact: bool = False) -> Fault | None:
        for fault in self.faults:
            if fault.method == method or (fault.method == "*" and not exact):
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
                return fault
        return None

    def _methods(self) -> dict[str, Any]:
        return {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
            "chat.update": self._update,
            "chat.postEphemeral": self._post_ephemeral,
            "conversations.info": self._conversation_info,
            "conversations.replies": self._replies,
            "users.info": self._user_info,
            "files.info": self._file_info,
            "apps.connections.open": self._connections_open,
        }

    # -- methods -----------------------------------------------------------------------------

    def _auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": "https://rivet-fake.slack.com/",
            "team": "RIVET fake",
            "user": "rivet",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _post_message(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = args.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        blocks = _blocks(args.get("blocks"))
        if not args.get("text") and not blocks:
            return {"ok": False, "error": "no_text"}
        try:
            check_blocks(blocks)
        except BlockKitError as e:
            return {"ok": False, "error": "invalid_blocks", "errors": [str(e)]}
        message = PostedMessage(
            channel=channel,
            ts=self.next_ts(),
            text=str(args.get("text") or ""),
            user=self.bot_user_id,
            blocks=blocks,
            thread_ts=args.get("thread_ts") or None,
            bot_id=self.bot_id,
        )
        self.transcripts.setdefault(channel, []).append(message)
        return {"ok": True, "channel": channel, "ts": message.ts, "message": _message_json(message)}

    def _update(self, args: dict[str, Any]) -> dict[str, Any]:
        channel, ts = args.get("channel"), args.get("ts")
        found = next((m for m in self.transcripts.get(str(channel), []) if m.ts == ts), None)
        if found is None:
            return {"ok": False, "error": "message_not_found"}
        if found.user != self.bot_user_id:
            return {"ok": False, "error": "cant_update_message"}
        blocks = _blocks(args.get("blocks"))
        try:
            check_blocks(blocks)
        except BlockKitError as e:
            return {"ok": False, "error": "invalid_blocks", "errors": [str(e)]}
        found.text = str(args.get("text") or found.text)
        found.blocks = blocks or found.blocks
        found.edits += 1
        return {"ok": True, "channel": channel, "ts": ts, "text": found.text, "message": _message_json(found)}

    def _post_ephemeral(self, args: dict[str, Any]) -> dict[str, Any]:
        if not args.get("channel") or not args.get("user"):
            return {"ok": False, "error": "channel_not_found"}
        ts = self.next_ts()
        self.ephemerals.append({**args, "blocks": _blocks(args.get("blocks")), "via": "chat.postEphemeral",
                                "message_ts": ts})  # fmt: skip
        return {"ok": True, "message_ts": ts}

    def _conversation_info(self, args: dict[str, Any]) -> dict[str, Any]:
        channel_id = str(args.get("channel", ""))
        channel = self.channels.get(channel_id)
        if channel is None:
            if not channel_id:
                return {"ok": False, "error": "channel_not_found"}
            is_im = channel_id.startswith("D")
            channel = {"id": channel_id, "name": channel_id.lower(), "is_im": is_im, "is_channel": not is_im}
        return {"ok": True, "channel": channel}

    def _replies(self, args: dict[str, Any]) -> dict[str, Any]:
        messages = self.thread(str(args.get("channel")), str(args.get("ts")))
        return {"ok": True, "messages": [_message_json(m) for m in messages], "has_more": False}

    def _user_info(self, args: dict[str, Any]) -> dict[str, Any]:
        user = self.users.get(str(args.get("user")))
        return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}

    def _file_info(self, args: dict[str, Any]) -> dict[str, Any]:
        stored = self.files.get(str(args.get("file")))
        return {"ok": True, "file": stored.info} if stored else {"ok": False, "error": "file_not_found"}

    def _connections_open(self, args: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": f"ws://{self.host}:{self.port}/link/?ticket={uuid.uuid4().hex}"}

    # -- Socket Mode -------------------------------------------------------------------------

    async def socket_deliver(
        self, request: SlackRequest, *, retry_attempt: int = 0, timeout_s: float = 10.0
    ) -> dict[str, Any]:
        """Send `request` over the app's Socket Mode connection, like Slack; returns the app's ack.

        Waits for the app to connect first; the ack is the {"envelope_id": ...} the app sends back.
        """
        await asyncio.wait_for(self._socket_open.wait(), timeout_s)
        payload = request.payload()
        if payload.get("type") == "event_callback":
            kind = "events_api"
        elif "command" in payload:
            kind = "slash_commands"
        else:
            kind = "interactive"
        envelope_id = uuid.uuid4().hex
        acked = self._acked[envelope_id] = asyncio.Event()
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
            "retry_attempt": retry_attempt,
            "retry_reason": "timeout" if retry_attempt else "",
        }
        await self._sockets[-1].send_json(envelope)
        await asyncio.wait_for(acked.wait(), timeout_s)
        return next(a for a in self.socket_acks if a.get("envelope_id") == envelope_id)

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()  # aiohttp answers the client's pings itself
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json(
            {"type": "hello", "num_connections": len(self._sockets), "connection_info": {"app_id": APP_ID}}
        )
        self._socket_open.set()
        try:
            async for frame in ws:
                if frame.type != aiohttp.WSMsgType.TEXT:
                    continue
                ack = json.loads(frame.data)
                self.socket_acks.append(ack)
                event = self._acked.pop(str(ack.get("envelope_id")), None)
                if event is not None:
                    event.set()
        finally:
            self._sockets.remove(ws)
            if not self._sockets:
                self._socket_open.clear()
        return ws


def _bearer(header: str | None) -> str | None:
    if header and header.lower().startswith("bearer "):
        return header[7:].strip()
    return None


def _error(error: str) -> web.Response:
    # Slack answers API-level errors with HTTP 200 and ok:false.
    return web.json_response({"ok": False, "error": error})


def _blocks(raw: Any) -> list[dict[str, Any]]:
    if not raw:
        return []
    blocks = json.loads(raw) if isinstance(raw, str) else raw
    return list(blocks)


def _message_json(m: PostedMessage) -> dict[str, Any]:
    data: dict[str, Any] = {"type": "message", "ts": m.ts, "text": m.text, "user": m.user}
    if m.blocks:
        data["blocks"] = m.blocks
    if m.thread_ts:
        data["thread_ts"] = m.thread_ts
    if m.bot_id:
        data["bot_id"] = m.bot_id
    return data


# ---- what Slack POSTs to the app -------------------------------------------------------------


@dataclass(frozen=True)
class SlackRequest:
    """A body as Slack would send it to the app's request URL, before signing."""

    body: str
    content_type: str
    event_id: str | None = None

    def payload(self) -> dict[str, Any]:
        """The body as the dict Socket Mode carries (JSON, a form, or a form's `payload` field)."""
        if self.content_type == "application/json":
            return dict(json.loads(self.body))
        form = dict(parse_qsl(self.body, keep_blank_values=True))
        return dict(json.loads(form["payload"])) if "payload" in form else form


@dataclass(frozen=True)
class PostResult:
    status: int
    body: str
    headers: dict[str, str]


Signature = Literal["valid", "bad", "missing", "stale"]


@dataclass
class SlackEvents:
    """Builds and signs Events API, slash-command and interactivity requests and POSTs them to `url`.

    With `fake` set, user messages it sends are also written into the fake's transcripts, so a
    thread shows the question and the bot's answer under it.
    """

    url: str
    signing_secret: str = SIGNING_SECRET
    team_id: str = TEAM_ID
    bot_user_id: str = BOT_USER_ID
    fake: FakeSlack | None = None
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def next_ts(self) -> str:
        """With a fake, its clock: a message ts is unique in a workspace, users' and the bot's alike."""
        if self.fake is not None:
            return self.fake.next_ts()
        return f"{int(time.time())}.{next(self._ts):06d}"

    # -- Events API ----------------------------------------------------------------------------

    def envelope(self, event: dict[str, Any], *, event_id: str | None = None) -> SlackRequest:
        event_id = event_id or f"Ev{uuid.uuid4().hex[:10].upper()}"
        payload = {
            "token": "deprecated-verification-token",
            "team_id": self.team_id,
            "api_app_id": APP_ID,
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [
                {"team_id": self.team_id, "user_id": self.bot_user_id, "is_bot": True, "is_enterprise_install": False}
            ],
        }
        return SlackRequest(json.dumps(payload), "application/json", event_id)

    def app_mention(
        self,
        text: str,
        *,
        user: str,
        channel: str,
        ts: str | None = None,
        thread_ts: str | None = None,
        files: list[dict[str, Any]] | None = None,
    ) -> SlackRequest:
        """`text` may contain `<@BOT>`: it is replaced with the bot's real mention, as Slack writes it."""
        ts = ts or self.next_ts()
        text = text.replace("<@BOT>", f"<@{self.bot_user_id}>")
        event: dict[str, Any] = {"type": "app_mention", "user": user, "text": text, "ts": ts, "channel": channel}
        event["event_ts"] = ts
        if thread_ts:
            event["thread_ts"] = thread_ts
        if files:
            event["files"] = files
        self._remember(channel, ts, text, user, thread_ts)
        return self.envelope(event)

    def im(
        self,
        text: str,
        *,
        user: str,
        channel: str,
        ts: str | None = None,
        thread_ts: str | None = None,
        files: list[dict[str, Any]] | None = None,
    ) -> SlackRequest:
        ts = ts or self.next_ts()
        event: dict[str, Any] = {
            "type": "message",
            "channel_type": "im",
            "user": user,
            "text": text,
            "ts": ts,
            "event_ts": ts,
            "channel": channel,
        }
        if thread_ts:
            event["thread_ts"] = thread_ts
        if files:
            event["files"] = files
            event["subtype"] = "file_share"
        self._remember(channel, ts, text, user, thread_ts)
        return self.envelope(event)

    def bot_message(self, text: str, *, channel: str, bot_id: str = "BOTHER", channel_type: str = "im") -> SlackRequest:
        ts = self.next_ts()
        event = {
            "type": "message",
            "subtype": "bot_message",
            "channel_type": channel_type,
            "bot_id": bot_id,
            "text": text,
            "ts": ts,
            "channel": channel,
        }
        return self.envelope(event)

    def own_message(self, text: str, *, channel: str, bot_id: str = BOT_ID) -> SlackRequest:
        """The bot's own post echoed back as a message event (it carries the bot's user and bot id)."""
        ts = self.next_ts()
        event = {
            "type": "message",
            "channel_type": "im",
            "user": self.bot_user_id,
            "bot_id": bot_id,
            "text": text,
            "ts": ts,
            "channel": channel,
        }
        return self.envelope(event)

    def message_changed(self, *, channel: str, ts: str, user: str, new_text: str) -> SlackRequest:
        event = {
            "type": "message",
            "subtype": "message_changed",
            "channel_type": "im",
            "channel": channel,
            "hidden": True,
            "ts": self.next_ts(),
            "message": {"type": "message", "user": user, "text": new_text, "ts": ts, "edited": {"user": user}},
            "previous_message": {"type": "message", "user": user, "text": "(before)", "ts": ts},
        }
        return self.envelope(event)

    def message_deleted(self, *, channel: str, ts: str) -> SlackRequest:
        event = {
            "type": "message",
            "subtype": "message_deleted",
            "channel_type": "im",
            "channel": channel,
            "hidden": True,
            "deleted_ts": ts,
            "ts": self.next_ts(),
        }
        return self.envelope(event)

    def file_shared(self, file_id: str, *, user: str, channel: str) -> SlackRequest:
        event = {
            "type": "file_shared",
            "channel_id": channel,
            "file_id": file_id,
            "user_id": user,
            "file": {"id": file_id},
            "event_ts": self.next_ts(),
        }
        return self.envelope(event)

    def url_verification(self, challenge: str) -> SlackRequest:
        body = {"token": "deprecated", "challenge": challenge, "type": "url_verification"}
        return SlackRequest(json.dumps(body), "application/json")

    # -- slash commands and interactivity ----------------------------------------------------

    def slash(
        self, text: str, *, user: str, channel: str, user_name: str = "tech", command: str = "/rivet"
    ) -> SlackRequest:
        form = {
            "token": "deprecated",
            "team_id": self.team_id,
            "team_domain": "rivet-fake",
            "channel_id": channel,
            "channel_name": "directmessage" if channel.startswith("D") else channel.lower(),
            "user_id": user,
            "user_name": user_name,
            "command": command,
            "text": text,
            "api_app_id": APP_ID,
            "response_url": self._response_url(channel, user),
            "trigger_id": f"{next(self._ts)}.{uuid.uuid4().hex[:8]}",
        }
        return SlackRequest(urlencode(form), "application/x-www-form-urlencoded")

    def block_action(
        self,
        value: str,
        *,
        user: str,
        channel: str,
        message_ts: str,
        action_id: str = "rivet_button_0",
        thread_ts: str | None = None,
        user_name: str = "tech",
        ephemeral: bool = False,
    ) -> SlackRequest:
        """A button press on one of the bot's messages (what Slack sends to the interactivity URL);
        `ephemeral` for a message only the presser sees."""
        container: dict[str, Any] = {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel,
            "is_ephemeral": ephemeral,
        }
        message: dict[str, Any] = {"type": "message", "ts": message_ts, "user": self.bot_user_id, "text": "..."}
        if thread_ts:
            container["thread_ts"] = thread_ts
            message["thread_ts"] = thread_ts
        payload = {
            "type": "block_actions",
            "user": {"id": user, "username": user_name, "name": user_name, "team_id": self.team_id},
            "api_app_id": APP_ID,
            "token": "deprecated",
            "container": container,
            "trigger_id": f"{next(self._ts)}.{uuid.uuid4().hex[:8]}",
            "team": {"id": self.team_id, "domain": "rivet-fake"},
            "channel": {"id": channel, "name": "directmessage" if channel.startswith("D") else channel.lower()},
            "message": message,
            "response_url": self._response_url(channel, user),
            "actions": [
                {
                    "type": "button",
                    "action_id": action_id,
                    "block_id": "rivet_actions_0",
                    "text": {"type": "plain_text", "text": "button"},
                    "value": value,
                    "action_ts": f"{time.time():.6f}",
                }
            ],
        }
        return SlackRequest(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")

    # -- sending -----------------------------------------------------------------------------

    def sign(self, body: str, *, signature: Signature = "valid") -> dict[str, str]:
        """The X-Slack-* headers for `body`: valid, signed with a wrong secret, missing, or too old."""
        timestamp = str(int(time.time()) - (600 if signature == "stale" else 0))
        if signature == "missing":
            return {}
        secret = self.signing_secret if signature in ("valid", "stale") else "not-the-secret"
        return {
            "X-Slack-Request-Timestamp": timestamp,
            "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body) or "",
        }

    async def post(
        self,
        request: SlackRequest,
        *,
        signature: Signature = "valid",
        retry_num: int | None = None,
        retry_reason: str = "http_timeout",
    ) -> PostResult:
        """POST like Slack does; `retry_num` adds the x-slack-retry-* headers of a re-delivery."""
        headers = {"Content-Type": request.content_type, **self.sign(request.body, signature=signature)}
        if retry_num is not None:
            headers["X-Slack-Retry-Num"] = str(retry_num)
            headers["X-Slack-Retry-Reason"] = retry_reason
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.url, data=request.body.encode(), headers=headers) as resp,
        ):
            return PostResult(resp.status, await resp.text(), dict(resp.headers))

    async def post_raw(self, body: str, *, content_type: str = "application/json") -> PostResult:
        """A correctly signed but arbitrary body (for malformed-payload tests)."""
        return await self.post(SlackRequest(body, content_type))

    def _response_url(self, channel: str, user: str) -> str:
        """The fake's own response_url; without a fake, an address on 127.0.0.1 that nothing serves."""
        if self.fake is not None:
            return self.fake.response_url(channel, user)
        return f"http://127.0.0.1:9/hooks/{self.team_id}/unserved"

    def _remember(self, channel: str, ts: str, text: str, user: str, thread_ts: str | None) -> None:
        if self.fake is not None:
            self.fake.record_user_message(channel, ts, text, user, thread_ts)
