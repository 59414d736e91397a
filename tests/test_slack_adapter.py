"""The real slack-bolt app over real HTTP on 127.0.0.1, against the fake Slack Web API."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest

from fakes.slack import BOT_USER_ID, TEAM_ID
from tests.slack_helpers import ADMIN, TECH, Recorder, SlackHarness


@pytest.fixture
async def slack() -> AsyncIterator[SlackHarness]:
    async with SlackHarness() as harness:
        yield harness


async def test_app_mention_reaches_on_message_with_thread_and_without_the_mention(slack: SlackHarness) -> None:
    request = slack.send.app_mention("<@BOT> kd400 tripping OC on accel, what do i check", user=TECH, channel="C0PLANT")
    result = await slack.send.post(request)
    await slack.settle()

    assert result.status == 200
    [message] = slack.recorder.messages
    question_ts = json.loads(request.body)["event"]["ts"]
    assert message.text == "kd400 tripping OC on accel, what do i check"
    assert (message.platform, message.tenant_id, message.chat_id) == ("slack", TEAM_ID, "C0PLANT")
    assert message.thread_id == question_ts  # the answer goes in a thread under the question
    assert message.message_id == question_ts
    assert message.event_id == request.event_id
    assert (message.user_id, message.user_name) == (TECH, "tech")  # users.info
    assert message.is_direct is False


async def test_a_mention_inside_a_thread_answers_in_that_thread(slack: SlackHarness) -> None:
    await slack.send.post(slack.send.app_mention("<@BOT> and the fan?", user=TECH, channel="C0PLANT", thread_ts="1.5"))
    await slack.settle()
    assert slack.recorder.messages[0].thread_id == "1.5"


async def test_ack_returns_before_a_slow_engine_finishes(slack: SlackHarness) -> None:
    slack.recorder.gate = asyncio.Event()  # on_message blocks until the test opens the gate

    # Were the ack waiting for on_message, this post would never return (the gate opens after it).
    mention = slack.send.app_mention("<@BOT> slow one", user=TECH, channel="C1")
    result = await asyncio.wait_for(slack.send.post(mention), 10)

    assert result.status == 200
    assert slack.recorder.finished == 0 and slack.bolt.pending == 1
    slack.recorder.gate.set()
    await slack.settle()
    assert slack.recorder.finished == 1
    assert slack.recorder.messages[0].text == "slow one"


async def test_direct_message_is_handled_in_the_dm_main_line(slack: SlackHarness) -> None:
    await slack.send.post(slack.send.im("fault F0007 on the kd400?", user=TECH, channel="D0TECH"))
    await slack.settle()

    [message] = slack.recorder.messages
    assert message.text == "fault F0007 on the kd400?"
    assert message.is_direct is True
    assert message.chat_id == "D0TECH"
    assert message.thread_id is None  # one DM, one conversation (follow-ups keep their context)


async def test_a_photo_in_a_dm_arrives_as_an_attachment(slack: SlackHarness) -> None:
    files = [{"id": "F1", "name": "panel.jpg", "mimetype": "image/jpeg", "size": 1234, "url_private": "https://x"}]
    await slack.send.post(slack.send.im("what is this alarm", user=TECH, channel="D0TECH", files=files))
    await slack.settle()

    [attachment] = slack.recorder.messages[0].attachments
    assert (attachment.kind, attachment.name, attachment.size_bytes) == ("photo", "panel.jpg", 1234)


@pytest.mark.parametrize("kind", ["own", "bot", "changed", "deleted"])
async def test_own_and_bot_messages_edits_and_deletions_never_reach_the_engine(slack: SlackHarness, kind: str) -> None:
    send = slack.send
    request = {
        "own": lambda: send.own_message("an answer of ours", channel="D0TECH"),
        "bot": lambda: send.bot_message("another bot", channel="D0TECH"),
        "changed": lambda: send.message_changed(channel="D0TECH", ts="1.1", user=TECH, new_text="edited question"),
        "deleted": lambda: send.message_deleted(channel="D0TECH", ts="1.1"),
    }[kind]()

    result = await send.post(request)
    await slack.settle()

    assert result.status == 200  # acknowledged, so Slack does not retry
    assert slack.recorder.messages == []


async def test_channel_messages_without_a_mention_are_not_questions(slack: SlackHarness) -> None:
    request = slack.send.im("chatter in a channel", user=TECH, channel="C0PLANT")
    body = json.loads(request.body)
    body["event"]["channel_type"] = "channel"
    result = await slack.send.post(slack.send.envelope(body["event"]))
    await slack.settle()
    assert result.status == 200
    assert slack.recorder.messages == []


@pytest.mark.parametrize("signature", ["bad", "missing", "stale"])
async def test_unsigned_or_badly_signed_requests_get_401_and_nothing_is_processed(
    slack: SlackHarness, signature: str
) -> None:
    result = await slack.send.post(
        slack.send.app_mention("<@BOT> spoofed", user=TECH, channel="C1"),
        signature=signature,  # type: ignore[arg-type]
    )
    await slack.settle()

    assert result.status == 401
    assert slack.recorder.messages == []
    assert slack.fake.calls == []  # not even auth.test: nothing past the signature check ran


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("{not json", "application/json"),
        ("[1, 2]", "application/json"),
        ("payload=%7Bbroken", "application/x-www-form-urlencoded"),
        ("", "application/json"),
    ],
)
async def test_malformed_signed_bodies_get_400_and_nothing_is_processed(
    slack: SlackHarness, body: str, content_type: str
) -> None:
    result = await slack.send.post_raw(body, content_type=content_type)
    await slack.settle()

    assert result.status == 400
    assert slack.recorder.messages == []


async def test_a_retry_carries_the_same_event_id(slack: SlackHarness) -> None:
    request = slack.send.app_mention("<@BOT> vfd overheating", user=TECH, channel="C1")
    first = await slack.send.post(request)
    again = await slack.send.post(request, retry_num=1, retry_reason="http_timeout")
    await slack.settle()

    assert (first.status, again.status) == (200, 200)
    # Bolt does not dedupe: both deliveries reach the engine, whose PostgreSQL dedupe keys on event_id.
    assert [m.event_id for m in slack.recorder.messages] == [request.event_id, request.event_id]
    assert sorted(str(m.extras.get("retry_num")) for m in slack.recorder.messages) == ["1", "None"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("status", "/status"),
        ("kb pending", "/kb pending"),
        ("help", "/help"),
        ("", "/help"),
        ("settings set engine.passages 6", "/settings set engine.passages 6"),
        ("how do I reset the kd400", "how do I reset the kd400"),
    ],
)
async def test_slash_command_becomes_an_engine_command(slack: SlackHarness, text: str, expected: str) -> None:
    result = await slack.send.post(slack.send.slash(text, user=ADMIN, channel="D0ADMIN", user_name="admin"))
    await slack.settle()

    assert result.status == 200
    [message] = slack.recorder.messages
    assert message.text == expected
    assert (message.user_id, message.user_name, message.chat_id) == (ADMIN, "admin", "D0ADMIN")
    assert message.is_direct is True
    assert message.event_id and message.event_id.startswith("slash:")


async def test_button_press_becomes_an_action(slack: SlackHarness) -> None:
    request = slack.send.block_action(
        "fb:up:abc123", user=TECH, channel="C0PLANT", message_ts="17.000200", thread_ts="17.1"
    )
    result = await slack.send.post(request)
    await slack.settle()

    assert result.status == 200
    [action] = slack.recorder.actions
    assert action.data == "fb:up:abc123"
    assert action.message_ref == "17.000200"
    assert (action.tenant_id, action.platform, action.chat_id, action.user_id) == (TEAM_ID, "slack", "C0PLANT", TECH)
    assert action.thread_id == "17.1"
    assert slack.recorder.messages == []


async def test_a_document_shared_by_an_admin_is_downloaded_for_on_document(slack: SlackHarness) -> None:
    slack.fake.add_file("F0MAN", "kd400 manual.pdf", b"%PDF-1.4 fake manual", user=ADMIN)
    await slack.send.post(slack.send.file_shared("F0MAN", user=ADMIN, channel="D0ADMIN"))
    await slack.settle()

    [(message, path, content)] = slack.recorder.documents
    assert content == b"%PDF-1.4 fake manual"
    assert path.name == "kd400_manual.pdf"
    assert not path.exists()  # the adapter cleans up after on_document returns
    assert (message.user_id, message.tenant_id, message.chat_id) == (ADMIN, TEAM_ID, "D0ADMIN")
    assert message.attachments[0].kind == "document"
    assert slack.fake.downloads == ["F0MAN"]
    assert slack.fake.calls_to("files.info")[0].token is not None


async def test_files_from_non_admins_and_unsupported_types_are_not_ingested(slack: SlackHarness) -> None:
    slack.fake.add_file("F0PDF", "manual.pdf", b"%PDF", user=TECH)
    slack.fake.add_file("F0PNG", "panel.png", b"\x89PNG", mimetype="image/png", user=ADMIN)
    await slack.send.post(slack.send.file_shared("F0PDF", user=TECH, channel="C1"))
    await slack.send.post(slack.send.file_shared("F0PNG", user=ADMIN, channel="C1"))
    await slack.settle()

    assert slack.recorder.documents == []
    assert slack.fake.downloads == []
    assert [c.args["file"] for c in slack.fake.calls_to("files.info")] == ["F0PNG"]  # the non-admin's: not looked up


async def test_url_verification_answers_the_challenge(slack: SlackHarness) -> None:
    result = await slack.send.post(slack.send.url_verification("c-123"))
    assert result.status == 200
    assert "c-123" in result.body


async def test_the_mention_of_the_bot_is_stripped_anywhere_but_other_mentions_stay(slack: SlackHarness) -> None:
    text = f"ask <@{BOT_USER_ID}|rivet> about <@U0OTHER>'s drive"
    await slack.send.post(slack.send.app_mention(text, user=TECH, channel="C1"))
    await slack.settle()
    assert slack.recorder.messages[0].text == "ask about <@U0OTHER>'s drive"


async def test_two_adapters_live_side_by_side() -> None:
    # No module-level state: two apps (two tenants) each see only their own events.
    async with SlackHarness() as one, SlackHarness(recorder=Recorder()) as two:
        await one.send.post(one.send.im("to one", user=TECH, channel="D1"))
        await two.send.post(two.send.im("to two", user=TECH, channel="D2"))
        await one.settle()
        await two.settle()
    assert [m.text for m in one.recorder.messages] == ["to one"]
    assert [m.text for m in two.recorder.messages] == ["to two"]


async def test_an_admin_dropping_a_manual_is_not_asked_a_question(slack: SlackHarness) -> None:
    manual = [{"id": "F9", "name": "kd400.pdf", "mimetype": "application/pdf", "size": 10, "url_private": "https://x"}]
    await slack.send.post(slack.send.im("", user=ADMIN, channel="D0ADMIN", files=manual))
    await slack.send.post(slack.send.im("", user=TECH, channel="D0TECH", files=manual))  # not an admin
    await slack.send.post(slack.send.im("is this the right one?", user=ADMIN, channel="D0ADMIN", files=manual))
    await slack.settle()

    assert sorted((m.user_id, m.text) for m in slack.recorder.messages) == [
        (ADMIN, "is this the right one?"),
        (TECH, ""),
    ]
