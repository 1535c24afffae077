"""The symbolic side of ``model.logic``: the same rules, built as Z3 terms.

``Z3`` implements the ``Logic`` protocol over Z3 expressions (mixing in Python constants, which
fold away).  ``Unrolling`` lays out the states, action selectors and arguments of a counting model
over ``k`` steps and builds the transition relation from the model's own ``step`` function.
"""

from __future__ import annotations

from typing import Any, Iterable

import attrs
import z3

from rollproof.solver.settings import settings


def _is_expr(x: Any) -> bool:
    return isinstance(x, z3.ExprRef)


class _Z3:
    """``Logic`` over Z3 terms; Python constants are folded where possible.

    With ``width``, integer constants that must become terms are bit-vectors of that width.
    """

    def __init__(self, width: int | None = None) -> None:
        self.width = width
        self.name = "z3" if width is None else f"z3-bv{width}"

    def _num(self, x: Any) -> Any:
        if isinstance(x, bool) or not isinstance(x, int):
            return x
        return z3.BitVecVal(x, self.width) if self.width else z3.IntVal(x)

    def and_(self, *xs: Any) -> Any:
        if any(x is False for x in xs):
            return False
        ys = [x for x in xs if x is not True]
        if not ys:
            return True
        if len(ys) == 1:
            return ys[0]
        return z3.And(*ys)

    def or_(self, *xs: Any) -> Any:
        if any(x is True for x in xs):
            return True
        ys = [x for x in xs if x is not False]
        if not ys:
            return False
        if len(ys) == 1:
            return ys[0]
        return z3.Or(*ys)

    def not_(self, x: Any) -> Any:
        if isinstance(x, bool):
            return not x
        return z3.Not(x)

    def implies(self, a: Any, b: Any) -> Any:
        if a is False or b is True:
            return True
        if a is True:
            return b
        if b is False:
            return self.not_(a)
        return z3.Implies(a, b)

    def ite(self, c: Any, a: Any, b: Any) -> Any:
        if isinstance(c, bool):
            return a if c else b
        if isinstance(a, bool) and isinstance(b, bool):
            if a == b:
                return a
            return c if a else z3.Not(c)
        return z3.If(c, self._num(a), self._num(b))

    def sum_(self, xs: Iterable[Any]) -> Any:
        xs = list(xs)
        const = sum(x for x in xs if isinstance(x, int))
        terms = [x for x in xs if not isinstance(x, int)]
        if not terms:
            return const
        total = terms[0] if len(terms) == 1 else z3.Sum(*terms)
        return total + const if const else total

    def div(self, a: Any, k: int) -> Any:
        if isinstance(a, int):
            return a // k
        return a / k  # Z3 integer division (signed for bit-vectors); floor for a non-negative a

    def max_(self, a: Any, b: Any) -> Any:
        if isinstance(a, int) and isinstance(b, int):
            return max(a, b)
        return z3.If(a >= b, self._num(a), self._num(b))

    def min_(self, a: Any, b: Any) -> Any:
        if isinstance(a, int) and isinstance(b, int):
            return min(a, b)
        return z3.If(a <= b, self._num(a), self._num(b))

    def count(self, xs: Iterable[Any]) -> Any:
        return self.sum_(self.ite(x, 1, 0) for x in xs)

    def __repr__(self) -> str:
        return "Z3" if self.width is None else f"Z3BV({self.width})"


Z3 = _Z3()


def logic(width: int | None) -> _Z3:
    """The Z3 logic over integers (``None``) or over bit-vectors of ``width`` bits."""
    return Z3 if width is None else _Z3(width)


def to_z3(x: Any) -> Any:
    """A Python constant as a Z3 value (terms pass through)."""
    if _is_expr(x):
        return x
    if isinstance(x, bool):
        return z3.BoolVal(x)
    if isinstance(x, int):
        return z3.IntVal(x)
    raise TypeError(f"cannot make a Z3 value of {x!r}")


def mk_var(prefix: str, width: int | None = None):
    """A ``mk(name, sort)`` for the counting modules' ``fresh_state``/``fresh_args``.

    With ``width``, integers are bit-vectors of that many bits (signed), which bit-blast to SAT.
    """

    def mk(name: str, sort: str) -> Any:
        full = f"{name}@{prefix}"
        if sort == "bool":
            return z3.Bool(full)
        return z3.BitVec(full, width) if width else z3.Int(full)

    return mk


def leaves(x: Any) -> list[Any]:
    """The terms of an attrs record of terms and tuples of terms, in field order."""
    out: list[Any] = []
    if attrs.has(type(x)):
        for f in attrs.fields(type(x)):
            out.extend(leaves(getattr(x, f.name)))
    elif isinstance(x, tuple):
        for y in x:
            out.extend(leaves(y))
    else:
        out.append(x)
    return out


def rebuild(template: Any, values: Iterable[Any]) -> Any:
    """``template`` (an attrs record) with its leaves replaced, in order, by ``values``."""
    it = iter(values)

    def go(x: Any) -> Any:
        if attrs.has(type(x)):
            return attrs.evolve(x, **{f.name: go(getattr(x, f.name)) for f in attrs.fields(type(x)) if f.init})
        if isinstance(x, tuple):
            return tuple(go(y) for y in x)
        return next(it)

    return go(template)


