"""TelegramSender with the real python-telegram-bot against fakes/telegram.py: rendering, splitting,
the plain text fallback, button limits, edits and the errors the outbox worker acts on."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from bots.telegram_render import markup_to_html, render_parts
from bots.telegram_sender import TelegramSender
from engine.messages import Button, Citation, Reply
from engine.outbound import DeliveryError, Destination, Outbound, Sender, SentRef
from fakes.telegram import FakeChat, FakeTelegram, FakeUser
from fakes.telegram_validation import visible_text

TECH = FakeUser(1001, "Dana", "dana_tech")
FEEDBACK = [Button("👍 Helpful", "fb:up:r1"), Button("👎 Not helpful", "fb:down:r1")]


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        server.private_chat(TECH)
        yield server


@pytest.fixture
async def sender(fake: FakeTelegram) -> AsyncIterator[TelegramSender]:
    bot = Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url)
    yield TelegramSender(bot)
    await bot.shutdown()


def outbound(reply: Reply, *, chat: int = TECH.id, reply_to: int | None = None, thread: str | None = None) -> Outbound:
    return Outbound(
        tenant_id="acme",
        destination=Destination("telegram", str(chat), thread),
        reply=reply,
        idempotency_key=f"k-{reply.id}",
        reply_to=str(reply_to) if reply_to is not None else None,
    )


def test_markup_becomes_escaped_telegram_html() -> None:
    html = markup_to_html("*Check* the `P<0.5` bar & the *DC bus*\n- step one\n2*3*4 stays")
    assert html == "<b>Check</b> the <code>P&lt;0.5</code> bar &amp; the <b>DC bus</b>\n• step one\n2*3*4 stays"
    assert visible_text(html, "HTML")  # Telegram's parser accepts it


async def test_answer_is_sent_as_html_with_sources_and_feedback_buttons(
    fake: FakeTelegram, sender: TelegramSender
) -> None:
    assert isinstance(sender, Sender)
    question = fake.user_says(TECH, "kd400 OC on accel?")["message"]["message_id"]
    reply = Reply(
        "*OC on accel*: lengthen `Pn.12` (accel time) [1]; check motor <-> drive wiring [2].",
        citations=[Citation(1, "kd400.pdf", "KD400 Manual", "Faults", 42), Citation(2, "kd400.pdf", "KD400 Manual")],
        buttons=FEEDBACK,
    )
    ref = await sender.send(outbound(reply, reply_to=question))
    [sent] = fake.sent(TECH.id)
    assert ref == SentRef("telegram", str(TECH.id), str(sent.message_id))
    assert sent.parse_mode == "HTML" and sent.reply_to == question
    assert sent.text == (
        "<b>OC on accel</b>: lengthen <code>Pn.12</code> (accel time) [1]; check motor &lt;-&gt; drive wiring [2]."
        "\n\n<b>Sources:</b>\n[1] KD400 Manual &gt; Faults, p. 42\n[2] KD400 Manual"
    )
    assert sent.buttons == [("👍 Helpful", "fb:up:r1"), ("👎 Not helpful", "fb:down:r1")]


async def test_forum_topic_replies_stay_in_the_topic(fake: FakeTelegram, sender: TelegramSender) -> None:
    forum = fake.add_chat(FakeChat(-100300, "supergroup", "Plant forum", is_forum=True))
    ref = await sender.send(outbound(Reply("On it."), chat=forum.id, thread="77"))
    assert ref.thread_id == "77"
    assert fake.sent(forum.id)[0].thread_id == 77


async def test_long_answer_is_split_on_paragraphs_with_buttons_on_the_last_part(
    fake: FakeTelegram, sender: TelegramSender
) -> None:
    paragraphs = [f"Step {i}: " + ("tighten the terminal screws and measure again. " * 12) for i in range(1, 16)]
    reply = Reply("\n\n".join(paragraphs), citations=[Citation(1, "m.pdf", "Manual")], buttons=FEEDBACK)
    assert len(reply.text) > 2 * 4096
    ref = await sender.send(outbound(reply, reply_to=fake.user_says(TECH, "how?")["message"]["message_id"]))
    parts = fake.sent(TECH.id)
    assert len(parts) == len(render_parts(reply)) == 3
    assert all(p.text is not None and len(p.text) <= 4096 for p in parts)
    texts = [p.text or "" for p in parts]
    assert all(t.startswith("Step ") for t in texts)  # every part starts at a paragraph
    assert "\n\n".join(texts).count("Step ") == 15
    assert [bool(p.buttons) for p in parts] == [False, False, True]
    assert [p.reply_to is not None for p in parts] == [True, False, False]
    assert ref.message_id == str(parts[-1].message_id)  # the part holding the buttons
    assert texts[-1].endswith("<b>Sources:</b>\n[1] Manual")


async def test_html_refused_by_telegram_is_resent_as_plain_text(fake: FakeTelegram, sender: TelegramSender) -> None:
    fake.reject_html()
    reply = Reply("*Reset* the drive [1].", citations=[Citation(1, "m.pdf", "Manual")], buttons=FEEDBACK)
    ref = await sender.send(outbound(reply))
    [sent] = fake.sent(TECH.id)
    assert sent.parse_mode is None
    assert sent.text == "*Reset* the drive [1].\n\nSources:\n[1] Manual"
    assert sent.buttons and ref.message_id == str(sent.message_id)
    assert [c.params.get("parse_mode") for c in fake.calls_of("sendMessage")] == ["HTML", None]


async def test_callback_data_over_64_bytes_drops_that_button_only(fake: FakeTelegram, sender: TelegramSender) -> None:
    too_long = Button("More", "more:" + "x" * 60)
    await sender.send(outbound(Reply("Answer.", buttons=[FEEDBACK[0], too_long])))
    [sent] = fake.sent(TECH.id)
    assert sent.buttons == [("👍 Helpful", "fb:up:r1")]
    # ...because Telegram itself would refuse the whole message:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data=too_long.data)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await sender.bot.send_message(TECH.id, "x", reply_markup=markup)


async def test_flood_control_gives_retry_after_and_server_errors_are_retryable(
    fake: FakeTelegram, sender: TelegramSender
) -> None:
    fake.fail("sendMessage", status=429, retry_after=7)
    with pytest.raises(DeliveryError) as flood:
        await sender.send(outbound(Reply("hi")))
    assert (flood.value.retry_after_s, flood.value.permanent) == (7.0, False)

    fake.fail("sendMessage", status=502, times=2)
    for _ in range(2):
        with pytest.raises(DeliveryError) as server:
            await sender.send(outbound(Reply("hi")))
        assert not server.value.permanent and server.value.retry_after_s is None
    await sender.send(outbound(Reply("hi")))  # the third try goes through
    assert len(fake.sent(TECH.id)) == 1


async def test_blocked_bot_and_unknown_chat_are_permanent(fake: FakeTelegram, sender: TelegramSender) -> None:
    fake.block(TECH.id)
    with pytest.raises(DeliveryError) as blocked:
        await sender.send(outbound(Reply("hi")))
    assert blocked.value.permanent and "blocked" in blocked.value.reason
    with pytest.raises(DeliveryError) as gone:
        await sender.send(outbound(Reply("hi"), chat=-999))
    assert gone.value.permanent and "chat not found" in gone.value.reason.lower()


async def test_edit_replaces_the_text_and_buttons(fake: FakeTelegram, sender: TelegramSender) -> None:
    placeholder = await sender.send(outbound(Reply("Looking through the manuals…")))
    final = Reply("*Fuse F3* is on the left rail [1].", citations=[Citation(1, "m.pdf", "Manual")], buttons=FEEDBACK)
    ref = await sender.edit(placeholder, outbound(final))
    assert ref == placeholder
    [edit] = [s for s in fake.transcripts[TECH.id] if s.method == "editMessageText"]
    assert edit.message_id == int(placeholder.message_id) and edit.parse_mode == "HTML"
    assert fake.text_of(TECH.id, int(ref.message_id)) == edit.text
    assert edit.text is not None and edit.text.startswith("<b>Fuse F3</b>") and edit.buttons
    # The same edit again changes nothing: Telegram says "not modified", the sender says done.
    assert await sender.edit(placeholder, outbound(final)) == placeholder


async def test_edit_of_a_vanished_message_sends_the_answer_anew(fake: FakeTelegram, sender: TelegramSender) -> None:
    gone = SentRef("telegram", str(TECH.id), "99999")
    ref = await sender.edit(gone, outbound(Reply("Final answer.")))
    [sent] = fake.sent(TECH.id)
    assert ref.message_id == str(sent.message_id) and sent.text == "Final answer."
