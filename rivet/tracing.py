"""OpenTelemetry spans per answering stage, exported over OTLP/HTTP only when an endpoint is configured.

With OTEL_EXPORTER_OTLP_ENDPOINT unset nothing is installed: the engine's tracer is the API's
proxy, which hands out no-op spans, so a stage costs a context manager and nothing is recorded.
The tracer is passed in (build_app(tracer=...)) rather than read from the global provider,
because OpenTelemetry lets the global provider be set only once per process and tests need their
own. `stage()` both times a stage for `timings_ms` (what the rivet_stage_seconds histogram reads)
and opens its span, so the two never disagree about where a stage starts and ends.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any

from opentelemetry import trace
from opentelemetry.trace import Link, Span, Status, StatusCode, Tracer
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from opentelemetry.util.types import AttributeValue

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider

ENDPOINT_VAR = "OTEL_EXPORTER_OTLP_ENDPOINT"
TRACES_ENDPOINT_VAR = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"
SERVICE_VAR = "OTEL_SERVICE_NAME"
SCOPE = "rivet"
TRACEPARENT = "traceparent"  # the key under which an outbox row's payload remembers the span that wrote it

_propagator = TraceContextTextMapPropagator()


def setup(env: Mapping[str, str], process: str, *, install: bool = True) -> TracerProvider | None:
    """An SDK TracerProvider exporting in batches over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set, else None.

    The service name is OTEL_SERVICE_NAME, else rivet-<process> (rivet-bots, rivet-web, rivet-scheduler).
    install=True makes it the process's global provider (what tracer() hands out); call shutdown()
    on it before exiting so the last batch is flushed.
    """
    endpoint = env.get(ENDPOINT_VAR, "").strip()
    if not endpoint:
        return None
    # Imported only here: a process that does not export never loads the SDK or protobuf.
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    traces = env.get(TRACES_ENDPOINT_VAR, "").strip() or f"{endpoint.rstrip('/')}/v1/traces"
    service = env.get(SERVICE_VAR, "").strip() or f"rivet-{process}"
    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=traces)))
    if install:
        trace.set_tracer_provider(provider)
    return provider


def tracer(provider: trace.TracerProvider | None = None) -> Tracer:
    """RIVET's tracer from `provider`, else from the global one (no-op until setup() installs the SDK)."""
    return trace.get_tracer(SCOPE, tracer_provider=provider)


@contextlib.contextmanager
def stage(
    tracer: Tracer,
    name: str,
    timings: MutableMapping[str, float] | None = None,
    attributes: Mapping[str, AttributeValue] | None = None,
) -> Iterator[Span]:
    """A span named `name` around the block; with `timings`, also its milliseconds in timings[name].

    The span and the timing are one measurement: one monotonic clock reading at each end, the span's end time
    its start plus that duration. Read separately (the timing inside the span, the span ended after it), a
    thread descheduled between the two readings (a 4 ms time slice on a busy machine) made them disagree."""
    started = time.perf_counter_ns()
    start_time = time.time_ns()
    span: Span | None = None
    try:
        with tracer.start_as_current_span(
            name, attributes=attributes, start_time=start_time, end_on_exit=False
        ) as span:
            yield span  # an exception is recorded on the span by the `with`, before the span ends below
    finally:
        elapsed = time.perf_counter_ns() - started
        if span is not None:  # no span, no stage ran: the tracer failed before it
            if timings is not None:
                timings[name] = round(elapsed / 1e6, 1)
            span.end(end_time=start_time + elapsed)


def past_stage(tracer: Tracer, name: str, ms: float) -> None:
    """A child span for a stage measured elsewhere that ended just now and took `ms` (the reranker,
    timed inside the retriever, which knows nothing of tracing)."""
    end = time.time_ns()
    span = tracer.start_span(name, start_time=end - int(ms * 1_000_000))
    span.end(end_time=end)


def remember_span(meta: MutableMapping[str, Any]) -> None:
    """Store the current span's W3C traceparent in `meta` (an outbox row's payload), when one is recording,
    so the delivery, later and maybe in another process, can link back to the message that caused it."""
    carrier: dict[str, str] = {}
    _propagator.inject(carrier)
    if TRACEPARENT in carrier:
        meta[TRACEPARENT] = carrier[TRACEPARENT]


def links_to(meta: Mapping[str, Any]) -> list[Link]:
    """A link to the span remembered in `meta` by remember_span(), if any."""
    value = meta.get(TRACEPARENT)
    if not isinstance(value, str):
        return []
    context = trace.get_current_span(_propagator.extract({TRACEPARENT: value})).get_span_context()
    return [Link(context)] if context.is_valid else []


def annotate_reply(span: Span, reply: Any) -> None:
    """The outcome of one inbound event on its root span: route, confidence, domain; an error reply marks it failed."""
    if reply is None:
        span.set_attribute("rivet.route", "none")
        return
    span.set_attribute("rivet.route", reply.route)
    if reply.confidence is not None:
        span.set_attribute("rivet.confidence", float(reply.confidence))
    if reply.domain:
        span.set_attribute("rivet.domain", reply.domain)
    if reply.route == "error":
        span.set_status(Status(StatusCode.ERROR, "error reply"))
