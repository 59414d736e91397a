"""The ONNX question encoder gives torch's vectors, is exported once, and is refused when it would not."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
import torch

from knowledge.embedder import LocalEmbedder, packaged_model_path
from knowledge.onnx_query import OnnxQueryEncoder, _export, _unsupported, weights_fingerprint
from rivet.errors import ConfigError

# Strings written for this test: codes, units, punctuation, a typo, and a text past 256 tokens.
TEXTS = [
    "drive shows F0021 after mains dip",
    "pump casing 45°C hotter than normal, ±2 bar swing",
    "wot is the greese interval for bm7 brg",
    "E-042",
    "x",
    " ".join(["the pressure relief valve lifts at start-up and the gauge reads high"] * 40),
]


def test_question_vectors_match_torch(local_embedder: LocalEmbedder) -> None:
    assert local_embedder.query_runtime == "onnx"
    torch_vectors = local_embedder.encode(TEXTS)
    onnx_vectors = np.stack([local_embedder.encode_query(t)[0] for t in TEXTS])
    cosines = np.sum(torch_vectors * onnx_vectors, axis=1)
    assert cosines.min() > 0.9999, cosines
    assert np.allclose(np.linalg.norm(onnx_vectors, axis=1), 1.0, atol=1e-5)


async def test_embed_query_uses_the_onnx_path_and_caches(local_embedder: LocalEmbedder) -> None:
    text = "belt tracking drifts left on rb600 written for this test"
    vector = await local_embedder.embed_query(text)
    assert vector.shape == (384,)
    assert float(vector @ local_embedder.encode([text])[0]) > 0.9999
    assert await local_embedder.embed_query(text) is vector  # the query cache answers a repeat


def test_the_graph_is_exported_once_per_weights(local_embedder: LocalEmbedder, tmp_path: Path) -> None:
    model = local_embedder.model()
    model_dir = Path(packaged_model_path())
    first = OnnxQueryEncoder.build(model, model_dir, tmp_path, threads=1)
    assert first is not None
    [graph] = list(tmp_path.glob("*.onnx"))
    assert weights_fingerprint(model_dir) in graph.name
    stamp = graph.stat().st_mtime_ns
    assert OnnxQueryEncoder.build(model, model_dir, tmp_path, threads=1) is not None
    assert graph.stat().st_mtime_ns == stamp  # reused, not exported again
    assert not list(tmp_path.glob("*.tmp"))  # no half-written file left behind


def test_fingerprint_changes_with_the_weights(tmp_path: Path) -> None:
    (tmp_path / "model.safetensors").write_bytes(b"weights one")
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "README.md").write_text("not part of the model")
    before = weights_fingerprint(tmp_path)
    (tmp_path / "README.md").write_text("edited")
    assert weights_fingerprint(tmp_path) == before
    (tmp_path / "model.safetensors").write_bytes(b"weights two")
    assert weights_fingerprint(tmp_path) != before


def test_a_graph_that_disagrees_with_torch_is_refused(local_embedder: LocalEmbedder, tmp_path: Path) -> None:
    """A stale or wrong graph under the expected name: the parity check keeps questions on torch."""
    model = local_embedder.model()
    model_dir = Path(packaged_model_path())
    altered = copy.deepcopy(model)
    with torch.no_grad():
        for parameter in altered[0].auto_model.parameters():
            parameter.add_(torch.randn_like(parameter) * 0.05)
    _export(altered, model_dir, tmp_path)  # written under the real weights' name
    assert OnnxQueryEncoder.build(model, model_dir, tmp_path, threads=1) is None


def test_an_unreadable_graph_falls_back_to_torch(local_embedder: LocalEmbedder, tmp_path: Path) -> None:
    model_dir = Path(packaged_model_path())
    (tmp_path / f"{model_dir.name}-{weights_fingerprint(model_dir)}.onnx").write_bytes(b"not a graph")
    assert OnnxQueryEncoder.build(local_embedder.model(), model_dir, tmp_path, threads=1) is None


def test_models_it_cannot_reproduce_are_named() -> None:
    class Transformer: ...

    class Pooling:
        pooling_mode = "cls"

    class Normalize: ...

    assert "Pooling" in (_unsupported([Transformer()]) or "")
    assert "mean" in (_unsupported([Transformer(), Pooling(), Normalize()]) or "")
    Pooling.pooling_mode = "mean"
    assert _unsupported([Transformer(), Pooling(), Normalize()]) is None


def test_bad_runtime_settings_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="query_runtime"):
        LocalEmbedder(query_runtime="tensorrt", cache_dir=tmp_path)
    with pytest.raises(ConfigError, match="folder"):
        LocalEmbedder(query_runtime="onnx")


def test_the_answer_bench_times_the_configured_question_encoder_beside_torch(local_embedder: LocalEmbedder) -> None:
    from engine.bench import _question_embedding

    measured = _question_embedding(local_embedder, ["pump cavitates at low flow", "kd400 decel time"])

    assert measured["runtime"] == "onnx"
    assert measured["configured_p50_ms"] > 0.0 and measured["torch_p50_ms"] > 0.0
