"""Bounded model checking over a counting model: incremental, depth by depth, so the first hit is shortest.

For an ``inv``/``live`` property the query at depth k asks for a run of k steps whose last state
violates the predicate (or whose last step violates an inv's transition part); a ``step`` property
asks for a violating last transition; a ``reach`` property asks for a run ending in the goal.  Every
depth below a hit was unsatisfiable, so the hit is a shortest counterexample (or witness).
"""

from __future__ import annotations

import time
from typing import Any

import z3
from attrs import frozen

from properties.registry import Kind, Property
from solver.symbolic import Unrolling, to_z3


@frozen
class Hit:
    """A satisfying run of ``depth`` steps, as the Z3 model and the unrolling it is over."""

    depth: int
    model: Any
    unrolling: Any


@frozen
class NoHit:
    """No run up to ``depth`` (every depth 0..depth unsatisfiable); ``reason`` if stopped early."""

    depth: int
    reason: str | None = None
    timed_out: bool = False


def init_condition(C: Any, policy: Any, prop: Property, R: Unrolling) -> Any:
    """The initial states a check starts from: the policy's, or the property's own start."""
    L = R.L
    init_policy = prop.start_policy(policy) if prop.start_policy else policy
    cond = C.init(L, init_policy, R.states[0])
    if prop.start is not None:
        cond = L.and_(cond, prop.start(L, policy, R.views[0]))
    return cond


def target(prop: Property, policy: Any, R: Unrolling, k: int) -> Any:
    """What a hit at depth ``k`` must satisfy: a violation, or the goal of a reach property."""
    v, L = R.views[k], R.L
    if prop.kind == Kind.REACH:
        return prop.goal(L, policy, v)
    if prop.kind == Kind.STEP:
        if k == 0:
            return False
        return L.not_(prop.holds(L, policy, R.views[k - 1], R.acts[k - 1], v))
    bad = L.not_(prop.holds(L, policy, v))
    if prop.step_holds is not None and k >= 1:
        bad = L.or_(bad, L.not_(prop.step_holds(L, policy, R.views[k - 1], R.acts[k - 1], v)))
    return bad


def step_constraint(C: Any, policy: Any, prop: Property, R: Unrolling) -> Any:
    """Add one step to ``R``: the transition, restricted by the property's ``allowed`` if any."""
    t = len(R.acts)
    trans = R.add_step()
    if prop.allowed is not None:
        trans = R.L.and_(trans, prop.allowed(R.L, policy, R.views[t], R.acts[t], R.views[t + 1]))
    return trans


def search(
    C: Any,
    policy: Any,
    prop: Property,
    *,
    max_depth: int,
    deadline: float,
    extra: Any = None,
    invariant: Any = None,
    tag: str = "",
    min_depth: int = 0,
    width: int | None = None,
    settled: Any = None,
    settle_by: float | None = None,
) -> Hit | NoHit:
    """Search depths min_depth..max_depth for the first run hitting the property's target.

    ``extra`` is an optional function ``(state) -> constraint`` on the initial state (e.g. ``n < 7``).
    ``invariant`` is an optional function ``(R, t) -> constraint`` on state ``t``: a proved
    inductive invariant of the same system, which prunes no reachable state but speeds each query.
    ``settled`` is an optional function ``() -> invariant or None``: an invariant that does not
    depend on how far the check's proof attempts got in their time (the model's own, once found),
    over which a hit's run is asked again (``again``), by ``settle_by`` (the check's own deadline,
    which may be later than this search's).
    """
    R = Unrolling(C, policy, tag, width)
    # Each depth's query goes to a fresh solver over the constraints so far: the invariant
    # pre-filter leaves few real queries, and a fresh solver simplifies each one as a whole
    # (measured faster than one incremental solver on the deep searches).
    constraints = [to_z3(init_condition(C, policy, prop, R))]
    if extra is not None:
        constraints.append(to_z3(extra(R.states[0])))
    plain = list(constraints)  # without the invariant
    invs = []  # the invariant at each depth, built once
    if invariant is not None:
        invs.append(to_z3(invariant(R, 0)))
        constraints.append(invs[0])
    for k in range(max_depth + 1):
        if k > 0:
            constraints.append(to_z3(step_constraint(C, policy, prop, R)))
            plain.append(constraints[-1])
            if invariant is not None:
                invs.append(to_z3(invariant(R, k)))
                constraints.append(invs[k])
        if k < min_depth:
            continue
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return NoHit(k - 1, f"timeout before depth {k}", timed_out=True)
        goal = to_z3(target(prop, policy, R, k))
        if invariant is not None and _excluded_by_invariant(goal, invs[k], remaining):
            continue  # the invariants at depth k alone rule the target out: no path needed
        solver = z3.Solver()
        solver.set("timeout", max(1, int(remaining * 1000)))
        solver.add(*constraints)
        solver.add(goal)
        asked = time.monotonic()
        r = solver.check()
        if r == z3.sat:
            # The question again in a context of its own (given three times what it took here),
            # over the settled invariant where known: the run shown then depends on the question,
            # not on what this process built before or how far its proof attempts got.
            fixed = settled() if settled is not None else None
            terms = plain + [to_z3(fixed(R, t)) for t in range(k + 1)] if fixed is not None else constraints
            model = again(terms + [goal], settle_by or deadline, 1.0 + 3 * (time.monotonic() - asked))
            return Hit(k, model or solver.model(), R)
        if r == z3.unknown:
            return NoHit(k - 1, f"solver returned unknown at depth {k} ({solver.reason_unknown()})", timed_out=True)
    return NoHit(max_depth)


PIPELINE = ("simplify", "propagate-values", "solve-eqs", "smt")


def again(terms: list[Any], deadline: float, budget: float) -> Any:
    """A model of ``terms`` that depends on these formulas alone, or None if none within ``budget``.

    The terms are copied into a Z3 context of their own and solved there, by a fixed pipeline of
    tactics.  A model found in the
    process's main context depends on term ids, which follow everything built before (which checks
    ran first, which worker of a parallel run got which check): the same property could show
    another run of the same length from one report to the next.
    """
    remaining = min(deadline - time.monotonic(), budget)
    if remaining <= 0:
        return None
    ctx = z3.Context()
    # A fixed pipeline of tactics: Z3's default strategy for integer problems gives some of its
    # tactics a time limit, so which model it finds can depend on the machine's load.
    solver = z3.Then(*(z3.Tactic(t, ctx=ctx) for t in PIPELINE), ctx=ctx).solver()
    solver.set("timeout", max(1, int(remaining * 1000)))
    solver.add(*(t.translate(ctx) for t in terms))
    if solver.check() != z3.sat:
        return None
    return solver.model().translate(z3.main_ctx())


def _excluded_by_invariant(goal: Any, inv: Any, remaining: float) -> bool:
    """Whether ``goal ∧ inv`` is unsatisfiable on its own (a quick check on one state)."""
    quick = z3.Solver()
    quick.set("timeout", max(1, int(min(remaining, 5.0) * 1000)))
    quick.add(goal, inv)
    return quick.check() == z3.unsat
