"""What the solver reads of a counting model: the ``CountingModel`` protocol.

Each ``model.*_counts`` module implements it (``model.systems.counting`` returns it); the solver
reads nothing else of a model.
"""

from __future__ import annotations

import enum
from typing import Any, Callable, Iterator, Protocol, runtime_checkable

from rollproof.model.core import Action
from rollproof.model.logic import Logic

Mk = Callable[[str, str], Any]  # mk(name, sort): a constant of sort "int" or "bool"


@runtime_checkable
class CountingModel(Protocol):
    """A counting encoding of one model (``C`` in the solver)."""

    __name__: str  # its module's name: the solver's caches are keyed by it
    NAME: str  # the model's name ("scale_set"), as in ``model.systems.MODELS``
    #: Action codes, named as the per-instance model's action functions.
    A: type[enum.IntEnum]
    #: ``choices(policy, s)``: a superset of the enabled (action, arguments) pairs of a concrete
    #: state, for the explicit-state search; None where the arguments are too many to list.
    choices: Callable[[Any, Any], Iterator[tuple[Any, Any]]] | None

    def fresh_state(self, policy: Any, mk: Mk) -> Any:
        """A state whose fields come from ``mk`` (Z3 constants in the solver)."""

    def fresh_args(self, policy: Any, mk: Mk) -> Any:
        """Action arguments whose fields come from ``mk``."""

    def init(self, L: Logic, policy: Any, s: Any) -> Any:
        """The initial-state condition."""

    def step(self, L: Logic, policy: Any, s: Any, a: Any, args: Any, v: Any = None) -> tuple[Any, Any]:
        """The guard and the successor of action ``a`` with ``args`` (``v``: the view of ``s``, if built)."""

    def view(self, L: Logic, policy: Any, s: Any) -> Any:
        """The named quantities properties read."""

    def lemmas(self, L: Logic, policy: Any, s: Any, v: Any) -> list[tuple[str, Any]]:
        """Candidate invariants, for the prover to keep or drop."""

    def clock_lemmas(self, L: Logic, policy: Any, s: Any, v: Any, t: Any) -> list[tuple[str, Any]]:
        """Candidate bounds on progress after ``t`` steps (a ghost clock)."""

    def abstract(self, state: Any) -> Any:
        """α: the counting state of a per-instance state."""

    def abstract_action(self, state: Any, action: Action) -> tuple[Any, Any]:
        """α on actions: the counting action and arguments a per-instance action is an instance of."""

    def concretize(self, state: Any, a: Any, args: Any) -> Action:
        """γ: a per-instance action realising a counting step from ``state``."""

    def initial_from_counts(self, policy: Any, c: Any) -> Any:
        """A per-instance initial state with the counts ``c``."""

    def specialise(self, policy: Any, states: list[Any], args: list[Any]) -> tuple[Any, list[Any], list[Any]]:
        """A decoded run at the sizes the solver chose: the concrete policy and the run in its classes."""

    def legend(self, policy: Any) -> list[str]:
        """SMT-LIB comment lines saying what each count (and size parameter) of a certificate counts."""


class ViewQuantities:
    """What the guards read of a counting state, beside what each model adds (``count`` of the
    instances a rule's predicate selects): the view's quantities, by name."""

    __slots__ = ("v", "_L", "_policy", "_s")

    def __init__(self, L: Logic, policy: Any, s: Any, v: Any) -> None:
        self.v, self._L, self._policy, self._s = v, L, policy, s

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.v, name)
