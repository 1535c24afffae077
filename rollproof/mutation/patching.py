"""Apply a seeded bug to the model modules for the length of a ``with`` block, then undo it.

A patch names one function of a model module and a maker ``(original) -> replacement``.  The
counting modules import shared rules by name (``from model.scale_set import batch_size``) and the
action tables (``ACTIONS``) hold the functions themselves, so applying a patch rebinds every module
attribute and every table entry bound to the original object, in every loaded ``model.*`` module;
``properties/`` keeps the originals (a property is the specification, not the system under test).
The counting models cache their class lists (``functools.lru_cache``) and class-move plans; every
such cache is cleared on entry and on exit, because a mutated function changes what they hold.  The
solver keeps nothing between checks but what a ``solver.session.ProverSession`` holds, and each
mutant is checked in a fresh session.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from typing import Any, Callable, Iterator

from attrs import frozen


@frozen
class Patch:
    """Replace ``module.name`` (and every other binding of the same object) by ``make(original)``."""

    module: str
    name: str
    make: Callable[[Any], Any]


def _model_modules() -> list[Any]:
    return [m for k, m in sorted(sys.modules.items()) if (k == "model" or k.startswith("model.")) and m is not None]


def clear_caches() -> None:
    """Forget every cache of the model modules: each ``lru_cache``, and each function with a
    ``cache_clear`` of its own (class lists and class-move plans depend on the model's functions)."""
    for mod in _model_modules():
        for fn in list(vars(mod).values()):
            if callable(fn) and hasattr(fn, "cache_clear"):
                fn.cache_clear()


@contextlib.contextmanager
def patched(patches: tuple[Patch, ...] | list[Patch]) -> Iterator[None]:
    """Apply ``patches`` in order; restore every rebound attribute and table entry afterwards."""
    for m in ("model.scale_set", "model.scale_set_counts", "model.cloud_service", "model.cloud_service_counts"):
        importlib.import_module(m)
    undo: list[Callable[[], None]] = []
    try:
        for p in patches:
            original = getattr(importlib.import_module(p.module), p.name)
            replacement = p.make(original)
            for mod in _model_modules():
                for attr, value in list(vars(mod).items()):
                    if value is original:
                        setattr(mod, attr, replacement)
                        undo.append(lambda mod=mod, attr=attr, o=original: setattr(mod, attr, o))
                    elif isinstance(value, dict):
                        for key, entry in list(value.items()):
                            if entry is original:
                                value[key] = replacement
                                undo.append(lambda d=value, key=key, o=original: d.__setitem__(key, o))
        clear_caches()
        yield
    finally:
        for fn in reversed(undo):
            fn()
        clear_caches()
