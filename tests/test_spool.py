"""The outage spool on a real disk: messages round-trip, one entry per event, bad files set aside, not lost."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from loguru import logger

from engine.messages import Attachment, Message, message_from_dict, message_to_dict
from engine.spool import SPOOLED_AT, STALE_TMP_S, Spool


@pytest.fixture
def errors() -> Iterator[list[str]]:
    lines: list[str] = []
    handler = logger.add(lambda m: lines.append(m.record["message"]), level="ERROR")
    yield lines
    logger.remove(handler)


def tech(text: str, event_id: str | None = "901", chat: str = "5001", **fields: object) -> Message:
    return Message(
        tenant_id="plant-a", platform="telegram", chat_id=chat, user_id="5001", text=text, event_id=event_id,
        **fields,  # type: ignore[arg-type]
    )  # fmt: skip


def test_a_message_round_trips_through_disk_with_every_field(tmp_path: Path) -> None:
    original = tech(
        "conveyor CV-3 belt slipping under load, what tension?",
        thread_id="77",
        user_name="ann_tech",
        attachments=[Attachment("photo", "photo.jpg", "image/jpeg", 2048)],
        reply_to="120",
        is_direct=True,
        message_id="121",
        extras={"message_id": "121", "chat_type": "private", "file_ids": ["f1"]},
    )
    assert message_from_dict(json.loads(json.dumps(message_to_dict(original)))) == original

    entry, new = Spool(tmp_path).append(original)
    assert new
    [read] = Spool(tmp_path).pending()  # a new Spool: what a restarted process finds
    assert read == entry
    saved = read.message
    assert isinstance(saved.extras.pop(SPOOLED_AT), float)
    assert saved == original  # the trace id too, so the replay's log lines join the first attempt's


def test_the_same_event_is_saved_once_however_often_it_arrives(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    first, new = spool.append(tech("gearbox GB-2 oil grade?"))
    again, new_again = spool.append(tech("gearbox GB-2 oil grade?"))  # the platform's retry: a new trace id
    assert (new, new_again) == (True, False)
    assert again == first
    assert [p.name for p in tmp_path.iterdir()] == [f"{first.key}.json"]
    # A different event of the same chat, and the same event id on another platform, are new.
    assert spool.append(tech("and the fill volume?", event_id="902"))[1]
    assert spool.append(Message("plant-a", "slack", "C1", "U1", "x", event_id="901"))[1]
    assert len(spool.pending()) == 3


def test_a_message_without_an_event_id_gets_one_that_sticks(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    entry, _ = spool.append(tech("hoist H-1 brake gap?", event_id=None))
    assert entry.message.event_id and entry.message.event_id.startswith("spool-")
    # The saved copy (as a replay would see it) keys to the same entry: no second file.
    assert spool.append(entry.message) == (entry, False)
    [read] = spool.pending()
    assert read.message.event_id == entry.message.event_id


def test_pending_is_oldest_first_and_remove_forgets(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    a, _ = spool.append(tech("first", event_id="1"))
    b, _ = spool.append(tech("second", event_id="2", chat="6001"))
    c, _ = spool.append(tech("third", event_id="3"))
    assert [e.message.text for e in spool.pending()] == ["first", "second", "third"]
    assert spool.holds_chat("plant-a", "telegram", "5001") and spool.holds_chat("plant-a", "telegram", "6001")
    spool.remove(b)
    spool.remove(b)  # removed twice (two processes replayed it): fine
    assert not spool.holds_chat("plant-a", "telegram", "6001")
    assert [e.key for e in spool.pending()] == [a.key, c.key]
    restarted = Spool(tmp_path)
    assert not restarted.holds_chat("plant-a", "telegram", "5001")  # knows nothing until it reads the disk
    restarted.pending()
    assert restarted.holds_chat("plant-a", "telegram", "5001")


def test_an_unreadable_entry_is_set_aside_with_an_error_line_and_the_rest_replays(
    tmp_path: Path, errors: list[str]
) -> None:
    spool = Spool(tmp_path)
    good, _ = spool.append(tech("pump P-7 seal flush pressure?", event_id="10"))
    torn, _ = spool.append(tech("torn on disk", event_id="11"))
    torn_path = tmp_path / f"{torn.key}.json"
    torn_bytes = torn_path.read_bytes()[:40]
    torn_path.write_bytes(torn_bytes)  # a disk that lost the tail of the file
    alien = tmp_path / "0123456789abcdef0123456789abcdef.json"
    alien.write_text(json.dumps({"format": 1, "key": alien.stem, "seq": 1, "message": {"text": "no tenant"}}))

    assert [e.key for e in spool.pending()] == [good.key]
    assert not torn_path.exists() and not alien.exists()
    kept = sorted((tmp_path / "corrupt").iterdir())
    assert len(kept) == 2
    assert any(p.read_bytes() == torn_bytes for p in kept)  # kept as it was, for a person to read
    assert len(errors) == 2 and all("could not be read" in line and "corrupt" in line for line in errors)
    # Set aside once: the next listing neither logs nor loses anything more.
    assert [e.key for e in spool.pending()] == [good.key]
    assert len(errors) == 2
    # The event whose entry was torn can be saved again (the platform's retry is not refused).
    assert spool.append(tech("torn on disk", event_id="11"))[1]


def test_a_write_cut_short_by_a_crash_is_set_aside_when_old(tmp_path: Path, errors: list[str]) -> None:
    spool = Spool(tmp_path)
    spool.append(tech("first", event_id="1"))
    tmp = tmp_path / ".abc.deadbeef.tmp"
    tmp.write_text('{"format": 1, "ke')
    assert len(spool.pending()) == 1 and tmp.exists()  # maybe still being written: left alone
    old = time.time() - STALE_TMP_S - 5
    os.utime(tmp, (old, old))
    assert len(spool.pending()) == 1 and not tmp.exists()
    assert len(list((tmp_path / "corrupt").iterdir())) == 1
    assert any("never completed" in line for line in errors)
