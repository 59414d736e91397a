"""A fake Telegram Bot API on 127.0.0.1 that the real python-telegram-bot HTTP code talks to.

Point PTB at it with `ApplicationBuilder().token(fake.token).base_url(fake.base_url)
.base_file_url(fake.base_file_url)`. The fake records every call, serves injected updates
(private and group messages, mentions, replies, forum topics, button presses, documents,
photos, voice notes, stickers) through getUpdates long polling, keeps a per-chat transcript of
what the bot sent, validates what Telegram validates (fakes/telegram_validation.py) and can be
told to fail: 429 with retry_after, 5xx, or "can't parse entities" for HTML.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import socket
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from aiohttp import web

from fakes.telegram_people import FakeChat, FakeUser, entities
from fakes.telegram_validation import BadRequest, check_reply_markup, check_text

__all__ = ["Call", "FakeChat", "FakeTelegram", "FakeUser", "Sent"]

JSON_FIELDS = {
    "reply_markup", "entities", "caption_entities", "commands", "scope", "reply_parameters",
    "link_preview_options", "allowed_updates", "media",
}  # fmt: skip


@dataclass
class Call:
    """One Bot API request as the fake received it (params decoded, JSON fields parsed)."""

    method: str
    params: dict[str, Any]
    at: float
    status: int = 200


@dataclass
class Sent:
    """One thing the bot did in a chat: a message sent or edited, a chat action."""

    method: str
    message_id: int | None
    text: str | None = None
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None
    reply_to: int | None = None
    thread_id: int | None = None
    action: str | None = None
    at: float = 0.0

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of every inline button, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [(b.get("text", ""), b.get("callback_data", "")) for row in rows for b in row]


@dataclass
class FakeFile:
    """A file a user uploaded; served by getFile and the file download URL."""

    file_id: str
    content: bytes
    path: str
    size: int


@dataclass
class Fault:
    """An injected failure for the next `times` calls of `method` (None: any method)."""

    method: str | None
    status: int
    times: int
    description: str
    retry_after: int | None = None

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        if self.method is not None and self.method != method:
            return False
        if self.status == 400 and "can't parse entities" in self.description:
            return params.get("parse_mode") == "HTML"
        return True


@dataclass
class FakeTelegram:
    """The fake server. `async with FakeTelegram() as fake:`; `fake.base_url` goes to PTB."""

    token: str = "123456:TEST-TOKEN"
    bot: FakeUser = field(default_factory=lambda: FakeUser(4242, "RIVET", "rivet_bot", is_bot=True))
    host: str = "127.0.0.1"
    port: int = 0
    long_poll_cap_s: float = 1.0  # long polls end sooner than PTB asks, so stop() is quick
    calls: list[Call] = field(default_factory=list)
    transcripts: dict[int, list[Sent]] = field(default_factory=lambda: defaultdict(list))
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    files: dict[str, FakeFile] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    chats: dict[int, FakeChat] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    webhook: dict[str, Any] | None = None
    commands: list[dict[str, Any]] = field(default_factory=list)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _message_ids: dict[int, itertools.count[int]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _new_update: asyncio.Condition | None = None
    _runner: web.AppRunner | None = None
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """For ApplicationBuilder().base_url(...): PTB appends the token."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    async def start(self) -> FakeTelegram:
        self._new_update = asyncio.Condition()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app, handler_cancellation=True, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((self.host, 0))  # the OS picks a free port: no race with other tests
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock, shutdown_timeout=0.2).start()
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegram:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # -- scripting: failures -----------------------------------------------------------------

    def fail(
        self,
        method: str | None = None,
        *,
        status: int = 500,
        times: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
    ) -> None:
        """The next `times` calls of `method` fail; status 429 carries `retry_after` seconds."""
        if status == 429 and retry_after is None:
            retry_after = 1
        if description is None:
            description = {
                429: f"Too Many Requests: retry after {retry_after}",
                403: "Forbidden: bot was blocked by the user",
            }.get(status, "Internal Server Error" if status >= 500 else "Bad Request")
        self.faults.append(Fault(method, status, times, description, retry_after))

    def reject_html(self, *, times: int = 1, method: str | None = None) -> None:
        """The next `times` messages sent with parse_mode HTML get "can't parse entities"."""
        self.faults.append(
            Fault(method, 400, times, "Bad Request: can't parse entities: Unsupported start tag at byte offset 0")
        )

    def block(self, chat_id: int) -> None:
        """The user blocked the bot: every send to this chat gets 403."""
        self.blocked.add(chat_id)

    # -- scripting: what users do ------------------------------------------------------------

    def add_chat(self, chat: FakeChat) -> FakeChat:
        """Make a chat known (sending to an unknown chat gets "chat not found", as on Telegram)."""
        self.chats[chat.id] = chat
        return chat

    def private_chat(self, user: FakeUser) -> FakeChat:
        return self.add_chat(FakeChat(user.id, "private"))

    def user_says(
        self,
        user: FakeUser,
        text: str = "",
        *,
        chat: FakeChat | None = None,
        reply_to: int | None = None,
        thread_id: int | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """Inject a message (private when chat is None); returns the update as served by getUpdates.

        Commands and @mentions get their entities like Telegram sets them. `reply_to` is a
        message id in the same chat; `thread_id` puts the message in a forum topic.
        """
        chat = self.add_chat(chat or FakeChat(user.id, "private"))
        message_id = self._next_message_id(chat.id)
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat.to_dict(),
            "from": user.to_dict(),
        }
        if text:
            message["caption" if _has_media(extra) else "text"] = text
            found = entities(text)
            if found:
                message["caption_entities" if _has_media(extra) else "entities"] = found
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        replied = reply_to if reply_to is not None else thread_id
        if replied is not None:
            original = self.messages.get((chat.id, replied))
            message["reply_to_message"] = original or {
                "message_id": replied,
                "date": int(time.time()),
                "chat": chat.to_dict(),
            }
        message.update(extra)
        self.messages[(chat.id, message_id)] = message
        return self._push({"message": message})

    def user_sends_document(
        self,
        user: FakeUser,
        file_name: str,
        content: bytes,
        *,
        mime_type: str = "application/pdf",
        caption: str = "",
        chat: FakeChat | None = None,
        declared_size: int | None = None,
    ) -> dict[str, Any]:
        """A document upload; `declared_size` overrides the size Telegram reports (no big test files)."""
        file = self._store_file(content, f"documents/{file_name}", declared_size)
        document = {
            "file_id": file.file_id,
            "file_unique_id": file.file_id + "u",
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": file.size,
        }
        return self.user_says(user, caption, chat=chat, document=document)

    def user_sends_photo(
        self, user: FakeUser, content: bytes = b"\xff\xd8jpeg", *, caption: str = "", chat: FakeChat | None = None
    ) -> dict[str, Any]:
        file = self._store_file(content, "photos/file_1.jpg", None)
        sizes = [
            {"file_id": file.file_id, "file_unique_id": file.file_id + "u", "width": w, "height": w, "file_size": s}
            for w, s in ((90, file.size // 4 or 1), (800, file.size))
        ]
        return self.user_says(user, caption, chat=chat, photo=sizes)

    def user_sends_voice(
        self, user: FakeUser, content: bytes = b"OggS", *, duration: int = 3, chat: FakeChat | None = None
    ) -> dict[str, Any]:
        file = self._store_file(content, "voice/file_2.oga", None)
        voice = {
            "file_id": file.file_id,
            "file_unique_id": file.file_id + "u",
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": file.size,
        }
        return self.user_says(user, "", chat=chat, voice=voice)

    def user_sends_sticker(self, user: FakeUser, *, emoji: str = "👍", chat: FakeChat | None = None) -> dict[str, Any]:
        file = self._store_file(b"RIFFwebp", "stickers/file_3.webp", None)
        sticker = {
            "file_id": file.file_id,
            "file_unique_id": file.file_id + "u",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "file_size": file.size,
        }
        return self.user_says(user, "", chat=chat, sticker=sticker)

    def user_presses(self, user: FakeUser, chat_id: int, message_id: int, data: str) -> dict[str, Any]:
        """A press on an inline button of one of the bot's messages: a callback query."""
        message = self.messages.get((chat_id, message_id))
        if message is None:
            raise KeyError(f"no message {message_id} in chat {chat_id}")
        query = {
            "id": str(next(self._ids)),
            "from": user.to_dict(),
            "chat_instance": str(chat_id),
            "message": message,
            "data": data,
        }
        return self._push({"callback_query": query})

    # -- reading what the bot did ------------------------------------------------------------

    def calls_of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def sent(self, chat_id: int) -> list[Sent]:
        """Messages the bot sent in a chat (sendMessage only), oldest first."""
        return [s for s in self.transcripts[chat_id] if s.method == "sendMessage"]

    def text_of(self, chat_id: int, message_id: int) -> str | None:
        """The current text of a message (after edits)."""
        message = self.messages.get((chat_id, message_id))
        return None if message is None else message.get("text")

    def pending_updates(self) -> int:
        return len(self._updates)

    async def wait_for(self, method: str, count: int = 1, within_s: float = 5.0) -> list[Call]:
        """Wait until the bot made `count` calls of `method` (polling mode is asynchronous)."""
        deadline = time.monotonic() + within_s
        while len(self.calls_of(method)) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{method} called {len(self.calls_of(method))} times, expected {count}")
            await asyncio.sleep(0.01)
        return self.calls_of(method)

    # -- internals ---------------------------------------------------------------------------

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(100))
        return next(counter)

    def _store_file(self, content: bytes, path: str, declared_size: int | None) -> FakeFile:
        file_id = f"file{next(self._ids)}"
        file = FakeFile(file_id, content, path, declared_size if declared_size is not None else len(content))
        self.files[file_id] = file
        return file

    def _push(self, body: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": next(self._update_ids), **body}
        self._updates.append(update)
        if self._new_update is not None:
            condition = self._new_update

            async def notify() -> None:
                async with condition:
                    condition.notify_all()

            # Outside a loop nobody can be waiting: the next getUpdates sees the update anyway.
            with contextlib.suppress(RuntimeError):
                task = asyncio.get_running_loop().create_task(notify())
                self._tasks.add(task)  # a task nobody references may be collected before it runs
                task.add_done_callback(self._tasks.discard)
        return update

    async def _params(self, request: web.Request) -> dict[str, Any]:
        """Telegram takes query strings, JSON, urlencoded and multipart bodies; PTB sends forms."""
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            body = await request.json()
            params.update(body if isinstance(body, dict) else {})
            return params
        if request.can_read_body:
            form = await request.post()
            for key, value in form.items():
                params[key] = value if isinstance(value, str) else getattr(value, "file", None)
        for key in JSON_FIELDS & params.keys():
            if isinstance(params[key], str):
                params[key] = json.loads(params[key])
        return params

    async def _api(self, request: web.Request) -> web.Response:
        # PTB lowercases method names (Telegram ignores case); record the canonical spelling.
        method = self._canonical(request.match_info["method"])
        try:
            params = await self._params(request)
        except (json.JSONDecodeError, ValueError):
            return _error(400, "Bad Request: can't parse JSON")
        call = Call(method, params, time.monotonic())
        self.calls.append(call)
        response = await self._answer(request.match_info["token"], method, params)
        call.status = response.status
        return response

    async def _answer(self, token: str, method: str, params: dict[str, Any]) -> web.Response:
        if token != self.token:
            return _error(401, "Unauthorized")
        handler = self._handlers().get(method)
        if handler is None:
            # 400, not 404: PTB reads a 404 as an invalid token, which would hide the real mistake.
            return _error(400, f"Bad Request: method {method!r} not found")
        for fault in self.faults:
            if fault.times > 0 and fault.matches(method, params):
                fault.times -= 1
                self.faults = [f for f in self.faults if f.times > 0]
                return _error(fault.status, fault.description, fault.retry_after)
        try:
            return web.json_response({"ok": True, "result": await handler(params)})
        except BadRequest as exc:
            return _error(403 if exc.description.startswith("Forbidden") else 400, exc.description)

    def _canonical(self, method: str) -> str:
        return {name.lower(): name for name in self._handlers()}.get(method.lower(), method)

    def _handlers(self) -> dict[str, Callable[[dict[str, Any]], Awaitable[Any]]]:
        return {
            "getMe": self._get_me,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_reply_markup,
            "sendChatAction": self._send_chat_action,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "getFile": self._get_file,
            "close": self._ok,
            "logOut": self._ok,
        }

    async def _ok(self, params: dict[str, Any]) -> bool:
        return True

    async def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.bot.to_dict(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        if _truthy(params.get("drop_pending_updates")):
            self._updates.clear()
        return True

    async def _set_webhook(self, params: dict[str, Any]) -> bool:
        if not str(params.get("url", "")).startswith("https://"):
            raise BadRequest("Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook = params
        return True

    async def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        url = (self.webhook or {}).get("url", "")
        return {"url": url, "has_custom_certificate": False, "pending_update_count": len(self._updates)}

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise BadRequest("Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset") or 0)
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        limit = int(params.get("limit") or 100)
        timeout = min(float(params.get("timeout") or 0), self.long_poll_cap_s)
        if not self._updates and timeout > 0 and self._new_update is not None:
            async with self._new_update:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._new_update.wait_for(lambda: bool(self._updates)), timeout)
        return self._updates[:limit]

    def _chat(self, params: dict[str, Any]) -> int:
        try:
            chat_id = int(params.get("chat_id", ""))
        except ValueError:
            raise BadRequest("Bad Request: chat not found") from None
        if chat_id in self.blocked:
            raise BadRequest("Forbidden: bot was blocked by the user")
        if chat_id not in self.chats:
            raise BadRequest("Bad Request: chat not found")
        return chat_id

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat(params)
        parse_mode = params.get("parse_mode") or None
        check_text(params.get("text"), parse_mode)
        markup = params.get("reply_markup")
        check_reply_markup(markup)
        reply_to = _reply_to(params)
        if reply_to is not None and (chat_id, reply_to) not in self.messages:
            allow = _truthy((params.get("reply_parameters") or {}).get("allow_sending_without_reply"))
            if not (allow or _truthy(params.get("allow_sending_without_reply"))):
                raise BadRequest("Bad Request: message to be replied not found")
            reply_to = None
        thread_id = int(params["message_thread_id"]) if params.get("message_thread_id") else None
        message_id = self._next_message_id(chat_id)
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self.chats[chat_id].to_dict(),
            "from": self.bot.to_dict(),
            "text": params["text"],
        }
        if markup:
            message["reply_markup"] = markup
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        if reply_to is not None:
            message["reply_to_message"] = self.messages[(chat_id, reply_to)]
        self.messages[(chat_id, message_id)] = message
        self.transcripts[chat_id].append(
            Sent("sendMessage", message_id, params["text"], parse_mode, markup, reply_to, thread_id, at=call_time())
        )
        return message

    def _own_message(self, params: dict[str, Any]) -> tuple[int, int, dict[str, Any]]:
        chat_id = self._chat(params)
        message_id = int(params.get("message_id") or 0)
        message = self.messages.get((chat_id, message_id))
        if message is None:
            raise BadRequest("Bad Request: message to edit not found")
        if message["from"]["id"] != self.bot.id:
            raise BadRequest("Bad Request: message can't be edited")
        return chat_id, message_id, message

    async def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, message_id, message = self._own_message(params)
        parse_mode = params.get("parse_mode") or None
        check_text(params.get("text"), parse_mode)
        markup = params.get("reply_markup")
        check_reply_markup(markup)
        if message.get("text") == params["text"] and message.get("reply_markup") == markup:
            raise BadRequest(
                "Bad Request: message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        message["text"] = params["text"]
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        self.transcripts[chat_id].append(
            Sent("editMessageText", message_id, params["text"], parse_mode, markup, at=time.monotonic())
        )
        return message

    async def _edit_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, message_id, message = self._own_message(params)
        markup = params.get("reply_markup")
        check_reply_markup(markup)
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        self.transcripts[chat_id].append(Sent("editMessageReplyMarkup", message_id, reply_markup=markup))
        return message

    async def _send_chat_action(self, params: dict[str, Any]) -> bool:
        chat_id = self._chat(params)
        action = params.get("action")
        if action not in {"typing", "upload_document", "upload_photo", "record_voice", "choose_sticker"}:
            raise BadRequest("Bad Request: wrong parameter action in request")
        self.transcripts[chat_id].append(Sent("sendChatAction", None, action=action, at=time.monotonic()))
        return True

    async def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        if not params.get("callback_query_id"):
            raise BadRequest("Bad Request: query is too old and response timeout expired or query ID is invalid")
        return True

    async def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise BadRequest("Bad Request: commands must be a list of at most 100 BotCommand")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise BadRequest("Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise BadRequest("Bad Request: command description is empty or too long")
        self.commands = commands
        return True

    async def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands

    async def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        file = self.files.get(str(params.get("file_id")))
        if file is None:
            raise BadRequest("Bad Request: invalid file_id")
        if file.size > 20 * 1024 * 1024:
            raise BadRequest("Bad Request: file is too big")
        return {"file_id": file.file_id, "file_unique_id": file.file_id + "u", "file_size": file.size,
                "file_path": file.path}  # fmt: skip

    async def _download(self, request: web.Request) -> web.Response:
        self.calls.append(Call("download", {"path": request.match_info["path"]}, time.monotonic()))
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        for file in self.files.values():
            if file.path == request.match_info["path"]:
                return web.Response(body=file.content, content_type="application/octet-stream")
        return _error(404, "Not Found")


def call_time() -> float:
    return time.monotonic()


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in {"true", "1"}


def _has_media(extra: dict[str, Any]) -> bool:
    return any(key in extra for key in ("document", "photo", "voice", "video", "audio"))


def _reply_to(params: dict[str, Any]) -> int | None:
    parameters = params.get("reply_parameters") or {}
    value = parameters.get("message_id") or params.get("reply_to_message_id")
    return int(value) if value else None
