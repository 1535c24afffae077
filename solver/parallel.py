"""Two processes on one piece of work: a forked child and the process that forked it.

A proof's re-checks and its unsat cores are many independent solver queries.  The solvers' Python
bindings do not let two threads solve at once (cvc5's keeps Python's lock while it solves), so the
work is shared with a forked child: ``beside_in_a_child`` runs the child's part and brings its
answer back, and ``Taker`` hands out query numbers to both where the order of the work does not
matter (the re-check; the cores are dealt in fixed halves, see ``solver.prove._cores``).  Where
processes cannot be forked, the child's part runs in the process itself, first.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
from typing import Any, Callable


class Taker:
    """Hands out the numbers 0, 1, … once each, to this process and the children it forks."""

    def __init__(self) -> None:
        self._next = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn").Value("q", 0)

    def __call__(self, n: int) -> int | None:
        """The next number below ``n``, or None."""
        with self._next.get_lock():
            i = self._next.value
            if i >= n:
                return None
            self._next.value = i + 1
            return i

    def stop(self) -> None:
        """Hand out no more numbers."""
        with self._next.get_lock():
            self._next.value = 2**62


def beside_in_a_child(f: Callable[[], Any]) -> Callable[[], Any]:
    """Start ``f()`` in a forked child process, and return what waits for its value (pickled
    through a pipe); a child that fails or dies gives None.  Where processes cannot be forked,
    ``f`` runs here, at once."""
    if not hasattr(os, "fork"):
        value = f()
        return lambda: value
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer, and leave at once (no exit handlers, no flushing of the parent's buffers)
        code = 1
        try:
            os.close(r)
            with os.fdopen(w, "wb") as pipe:
                pipe.write(pickle.dumps(f()))
            code = 0
        finally:
            os._exit(code)
    os.close(w)

    def wait() -> Any:
        try:
            with os.fdopen(r, "rb") as pipe:
                data = pipe.read()
        except BaseException:
            os.kill(pid, signal.SIGKILL)
            raise
        finally:
            os.waitpid(pid, 0)
        try:
            return pickle.loads(data)
        except (EOFError, pickle.UnpicklingError):
            return None

    return wait
