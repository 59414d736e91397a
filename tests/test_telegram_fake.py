"""The fake Bot API refuses what Telegram refuses, so the bot's fallbacks meet the real errors."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import BadRequest, InvalidToken, NetworkError

from fakes.telegram import FakeTelegram, FakeUser
from fakes.telegram_validation import BadRequest as FakeBadRequest
from fakes.telegram_validation import visible_text

TECH = FakeUser(1001, "Dana", "dana_tech")


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        server.private_chat(TECH)
        yield server


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url) as bot:
        yield bot


async def test_unknown_methods_and_wrong_tokens_are_refused(fake: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="not found"):
        await bot.do_api_request("sendHologram", {"chat_id": TECH.id})
    assert fake.calls[-1].method == "sendHologram" and fake.calls[-1].status == 400
    with pytest.raises(InvalidToken):
        async with Bot("999:WRONG", base_url=fake.base_url):  # getMe on entry
            pass


async def test_text_length_parse_mode_and_html_are_checked(bot: Bot) -> None:
    await bot.send_message(TECH.id, "x" * 4096)
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(TECH.id, "x" * 4097)
    # Length counts what the user sees, not the tags.
    await bot.send_message(TECH.id, "<b>" + "x" * 4090 + "</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)unsupported parse_mode"):
        await bot.send_message(TECH.id, "hi", parse_mode="BBCode")
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(TECH.id, "a < b", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)empty"):
        await bot.send_message(TECH.id, "   ")


def test_html_rules() -> None:
    assert visible_text("<b>1 &lt; 2</b> &amp; <code>x</code>", "HTML") == "1 x 2 x x"
    for bad in ("<b>open", "<div>x</div>", "<b><i>x</b></i>", "&nbsp;", "x </b>"):
        with pytest.raises(FakeBadRequest, match="can't parse entities"):
            visible_text(bad, "HTML")


async def test_injected_failures_run_out(fake: FakeTelegram, bot: Bot) -> None:
    fake.fail("sendMessage", status=500, times=2)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.send_message(TECH.id, "hi")
    await bot.send_message(TECH.id, "hi")
    assert [c.status for c in fake.calls_of("sendMessage")] == [500, 500, 200]


async def test_long_polling_waits_for_an_update_and_confirms_offsets(fake: FakeTelegram, bot: Bot) -> None:
    assert await bot.get_updates(timeout=0) == ()
    fake.user_says(TECH, "one")
    fake.user_says(TECH, "two")
    first = await bot.get_updates(timeout=1)
    assert [u.message.text for u in first if u.message] == ["one", "two"]
    again = await bot.get_updates(offset=first[-1].update_id + 1, timeout=0)
    assert again == () and fake.pending_updates() == 0