def eq(a: Any, b: Any) -> Any:
    """Field-by-field equality of two records of terms."""
    return Z3.and_(*(to_z3(x) == to_z3(y) for x, y in zip(leaves(a), leaves(b))))


def evaluate(model: z3.ModelRef, template: Any) -> Any:
    """A record of terms evaluated in a Z3 model, as Python ints and bools."""

    def value(t: Any) -> Any:
        if not _is_expr(t):
            return t
        v = model.eval(t, model_completion=True)
        if z3.is_true(v):
            return True
        if z3.is_false(v):
            return False
        if z3.is_bv_value(v):
            return v.as_signed_long()
        return v.as_long()

    return rebuild(template, [value(t) for t in leaves(template)])


class Unrolling:
    """States ``s[0..k]``, action codes ``act[0..k-1]`` and arguments ``args[0..k-1]`` of a counting model.

    The transition and the view are built once per counting model, policy and width, over
    template variables (``template``), and each step gets a copy with its own variables by
    substitution: building the terms in Python costs far more than Z3's substitution.
    ``templates``: a ``solver.session.ProverSession`` that keeps the templates it built for its
    unrollings (None: built for this one).
    """

    def __init__(self, counting: Any, policy: Any, tag: str = "", width: int | None = None,
                 templates: Any = None) -> None:
        self.C = counting
        self.policy = policy
        self.tag = tag
        self.width = width
        self.L = logic(width)
        self.T = template(counting, policy, width, templates)
        self.states: list[Any] = []
        self.views: list[Any] = []
        self.acts: list[Any] = []
        self.args: list[Any] = []
        self.add_state()

    def add_state(self) -> Any:
        t = len(self.states)
        s = self.C.fresh_state(self.policy, mk_var(f"{self.tag}{t}", self.width))
        self.states.append(s)
        self.views.append(self.T.view_of(s))
        return s

    def at(self, term: Any, t: int) -> Any:
        """A term over the template's first state (``T.s0``), moved to state ``t`` of this run."""
        return self.T.move(term, self.states[t])

    def add_step(self) -> Any:
        """Extend by one step; returns the transition constraint between the last two states."""
        t = len(self.acts)
        act = z3.BitVec(f"act@{self.tag}{t}", self.width) if self.width else z3.Int(f"act@{self.tag}{t}")
        args = self.C.fresh_args(self.policy, mk_var(f"{self.tag}{t}", self.width))
        self.acts.append(act)
        self.args.append(args)
        before = self.states[t]
        after = self.add_state()
        return self.T.step(before, act, args, after)


@attrs.frozen
class Template:
    """One step of a counting model over template variables, to be copied by substitution."""

    s0: Any
    s1: Any
    act: Any
    args: Any
    view: Any  # the view of ``s0``
    trans: Any  # ``transition(s0, act, args, s1)``
    # Each action's code, guard and successor over ``s0`` and ``args`` (``leaves(s1)``'s order), for
    # the actions whose guard can hold under the policy.
    actions: tuple[tuple[int, Any, tuple[Any, ...]], ...] = ()

    @staticmethod
    def _pairs(template: Any, actual: Any) -> list[tuple[Any, Any]]:
        return [(x, y) for x, y in zip(leaves(template), leaves(actual)) if _is_expr(x) and not x.eq(y)]

    def move(self, term: Any, s: Any) -> Any:
        """``term`` over ``s0`` as the same term over ``s``."""
        if not _is_expr(term):
            return term
        pairs = self._pairs(self.s0, s)
        return z3.substitute(term, *pairs) if pairs else term

    def view_of(self, s: Any) -> Any:
        """The view of ``s`` (the template's view with ``s``'s variables)."""
        pairs = self._pairs(self.s0, s)
        if not pairs:
            return self.view
        # One substitution over every term of the view at once (the terms share most of their
        # structure, which one call visits once), packed as the arguments of a function symbol.
        terms = [x for x in leaves(self.view) if _is_expr(x)]
        pack = z3.Function("view·pack", *(x.sort() for x in terms), z3.BoolSort())
        moved = iter(z3.substitute(pack(*terms), *pairs).children())
        return rebuild(self.view, [next(moved) if _is_expr(x) else x for x in leaves(self.view)])

    def successors(self, before: Any, args: Any, after: Any) -> list[tuple[int, Any, list[tuple[Any, Any]]]]:
        """Each action whose guard can hold: its code, its guard over ``before`` and ``args``, and
        its successor as pairs ``(variable of after, its value)`` (the variables it changes)."""
        pairs = self._pairs(self.s0, before) + self._pairs(self.args, args)
        post = [x for x in leaves(after) if _is_expr(x)]
        out = []
        for a, g, eff in self.actions:
            terms = [g, *eff]
            if pairs:  # one substitution over the guard and the successor at once (shared structure)
                pack = z3.Function("step·pack", *(x.sort() for x in terms), z3.BoolSort())
                terms = z3.substitute(pack(*terms), *pairs).children()
            out.append((a, terms[0], [(x, e) for x, e in zip(post, terms[1:]) if not x.eq(e)]))
        return out

    def step(self, before: Any, act: Any, args: Any, after: Any) -> Any:
        pairs = self._pairs(self.s0, before) + self._pairs(self.s1, after) + self._pairs(self.args, args)
        if not self.act.eq(act):
            pairs.append((self.act, act))
        return z3.substitute(self.trans, *pairs) if pairs else self.trans


