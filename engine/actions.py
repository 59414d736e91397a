"""Button presses, normalized by the adapters into an Action: feedback and the expert-post buttons.

Button data is "<area>:<verb>:<id>" and stays far below Telegram's 64-byte callback limit:
fb:up:<reply id>, fb:down:<reply id>, esc:ask:<reply id>, esc:claim|draft|answer|resolve:<ticket>.
"""

from __future__ import annotations

from engine.escalations import TransitionRefused
from engine.feedback import FeedbackStore
from engine.handoff import Asked, Handoff
from engine.messages import Button, Citation, Message, Reply
from engine.outbound import Action


class ActionHandler:
    """Turns one Action into at most one Reply (to the chat where the button was pressed)."""

    def __init__(self, handoff: Handoff, feedback: FeedbackStore) -> None:
        self._handoff = handoff
        self._feedback = feedback

    async def __call__(self, action: Action) -> Reply | None:
        area, _, rest = action.data.partition(":")
        verb, _, arg = rest.partition(":")
        try:
            if area == "fb" and verb in ("up", "down"):
                return await self._vote(action, arg, 1 if verb == "up" else -1)
            if area == "esc" and verb == "ask":
                return await self._ask(action, arg)
            if area == "esc" and arg.isdigit():
                return await self._expert(action, verb, int(arg))
        except TransitionRefused as exc:
            return Reply(str(exc), route="rejected", trace_id=action.trace_id)
        return Reply("That button is no longer valid.", route="rejected", trace_id=action.trace_id)

    async def _vote(self, action: Action, reply_id: str, value: int) -> Reply | None:
        await self._feedback.record(
            action.tenant_id, reply_id, action.platform, action.chat_id, action.user_id, value, self._handoff.clock()
        )
        if value > 0:
            return None  # the adapter acknowledges the press; a chat message would be noise
        return Reply(
            "Sorry that wasn't right. Do you want me to ask an expert?",
            route="command",
            buttons=[Button("🙋 Ask an expert", f"esc:ask:{reply_id}")],
            trace_id=action.trace_id,
        )

    async def _ask(self, action: Action, reply_id: str) -> Reply:
        """Escalate the question that the rated reply answered (a thumbs-down, then "ask an expert")."""
        row = await self._handoff.outbox.find_reply(action.tenant_id, reply_id)
        if row is None:
            return Reply("I can't find that answer any more; please ask your question again with /expert.",
                         route="rejected", trace_id=action.trace_id)  # fmt: skip
        payload = row["payload"]
        question = payload.get("meta", {}).get("query") or payload["text"]
        asker = Message(
            tenant_id=action.tenant_id,
            platform=row["platform"],
            chat_id=row["chat_id"],
            user_id=action.user_id,
            text=question,
            event_id=f"ask:{reply_id}",  # one ticket per rated answer, however often it is pressed
            thread_id=row["thread_id"],
            user_name=action.user_name,
            message_id=row["reply_to"],
            trace_id=action.trace_id,
        )
        asked = Asked(
            question,
            payload.get("domain"),
            float(payload.get("confidence") or 0.0),
            "the technician marked the bot's answer wrong and asked for an expert",
            payload["text"],
            [Citation(**c) for c in payload.get("citations", [])],
        )
        return await self._handoff.escalate(asker, asked, trigger="asked")

    async def _expert(self, action: Action, verb: str, ticket: int) -> Reply | None:
        h, t, who, name = self._handoff, action.tenant_id, action.user_id, action.user_name
        if verb == "claim":
            text = await h.claim(t, ticket, who, name)
        elif verb == "draft":
            text = await h.send_draft(t, ticket, who, name)
        elif verb == "resolve":
            text = await h.resolve(t, ticket, who, name)
            async with h.db.connect() as conn:
                esc = await h.store.get(conn, t, ticket)
            if (esc.platform, esc.chat_id) == (action.platform, action.chat_id):
                return None  # the asker pressed it: the hand-back notice in their chat says it all
        elif verb == "answer":
            text = f"Reply under the ticket's post with your answer, or send /answer {ticket} your answer."
        else:
            text = "That button is no longer valid."
        return Reply(text, route="command", trace_id=action.trace_id, meta={"escalation_id": ticket})
