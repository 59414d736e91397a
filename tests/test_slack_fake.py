"""fakes/slack: the fake answers like Slack, so the sender and adapter tests mean something."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bots.slack_files import FileDownloader, RejectedFile, check_document
from bots.slack_translate import command_text, is_ignored, strip_mention
from fakes.slack import BOT_TOKEN, BOT_USER_ID, FakeSlack


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    async with FakeSlack() as slack:
        yield slack


@pytest.fixture
def client(fake: FakeSlack) -> AsyncWebClient:
    return AsyncWebClient(token=BOT_TOKEN, base_url=fake.api_url)


async def test_auth_test_and_users_info(fake: FakeSlack, client: AsyncWebClient) -> None:
    fake.add_user("U1", "ana")
    assert (await client.auth_test())["user_id"] == BOT_USER_ID
    assert (await client.users_info(user="U1"))["user"]["name"] == "ana"
    with pytest.raises(SlackApiError) as caught:
        await client.users_info(user="U404")
    assert caught.value.response["error"] == "user_not_found"


async def test_unknown_methods_and_bad_tokens_answer_like_slack(fake: FakeSlack, client: AsyncWebClient) -> None:
    with pytest.raises(SlackApiError) as caught:
        await client.api_call("nope.nothing")
    assert caught.value.response["error"] == "unknown_method"
    with pytest.raises(SlackApiError) as caught:
        await AsyncWebClient(token="xoxb-wrong", base_url=fake.api_url).auth_test()
    assert caught.value.response["error"] == "invalid_auth"


async def test_fail_n_times_then_succeed(fake: FakeSlack, client: AsyncWebClient) -> None:
    fake.fail("chat.postMessage", "channel_not_found", times=2)
    for _ in range(2):
        with pytest.raises(SlackApiError):
            await client.chat_postMessage(channel="C1", text="hi")
    await client.chat_postMessage(channel="C1", text="hi")
    assert [m.text for m in fake.transcripts["C1"]] == ["hi"]
    assert len(fake.calls_to("chat.postMessage")) == 3


async def test_threads_ephemerals_and_invalid_blocks(fake: FakeSlack, client: AsyncWebClient) -> None:
    fake.record_user_message("C1", "10.000001", "question", "U1")
    await client.chat_postMessage(channel="C1", text="answer", thread_ts="10.000001")
    replies = await client.conversations_replies(channel="C1", ts="10.000001")
    assert [m["text"] for m in replies["messages"]] == ["question", "answer"]
    await client.chat_postEphemeral(channel="C1", user="U1", text="only you")
    assert fake.ephemerals[0]["text"] == "only you"
    too_long = [{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}]
    with pytest.raises(SlackApiError) as caught:
        await client.chat_postMessage(channel="C1", text="x", blocks=too_long)
    assert caught.value.response["error"] == "invalid_blocks"


def test_command_text_and_mentions() -> None:
    assert command_text("Status") == "/status"
    assert command_text("/kb pending") == "/kb pending"
    assert command_text("answer 12 replace the fuse") == "/answer 12 replace the fuse"
    assert command_text("resolve 12") == "/resolve 12"
    assert command_text("why does it trip") == "why does it trip"
    assert strip_mention("<@UBOT> hi", "UBOT") == "hi"
    assert strip_mention("<@UX> hi", None) == "hi"


def test_ignored_events() -> None:
    assert not is_ignored({"user": "U1", "text": "q"}, "UBOT")
    assert not is_ignored({"user": "U1", "subtype": "file_share"}, "UBOT")
    assert is_ignored({"user": "UBOT", "text": "ours"}, "UBOT")
    assert is_ignored({"bot_id": "B1", "user": "U1"}, "UBOT")
    assert is_ignored({"subtype": "channel_join", "user": "U1"}, "UBOT")


async def test_the_bot_token_goes_only_to_slack_file_hosts(fake: FakeSlack, tmp_path: Path) -> None:
    info = fake.add_file("F1", "guide.md", b"# guide")
    downloader = FileDownloader(BOT_TOKEN, api_url=fake.api_url)
    assert (await downloader.download(info, tmp_path)).read_bytes() == b"# guide"

    elsewhere = {**info, "url_private_download": "https://evil.example/steal", "url_private": None}
    with pytest.raises(RejectedFile, match="not on a Slack file host"):
        await downloader.download(elsewhere, tmp_path)
    with pytest.raises(RejectedFile, match="HTTP 302"):  # a wrong token gets Slack's login redirect
        await FileDownloader("xoxb-wrong", api_url=fake.api_url).download(info, tmp_path)


async def test_size_and_type_are_checked_before_and_during_download(fake: FakeSlack, tmp_path: Path) -> None:
    with pytest.raises(RejectedFile, match="only"):
        check_document({"name": "setup.exe", "size": 10})
    big = fake.add_file("F2", "big.txt", b"x" * 2048, mimetype="text/plain")
    with pytest.raises(RejectedFile, match="at most 1024"):
        await FileDownloader(BOT_TOKEN, api_url=fake.api_url, max_bytes=1024).download(big, tmp_path)
    lying = {**big, "size": 10}  # files.info understated the size: the stream is cut off anyway
    with pytest.raises(RejectedFile, match="larger than 1024"):
        await FileDownloader(BOT_TOKEN, api_url=fake.api_url, max_bytes=1024).download(lying, tmp_path)
    assert check_document({"name": "../../etc/Pump Manual.PDF"}) == "Pump_Manual.PDF"