def template(C: Any, policy: Any, width: int | None, session: Any = None) -> Template:
    """One step of ``C`` over ``policy`` on template variables; ``session`` keeps it (built once there)."""
    if session is not None:
        return session.remember("template", (C.__name__, policy, width), lambda: template(C, policy, width))
    L = logic(width)
    s0 = C.fresh_state(policy, mk_var("tmpl0", width))
    s1 = C.fresh_state(policy, mk_var("tmpl1", width))
    act = z3.BitVec("act@tmpl0", width) if width else z3.Int("act@tmpl0")
    args = C.fresh_args(policy, mk_var("tmpl0", width))
    v0 = C.view(L, policy, s0)
    acts = actions(C, policy, s0, args, L, v0)
    trans = to_z3(transition(C, policy, s0, act, args, s1, L, v0, acts))
    effects = tuple((a, to_z3(g), tuple(_like(n, x) for n, x in zip(nxt, leaves(s1)) if _is_expr(x)))
                    for a, g, nxt in acts)
    return Template(s0, s1, act, args, v0, trans, effects)


def actions(C: Any, policy: Any, before: Any, args: Any, L: Any = Z3, v: Any = None) -> list[tuple[int, Any, list[Any]]]:
    """Each action whose guard does not fold to false under the policy: its code, its guard and
    the leaves of its successor, as ``C.step`` gives them.  ``v`` is the view of ``before`` if built."""
    v = C.view(L, policy, before) if v is None else v
    out = []
    for a in C.A:
        g, nxt = C.step(L, policy, before, a, args, v)
        if g is not False:
            out.append((int(a), g, leaves(nxt)))
    return out


def _functional(C: Any, policy: Any, act: Any, after: Any, before: Any, acts: list) -> Any:
    """``T`` with each successor field defined by one ``ite`` chain over the actions that change it
    (``after = ite(act = a₁, effect₁, ite(…, before))``) and ``act = a ⇒ guard_a``: Z3 can then
    solve the successor away.  Measured much faster for the cloud-service model's BMC, slower
    for the scale set's, so a model opts in with ``solver.settings`` (``transition``)."""
    out_leaves = leaves(after)
    before_leaves = leaves(before)
    by_code = {a: g for a, g, _ in acts}
    clauses = [act >= 0, act < len(C.A)]
    for a in map(int, C.A):
        clauses.append(z3.Implies(act == a, to_z3(by_code[a])) if a in by_code else act != a)
    for i, (var, old) in enumerate(zip(out_leaves, before_leaves)):
        if not _is_expr(var):
            continue
        e = _like(old, var)
        for a, _, nl in reversed(acts):
            new = nl[i]
            if new is old:
                continue
            e = z3.If(act == a, _like(new, var), e)
        clauses.append(var == e)
    return z3.And(*clauses)


def _like(x: Any, var: Any) -> Any:
    """``x`` as a term of ``var``'s sort (a Python integer becomes a bit-vector for a bit-vector ``var``)."""
    if isinstance(x, int) and not isinstance(x, bool) and z3.is_bv(var):
        return z3.BitVecVal(x, var.size())
    return to_z3(x)


def transition(C: Any, policy: Any, before: Any, act: Any, args: Any, after: Any, L: Any = Z3, v: Any = None,
               acts: list | None = None) -> Any:
    """``T(before, act, args, after)``: some action's guard holds and ``after`` is its effect.

    Encoded per action as ``act = a ⇒ guard_a ∧ after = effect_a``, with a field the action leaves
    unchanged written as a plain frame equality; that gives the SAT core unit propagation along a run
    (or, where ``solver.settings`` says ``transition = "functional"``, as ``_functional``).  An action
    whose guard folds to false is ``act ≠ a``.  ``v`` is the view of ``before`` if already built;
    ``acts``, what ``actions`` gives, if already built.
    """
    if acts is None:
        acts = actions(C, policy, before, args, L, v)
    if settings(C).transition == "functional":
        return _functional(C, policy, act, after, before, acts)
    out_leaves = leaves(after)
    by_code = {a: (g, nxt) for a, g, nxt in acts}
    clauses = [act >= 0, act < len(C.A)]
    for a in map(int, C.A):
        if a not in by_code:
            clauses.append(act != a)  # never enabled under this policy
            continue
        g, nxt = by_code[a]
        # A leaf that is no term is a constant of the policy (a fixed instance count).
        eqs = [var == new for var, new in zip(out_leaves, nxt) if _is_expr(var)]
        clauses.append(z3.Implies(act == a, z3.And(to_z3(g), *eqs)))
    return z3.And(*clauses)
