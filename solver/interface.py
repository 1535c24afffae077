"""What the solver asks of a counting model (``model/*_counts.py``), as a typed interface.

``CountingModel`` is the part every counting module has (docs/ARCHITECTURE.md, "The
counting-module interface"); the functions below name the optional parts by what they let the
solver do, so the engine reads ``lists_steps(C)``, not which attribute happens to exist.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class CountingModel(Protocol):
    """A counting module: symmetric instances counted per class, written over ``model.logic``."""

    A: Any  # an IntEnum of action codes named as the per-instance actions

    def fresh_state(self, policy: Any, mk: Any) -> Any: ...
    def fresh_args(self, policy: Any, mk: Any) -> Any: ...
    def init(self, L: Any, policy: Any, s: Any) -> Any: ...
    def step(self, L: Any, policy: Any, s: Any, a: Any, args: Any, v: Any = None) -> tuple[Any, Any]: ...
    def view(self, L: Any, policy: Any, s: Any) -> Any: ...
    def abstract(self, state: Any) -> Any: ...
    def concretize(self, state: Any, a: Any, args: Any) -> Any: ...
    def initial_from_counts(self, policy: Any, counts: Any) -> Any: ...


def lists_steps(C: Any) -> bool:
    """Whether ``C.choices(policy, s)`` lists a superset of the enabled steps of a concrete state
    (the explicit-state and guided searches apply)."""
    return callable(getattr(C, "choices", None))


def sizes_by_role(C: Any) -> bool:
    """Whether a parametric policy leaves role sizes open in the state, and ``C.specialise`` turns a
    run at the sizes the solver chose into a run of that concrete policy (the cloud service)."""
    return callable(getattr(C, "specialise", None))


def names_classes(C: Any) -> bool:
    """Whether ``C.classes_of(policy)`` names each count variable's class (for the certificates' legend)."""
    return callable(getattr(C, "classes_of", None))


def splits_cases(C: Any) -> bool:
    """Whether ``C.split_cases(policy)`` names, per action, what its successor branches on."""
    return callable(getattr(C, "split_cases", None))

