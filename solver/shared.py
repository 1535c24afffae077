"""Memo entries shared by the worker processes of one parallel run.

The prover remembers, per policy, the model's own inductive invariant
(``solver.engine._base_invariant``).  Worker processes each have their own memo; with a folder set
(``use``) before they are forked, an entry one worker finds is written there, and the others read
it instead of asking the solver again.

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

_FOLDER: Path | None = None


def use(folder: str | Path | None) -> None:
    """Share entries through ``folder`` from now on (None: keep them in this process only)."""
    global _FOLDER
    _FOLDER = None if folder is None else Path(folder)


def active() -> bool:
    """Whether entries are shared through a folder now."""
    return _FOLDER is not None


def _path(kind: str, key: str) -> Path:
    assert _FOLDER is not None
    return _FOLDER / f"{kind}-{hashlib.sha256(key.encode()).hexdigest()[:40]}.pickle"


def get(kind: str, key: str | None) -> Any:
    """The entry another worker wrote, or None."""
    if _FOLDER is None or key is None:
        return None
    try:
        return pickle.loads(_path(kind, key).read_bytes())
    except (FileNotFoundError, EOFError, pickle.UnpicklingError):
        return None


def put(kind: str, key: str | None, value: Any) -> None:
    if _FOLDER is None or key is None:
        return
    path = _path(kind, key)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps(value))
    os.replace(tmp, path)
