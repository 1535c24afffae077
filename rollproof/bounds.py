"""Exact worst cases: the least (or greatest) value an expression over the observables takes in any
reachable state (or over any step), as a pair a reviewer can check.

For ``--min E``: first ask for a run to the bottom ``lo`` of a sound range of ``E`` (each count lies
in 0..N): where one exists, the proof of ``E >= lo`` is all that is left.  Otherwise bisect between
the value ``E`` has in the initial state (or some counterexample reached) and a value nothing goes
below (the range, then each proof), asking the engine to prove ``E >= k`` in every reachable
state: a proof raises the floor, a counterexample reaches a state with a smaller value, so the
search ends at the least value.  The last proof is the certificate that no run goes below ``k``; a
reach check of ``E <= k`` gives a shortest run to it (given the proof, a state with ``E <= k`` has
``E = k``).  ``--max`` is the same with the signs turned.

Over a step (``--min-step``, ``--max-step``: an expression over ``before_X``, ``after_X`` and
``action``, like a ``kind = "step"`` property) the questions are step properties: the proof is of
``E >= k`` for every step, and the run reaching ``k`` is the shortest counterexample of
``E >= k + 1``, whose last step has ``E = k``.

For ``instances = "any"`` (``sized``): the bound at each N of a range, each a fixed-N pair as
above (for a cloud service with several roles of any size, every deployment of N instances), then
a closed form in N fitted to every value from a small family (affine in N plus floor and ceiling
terms of N times the policy's percentages, or of N over its update domains), and the inv (or
step) property ``E >= f(instances)`` asked of the engine under the ``any`` policy itself: a proof
covers every N the verdict's scope states; a fit without that proof is said to be one.

Every question is a user property (``properties.user``), so every verdict is judged by its plain
reading over the instances like any other; this module only asks and collects.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from pathlib import Path
from typing import Any, Callable

import attrs
from attrs import frozen

from rollproof.model import systems
from rollproof.model.core import Refused
from rollproof.model.logic import CONCRETE
from rollproof.properties import expressions as E
from rollproof.properties import observables as O
from rollproof.properties import plain, user
from rollproof.properties.verdicts import Proved, Refuted
from rollproof import checking
from rollproof.policyfile import PolicyFile

DIRECTIONS = ("min", "max")
OVER = ("state", "step")
#: How many sizes ``sized`` covers when no range is given: the engine's own search over sizes
#: (``solver.engine.REGION_SEARCH_LIMIT``) looks at as many; fewer where several roles are open
#: (every split of N is a deployment of its own).
DEFAULT_SIZES = 12
DEFAULT_SIZES_SPLIT = 5
#: How many of the closed forms that fit every value are asked of the engine, simplest first.
FORMS_TRIED = 3


@frozen
class Bound:
    """The extremum of ``expression`` in ``direction``: ``value`` (None: unknown, ``reason`` says
    why), the proof that no run goes past it, and the shortest run that reaches it."""

    expression: str
    direction: str
    value: int | None
    proof: Any = None  # the checking.Result of the inv E >= value (min) or E <= value (max)
    witness: Any = None  # the checking.Result of the reach E <= value (min) or E >= value (max)
    rounds: int = 0
    reason: str | None = None
    over: str = "state"  # "step": the expression reads a step (before_X, after_X, action)
    policy: Any = None  # the policy bounded (for a size of an "any" policy: the deployment)
    #: The range the expression can take at all (``observables.ranges``; None: unbounded that way).
    span: tuple[int | None, int | None] | None = None

    @property
    def at_range_end(self) -> bool:
        """The value is the end of the expression's own range (no instance serving, all of them
        unhealthy): no state can go past it, so its certificate shows nothing a run could break,
        and the run that reaches it is the whole finding."""
        if self.value is None or self.span is None:
            return False
        end = self.span[0] if self.direction == "min" else self.span[1]
        return end is not None and self.value == end


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").upper()[:40] or "EXPR"


def _kind(over: str) -> str:
    return "step" if over == "step" else "inv"


def stem_of(source: str, direction: str, over: str = "state") -> str:
    """The file name stem of a bound's questions: ``MIN-SERVING``, ``MAX-STEP-AFTER-UPGRADING-…``."""
    return f"{direction.upper()}-{'STEP-' if over == 'step' else ''}{_slug(source.strip())}"


def _question(pf: PolicyFile, pid: str, kind: str, source: str) -> Any:
    """The user property ``pid`` asking ``source`` (an ID taken by another question gets a hash)."""
    tree = user.compile_expression(pf.model, pf.policy, source, kind=kind)
    try:
        return user.define(pf.model, pid, kind, source, tree, "")
    except user.Conflict:
        tag = hashlib.sha1(E.text(tree).encode()).hexdigest()[:6].upper()
        return user.define(pf.model, f"{pid}-{tag}", kind, source, tree, "")


def compile_bound(model: str, policy: Any, source: str, over: str = "state") -> E.Expr:
    """The tree of an expression to bound (raises ``ExprError``): a number over the observables,
    or, over a step, over ``before_X``, ``after_X`` and ``action``."""
    return user.compile_expression(model, policy, source, want=E.INT, kind=_kind(over))


