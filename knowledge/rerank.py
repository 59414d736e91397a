"""Rerankers behind one small seam: a sentence-transformers CrossEncoder, litellm's rerank API, or none.

When the configured model cannot be loaded (no internet here, no trained cross-encoder on disk),
RIVET logs one clear warning and ranks by the fused retrieval score instead.
"""

from __future__ import annotations

import asyncio
import math
import os
import threading
from typing import Any, Protocol

from loguru import logger


class Reranker(Protocol):
    """Scores (query, passage) pairs in [0, 1], higher is more relevant. Called by the Retriever."""

    name: str

    async def score(self, query: str, passages: list[str]) -> list[float]: ...


class CrossEncoderReranker:
    """A local sentence-transformers CrossEncoder (model name from the hub cache, or a local path)."""

    def __init__(self, model: str) -> None:
        self.name = f"cross-encoder:{model}"
        self._model_name = model
        self._model: Any = None
        self._lock = threading.Lock()
        self._run_lock = asyncio.Lock()

    def load(self) -> CrossEncoderReranker:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                from sentence_transformers import CrossEncoder

                self._model = CrossEncoder(self._model_name, device="cpu")
        return self

    def predict(self, query: str, passages: list[str]) -> list[float]:
        raw = self.load()._model.predict([(query, p) for p in passages], show_progress_bar=False)
        scores = [float(x) for x in (raw.tolist() if hasattr(raw, "tolist") else raw)]
        # ms-marco cross-encoders output logits; squash to [0, 1] so thresholds mean something.
        return [s if 0.0 <= s <= 1.0 else 1.0 / (1.0 + math.exp(-s)) for s in scores]

    async def score(self, query: str, passages: list[str]) -> list[float]:
        if not passages:
            return []
        async with self._run_lock:
            return await asyncio.to_thread(self.predict, query, passages)


class LiteLLMReranker:
    """A remote reranker (Cohere, Jina, TEI, infinity) through litellm.arerank."""

    def __init__(self, model: str, *, api_base: str | None = None, api_key: str | None = None) -> None:
        self.name = f"litellm:{model}"
        self._model = model
        self._api_base = api_base or None
        self._api_key = api_key

    async def score(self, query: str, passages: list[str]) -> list[float]:
        if not passages:
            return []
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        import litellm

        response = await litellm.arerank(
            model=self._model,
            query=query,
            documents=passages,
            top_n=len(passages),
            api_base=self._api_base,
            api_key=self._api_key,
        )
        scores = [0.0] * len(passages)
        for item in response.results or []:
            scores[int(item["index"])] = float(item["relevance_score"])
        return scores


def load_reranker(
    backend: str, model: str, *, api_base: str = "", api_key: str | None = None
) -> tuple[Reranker | None, str]:
    """The configured reranker and a one-line description of what is active (for `rivet kb status`)."""
    backend = backend.lower()
    if backend == "none":
        return None, "none (fused retrieval score), by setting"
    if backend == "litellm":
        reranker = LiteLLMReranker(model, api_base=api_base, api_key=api_key)
        return reranker, reranker.name
    if backend not in {"auto", "cross-encoder"}:
        logger.warning("reranker.backend {!r} is not one of auto, cross-encoder, litellm, none; using none", backend)
        return None, f"none (unknown backend {backend!r})"
    try:
        cross = CrossEncoderReranker(model).load()
    except Exception as exc:  # missing files, no network, wrong architecture: all mean "cannot load"
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
        logger.warning("reranker {} cannot be loaded ({}); ranking by the fused retrieval score", model, reason)
        return None, f"none (fused retrieval score): {model} could not be loaded"
    return cross, cross.name
