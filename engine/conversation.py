"""Conversation memory: turns of one chat thread in PostgreSQL, and follow-up questions completed
from them ("still tripping after that" searches as "kd400 tripping OC2 on decel ... | still ...").

The store is shared by replicas (the follow-up may land on another one); the two functions are
pure so the rules can be read and tested without a database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import takewhile
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from engine.rules import (
    ANSWER_CODES,
    CLARIFY_REQUEST,
    FOLLOW_UP_CUES,
    FOLLOW_UP_LEAD_IN,
    FOLLOW_UP_SHORT_WORDS,
    FOLLOW_UP_VERY_SHORT_WORDS,
    LEAD_IN_FILLER,
    MODEL_MIN_DIGITS,
)
from knowledge.codes import QUERY_CODE, is_designation, query_codes
from rivet.db import Database
from rivet.db.tenants import with_tenant
from rivet.settings import SPECS, SettingSpec, SettingsService, register

ROLES = ("user", "assistant")
SEPARATOR = " | "

register(
    # Read by ConversationStore.recent for the tenant asking, per question.
    SettingSpec("conversation.history_turns", "int", 6, "Recent turns read to complete a follow-up.", "conversation"),
    SettingSpec("conversation.window_s", "float", 3600.0, "Turns older than this are not context.", "conversation"),
    # One purge covers every tenant. No scheduler calls purge() yet (the scheduler is a next capability).
    SettingSpec(
        "conversation.retention_s",
        "float",
        2592000.0,
        "Turns older than this are deleted by the scheduler's purge job, per tenant (30 days).",
        "conversation",
    ),
)


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Turn:
    """One message in a thread: what the technician asked or what RIVET answered."""

    role: str  # "user" | "assistant"
    text: str
    created_at: datetime
    meta: dict[str, Any] = field(default_factory=dict)


class ConversationStore:
    """The pipeline adds every question and answer; recent() feeds complete_query()."""

    def __init__(
        self,
        db: Database,
        settings: SettingsService | None = None,
        *,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        """settings None: recent() uses the declared defaults (unit tests of the store itself)."""
        self._db = db
        self._settings = settings
        self._clock = clock

    async def add(
        self,
        tenant_id: str,
        platform: str,
        chat_id: str,
        thread_id: str | None,
        user_id: str | None,
        role: str,
        text: str,
        meta: dict[str, Any] | None = None,
    ) -> None:
        """Record one turn. created_at comes from the injected clock, so tests move time."""
        async with self._db.connect(durable=False) as conn:  # a turn lost with a crashed server is harmless
            await self.add_in(conn, tenant_id, platform, chat_id, thread_id, user_id, role, text, meta)

    async def add_in(
        self,
        conn: AsyncConnection,
        tenant_id: str,
        platform: str,
        chat_id: str,
        thread_id: str | None,
        user_id: str | None,
        role: str,
        text: str,
        meta: dict[str, Any] | None = None,
    ) -> None:
        """add() in the caller's transaction: the pipeline records an answer with the reply's commit."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, got {role!r}")
        await conn.execute(
            sa.text(
                with_tenant(
                    "INSERT INTO conversation_turns "
                    "(tenant_id, platform, chat_id, thread_id, user_id, role, text, meta, created_at) "
                    "VALUES (:t, :p, :c, :th, :u, :r, :x, CAST(:m AS jsonb), :at)"
                )
            ),
            {
                "t": tenant_id,
                "p": platform,
                "c": chat_id,
                "th": thread_id,
                "u": user_id,
                "r": role,
                "x": text,
                "m": json.dumps(meta or {}),
                "at": self._clock(),
            },
        )

    async def recent(
        self,
        tenant_id: str,
        platform: str,
        chat_id: str,
        thread_id: str | None,
        *,
        limit: int | None = None,
        within_s: float | None = None,
    ) -> list[Turn]:
        """The last `limit` turns of this thread from the last `within_s` seconds, oldest first.

        Unset, they are the tenant's conversation.history_turns and conversation.window_s, read per
        call so an admin's change applies to the next question.
        thread_id None means the chat's main line (no thread) and matches only rows without one:
        a Slack thread is a separate conversation from the channel it hangs off.
        """
        limit, within_s = await self._window(tenant_id, limit, within_s)
        if limit <= 0:
            return []
        async with self._db.connect() as conn:
            return await self.recent_in(conn, tenant_id, platform, chat_id, thread_id, limit=limit, within_s=within_s)

    async def _window(self, tenant_id: str, limit: int | None, within_s: float | None) -> tuple[int, float]:
        settings = self._settings
        if limit is None:
            limit = (
                await settings.get_int("conversation.history_turns", tenant_id)
                if settings is not None
                else int(SPECS["conversation.history_turns"].default)
            )
        if within_s is None:
            within_s = (
                await settings.get_float("conversation.window_s", tenant_id)
                if settings is not None
                else float(SPECS["conversation.window_s"].default)
            )
        return limit, within_s

    async def recent_in(
        self,
        conn: AsyncConnection,
        tenant_id: str,
        platform: str,
        chat_id: str,
        thread_id: str | None,
        *,
        limit: int | None = None,
        within_s: float | None = None,
    ) -> list[Turn]:
        """recent() in the caller's transaction: the pipeline reads it with the human-thread check."""
        limit, within_s = await self._window(tenant_id, limit, within_s)
        if limit <= 0:
            return []
        # Two spellings instead of IS NOT DISTINCT FROM, which the index cannot serve.
        thread_sql = "thread_id IS NULL" if thread_id is None else "thread_id = :th"
        rows = (
            await conn.execute(
                sa.text(
                    "SELECT role, text, meta, created_at FROM conversation_turns "
                    f"WHERE tenant_id = :t AND platform = :p AND chat_id = :c AND {thread_sql} "
                    "AND created_at >= :since ORDER BY created_at DESC, id DESC LIMIT :n"
                ),
                {
                    "t": tenant_id,
                    "p": platform,
                    "c": chat_id,
                    "th": thread_id,
                    "since": self._clock() - timedelta(seconds=within_s),
                    "n": limit,
                },
            )
        ).all()
        return [Turn(r.role, r.text, r.created_at, dict(r.meta or {})) for r in reversed(rows)]

    async def purge(self, older_than_s: float, *, tenant_id: str | None = None) -> int:
        """Delete turns older than `older_than_s` (a scheduler job; see conversation.retention_s).

        With `tenant_id`, only that tenant's turns: retention is a tenant's choice (one plant may
        have to keep a month, another may not keep anything past a day).
        """
        tenant_sql = "" if tenant_id is None else " AND tenant_id = :t"
        async with self._db.connect() as conn:
            result = await conn.execute(
                sa.text(f"DELETE FROM conversation_turns WHERE created_at < :cutoff{tenant_sql}"),
                {"cutoff": self._clock() - timedelta(seconds=older_than_s), "t": tenant_id},
            )
        return int(result.rowcount or 0)


