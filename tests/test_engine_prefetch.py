"""Which messages have their question encoded before the chain runs (engine/prefetch.py): the ones
that will be searched as written, never channel chatter, commands or small talk."""

from __future__ import annotations

from typing import Any

import pytest

from engine.messages import Message
from engine.prefetch import MAX_PREFETCH_CHARS, question_prefetch, question_text


def msg(text: str, **extras: Any) -> Message:
    return Message(tenant_id="plant-a", platform="slack", chat_id="C1", user_id="U1", text=text, extras=extras)


def test_a_question_is_encoded_as_it_will_be_searched() -> None:
    assert question_text(msg("  hpu oil temp trip point on the hx-20?  ")) == "hpu oil temp trip point on the hx-20?"


NOT_SEARCHED_AS_WRITTEN = {
    "unaddressed": msg("anyone seen my gloves", addressed=False),  # chatter in a channel: not for the bot
    "command": msg("/status"),
    "blank": msg("   "),
    "too long": msg("x" * (MAX_PREFETCH_CHARS + 1)),  # refused as too long, never searched
    "refused file": msg("manual.pdf", document_refused="not a manual I can read"),
    "thanks": msg("thanks!"),
    "hello": msg("hi"),
    "ok": msg("ok"),
    "clarify": msg("what does that mean"),  # explained from the last answer, not searched
    "follow-up": msg("and the other one?"),  # its search query comes from the thread
}


@pytest.mark.parametrize("message", NOT_SEARCHED_AS_WRITTEN.values(), ids=NOT_SEARCHED_AS_WRITTEN.keys())
def test_messages_that_are_not_searched_as_written_are_not_encoded(message: Message) -> None:
    assert question_text(message) is None


def test_the_hook_starts_the_embedder_only_for_questions() -> None:
    started: list[str] = []

    class Remote:
        def prefetch_query(self, text: str) -> None:
            started.append(text)

    hook = question_prefetch(Remote())  # type: ignore[arg-type]
    assert hook is not None
    hook(msg("dryer dew point alarm on the ad-40 after a restart"))
    hook(msg("/help"))
    assert started == ["dryer dew point alarm on the ad-40 after a restart"]


def test_an_embedder_that_cannot_encode_ahead_gets_no_hook() -> None:
    class Plain:
        async def embed_query(self, text: str) -> None: ...

    assert question_prefetch(Plain()) is None  # type: ignore[arg-type]