def ranges(model: str, policy: Any, over: str = "state") -> dict[str, Any]:
    """A sound range of each name an expression to bound may read (``observables.ranges``; over a
    step each observable twice, and the action codes)."""
    base = O.ranges(model, policy)
    if over != "step":
        return base
    codes = user.action_codes(model).values()
    return {**{f"before_{n}": r for n, r in base.items()}, **{f"after_{n}": r for n, r in base.items()},
            "action": (min(codes), max(codes))}


def initial_value(pf: PolicyFile, tree: E.Expr) -> int:
    """The expression's value in the model's default initial state."""
    ref = systems.reference(pf.model)
    s = ref.initial_state(pf.policy)
    return int(E.evaluate(tree, CONCRETE, user.plain_values(pf.model, tree, pf.policy, s)))


def first_step_values(pf: PolicyFile, tree: E.Expr) -> list[int]:
    """The step expression's value on each step the model takes from its default initial state."""
    ref = systems.reference(pf.model)
    s = ref.initial_state(pf.policy)
    out = []
    for a in ref.candidate_actions(s):
        t = ref.apply(s, a)
        if isinstance(t, Refused):
            continue
        values = user.plain_step_values(pf.model, tree, pf.policy, s, a, t)
        out.append(int(E.evaluate(tree, CONCRETE, values)))
    return out


def value_at(pf: PolicyFile, tree: E.Expr, trace: Any, over: str = "state") -> int:
    """The expression's value, read from the instances, in the state (or the last step) a trace records."""
    at = trace.at_step if trace.at_step is not None else len(trace.steps)
    run = plain.run_of(trace, at)
    if over == "step":
        values = user.plain_step_values(pf.model, tree, trace.policy, run.before, run.action, run.now)
    else:
        values = user.plain_values(pf.model, tree, trace.policy, run.now)
    return int(E.evaluate(tree, CONCRETE, values))


def bound(pf: PolicyFile, source: str, direction: str, timeout: float, max_rounds: int = 200,
          over: str = "state", stem: str | None = None) -> Bound:
    """The exact least (``min``) or greatest (``max``) value of ``source`` over the reachable states
    (``over = "step"``: the steps) of ``pf``'s policy (raises ``ExprError`` for a bad expression).

    First a run to the end of the expression's sound range is asked for (a proof there is then
    all that is left); then bisection between a value some run reaches (the initial state's, or
    the first steps', then each counterexample's) and a value nothing goes past (the range, then
    each proof), until they meet; the proof at the meeting value is the certificate.  ``stem``
    names the questions' files (default: ``stem_of``).
    """
    kind = _kind(over)
    tree = compile_bound(pf.model, pf.policy, source, over)
    # An int expression has no and/or/not at its top, so a comparison after it needs no parentheses.
    text = source.strip()
    lo_dir = direction == "min"
    sign = 1 if lo_dir else -1  # work with f = sign * E: a min of f either way
    lo_e, hi_e = E.span(tree, ranges(pf.model, pf.policy, over), user.constants(pf.model, kind))
    floor = lo_e if lo_dir else (None if hi_e is None else -hi_e)  # nothing goes below it (f)
    if over == "step":
        firsts = first_step_values(pf, tree)
        if not firsts:
            return Bound(text, direction, None, reason="the model takes no step from its initial state",
                         over=over, policy=pf.policy)
        reached = min(sign * v for v in firsts)
    else:
        reached = sign * initial_value(pf, tree)  # some run reaches it (f)
    proofs: dict[int, Any] = {}
    refuted: dict[int, Any] = {}  # f asked -> its refutation (over a step: the run to the bound)
    stem = stem or stem_of(text, direction, over)
    op = ">=" if lo_dir else "<="

    def ask(f: int) -> Any:
        k = sign * f
        num = str(k) if k >= 0 else f"M{-k}"
        prop = _question(pf, f"{stem}-{'GE' if lo_dir else 'LE'}-{num}", kind, f"{text} {op} {k}")
        return checking.check_one(pf, prop, timeout)

    def unknown(r: Any, rounds: int, why: str) -> Bound:
        return Bound(text, direction, None, r, None, rounds, why, over, pf.policy)

    def reach(k: int) -> Any:
        num = str(k) if k >= 0 else f"M{-k}"
        goal = _question(pf, f"{stem}-AT-{num}", "reach", f"{text} {'<=' if lo_dir else '>='} {k}")
        return checking.check_one(pf, goal, timeout)

    witness = None
    with checking._run_sessions(1):  # one prover session for every round: the model's invariant is found once
        rounds = 0
        if floor is not None and floor < reached:
            # The worst case is often at the end of the expression's range (no instance serving, all
            # of them unhealthy): a run there settles it at once, where bisection would walk down
            # through a counterexample per round (each a search of its own).
            rounds += 1
            if over == "step":
                r = ask(floor + 1)
                if isinstance(r.verdict, Proved):
                    proofs[floor + 1], floor = r, floor + 1
                elif isinstance(r.verdict, Refuted) and r.trace_value is not None:
                    v = sign * value_at(pf, tree, r.trace_value, over)
                    if v <= floor:
                        refuted[floor + 1], reached = r, v
            else:
                w = reach(sign * floor)
                if isinstance(w.verdict, Proved) and w.trace_value is not None:
                    if sign * value_at(pf, tree, w.trace_value, over) != floor:  # past a sound range: a bug
                        return unknown(w, rounds, f"internal error: a run of {w.prop.statement} goes past the "
                                                  f"expression's range")
                    witness, reached = w, floor
                elif isinstance(w.verdict, Refuted):  # the goal is unreachable: nothing goes down to it
                    floor += 1
        while floor is None or floor < reached or reached not in proofs:
            rounds += 1
            if rounds > max_rounds:
                return unknown(None, max_rounds, f"no bound within {max_rounds} rounds")
            if floor is None:  # no range below: step down from the value reached, doubling
                step = 2 ** (rounds - 1)
                f = reached - step + 1 if rounds > 1 else reached
            else:
                f = (floor + reached + 1) // 2 if floor < reached else reached
            r = ask(f)
            if isinstance(r.verdict, Proved):
                proofs[f] = r
                floor = f if floor is None else max(floor, f)
                continue
            if not isinstance(r.verdict, Refuted) or r.trace_value is None:
                return unknown(r, rounds, f"{r.prop.statement}: {checking.reason_of(r.verdict) or r.label}")
            v = sign * value_at(pf, tree, r.trace_value, over)
            if v >= f:  # a counterexample that does not go past f: a bug, not a bound
                return unknown(r, rounds, f"internal error: a counterexample of {r.prop.statement} reaches {sign * v}")
            refuted[f] = r
            reached = v
        k = sign * reached
        if over == "step":
            # The shortest run to a step with E = k: the shortest counterexample of "E >= k + 1".
            w = refuted.get(reached + 1)
            if w is None:
                w = ask(reached + 1)
            ok = isinstance(w.verdict, Refuted) and w.trace_value is not None and \
                sign * value_at(pf, tree, w.trace_value, over) == reached
        else:
            w = witness if witness is not None else reach(k)
            ok = isinstance(w.verdict, Proved) and getattr(w.verdict, "trace", None) is not None
        if not ok:
            return Bound(text, direction, None, proofs[reached], w, rounds,
                         f"no run reaching {k} was found: {checking.reason_of(w.verdict) or w.label}", over, pf.policy)
        return Bound(text, direction, k, proofs[reached], w, rounds, None, over, pf.policy, (lo_e, hi_e))