# ---- follow-up detection and completion (pure) ------------------------------------------------
#
# Rules, in order (see is_follow_up):
#   1. A lead-in that continues the last question ("what about ...", "how about ...", "and the ...",
#      "same for/on/with ...") in a short question is a follow-up even when it names a model or
#      code: "what about the kd450" asks the previous question again about another unit.
#   2. Otherwise a question that names its own model or code stands alone.
#   3. A very short question (4 words or fewer) leans on context.
#   4. A short question (12 words or fewer) with an anaphoric cue ("it", "that", "this one",
#      "the other one", "same", "still", "again", "also", ...) leans on context.
#
# Completion (see complete_query) carries the thread's topic: the most recent standalone user
# question, updated by any model swaps since, plus the codes the last answer named when the
# topic named none. A lead-in naming a code swaps it into the topic when the topic has a code
# of the same letter prefix (kd400 -> kd450, OC2 -> OC3) or the new code is model-shaped
# (acs580 replaces the topic's first code, its subject); anything else ("same for line 2",
# "still tripping") keeps the topic and is appended after " | ".
#
# The word counts, cue and lead-in patterns are in engine/rules.py.

_WORDS = re.compile(r"[\w.'’-]+")


@dataclass(frozen=True)
class _Code:
    text: str  # as written
    prefix: str  # letters, lowercased: "kd" in "KD-400"
    number: str  # "400"
    keys: frozenset[str]
    start: int
    end: int


