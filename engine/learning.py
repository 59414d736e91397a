"""Learning from experts: an expert's answer becomes a knowledge draft, and an admin's approval makes it knowledge.

Drafts are never trusted on their own: an admin approves (optionally with a review date) or
rejects each. An approved draft is ingested into the tenant's knowledge base as a document titled
"Expert answer by <name>, <date>", so the next technician who asks the same thing, or a paraphrase,
is answered by the bot with that citation. A draft past its review date is listed for admins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from engine.escalations import Escalation, TransitionRefused
from knowledge.base import KnowledgeBase
from knowledge.codes import written_codes
from rivet.db import Database


@dataclass(frozen=True)
class Draft:
    id: int
    question: str
    answer: str
    expert: str
    status: str
    review_date: date | None
    created_at: datetime
    escalation_id: int | None
    source: str | None


def _codes(text_: str) -> list[str]:
    return sorted({min(variants, key=len).upper() for variants in written_codes(text_)})


class KnowledgeDrafts:
    """Rows of `knowledge_drafts`; approve() ingests through the knowledge base."""

    def __init__(self, db: Database, knowledge: KnowledgeBase) -> None:
        self._db = db
        self._knowledge = knowledge

    async def create(self, conn: AsyncConnection, esc: Escalation, *, answer: str, expert: str, now: datetime) -> int:
        """Keep the answer with its provenance, in the caller's transaction (the one that relays it)."""
        codes = _codes(f"{esc.question}\n{answer}")
        return int(
            (
                await conn.execute(
                    text(
                        "INSERT INTO knowledge_drafts (tenant_id, escalation_id, question, answer, expert, models, "
                        "codes, domain, created_at) VALUES (:t, :e, :q, :a, :x, :m, :c, :d, :now) RETURNING id"
                    ),
                    {
                        "t": esc.tenant_id,
                        "e": esc.id,
                        "q": esc.question,
                        "a": answer,
                        "x": expert,
                        "m": codes,
                        "c": codes,
                        "d": esc.domain,
                        "now": now,
                    },
                )
            ).scalar_one()
        )

    async def list(self, tenant: str, *, today: date) -> tuple[list[Draft], list[Draft]]:
        """(pending drafts, approved entries past their review date)."""
        async with self._db.connect() as conn:
            rows = (
                await conn.execute(
                    text(
                        "SELECT id, question, answer, expert, status, review_date, created_at, escalation_id, source "
                        "FROM knowledge_drafts WHERE tenant_id = :t AND (status = 'pending' OR "
                        "(status = 'approved' AND review_date IS NOT NULL AND review_date <= :today)) ORDER BY id"
                    ),
                    {"t": tenant, "today": today},
                )
            ).all()
        drafts = [Draft(**dict(r._mapping)) for r in rows]
        return [d for d in drafts if d.status == "pending"], [d for d in drafts if d.status == "approved"]

    async def _decide(self, tenant: str, draft_id: int, status: str, by: str, **extra: Any) -> Draft:
        sets = ", ".join(f"{k} = :{k}" for k in extra)
        async with self._db.connect() as conn:
            row = (
                await conn.execute(
                    text(
                        "UPDATE knowledge_drafts SET status = :s, decided_by = :by, decided_at = now()"
                        + (f", {sets}" if sets else "")
                        + " WHERE tenant_id = :t AND id = :id AND status = 'pending' RETURNING id, question, answer, "
                        "expert, status, review_date, created_at, escalation_id, source"
                    ),
                    {"s": status, "by": by, "t": tenant, "id": draft_id, **extra},
                )
            ).first()
            if row is None:
                current = (
                    await conn.execute(
                        text("SELECT status FROM knowledge_drafts WHERE tenant_id = :t AND id = :id"),
                        {"t": tenant, "id": draft_id},
                    )
                ).scalar()
                if current is None:
                    raise TransitionRefused(f"There is no knowledge draft #{draft_id}.")
                raise TransitionRefused(f"Knowledge draft #{draft_id} is already {current}.")
        return Draft(**dict(row._mapping))

    async def approve(self, tenant: str, draft_id: int, by: str, review_date: date | None = None) -> str:
        """Approve and ingest; returns the one-line result for the admin."""
        source = f"expert-answer-{draft_id}.md"
        draft = await self._decide(tenant, draft_id, "approved", by, review_date=review_date, source=source)
        day = draft.created_at.date().isoformat()
        title = f"Expert answer by {draft.expert}, {day}"
        codes = _codes(f"{draft.question}\n{draft.answer}")
        front = [
            "---",
            f'title: "{title}"',
            "doc_type: expert_answer",
            f"date: {day}",
        ]
        if codes:
            front.append("models: [" + ", ".join(f'"{c}"' for c in codes) + "]")
        body = "\n".join(
            # The question is the section heading and the answer its text: retrieval matches the
            # heading and the question's words, and a quote comes from the answer, never the question.
            [*front, "---", f"# {title}", "", f"## {' '.join(draft.question.split())}", "", draft.answer, ""]
        )
        ingestor = await self._knowledge.ingestor(tenant)
        outcome = await ingestor.ingest_text(
            source,
            body,
            tenant,
            review="expert",
            meta={"expert": draft.expert, "escalation_id": draft.escalation_id, "draft_id": draft.id},
        )
        if outcome.status == "error":
            async with self._db.connect() as conn:  # keep it pending: nothing was learned
                await conn.execute(
                    text("UPDATE knowledge_drafts SET status = 'pending', source = NULL WHERE id = :id"),
                    {"id": draft_id},
                )
            raise TransitionRefused(f"Knowledge draft #{draft_id} could not be ingested: {outcome.error}")
        review = f", review by {review_date.isoformat()}" if review_date else ""
        return f"Approved knowledge draft #{draft_id}: ingested as “{title}”{review}."

    async def reject(self, tenant: str, draft_id: int, by: str) -> str:
        await self._decide(tenant, draft_id, "rejected", by)
        return f"Rejected knowledge draft #{draft_id}; it will not be used."
