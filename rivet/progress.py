"""Progress bars for long work: a rich bar on a terminal, nothing at all when stderr is piped.

A command opens a display around its work (`progress_display()`); code in any layer marks a long
loop with `task()` or `track()`, which cost nothing when no display is open (a bot, a test, a pipe),
so knowledge/ and engine/ can report progress without knowing who, if anyone, is watching.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # rich loads only when a display opens: the CLI must start fast
    from rich.console import Console
    from rich.progress import Progress, TaskID

T = TypeVar("T")

# Context-local, not global: asyncio tasks and to_thread calls inherit it, and two apps built side by
# side in one process (tests) never share a display.
_display: ContextVar[Progress | None] = ContextVar("rivet_progress_display", default=None)


class Task:
    """One unit of long work. Advancing it moves its bar when one is shown, and does nothing otherwise."""

    def __init__(self, bar: Progress | None = None, task_id: TaskID | None = None) -> None:
        self._bar = bar
        self._id = task_id

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def advance(self, steps: float = 1) -> None:
        if self._bar is not None and self._id is not None:
            self._bar.advance(self._id, steps)

    def update(self, *, total: float | None = None, description: str | None = None) -> None:
        """Change the total (once it is known) or the label of a running task."""
        if self._bar is not None and self._id is not None:
            self._bar.update(self._id, total=total, description=description)


@contextmanager
def progress_display(console: Console | None = None) -> Iterator[bool]:
    """Show the bars of the tasks started inside this block; yields whether anything is shown.

    Only on a terminal (stderr by default): piped output stays clean for scripts and log shippers.
    While the bars are live, whatever writes to sys.stderr (loguru's sink, typer.echo(err=True))
    is printed above them instead of tearing through them. Nested displays reuse the outer one.
    """
    if _display.get() is not None:
        yield True
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    console = console or Console(stderr=True)
    if not console.is_terminal or console.is_dumb_terminal:
        yield False
        return
    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,  # the command prints its own result; a finished bar would only repeat it
        redirect_stdout=False,
        redirect_stderr=True,
    )
    with bar:
        token = _display.set(bar)
        try:
            yield True
        finally:
            _display.reset(token)


@contextmanager
def task(description: str, total: float | None = None) -> Iterator[Task]:
    """A bar for one piece of long work (total None: a spinner), removed when the work ends."""
    bar = _display.get()
    if bar is None:
        yield Task()
        return
    task_id = bar.add_task(description, total=total)
    try:
        yield Task(bar, task_id)
    finally:
        bar.remove_task(task_id)


def track(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """Iterate `items`, advancing a bar after each one (the total is len(items) when it has one)."""
    if total is None and isinstance(items, Sized):
        total = len(items)
    with task(description, total) as step:
        for item in items:
            yield item
            step.advance()
