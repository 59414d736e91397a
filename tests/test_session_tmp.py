"""Each pytest session keeps its temporary files in a folder of its own (tests/conftest.py), so a second session
started while one runs cannot reset the folder the first one's embedded servers live under."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest


def test_each_session_has_a_temporary_directory_of_its_own(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> None:
    if any(str(arg).startswith("--basetemp") for arg in request.config.invocation_params.args):
        pytest.skip("--basetemp was given: the session uses that folder")
    base = tmp_path_factory.getbasetemp()
    assert base.name.startswith("rivet-pytest-")
    # Straight under the system's temporary folder, not under the /tmp/pytest-of-<user> every starting session
    # resets to 0700.
    assert base.parent == Path(tempfile.gettempdir())
