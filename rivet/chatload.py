"""Many technicians at once on both platforms, through the real adapters and the fake servers.

`rivet bench chat` reports throughput and latency from it; the load scenario test checks the
promise under load: every message answered exactly once, in the right chat, none silent. Each
simulated technician behaves like a person: asks, waits for the answer, asks the next question.

A question that has to wait for an answering slot first gets a notice ("On it — N questions ahead
of yours.") that the answer then replaces (Telegram editMessageText, Slack chat.update): the
notice counts as the first visible response, the edit as the answer, and a notice that is never
replaced (or replaced twice) is a broken promise.
"""

from __future__ import annotations

import asyncio
import resource
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.queue_notice import NOTICE_PREFIX
from rivet.simulate import fake_platforms

# Questions a shift might ask about the sample drives, plus small talk (answered without a manual).
QUESTIONS = (
    "kd400 tripping OC2 on decel, what do i check",
    "what is the default acceleration time on the KD-400?",
    "hi",
    "kd400 shows OC3 at constant speed",
    "which parameter sets the decel time on the kd400",
)


@dataclass
class ChatLoadResult:
    """What a load run measured; `problems` lists every broken promise (empty when all held)."""

    technicians: int
    messages: int
    seconds: float
    first_visible_ms: list[float] = field(default_factory=list)
    answer_ms: list[float] = field(default_factory=list)
    errors: int = 0
    notices: int = 0  # questions told they were queued before their answer replaced the notice
    problems: list[str] = field(default_factory=list)
    peak_rss_mb: float = 0.0

    def summary(self) -> dict[str, Any]:
        def pct(values: list[float], q: float) -> float:
            if not values:
                return 0.0
            ordered = sorted(values)
            return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)

        return {
            "technicians": self.technicians,
            "messages": self.messages,
            "seconds": round(self.seconds, 2),
            "messages_per_s": round(self.messages / self.seconds, 2) if self.seconds else 0.0,
            "notices": self.notices,
            "first_visible_p50_ms": pct(self.first_visible_ms, 0.5),
            "first_visible_p95_ms": pct(self.first_visible_ms, 0.95),
            "answer_p50_ms": pct(self.answer_ms, 0.5),
            "answer_p95_ms": pct(self.answer_ms, 0.95),
            "answer_mean_ms": round(statistics.fmean(self.answer_ms), 1) if self.answer_ms else 0.0,
            "errors": self.errors,
            "problems": len(self.problems),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
        }


async def _wait(check: Any, within_s: float) -> bool:
    deadline = time.monotonic() + within_s
    while not check():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


