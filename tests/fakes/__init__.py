"""First-class fakes for tests: servers on 127.0.0.1 that real clients talk HTTP to.

The fake_llm fixture (tests/conftest.py) starts a FakeOpenAI per test.
"""

from tests.fakes.openai_server import FakeOpenAI, Fault, RecordedRequest, embedding_for

__all__ = ["FakeOpenAI", "Fault", "RecordedRequest", "embedding_for"]
