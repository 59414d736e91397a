"""The progress helper: a bar on a terminal, nothing through a pipe, log lines printed above the bar."""

from __future__ import annotations

import io
import sys
import time

from loguru import logger
from rich.console import Console

from rivet.logs import setup_logging
from rivet.progress import progress_display, task, track


def wait_for(buffer: io.StringIO, needle: str, timeout_s: float = 10.0) -> None:
    """rich redraws the bar from its own thread (10 times a second): wait for a frame showing `needle`."""
    deadline = time.monotonic() + timeout_s
    while needle not in buffer.getvalue() and time.monotonic() < deadline:
        time.sleep(0.02)


def test_without_a_display_tasks_cost_nothing_and_track_yields_everything() -> None:
    with task("nobody is watching", total=3) as step:
        assert not step.shown
        step.advance()
        step.update(total=4)
    assert list(track(range(5), "counting")) == [0, 1, 2, 3, 4]


def test_a_piped_console_shows_nothing() -> None:
    out = io.StringIO()
    with progress_display(Console(file=out)) as shown:
        assert not shown
        assert list(track(["a", "b"], "ingesting")) == ["a", "b"]
        with task("spinner") as step:
            assert not step.shown
    assert out.getvalue() == ""


def test_a_terminal_shows_the_bar_and_log_lines_above_it() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100, color_system=None)
    stderr = sys.stderr
    setup_logging(fmt="text")  # the default sink: whatever sys.stderr is when a line is written
    try:
        with progress_display(console) as shown:
            assert shown
            assert sys.stderr is not stderr  # stderr goes through the console while the bar is live
            with progress_display() as nested:  # a nested display reuses the outer one
                assert nested
            with task("ingesting into plant-a", total=3) as step:
                assert step.shown
                for _ in range(3):
                    step.advance()
                wait_for(out, "3/3")
                logger.warning("ingest broken.pdf: corrupt or unreadable PDF")
    finally:
        setup_logging(fmt="text")
    assert sys.stderr is stderr
    text = out.getvalue()
    assert "ingesting into plant-a" in text and "3/3" in text
    # The log line arrived whole, on its own line, through the console instead of across the bar.
    assert "WARNING tests.test_progress: ingest broken.pdf: corrupt or unreadable PDF\n" in text
