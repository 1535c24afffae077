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
) -> Hit | NoHit:
    """Search depths min_depth..max_depth for the first run hitting the property's target.

    ``extra`` is an optional function ``(state) -> constraint`` on the initial state (e.g. ``n < 7``).
    ``invariant`` is an optional function ``(R, t) -> constraint`` on state ``t``: a proved
    inductive invariant of the same system, which prunes no reachable state but speeds each query.
    """
    R = Unrolling(C, policy, tag, width)
    # Each depth's query goes to a fresh solver over the constraints so far: the invariant
    # pre-filter leaves few real queries, and a fresh solver simplifies each one as a whole
    # (measured faster than one incremental solver on the deep searches).
    constraints = [to_z3(init_condition(C, policy, prop, R))]
    if extra is not None:
        constraints.append(to_z3(extra(R.states[0])))
    invs = []  # the invariant at each depth, built once
    if invariant is not None:
        invs.append(to_z3(invariant(R, 0)))
        constraints.append(invs[0])
    for k in range(max_depth + 1):
        if k > 0:
            constraints.append(to_z3(step_constraint(C, policy, prop, R)))
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
        r = solver.check()
        if r == z3.sat:
            return Hit(k, solver.model(), R)
        if r == z3.unknown:
            return NoHit(k - 1, f"solver returned unknown at depth {k} ({solver.reason_unknown()})", timed_out=True)
    return NoHit(max_depth)


def _excluded_by_invariant(goal: Any, inv: Any, remaining: float) -> bool:
    """Whether ``goal ∧ inv`` is unsatisfiable on its own (a quick check on one state)."""
    quick = z3.Solver()
    quick.set("timeout", max(1, int(min(remaining, 5.0) * 1000)))
    quick.add(goal, inv)
    return quick.check() == z3.unsat
