"""Explicit-state breadth-first search over a counting model: shortest counterexamples, state by state.

Bounded model checking pays for each depth with a larger solver query.  Where the reachable
counting states up to that depth are few, visiting them one by one is far cheaper: the search
goes level by level, visits each counting state once (a counting state stands for every
per-instance state the rules cannot tell apart), and tries every step the model's ``choices``
lists, which the model's own ``step`` guard then accepts or refuses.  The initial states are
every solution of the initial condition BMC starts from.  The first level that holds a violation
(or, for a reach property, the goal) is a shortest depth, since every shallower state and step
was checked; when no new state turns up, every reachable state has been checked.

The search evaluates the property exactly as ``solver.bmc.target`` asks the solver to, on the
concrete logic; ``solver.decode`` turns a run into a replayed per-instance trace.
"""

from __future__ import annotations

import time
from typing import Any

import z3
from attrs import frozen

from model.logic import CONCRETE
from properties.registry import Kind, Property
from solver.bmc import init_condition
from solver.symbolic import Unrolling, evaluate, leaves, to_z3

INITIAL_LIMIT = 64  # more initial states than this: the search does not apply (BMC takes them at once)


@frozen
class Run:
    """A run of ``depth`` steps whose last state (or step) hits the property's target."""

    depth: int
    counts: tuple[Any, ...]
    acts: tuple[Any, ...]
    args: tuple[Any, ...]
    states: int  # counting states visited


@frozen
class Cleared:
    """No hit at any depth up to ``depth``; ``exhausted``: none at any depth (every reachable state visited)."""

    depth: int
    states: int
    exhausted: bool = False


def initial_states(C: Any, policy: Any, prop: Property, limit: int = INITIAL_LIMIT) -> list[Any] | None:
    """Every counting state the initial condition (and the property's start) allows, or None if more than ``limit``."""
    R = Unrolling(C, policy, "init")
    solver = z3.Solver()
    solver.add(to_z3(init_condition(C, policy, prop, R)))
    terms = [t for t in leaves(R.states[0]) if isinstance(t, z3.ExprRef)]
    out = []
    while solver.check() == z3.sat:
        if len(out) == limit:
            return None
        m = solver.model()
        out.append(evaluate(m, R.states[0]))
        solver.add(z3.Or(*(t != m.eval(t, model_completion=True) for t in terms)))
    return out


def _bad_state(prop: Property, policy: Any, v: Any) -> bool:
    if prop.kind == Kind.REACH:
        return bool(prop.goal(CONCRETE, policy, v))
    if prop.kind == Kind.STEP:
        return False
    return not prop.holds(CONCRETE, policy, v)


def _bad_step(prop: Property, policy: Any, before: Any, a: int, after: Any) -> bool:
    if prop.kind == Kind.STEP:
        return not prop.holds(CONCRETE, policy, before, a, after)
    if prop.kind != Kind.REACH and prop.step_holds is not None:
        return not prop.step_holds(CONCRETE, policy, before, a, after)
    return False


def search(C: Any, policy: Any, prop: Property, *, deadline: float, max_depth: int,
           max_states: int = 200_000) -> Run | Cleared | None:
    """Breadth-first search for a shortest run hitting the property's target (None: not applicable)."""
    if not hasattr(C, "choices"):
        return None
    inits = initial_states(C, policy, prop)
    if inits is None:
        return None
    parent: dict[Any, tuple[Any, int, Any] | None] = {}
    views: dict[Any, Any] = {}

    def run(last: Any, depth: int) -> Run:
        counts, acts, args = [last], [], []
        while parent[counts[-1]] is not None:
            before, a, x = parent[counts[-1]]
            counts.append(before)
            acts.append(a)
            args.append(x)
        return Run(depth, tuple(reversed(counts)), tuple(reversed(acts)), tuple(reversed(args)), len(parent))

    # Whether a step into a state already visited needs a look (a step property, a restriction on steps).
    steps_matter = prop.allowed is not None or prop.kind == Kind.STEP or (
        prop.kind != Kind.REACH and prop.step_holds is not None)
    frontier = []
    for s in inits:
        if s in parent:
            continue
        parent[s] = None
        views[s] = C.view(CONCRETE, policy, s)
        if _bad_state(prop, policy, views[s]):
            return run(s, 0)
        frontier.append(s)
    depth = 0  # every state and step up to this depth has been checked
    while frontier:
        if depth == max_depth:
            return Cleared(depth, len(parent))
        nxt = []
        for s in frontier:
            if time.monotonic() >= deadline or len(parent) >= max_states:
                return Cleared(depth, len(parent))
            v = views[s]
            for a, x in C.choices(policy, s):
                ok, s2 = C.step(CONCRETE, policy, s, a, x, v)
                if not ok:
                    continue
                known = s2 in parent
                if known and not steps_matter:
                    continue
                v2 = views.get(s2) if known else None
                if v2 is None:
                    v2 = C.view(CONCRETE, policy, s2)
                if prop.allowed is not None and not prop.allowed(CONCRETE, policy, v, int(a), v2):
                    continue
                if _bad_step(prop, policy, v, int(a), v2):
                    if not known:
                        parent[s2] = (s, a, x)
                        return run(s2, depth + 1)
                    # A violating step into a state already reached: the run ends with this step.
                    r = run(s, depth)
                    return Run(depth + 1, (*r.counts, s2), (*r.acts, a), (*r.args, x), len(parent))
                if known:
                    continue
                parent[s2] = (s, a, x)
                views[s2] = v2
                if _bad_state(prop, policy, v2):
                    return run(s2, depth + 1)
                nxt.append(s2)
        # The states of the old frontier have every successor now: their views are no longer needed.
        for s in frontier:
            views.pop(s, None)
        frontier = nxt
        depth += 1
    return Cleared(depth, len(parent), exhausted=True)
