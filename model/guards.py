"""Guards written once: an action's guard is a list of clauses, and each encoding derives its own.

A ``Clause`` pairs a seed clause with a condition ``(L, policy, q, x)`` over the named quantities
``q`` of a state and ``x`` of the action's arguments, which each model computes in its own way.
One list gives the per-instance refusal (the first clause that fails), the counting guard (the
conjunction, a term) and ``enabled`` (the clauses on the state, and ``some`` for the arguments).
"""

from __future__ import annotations

from typing import Any, Callable

import attrs
from attrs import frozen

from rollproof.model.core import Refused
from rollproof.model.logic import CONCRETE, Logic

Condition = Callable[[Logic, Any, Any, Any], Any]


@frozen
class Clause:
    """One condition of a guard: the clause that states it, and why a request failing it is refused.

    ``reason`` is a text, or a function ``(q, x)`` giving one; ``on_args``: the condition reads the
    action's arguments ``x`` (``enabled`` leaves those clauses to the guard's ``some``).
    """

    clause: str
    holds: Condition
    reason: str | Callable[[Any, Any], str]
    on_args: bool = False

    def why(self, q: Any, x: Any) -> str:
        return self.reason(q, x) if callable(self.reason) else self.reason


@frozen
class Guard:
    """An action's guard: its clauses in the order a refusal checks them.

    ``some(L, policy, q)``, for an action with arguments: some arguments meet every clause marked
    ``on_args`` (exact, and checked so by the tests against both models).
    """

    clauses: tuple[Clause, ...]
    some: Callable[[Logic, Any, Any], Any] | None = None

    def replacing(self, old: Any, new: Any) -> "Guard":
        """This guard with every clause whose condition is ``old`` reading ``new`` instead."""
        return attrs.evolve(self, clauses=tuple(
            attrs.evolve(c, holds=new) if c.holds is old else c for c in self.clauses
        ), some=new if self.some is old else self.some)

    def reads(self, fn: Any) -> bool:
        return self.some is fn or any(c.holds is fn for c in self.clauses)


def refusal(name: str, guard: Guard, policy: Any, q: Any, x: Any = None) -> Refused | None:
    """The per-instance refusal: the first clause that fails, or None when every clause holds."""
    for c in guard.clauses:
        if not c.holds(CONCRETE, policy, q, x):
            return Refused(name, c.clause, c.why(q, x))
    return None


def holds(L: Logic, guard: Guard, policy: Any, q: Any, x: Any = None) -> Any:
    """The guard as one term: every clause holds."""
    if L is CONCRETE:  # (the first clause that fails decides: the rest need not be evaluated)
        return all(c.holds(L, policy, q, x) for c in guard.clauses)
    return L.and_(*(c.holds(L, policy, q, x) for c in guard.clauses))


def enabled(L: Logic, guard: Guard, policy: Any, q: Any) -> Any:
    """Whether some arguments make the action enabled: the clauses on the state, and ``some``."""
    state = [c.holds(L, policy, q, None) for c in guard.clauses if not c.on_args]
    if guard.some is not None:
        state.append(guard.some(L, policy, q))
    elif any(c.on_args for c in guard.clauses):
        raise ValueError("a guard with clauses on the arguments needs its ``some``")
    return L.and_(*state)
