"""Reach properties stated "from every start": a run to the goal from each initial state, one by one.

Bounded model checking and the explicit-state search ask whether *some* initial state reaches the
goal.  A statement such as CS-STUCK-RECOVERABLE ("from every stuck deployment, a rollback or a new
update gets every instance back online") asks it of *each* one.  Where the counting model's
initial states are few enough to list, each is searched from on its own: first a greedy descent
(the successor nearest to the goal, ``solver.explicit.distance``, never a state twice), then, if
that runs into a dead end, a best-first search, and, failing that, breadth-first search to
exhaustion, which shows the goal unreachable from that start.  Every budget counts states, so the
verdict does not depend on the machine's speed.
"""

from __future__ import annotations

import heapq
import itertools
import time
from typing import Any

from rollproof.model.logic import CONCRETE
from rollproof.properties.registry import Property
from rollproof.solver import explicit

#: More initial states than this: the property is not checked start by start (``unknown``).
START_LIMIT = 2000
#: Up to this many starts, each gets a breadth-first search first (a shortest run), within SHORTEST_STATES
#: (more starts: a greedy descent from each, far cheaper than a search each).
FEW = 1
SHORTEST_STATES = 5_000
#: States a best-first search from one start may visit, and a breadth-first one after it.
GUIDED_STATES = 5_000
EXHAUST_STATES = 50_000


def _goal(prop: Property, policy: Any, v: Any) -> bool:
    return bool(prop.goal(CONCRETE, policy, v))


def _run(parent: dict[Any, Any], last: Any) -> explicit.Run:
    return explicit._path(parent, last)


def shortest(C: Any, policy: Any, prop: Property, s0: Any, max_depth: int, max_states: int) -> explicit.Run | None:
    """Breadth-first from ``s0``: a shortest run to the goal, or None past the budget or the depth."""
    parent: dict[Any, Any] = {s0: None}
    views = {s0: C.view(CONCRETE, policy, s0)}
    if _goal(prop, policy, views[s0]):
        return _run(parent, s0)
    frontier = [s0]
    for _ in range(max_depth):
        nxt = []
        for s in frontier:
            for a, x, s2, v2, known, _bad in explicit._successors(C, policy, prop, s, views[s], parent, views, False):
                if known:
                    continue
                parent[s2] = (s, a, x)
                views[s2] = v2
                if _goal(prop, policy, v2):
                    return _run(parent, s2)
                nxt.append(s2)
            if len(parent) >= max_states:
                return None
        if not nxt:
            return None
        frontier = nxt
    return None


def greedy(C: Any, policy: Any, prop: Property, s0: Any, max_depth: int) -> explicit.Run | None:
    """Always the allowed successor nearest to the goal (first in ``choices`` order on a tie), never
    a state twice; None at a dead end or past ``max_depth``."""
    parent: dict[Any, Any] = {s0: None}
    views = {s0: C.view(CONCRETE, policy, s0)}
    s = s0
    if _goal(prop, policy, views[s]):
        return _run(parent, s)
    for _ in range(max_depth):
        best = None
        for a, x, s2, v2, known, _bad in explicit._successors(C, policy, prop, s, views[s], parent, views, True):
            if known:
                continue
            d = explicit.distance(prop, policy, views[s], int(a), v2)
            if best is None or d < best[0]:
                best = (d, a, x, s2, v2)
        if best is None:
            return None
        _, a, x, s2, v2 = best
        parent[s2] = (s, a, x)
        views[s2] = v2
        if _goal(prop, policy, v2):
            return _run(parent, s2)
        s = s2
    return None


