"""A fake OpenAI-compatible server on 127.0.0.1, so litellm really speaks HTTP in tests and benches.

Scripted answers, injectable HTTP errors and delays, deterministic embeddings, and a log of
every request. One server can pose as several providers: /<provider>/v1/... and /v1/... both
work, so two api_bases on one port count as two providers for the circuit breaker.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import math
import random
import socket
import time
from collections import deque
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from aiohttp import web

DEFAULT_ANSWER = "fake answer"


@dataclass
class RecordedRequest:
    """One request as the fake received it."""

    path: str
    provider: str | None
    model: str | None
    json: dict[str, Any]
    headers: dict[str, str]

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.json.get("messages") or [])


@dataclass
class Fault:
    """An injected error status and/or delay for matching requests.

    times=None keeps the fault until clear_faults(); model/provider narrow which requests match.
    """

    status: int | None = None
    delay_s: float = 0.0
    cut_after: int | None = None  # streaming: drop the connection after this many content pieces
    times: int | None = 1
    model: str | None = None
    provider: str | None = None
    message: str = "injected failure"

    def matches(self, model: str | None, provider: str | None) -> bool:
        return (self.model is None or self.model == model) and (self.provider is None or self.provider == provider)


@dataclass
class FakeOpenAI:
    """The fake server. Use as `async with FakeOpenAI() as fake:` or via the fake_llm fixture."""

    host: str = "127.0.0.1"
    embedding_dim: int = 384
    default_answer: str = DEFAULT_ANSWER
    answers: deque[str] = field(default_factory=deque)
    faults: list[Fault] = field(default_factory=list)
    requests: list[RecordedRequest] = field(default_factory=list)
    port: int = 0
    _runner: web.AppRunner | None = None
    _stopping: asyncio.Event = field(default_factory=asyncio.Event)

    # -- scripting ---------------------------------------------------------------------------

    def answer(self, *texts: str) -> None:
        """Queue answers; each chat completion takes the next one (default_answer when empty)."""
        self.answers.extend(texts)

    def fail(
        self,
        status: int = 500,
        *,
        times: int | None = 1,
        model: str | None = None,
        provider: str | None = None,
        message: str = "injected failure",
    ) -> None:
        """The next `times` matching requests get this HTTP status (None: until clear_faults)."""
        self.faults.append(Fault(status=status, times=times, model=model, provider=provider, message=message))

    def slow(
        self,
        delay_s: float,
        *,
        times: int | None = 1,
        model: str | None = None,
        provider: str | None = None,
    ) -> None:
        """Delay the next `times` matching requests before answering (to trigger client timeouts)."""
        self.faults.append(Fault(delay_s=delay_s, times=times, model=model, provider=provider))

    def cut_stream(
        self, after: int, *, times: int | None = 1, model: str | None = None, provider: str | None = None
    ) -> None:
        """The next `times` matching streams break off (connection dropped) after `after` pieces."""
        self.faults.append(Fault(cut_after=after, times=times, model=model, provider=provider))

    def clear_faults(self) -> None:
        self.faults.clear()

    def api_base(self, provider: str | None = None) -> str:
        """The api_base litellm should use; a provider name gives a distinct base on the same port."""
        prefix = f"/{provider}" if provider else ""
        return f"http://{self.host}:{self.port}{prefix}/v1"

    def chat_requests(self, *, model: str | None = None, provider: str | None = None) -> list[RecordedRequest]:
        """Recorded chat completion requests, optionally only one model's or provider's."""
        return [
            r
            for r in self.requests
            if r.path.endswith("/chat/completions")
            and (model is None or r.model == model)
            and (provider is None or r.provider == provider)
        ]

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> FakeOpenAI:
        app = web.Application()
        for prefix in ("", "/{provider}"):
            app.router.add_post(prefix + "/v1/chat/completions", self._chat)
            app.router.add_post(prefix + "/v1/embeddings", self._embeddings)
        # handler_cancellation: a client that timed out should not leave a sleeping handler behind.
        self._runner = web.AppRunner(app, handler_cancellation=True, access_log=None)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((self.host, 0))  # port 0: the OS picks a free one, no race with other tests
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock, shutdown_timeout=0.5).start()
        return self

    async def stop(self) -> None:
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeOpenAI:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # -- handlers ----------------------------------------------------------------------------

    async def _record(self, request: web.Request) -> RecordedRequest:
        try:
            body = await request.json()
        except json.JSONDecodeError:
            body = {}
        recorded = RecordedRequest(
            path=request.path,
            provider=request.match_info.get("provider"),
            model=body.get("model"),
            json=body,
            headers=dict(request.headers),
        )
        self.requests.append(recorded)
        return recorded

    def _take_fault(self, req: RecordedRequest) -> Fault | None:
        for fault in self.faults:
            if fault.matches(req.model, req.provider):
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                return fault
        return None

    async def _apply_fault(self, fault: Fault | None) -> web.Response | None:
        """Sleep for an injected delay; the error response for an injected status, else None."""
        if fault is None:
            return None
        if fault.delay_s > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), fault.delay_s)
        if fault.status is not None:
            error = {"message": fault.message, "type": "server_error", "code": str(fault.status)}
            return web.json_response({"error": error}, status=fault.status)
        return None

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        req = await self._record(request)
        fault = self._take_fault(req)
        failed = await self._apply_fault(fault)
        if failed is not None:
            return failed
        text = self.answers.popleft() if self.answers else self.default_answer
        prompt_tokens = max(1, sum(_words(str(m.get("content", ""))) for m in req.messages))
        completion_tokens = max(1, _words(text))
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
        ident = f"chatcmpl-fake{len(self.requests)}"
        created = int(time.time())
        model = req.model or "fake"
        if not req.json.get("stream"):
            return web.json_response(
                {
                    "id": ident,
                    "object": "chat.completion",
                    "created": created,
                    "model": model,
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": text},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": usage,
                }
            )
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await response.prepare(request)

        def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
            return {
                "id": ident,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }

        pieces = _pieces(text)
        cut = fault.cut_after if fault is not None else None
        events: list[dict[str, Any]] = [chunk({"role": "assistant", "content": ""})]
        events += [chunk({"content": piece}) for piece in pieces[:cut]]
        if cut is None:
            events.append(chunk({}, "stop"))
            if (req.json.get("stream_options") or {}).get("include_usage"):
                events.append({**chunk({}), "choices": [], "usage": usage})
        for event in events:
            await response.write(f"data: {json.dumps(event)}\n\n".encode())
        if cut is not None:
            # A provider dying mid-answer: the connection drops with the chunked body unfinished.
            await asyncio.sleep(0.05)  # let the client read what was sent first
            if request.transport is not None:
                request.transport.close()
            return response
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response

    async def _embeddings(self, request: web.Request) -> web.Response:
        req = await self._record(request)
        failed = await self._apply_fault(self._take_fault(req))
        if failed is not None:
            return failed
        raw = req.json.get("input", [])
        inputs = [raw] if isinstance(raw, str) else [str(x) for x in raw]
        dim = int(req.json.get("dimensions") or self.embedding_dim)
        data = [
            {"object": "embedding", "index": i, "embedding": embedding_for(text, dim)} for i, text in enumerate(inputs)
        ]
        tokens = sum(max(1, _words(t)) for t in inputs)
        return web.json_response(
            {
                "object": "list",
                "model": req.model or "fake-embed",
                "data": data,
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            }
        )


def embedding_for(text: str, dim: int) -> list[float]:
    """A deterministic unit vector for `text` (same text, same vector; different text, different)."""
    rng = random.Random(hashlib.sha256(text.encode()).digest())
    vec = [rng.gauss(0.0, 1.0) for _ in range(dim)]
    norm = math.sqrt(sum(v * v for v in vec)) or 1.0
    return [v / norm for v in vec]


def _words(text: str) -> int:
    return len(text.split())


def _pieces(text: str) -> list[str]:
    """Split text into word-sized deltas that join back to exactly the text."""
    pieces: list[str] = []
    for i, word in enumerate(text.split(" ")):
        pieces.append(word if i == 0 else " " + word)
    return [p for p in pieces if p] or [text]
