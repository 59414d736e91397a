"""`rivet simulate`: a scripted conversation through both fake platforms, printed as each platform shows it.

A demo and a smoke test in one. The real python-telegram-bot and slack-bolt code runs against the
fake Bot API and Web API servers on 127.0.0.1 (fakes/), through the same composition as `rivet run`:
a technician on Telegram and one on Slack ask, a question nobody documented goes to the Slack
expert channel, the expert's reply in the thread comes back to Telegram, an admin approves it as
knowledge (the /rivet commands' answers are ephemeral: only the admin sees them, shown as
"RIVET (ephemeral to ada)") and the bot then answers it itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from aiohttp import web
from loguru import logger

from rivet.errors import RivetError

TELEGRAM_TOKEN = "123456:SIMULATED-BOT-TOKEN-0123456789abcdef"
EXPERTS, FLOOR, ADMIN_DM = "C0EXPERTS", "C0FLOOR", "D0ADMIN"
ANN_ID = 5001  # the Telegram technician
UNDOCUMENTED = "zx900 welder wire feed speed for 1.0 mm wire?"


@dataclass(frozen=True)
class Line:
    """One message as its platform shows it (the --json output has these keys)."""

    platform: str
    chat: str
    thread: str | None
    sender: str
    text: str

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["from"] = data.pop("sender")
        return data


def shown(text: str) -> str:
    """What a person sees: Telegram renders the HTML, Slack unescapes &amp; &lt; &gt;."""
    return html.unescape(re.sub(r"</?(b|i|code|pre|a)( [^>]*)?>", "", text))


async def _until(check: Callable[[], bool], what: str, within_s: float = 90.0) -> None:
    """Poll until `check()` holds: answers on a busy 2-core machine take seconds, never minutes."""
    deadline = time.monotonic() + within_s
    while not check():
        if time.monotonic() > deadline:
            raise RivetError(f"simulate: no {what} within {within_s:g} s")
        await asyncio.sleep(0.05)


async def _serve(app: web.Application) -> tuple[web.AppRunner, int]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = int(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
    return runner, port


@dataclass
class Stage:
    """Both fake platforms with the real adapters wired to the engine, as `rivet run` wires them."""

    telegram: Any  # fakes.telegram.FakeTelegram
    slack: Any  # fakes.slack.FakeSlack
    events: Any  # fakes.slack.SlackEvents, posting to the bot's /slack/events
    tenant: str
    bots: Any


@contextlib.asynccontextmanager
async def fake_platforms(
    app: Any, *, manuals: list[Path] | None = None, settings: dict[str, str] | None = None
) -> AsyncIterator[Stage]:
    """Start the fakes, ingest `manuals` (default: the samples) for a new tenant, run the bots on them."""
    from bots.console import ensure_samples
    from bots.web import build_web_app
    from fakes.slack import SIGNING_SECRET, FakeSlack, SlackEvents
    from fakes.telegram import FakeTelegram
    from rivet.processes import build_bots, start_replay, stop_replay

    # A new workspace each run: the fake platforms number their updates from 1 again, and a
    # tenant's event ids are remembered (dedupe), so a rerun must not look like a redelivery.
    team = "TSIM" + uuid.uuid4().hex[:6].upper()
    async with FakeTelegram(token=TELEGRAM_TOKEN) as tg, FakeSlack(team_id=team) as sl:
        tenant = sl.team_id  # a Slack workspace is a tenant; the Telegram chats are mapped to it
        if manuals is None:
            await ensure_samples(app, tenant)
        else:
            await app.knowledge.ingest(manuals, tenant)
        for key, value in (settings or {}).items():
            await app.settings.set(key, value, tenant=tenant, updated_by="simulate")
        env = {
            "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
            "TELEGRAM_API_URL": tg.url,
            "SLACK_BOT_TOKEN": sl.token,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": sl.api_url,
        }
        app.config.default_tenant = tenant
        bots = build_bots(app, {"telegram", "slack"}, env)
        worker = app.engine.delivery(bots.senders, poll_s=0.2)
        delivering = asyncio.create_task(worker.run())
        replaying = start_replay(app)
        runner, port = await _serve(build_web_app(slack=bots.slack))
        events = SlackEvents(f"http://127.0.0.1:{port}/slack/events", team_id=team, fake=sl)
        await bots.telegram.start()
        try:
            yield Stage(tg, sl, events, tenant, bots)
        finally:
            await bots.telegram.stop()
            await bots.slack.aclose()
            await runner.cleanup()
            await stop_replay(app, replaying)
            await worker.stop(flush=True)
            delivering.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await delivering


async def simulate(app: Any, on_line: Callable[[Line], None], *, manuals: list[Path] | None = None) -> list[Line]:
    """Run the script; `on_line` sees each message as it is delivered. Returns the whole transcript.

    `manuals` (default: every sample manual) is what the simulated plant's knowledge base holds.
    """
    from fakes.telegram_people import FakeUser

    lines: list[Line] = []

    def emit(line: Line) -> None:
        lines.append(line)
        on_line(line)

    async with fake_platforms(app, manuals=manuals, settings={"escalation.channel": f"slack:{EXPERTS}",
                                  "admin.users": "slack:U0ADA", "ratelimit.user_burst": "20"}) as stage:  # fmt: skip
        tg, sl, events = stage.telegram, stage.slack, stage.events
        for uid, name in (("U0BOB", "bob"), ("U0DANA", "dana"), ("U0ADA", "ada")):
            sl.add_user(uid, name)
        sl.add_channel(FLOOR, "maintenance")
        sl.add_channel(EXPERTS, "rivet-experts")
        sl.add_channel(ADMIN_DM, "ada", is_im=True)
        ann = FakeUser(ANN_ID, "Ann", "ann_tech")
        seen_tg: dict[int, int] = {}
        seen_sl: dict[str, int] = {}

        def new_telegram(chat: int) -> list[Any]:
            sent = [s for s in tg.sent(chat) if s.method in ("sendMessage", "editMessageText")]
            fresh = sent[seen_tg.get(chat, 0) :]
            seen_tg[chat] = len(sent)
            return fresh

        def new_slack(channel: str) -> list[Any]:
            posted = [m for m in sl.transcripts.get(channel, []) if m.bot_id or m.user == sl.bot_user_id]
            fresh = posted[seen_sl.get(channel, 0) :]
            seen_sl[channel] = len(posted)
            return fresh

        def bot_count_tg(chat: int) -> int:
            return len([s for s in tg.sent(chat) if s.method in ("sendMessage", "editMessageText")])

        def bot_count_sl(channel: str) -> int:
            return len([m for m in sl.transcripts.get(channel, []) if m.bot_id or m.user == sl.bot_user_id])

        def flush(tg_chats: tuple[int, ...] = (), sl_channels: tuple[str, ...] = ()) -> None:
            for chat in tg_chats:
                for s in new_telegram(chat):
                    emit(
                        Line(
                            "telegram",
                            str(chat),
                            str(s.thread_id) if s.thread_id else None,
                            "RIVET",
                            shown(s.text or ""),
                        )
                    )
            for channel in sl_channels:
                for m in new_slack(channel):
                    emit(Line("slack", channel, m.thread_ts, "RIVET", shown(m.text)))

        async def telegram_says(text: str, expect: int = 1, **kw: Any) -> None:
            before = bot_count_tg(ANN_ID)
            emit(Line("telegram", str(ANN_ID), None, "Ann", text))
            tg.user_says(ann, text, **kw)
            await _until(lambda: bot_count_tg(ANN_ID) >= before + expect, f"Telegram reply to {text!r}")

        async def slack_posts(
            request: Any, who: str, text: str, channel: str, thread: str | None, wait: Awaitable[None]
        ) -> None:
            emit(Line("slack", channel, thread, who, text))
            result = await events.post(request)
            if result.status != 200:
                raise RivetError(f"simulate: Slack request refused with HTTP {result.status}: {result.body[:200]}")
            await wait

        # 1. A technician asks in Telegram; the answer comes with its sources and feedback buttons.
        await telegram_says("kd400 tripping OC2 on decel, what do i check")
        flush((ANN_ID,))
        # 2. Another asks in Slack, mentioning the bot in #maintenance; the answer goes in the thread.
        q = "<@BOT> what is the default acceleration time on the KD-400?"
        before = bot_count_sl(FLOOR)
        request = events.app_mention(q, user="U0BOB", channel=FLOOR)
        answered = _until(lambda: bot_count_sl(FLOOR) > before, "Slack answer")
        await slack_posts(request, "bob", q.replace("<@BOT> ", ""), FLOOR, None, answered)
        flush(sl_channels=(FLOOR,))
        # 3. A question no manual answers: Ann is told, the Slack expert channel gets the ticket.
        before_experts = bot_count_sl(EXPERTS)
        await telegram_says(UNDOCUMENTED)
        await _until(lambda: bot_count_sl(EXPERTS) > before_experts, "expert post in Slack")
        flush((ANN_ID,), (EXPERTS,))
        post = [m for m in sl.transcripts[EXPERTS] if m.user == sl.bot_user_id or m.bot_id][-1]
        # 4. The expert answers in the post's thread; the answer reaches Ann in Telegram.
        answer = "Set 7.5 m/min for 1.0 mm wire on the ZX-900 (parameter WF-2 on the front panel)."
        before_ann = bot_count_tg(ANN_ID)
        reply = {"type": "message", "channel_type": "channel", "user": "U0DANA", "text": answer,
                 "ts": sl.next_ts(), "thread_ts": post.ts, "channel": EXPERTS}  # fmt: skip
        sl.record_user_message(EXPERTS, reply["ts"], answer, "U0DANA", post.ts)
        request = events.envelope(reply)
        relayed = _until(lambda: bot_count_tg(ANN_ID) > before_ann, "relayed answer in Telegram")
        await slack_posts(request, "dana", answer, EXPERTS, post.ts, relayed)
        await _until(lambda: bot_count_sl(EXPERTS) > before_experts + 1, "confirmation to the expert")
        flush((ANN_ID,), (EXPERTS,))
        # 5. Ann presses "Solved": the thread is the bot's again (until then her follow-ups go to Dana).
        answer_msg = [m for m in tg.sent(ANN_ID) if m.method == "sendMessage" and m.buttons][-1]
        label, data = answer_msg.buttons[0]
        emit(Line("telegram", str(ANN_ID), None, "Ann", f"[presses {label}]"))
        before_ann = bot_count_tg(ANN_ID)
        tg.user_presses(ann, ANN_ID, answer_msg.message_id or 0, data)
        await _until(lambda: bot_count_tg(ANN_ID) > before_ann, "the thread handed back")
        await _until(lambda: bot_count_sl(EXPERTS) > before_experts + 2, "the resolve note to the experts")
        flush((ANN_ID,), (EXPERTS,))
        # 6. The admin checks the status and approves the expert's answer as knowledge.
        ack = [m.text for m in sl.transcripts[EXPERTS] if "knowledge draft #" in m.text][-1]
        draft = re.search(r"knowledge draft #(\d+)", ack)
        # A slash command's answer is ephemeral: only ada sees it, sent through the command's response_url.
        for command in ("status", "kb pending", f"kb approve {draft.group(1) if draft else '?'}"):
            before = len(sl.ephemerals_to("U0ADA", ADMIN_DM))
            request = events.slash(command, user="U0ADA", channel=ADMIN_DM, user_name="ada")
            done = _until(lambda b=before: len(sl.ephemerals_to("U0ADA", ADMIN_DM)) > b, f"/rivet {command}")  # type: ignore[misc]
            await slack_posts(request, "ada", f"/rivet {command}", ADMIN_DM, None, done)
            for eph in sl.ephemerals_to("U0ADA", ADMIN_DM)[before:]:
                emit(Line("slack", ADMIN_DM, None, "RIVET (ephemeral to ada)", shown(eph["text"])))
        # 7. The same question again: now the bot answers it, citing the expert.
        await telegram_says("what wire feed speed for 1.0 mm wire on the zx900 welder")
        flush((ANN_ID,))
    logger.info("simulate: {} platform messages", len(lines))
    return lines
