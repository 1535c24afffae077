"""Cloud service update as a counting model: instances per (role, UD) cell and local class (U-1…U-34).

Within one cell (a role's instances in one UD) no rule of semantics §2 tells instances apart: the
walk, the health gate (per role, over walked UDs) and rollback read only an instance's phase, its
version, the version it will start on, and whether its start timed out.  So a state is a count per
(role, UD, local class) plus the deployment's fields, and every action moves counts.  Drives and
the package field are forgotten (no guard reads them; the package is the configuration's version
when the latest request carries a package).  The module is written over ``model.logic``, so it
evaluates on Python values and on Z3 terms alike; ``abstract``/``concretize`` connect it to
``model.cloud_service``, and the tests show that every per-instance step is a step here.  Only the
local classes the policy's moves reach are tracked; ``lemmas``/``clock_lemmas`` are the prover's
candidate invariants.
"""

from __future__ import annotations

import enum
from functools import lru_cache
from typing import Any, Iterator

import attrs
from attrs import frozen

from model.cloud_service import (
    ANY,
    CHANGES,
    CONFIG_ONLY,
    KINDS,
    NEW,
    OLD,
    U9_CHANGES,
    CloudService,
    CloudServicePolicy,
    Instance,
    Phase,
    Update,
    change_allowed,
    initial_state,
    ud_size,
)
from model.core import Action
from model.logic import CONCRETE, Logic


class A(enum.IntEnum):
    """Action codes: the same names as the per-instance model's action functions."""

    operator_requests_update = 0
    operator_changes_configuration = 1
    operator_rolls_back = 2
    operator_deletes_deployment = 3
    fabric_walks_ud = 4
    operator_walks_ud = 5
    fabric_updates_ud = 6
    fabric_starts_ud = 7
    instance_comes_online = 8
    instance_start_times_out = 9
    instance_crashes = 10
    fabric_completes_ud = 11
    fabric_swaps_vip = 12


#: How ``solver.symbolic.transition`` writes a step: one ``ite`` chain per successor field (measured
#: several times faster for this model's bounded model checking than per-action implications).
TRANSITION = "functional"

def split_cases(policy: CloudServicePolicy) -> dict[A, tuple[tuple[str, tuple[Any, ...]], ...]]:
    """Where a certificate splits an action's case (``solver.prove.Frame.broken_by_a_step``): on
    these fields of the state before the step (``args.`` for the action's arguments), over these
    values.  The walk's successor branches on the current UD and the direction, an update's or a
    start's on its UD: with those fixed, the ``ite`` terms fold away, and cvc5 re-checks the
    cases faster than the one case with every branch in it."""
    uds = tuple(range(policy.upgrade_domains))
    return {
        A.fabric_walks_ud: (("current_ud", uds), ("rollback", (False, True))),
        A.fabric_updates_ud: (("args.ud", uds),),
        A.fabric_starts_ud: (("args.ud", uds),),
    }

MUTATING = (
    A.operator_requests_update, A.operator_changes_configuration,
    A.operator_deletes_deployment, A.operator_rolls_back,
)
IN_PLACE, VIP_SWAP = 0, 1  # ``kind`` codes: index into model.cloud_service.KINDS
CONFIG_CHANGE = CHANGES.index("config_values_only")


@frozen
class Loc:
    """A local class: what the rules see of an instance within its cell."""

    phase: Phase
    version: int  # configuration version: OLD or NEW
    landing: int = OLD  # stopped / updating only
    timed_out: bool = False  # starting only

    @property
    def in_flight(self) -> bool:
        return self.phase in (Phase.STOPPED, Phase.UPDATING)

    @property
    def settled(self) -> bool:
        """Final (online, crashed) or timed out: the walk may leave it (U-5, U-16)."""
        return self.phase in (Phase.ONLINE, Phase.CRASHED) or (self.phase == Phase.STARTING and self.timed_out)


LOCS: tuple[Loc, ...] = (
    *(Loc(Phase.ONLINE, v) for v in (OLD, NEW)),
    *(Loc(ph, v, land) for ph in (Phase.STOPPED, Phase.UPDATING) for v in (OLD, NEW) for land in (OLD, NEW)),
    *(Loc(Phase.STARTING, v, OLD, t) for v in (OLD, NEW) for t in (False, True)),
    *(Loc(Phase.CRASHED, v) for v in (OLD, NEW)),
)


@frozen
class Cls:
    """An instance class: role index, UD, local class."""

    role: int
    ud: int
    loc: Loc


# The class moves: each action moves instances by one of these maps on the local class, and only
# these.  The classes the solver tracks are the closure of the initial class under the moves the
# policy enables, so a class no rule can produce (a crash with working code, a timeout that is
# switched off) costs nothing, and a change to a move changes the tracked classes with it.


def walked(loc: Loc, target: int) -> Loc:
    """U-5, U-20: a walk towards ``target`` stops an instance off it, or re-targets one in flight."""
    if loc.in_flight:
        return attrs.evolve(loc, landing=target)
    if loc.version != target:
        return Loc(Phase.STOPPED, loc.version, target)
    return loc


def walked_to_old(loc: Loc) -> Loc:
    return walked(loc, OLD)


def walked_to_new(loc: Loc) -> Loc:
    return walked(loc, NEW)


def relabeled(loc: Loc) -> Loc:
    """U-11, U-27: after a new request every instance runs an older version than the latest."""
    return attrs.evolve(loc, version=OLD, landing=OLD)


def updated(loc: Loc) -> Loc:
    return attrs.evolve(loc, phase=Phase.UPDATING) if loc.phase == Phase.STOPPED else loc


def started(loc: Loc) -> Loc:
    return Loc(Phase.STARTING, loc.landing) if loc.phase == Phase.UPDATING else loc


def swapped(loc: Loc) -> Loc:
    """U-14: a VIP swap puts every instance online on the new version."""
    return Loc(Phase.ONLINE, NEW)


def can_come_online(loc: Loc) -> bool:
    return loc.phase == Phase.STARTING


def comes_online(loc: Loc) -> Loc:
    return Loc(Phase.ONLINE, loc.version)


def can_time_out(loc: Loc) -> bool:
    return loc.phase == Phase.STARTING and not loc.timed_out


def times_out(loc: Loc) -> Loc:
    return attrs.evolve(loc, timed_out=True)


def can_crash(loc: Loc) -> bool:
    return loc.version == NEW and loc.phase in (Phase.STARTING, Phase.ONLINE)


def crashes(loc: Loc) -> Loc:
    return Loc(Phase.CRASHED, NEW)


def _successors(loc: Loc, crash: bool, timeout: bool) -> list[Loc]:
    out = [walked(loc, OLD), walked(loc, NEW), relabeled(loc), updated(loc), started(loc), swapped(loc)]
    if can_come_online(loc):
        out.append(comes_online(loc))
    if timeout and can_time_out(loc):
        out.append(times_out(loc))
    if crash and can_crash(loc):
        out.append(crashes(loc))
    return out


@lru_cache(maxsize=None)
def locs(crash: bool, timeout: bool) -> tuple[Loc, ...]:
    """The local classes reachable by the moves from ``Loc(ONLINE, OLD)``, in ``LOCS`` order.

    ``crash``: instances may crash (``new_code_crashes``, which also allows the stuck start, whose
    classes are online or crashed on the new version); ``timeout``: starts may time out.
    """
    seen = {Loc(Phase.ONLINE, OLD)}
    todo = list(seen)
    while todo:
        for d in _successors(todo.pop(), crash, timeout):
            if d not in seen:
                seen.add(d)
                todo.append(d)
    return tuple(loc for loc in LOCS if loc in seen)


def locs_of(policy: CloudServicePolicy) -> tuple[Loc, ...]:
    return locs(policy.new_code_crashes, policy.start_timeout_walks_on)


