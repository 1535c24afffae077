"""Two processes on one piece of work: a forked child and the process that forked it.

A proof's re-checks and its unsat cores are many independent solver queries.  The solvers' Python
bindings do not let two threads solve at once (cvc5's keeps Python's lock while it solves), so the
work is shared with a forked child: ``beside_in_a_child`` runs the child's part and brings its
answer back, and ``Taker`` hands out query numbers to both where the order of the work does not
matter (the re-check).  A ``Companion`` is a child that keeps what it built between requests (the
unsat cores of a proof, asked in rounds over fixed halves of the actions, see
``solver.prove.Asker``).  Where processes cannot be forked, the child's part runs in the process
itself, and so it does where ``FORK_HELPERS`` is off.  Every read from a child waits until a
deadline at most (``TimeoutError`` then, the child killed): a child that hangs costs the check its
time, never the run.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import select
import signal
import subprocess
import sys
import time
from typing import Any, Callable


#: Whether the helpers (``beside_in_a_child``, ``Companion``) are forked.  A run whose worker processes
#: already keep every core busy turns it off in them (``rollproof.checking.pool_map``): there a helper
#: only adds the fork of a large process and its copied pages (the scale-set examples over 2 workers
#: on 2 cores: 180 s with helpers, 62 s of it system time; 155 s without, 11 s); the work, and every
#: answer, are the same.
FORK_HELPERS = True


def _forks() -> bool:
    return FORK_HELPERS and hasattr(os, "fork")


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


def _left(deadline: float | None) -> float | None:
    """Seconds to ``deadline`` (None: no deadline); ``TimeoutError`` once it has passed."""
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError()
    return left


def beside_in_a_child(f: Callable[[], Any]) -> Callable[..., Any]:
    """Start ``f()`` in a forked child process, and return what waits for its value (pickled
    through a pipe), ``wait(deadline=None)``: a child that fails or dies gives None, one still at
    work at ``deadline`` is killed and gives ``TimeoutError``.  Where processes cannot be forked,
    ``f`` runs here, at once."""
    if not _forks():
        value = f()
        return lambda deadline=None: value
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

    def wait(deadline: float | None = None) -> Any:
        chunks = []
        try:
            while True:
                ready, _, _ = select.select([r], [], [], _left(deadline))
                if not ready:
                    raise TimeoutError()
                chunk = os.read(r, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
        except BaseException:
            os.kill(pid, signal.SIGKILL)
            raise
        finally:
            os.close(r)
            os.waitpid(pid, 0)
        data = b"".join(chunks)
        try:
            return pickle.loads(data)
        except (EOFError, pickle.UnpicklingError):
            return None

    return wait


class Companion:
    """A forked child that builds its state once (``serve = make()``, in the child) and then
    answers requests one at a time, ``serve(request)``, keeping that state between them, until
    closed.  ``send`` a request, do other work, then ``receive`` the answer.  Where processes
    cannot be forked, or once the child has failed (died, or ``serve`` raised), ``send`` says
    False and ``receive`` gives None: the caller then does the child's part itself."""

    def __init__(self, make: Callable[[], Callable[[Any], Any]]) -> None:
        self._conn: Any = None
        self._pid = 0
        self._pending = False  # a request sent and not yet answered
        if not _forks():
            return
        mine, theirs = multiprocessing.Pipe()
        pid = os.fork()
        if pid == 0:  # the child: serve until told to stop, then leave at once (as ``beside_in_a_child``)
            code = 1
            try:
                mine.close()
                serve = make()
                while True:
                    request = theirs.recv()
                    if request is None:
                        break
                    theirs.send(serve(request))
                code = 0
            finally:
                os._exit(code)
        theirs.close()
        self._conn, self._pid = mine, pid

    @property
    def alive(self) -> bool:
        return self._conn is not None

    def send(self, request: Any) -> bool:
        """Hand ``request`` to the child; False if there is none to take it."""
        if self._conn is None:
            return False
        try:
            self._conn.send(request)
        except (OSError, ValueError):
            self.close()
            return False
        self._pending = True
        return True

    def receive(self, deadline: float | None = None) -> Any:
        """The child's answer to the last request sent; None if it failed.  A child still at work
        at ``deadline`` is killed: ``TimeoutError``."""
        if self._conn is None:
            return None
        try:
            ready = self._conn.poll(_left(deadline))
        except TimeoutError:
            self.close()
            raise
        except OSError:  # (a broken pipe: the child is gone)
            self.close()
            return None
        except BaseException:  # (interrupted while waiting: the child's answer is lost with it)
            self.close()
            raise
        if not ready:
            self.close()
            raise TimeoutError()
        try:
            answer = self._conn.recv()
        except (OSError, EOFError, pickle.UnpicklingError):
            self.close()
            return None
        except BaseException:  # (interrupted while waiting: the child's answer is lost with it)
            self.close()
            raise
        self._pending = False
        return answer

    def close(self) -> None:
        """Stop the child and wait for it: told to leave, or killed if it is still at a request."""
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        if self._pending:
            os.kill(self._pid, signal.SIGKILL)
        else:
            try:
                conn.send(None)
            except (OSError, ValueError):
                os.kill(self._pid, signal.SIGKILL)
        conn.close()
        os.waitpid(self._pid, 0)

    def __enter__(self) -> "Companion":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


# --------------------------------------------------------------------------------------------
# A process that remembers nothing


_FRESH = (
    "import pickle, sys\n"
    "path, rest = pickle.loads(sys.stdin.buffer.read())\n"
    "sys.path[:0] = [p for p in path if p not in sys.path]\n"
    "module, name, args = pickle.loads(rest)\n"
    "f = getattr(__import__(module, fromlist=[name]), name)\n"
    "sys.stdout.buffer.write(pickle.dumps(f(*args)))\n"
)


def in_a_fresh_process(f: Callable[..., Any], args: tuple[Any, ...], deadline: float | None = None) -> Any:
    """``f(*args)`` in a new Python process that has done nothing before but import ``f``'s module:
    whatever this process did before, the memory ``f`` works in is laid out alike, and so a solver
    whose choices follow the addresses of its own data (Z3's Spacer) finds the same.  ``f`` (a
    module-level function) and its arguments travel pickled.  None if the process is killed (by
    the system, out of memory); ``RuntimeError`` with its last line if ``f`` (or its import) raised:
    a failing environment is said, not taken for "no answer"; ``TimeoutError`` (the process killed)
    if it is still at work at ``deadline``."""
    # (The process looks for modules where this one does: a function of a test file is found too.)
    request = pickle.dumps((list(sys.path), pickle.dumps((f.__module__, f.__qualname__, args))))
    try:
        done = subprocess.run([sys.executable, "-c", _FRESH], input=request, capture_output=True,
                              timeout=_left(deadline), check=False)
    except subprocess.TimeoutExpired:
        raise TimeoutError() from None
    if done.returncode > 0:
        said = done.stderr.decode(errors="replace").strip().splitlines()
        raise RuntimeError(f"{f.__module__}.{f.__qualname__} in a fresh process: {said[-1] if said else done.returncode}")
    if done.returncode != 0:
        return None
    try:
        return pickle.loads(done.stdout)
    except (EOFError, pickle.UnpicklingError):
        return None
