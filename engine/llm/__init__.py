"""LLM access for the engine: capability routing over litellm, breakers, cache, ledger, prompt.

Importing this package does not import litellm (seconds); the first call does.
"""

from engine.llm.breaker import CircuitBreaker, CircuitBreakers
from engine.llm.cache import CachedResponse, ResponseCache, cache_key
from engine.llm.ledger import CostLedger, LedgerEntry, LedgerSummary
from engine.llm.prompt import NOT_IN_SOURCES, ParsedAnswer, SourcePassage, build_messages, parse_answer
from engine.llm.registry import MAX_CHAIN, TIERS, ModelRegistry, ModelSpec, Price, Tier
from engine.llm.router import LLMNotConfigured, LLMResult, LLMRouter, LLMUnavailable, RouterSettings

__all__ = [
    "MAX_CHAIN",
    "NOT_IN_SOURCES",
    "TIERS",
    "CachedResponse",
    "CircuitBreaker",
    "CircuitBreakers",
    "CostLedger",
    "LLMNotConfigured",
    "LLMResult",
    "LLMRouter",
    "LLMUnavailable",
    "LedgerEntry",
    "LedgerSummary",
    "ModelRegistry",
    "ModelSpec",
    "ParsedAnswer",
    "Price",
    "ResponseCache",
    "RouterSettings",
    "SourcePassage",
    "Tier",
    "build_messages",
    "cache_key",
    "parse_answer",
]