@lru_cache(maxsize=None)
def classes(counts: tuple[int, ...], k: int, crash: bool = True, timeout: bool = True) -> tuple[Cls, ...]:
    """The tracked classes: cells with no instance left out (a role of n < k fills UDs 0..n-1; a
    role of ``"any"`` instances has a cell in every UD), local classes those the policy's moves
    reach.  The solver's class selector indexes this tuple."""
    ls = locs(crash, timeout)
    return tuple(Cls(r, u, loc) for r, n in enumerate(counts) for u in range(k if n == ANY else min(n, k)) for loc in ls)


def classes_of(policy: CloudServicePolicy) -> tuple[Cls, ...]:
    return classes(policy.counts, policy.upgrade_domains, policy.new_code_crashes, policy.start_timeout_walks_on)


@lru_cache(maxsize=None)
def _index(cs: tuple[Cls, ...]) -> dict[Cls, int]:
    return {c: j for j, c in enumerate(cs)}


@frozen
class Layout:
    """Class indices by cell and by UD, computed once per policy."""

    cs: tuple[Cls, ...]
    ix: dict[Cls, int]
    cells: tuple[tuple[int, int], ...]  # (role, UD) pairs that hold instances
    uds: tuple[int, ...]  # UDs that hold instances
    in_cell: dict[tuple[int, int], dict[Loc, int]]


@lru_cache(maxsize=None)
def _layout_of(cs: tuple[Cls, ...]) -> Layout:
    ix = _index(cs)
    in_cell: dict[tuple[int, int], dict[Loc, int]] = {}
    for j, c in enumerate(cs):
        in_cell.setdefault((c.role, c.ud), {})[c.loc] = j
    cells = tuple(in_cell)
    return Layout(cs, ix, cells, tuple(sorted({u for _, u in cells})), in_cell)


@lru_cache(maxsize=64)
def layout(policy: CloudServicePolicy) -> Layout:
    return _layout_of(classes_of(policy))


@frozen
class Counts:
    """A counting state.  Fields hold Python values or Z3 terms."""

    active: Any  # an update is in progress
    kind: Any  # IN_PLACE or VIP_SWAP (IN_PLACE when none)
    rollback: Any
    rollback_pending: Any
    current_ud: Any
    during: Any
    locked: Any
    deleted: Any
    changes_package: Any
    increases_local: Any
    target_crashes: Any
    rolled_back: Any
    untouched_stopped: Any
    cnt: tuple[Any, ...]
    #: Instances per cell (``Layout.cells`` order): Python ints, or, for a role of ``"any"``
    #: instances, terms the steps never change (the parameters of a parametric proof).
    size: tuple[Any, ...]

    @property
    def n(self) -> Any:
        """The deployment's instance count."""
        return sum(self.size[1:], self.size[0])


@frozen
class Args:
    """A counting action's arguments: request fields, a UD, an instance class."""

    kind: Any = IN_PLACE
    change: Any = 0
    crashes: Any = False
    ud: Any = 0
    cls: Any = 0


@frozen
class View:
    """The named quantities that properties read (concrete values or Z3 terms)."""

    n: Any
    k: Any
    total: Any
    active: Any
    in_place: Any  # an in-place update (forward or rollback) is in progress
    forward: Any  # an in-place update, not a rollback, is in progress
    vip_swap: Any
    rollback: Any
    rollback_pending: Any
    current_ud: Any
    during: Any
    locked: Any
    deleted: Any
    increases_local: Any
    target_crashes: Any
    rolled_back: Any
    untouched_stopped: Any
    target: Any  # the walk's target version
    rollback_allowed: Any  # the guard of operator_rolls_back (derived, U-21)
    not_updated: Any  # instances not on the latest request's version (U-18)
    on_new: Any
    offline: Any  # instances not online
    offline_outside: Any  # not online and not in the UD being walked (CS-ONE-UD)
    stopped: Any  # stopped or being updated
    stale_in_flight: Any  # in flight towards a version the active walk does not target
    crashed: Any
    timed_out: Any  # starting instances whose start timed out
    online_by_role: tuple[Any, ...]
    good_walked_by_role: tuple[Any, ...]  # online on the target in UDs below current_ud (U-15)
    gate_passes: Any
    walk_blocked: Any  # automatic, between UDs, gate failing: the walk cannot go on
    stuck: Any  # walk_blocked by crashed instances (U-25)
    by_ud: Any = None  # ``ByUd``: per-UD sums, computed once per state for the rules and lemmas


@frozen
class ByUd:
    """Per-UD sums of a state, one term per UD that holds instances (index = UD)."""

    offline: tuple[Any, ...]
    in_flight: tuple[Any, ...]  # stopped or being updated
    stopped: tuple[Any, ...]  # stopped, not yet being updated
    updating: tuple[Any, ...]
    starting: tuple[Any, ...]  # starting, not timed out
    unsettled: tuple[Any, ...]  # not online, crashed or timed out (the walk may not leave it)
    old: tuple[Any, ...]  # on the old version
    new: tuple[Any, ...]  # on the new version
    settled_new: tuple[Any, ...]  # online, crashed or timed out, on the new version
    size: tuple[int, ...]  # instances of every role in the UD


def _sum(L: Logic, terms: list[Any]) -> Any:
    """The sum of ``terms``: 0 for none, the term itself for one (so an unchanged count stays the same object)."""
    if not terms:
        return 0
    if len(terms) == 1:
        return terms[0]
    return L.sum_(terms)


def _ite(L: Logic, c: Any, a: Any, b: Any) -> Any:
    """``L.ite``, except that equal branches (the same object) need no condition."""
    return a if a is b else L.ite(c, a, b)


_WHERE: dict[tuple[int, Any], tuple[Layout, tuple[int, ...]]] = {}


def _where(lay: Layout, key: Any, pred) -> tuple[int, ...]:
    """The indices of the classes of ``lay`` that ``pred`` selects (structural: computed once per
    layout and ``key``, which names ``pred``; keyed by the layout's identity and checked against it)."""
    hit = _WHERE.get((id(lay), key))
    if hit is None or hit[0] is not lay:
        hit = _WHERE[(id(lay), key)] = (lay, tuple(j for j, c in enumerate(lay.cs) if pred(c)))
    return hit[1]


_where.cache_clear = _WHERE.clear  # type: ignore[attr-defined]


def _by_ud(L: Logic, lay: Layout, policy: CloudServicePolicy, s: Counts) -> ByUd:
    cnt = s.cnt

    def per_ud(key: str, pred) -> tuple[Any, ...]:
        return tuple(
            _sum(L, [cnt[j] for j in _where(lay, (key, u), lambda c, u=u: c.ud == u and pred(c.loc))])
            for u in lay.uds
        )

    return ByUd(
        offline=per_ud("offline", lambda loc: loc.phase != Phase.ONLINE),
        in_flight=per_ud("in_flight", lambda loc: loc.in_flight),
        stopped=per_ud("stopped", lambda loc: loc.phase == Phase.STOPPED),
        updating=per_ud("updating", lambda loc: loc.phase == Phase.UPDATING),
        starting=per_ud("starting", lambda loc: loc.phase == Phase.STARTING and not loc.timed_out),
        unsettled=per_ud("unsettled", lambda loc: not loc.settled),
        old=per_ud("old", lambda loc: loc.version == OLD),
        new=per_ud("new", lambda loc: loc.version == NEW),
        settled_new=per_ud("settled_new", lambda loc: loc.version == NEW and loc.settled),
        size=tuple(_sum(L, [s.size[i] for i, (_, w) in enumerate(lay.cells) if w == u]) for u in lay.uds),
    )


