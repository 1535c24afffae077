"""Apply a seeded bug to the model modules for the length of a ``with`` block, then undo it.

A patch names one definition of a model module (a rule, a guard's condition, a table, a step)
and a maker ``(original) -> replacement``.  The modules import the rules by name (``from
rollproof.model.scale_set_rules import batch_size``), the action tables (``ACTIONS``) hold the functions
themselves and the guard tables (``GUARDS``) hold each condition in a clause, so applying a patch
rebinds every module attribute, every table entry and every guard clause bound to the original
object, in every loaded ``model.*`` module: both encodings read the one definition, so both move.
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

from rollproof.model.guards import Guard


@frozen
class Patch:
    """Replace ``module.name`` (and every other binding of the same object) by ``make(original)``."""

    module: str
    name: str
    make: Callable[[Any], Any]


def _model_modules() -> list[Any]:
    return [m for k, m in sorted(sys.modules.items())
            if (k == "rollproof.model" or k.startswith("rollproof.model.")) and m is not None]


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
    for m in ("rollproof.model.scale_set", "rollproof.model.scale_set_counts", "rollproof.model.cloud_service",
              "rollproof.model.cloud_service_counts"):
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
                    elif isinstance(value, Guard) and value.reads(original):
                        setattr(mod, attr, value.replacing(original, replacement))
                        undo.append(lambda mod=mod, attr=attr, o=value: setattr(mod, attr, o))
                    elif isinstance(value, dict):
                        for key, entry in list(value.items()):
                            if entry is original:
                                value[key] = replacement
                                undo.append(lambda d=value, key=key, o=original: d.__setitem__(key, o))
                            elif isinstance(entry, Guard) and entry.reads(original):
                                value[key] = entry.replacing(original, replacement)
                                undo.append(lambda d=value, key=key, o=entry: d.__setitem__(key, o))
        clear_caches()
        yield
    finally:
        for fn in reversed(undo):
            fn()
        clear_caches()