def written(b: Bound, out: Path) -> Bound:
    """``b`` with its proof's and its run's files written under ``out`` (``checking.write_artifacts``)."""
    return attrs.evolve(b, proof=b.proof and checking.write_artifacts(b.proof, out),
                        witness=b.witness and checking.write_artifacts(b.witness, out))


# --------------------------------------------------------------------------------------------
# Every N of a range, and a closed form proved for every N


@frozen
class Point:
    """The bound at one instance count N: one fixed-N bound per deployment of N instances (one for
    a scale set; every split of N over the roles of any size for a cloud service), ``value`` the
    worst of them (None where any is unknown)."""

    instances: int
    bounds: tuple[Bound, ...]

    @property
    def value(self) -> int | None:
        vals = [b.value for b in self.bounds]
        if not vals or None in vals:
            return None
        return min(vals) if self.bounds[0].direction == "min" else max(vals)

    @property
    def worst(self) -> Bound | None:
        """The deployment that reaches ``value`` (its run is the run of this N)."""
        v = self.value
        return None if v is None else next(b for b in self.bounds if b.value == v)


@frozen
class Tried:
    """A closed form that fits every value, as the engine judged ``E >= f`` (or ``<=``)."""

    form: str
    result: Any  # the checking.Result of the question under the "any" policy


@frozen
class Sized:
    """The bound of ``expression`` at each N of ``points``, and the closed form proved, if any."""

    expression: str
    direction: str
    over: str
    points: tuple[Point, ...]
    form: str | None = None  # the closed form proved (an expression over ``instances``)
    proof: Any = None  # the checking.Result of its question under the "any" policy
    tried: tuple[Tried, ...] = ()
    fitted: tuple[str, ...] = ()  # every form of the family that fits every value, simplest first
    reason: str | None = None  # why no closed form is proved
    picture: str | None = None  # the plot, relative to the output folder

    @property
    def lo(self) -> int:
        return self.points[0].instances

    @property
    def hi(self) -> int:
        return self.points[-1].instances


def open_sizes(policy: Any) -> int:
    """How many sizes an "any" policy leaves open (roles of any size; 1 for a scale set)."""
    counts = getattr(policy, "counts", None)
    return 1 if counts is None else sum(1 for c in counts if c == "any")


def smallest(policy: Any) -> int:
    return getattr(policy, "smallest_n", 1)


def default_range(policy: Any) -> tuple[int, int]:
    lo = smallest(policy)
    return lo, lo + (DEFAULT_SIZES if open_sizes(policy) == 1 else DEFAULT_SIZES_SPLIT) - 1


def deployments(policy: Any, n: int) -> list[Any]:
    """The concrete policies of ``n`` instances an "any" policy covers."""
    if hasattr(policy, "instantiations"):
        return policy.instantiations(n)
    return [policy.with_instances(n)]