def _codes(text_: str) -> list[_Code]:
    """Every code mention in order of appearance (a swap rewrites each spelling of a code)."""
    out: list[_Code] = []
    # A code as written ("KD-400", "kd 400", "P1.08"); query_codes() decides whether it really is one.
    for m in QUERY_CODE.finditer(text_):
        keys = frozenset(query_codes(m.group(0)))
        if keys:
            out.append(_Code(m.group(0), m.group(1).lower(), m.group(2), keys, m.start(), m.end()))
    return out


def _distinct(codes: Sequence[_Code]) -> list[_Code]:
    out: list[_Code] = []
    seen: set[str] = set()
    for c in codes:
        if c.keys & seen:
            continue
        out.append(c)
        seen |= c.keys
    return out


def is_follow_up(question: str) -> bool:
    """Does this question lean on the previous turns? See the rules above."""
    words = _WORDS.findall(question)
    if not words:
        return False
    if FOLLOW_UP_LEAD_IN.search(question) and len(words) <= FOLLOW_UP_SHORT_WORDS:
        return True
    if any(not is_designation(c.text) for c in _codes(question)):
        return False  # names its own unit or fault; "is it IP65 rated" names only a rating
    if len(words) <= FOLLOW_UP_VERY_SHORT_WORDS:
        return True
    return len(words) <= FOLLOW_UP_SHORT_WORDS and FOLLOW_UP_CUES.search(question) is not None


def _model_shaped(code: _Code) -> bool:
    """kd450, ACS580: three or more digits not led by a zero. Fault codes (AL042, F0003, OC2,
    P1.08) and plant locations (line 2, pump 3) are not."""
    whole = "".join(takewhile(str.isdigit, code.number))
    # PT1000, DN100: a rating or size any unit may have, not a unit to ask about instead.
    return len(whole) >= MODEL_MIN_DIGITS and not whole.startswith("0") and not is_designation(code.text)


def _swappable(topic: str, new: list[_Code]) -> list[_Code]:
    """The new codes that replace something in the topic: those sharing a letter prefix with a
    topic code, and model-shaped ones (which replace the topic's subject)."""
    old_prefixes = {o.prefix for o in _codes(topic)}
    return [c for c in new if c.prefix in old_prefixes or _model_shaped(c)]


def _swap(topic: str, new: list[_Code]) -> str:
    """The topic asked about the new model(s): each new code replaces the topic's codes with the
    same letter prefix (kd400 -> kd450, OC2 -> OC3); a model with no such partner replaces the
    topic's first code, its subject (technicians lead with the unit); with no code in the topic
    at all, the new models lead the question."""
    old = _codes(topic)
    if not old:
        return " ".join(c.text for c in new) + " " + topic
    replace: dict[int, list[str]] = {}
    for c in new:
        partners = [i for i, o in enumerate(old) if o.prefix == c.prefix]
        if not partners:
            subject = next((o for o in old if not is_designation(o.text)), old[0])
            partners = [i for i, o in enumerate(old) if o.keys & subject.keys]
        for i in partners:
            replace.setdefault(i, [])
            if c.text not in replace[i]:
                replace[i].append(c.text)
    out, pos = [], 0
    for i, o in enumerate(old):
        if i in replace:
            out.append(topic[pos : o.start])
            out.append(" ".join(replace[i]))
            pos = o.end
    out.append(topic[pos:])
    return "".join(out)