def view(L: Logic, policy: CloudServicePolicy, s: Counts) -> View:
    """The view of a counting state: every quantity a property or rule may read."""
    lay = layout(policy)
    cs = lay.cs
    k = policy.upgrade_domains

    def q(key: Any, pred) -> Any:
        return _sum(L, [s.cnt[j] for j in _where(lay, key, pred)])

    by = _by_ud(L, lay, policy, s)
    live = L.not_(s.deleted)
    target = L.ite(s.rollback, OLD, NEW)
    in_place = L.and_(s.active, s.kind == IN_PLACE)
    forward = L.and_(in_place, L.not_(s.rollback), L.not_(s.rollback_pending))
    walked_ud = L.ite(s.during, s.current_ud, s.current_ud - 1)
    not_updated = q("old", lambda c: c.loc.version == OLD)
    # instances not online outside the UD being walked (the last one walked, between UDs)
    outside = _sum(L, [_ite(L, L.and_(in_place, walked_ud == u), 0, by.offline[u]) for u in lay.uds])
    # in flight towards a version the active in-place walk does not target (all of them without one)
    landing = {t: q(("landing", t), lambda c, t=t: c.loc.in_flight and c.loc.landing == t) for t in (OLD, NEW)}
    stale = L.ite(in_place, L.ite(s.rollback, landing[NEW], landing[OLD]), _sum(L, list(by.in_flight)))
    roles = range(len(policy.roles))
    online_by_role = tuple(q(("online", r), lambda c, r=r: c.role == r and c.loc.phase == Phase.ONLINE) for r in roles)

    def walked_online(r: int, version: int) -> Any:
        return _sum(L, [
            L.ite(u < s.current_ud, _sum(L, [
                s.cnt[j] for j in _where(lay, ("walked_online", r, u, version), lambda c: (
                    c.role == r and c.ud == u and c.loc.phase == Phase.ONLINE and c.loc.version == version))
            ]), 0)
            for u in lay.uds if (r, u) in lay.in_cell
        ])

    good = tuple(_ite(L, s.rollback, walked_online(r, OLD), walked_online(r, NEW)) for r in roles)
    gate = L.or_(s.current_ud == 0, L.and_(*(g >= policy.min_good_instances for g in good)))
    blocked = L.and_(
        live, in_place, policy.mode == "automatic", L.not_(s.during), s.current_ud < k, L.not_(gate)
    )
    crashed = q("crashed", lambda c: c.loc.phase == Phase.CRASHED)
    v = View(
        n=s.n, k=k, total=q("all", lambda c: True), active=s.active, in_place=in_place, forward=forward,
        vip_swap=L.and_(s.active, s.kind == VIP_SWAP), rollback=s.rollback,
        rollback_pending=s.rollback_pending, current_ud=s.current_ud, during=s.during,
        locked=s.locked, deleted=s.deleted, increases_local=s.increases_local,
        target_crashes=s.target_crashes, rolled_back=s.rolled_back,
        untouched_stopped=s.untouched_stopped, target=target, rollback_allowed=False,
        not_updated=not_updated, on_new=q("new", lambda c: c.loc.version == NEW),
        offline=_sum(L, list(by.offline)),
        offline_outside=L.ite(live, outside, 0),
        stopped=_sum(L, list(by.in_flight)), stale_in_flight=L.ite(live, stale, 0), crashed=crashed,
        timed_out=q("timed_out", lambda c: c.loc.phase == Phase.STARTING and c.loc.timed_out),
        online_by_role=online_by_role, good_walked_by_role=good, gate_passes=gate,
        walk_blocked=blocked, stuck=L.and_(blocked, crashed >= 1), by_ud=by,
    )
    return attrs.evolve(v, rollback_allowed=rollback_allowed(L, policy, s, v))


def rollback_allowed(L: Logic, policy: CloudServicePolicy, s: Counts, v: View) -> Any:
    """``RollbackAllowed`` (U-18, U-19, U-22): the guard of ``operator_rolls_back``."""
    return L.and_(
        L.not_(s.deleted), v.forward, v.not_updated >= 1, L.not_(s.increases_local),
        policy.quota_allows_rollback,
    )


# --------------------------------------------------------------------------------------------
# Sizes: fixed by the policy, or parameters of a parametric proof


def cell_sizes(policy: CloudServicePolicy, mk=None) -> tuple[Any, ...]:
    """Instances per cell (``Layout.cells`` order): ``ud_size`` for a role with a count, and
    ``mk(name, "int")`` (a solver constant) for a role of ``"any"`` instances."""
    k = policy.upgrade_domains
    out = []
    for r, u in layout(policy).cells:
        n = policy.counts[r]
        if n == ANY:
            if mk is None:
                raise ValueError("a parametric policy's cell sizes are symbols: pass mk")
            out.append(mk(f"size{r}_{u}", "int"))
        else:
            out.append(ud_size(n, u, k))
    return tuple(out)


def _cell_sum(L: Logic, lay: Layout, s: Counts, r: int, u: int) -> Any:
    return _sum(L, [s.cnt[j] for j in lay.in_cell[(r, u)].values()])


def shares(L: Logic, policy: CloudServicePolicy, s: Counts) -> list[tuple[str, Any]]:
    """Every cell holds its size: no step creates, loses or moves an instance across cells."""
    lay = layout(policy)
    return [(f"role {policy.role_names[r]} UD {u} holds its share", _cell_sum(L, lay, s, r, u) == s.size[i])
            for i, (r, u) in enumerate(lay.cells)]


def spread(L: Logic, policy: CloudServicePolicy, s: Counts) -> list[tuple[str, Any]]:
    """U-30, U-31 for a role of ``"any"`` instances: at least one instance, spread over the UDs
    0..k-1 with sizes non-increasing and differing by at most one.  That is exactly
    ``ud_size(n, u, k)`` for n = the role's total, and linear in the cell sizes."""
    lay = layout(policy)
    out = []
    for r, n in enumerate(policy.counts):
        if n != ANY:
            continue
        xs = [s.size[i] for i, (q, _) in enumerate(lay.cells) if q == r]
        out.append((
            f"role {policy.role_names[r]}: ≥ 1 instance, spread over the UDs evenly (sizes non-increasing, differing by ≤ 1)",
            L.and_(xs[0] >= 1, xs[-1] >= 0, xs[-1] >= xs[0] - 1, *(a >= b for a, b in zip(xs, xs[1:]))),
        ))
    return out


def specialise(policy: CloudServicePolicy, states: list[Counts], args: list[Args]):
    """A parametric policy's run at the sizes it took: the concrete policy, and the run's states and
    action arguments re-indexed to the concrete policy's classes (the empty cells dropped)."""
    if not policy.parametric:
        return policy, states, args
    lay = layout(policy)
    per_role = [0] * len(policy.counts)
    for i, (r, _) in enumerate(lay.cells):
        per_role[r] += int(states[0].size[i])
    conc = policy.with_counts(tuple(per_role))
    clay = layout(conc)
    cnt_of = [lay.ix[c] for c in clay.cs]
    for st in states:
        dropped = [st.cnt[j] for j, c in enumerate(lay.cs) if c not in clay.ix]
        if any(int(x) for x in dropped):
            raise ValueError("the run has instances in a cell the concrete sizes leave empty")

    def cls(j: Any) -> Any:
        c = lay.cs[int(j)] if 0 <= int(j) < len(lay.cs) else None
        return clay.ix.get(c, -1) if c is not None else -1

    out_states = [attrs.evolve(st, cnt=tuple(st.cnt[j] for j in cnt_of), size=cell_sizes(conc)) for st in states]
    return conc, out_states, [attrs.evolve(a, cls=cls(a.cls)) for a in args]


