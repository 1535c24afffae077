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
renamed, so a reader sees a whole entry or none.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

from attrs import frozen


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