def _sizes_tag(policy: Any) -> str:
    roles = getattr(policy, "roles", None)
    return "-".join(f"{_slug(r)}{c}" for r, c in roles) if roles else ""


def sized(pf: PolicyFile, source: str, direction: str, timeout: float, n_range: tuple[int, int] | None = None,
          over: str = "state", on_point: Callable[[Point], None] | None = None) -> Sized:
    """The bound at every N of ``n_range`` (default: ``default_range``) of an ``instances = "any"``
    policy, and a closed form in N proved for every N where one of the family fits every value."""
    lo, hi = n_range or default_range(pf.policy)
    text = source.strip()
    stem = stem_of(text, direction, over)
    compile_bound(pf.model, pf.policy, source, over)  # a bad expression is refused before any check
    points = []
    with checking._run_sessions(1):
        for n in range(lo, hi + 1):
            deps = deployments(pf.policy, n)
            bs = []
            for p in deps:
                tag = f"N{n}" + (f"-{_sizes_tag(p)}" if len(deps) > 1 else "")
                bs.append(bound(attrs.evolve(pf, policy=p), source, direction, timeout, over=over, stem=f"{stem}-{tag}"))
            points.append(Point(n, tuple(bs)))
            if on_point:
                on_point(points[-1])
        return closed_form(pf, Sized(text, direction, over, tuple(points)), timeout)


# The family of closed forms: ``a * N + c`` plus up to two terms of ``terms`` with small integer
# coefficients, each fitted to every value; the terms are floors and ceilings of N times each
# percentage of the policy (and the batch size's ``max(1, …)``), or of N over its update domains.
COEFFICIENTS = (-2, -1, 1, 2)
SLOPES = (-2, -1, 0, 1, 2)