def _extra_words(question: str, swapped: list[_Code]) -> bool:
    """Does a lead-in question say more than "what about the <model>"? Then it is kept too."""
    rest = FOLLOW_UP_LEAD_IN.sub(" ", question)
    for c in swapped:
        rest = rest.replace(c.text, " ")
    return any(w.lower() not in LEAD_IN_FILLER for w in _WORDS.findall(rest))


def _with_answer_codes(topic: str, answer: str | None) -> str:
    """Pin a topic that named no unit to the codes the answer named ("the drive" -> KD-400)."""
    if answer is None or _codes(topic):
        return topic
    named = _distinct([c for c in _codes(answer) if not is_designation(c.text)])[:ANSWER_CODES]
    return topic if not named else topic + " " + " ".join(c.text for c in named)


def _advance(topic: str | None, question: str) -> tuple[str, str]:
    """(the thread's topic after this question, the query to search for this question)."""
    if topic is None or not is_follow_up(question):
        return question, question
    new = _swappable(topic, _distinct(_codes(question))) if FOLLOW_UP_LEAD_IN.search(question) else []
    if new:
        swapped = _swap(topic, new)
        return swapped, swapped + SEPARATOR + question if _extra_words(question, new) else swapped
    return topic, topic + SEPARATOR + question


def _topic(history: Sequence[Turn]) -> str | None:
    """Replay the user turns oldest first so chained follow-ups resolve to a standalone topic.

    A user turn whose meta["query"] holds the query completed when it was asked (the pipeline
    stores it) is trusted instead: it saw older turns, so a chain of follow-ups longer than the
    history window still keeps its topic.
    """
    topic: str | None = None
    answer: str | None = None
    for turn in history:
        if turn.role == "user":
            if topic is not None:
                topic = _with_answer_codes(topic, answer)
            stored = turn.meta.get("query")
            if isinstance(stored, str) and stored.strip():
                topic = stored.split(SEPARATOR)[0]
            else:
                topic, _ = _advance(topic, turn.text)
            answer = None
        elif turn.role == "assistant":
            answer = turn.text
    return None if topic is None else _with_answer_codes(topic, answer)


def complete_query(question: str, history: Sequence[Turn]) -> str:
    """The search query for `question` given the thread's recent turns (oldest first).

    A standalone question is returned unchanged, and so is any question when the history has no
    user turn to lean on.
    """
    if not is_follow_up(question):
        return question
    topic = _topic(history)
    if topic is None:
        return question
    return _advance(topic, question)[1]


# ---- "what does that mean" (pure) ---------------------------------------------------------------
#
# A follow-up that asks about the last answer itself rather than about the equipment: searching
# it as "<topic> | what does that mean" finds the same passages and repeats the answer word for
# word. These are answered from around what the last answer quoted (engine/clarify.py); the
# pattern that recognises them is CLARIFY_REQUEST in engine/rules.py.


def is_clarification(question: str) -> bool:
    """Does this message ask what the previous answer means ("what does that mean", "explain",
    "which one", "huh?") rather than ask something new?"""
    return CLARIFY_REQUEST.match(question.strip()) is not None


def last_reply(history: Sequence[Turn]) -> Turn | None:
    """The thread's last assistant turn, whatever it was (an answer, an escalation notice, a command)."""
    return next((t for t in reversed(history) if t.role == "assistant"), None)


def pending_ticket(history: Sequence[Turn]) -> int | None:
    """The ticket the thread's last reply said an expert now has, if that reply was an escalation notice."""
    turn = last_reply(history)
    if turn is None or turn.meta.get("route") != "escalation":
        return None
    ticket = turn.meta.get("escalation_id")
    return ticket if isinstance(ticket, int) else None


def last_answer(history: Sequence[Turn]) -> Turn | None:
    """The thread's last reply if it answered from the manuals (or explained such an answer): what
    a "what does that mean" is about. An escalation or a command reply has nothing to explain."""
    turn = last_reply(history)
    if turn is None or not (turn.meta.get("route") == "answer" or turn.meta.get("clarifies")):
        return None
    return turn
