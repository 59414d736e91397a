"""OpenTelemetry: a message's root span and its stage children, an escalation's span, a delivery's span
carrying the message's trace id, and nothing installed without OTEL_EXPORTER_OTLP_ENDPOINT.

Each test builds its own SDK provider and passes its tracer in (OpenTelemetry's global provider can
be set once per process); spans land in the SDK's InMemorySpanExporter.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from opentelemetry import trace
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import ALWAYS_ON, Sampler, SamplingResult

from engine.messages import Message
from fakes.senders import RecordingSender
from knowledge.embedder import LocalEmbedder
from rivet import tracing
from rivet.app import App, build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService

FIXTURES = Path(__file__).parent / "fixtures" / "engine"
PLANT = "plant-traced"
STAGES = {"route", "retrieve", "answer", "confidence"}


@pytest.fixture
def spans() -> Iterator[tuple[TracerProvider, InMemorySpanExporter]]:
    provider = TracerProvider()
    exporter = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield provider, exporter
    provider.shutdown()


@pytest.fixture
async def app(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder, spans: tuple[TracerProvider, Any]
) -> AsyncIterator[App]:
    settings = SettingsService(db, environ={})
    await settings.set("reranker.backend", "none")
    await settings.set("escalation.channel", "slack:C-TRACED")
    built = await build_app(config, db=db, embedder=local_embedder, tracer=tracing.tracer(spans[0]))
    await (await built.knowledge.ingestor(PLANT)).ingest([FIXTURES / "drives"], PLANT)
    yield built
    await built.close()


def message(text: str, event_id: str) -> Message:
    return Message(tenant_id=PLANT, platform="telegram", chat_id="chat-t", user_id="8", text=text, event_id=event_id)


def by_name(finished: tuple[ReadableSpan, ...], name: str) -> list[ReadableSpan]:
    return [s for s in finished if s.name == name]


def parent_id(span: ReadableSpan) -> int | None:
    return span.parent.span_id if span.parent is not None else None


async def test_a_message_is_one_root_span_with_a_child_per_stage(app: App, spans: tuple[TracerProvider, Any]) -> None:
    exporter = spans[1]
    asked = message("kd400 decel time default value?", "tr-1")

    reply = await app.engine.dispatch(asked)

    assert reply is not None and reply.route == "answer"
    finished = exporter.get_finished_spans()
    [root] = by_name(finished, "dispatch")
    assert root.parent is None
    assert root.attributes is not None
    assert root.attributes["rivet.trace_id"] == asked.trace_id
    assert root.attributes["rivet.tenant"] == PLANT
    assert root.attributes["rivet.platform"] == "telegram"
    assert root.attributes["rivet.route"] == "answer"
    assert root.attributes["rivet.confidence"] == pytest.approx(reply.confidence)
    assert root.attributes["rivet.domain"] == reply.domain
    trace_id, root_id = root.context.trace_id, root.context.span_id
    for name in STAGES:
        [stage] = by_name(finished, name)
        assert parent_id(stage) == root_id, name
        assert stage.context.trace_id == trace_id
        assert stage.start_time is not None and root.start_time is not None and stage.start_time >= root.start_time
    [retrieve] = by_name(finished, "retrieve")
    [rerank] = by_name(finished, "rerank")
    assert parent_id(rerank) == retrieve.context.span_id  # the reranker runs inside the search
    [confidence] = by_name(finished, "confidence")
    assert confidence.attributes is not None and confidence.attributes["rivet.escalate"] is False
    assert by_name(finished, "escalate") == []
    # The span and the stage histogram measure the same stretch of code.
    timings = reply.meta["timings_ms"]
    for name in ("route", "answer", "confidence"):
        [stage] = by_name(finished, name)
        assert stage.end_time is not None and stage.start_time is not None
        span_ms = (stage.end_time - stage.start_time) / 1e6
        assert abs(span_ms - timings[name]) <= 1.0 + 0.05 * span_ms, name


class _SlowSampler(Sampler):
    """Samples everything, 20 ms late: time between the stage's own clock reading and the span's start, as a
    thread descheduled there on a busy machine would leave."""

    def should_sample(self, *args: Any, **kwargs: Any) -> SamplingResult:
        time.sleep(0.02)
        return ALWAYS_ON.should_sample(*args, **kwargs)

    def get_description(self) -> str:
        return "slow"


def test_a_stage_span_and_its_timing_are_one_measurement_and_an_error_is_recorded() -> None:
    provider = TracerProvider(sampler=_SlowSampler())
    exporter = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = tracing.tracer(provider)
    timings: dict[str, float] = {}

    with tracing.stage(tracer, "answer", timings):
        time.sleep(0.005)
    with pytest.raises(ValueError), tracing.stage(tracer, "confidence", timings):
        raise ValueError("scoring failed")

    for name in ("answer", "confidence"):
        [span] = by_name(exporter.get_finished_spans(), name)
        assert span.end_time is not None and span.start_time is not None
        # The sampler's 20 ms count in both or in neither.
        assert abs((span.end_time - span.start_time) / 1e6 - timings[name]) <= 0.05, name
    assert timings["answer"] >= 25.0
    [failed] = by_name(exporter.get_finished_spans(), "confidence")
    assert failed.status.status_code == trace.StatusCode.ERROR
    assert [event.name for event in failed.events] == ["exception"]
    provider.shutdown()


async def test_an_escalated_question_has_an_escalate_span(app: App, spans: tuple[TracerProvider, Any]) -> None:
    exporter = spans[1]
    asked = message("torque for the qv12 gearbox cover bolts?", "tr-2")

    reply = await app.engine.dispatch(asked)

    assert reply is not None and reply.route == "escalation"
    finished = exporter.get_finished_spans()
    [root] = by_name(finished, "dispatch")
    [escalate] = by_name(finished, "escalate")
    assert parent_id(escalate) == root.context.span_id
    assert escalate.attributes is not None and escalate.attributes["rivet.reason"]
    assert root.attributes is not None and root.attributes["rivet.route"] == "escalation"


async def test_a_delivery_span_carries_the_messages_trace_id_and_links_to_it(
    app: App, spans: tuple[TracerProvider, Any]
) -> None:
    exporter = spans[1]
    asked = message("kd400 decel time default value?", "tr-3")
    reply = await app.engine.dispatch(asked)
    assert reply is not None
    [root] = by_name(exporter.get_finished_spans(), "dispatch")
    exporter.clear()

    sender = RecordingSender("telegram")
    sent = await app.engine.delivery({"telegram": sender}).drain_once()

    assert sent == 1 and sender.in_chat("chat-t")
    finished = exporter.get_finished_spans()
    [deliver] = by_name(finished, "deliver")
    assert deliver.attributes is not None
    assert deliver.attributes["rivet.trace_id"] == asked.trace_id
    assert deliver.attributes["rivet.platform"] == "telegram"
    assert deliver.attributes["rivet.delivered"] is True
    assert [link.context.span_id for link in deliver.links] == [root.context.span_id]
    assert deliver.parent is None  # a trace of its own, linked: it runs later, maybe in another process
    [call] = by_name(finished, "telegram.send")
    assert parent_id(call) == deliver.context.span_id


def test_without_an_endpoint_nothing_is_configured() -> None:
    assert tracing.setup({}, "web") is None
    assert tracing.setup({"OTEL_EXPORTER_OTLP_ENDPOINT": "  "}, "web") is None
    # No SDK provider was installed: the global one is still the API's proxy, whose spans record nothing.
    assert not isinstance(trace.get_tracer_provider(), TracerProvider)
    with tracing.stage(tracing.tracer(), "route", timings := {}) as span:
        assert not span.is_recording()
    assert "route" in timings  # the stage is still timed for the histogram
    meta: dict[str, str] = {}
    tracing.remember_span(meta)
    assert meta == {}


class _Collector(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[str, bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((self.path, body))
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.end_headers()
        self.wfile.write(b"")

    def log_message(self, *args: object) -> None:
        pass


def test_with_an_endpoint_spans_are_exported_over_otlp_http_with_the_service_name() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Collector.received = []
    try:
        endpoint = f"http://127.0.0.1:{server.server_address[1]}"
        provider = tracing.setup({"OTEL_EXPORTER_OTLP_ENDPOINT": endpoint}, "web", install=False)
        assert provider is not None
        with tracing.stage(tracing.tracer(provider), "dispatch", attributes={"rivet.trace_id": "abc123"}):
            pass
        provider.shutdown()  # what the process does on its way out: the batch is flushed
    finally:
        server.shutdown()
        server.server_close()
    [(path, body)] = _Collector.received
    assert path == "/v1/traces"
    request = ExportTraceServiceRequest.FromString(body)
    [resource_spans] = request.resource_spans
    service = {a.key: a.value.string_value for a in resource_spans.resource.attributes}["service.name"]
    assert service == "rivet-web"
    [span] = resource_spans.scope_spans[0].spans
    assert span.name == "dispatch"
    assert {a.key: a.value.string_value for a in span.attributes}["rivet.trace_id"] == "abc123"


def test_otel_service_name_overrides_the_process_name() -> None:
    env = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:9", "OTEL_SERVICE_NAME": "plant-a-bots"}
    provider = tracing.setup(env, "bots", install=False)
    assert provider is not None
    assert provider.resource.attributes["service.name"] == "plant-a-bots"
    provider.shutdown()
