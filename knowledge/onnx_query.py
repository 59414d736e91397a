"""The question's vector through ONNX Runtime: the same MiniLM weights, a third of the latency.

A technician's question is one short text, and at that size torch spends most of its time
dispatching operators, not computing: about 18-20 ms per question on this 2-core machine, against
about 6 ms for the same graph in ONNX Runtime (`rivet bench answer` reports the effect end to end).
The graph is exported from the loaded sentence-transformers model once per weights file into a
cache folder (atomic rename, so two processes exporting at once both end with a whole file), then
checked against torch on probe texts at load: if any vector differs (cosine below PARITY_MIN), the
ONNX path is refused and torch keeps encoding, so stored document vectors and question vectors
always come from the same function. Documents stay on torch (batches are as fast there, and the
ingest benchmark compares against it).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
import warnings
from pathlib import Path
from typing import Any, Final

import numpy as np
from loguru import logger

# Lowest cosine between the torch and ONNX vectors of a probe text for the ONNX path to be used.
PARITY_MIN: Final[float] = 0.9999
# Texts of the shapes RIVET embeds (a short question, a code, a long step) for the parity check.
PROBES: Final[tuple[str, ...]] = (
    "vfd trips oc2 on decel",
    "What is the tightening torque for the M12 flange bolts of the HX-30 pump casing?",
    "E-042",
    "7. Refit the mechanical seal: slide the rotating face onto the shaft sleeve until it seats against "
    "the shoulder, then fit the stationary seat into the gland plate with the lapped face towards the pump.",
)
INPUTS: Final[tuple[str, ...]] = ("input_ids", "attention_mask", "token_type_ids")


def weights_fingerprint(model_dir: Path) -> str:
    """Short digest of the weights and configs, so a changed model gets a new graph file."""
    digest = hashlib.sha256()
    for path in sorted(model_dir.glob("*")):
        if path.is_file() and path.suffix in {".safetensors", ".bin", ".json"}:
            digest.update(path.name.encode())
            with path.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()[:16]


class OnnxQueryEncoder:
    """Encodes single texts like SentenceTransformer(mean pooling, normalize) does, through ONNX Runtime."""

    def __init__(self, session: Any, tokenizer: Any, max_length: int) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._max_length = max_length
        self._names = {i.name for i in session.get_inputs()}
        self._lock = threading.Lock()  # one run at a time: the session already uses every core

    def encode(self, texts: list[str]) -> np.ndarray:
        batch = self._tokenizer(texts, padding=True, truncation=True, max_length=self._max_length, return_tensors="np")
        feed = {name: np.asarray(batch[name], dtype=np.int64) for name in INPUTS if name in self._names}
        with self._lock:
            hidden = self._session.run(None, feed)[0]
        mask = np.asarray(batch["attention_mask"], dtype=np.float32)[..., None]
        pooled = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)

    @classmethod
    def build(cls, model: Any, model_dir: Path, cache_dir: Path, *, threads: int) -> OnnxQueryEncoder | None:
        """The ONNX encoder for a loaded SentenceTransformer, or None (with the reason logged) when the
        model is not the Transformer + mean Pooling + Normalize shape it reproduces, onnxruntime is
        missing, or its vectors do not match torch's."""
        why = _unsupported(model)
        if why:
            logger.info("question vectors stay on torch: {}", why)
            return None
        try:
            import onnxruntime as ort
        except ImportError:
            logger.warning("question vectors stay on torch: onnxruntime is not installed")
            return None
        try:
            graph = _export(model, model_dir, cache_dir)
            options = ort.SessionOptions()
            options.intra_op_num_threads = max(1, threads)
            # Its threads sleep when a run ends instead of spinning for the next one: a question is
            # encoded beside the database work of its message (engine/prefetch.py), and spinning
            # threads took the cores that work needs. Interleaved A/B at 20,000 chunks, cold p50:
            # 36.1 -> 29.9 ms with the prefetch (66.7 -> 56.0 in a slower hour); the prefetch with
            # spinning on gained nothing (35.5 and 68.9).
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # export and runtime raise many kinds; torch still works
            logger.warning("question vectors stay on torch: ONNX export or load failed ({})", exc)
            return None
        encoder = cls(session, model.tokenizer, int(model.max_seq_length))
        expected = np.asarray(model.encode(list(PROBES), normalize_embeddings=True, convert_to_numpy=True))
        agreement = float(np.min(np.sum(expected * encoder.encode(list(PROBES)), axis=1)))
        if agreement < PARITY_MIN:
            logger.warning("question vectors stay on torch: ONNX vectors differ (cosine {:.6f})", agreement)
            return None
        logger.info("question vectors through ONNX Runtime ({}; cosine to torch {:.7f})", graph.name, agreement)
        return encoder


def _unsupported(model: Any) -> str | None:
    """Why this model is not one the ONNX path reproduces exactly; None when it is."""
    kinds = [type(module).__name__ for module in model]
    if kinds != ["Transformer", "Pooling", "Normalize"]:
        return f"modules {kinds} (expected Transformer, Pooling, Normalize)"
    if getattr(model[1], "pooling_mode", None) != "mean":
        return "pooling is not the mean of token vectors"
    return None


def _export(model: Any, model_dir: Path, cache_dir: Path) -> Path:
    """The cached graph for these weights; exported (once) when missing."""
    graph = cache_dir / f"{model_dir.name}-{weights_fingerprint(model_dir)}.onnx"
    if graph.exists():
        return graph
    import torch

    cache_dir.mkdir(parents=True, exist_ok=True)
    transformer = model[0].auto_model.eval()

    class _Hidden(torch.nn.Module):
        """The transformer's last hidden state from positional inputs, as the exporter wants them."""

        def __init__(self) -> None:
            super().__init__()
            self.inner = transformer

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return out.last_hidden_state

    sample = model.tokenizer(["a question", "a longer question about a pump"], padding=True, return_tensors="pt")
    if "token_type_ids" not in sample:
        sample["token_type_ids"] = torch.zeros_like(sample["input_ids"])
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "hidden")}
    fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".onnx.tmp")
    os.close(fd)
    try:
        # The TorchScript exporter is deprecated and notes an indexing op it rewrites; the parity check
        # at load is what tells whether the graph is right, so its warnings are not the user's business.
        with torch.inference_mode(False), torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _Hidden(),
                tuple(sample[name] for name in INPUTS),
                tmp,
                input_names=list(INPUTS),
                output_names=["hidden"],
                dynamic_axes=axes,
                opset_version=17,
                dynamo=False,  # the TorchScript exporter: no onnxscript needed, and MiniLM has no control flow
            )
        os.replace(tmp, graph)  # atomic: a racing process sees no file or a whole one
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    logger.info("exported the question encoder to {}", graph)
    return graph
