"""The bot while its database is away: real PostgreSQL servers (tests/pg_cluster.py) stopped and
started under a running app, python-telegram-bot against the fake Bot API, the real embedding model.

One server of two stops mid-conversation and the standby takes over: the bot keeps answering.
Every server stops: the technician is told the question is saved, once, and the answer arrives in
the same chat when a server is back, exactly once, even across a restart of the bot process.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from sqlalchemy import text

from engine.messages import Message
from engine.outage import EARLIER, NOT_SAVED, NOTICE
from fakes.senders import RecordingSender
from fakes.telegram_people import FakeUser
from knowledge.base import SAMPLES_DIR
from knowledge.embedder import LocalEmbedder
from rivet.app import App, build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.processes import start_replay, stop_replay
from rivet.simulate import fake_platforms, shown
from tests.pg_cluster import cluster, template_pgdata
from tests.waiting import until

__all__ = ["template_pgdata"]  # the module-scoped fixture the tests below request by name

MANUAL = SAMPLES_DIR / "manuals" / "kinetadrive-kd400-fault-codes.md"
ANN = FakeUser(5001, "Ann", "ann_tech")


@contextlib.asynccontextmanager
async def app_on(config: BootstrapConfig, urls: str, embedder: LocalEmbedder) -> AsyncIterator[App]:
    """An app on these servers (migrated on the primary), no reranker (none loads offline), fast replay checks."""
    app = await build_app(config, db=Database(url=urls), embedder=embedder)
    try:
        await app.settings.set("reranker.backend", "none")
        await app.settings.set("spool.replay_s", "0.2")
        yield app
    finally:
        await app.close()


async def outbox_rows(db: Database, chat: str) -> list[Any]:
    async with db.connect() as conn:
        return list(
            (
                await conn.execute(
                    text("SELECT idempotency_key, status, payload FROM outbox WHERE chat_id = :c ORDER BY id"),
                    {"c": chat},
                )
            ).all()
        )


async def all_sent(db: Database, chat: str, n: int, within_s: float = 60.0) -> list[Any]:
    """The chat's n outbox rows once every one is marked sent (that mark follows the platform's answer)."""
    deadline = time.monotonic() + within_s
    while True:
        rows = await outbox_rows(db, chat)
        if len(rows) >= n and all(r.status == "sent" for r in rows):
            return rows
        assert time.monotonic() < deadline, f"outbox rows of {chat}: {[(r.idempotency_key, r.status) for r in rows]}"
        await asyncio.sleep(0.05)


def pg_root(tmp_path: Path) -> Path:
    """The servers' own folder, apart from the app's data directory (config.data_dir)."""
    root = tmp_path / "pg"
    root.mkdir()
    return root


async def test_the_bot_keeps_answering_when_the_server_in_use_stops_and_its_standby_is_promoted(
    tmp_path: Path, template_pgdata: Path, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    # Synchronous replication: every answer the primary committed is on the standby too.
    with cluster(pg_root(tmp_path), template_pgdata, synchronous=True) as (a, b):
        async with (
            app_on(config, f"{a.url},{b.url}", local_embedder) as app,
            fake_platforms(app, manuals=[MANUAL]) as stage,
        ):
            tg = stage.telegram
            tg.user_says(ANN, "kd400 display flashes OC2 when the conveyor slows, causes?")
            await until(lambda: tg.sent(ANN.id), "the first answer")
            await all_sent(app.db, str(ANN.id), 1)  # stopped between send and mark, it would be re-sent

            a.stop("immediate")  # the server every request used so far
            b.promote()
            before = len(tg.sent(ANN.id))
            tg.user_says(ANN, "kd-400: where do i read the last five trips?")
            await until(lambda: len(tg.sent(ANN.id)) > before, "the answer after the failover")

            assert not any(NOTICE in (s.text or "") for s in tg.sent(ANN.id))  # a server could take it: no outage
            assert [(s.role, s.writes) for s in await app.db.servers()] == [("down", False), ("primary", True)]
            rows = await all_sent(app.db, str(ANN.id), 2)
            assert len(rows) == 2  # both on b now: the first came by replication


async def test_with_no_server_the_question_is_saved_and_answered_once_in_the_same_chat_when_one_returns(
    tmp_path: Path, template_pgdata: Path, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    with cluster(pg_root(tmp_path), template_pgdata) as (a, b):
        async with app_on(config, f"{a.url},{b.url}", local_embedder) as app:
            spool = app.engine.outage.spool if app.engine.outage else None
            assert spool is not None
            async with fake_platforms(app, manuals=[MANUAL]) as stage:
                tg = stage.telegram

                def notices() -> list[Any]:
                    return [s for s in tg.sent(ANN.id) if shown(s.text or "") == NOTICE]

                def answers() -> list[Any]:  # a long answer may come in parts: its first part says which question
                    return [s for s in tg.sent(ANN.id) if shown(s.text or "").startswith(EARLIER)]

                tg.user_says(ANN, "kd400 shows OC2 on slowdown, what do i look at?")
                await until(lambda: tg.sent(ANN.id), "the answer while the database is up")
                await all_sent(app.db, str(ANN.id), 1)

                b.stop("fast")
                a.stop("fast")
                asked = ["kd-400 what does P9.06 hold after a trip?", "and how do I reset the fault from the keypad?"]
                update = tg.user_says(ANN, asked[0])
                await until(lambda: len(notices()) >= 1, "the saved-for-later notice")
                second = tg.user_says(ANN, asked[1])
                await until(lambda: len(notices()) >= 2, "the second notice")
                questions = [update["message"]["message_id"], second["message"]["message_id"]]
                assert [n.reply_to for n in notices()] == questions  # each under the question it is about
                assert len(spool.pending()) == 2
                sent_while_down = len(tg.sent(ANN.id))

                # Telegram delivers the first update again while the database is still down.
                await stage.bots.telegram.process(update)
                assert len(tg.sent(ANN.id)) == sent_while_down  # no second notice
                assert len(spool.pending()) == 2  # and no second copy

                a.start()  # b stays down: one server of the two is enough
                await until(lambda: len(answers()) >= 2, "both saved questions answered", within_s=120)
                await until(lambda: not spool.pending(), "the spool emptied")
                rows = await all_sent(app.db, str(ANN.id), 3)

                firsts = [shown(s.text or "").split("\n")[0] for s in answers()]
                assert firsts == [f'{EARLIER}"{q}"' for q in asked]  # once each, in the order asked
                assert [s.reply_to for s in answers()] == questions  # in the same chat, under each question
                assert len(notices()) == 2
                keys = [r.idempotency_key for r in rows]
                # Exactly one answer row per question; the notices never went through the outbox.
                assert len(keys) == 3 and len(set(keys)) == 3
                assert keys[1] == f"reply:telegram:{update['update_id']}"
                assert all(r.payload["text"] != NOTICE for r in rows)


async def test_a_question_saved_before_the_bot_process_restarts_is_answered_by_the_next_process(
    tmp_path: Path, template_pgdata: Path, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    chat, tenant = "5001", "plant-a"
    question = Message(
        tenant, "telegram", chat, "5001", "kd400 what is stored in P9.07?", event_id="777", message_id="321",
        is_direct=True,
    )  # fmt: skip
    with cluster(pg_root(tmp_path), template_pgdata, standby=False) as (a, _b):
        async with app_on(config, a.url, local_embedder) as first:
            await first.knowledge.ingest([MANUAL], tenant)
            told = RecordingSender("telegram")
            first.engine.delivery({"telegram": told})
            replaying = start_replay(first)
            await until(lambda: first.engine.outage and first.engine.outage.running, "the replay loop")
            a.stop("fast")
            reply = await first.engine.dispatch(question)
            assert reply is not None and reply.text == NOTICE
            assert [(m.chat_id, m.reply_to, m.text) for m in told.messages] == [(chat, "321", NOTICE)]
            # The process dies: no more replay rounds, and nothing written anywhere but the spool.
            assert replaying is not None
            replaying.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await replaying
        saved = sorted((config.data_dir / "spool").glob("*.json"))
        assert len(saved) == 1
        kept = tmp_path / "kept-copy.json"
        shutil.copy(saved[0], kept)

        a.start()
        async with app_on(config, a.url, local_embedder) as second:  # the next process, same data directory
            platform = RecordingSender("telegram")
            worker = second.engine.delivery({"telegram": platform}, poll_s=0.1)
            delivering = asyncio.create_task(worker.run())
            replaying = start_replay(second)
            try:
                await until(lambda: platform.in_chat(chat), "the answer from the restarted process")
                await until(lambda: not list((config.data_dir / "spool").glob("*.json")), "the spool emptied")
                [answer] = platform.in_chat(chat)
                assert answer.text.startswith(f'{EARLIER}"kd400 what is stored in P9.07?"')
                assert answer.reply_to == "321"

                # A crash after the commit but before the delete replays it again: the claim says it is
                # answered, so nothing new is written and the entry goes.
                shutil.copy(kept, saved[0])
                assert second.engine.outage is not None
                await second.engine.outage.replay_once()
                assert not saved[0].exists()
                rows = await outbox_rows(second.db, chat)
                assert [r.idempotency_key for r in rows] == ["reply:telegram:777"]
                await worker.drain_once()
                assert len(platform.in_chat(chat)) == 1
            finally:
                await stop_replay(second, replaying)
                await worker.stop(flush=False)
                delivering.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await delivering


async def test_a_new_message_waits_behind_the_saved_ones_of_its_chat(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    """The database is up but a question of this chat saved during the outage is not answered yet:
    the new one goes behind it without a notice, and the answers come in the order they were asked."""
    app = await build_app(config, db=db, embedder=local_embedder)
    try:
        await app.settings.set("reranker.backend", "none")
        await app.settings.set("spool.replay_s", "600")  # no timed rounds: only the new message wakes one
        await app.knowledge.ingest([MANUAL], "plant-a")
        platform = RecordingSender("telegram")
        worker = app.engine.delivery({"telegram": platform}, poll_s=0.1)
        delivering = asyncio.create_task(worker.run())
        outage = app.engine.outage
        assert outage is not None
        replaying = start_replay(app)
        try:
            await until(lambda: outage.running, "the replay loop")
            older = Message("plant-a", "telegram", "5001", "5001", "kd400 OC2 on decel: first check?", event_id="31")
            newer = Message("plant-a", "telegram", "5001", "5001", "kd400 where is the trip history?", event_id="32")
            await asyncio.to_thread(outage.spool.append, older)  # left by the outage, not replayed yet
            assert await app.engine.dispatch(newer) is None  # its answer comes from the replay, in order
            await until(lambda: len(platform.in_chat("5001")) >= 2, "both answers")
            await until(lambda: not outage.spool.pending(), "the spool emptied")
            firsts = [m.text.split("\n")[0] for m in platform.in_chat("5001")]
            assert firsts == [f'{EARLIER}"{older.text}"', f'{EARLIER}"{newer.text}"']
            assert not any(NOTICE in m.text for m in platform.messages)
        finally:
            await stop_replay(app, replaying)
            await worker.stop(flush=False)
            delivering.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await delivering
    finally:
        await app.close()


async def test_a_message_that_cannot_be_saved_is_not_promised_an_answer(
    tmp_path: Path, template_pgdata: Path, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    config.data_dir.mkdir(parents=True)
    (config.data_dir / "spool").write_text("a file where the spool directory should be")  # like a broken volume
    with cluster(pg_root(tmp_path), template_pgdata, standby=False) as (a, _b):
        async with app_on(config, a.url, local_embedder) as app:
            told = RecordingSender("telegram")
            app.engine.delivery({"telegram": told})
            replaying = start_replay(app)
            try:
                await until(lambda: app.engine.outage and app.engine.outage.running, "the replay loop")
                a.stop("fast")
                question = Message("plant-a", "telegram", "5001", "5001", "kd400 P9.10 default?", event_id="41")
                reply = await app.engine.dispatch(question)
                assert reply is not None and reply.text == NOT_SAVED
                assert [m.text for m in told.messages] == [NOT_SAVED]
            finally:
                await stop_replay(app, replaying)