def lift(policy: CloudServicePolicy, c: Counts, conc: CloudServicePolicy) -> Counts:
    """The counting state ``c`` of ``conc`` (one of parametric ``policy``'s instantiations) in the
    classes of ``policy``: the cells ``conc`` leaves empty hold 0 instances and have size 0."""
    lay, clay = layout(policy), layout(conc)
    sizes = dict(zip(clay.cells, c.size))
    return attrs.evolve(
        c, cnt=tuple(c.cnt[clay.ix[x]] if x in clay.ix else 0 for x in lay.cs),
        size=tuple(sizes.get(cell, 0) for cell in lay.cells),
    )


def lift_args(policy: CloudServicePolicy, args: Args, conc: CloudServicePolicy) -> Args:
    """Action arguments of ``conc`` re-indexed to the classes of parametric ``policy``."""
    cs, ix = layout(conc).cs, layout(policy).ix
    j = int(args.cls)
    return attrs.evolve(args, cls=ix[cs[j]] if 0 <= j < len(cs) else -1)


# --------------------------------------------------------------------------------------------
# Initial states


def init(L: Logic, policy: CloudServicePolicy, s: Counts) -> Any:
    """The initial-state condition: every cell full and online on the old version (``idle``),
    or an automatic update of crashing code at the boundary of some UD ``1 ≤ c < k`` with the
    walked UDs updated, each instance online or crashed (``stuck``; the start predicate of
    CS-STUCK-RECOVERABLE then asks for the gate to fail)."""
    cs = classes_of(policy)
    k = policy.upgrade_domains
    sizes = [term for _, term in shares(L, policy, s)] + [term for _, term in spread(L, policy, s)]
    nonneg = [x >= 0 for x in s.cnt]
    if policy.initial == "idle":
        shape = [s.cnt[j] == 0 for j, c in enumerate(cs) if c.loc != Loc(Phase.ONLINE, OLD)]
        return L.and_(
            L.not_(s.active), s.kind == IN_PLACE, L.not_(s.rollback), L.not_(s.rollback_pending),
            s.current_ud == 0, L.not_(s.during), L.not_(s.locked), L.not_(s.deleted),
            s.changes_package, L.not_(s.increases_local), L.not_(s.target_crashes),
            L.not_(s.rolled_back), L.not_(s.untouched_stopped), *nonneg, *sizes, *shape,
        )
    walked_ok = (Loc(Phase.ONLINE, NEW), Loc(Phase.CRASHED, NEW))
    shape = [
        L.or_(c.ud < s.current_ud, s.cnt[j] == 0) if c.loc in walked_ok
        else L.or_(c.ud >= s.current_ud, s.cnt[j] == 0) if c.loc == Loc(Phase.ONLINE, OLD)
        else s.cnt[j] == 0
        for j, c in enumerate(cs)
    ]
    return L.and_(
        policy.new_code_crashes, policy.mode == "automatic", k >= 2,
        s.active, s.kind == IN_PLACE, L.not_(s.rollback), L.not_(s.rollback_pending),
        s.current_ud >= 1, s.current_ud < k, L.not_(s.during),
        s.locked == (not policy.concurrent_operations), L.not_(s.deleted), s.changes_package,
        s.increases_local == policy.local_resources_increase, s.target_crashes,
        L.not_(s.rolled_back), L.not_(s.untouched_stopped), *nonneg, *sizes, *shape,
    )


# --------------------------------------------------------------------------------------------
# Transitions


_PLANS: dict[tuple[int, Any], tuple[dict[Loc, int], tuple[tuple[int, tuple[int, ...]], ...]]] = {}


def _plan(cell: dict[Loc, int], move) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """For each class ``j`` of ``cell``, the classes whose instances ``move`` sends to ``j``.

    Structural (independent of the counts), so it is computed once per cell and move.  Keyed by
    the cell's identity (a layout's cells live as long as the layout cache) and checked against
    it, since layouts differ both in class indices and in their local classes."""
    key = (id(cell), move)
    hit = _PLANS.get(key)
    if hit is not None and hit[0] is cell:
        return hit[1]
    into: dict[Loc, list[int]] = {loc: [] for loc in cell}
    for loc, j in cell.items():
        into[move(loc)].append(j)
    plan = tuple((j, tuple(into[loc])) for loc, j in cell.items())
    _PLANS[key] = (cell, plan)
    return plan


_plan.cache_clear = _PLANS.clear  # type: ignore[attr-defined]


def _cell_map(L: Logic, cell: dict[Loc, int], cnt: tuple[Any, ...], move) -> dict[int, Any]:
    """Each class of ``cell`` after every instance of the cell moves by ``move`` (a map on local classes)."""
    return {j: _sum(L, [cnt[i] for i in src]) for j, src in _plan(cell, move)}


def _in_ud(L: Logic, lay: Layout, cnt: tuple[Any, ...], here: dict[int, Any], move) -> tuple[Any, ...]:
    """``cnt`` after the instances of UD ``u`` move by ``move`` where ``here[u]`` holds."""
    out = list(cnt)
    if L is CONCRETE:  # the same sums, without the conditional terms
        for (_, u), cell in lay.in_cell.items():
            if here[u]:
                for j, src in _plan(cell, move):
                    out[j] = sum([cnt[i] for i in src])
        return tuple(out)
    for (_, u), cell in lay.in_cell.items():
        if here[u] is False:
            continue
        for j, x in _cell_map(L, cell, cnt, move).items():
            out[j] = _ite(L, here[u], x, cnt[j])
    return tuple(out)


def _walk(L: Logic, lay: Layout, cnt: tuple[Any, ...], ud: Any, to_new: Any, when: Any) -> tuple[tuple[Any, ...], Any]:
    """``cnt`` after walking ``ud`` (if ``when``) towards the new version (if ``to_new``) or the old
    one, and whether an instance stopped before it was ever updated is turned back by a rollback
    (``model.cloud_service._walk_ud``)."""
    out = list(cnt)
    untouched = []
    for (_, u), cell in lay.in_cell.items():
        here = L.and_(when, ud == u)
        if here is False:
            continue
        to = {OLD: _cell_map(L, cell, cnt, walked_to_old), NEW: _cell_map(L, cell, cnt, walked_to_new)}
        for loc, j in cell.items():
            out[j] = _ite(L, here, _ite(L, to_new, to[NEW][j], to[OLD][j]), cnt[j])
            if loc.in_flight and loc.version == OLD and loc.landing == NEW:
                untouched.append(L.and_(here, L.not_(to_new), cnt[j] >= 1))
    return tuple(out), L.or_(*untouched) if untouched else False


_ONE_PLANS: dict[tuple[int, Any, Any], tuple[list[int], dict[int, list[int]]]] = {}


def _one_plan(lay: Layout, cond, move) -> tuple[list[int], dict[int, list[int]]]:
    """The classes ``cond`` selects, and for each class the selected ones ``move`` sends into it
    (structural: computed once per layout, condition and move)."""
    key = (id(lay), cond, move)
    plan = _ONE_PLANS.get(key)
    if plan is None or plan[2] is not lay:
        src = [j for j, c in enumerate(lay.cs) if cond(c.loc)]
        into: dict[int, list[int]] = {}
        for j in src:
            c = lay.cs[j]
            into.setdefault(lay.ix[attrs.evolve(c, loc=move(c.loc))], []).append(j)
        plan = _ONE_PLANS[key] = (src, into, lay)
    return plan[0], plan[1]


_one_plan.cache_clear = _ONE_PLANS.clear  # type: ignore[attr-defined]