async def chat_load(
    app: Any,
    *,
    technicians: int = 100,
    messages_each: int = 5,
    manuals: list[Path] | None = None,
    within_s: float = 300.0,
) -> ChatLoadResult:
    """Half the technicians in Telegram private chats, half in Slack DMs, all at once."""
    from fakes.telegram_people import FakeUser

    settings = {  # the load is the point: the tenant-wide limit would refuse a plant's whole shift
        "ratelimit.tenant_burst": "100000",
        "ratelimit.tenant_per_minute": "1000000",
        "ratelimit.user_burst": "50",
    }
    result = ChatLoadResult(technicians, technicians * messages_each, 0.0)
    async with fake_platforms(app, manuals=manuals, settings=settings) as stage:
        tg, sl, events = stage.telegram, stage.slack, stage.events

        def is_notice(text: str | None) -> bool:
            return (text or "").startswith(NOTICE_PREFIX)

        def tg_answer(chat: int, asked_id: int) -> tuple[Any, Any] | None:
            """(first visible, answer) for one question: the answer is a message replying to it, or
            the edit of the notice that replied to it; typing counts as visible, like a notice."""
            said = tg.transcripts[chat]
            replies = [s for s in said if s.method == "sendMessage" and s.reply_to == asked_id]
            if not replies:
                return None
            answer = replies[0]
            if is_notice(answer.text):
                edits = [s for s in said if s.method == "editMessageText" and s.message_id == answer.message_id]
                if not edits:
                    return None
                answer = edits[0]
            return replies[0], answer

        def tg_first_visible(chat: int) -> list[float]:  # a notice or an answer, or "typing" while it waits
            return [s.at for s in tg.transcripts[chat] if s.method in ("sendMessage", "sendChatAction")]

        def sl_bot_messages(channel: str) -> list[Any]:
            return [m for m in sl.transcripts.get(channel, []) if m.bot_id or m.user == sl.bot_user_id]

        async def telegram_tech(i: int) -> None:
            user = FakeUser(70_000 + i, f"Tech{i}", f"tech{i}")
            for k in range(messages_each):
                text = QUESTIONS[(i + k) % len(QUESTIONS)]
                seen_before = len(tg_first_visible(user.id))
                sent_at = time.monotonic()  # the fake stamps what the bot does with time.monotonic()
                update = tg.user_says(user, text)
                asked_id = update["message"]["message_id"]
                if not await _wait(lambda q=asked_id: tg_answer(user.id, q) is not None, within_s):
                    result.problems.append(f"telegram tech{i}: no answer to {text!r}")
                    return
                found = tg_answer(user.id, asked_id)
                assert found is not None  # the wait above saw it; nothing removes a message
                first, answer = found
                visible = min(tg_first_visible(user.id)[seen_before], first.at)
                result.first_visible_ms.append((visible - sent_at) * 1000)
                result.answer_ms.append((answer.at - sent_at) * 1000)
                result.notices += answer is not first
                if "Sorry" in (answer.text or ""):
                    result.errors += 1

        async def slack_tech(i: int) -> None:
            user, channel = f"U7{i:05d}", f"D7{i:05d}"
            sl.add_user(user, f"tech{i}")
            sl.add_channel(channel, f"tech{i}", is_im=True)
            for k in range(messages_each):
                text = QUESTIONS[(i + k) % len(QUESTIONS)]
                before = len(sl_bot_messages(channel))
                sent_at = time.monotonic()
                posted = await events.post(events.im(text, user=user, channel=channel))
                if posted.status != 200:
                    result.problems.append(f"slack tech{i}: HTTP {posted.status} for {text!r}")
                    return
                # A bot cannot show "typing" in Slack: the first visible response is a notice or the answer.
                if not await _wait(lambda n=before: len(sl_bot_messages(channel)) > n, within_s):
                    result.problems.append(f"slack tech{i}: no answer to {text!r}")
                    return
                result.first_visible_ms.append((time.monotonic() - sent_at) * 1000)
                mine = sl_bot_messages(channel)[before]
                if not await _wait(lambda m=mine: not is_notice(m.text), within_s):
                    result.problems.append(f"slack tech{i}: the notice for {text!r} was never replaced")
                    return
                result.answer_ms.append((time.monotonic() - sent_at) * 1000)
                result.notices += mine.edits > 0
                if "Sorry" in mine.text:
                    result.errors += 1

        started = time.monotonic()
        await asyncio.gather(*(telegram_tech(i) if i % 2 == 0 else slack_tech(i) for i in range(technicians)))
        result.seconds = time.monotonic() - started
        await asyncio.sleep(0.5)  # a duplicate would arrive after the answer it repeats
        for i in range(technicians):
            if i % 2 == 0:
                said = tg.transcripts[70_000 + i]
                sent = [s for s in said if s.method == "sendMessage"]
                notices = {s.message_id for s in sent if is_notice(s.text)}
                edits = [s.message_id for s in said if s.method == "editMessageText" and s.message_id in notices]
                got = len(sent) - len(notices) + len(edits)
                if len(set(edits)) != len(notices):
                    result.problems.append(f"technician {i}: {len(notices - set(edits))} notices never replaced")
            else:
                posted = sl_bot_messages(f"D7{i:05d}")
                got = len(posted) + sum(max(0, m.edits - 1) for m in posted)  # a second edit is a second answer
                if any(is_notice(m.text) for m in posted):
                    result.problems.append(f"technician {i}: a notice was never replaced")
            if got != messages_each:
                result.problems.append(f"technician {i}: {got} answers to {messages_each} messages")
    result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result
