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

Where the shortest run lies deeper than breadth-first search can go, ``guided`` goes best-first:
the states nearest to a violation (``solver.distance``, the property's own predicate graded) are
expanded first.  Its run is a counterexample, not a shortest one: the engine then asks bounded
model checking about the shallower depths.

Both searches are bounded by the states they visit, and a run's shortening by the replays it
tries, never by seconds: a search visits its states in the same order on every machine (the
initial states sorted, the steps in the order ``choices`` lists them), so what it clears or finds
is the same everywhere.  A deadline is only the check's safety cap (``Timeout``).
"""

from __future__ import annotations

import heapq
import itertools
import time
from typing import Any

import z3
from attrs import field, frozen

from rollproof.model.logic import CONCRETE
from rollproof.properties.registry import Kind, Property
from rollproof.solver.bmc import init_condition
from rollproof.solver.distance import DISTANCE, fuzzy, graded
from rollproof.solver.symbolic import Unrolling, evaluate, leaves, to_z3
from rollproof.solver.work import Timeout

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
    # Where exhausted: every state visited, in the order visited (``solver.reachable`` certifies them).
    reached: tuple[Any, ...] = field(default=(), eq=False, repr=False)


def initial_states(C: Any, policy: Any, prop: Property, limit: int = INITIAL_LIMIT,
                   session: Any = None) -> list[Any] | None:
    """Every counting state the initial condition (and the property's start) allows, in a fixed
    order (Z3 finds them in an order that follows the process's history), or None if more than ``limit``."""
    R = Unrolling(C, policy, "init", templates=session)
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
    return sorted(out, key=lambda s: tuple(leaves(s)))


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


def _path(parent: dict[Any, tuple[Any, int, Any] | None], last: Any) -> Run:
    """The run that ``parent`` records from an initial state to ``last``."""
    counts, acts, args = [last], [], []
    while parent[counts[-1]] is not None:
        before, a, x = parent[counts[-1]]
        counts.append(before)
        acts.append(a)
        args.append(x)
    return Run(len(acts), tuple(reversed(counts)), tuple(reversed(acts)), tuple(reversed(args)), len(parent))


def _steps_matter(prop: Property) -> bool:
    """Whether a step into a state already visited needs a look (a step property, a restriction on steps)."""
    return prop.allowed is not None or prop.kind == Kind.STEP or (
        prop.kind != Kind.REACH and prop.step_holds is not None)


def _successors(C: Any, policy: Any, prop: Property, s: Any, v: Any, parent: dict, views: dict,
                steps_matter: bool, moves: "Moves | None" = None):
    """The steps from ``s`` (view ``v``) the property's restriction allows, as ``(a, x, s2, v2, known,
    bad_step)``, skipping those into visited states where no step needs a look.  ``moves``: the
    policy's steps and views already computed (``Moves``; the session's, shared by its checks)."""
    moves = moves or Moves(C, policy)
    for a, x, s2 in moves.successors(s, v):
        known = s2 in parent
        if known and not steps_matter:
            continue
        v2 = views.get(s2) if known else None
        if v2 is None:
            v2 = moves.view(s2)
        if prop.allowed is not None and not prop.allowed(CONCRETE, policy, v, int(a), v2):
            continue
        yield a, x, s2, v2, known, _bad_step(prop, policy, v, int(a), v2)


def moves_of(C: Any, policy: Any, session: Any = None) -> "Moves":
    """The steps and views of ``C`` under ``policy``: the session's (what the policy's checks have
    computed so far: the same values, computed once), or new ones without a session."""
    if session is None:
        return Moves(C, policy)
    return session.remember("moves", (C.__name__, policy), lambda: Moves(C, policy))


def _ending(parent: dict, s: Any, a: Any, x: Any, s2: Any, known: bool) -> Run:
    """The run through ``s`` whose last step ``a, x`` (into ``s2``) is a violation."""
    if not known:
        parent[s2] = (s, a, x)
        return _path(parent, s2)
    # A violating step into a state already reached: the run ends with this step.
    r = _path(parent, s)
    return Run(r.depth + 1, (*r.counts, s2), (*r.acts, a), (*r.args, x), len(parent))


def _roots(C: Any, policy: Any, prop: Property, session: Any = None,
           moves: "Moves | None" = None) -> tuple[dict, dict] | Run | None:
    """The initial states, as the searches' ``parent`` (each maps to None) and ``views`` maps; or a
    run of no steps if one of them hits the target; None where the search does not apply."""
    if C.choices is None:
        return None
    inits = initial_states(C, policy, prop, session=session)
    if inits is None:
        return None
    parent: dict[Any, tuple[Any, int, Any] | None] = {}
    views: dict[Any, Any] = {}
    for s in inits:
        if s in parent:
            continue
        parent[s] = None
        views[s] = moves.view(s) if moves is not None else C.view(CONCRETE, policy, s)
        if _bad_state(prop, policy, views[s]):
            return _path(parent, s)
    return parent, views


def search(C: Any, policy: Any, prop: Property, *, deadline: float, max_depth: int,
           max_states: int = 200_000, session: Any = None) -> Run | Cleared | None:
    """Breadth-first search for a shortest run hitting the property's target (None: not applicable),
    which stops once it has visited ``max_states`` states: the depth it finished is what it cleared."""
    moves = moves_of(C, policy, session)
    start = _roots(C, policy, prop, session, moves)
    if not isinstance(start, tuple):
        return start
    parent, views = start
    steps_matter = _steps_matter(prop)
    frontier = list(parent)
    depth = 0  # every state and step up to this depth has been checked
    while frontier:
        if depth == max_depth:
            return Cleared(depth, len(parent))
        nxt = []
        for s in frontier:
            if time.monotonic() >= deadline:
                raise Timeout()
            if len(parent) >= max_states:
                return Cleared(depth, len(parent))
            for a, x, s2, v2, known, bad in _successors(C, policy, prop, s, views[s], parent, views, steps_matter,
                                                             moves):
                if bad:
                    return _ending(parent, s, a, x, s2, known)
                if known:
                    continue
                parent[s2] = (s, a, x)
                views[s2] = v2
                if _bad_state(prop, policy, v2):
                    return _path(parent, s2)
                nxt.append(s2)
        # The states of the old frontier have every successor now: their views are no longer needed.
        for s in frontier:
            views.pop(s, None)
        frontier = nxt
        depth += 1
    return Cleared(depth, len(parent), exhausted=True, reached=tuple(parent))


def distance(prop: Property, policy: Any, before: Any, a: int | None, after: Any) -> int:
    """How far the step ``before --a--> after`` (``before`` None: the initial state ``after``) is
    from the property's target: its predicate over ``solver.distance.DISTANCE``, 0 on the target."""
    g = graded(after)
    if prop.kind == Kind.REACH:
        return fuzzy(prop.goal(DISTANCE, policy, g)).dt
    if prop.kind == Kind.STEP:
        return 1 if before is None else fuzzy(prop.holds(DISTANCE, policy, graded(before), a, g)).df
    d = fuzzy(prop.holds(DISTANCE, policy, g)).df
    if prop.step_holds is not None and before is not None:
        d = min(d, fuzzy(prop.step_holds(DISTANCE, policy, graded(before), a, g)).df)
    return d


def guided(C: Any, policy: Any, prop: Property, *, deadline: float, max_depth: int,
           max_states: int = 50_000, session: Any = None) -> Run | Cleared | None:
    """Best-first search for a run hitting the property's target: the state nearest to it (by
    ``distance``, then the shallowest) is expanded first.  The run found is not known to be
    shortest.  ``Cleared`` (exhausted): every reachable state visited without a hit.  None: no run
    within ``max_states`` states or the depth, or the search does not apply."""
    moves = moves_of(C, policy, session)
    start = _roots(C, policy, prop, session, moves)
    if not isinstance(start, tuple):
        return start
    parent, views = start
    tie = itertools.count()
    heap = [(distance(prop, policy, None, None, views[s]), 0, next(tie), s) for s in parent]
    heapq.heapify(heap)
    deepest, cut = 0, False  # the deepest state expanded; whether a state was left at max_depth
    depth_of = dict.fromkeys(parent, 0)
    while heap:
        if time.monotonic() >= deadline:
            raise Timeout()
        if len(parent) >= max_states:
            return None
        _, depth, _, s = heapq.heappop(heap)
        if depth > depth_of[s]:
            continue  # reached by a shorter run since: expanded from there
        deepest = max(deepest, depth)
        if depth == max_depth:
            cut = True
            continue
        v = views[s]
        # Every step, also into visited states: a shorter run to a state re-opens it.
        for a, x, s2, v2, known, bad in _successors(C, policy, prop, s, v, parent, views, True, moves):
            if bad:
                return _ending(parent, s, a, x, s2, known)
            if known and depth_of[s2] <= depth + 1:
                continue
            parent[s2] = (s, a, x)
            depth_of[s2] = depth + 1
            if not known:
                views[s2] = v2
                if _bad_state(prop, policy, v2):
                    return _path(parent, s2)
            heapq.heappush(heap, (distance(prop, policy, v, int(a), v2), depth + 1, next(tie), s2))
    return None if cut else Cleared(deepest, len(parent), exhausted=True, reached=tuple(parent))


def edits(n: int):
    """Candidate edits of a run of ``n`` steps, as (removed index, index whose step moves into its
    place or None): single removals from the end first, then a later step moved into an earlier
    one's place (an instance that times out and later comes online could have come online at once)."""
    for i in range(n - 1, -1, -1):
        yield i, None
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, n):
            yield i, j


def _replay(C: Any, policy: Any, prop: Property, s: Any, acts: list[Any], args: list[Any], states: int,
            moves: "Moves | None" = None) -> Run | None:
    """The steps ``acts, args`` from ``s``, cut at the first hit; None if a step is refused or
    not allowed, or nothing is hit.  ``moves``: the steps and views already computed (pure functions
    of their arguments, so remembering them changes nothing but the time)."""
    moves = moves or Moves(C, policy)
    v = moves.view(s)
    counts = [s]
    for k, (a, x) in enumerate(zip(acts, args)):
        s2 = moves.step(s, a, x, v)
        if s2 is None:
            return None
        v2 = moves.view(s2)
        if prop.allowed is not None and not prop.allowed(CONCRETE, policy, v, int(a), v2):
            return None
        counts.append(s2)
        if _bad_step(prop, policy, v, int(a), v2) or _bad_state(prop, policy, v2):
            return Run(k + 1, tuple(counts), tuple(acts[:k + 1]), tuple(args[:k + 1]), states)
        s, v = s2, v2
    return None


class Moves:
    """``C.step`` and ``C.view`` under one policy, each computed once per argument: the model is
    pure, so remembering them changes nothing but the time.  A prover session keeps one per policy
    (``moves_of``): every check of the policy searches the same states, the first one pays for them
    (and a run's shortening replays the same few states and steps thousands of times).  At most
    ``LIMIT`` states' steps are kept; past it they are computed each time."""

    LIMIT = 200_000

    def __init__(self, C: Any, policy: Any) -> None:
        self.C, self.policy = C, policy
        self._views: dict[Any, Any] = {}
        self._steps: dict[tuple[Any, Any, Any], Any] = {}
        self._succ: dict[Any, tuple[tuple[Any, Any, Any], ...]] = {}

    def view(self, s: Any) -> Any:
        v = self._views.get(s)
        if v is None:
            v = self.C.view(CONCRETE, self.policy, s)
            if len(self._views) < self.LIMIT:
                self._views[s] = v
        return v

    def successors(self, s: Any, v: Any) -> tuple[tuple[Any, Any, Any], ...]:
        """Every step from ``s`` (view ``v``) the model's guard accepts, as ``(a, x, s2)``, in the
        order ``C.choices`` lists them."""
        out = self._succ.get(s)
        if out is None:
            out = []
            for a, x in self.C.choices(self.policy, s):
                ok, s2 = self.C.step(CONCRETE, self.policy, s, a, x, v)
                if ok:
                    out.append((a, x, s2))
            out = tuple(out)
            if len(self._succ) < self.LIMIT:
                self._succ[s] = out
        return out

    def step(self, s: Any, a: Any, x: Any, v: Any) -> Any:
        """The state after ``a, x`` from ``s`` (view ``v``), or None where the step is refused."""
        try:
            key = (s, a, x)
            hash(key)
        except TypeError:  # (an argument that cannot be a key: computed every time)
            ok, s2 = self.C.step(CONCRETE, self.policy, s, a, x, v)
            return s2 if ok else None
        if key not in self._steps:
            ok, s2 = self.C.step(CONCRETE, self.policy, s, a, x, v)
            if len(self._steps) >= self.LIMIT:
                return s2 if ok else None
            self._steps[key] = s2 if ok else None
        return self._steps[key]


def shorten(C: Any, policy: Any, prop: Property, run: Run, *, deadline: float, max_replays: int = 20_000,
            session: Any = None) -> Run:
    """``run`` with steps removed (``edits``) while it still hits the target, until no edit
    shortens it or ``max_replays`` replays have been tried.

    An edit at step ``i`` leaves the steps before it as they are, so its replay starts from the
    run's state at ``i`` rather than from the start (where the run, replayed, is known to pass those
    states without a hit: every run this function keeps is such a replay; the one given is checked)."""
    moves = moves_of(C, policy, session)
    best, improved, tried = run, True, 0
    # Whether replaying ``best`` from its start passes its states and first hits at its end.
    exact = _replay(C, policy, prop, run.counts[0], list(run.acts), list(run.args), run.states, moves) == run
    while improved and tried < max_replays:
        improved = False
        acts, args = list(best.acts), list(best.args)
        for i, j in edits(best.depth):
            if time.monotonic() >= deadline:
                raise Timeout()
            if tried >= max_replays:
                break
            tried += 1
            if j is None:
                a2, x2 = acts[:i] + acts[i + 1:], args[:i] + args[i + 1:]
            else:
                a2 = acts[:i] + [acts[j]] + acts[i + 1:j] + acts[j + 1:]
                x2 = args[:i] + [args[j]] + args[i + 1:j] + args[j + 1:]
            if exact:
                rest = _replay(C, policy, prop, best.counts[i], a2[i:], x2[i:], best.states, moves)
                cand = None if rest is None else Run(i + rest.depth, best.counts[:i] + rest.counts, tuple(a2[:i]) + rest.acts,
                                                     tuple(x2[:i]) + rest.args, best.states)
            else:
                cand = _replay(C, policy, prop, best.counts[0], a2, x2, best.states, moves)
            if cand is not None and cand.depth < best.depth:
                best, improved, exact = cand, True, True
                break
    return best