def _one_moves(L: Logic, lay: Layout, cnt: tuple[Any, ...], cls: Any, cond, move) -> tuple[Any, tuple[Any, ...]]:
    """Whether ``cls`` selects a non-empty class satisfying ``cond``, and ``cnt`` after one instance of
    it moves by ``move``."""
    src, into = _one_plan(lay, cond, move)
    if L is CONCRETE and type(cls) is int:  # a concrete class: only it and its destination change
        if cls not in src or not cnt[cls] >= 1:
            return False, cnt
        out = list(cnt)
        out[cls] -= 1
        out[next(j for j, inc in into.items() if cls in inc)] += 1
        return True, tuple(out)
    sel = L.or_(*(L.and_(cls == j, cnt[j] >= 1) for j in src)) if src else False
    out = list(cnt)
    srcs = set(src)
    for j, x in enumerate(cnt):
        inc = into.get(j, [])
        up = _ite(L, L.or_(*(cls == i for i in inc)), x + 1, x) if inc else x
        out[j] = L.ite(cls == j, x - 1, up) if j in srcs else up
    return sel, tuple(out)


def _finished(s: Counts, **kw) -> Counts:
    return attrs.evolve(
        s, active=False, kind=IN_PLACE, rollback=False, rollback_pending=False, current_ud=0,
        during=False, locked=False, **kw,
    )


#: (kind, change) code pairs U-7 allows.
_ALLOWED_REQUESTS: tuple[tuple[int, int], ...] = tuple(
    (ki, ci) for ki, kn in enumerate(KINDS) for ci, cn in enumerate(CHANGES) if change_allowed(kn, cn)
)

_ALLOWED_SET = frozenset(_ALLOWED_REQUESTS)


def _request(L: Logic, policy: CloudServicePolicy, s: Counts, kind: Any, change: Any, crashes: Any, lay: Layout):
    if L is CONCRETE:
        allowed = (kind, change) in _ALLOWED_SET
    else:
        allowed = L.or_(*(L.and_(kind == ki, change == ci) for ki, ci in _ALLOWED_REQUESTS))
    u9 = L.or_(*(change == CHANGES.index(c) for c in U9_CHANGES))
    guard = L.and_(
        L.not_(s.deleted), allowed, L.implies(crashes, policy.new_code_crashes),
        L.implies(s.active, L.not_(u9)), L.not_(s.locked),
    )
    if guard is False:
        return False, s
    cnt1 = _in_ud(L, lay, s.cnt, {u: True for u in lay.uds}, relabeled)
    immediate = L.and_(s.active, kind == IN_PLACE, policy.mode == "automatic")
    cnt2, _ = _walk(L, lay, cnt1, 0, True, immediate)
    config_only = L.or_(*(change == CHANGES.index(c) for c in CONFIG_ONLY))
    nxt = attrs.evolve(
        s, cnt=cnt2, active=True, kind=kind, rollback=False, rollback_pending=False,
        current_ud=0, during=immediate, locked=not policy.concurrent_operations,
        changes_package=L.not_(config_only),
        increases_local=L.or_(policy.local_resources_increase, change == CHANGES.index("local_storage_increase")),
        target_crashes=crashes, rolled_back=False, untouched_stopped=False,
    )
    return guard, nxt


def step(L: Logic, policy: CloudServicePolicy, s: Counts, a: A, args: Args, v: View | None = None) -> tuple[Any, Counts]:
    """The guard and the successor of counting action ``a`` with ``args`` from ``s`` (``v``: its view, if known)."""
    lay = layout(policy)
    k = policy.upgrade_domains
    live = L.not_(s.deleted)
    auto = policy.mode == "automatic"
    if a == A.operator_requests_update:
        return _request(L, policy, s, args.kind, args.change, args.crashes, lay)
    if a == A.operator_changes_configuration:
        return _request(L, policy, s, IN_PLACE, CONFIG_CHANGE, False, lay)
    if a == A.operator_deletes_deployment:
        return L.and_(live, L.not_(s.locked)), _finished(s, deleted=True)
    v = view(L, policy, s) if v is None else v
    by = v.by_ud
    if a == A.operator_rolls_back:
        if policy.rollback_waits_for_current_ud:
            wait, immediate = s.during, False
        else:
            wait, immediate = False, L.and_(s.during, auto)
        cnt, untouched = _walk(L, lay, s.cnt, 0, False, immediate)
        nxt = attrs.evolve(
            s, cnt=cnt, rollback_pending=wait, rollback=L.not_(wait),
            current_ud=L.ite(wait, s.current_ud, 0), during=L.ite(wait, s.during, immediate),
            untouched_stopped=L.or_(s.untouched_stopped, untouched),
        )
        return v.rollback_allowed, nxt
    if a in (A.fabric_walks_ud, A.operator_walks_ud):
        if a == A.fabric_walks_ud:
            mode_ok = L.and_(auto, v.gate_passes)
        else:
            mode_ok = L.and_(not auto, args.ud == s.current_ud)
        guard = L.and_(live, v.in_place, L.not_(s.during), mode_ok)
        if guard is False:
            return False, s
        cnt, untouched = _walk(L, lay, s.cnt, s.current_ud, L.not_(s.rollback), True)
        nxt = attrs.evolve(s, cnt=cnt, during=True, untouched_stopped=L.or_(s.untouched_stopped, untouched))
        return guard, nxt
    if a in (A.fabric_updates_ud, A.fabric_starts_ud):
        here = {u: args.ud == u for u in lay.uds}
        if a == A.fabric_updates_ud:
            some, move = by.stopped, updated
        else:
            some, move = by.updating, started
        guard = L.and_(live, L.or_(*(L.and_(here[u], some[u] >= 1) for u in lay.uds)))
        return guard, attrs.evolve(s, cnt=_in_ud(L, lay, s.cnt, here, move))
    if a in (A.instance_comes_online, A.instance_start_times_out, A.instance_crashes):
        if a == A.instance_comes_online:
            cond, move, pre = can_come_online, comes_online, True
        elif a == A.instance_start_times_out:
            cond, move, pre = can_time_out, times_out, policy.start_timeout_walks_on
        else:
            cond, move, pre = can_crash, crashes, L.and_(policy.new_code_crashes, s.target_crashes)
        if pre is False:
            return False, s
        sel, cnt = _one_moves(L, lay, s.cnt, args.cls, cond, move)
        return L.and_(live, pre, sel), attrs.evolve(s, cnt=cnt)
    if a == A.fabric_completes_ud:
        back = L.and_(*(L.implies(s.current_ud == u, by.unsettled[u] == 0) for u in lay.uds))
        guard = L.and_(live, v.in_place, s.during, back)
        nxt_ud = s.current_ud + 1
        last = nxt_ud == k
        pend = s.rollback_pending
        done = L.and_(L.not_(pend), last)
        nxt = attrs.evolve(
            s,
            active=L.not_(done),
            kind=s.kind,
            rollback=L.ite(done, False, L.or_(s.rollback, pend)),
            rollback_pending=False,
            current_ud=L.ite(L.or_(pend, done), 0, nxt_ud),
            during=False,
            locked=L.ite(done, False, s.locked),
            rolled_back=L.or_(s.rolled_back, L.and_(done, s.rollback)),
        )
        return guard, nxt
    if a == A.fabric_swaps_vip:
        guard = L.and_(live, v.vip_swap)
        return guard, _finished(attrs.evolve(s, cnt=_in_ud(L, lay, s.cnt, {u: True for u in lay.uds}, swapped)))
    raise ValueError(a)


def enabled(L: Logic, policy: CloudServicePolicy, s: Counts, a: A) -> Any:
    """Whether some arguments enable action ``a`` (for actions without arguments: its guard)."""
    if a in (A.operator_requests_update, A.operator_walks_ud, A.fabric_updates_ud, A.fabric_starts_ud,
             A.instance_comes_online, A.instance_start_times_out, A.instance_crashes):
        raise ValueError(f"{a.name} takes arguments; quantify them with fresh_args")
    return step(L, policy, s, a, Args())[0]