def _percent_terms(N: str, p: int) -> list[tuple[str, Callable[[int], int]]]:
    if p == 100:
        return []
    if 100 % p == 0:
        k = 100 // p
        fl, ce = f"{N} // {k}", f"({N} + {k - 1}) // {k}"
    else:
        fl, ce = f"{N} * {p} // 100", f"({N} * {p} + 99) // 100"
    return [(fl, lambda n, p=p: n * p // 100), (ce, lambda n, p=p: -(-n * p // 100)),
            (f"max(1, {fl})", lambda n, p=p: max(1, n * p // 100))]


def _domain_terms(N: str, k: int) -> list[tuple[str, Callable[[int], int]]]:
    if k <= 1:
        return []
    return [(f"{N} // {k}", lambda n, k=k: n // k), (f"({N} + {k - 1}) // {k}", lambda n, k=k: -(-n // k)),
            (f"min({N}, {k})", lambda n, k=k: min(n, k))]


def terms(model: str, policy: Any, N: str = "instances") -> list[tuple[str, Callable[[int], int]]]:
    """The terms of the family for ``policy``, each as text over the name ``N`` and as a function;
    terms with the same values over N = 1..200 are one."""
    out: list[tuple[str, Callable[[int], int]]] = []
    if model == "scale_set":
        for p in dict.fromkeys((policy.max_batch_instance_percent, policy.max_unhealthy_instance_percent,
                                policy.max_unhealthy_upgraded_instance_percent)):
            out += _percent_terms(N, p)
        if policy.service_fabric:
            out += _domain_terms(N, policy.update_domains)
        if policy.zones > 1:  # a zone's share of N, as an update domain's
            out += _domain_terms(N, policy.zones)
    else:
        out += _domain_terms(N, policy.upgrade_domains)
    seen: set[tuple[int, ...]] = {tuple(range(1, 201))}  # (N itself is the affine part's)
    kept = []
    for t, fn in out:
        key = tuple(fn(n) for n in range(1, 201))
        if key in seen or len(set(key)) == 1:
            continue
        seen.add(key)
        kept.append((t, fn))
    return kept


def _write_form(N: str, a: int, c: int, parts: list[tuple[int, str]]) -> str:
    out = ""
    for coef, t in ([(a, N)] if a else []) + parts:
        mag = abs(coef)
        bare = "//" not in t or t.startswith(("max(", "min("))  # (unary - and * bind tighter than //)
        body = t if mag == 1 else f"{mag} * {t}" if bare else f"{mag} * ({t})"
        if not out and coef < 0:
            out = f"-{body}" if mag > 1 or bare else f"-({body})"
        else:
            out += body if not out else f" {'+' if coef > 0 else '-'} {body}"
    if c or not out:
        out += str(c) if not out else f" {'+' if c > 0 else '-'} {abs(c)}"
    return out


def fits(model: str, policy: Any, values: list[tuple[int, int]], N: str = "instances") -> list[str]:
    """Every closed form of the family (over the name ``N``) equal to each ``(n, value)``, simplest
    first: fewer terms, then smaller coefficients."""
    if not values:
        return []
    ts = terms(model, policy, N)
    ns = [n for n, _ in values]
    found: list[tuple[tuple[int, int], str]] = []
    for size in (0, 1, 2):
        for combo in itertools.combinations(range(len(ts)), size):
            cols = [[ts[i][1](n) for n in ns] for i in combo]
            for a in SLOPES:
                for coefs in itertools.product(COEFFICIENTS, repeat=size):
                    rest = [a * n + sum(b * col[j] for b, col in zip(coefs, cols)) for j, n in enumerate(ns)]
                    c = values[0][1] - rest[0]
                    if all(v == r + c for (_, v), r in zip(values, rest)):
                        weight = (size, abs(a) + sum(abs(b) for b in coefs) + (c != 0))
                        found.append((weight, _write_form(N, a, c, [(b, ts[i][0]) for b, i in zip(coefs, combo)])))
    found.sort(key=lambda x: x[0])
    return list(dict.fromkeys(f for _, f in found))


def form_values(model: str, policy: Any, form: str, ns: list[int], over: str = "state") -> list[int]:
    """The closed form's value at each N, read by the expression language itself."""
    N = "before_instances" if over == "step" else "instances"
    tree = user.compile_expression(model, policy, form, want=E.INT, kind=_kind(over))
    return [int(E.evaluate(tree, CONCRETE, {N: n})) for n in ns]


def closed_form(pf: PolicyFile, s: Sized, timeout: float) -> Sized:
    """``s`` with the closed form proved: the forms that fit every value, simplest first, each
    asked of the engine as ``E >= f`` (``<=`` for max) under the "any" policy, until one is proved."""
    missing = [p.instances for p in s.points if p.value is None]
    if missing:
        return attrs.evolve(s, reason=f"the value is unknown at N = {', '.join(map(str, missing))}")
    N = "before_instances" if s.over == "step" else "instances"
    values = [(p.instances, p.value) for p in s.points]
    ns, vs = [n for n, _ in values], [v for _, v in values]
    # (Each form as the expression language reads it, the very text the engine is asked about.)
    fitted = [f for f in fits(pf.model, pf.policy, values, N) if form_values(pf.model, pf.policy, f, ns, s.over) == vs]
    if not fitted:
        return attrs.evolve(s, reason="no closed form of the family fits every value")
    kind = _kind(s.over)
    op = ">=" if s.direction == "min" else "<="
    stem = stem_of(s.expression, s.direction, s.over)
    tried = []
    with checking._run_sessions(1):
        for k, form in enumerate(fitted[:FORMS_TRIED]):
            prop = _question(pf, f"{stem}-FORM{k + 1 if k else ''}", kind, f"{s.expression} {op} {form}")
            r = checking.check_one(pf, prop, timeout)
            tried.append(Tried(form, r))
            if isinstance(r.verdict, Proved) and r.trace_value is None:
                return attrs.evolve(s, form=form, proof=r, tried=tuple(tried), fitted=tuple(fitted))
    why = "; ".join(f"{t.form}: {_outcome(t.result)}" for t in tried)
    return attrs.evolve(s, tried=tuple(tried), fitted=tuple(fitted),
                        reason=f"no closed form proved ({why})")


def _outcome(r: Any) -> str:
    v = r.verdict
    if isinstance(v, Refuted):
        n = getattr(v.scope, "instances", None)
        return f"refuted at N = {n}" if n is not None else "refuted"
    return f"{v.verdict}" + (f" ({checking.reason_of(v)})" if checking.reason_of(v) else "")


def sized_written(s: Sized, out: Path, pf: PolicyFile) -> Sized:
    """``s`` with every point's files, the closed form's proof (or the forms' counterexamples) and
    the plot written under ``out``."""
    points = tuple(attrs.evolve(p, bounds=tuple(written(b, out) for b in p.bounds)) for p in s.points)
    proof = s.proof and checking.write_artifacts(s.proof, out)
    tried = tuple(attrs.evolve(t, result=checking.write_artifacts(t.result, out)) for t in s.tried)
    s = attrs.evolve(s, points=points, proof=proof, tried=tried)
    folder = out / pf.name
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{stem_of(s.expression, s.direction, s.over)}.png"
    (folder / name).write_bytes(plot(s, pf))
    return attrs.evolve(s, picture=f"{pf.name}/{name}")


# --------------------------------------------------------------------------------------------
# The plot of value against N


def plot(s: Sized, pf: PolicyFile) -> bytes:
    """A PNG of the value at each N (points) and the closed form (a line), deterministic bytes."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 4.5), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    known = [(p.instances, p.value) for p in s.points if p.value is not None]
    ns = [p.instances for p in s.points]
    if s.form is not None:
        fine = list(range(ns[0], ns[-1] + 1))
        ax.step(fine, form_values(pf.model, pf.policy, s.form, fine, s.over), where="mid", color="#4e79a7",
                linewidth=1.5, label=f"{s.form}  (proved: {_scope_words(s, pf)})")
    elif s.fitted:
        fine = list(range(ns[0], ns[-1] + 1))
        ax.step(fine, form_values(pf.model, pf.policy, s.fitted[0], fine, s.over), where="mid", color="#bab0ac",
                linewidth=1.2, linestyle="--", label=f"{s.fitted[0]}  (fits every point; not proved)")
    if known:
        ax.plot([n for n, _ in known], [v for _, v in known], "o", color="#e15759", markersize=6,
                label="exact value at N (a run reaching it, a proof nothing goes past it)")
    for p in s.points:
        if p.value is None:
            ax.axvline(p.instances, color="#bab0ac", linestyle=":", linewidth=1)
    ax.set_xlabel("N (instances)")
    what = f"{'least' if s.direction == 'min' else 'greatest'} {s.expression}" + (" over a step" if s.over == "step" else "")
    ax.set_ylabel(s.expression if len(s.expression) <= 28 else "value")
    ax.set_title(f"{pf.name}: {what}, N = {s.lo}..{s.hi}", fontsize=11)
    ax.set_xticks(ns if len(ns) <= 25 else ns[:: max(1, len(ns) // 20)])
    from matplotlib.ticker import MaxNLocator

    ys = [v for _, v in known] + [line.get_ydata()[k] for line in ax.get_lines() for k in range(len(line.get_ydata()))]
    if ys:  # integer ticks, zero in sight, and room for a flat line
        lo, hi = min(0, min(ys)), max(0, max(ys))
        pad = max(1 if hi - lo < 2 else 0.5, (hi - lo) * 0.06)
        ax.set_ylim(lo - pad, hi + pad)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(True, color="#dddddd", linewidth=0.6)
    ax.legend(loc="best", fontsize=8, framealpha=0.9)
    missing = [p.instances for p in s.points if p.value is None]
    if s.form is None or missing:
        note = "no closed form proved" + ("; " if s.form is None else "")
        note = (note if s.form is None else "") + (f"the value is unknown at N = {', '.join(map(str, missing))} (dotted)"
                                                   if missing else "the values per N are exact")
        ax.text(0.01, -0.2, note, transform=ax.transAxes, fontsize=8, color="#555555")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def _scope_words(s: Sized, pf: PolicyFile) -> str:
    v = s.proof.verdict if s.proof is not None else None
    return checking.scope_text(getattr(v, "scope", None), pf.policy, s.proof.prop) if v is not None else "–"


# --------------------------------------------------------------------------------------------
# JSON and text


def _files(*results: Any) -> list[str]:
    return [f for r in results if r is not None for f in getattr(r, "files", ())] + \
        [getattr(r, "trace") for r in results if r is not None and getattr(r, "trace", None)]


def bound_json(b: Bound) -> dict[str, Any]:
    """One fixed-N bound of ``rollproof bound --format json`` (docs/json-output.md)."""
    proof, wit = b.proof, b.witness
    pv = getattr(proof, "verdict", None)
    ok = b.value is not None
    return {
        "expression": b.expression,
        "direction": b.direction,
        "over": b.over,
        "value": b.value,
        "scope": checking.scope_json(getattr(pv, "scope", None)) if ok else None,
        "trace": getattr(wit, "trace", None) if ok else None,
        "trace_length": getattr(wit, "trace_length", None) if ok else None,
        "witness": getattr(wit, "label", None),
        "certified_by": list(getattr(pv, "certified_by", ()) or ()) if ok else [],
        "certificate": getattr(pv, "certificate", None) if ok else None,
        "files": [*getattr(proof, "files", ()), *getattr(wit, "files", ())] if ok else [],
        "method": getattr(pv, "method", None),
        "rounds": b.rounds,
        "reason": b.reason,
    }


def sized_json(s: Sized, pf: PolicyFile) -> dict[str, Any]:
    """One bound over a range of N: ``value`` the ``[N, value]`` pairs, ``closed_form`` the form
    proved (None if none), ``scope``/``certificate``/``certified_by`` its proof's, ``points`` every
    N's fixed-N bounds (one per deployment)."""
    pv = getattr(s.proof, "verdict", None)
    points = []
    for p in s.points:
        deps = []
        for b in p.bounds:
            d = bound_json(b)
            roles = getattr(b.policy, "roles", None)
            d["roles"] = {r: c for r, c in roles} if roles else None
            deps.append(d)
        points.append({"instances": p.instances, "value": p.value, "deployments": deps})
    return {
        "expression": s.expression,
        "direction": s.direction,
        "over": s.over,
        "value": [[p.instances, p.value] for p in s.points],
        "n_range": [s.lo, s.hi],
        "closed_form": s.form,
        "scope": checking.scope_json(pv.scope) if pv is not None else {"instances": [s.lo, s.hi], "depth": None},
        "trace": None,
        "certified_by": list(getattr(pv, "certified_by", ()) or ()),
        "certificate": getattr(pv, "certificate", None),
        "files": list(getattr(s.proof, "files", ()) or ()) + ([s.picture] if s.picture else []),
        "method": getattr(pv, "method", None),
        "picture": s.picture,
        "fitted": list(s.fitted),
        "tried": [{"form": t.form, "verdict": t.result.label, "outcome": t.result.word,
                   "scope": checking.scope_json(getattr(t.result.verdict, "scope", None)),
                   "trace": t.result.trace, "reason": checking.reason_of(t.result.verdict)} for t in s.tried],
        "points": points,
        "reason": s.reason,
    }


def to_json(pf: PolicyFile, bounds: list[Any]) -> dict[str, Any]:
    """One policy of ``rollproof bound --format json`` (docs/json-output.md)."""
    out = [sized_json(b, pf) if isinstance(b, Sized) else bound_json(b) for b in bounds]
    return {"name": pf.name, "file": pf.file, "model": pf.model, "parameters": pf.parameters, "bounds": out}


def _head(b: Any) -> str:
    return f"  {b.direction}{' over a step' if b.over == 'step' else ''} {b.expression}"


def text(pf: PolicyFile, bounds: list[Any], out: Any) -> str:
    """The bounds of one policy for a terminal: each value, the run reaching it, the proof."""
    lines = [f"{pf.name} · {pf.model} · {pf.file}"]
    for b in bounds:
        lines += sized_text(b, pf, out) if isinstance(b, Sized) else bound_text(b, pf, out)
    return "\n".join(lines)


def bound_text(b: Bound, pf: PolicyFile, out: Any) -> list[str]:
    head = _head(b)
    if b.value is None:
        return [f"{head}: unknown ({b.reason})"]
    p, w = b.proof, b.witness
    past = "below" if b.direction == "min" else "above"
    lines = [f"{head} = {O.shown(pf.model, b.policy or pf.policy, b.expression, b.value)}"]
    if b.over == "state":
        lines.append(f"    reached: {w.label}, {w.trace_length} steps: {out / w.trace}")
    else:
        run = "a shortest run" if w.label == "refuted" else "a run (not shown shortest)"
        lines.append(f"    reached at the last step of {run}, {w.trace_length} steps: {out / w.trace}")
    if w.trace_value is not None and w.trace_value.why:
        lines.append(f"      {w.trace_value.why}")
    cert = next((f for f in p.files if f.endswith(".certificate.txt")), None)
    lines.append(f"    no {'run' if b.over == 'state' else 'step'} goes {past}: {p.label} "
                 f"({checking.scope_text(p.verdict.scope, b.policy or pf.policy, p.prop)})"
                 + (f", certificate {out / cert}" if cert else ""))
    return lines


def _cert(r: Any) -> str | None:
    return next((f for f in getattr(r, "files", ()) if f.endswith(".certificate.txt")), None)


def sized_text(s: Sized, pf: PolicyFile, out: Any) -> list[str]:
    lines = [f"{_head(s)}, N = {s.lo}..{s.hi}"]
    for p in s.points:
        w = p.worst
        if w is None:
            bad = next(b for b in p.bounds if b.value is None)
            lines.append(f"    N = {p.instances:>3}: unknown ({bad.reason})")
            continue
        where = f" ({', '.join(f'{r} {c}' for r, c in w.policy.roles)})" if len(p.bounds) > 1 else ""
        certs = [c for b in p.bounds if (c := _cert(b.proof))]
        lines.append(f"    N = {p.instances:>3}: {p.value:>4}{where}   run {out / w.witness.trace} ({w.witness.trace_length} steps)"
                     + (f", proof {out / certs[0]}" if len(certs) == 1 else f", {len(certs)} proofs (one per deployment)"))
    past = "below" if s.direction == "min" else "above"
    if s.form is not None:
        scope = checking.scope_text(s.proof.verdict.scope, pf.policy, s.proof.prop)
        cert = _cert(s.proof)
        lines.append(f"    closed form: {s.form}")
        lines.append(f"      no {'run' if s.over == 'state' else 'step'} goes {past} it: {s.proof.label} ({scope})"
                     + (f", certificate {out / cert}" if cert else ""))
        lines.append(f"      equal to the value at every N = {s.lo}..{s.hi} above (a run reaching it at each)")
    else:
        lines.append(f"    no closed form proved; values per N listed ({s.reason})")
    for t in s.tried:
        if t.form != s.form:
            lines.append(f"      tried {t.form}: {_outcome(t.result)}"
                         + (f", run {out / t.result.trace}" if t.result.trace else ""))
    if s.picture:
        lines.append(f"    plot: {out / s.picture}")
    return lines


# --------------------------------------------------------------------------------------------
# Worst cases of a policy (the report's tables)


@frozen
class Ask:
    """One worst case to bound: what it is in words, and the bound's direction, expression and kind."""

    label: str
    direction: str
    source: str
    over: str = "state"


def _waits_counted(policy: Any) -> str:
    """What ``elapsed`` charges under ``policy``, in words: the waits it sets, and those it leaves at 0."""
    from rollproof.model import durations
    from rollproof.model.scale_set_rules import PROBE_WAIT_SECONDS

    counted = [f"a {durations.show(PROBE_WAIT_SECONDS)} probe wait a batch" if policy.health_probe else None,
               f"{durations.show(policy.instance_update_time)} to update each batch" if policy.instance_update_time else None,
               f"a {durations.show(policy.pause_time_between_batches)} pause between batches"
               if policy.pause_time_between_batches else None]
    zero = [k for k, v in (("instance_update_time", policy.instance_update_time),
                           ("pause_time_between_batches", policy.pause_time_between_batches)) if not v]
    said = "; ".join(c for c in counted if c) or "no documented wait"
    return said + (f"; {' and '.join(zero)} = 0, so not counted" if zero else "")


def worst_asks(pf: PolicyFile) -> list[Ask]:
    """The worst cases a reviewer asks of a policy first: for a scale set the least serving, the most
    unhealthy, the most update domains upgrading at once (with Service Fabric: without it the set
    is one domain), the largest batch started by one step and the longest upgrade; for a cloud service the least online
    of each role, the most UDs with an instance down and the most instances one step takes down."""
    if pf.model == "scale_set":
        out = [Ask("least serving instances", "min", "serving"), Ask("most unhealthy instances", "max", "unhealthy")]
        if pf.policy.service_fabric:
            out.append(Ask("most update domains upgrading at once", "max", "uds_upgrading"))
        if pf.policy.zones > 1:
            out.append(Ask("most availability zones with an instance down at once", "max", "zones_down"))
        out.append(Ask("largest batch (instances one step puts into upgrade)", "max",
                       "after_upgrading - before_upgrading", "step"))
        out.append(Ask(f"longest upgrade by its documented waits, each at the longest, to the end of the batches it "
                       f"started ({_waits_counted(pf.policy)}): the most those waits add up to, not how long it takes",
                       "max", "elapsed"))
        return out
    out = [Ask(f"least {role} instances online", "min", name) for role, name in O.online_by_role(pf.policy)]
    out.append(Ask("most UDs with an instance down", "max", "uds_down"))
    out.append(Ask("largest batch (instances one step takes down)", "max", "after_down - before_down", "step"))
    return out


@frozen
class Worst:
    """A worst case of a policy as found: the ask, and its ``Bound`` (fixed N) or ``Sized`` (any N)."""

    policy: PolicyFile
    ask: Ask
    bound: Any
    seconds: float = 0.0


def _plain(r: Any) -> Any:
    """What crosses from a worker process: a question's ID, kind and expression, and its verdict
    (a property holds code, which does not pickle; the parent defines the question again)."""
    if r is None:
        return None
    q = user.DEFINED[(r.prop.model, r.prop.id)]
    return (r.prop.id, q.kind, q.source, r.verdict, r.seconds)


def _rebuilt(pf: PolicyFile, plain_r: Any) -> Any:
    if plain_r is None:
        return None
    pid, kind, source, verdict, seconds = plain_r
    tree = user.compile_expression(pf.model, pf.policy, source, kind=kind)
    try:
        prop = user.define(pf.model, pid, kind, source, tree, "")
    except user.Conflict:  # (two workers gave one ID to two expressions whose names read alike)
        prop = _question(pf, pid, kind, source)
    return checking.Result(policy=pf, prop=prop, verdict=verdict, seconds=seconds)


def _bound_plain(b: Bound) -> Any:
    return attrs.evolve(b, proof=_plain(b.proof), witness=_plain(b.witness))


def _bound_rebuilt(pf: PolicyFile, b: Bound) -> Bound:
    return attrs.evolve(b, proof=_rebuilt(pf, b.proof), witness=_rebuilt(pf, b.witness))


def _sized_plain(s: Sized) -> Any:
    return attrs.evolve(s, points=tuple(attrs.evolve(p, bounds=tuple(_bound_plain(b) for b in p.bounds)) for p in s.points),
                        proof=_plain(s.proof), tried=tuple(attrs.evolve(t, result=_plain(t.result)) for t in s.tried))


def _sized_rebuilt(pf: PolicyFile, s: Sized) -> Sized:
    points = tuple(attrs.evolve(p, bounds=tuple(_bound_rebuilt(attrs.evolve(pf, policy=b.policy), b) for b in p.bounds))
                   for p in s.points)
    return attrs.evolve(s, points=points, proof=_rebuilt(pf, s.proof),
                        tried=tuple(attrs.evolve(t, result=_rebuilt(pf, t.result)) for t in s.tried))


def worst_cases(pfs: list[PolicyFile], timeout: float, jobs: int = 1, n_range: tuple[int, int] | None = None,
                on_done: Callable[[Worst, int, int], None] | None = None) -> list[Worst]:
    """Every worst case (``worst_asks``) of every policy, one bound search per worker process at a
    time (``checking.pool_map``), inside the run's prover sessions and verdict cache; an "any"
    policy is bounded at each N of ``n_range`` (default: ``default_range``) with its closed form."""
    import time

    work = [(pf, a) for pf in pfs for a in worst_asks(pf)]

    def task(pf: PolicyFile, a: Ask) -> Callable[[], Any]:
        def go() -> Any:
            t0 = time.perf_counter()
            if _is_any(pf.policy):
                out = _sized_plain(sized(pf, a.source, a.direction, timeout, n_range, a.over))
            else:
                out = _bound_plain(bound(pf, a.source, a.direction, timeout, over=a.over))
            return out, time.perf_counter() - t0
        return go

    found: list[Worst | None] = [None] * len(work)

    def done(k: int, value: Any, finished: int) -> None:
        pf, a = work[k]
        if isinstance(value, Exception):
            b: Any = Bound(a.source, a.direction, None, reason=f"internal error: {type(value).__name__}: {value}",
                           over=a.over, policy=pf.policy)
            secs = 0.0
        else:
            got, secs = value
            b = _sized_rebuilt(pf, got) if isinstance(got, Sized) else _bound_rebuilt(pf, got)
        found[k] = Worst(pf, a, b, secs)
        if on_done:
            on_done(found[k], finished, len(work))

    with checking._run_sessions(jobs):
        checking.pool_map([task(pf, a) for pf, a in work], jobs, on_done=done)
    return [w for w in found if w is not None]


def _is_any(policy: Any) -> bool:
    return bool(getattr(policy, "parametric", False) or getattr(policy, "instances", 0) == "any")