def best_first(C: Any, policy: Any, prop: Property, s0: Any, max_depth: int,
               max_states: int) -> explicit.Run | explicit.Cleared | None:
    """Best-first from ``s0`` (nearest to the goal first); ``Cleared`` (exhausted) when every state
    reachable from ``s0`` was visited without the goal; None when the budget ran out first."""
    parent: dict[Any, Any] = {s0: None}
    views = {s0: C.view(CONCRETE, policy, s0)}
    if _goal(prop, policy, views[s0]):
        return _run(parent, s0)
    tie = itertools.count()
    heap = [(0, 0, next(tie), s0)]
    depth_of = {s0: 0}
    cut = False
    while heap:
        if len(parent) >= max_states:
            return None
        _, depth, _, s = heapq.heappop(heap)
        if depth > depth_of[s]:
            continue
        if depth == max_depth:
            cut = True
            continue
        for a, x, s2, v2, known, _bad in explicit._successors(C, policy, prop, s, views[s], parent, views, True):
            if known and depth_of[s2] <= depth + 1:
                continue
            parent[s2] = (s, a, x)
            depth_of[s2] = depth + 1
            if not known:
                views[s2] = v2
                if _goal(prop, policy, v2):
                    return _run(parent, s2)
            heapq.heappush(heap, (explicit.distance(prop, policy, views[s], int(a), v2), depth + 1, next(tie), s2))
    return None if cut else explicit.Cleared(max(depth_of.values()), len(parent), exhausted=True)


def check(model: str, C: Any, policy: Any, prop: Property, *, max_depth: int, deadline: float) -> Any:
    """The verdict of a reach property over every start: a witness from each (the longest one is
    shown), the start from which the goal is unreachable, or ``unknown`` naming what stopped it."""
    from rollproof.properties.verdicts import Proved, Refuted, Scope, Unknown
    from rollproof.solver.decode import decode_run

    t0 = time.monotonic()
    inits = explicit.initial_states(C, policy, prop, limit=START_LIMIT)
    method = "explicit-state search from each start (breadth-first from a single start, else a greedy descent from each; then best-first; then breadth-first to exhaustion)"
    if inits is None:
        return Unknown(f"more than {START_LIMIT} starts: the property is not checked start by start", None,
                       method, time.monotonic() - t0)
    runs: list[explicit.Run] = []
    all_shortest = True
    for k, s0 in enumerate(inits):
        if time.monotonic() >= deadline:
            return Unknown(f"timeout after {k} of {len(inits)} starts, each with a run to the goal", None, method,
                           time.monotonic() - t0)
        run = shortest(C, policy, prop, s0, max_depth, SHORTEST_STATES) if len(inits) <= FEW else None
        if run is None:
            run = greedy(C, policy, prop, s0, max_depth)
            all_shortest = False
        if run is None:
            found = best_first(C, policy, prop, s0, max_depth, GUIDED_STATES)
            if found is None:
                found = best_first(C, policy, prop, s0, max_depth, EXHAUST_STATES)
            if isinstance(found, explicit.Cleared):
                start = ("its start state" if len(inits) == 1
                         else f"start state {k + 1} of the {len(inits)} it is asked from")
                return Refuted(Scope(int(s0.n), found.depth), method,
                               reason=(f"the goal is unreachable from {start}: every state reachable from it was "
                                       f"visited ({found.states} states of the counting model, which counts "
                                       f"instances by kind)"),
                               seconds=time.monotonic() - t0)
            if found is None:
                return Unknown(f"start {k + 1} of {len(inits)}: no run to the goal within {EXHAUST_STATES} states "
                               f"or {max_depth} steps", None, method, time.monotonic() - t0)
            run = found
        runs.append(run)
    longest = max(runs, key=lambda r: (r.depth, runs.index(r) * -1))
    trace = decode_run(model, policy, prop, list(longest.counts), list(longest.acts), list(longest.args))
    depths = sorted(r.depth for r in runs)
    each = "a shortest run" if all_shortest else "a run"
    span = f"{depths[0]} steps" if depths[0] == depths[-1] else f"{depths[0]}–{depths[-1]} steps"
    return Proved(Scope(len(trace.init.instances), depths[-1]),
                  f"{method}: {each} to the goal from each of the {len(inits)} start{'s' if len(inits) != 1 else ''} "
                  f"({span}); the longest is shown", trace=trace, seconds=time.monotonic() - t0, shortest=all_shortest,
                  starts=len(inits))