def choices(policy: CloudServicePolicy, s: Counts) -> Iterator[tuple[A, Args]]:
    """Every action and argument that may be enabled in the concrete state ``s``: a superset (the
    guard of ``step`` decides), with the arguments no guard can accept left out: request fields
    U-7 rejects, a manual walk of a UD other than the current one, an update or start of a UD that
    holds no instance, an instance class that is empty or that the move does not select.  The explicit-state search enumerates these; the tests show that every
    argument of the full domains that some guard accepts leads to a successor listed here."""
    lay = layout(policy)
    for kind, change in _ALLOWED_REQUESTS:
        for crash in ((False, True) if policy.new_code_crashes else (False,)):
            yield A.operator_requests_update, Args(kind=kind, change=change, crashes=crash)
    for a in (A.operator_changes_configuration, A.operator_rolls_back, A.operator_deletes_deployment,
              A.fabric_walks_ud, A.fabric_completes_ud, A.fabric_swaps_vip):
        yield a, Args()
    # A manual walk names the current UD, which may hold no instance (a role of n < k fills UDs 0..n-1).
    yield A.operator_walks_ud, Args(ud=s.current_ud)
    for a in (A.fabric_updates_ud, A.fabric_starts_ud):
        for u in lay.uds:
            yield a, Args(ud=u)
    moves = [(A.instance_comes_online, can_come_online, comes_online)]
    if policy.start_timeout_walks_on:
        moves.append((A.instance_start_times_out, can_time_out, times_out))
    if policy.new_code_crashes and s.target_crashes:
        moves.append((A.instance_crashes, can_crash, crashes))
    for a, cond, move in moves:
        for j in _one_plan(lay, cond, move)[0]:
            if s.cnt[j] >= 1:
                yield a, Args(cls=j)


# --------------------------------------------------------------------------------------------
# Between the two models


def loc_of(x: Instance) -> Loc:
    """The local class of a per-instance record."""
    if x.phase in (Phase.STOPPED, Phase.UPDATING):
        return Loc(x.phase, x.config, x.landing)
    if x.phase == Phase.STARTING:
        return Loc(x.phase, x.config, OLD, x.timed_out)
    return Loc(x.phase, x.config)


def class_of(s: CloudService, i: int) -> Cls:
    x = s.instances[i]
    return Cls(s.policy.role_names.index(x.role), x.ud, loc_of(x))


def class_index(s: CloudService, i: int) -> int:
    """The index of instance ``i``'s class among the tracked ones (``classes_of``)."""
    c = class_of(s, i)
    j = _index(classes_of(s.policy)).get(c)
    if j is None:
        raise ValueError(
            f"instance {i} is in {c}, a class no counting move produces under this policy "
            f"(new_code_crashes={s.policy.new_code_crashes}, start_timeout_walks_on={s.policy.start_timeout_walks_on})"
        )
    return j


def abstract(s: CloudService) -> Counts:
    """α: the counting state of a per-instance state."""
    cnt = [0] * len(classes_of(s.policy))
    for i in range(s.n):
        cnt[class_index(s, i)] += 1
    u = s.update or Update()
    return Counts(
        active=s.update is not None, kind=KINDS.index(u.kind), rollback=u.rollback,
        rollback_pending=u.rollback_pending, current_ud=u.current_ud, during=u.during,
        locked=s.locked, deleted=s.deleted, changes_package=s.changes_package,
        increases_local=s.increases_local, target_crashes=s.target_crashes,
        rolled_back=s.rolled_back, untouched_stopped=s.untouched_stopped, cnt=tuple(cnt),
        size=cell_sizes(s.policy),
    )


def abstract_action(s: CloudService, action: Action) -> tuple[A, Args]:
    """α on actions: the counting action a per-instance action is an instance of."""
    a = A[action.name]
    if a == A.operator_requests_update:
        kind, change = action.arg("kind", "in_place"), action.arg("change", "deploy_new_code")
        return a, Args(
            kind=KINDS.index(kind) if kind in KINDS else -1,
            change=CHANGES.index(change) if change in CHANGES else -1,
            crashes=bool(action.arg("crashes", False)),
        )
    if a in (A.operator_walks_ud, A.fabric_updates_ud, A.fabric_starts_ud):
        return a, Args(ud=action.arg("ud"))
    if a in (A.instance_comes_online, A.instance_start_times_out, A.instance_crashes):
        i = action.arg("i")
        ok = isinstance(i, int) and 0 <= i < s.n
        return a, Args(cls=class_index(s, i) if ok else -1)
    return a, Args()


def concretize(s: CloudService, a: A, args: Args) -> Action:
    """γ: a per-instance action that realises counting action ``a`` from ``s`` (lowest id first)."""
    if a == A.operator_requests_update:
        return Action.of(a.name, kind=KINDS[int(args.kind)], change=CHANGES[int(args.change)], crashes=bool(args.crashes))
    if a in (A.operator_walks_ud, A.fabric_updates_ud, A.fabric_starts_ud):
        return Action.of(a.name, ud=int(args.ud))
    if a in (A.instance_comes_online, A.instance_start_times_out, A.instance_crashes):
        members = [i for i in range(s.n) if class_index(s, i) == int(args.cls)]
        return Action.of(a.name, i=members[0] if members else -1)
    return Action.of(a.name)


def initial_from_counts(policy: CloudServicePolicy, c: Counts) -> CloudService:
    """A per-instance initial state with the counts ``c`` (crashed: the lowest ids of each cell)."""
    if policy.initial == "idle":
        return initial_state(policy)
    cs = classes_of(policy)
    base = initial_state(attrs.evolve(policy, initial="idle"))
    crashed: set[int] = set()
    for j, cl in enumerate(cs):
        if cl.loc == Loc(Phase.CRASHED, NEW) and int(c.cnt[j]):
            members = [
                i for i, x in enumerate(base.instances)
                if policy.role_names.index(x.role) == cl.role and x.ud == cl.ud
            ]
            crashed |= set(members[: int(c.cnt[j])])
    return initial_state(policy, at_ud=int(c.current_ud), crashed=frozenset(crashed))


def fresh_state(policy: CloudServicePolicy, mk) -> Counts:
    """A state whose fields come from ``mk(name, sort)`` (Z3 constants in the solver)."""
    b = lambda name: mk(name, "bool")  # noqa: E731
    return Counts(
        active=b("active"), kind=mk("kind", "int"), rollback=b("rollback"),
        rollback_pending=b("rollback_pending"), current_ud=mk("current_ud", "int"),
        during=b("during"), locked=b("locked"), deleted=b("deleted"),
        changes_package=b("changes_package"), increases_local=b("increases_local"),
        target_crashes=b("target_crashes"), rolled_back=b("rolled_back"),
        untouched_stopped=b("untouched_stopped"),
        cnt=tuple(mk(f"cnt{j}", "int") for j in range(len(classes_of(policy)))),
        size=cell_sizes(policy, mk),
    )


def fresh_args(policy: CloudServicePolicy, mk) -> Args:
    """Action arguments whose fields come from ``mk(name, sort)``.

    The names differ from every state field's: the solver names a step's arguments and the state
    before it alike (``kind@0``), so an argument called ``kind`` would be the state's ``kind``.
    """
    return Args(
        kind=mk("request_kind", "int"), change=mk("change", "int"), crashes=mk("crashes", "bool"),
        ud=mk("ud", "int"), cls=mk("cls", "int"),
    )


# --------------------------------------------------------------------------------------------
# Candidate invariants for the prover


