"""Start encoding a message's question as soon as the pipeline takes it.

Before routing can use the question's vector, a message waits on the database: the event's claim,
the rate limit, the human-thread check with the history. Encoding the question in its own thread
meanwhile takes most of the encoding off a cold answer's critical path; routing then finds the
vector ready or under way (knowledge/query_cache.py). Measured with ONNX Runtime's threads sleeping
between runs (knowledge/onnx_query.py); with them spinning the overlap gained nothing.

Only messages that will most likely be searched as they are written are encoded: not chatter in
a channel, commands, empty or over-long messages (over engine.max_message_chars' default; a
tenant's lower limit is not read here), small talk, or follow-ups (their search query is rewritten
from the thread's history, engine/conversation.py). A message that is encoded and then not
searched (rate-limited, a human's thread) costs one encoding; no prefetch starts while
query_cache.PREFETCH_LIMIT encodings are under way, so a flood of those cannot queue encodings in
front of the questions that are searched.
"""

from __future__ import annotations

from collections.abc import Callable

from engine.conversation import is_clarification, is_follow_up
from engine.messages import Message
from engine.pipeline import MAX_MESSAGE_CHARS
from engine.rules import ACKNOWLEDGEMENT, EMOJI_ONLY, GREETING, THANKS
from knowledge.embedder import Embedder

# engine.max_message_chars' default: a longer message is most likely refused, never searched.
MAX_PREFETCH_CHARS = MAX_MESSAGE_CHARS


def question_text(message: Message) -> str | None:
    """The text the answer stage will search for this message, when it can be known before the
    chain runs; None when the message is not a question to search."""
    if not message.extras.get("addressed", True) or message.extras.get("document_refused"):
        return None
    text = message.text.strip()
    if not text or len(text) > MAX_PREFETCH_CHARS or text.startswith("/"):
        return None
    if any(p.match(text) for p in (GREETING, THANKS, ACKNOWLEDGEMENT, EMOJI_ONLY)):
        return None
    if is_clarification(text) or is_follow_up(text):
        return None
    return text


def question_prefetch(embedder: Embedder) -> Callable[[Message], None] | None:
    """The pipeline's hook for this embedder, or None when it cannot encode ahead."""
    prefetch: Callable[[str], None] | None = getattr(embedder, "prefetch_query", None)
    if prefetch is None:
        return None

    def start(message: Message) -> None:
        text = question_text(message)
        if text is not None:
            prefetch(text)

    return start
