"""The Telegram adapter with the real python-telegram-bot against fakes/telegram.py over HTTP on 127.0.0.1.

on_message / on_action / on_document are recording callables: these tests check the adapter's
translation and manners (typing, answered callbacks, webhook checks), not the engine.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bots.telegram import COMMANDS, SECRET_HEADER, TelegramAdapter, build_application, mount_webhook
from bots.telegram import telegram_api_url as api_url_from
from bots.telegram_translate import TenantMap
from engine.messages import Message
from engine.outbound import Action
from fakes.telegram import FakeChat, FakeTelegram, FakeUser

TECH = FakeUser(1001, "Dana", "dana_tech")
OTHER = FakeUser(1002, "Lee")
GROUP = FakeChat(-100200, "supergroup", "Line 2 maintenance")
FORUM = FakeChat(-100300, "supergroup", "Plant forum", is_forum=True)
SECRET = "s3cret-token"


@dataclass
class Recorder:
    """Stands in for the engine: records what the adapter hands over."""

    delay_s: float = 0.0
    fail: bool = False
    messages: list[Message] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    documents: list[tuple[Message, str, bytes]] = field(default_factory=list)

    async def on_message(self, message: Message) -> None:
        await asyncio.sleep(self.delay_s)
        if self.fail:
            raise RuntimeError("engine down")
        self.messages.append(message)

    async def on_action(self, action: Action) -> None:
        self.actions.append(action)

    async def on_document(self, message: Message, path: Path) -> None:
        self.documents.append((message, path.name, await asyncio.to_thread(path.read_bytes)))


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
async def adapter(fake: FakeTelegram, recorder: Recorder) -> AsyncIterator[TelegramAdapter]:
    """Initialized (getMe done) but not polling: tests feed updates through adapter.process."""
    adapter = TelegramAdapter(
        build_application(fake.token, fake.url),
        tenants=TenantMap("acme", {str(GROUP.id): "plant2"}),
        on_message=recorder.on_message,
        on_action=recorder.on_action,
        on_document=recorder.on_document,
        max_file_mb=1.0,
        webhook_secret=SECRET,
        typing_after_s=0.2,
        typing_every_s=0.3,
    )
    await adapter.application.initialize()
    yield adapter
    await adapter.stop()


async def test_private_message_becomes_an_engine_message(
    fake: FakeTelegram, adapter: TelegramAdapter, recorder: Recorder
) -> None:
    update = fake.user_says(TECH, "kd400 tripping OC on accel, what do i check")
    await adapter.process(update)
    [message] = recorder.messages
    assert message.tenant_id == "acme"
    assert message.platform == "telegram"
    assert (message.chat_id, message.user_id, message.user_name) == ("1001", "1001", "dana_tech")
    assert message.text == "kd400 tripping OC on accel, what do i check"
    assert message.event_id == str(update["update_id"])
    assert message.is_direct and message.reply_to is None and message.thread_id is None
    assert message.extras["message_id"] == str(update["message"]["message_id"])
    assert fake.transcripts[TECH.id] == []  # the adapter itself says nothing


async def test_group_chatter_is_ignored_mentions_replies_and_commands_are_not(
    fake: FakeTelegram, adapter: TelegramAdapter, recorder: Recorder
) -> None:
    await adapter.process(fake.user_says(TECH, "anyone seen the forklift keys?", chat=GROUP))
    await adapter.process(fake.user_says(TECH, "/status@other_bot", chat=GROUP))
    assert recorder.messages == []

    await adapter.process(fake.user_says(TECH, "@rivet_bot kd400 fault OC2?", chat=GROUP))
    mention = recorder.messages[-1]
    assert (mention.text, mention.tenant_id, mention.is_direct) == ("kd400 fault OC2?", "plant2", False)

    await adapter.process(fake.user_says(TECH, "/status@rivet_bot", chat=GROUP))
    assert recorder.messages[-1].text == "/status"

    bot_message = await adapter.application.bot.send_message(GROUP.id, "Check the DC bus voltage [1].")
    await adapter.process(fake.user_says(OTHER, "it reads 640 V", chat=GROUP, reply_to=bot_message.message_id))
    reply = recorder.messages[-1]
    assert (reply.text, reply.reply_to, reply.user_name) == ("it reads 640 V", str(bot_message.message_id), "Lee")

    # A reply to a human is still chatter.
    human = fake.user_says(OTHER, "lunch?", chat=GROUP)
    await adapter.process(fake.user_says(TECH, "yes", chat=GROUP, reply_to=human["message"]["message_id"]))
    assert len(recorder.messages) == 3


async def test_forum_topic_message_carries_its_thread(
    fake: FakeTelegram, adapter: TelegramAdapter, recorder: Recorder
) -> None:
    await adapter.process(fake.user_says(TECH, "@rivet_bot chiller alarm A12", chat=FORUM, thread_id=77))
    [message] = recorder.messages
    assert message.thread_id == "77"
    assert message.reply_to is None  # Telegram's pointer to the topic's first message is no reply


async def test_button_press_becomes_an_action_and_the_spinner_stops(
    fake: FakeTelegram, adapter: TelegramAdapter, recorder: Recorder
) -> None:
    fake.private_chat(TECH)
    sent = await adapter.application.bot.send_message(TECH.id, "answer")
    update = fake.user_presses(TECH, TECH.id, sent.message_id, "fb:up:abc123")
    await adapter.process(update)
    [action] = recorder.actions
    assert (action.tenant_id, action.platform, action.chat_id, action.user_id) == ("acme", "telegram", "1001", "1001")
    assert (action.data, action.message_ref, action.is_direct) == ("fb:up:abc123", str(sent.message_id), True)
    assert action.event_id == str(update["update_id"])
    [answered] = fake.calls_of("answerCallbackQuery")
    assert answered.params["callback_query_id"] == update["callback_query"]["id"]


async def test_webhook_checks_the_secret_and_rejects_malformed_bodies(
    fake: FakeTelegram, adapter: TelegramAdapter, recorder: Recorder
) -> None:
    app = web.Application()
    mount_webhook(app, adapter)
    update = fake.user_says(TECH, "hello")
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        missing = await client.post("/telegram/webhook", json=update)
        wrong = await client.post("/telegram/webhook", json=update, headers={SECRET_HEADER: "guess"})
        malformed = await client.post("/telegram/webhook", data=b"{not json", headers={SECRET_HEADER: SECRET})
        not_update = await client.post("/telegram/webhook", json=[1, 2], headers={SECRET_HEADER: SECRET})
        garbled = {"update_id": 5, "message": "not a message"}
        bad_shape = await client.post("/telegram/webhook", json=garbled, headers={SECRET_HEADER: SECRET})
        statuses = (missing.status, wrong.status, malformed.status, not_update.status, bad_shape.status)
        assert statuses == (403, 403, 400, 400, 400)
        assert recorder.messages == []
        ok = await client.post("/telegram/webhook", data=json.dumps(update), headers={SECRET_HEADER: SECRET})
        assert ok.status == 200
    assert [m.text for m in recorder.messages] == ["hello"]


async def test_uploaded_manual_is_downloaded_and_handed_over(
    fake: FakeTelegram, adapter: TelegramAdapter, recorder: Recorder
) -> None:
    await adapter.process(fake.user_sends_document(TECH, "KD400 manual.pdf", b"%PDF-1.7 fake", caption="new manual"))
    [(message, name, content)] = recorder.documents
    assert (name, content, message.text) == ("KD400 manual.pdf", b"%PDF-1.7 fake", "new manual")
    assert message.attachments[0].kind == "document"
    assert len(fake.calls_of("getFile")) == 1 and len(fake.calls_of("download")) == 1
    assert recorder.messages == []


async def test_documents_that_cannot_be_ingested_are_not_downloaded_but_reach_the_engine(
    fake: FakeTelegram, adapter: TelegramAdapter, recorder: Recorder
) -> None:
    await adapter.process(fake.user_sends_document(TECH, "wiring.dwg", b"AC1027", mime_type="image/vnd.dwg"))
    big = fake.user_sends_document(TECH, "huge.pdf", b"%PDF", declared_size=5 * 1024 * 1024)
    await adapter.process(big)
    assert recorder.documents == [] and fake.calls_of("getFile") == []
    assert [m.attachments[0].name for m in recorder.messages] == ["wiring.dwg", "huge.pdf"]
    refusals = [m.extras["document_refused"] for m in recorder.messages]
    assert "unsupported file type .dwg" in refusals[0]
    assert "5.0 MB; the limit is 1 MB" in refusals[1]


async def test_photos_voice_and_stickers_reach_the_engine_as_attachments(
    fake: FakeTelegram, adapter: TelegramAdapter, recorder: Recorder
) -> None:
    await adapter.process(fake.user_sends_photo(TECH, b"\xff\xd8" + b"x" * 400, caption="what is this part?"))
    await adapter.process(fake.user_sends_voice(TECH))
    await adapter.process(fake.user_sends_sticker(TECH, emoji="🔥"))
    photo, voice, sticker = recorder.messages
    assert photo.text == "what is this part?"
    assert (photo.attachments[0].kind, photo.attachments[0].size_bytes) == ("photo", 402)
    assert (voice.text, voice.attachments[0].kind, voice.attachments[0].mime_type) == ("", "audio", "audio/ogg")
    assert (sticker.attachments[0].kind, sticker.attachments[0].name) == ("other", "sticker 🔥")
    assert all(m.extras["file_ids"] for m in recorder.messages)
    assert fake.sent(TECH.id) == []  # the engine answers these, not the adapter


async def test_polling_start_publishes_commands_and_delivers_updates(
    fake: FakeTelegram, adapter: TelegramAdapter, recorder: Recorder
) -> None:
    await adapter.start()
    [commands] = fake.calls_of("setMyCommands")
    assert [c["command"] for c in commands.params["commands"]] == [name for name, _ in COMMANDS]
    assert fake.calls_of("deleteWebhook")
    fake.user_says(TECH, "hello over long polling")
    for _ in range(200):
        if recorder.messages:
            break
        await asyncio.sleep(0.01)
    assert [m.text for m in recorder.messages] == ["hello over long polling"]
    await adapter.stop()
    assert fake.pending_updates() == 0  # the last getUpdates confirmed what was handled


async def test_typing_is_shown_while_the_engine_is_slow(
    fake: FakeTelegram, adapter: TelegramAdapter, recorder: Recorder
) -> None:
    await adapter.process(fake.user_says(TECH, "quick one"))
    assert fake.calls_of("sendChatAction") == []
    recorder.delay_s = 0.75  # typing after 0.2 s, then every 0.3 s: at 0.2 and 0.5
    await adapter.process(fake.user_says(TECH, "slow one"))
    actions = fake.calls_of("sendChatAction")
    assert [a.params["action"] for a in actions] == ["typing", "typing"]
    assert [m.text for m in recorder.messages] == ["quick one", "slow one"]


async def test_an_engine_failure_is_told_to_the_user_not_swallowed(
    fake: FakeTelegram, adapter: TelegramAdapter, recorder: Recorder
) -> None:
    recorder.fail = True
    update = fake.user_says(TECH, "kd400 OC")
    await adapter.process(update)
    [notice] = fake.sent(TECH.id)
    assert notice.text is not None and "went wrong" in notice.text
    assert notice.reply_to == update["message"]["message_id"]


def test_api_url_comes_from_the_environment_when_asked() -> None:
    assert api_url_from({}) == "https://api.telegram.org"
    assert api_url_from({"TELEGRAM_API_URL": "http://127.0.0.1:8081/"}) == "http://127.0.0.1:8081"


async def test_webhook_start_registers_the_url_with_the_secret_and_does_not_poll(
    fake: FakeTelegram, adapter: TelegramAdapter
) -> None:
    await adapter.start(webhook_url="https://rivet.example/telegram/webhook")
    [registered] = fake.calls_of("setWebhook")
    assert registered.params["secret_token"] == SECRET
    assert registered.params["allowed_updates"] == ["message", "callback_query"]
    assert fake.calls_of("getUpdates") == [] and fake.calls_of("setMyCommands")