def lemmas(L: Logic, policy: CloudServicePolicy, s: Counts, v: View) -> list[tuple[str, Any]]:
    """Candidate invariants in the model's vocabulary, for the prover to keep or drop.

    The prover keeps the subset that holds initially and is preserved by every step (Houdini), and
    prints the kept ones as the certificate.  A candidate here is a guess, never an assumption: most
    hold only under some policies (one operation at a time, a rollback that waits, no crash).
    """
    lay = layout(policy)
    by = v.by_ud
    k = policy.upgrade_domains
    cu = s.current_ud
    out = [
        ("counts are non-negative", L.and_(*(x >= 0 for x in s.cnt))),
        *shares(L, policy, s),
        *spread(L, policy, s),
        ("kind is in-place or VIP swap", L.or_(s.kind == IN_PLACE, s.kind == VIP_SWAP)),
        ("0 ≤ current_ud < k", L.and_(cu >= 0, cu < k)),
        ("no update ⇒ nothing of a walk is left",
         L.implies(L.not_(s.active), L.and_(s.kind == IN_PLACE, L.not_(s.rollback), L.not_(s.rollback_pending),
                                            cu == 0, L.not_(s.during)))),
        ("deleted ⇒ no update", L.implies(s.deleted, L.not_(s.active))),
        ("locked ⇒ an update is in progress", L.implies(s.locked, s.active)),
        ("an update in progress ⇒ locked", L.implies(s.active, s.locked)),
        ("never locked", L.not_(s.locked)),
        ("a UD is walked only by an in-place update", L.implies(s.during, v.in_place)),
        ("a rollback waits only while a UD is walked", L.implies(s.rollback_pending, s.during)),
        ("a rollback is not also pending", L.implies(s.rollback, L.not_(s.rollback_pending))),
        ("a rollback belongs to an in-place update", L.implies(L.or_(s.rollback, s.rollback_pending), v.in_place)),
        ("a VIP swap walks no UD", L.implies(v.vip_swap, L.and_(cu == 0, L.not_(s.during)))),
        ("nothing is in flight towards a version the walk does not target", v.stale_in_flight == 0),
        ("no instance in flight lands on the version it runs",
         _sum(L, [s.cnt[j] for j, c in enumerate(lay.cs) if c.loc.in_flight and c.loc.version == c.loc.landing]) == 0),
        ("a completed rollback leaves nothing on the new version", L.implies(s.rolled_back, v.on_new == 0)),
        ("a completed rollback ends the update", L.implies(s.rolled_back, L.not_(s.active))),
        ("no rollback turned back an instance never updated", L.not_(s.untouched_stopped)),
        ("the latest request's code does not crash", L.not_(s.target_crashes)),
        ("nothing crashed", v.crashed == 0),
        ("no crashed instance runs the old version",
         _sum(L, [s.cnt[j] for j, c in enumerate(lay.cs) if c.loc.phase == Phase.CRASHED and c.loc.version == OLD]) == 0),
        ("at most one timed-out instance", v.timed_out <= 1),
        ("nothing timed out", v.timed_out == 0),
        ("outside the walked UD every instance is online", v.offline_outside == 0),
        ("every role keeps an instance online", L.and_(*(o >= 1 for o in v.online_by_role))),
        ("the walk is never blocked", L.not_(v.walk_blocked)),
        ("the walk is never stuck", L.not_(v.stuck)),
        ("past UD 0 the walk passed the health gate, and what passed stays good",
         L.implies(L.or_(cu >= 2, L.and_(s.during, cu >= 1)), L.and_(*(g >= policy.min_good_instances for g in v.good_walked_by_role)))),
        ("outside an in-place update every role has an instance online (the gate kept one)",
         L.implies(L.not_(v.in_place), L.and_(*(o >= 1 for o in v.online_by_role)))),
        ("before a forward walk starts every role has an instance online",
         L.implies(L.and_(L.not_(s.rollback), cu == 0, L.not_(s.during)), L.and_(*(o >= 1 for o in v.online_by_role)))),
    ]
    walked_here = lambda u: L.and_(s.during, cu == u)  # noqa: E731
    to_new, to_old = ({u: _sum(L, [s.cnt[j] for j, c in enumerate(lay.cs)
                                   if c.ud == u and c.loc.in_flight and c.loc.landing == t]) for u in lay.uds}
                      for t in (NEW, OLD))
    out.append(("no update in progress ⇒ nothing in flight (a walk completes each UD it starts)",
                L.implies(L.and_(L.not_(s.active), L.not_(s.deleted)), v.stopped == 0)))
    out.append(("a rollback walk has nothing in flight towards the new version",
                L.implies(L.and_(s.rollback, L.not_(s.deleted)), _sum(L, list(to_new.values())) == 0)))
    for u in lay.uds:
        out += [
            # A second request (U-27) leaves the replaced walk's UD in flight towards an older
            # version; towards the new one only the UD being walked is.
            (f"UD {u}: in flight towards the new version only while it is walked (or deleted)",
             L.or_(s.deleted, to_new[u] == 0, walked_here(u))),
            (f"UD {u}: being walked forward, nothing in it is in flight towards an older version",
             L.implies(L.and_(v.in_place, walked_here(u), L.not_(s.rollback), L.not_(s.deleted)), to_old[u] == 0)),
            (f"UD {u}: once the walk has passed it, every instance in it is settled (online, crashed or timed out)",
             L.implies(L.and_(v.in_place, u < cu, L.not_(s.deleted)), by.unsettled[u] == 0)),
            (f"UD {u}: in flight only while it is walked", L.or_(by.in_flight[u] == 0, walked_here(u))),
            (f"UD {u}: starting (not timed out) only while it is walked", L.or_(by.starting[u] == 0, walked_here(u))),
            (f"UD {u}: walked UDs below the current one run the target",
             L.implies(L.and_(v.in_place, u < cu), L.ite(s.rollback, by.new[u], by.old[u]) == 0)),
            (f"UD {u}: a forward walk has not touched it yet",
             L.implies(L.and_(v.in_place, L.not_(s.rollback), L.or_(u > cu, L.and_(u == cu, L.not_(s.during)))),
                       by.new[u] == 0)),
            (f"UD {u}: being walked, every instance not in flight runs the target",
             L.implies(L.and_(v.in_place, walked_here(u)),
                       L.ite(s.rollback, by.new[u], by.old[u]) == by.in_flight[u] - _in_flight_on(L, lay, s, u))),
        ]
    return out


def _in_flight_on(L: Logic, lay: Layout, s: Counts, u: int) -> Any:
    """Instances of UD ``u`` in flight that run the walk's target already (re-targeted ones)."""
    on = {t: _sum(L, [s.cnt[j] for j, c in enumerate(lay.cs) if c.ud == u and c.loc.in_flight and c.loc.version == t])
          for t in (OLD, NEW)}
    return L.ite(s.rollback, on[OLD], on[NEW])


