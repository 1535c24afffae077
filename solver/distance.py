"""How far a concrete state is from making a property's predicate true or false: a ``Logic``.

The property predicates are written once, over a ``Logic`` (``model.logic``).  Evaluated over
``DISTANCE`` on a view whose numbers are wrapped (``graded``), the same predicate yields, besides
its truth, a distance to each truth value, as in search-based testing's branch distance: a
comparison ``x >= c`` that fails is ``c - x`` away from holding, a conjunction is as far from
true as its conjuncts together and as far from false as its nearest conjunct, a negation swaps
the two.  The guided search (``solver.explicit.guided``) expands the states nearest to a
violation first.  A distance only orders the search; whether a state violates the property is
always decided by the concrete logic.
"""

from __future__ import annotations

from typing import Any, Iterable

import attrs


class Fuzzy:
    """A truth value with its distance to true (``dt``) and to false (``df``); the one that holds is 0."""

    __slots__ = ("t", "dt", "df")

    def __init__(self, t: bool, dt: int, df: int) -> None:
        self.t, self.dt, self.df = t, dt, df

    def __bool__(self) -> bool:
        return self.t

    def __repr__(self) -> str:
        return f"Fuzzy({self.t}, dt={self.dt}, df={self.df})"


TRUE, FALSE = Fuzzy(True, 0, 1), Fuzzy(False, 1, 0)


def fuzzy(x: Any) -> Fuzzy:
    if isinstance(x, Fuzzy):
        return x
    return TRUE if x else FALSE


def _int(x: Any) -> int:
    return x.v if isinstance(x, Num) else int(x)


def _cmp(t: bool, dt: int, df: int) -> Fuzzy:
    return Fuzzy(t, 0 if t else max(1, dt), max(1, df) if t else 0)


class Num:
    """An integer whose comparisons are ``Fuzzy``: how far each one is from going either way."""

    __slots__ = ("v",)

    def __init__(self, v: int) -> None:
        self.v = v

    def __repr__(self) -> str:
        return f"Num({self.v})"

    def __hash__(self) -> int:
        return hash(self.v)

    def __int__(self) -> int:
        return self.v

    __index__ = __int__

    def __add__(self, o: Any) -> Num:
        return Num(self.v + _int(o))

    __radd__ = __add__

    def __sub__(self, o: Any) -> Num:
        return Num(self.v - _int(o))

    def __rsub__(self, o: Any) -> Num:
        return Num(_int(o) - self.v)

    def __mul__(self, o: Any) -> Num:
        return Num(self.v * _int(o))

    __rmul__ = __mul__

    def __floordiv__(self, o: Any) -> Num:
        return Num(self.v // _int(o))

    def __rfloordiv__(self, o: Any) -> Num:
        return Num(_int(o) // self.v)

    def __mod__(self, o: Any) -> Num:
        return Num(self.v % _int(o))

    def __neg__(self) -> Num:
        return Num(-self.v)

    def __abs__(self) -> Num:
        return Num(abs(self.v))

    def __ge__(self, o: Any) -> Fuzzy:
        a, b = self.v, _int(o)
        return _cmp(a >= b, b - a, a - b + 1)

    def __gt__(self, o: Any) -> Fuzzy:
        a, b = self.v, _int(o)
        return _cmp(a > b, b - a + 1, a - b)

    def __le__(self, o: Any) -> Fuzzy:
        a, b = self.v, _int(o)
        return _cmp(a <= b, a - b, b - a + 1)

    def __lt__(self, o: Any) -> Fuzzy:
        a, b = self.v, _int(o)
        return _cmp(a < b, a - b + 1, b - a)

    def __eq__(self, o: Any) -> Fuzzy:  # type: ignore[override]
        a, b = self.v, _int(o)
        return _cmp(a == b, abs(a - b), 1)

    def __ne__(self, o: Any) -> Fuzzy:  # type: ignore[override]
        a, b = self.v, _int(o)
        return _cmp(a != b, 1, abs(a - b))


def graded(x: Any) -> Any:
    """``x`` (a view, a tuple, a number, a bool) with every int a ``Num`` and every bool ``Fuzzy``."""
    if isinstance(x, bool):
        return fuzzy(x)
    if isinstance(x, int):
        return Num(x)
    if isinstance(x, tuple):
        return tuple(graded(y) for y in x)
    if attrs.has(type(x)):
        return attrs.evolve(x, **{f.alias: graded(getattr(x, f.name)) for f in attrs.fields(type(x)) if f.init})
    return x


def _value(x: Any) -> Any:
    return x.t if isinstance(x, Fuzzy) else x


class _Distance:
    """``Logic`` over ``Fuzzy`` truth values and ``Num`` integers (Python values are taken as they are)."""

    name = "distance"

    def and_(self, *xs: Any) -> Fuzzy:
        fs = [fuzzy(x) for x in xs]
        if not fs:
            return TRUE
        return Fuzzy(all(f.t for f in fs), sum(f.dt for f in fs), min(f.df for f in fs))

    def or_(self, *xs: Any) -> Fuzzy:
        fs = [fuzzy(x) for x in xs]
        if not fs:
            return FALSE
        return Fuzzy(any(f.t for f in fs), min(f.dt for f in fs), sum(f.df for f in fs))

    def not_(self, x: Any) -> Fuzzy:
        f = fuzzy(x)
        return Fuzzy(not f.t, f.df, f.dt)

    def implies(self, a: Any, b: Any) -> Fuzzy:
        return self.or_(self.not_(a), b)

    def ite(self, c: Any, a: Any, b: Any) -> Any:
        if isinstance(a, (bool, Fuzzy)) and isinstance(b, (bool, Fuzzy)):
            return self.or_(self.and_(c, a), self.and_(self.not_(c), b))
        return a if _value(c) else b

    def sum_(self, xs: Iterable[Any]) -> Any:
        return sum(xs, Num(0))

    def div(self, a: Any, k: int) -> Any:
        return a // k

    def max_(self, a: Any, b: Any) -> Any:
        return a if _int(a) >= _int(b) else b

    def min_(self, a: Any, b: Any) -> Any:
        return a if _int(a) <= _int(b) else b

    def count(self, xs: Iterable[Any]) -> Any:
        return Num(sum(1 for x in xs if _value(x)))

    def __repr__(self) -> str:
        return "DISTANCE"


DISTANCE = _Distance()
