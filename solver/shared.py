"""A memo shared by the prover sessions of one parallel run: a folder of small entries.

A ``ProverSession`` remembers, per policy, the model's own inductive invariant.  The worker
processes of a parallel run each have their own sessions; given the run's ``Memo`` (a folder made
before the workers are forked), a session writes there what it finds, and the others read it
instead of asking the solver again.  The entry is the same whoever finds it (the largest inductive
subset of the model's lemmas is unique), so what a verdict says does not depend on which worker
found it first.

Entries are lemma names (strings), keyed by a text that names the model, the policy (its attrs
``repr``), the property when its frame is restricted to it, the region and the clock option: they
are only ever read by processes of the same run.  A file is written under a temporary name and
renamed, so a reader sees a whole entry or none.  A session about to search for an entry claims
it first (``claim``); another one that needs it meanwhile waits for it (``wait``) instead of
running the same search beside it on the same cores.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from pathlib import Path
from typing import Any

from attrs import frozen

from rollproof.solver.work import Timeout

#: How often a waiting session looks for the entry it waits for, in seconds.
POLL = 0.05


@frozen
class Memo:
    """Entries shared through ``folder`` by the sessions of one run."""

    folder: Path

    def _path(self, kind: str, key: str) -> Path:
        return Path(self.folder) / f"{kind}-{hashlib.sha256(key.encode()).hexdigest()[:40]}.pickle"

    def get(self, kind: str, key: str | None) -> Any:
        """The entry another session wrote, or None."""
        if key is None:
            return None
        try:
            return pickle.loads(self._path(kind, key).read_bytes())
        except (FileNotFoundError, EOFError, pickle.UnpicklingError):
            return None

    def put(self, kind: str, key: str | None, value: Any) -> None:
        if key is None:
            return
        path = self._path(kind, key)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(value))
        os.replace(tmp, path)

    def claim(self, kind: str, key: str | None) -> bool:
        """Whether this process may search for the entry: true unless a live process of the run
        claimed it first (a claim whose process is gone, or this process's own, is taken over)."""
        if key is None:
            return True
        path = self._path(kind, key).with_suffix(".claim")
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(str(os.getpid()))
        try:
            for _ in range(2):
                try:
                    os.link(tmp, path)  # (atomic: a claim is whole, with its process, or absent)
                    return True
                except FileExistsError:
                    owner = _owner(path)
                    if owner is not None and owner != os.getpid() and _alive(owner):
                        return False
                    path.unlink(missing_ok=True)  # (stale: its process died, or is this one)
            return False
        finally:
            tmp.unlink(missing_ok=True)

    def release(self, kind: str, key: str | None) -> None:
        """Drop this process's claim on the entry (found, or the search given up)."""
        if key is None:
            return
        path = self._path(kind, key).with_suffix(".claim")
        if _owner(path) == os.getpid():
            path.unlink(missing_ok=True)

    def wait(self, kind: str, key: str | None, deadline: float) -> Any:
        """The entry, once the process that claimed it wrote it; None if the claim is dropped or its
        process dies without writing it.  ``Timeout`` at ``deadline``."""
        path = self._path(kind, key).with_suffix(".claim")
        while True:
            got = self.get(kind, key)
            if got is not None:
                return got
            owner = _owner(path)
            if owner is None or not _alive(owner):
                return self.get(kind, key)
            if time.monotonic() >= deadline:
                raise Timeout()
            time.sleep(POLL)


def _owner(path: Path) -> int | None:
    """The process that holds the claim ``path``, or None if there is none."""
    try:
        return int(path.read_text() or 0) or None
    except (FileNotFoundError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # (a process that died but was not reaped yet still answers)
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True