def clock_lemmas(L: Logic, policy: CloudServicePolicy, s: Counts, v: View, t: Any) -> list[tuple[str, Any]]:
    """Candidate bounds on progress after ``t`` steps from an initial state (``t`` is a ghost clock).

    A forward walk costs a request, then per UD a walk, an update, a start, one step per instance
    (it comes online, times out or crashes) and a completion; the prover keeps the bounds that are
    inductive, and bounded model checking then skips every depth too shallow for a hit.
    """
    lay = layout(policy)
    by = v.by_ud
    cu = s.current_ud
    cost = _costs(L, lay, by)
    done = _sum(L, [L.ite(u < cu, cost[u], 0) for u in lay.uds])
    here = {u: L.and_(s.during, cu == u) for u in lay.uds}
    stage = _sum(L, [
        L.ite(here[u], 1 + L.ite(by.stopped[u] == 0, 1, 0) + L.ite(L.and_(by.stopped[u] == 0, by.updating[u] == 0), 1, 0)
              + by.settled_new[u], 0)
        for u in lay.uds
    ])
    forward = L.and_(v.in_place, L.not_(s.rollback))
    started = _sum(L, [by.starting[u] for u in lay.uds])
    out = _ud_clock_lemmas(L, policy, s, v, t, done, stage)
    return out + [
        ("clock: t ≥ 0", t >= 0),
        ("clock: an update in progress ⇒ t ≥ 1", L.implies(s.active, t >= 1)),
        ("clock: a forward walk costs request + per UD (walk, update, start, each instance, complete) ≤ t",
         L.implies(forward, 1 + done + stage <= t)),
        ("clock: instances in flight ⇒ t ≥ 2 (request, walk)", L.implies(v.stopped >= 1, t >= 2)),
        ("clock: starting or timed out ⇒ t ≥ 4 (request, walk, update, start)",
         L.implies(started + v.timed_out >= 1, t >= 4)),
        ("clock: timed out + 4 ≤ t", L.or_(v.timed_out == 0, v.timed_out + 4 <= t)),
        ("clock: a rollback ⇒ t ≥ 2", L.implies(L.or_(s.rollback, s.rollback_pending, s.rolled_back), t >= 2)),
    ]


def _costs(L: Logic, lay: Layout, by: ByUd) -> dict[int, Any]:
    """The fewest steps a forward walk of each UD takes: walk, update, start, one per instance,
    complete.  A UD with no instance costs nothing here (a lower bound): with fixed sizes the
    layout has no such UD; with parametric sizes the cost is a term that says so."""
    return {u: 4 + by.size[u] if isinstance(by.size[u], int) else L.ite(by.size[u] >= 1, 4 + by.size[u], 0)
            for u in lay.uds}


def _at(x: Any, symbol: str) -> str:
    """A bound in a lemma's name: its value when the sizes are fixed, else its symbol."""
    return str(x) if isinstance(x, int) else symbol


def _timed_out_in(L: Logic, lay: Layout, s: Counts, u: int, version: int | None = None) -> Any:
    """Instances of UD ``u`` whose start timed out (on ``version`` only, if given)."""
    return _sum(L, [s.cnt[j] for j, c in enumerate(lay.cs)
                    if c.ud == u and c.loc.phase == Phase.STARTING and c.loc.timed_out
                    and (version is None or c.loc.version == version)])


def _ud_clock_lemmas(L: Logic, policy: CloudServicePolicy, s: Counts, v: View, t: Any, done: Any, stage: Any) -> list[tuple[str, Any]]:
    """Per-UD bounds that also hold through a rollback and after the update.

    ``reach(u)`` is the earliest step at which a walk may reach UD ``u``: the request, then every
    lower UD walked forward (walk, update, start, each instance, complete).  With parametric sizes
    the names say ``reach(u)``: 1 + Σ_{w<u, UD w not empty} (4 + |UD w|).  An instance of UD ``u``
    on the new version, in flight, starting or timed out needs the walk to have reached ``u``; one
    timed out in a UD the walk has left needs that UD completed; a rollback only begins once the
    UD it waited for is complete, so in a rollback every UD it still has to turn back was completed
    forward, and the rollback request is one more step.
    """
    lay = layout(policy)
    by = v.by_ud
    cu = s.current_ud
    cost = _costs(L, lay, by)
    reach = {u: _sum(L, [1, *(cost[w] for w in lay.uds if w < u)]) for u in lay.uds}
    forward = L.and_(v.in_place, L.not_(s.rollback))
    out = [("clock: a waiting rollback costs its request on top of the forward walk",
            L.implies(s.rollback_pending, 2 + done + stage <= t))]
    k = policy.upgrade_domains
    for r, n in enumerate(policy.counts):
        # The health gate keeps a role online up to the rollback, unless a former update left its
        # instances timed out, which costs that update's walk up to the role's last UD.
        if n == ANY:  # the role's UDs that hold instances are 0..some last one
            cells = {u: s.size[i] for i, (q, u) in enumerate(lay.cells) if q == r}
            full_last = _sum(L, [1, *(L.ite(cells[w] >= 1, cost[w], 0) for w in lay.uds)])
        else:
            last = min(n, k) - 1
            full_last = _sum(L, [1, *(cost[w] for w in lay.uds if w <= last)])
        bound = _at(full_last + 2, f"reach(past the last UD of {policy.role_names[r]}) + 2")
        out.append((f"clock: a rollback starts with role {policy.role_names[r]} all offline ⇒ t ≥ {bound}",
                    L.implies(L.and_(s.rollback, cu == 0, L.not_(s.during), v.online_by_role[r] == 0), t >= full_last + 2)))
    for u in lay.uds:
        here = L.and_(s.during, cu == u)
        tout = _timed_out_in(L, lay, s, u)
        touched = by.offline[u] + by.new[u]  # not online on the old version
        full = reach[u] + cost[u]  # UD u walked forward and completed: reach(u + 1)
        ahead = L.or_(u > cu, L.and_(u == cu, L.not_(s.during)))  # the walk has not reached it
        out += [
            (f"clock: UD {u}: an in-place update with new code in it ⇒ t ≥ {_at(reach[u] + 3, f'reach({u}) + 3')}",
             L.implies(L.and_(v.in_place, by.new[u] >= 1), t >= reach[u] + 3)),
            (f"clock: UD {u}: in flight ⇒ t ≥ {_at(reach[u] + 1, f'reach({u}) + 1')}", L.implies(by.in_flight[u] >= 1, t >= reach[u] + 1)),
            (f"clock: UD {u}: updating or starting ⇒ t ≥ {_at(reach[u] + 2, f'reach({u}) + 2')}",
             L.implies(by.updating[u] + by.starting[u] >= 1, t >= reach[u] + 2)),
            (f"clock: UD {u}: timed out ⇒ t ≥ {_at(reach[u] + 4, f'reach({u}) + 4')}", L.implies(tout >= 1, t >= reach[u] + 4)),
            (f"clock: UD {u}: timed out and left by the walk ⇒ t ≥ {_at(full, f'reach({u + 1})')}",
             L.implies(L.and_(tout >= 1, L.not_(here)), t >= full)),
            (f"clock: UD {u}: a rollback with it not yet back on the old version ⇒ t ≥ {_at(full + 1, f'reach({u + 1}) + 1')}",
             L.implies(L.and_(s.rollback, touched >= 1), t >= full + 1)),
            (f"clock: UD {u}: timed out outside an in-place forward update ⇒ t ≥ {_at(full, f'reach({u + 1})')}",
             L.implies(L.and_(tout >= 1, L.or_(L.not_(v.in_place), s.rollback)), t >= full)),
            (f"clock: UD {u}: timed out ahead of a forward walk (a former update's) ⇒ t ≥ {_at(full + 1, f'reach({u + 1}) + 1')}",
             L.implies(L.and_(tout >= 1, forward, ahead), t >= full + 1)),
            (f"clock: UD {u}: timed out ahead of a forward walk ⇒ the former update ({_at(full, f'reach({u + 1})')}) + the request + this walk ≤ t",
             L.implies(L.and_(tout >= 1, forward, ahead), full + 1 + done + stage <= t)),
            (f"clock: UD {u}: a rollback that has walked on with it not yet back on the old version ⇒ t ≥ {_at(full + 2, f'reach({u + 1}) + 2')}",
             L.implies(L.and_(s.rollback, L.or_(s.during, cu >= 1), touched >= 1), t >= full + 2)),
            (f"clock: UD {u}: timed out on the old version ahead of a rollback (a former update's) ⇒ t ≥ {_at(full + 2, f'reach({u + 1}) + 2')}",
             L.implies(L.and_(s.rollback, ahead, _timed_out_in(L, lay, s, u, OLD) >= 1), t >= full + 2)),
        ]
    return out
