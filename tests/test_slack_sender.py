"""SlackSender: Reply -> Block Kit through the real slack_sdk client against the fake Web API."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bots.slack_sender import SlackSender, render_blocks, split_text
from engine.messages import Button, Citation, Reply
from engine.outbound import DeliveryError, Destination, Outbound, Sender, SentRef
from fakes.slack import BOT_TOKEN, FakeSlack


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    async with FakeSlack() as slack:
        yield slack


@pytest.fixture
def sender(fake: FakeSlack) -> SlackSender:
    return SlackSender(AsyncWebClient(token=BOT_TOKEN, base_url=fake.api_url))


def outbound(reply: Reply, *, chat: str = "C0PLANT", thread: str | None = "1700000000.000100") -> Outbound:
    return Outbound("T0RIVET", Destination("slack", chat, thread), reply, idempotency_key=f"k-{reply.id}")


def answer() -> Reply:
    return Reply(
        "Check *accel time* first [1]; then `F0007` <overcurrent> & the motor cable [2].",
        citations=[
            Citation(1, "kd400.pdf", "KD400 manual", heading="Faults", page=42),
            Citation(2, "cables.md", "Cable guide"),
        ],
        buttons=[Button("Helpful", "fb:up:r1"), Button("Not helpful", "fb:down:r1")],
    )


def test_sender_satisfies_the_protocol(sender: SlackSender) -> None:
    assert isinstance(sender, Sender)
    assert sender.platform == "slack"


async def test_reply_becomes_block_kit_in_the_thread(fake: FakeSlack, sender: SlackSender) -> None:
    ref = await sender.send(outbound(answer()))

    [call] = fake.calls_to("chat.postMessage")
    assert call.args["channel"] == "C0PLANT"
    assert call.args["thread_ts"] == "1700000000.000100"
    section, context, actions = call.args["blocks"]
    assert section["type"] == "section" and section["text"]["type"] == "mrkdwn"
    assert section["text"]["text"] == (
        "Check *accel time* first [1]; then `F0007` &lt;overcurrent&gt; &amp; the motor cable [2]."
    )
    assert context["type"] == "context"
    assert context["elements"][0]["text"] == "[1] KD400 manual &gt; Faults, p. 42\n[2] Cable guide"
    assert actions["type"] == "actions"
    assert [e["value"] for e in actions["elements"]] == ["fb:up:r1", "fb:down:r1"]
    assert [e["text"]["text"] for e in actions["elements"]] == ["Helpful", "Not helpful"]
    assert len({e["action_id"] for e in actions["elements"]}) == 2
    assert "Check *accel time*" in call.args["text"] and "Sources:" in call.args["text"]  # plain fallback
    [posted] = fake.transcripts["C0PLANT"]
    assert ref == SentRef("slack", "C0PLANT", posted.ts, "1700000000.000100")
    assert posted.thread_ts == "1700000000.000100"


async def test_no_thread_means_the_channel_main_line(fake: FakeSlack, sender: SlackSender) -> None:
    await sender.send(outbound(Reply("hello"), chat="D0TECH", thread=None))
    [call] = fake.calls_to("chat.postMessage")
    assert "thread_ts" not in call.args
    assert [b["type"] for b in call.args["blocks"]] == ["section"]


async def test_long_text_is_split_into_sections_slack_accepts(fake: FakeSlack, sender: SlackSender) -> None:
    paragraphs = [f"Step {i}: " + "check the wiring & the <terminal> torque. " * 20 for i in range(12)]
    text = "\n\n".join(paragraphs)  # about 10,000 chars
    await sender.send(outbound(Reply(text)))

    blocks = fake.transcripts["C0PLANT"][0].blocks  # the fake enforces Slack's limits: it was accepted
    sections = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    assert len(sections) >= 4
    assert all(len(s) <= 3000 for s in sections)
    assert "".join(sections).replace("\n", "").replace(" ", "") == (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "").replace(" ", "")
    )


async def test_a_huge_answer_is_truncated_to_fifty_blocks(fake: FakeSlack, sender: SlackSender) -> None:
    reply = Reply("word " * 40_000, citations=[Citation(1, "a", "A")], buttons=[Button("ok", "fb:up:x")])
    await sender.send(outbound(reply))

    blocks = fake.transcripts["C0PLANT"][0].blocks
    assert len(blocks) == 50
    assert blocks[-3]["text"]["text"].endswith("(answer truncated)")
    assert [b["type"] for b in blocks[-2:]] == ["context", "actions"]


def test_split_never_cuts_an_entity() -> None:
    text = "a" * 2998 + "&amp;" + "b" * 10
    chunks = split_text(text)
    assert chunks == ["a" * 2998, "&amp;" + "b" * 10]


def test_many_buttons_go_in_several_actions_blocks_with_unique_ids() -> None:
    reply = Reply("pick one", buttons=[Button(f"option {i}", f"pick:{i}") for i in range(30)])
    actions = [b for b in render_blocks(reply) if b["type"] == "actions"]
    assert [len(a["elements"]) for a in actions] == [25, 5]
    ids = [e["action_id"] for a in actions for e in a["elements"]]
    assert len(set(ids)) == 30


async def test_rate_limit_becomes_a_retryable_delivery_error_with_retry_after(
    fake: FakeSlack, sender: SlackSender
) -> None:
    fake.rate_limit("chat.postMessage", retry_after_s=7)
    with pytest.raises(DeliveryError) as caught:
        await sender.send(outbound(answer()))
    assert caught.value.retry_after_s == 7.0
    assert caught.value.permanent is False
    await sender.send(outbound(answer()))  # the next attempt goes through
    assert len(fake.transcripts["C0PLANT"]) == 1


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "is_archived"])
async def test_a_gone_channel_is_a_permanent_failure(fake: FakeSlack, sender: SlackSender, error: str) -> None:
    fake.fail("chat.postMessage", error)
    with pytest.raises(DeliveryError) as caught:
        await sender.send(outbound(answer()))
    assert caught.value.permanent is True
    assert error in caught.value.reason


async def test_server_errors_are_retryable(fake: FakeSlack, sender: SlackSender) -> None:
    fake.server_error("chat.postMessage", status=503)
    with pytest.raises(DeliveryError) as caught:
        await sender.send(outbound(answer()))
    assert caught.value.permanent is False
    assert caught.value.retry_after_s is None


async def test_an_unreachable_api_is_a_retryable_delivery_error() -> None:
    async with FakeSlack() as gone:
        url = gone.api_url
    sender = SlackSender(AsyncWebClient(token=BOT_TOKEN, base_url=url))
    with pytest.raises(DeliveryError) as caught:
        await sender.send(outbound(answer()))
    assert caught.value.permanent is False


async def test_edit_is_chat_update_of_the_sent_message(fake: FakeSlack, sender: SlackSender) -> None:
    ref = await sender.send(outbound(Reply("Looking it up...")))
    edited = await sender.edit(ref, outbound(answer()))

    [call] = fake.calls_to("chat.update")
    assert (call.args["channel"], call.args["ts"]) == ("C0PLANT", ref.message_id)
    assert edited == ref
    [posted] = fake.transcripts["C0PLANT"]
    assert posted.edits == 1
    assert [b["type"] for b in posted.blocks] == ["section", "context", "actions"]


async def test_a_button_value_slack_cannot_carry_fails_permanently_without_a_call(
    fake: FakeSlack, sender: SlackSender
) -> None:
    with pytest.raises(DeliveryError) as caught:
        await sender.send(outbound(Reply("x", buttons=[Button("big", "d" * 2001)])))
    assert caught.value.permanent is True
    assert fake.calls == []


def private(reply: Reply, fake: FakeSlack, *, user: str = "U0TECH", chat: str = "C0PLANT") -> Outbound:
    """A slash command's reply: only `user` sees it, through the response_url the fake handed out."""
    dest = Destination("slack", chat, None, private_to=user, response_url=fake.response_url(chat, user))
    return Outbound("T0RIVET", dest, reply, idempotency_key=f"k-{reply.id}")


