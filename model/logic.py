"""The tiny operator set that model rules are written over.

Rules that both the concrete model and the Z3 encoding use (thresholds, batch sizes, the counting
models' guards and effects, every property predicate) take a ``Logic`` as their first argument and
use it for every connective: ``L.and_``, ``L.or_``, ``L.not_``, ``L.implies``, ``L.ite``,
``L.sum_``, ``L.div``, ``L.max_``, ``L.min_``.  Arithmetic and comparisons (``+ - * < <= ==``)
are Python operators, which Python ints and Z3 terms both support.  ``CONCRETE`` evaluates on
Python values; ``solver.symbolic.Z3`` builds Z3 terms from the very same code, so the concrete
and the symbolic semantics cannot drift.  Never use ``and``/``or``/``not``/``if`` on a value
that may be symbolic: Z3 refuses to turn a term into a Python bool, so a slip fails loudly.
"""

from __future__ import annotations

from typing import Any, Iterable, Protocol


class Logic(Protocol):
    """Connectives over values that may be concrete (Python) or symbolic (Z3)."""

    name: str

    def and_(self, *xs: Any) -> Any: ...
    def or_(self, *xs: Any) -> Any: ...
    def not_(self, x: Any) -> Any: ...
    def implies(self, a: Any, b: Any) -> Any: ...
    def ite(self, c: Any, a: Any, b: Any) -> Any: ...
    def sum_(self, xs: Iterable[Any]) -> Any: ...
    def div(self, a: Any, k: int) -> Any: ...
    def max_(self, a: Any, b: Any) -> Any: ...
    def min_(self, a: Any, b: Any) -> Any: ...
    def count(self, xs: Iterable[Any]) -> Any: ...


class _Concrete:
    """``Logic`` over plain Python bools and ints."""

    name = "concrete"

    def and_(self, *xs: Any) -> bool:
        return all(xs)

    def or_(self, *xs: Any) -> bool:
        return any(xs)

    def not_(self, x: Any) -> bool:
        return not x

    def implies(self, a: Any, b: Any) -> bool:
        return (not a) or bool(b)

    def ite(self, c: Any, a: Any, b: Any) -> Any:
        return a if c else b

    def sum_(self, xs: Iterable[Any]) -> int:
        return sum(xs)

    def div(self, a: Any, k: int) -> int:
        """Floor division by a positive constant."""
        return a // k

    def max_(self, a: Any, b: Any) -> Any:
        return max(a, b)

    def min_(self, a: Any, b: Any) -> Any:
        return min(a, b)

    def count(self, xs: Iterable[Any]) -> int:
        """How many of the conditions hold."""
        return sum(1 for x in xs if x)

    def __repr__(self) -> str:
        return "CONCRETE"


CONCRETE: Logic = _Concrete()