async def test_a_private_reply_goes_ephemeral_through_the_response_url(fake: FakeSlack, sender: SlackSender) -> None:
    ref = await sender.send(private(answer(), fake))

    [hook_call] = fake.hook_calls
    assert (hook_call.status, hook_call.payload["response_type"]) == (200, "ephemeral")
    [shown] = fake.ephemerals_to("U0TECH", "C0PLANT")
    assert shown["via"] == "response_url" and "accel time" in shown["text"]
    assert [b["type"] for b in shown["blocks"]] == ["section", "context", "actions"]
    assert fake.transcripts == {} and not fake.calls_to("chat.postMessage")  # nothing in the channel
    assert ref.message_id == "ephemeral:U0TECH"


@pytest.mark.parametrize("spoil", ["expired", "used", "server_error"])
async def test_a_spent_response_url_falls_back_to_chat_post_ephemeral(
    fake: FakeSlack, sender: SlackSender, spoil: str
) -> None:
    reply = private(Reply("Sorry, /status is for admins only."), fake)
    if spoil == "expired":
        fake.expire_response_urls()
    elif spoil == "used":  # five earlier replies through the same URL used it up
        for n in range(5):
            await sender.send(Outbound("T0RIVET", reply.destination, Reply(f"part {n}"), idempotency_key=f"p{n}"))
        assert [c.status for c in fake.hook_calls] == [200] * 5
        fake.ephemerals.clear()
    else:
        fake.fail("response_url", "internal_error", status=500)

    await sender.send(reply)

    assert fake.hook_calls[-1].status != 200
    [call] = fake.calls_to("chat.postEphemeral")
    assert (call.args["channel"], call.args["user"]) == ("C0PLANT", "U0TECH")
    [shown] = fake.ephemerals_to("U0TECH")
    assert shown["via"] == "chat.postEphemeral" and shown["text"] == "Sorry, /status is for admins only."
    assert not fake.calls_to("chat.postMessage")


async def test_when_both_ways_fail_the_delivery_error_says_so(fake: FakeSlack, sender: SlackSender) -> None:
    fake.expire_response_urls()
    reply = private(Reply("status"), fake)
    fake.expire_response_urls()
    fake.fail("chat.postEphemeral", "user_not_in_channel")
    with pytest.raises(DeliveryError) as caught:
        await sender.send(reply)
    assert "chat.postEphemeral: user_not_in_channel" in caught.value.reason
