"""The cloud service as counts: classes per (role, UD) cell, the counting state, its view, α/γ.

Within a cell the rules read only an instance's phase, version, landing version and timeout
(``Loc``), so a counting state is a count per (role, UD, ``Loc``) plus the deployment's fields;
drives and packages are forgotten.  A role of ``"any"`` instances has a size per cell that no step
changes (``lift``/``specialise`` go between sizes).
"""

from __future__ import annotations

import enum
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

import attrs
from attrs import frozen

from rollproof.model import cloud_service_rules as rules
from rollproof.model.cloud_service import (
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
from rollproof.model.core import Action
from rollproof.model.counting import ViewQuantities
from rollproof.model.guards import holds
from rollproof.model.logic import CONCRETE, Logic

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
    config: int  # configuration version: OLD or NEW
    landing: int = OLD  # stopped / updating only
    timed_out: bool = False  # starting only

    in_flight = property(rules.in_flight)
    settled = property(rules.settled)


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


# The class moves: each action moves instances by one of the rules' one-instance steps
# (``model.cloud_service_rules``), applied to a local class, and only these.  The classes the solver
# tracks are the closure of the initial class under the steps the policy enables, so a class no
# rule can produce (a crash with working code, a timeout that is switched off) costs nothing, and a
# change to a step changes the tracked classes with it.


def walked_to_old(loc: Loc) -> Loc:
    return rules.walked(loc, OLD)


def walked_to_new(loc: Loc) -> Loc:
    return rules.walked(loc, NEW)


def _successors(loc: Loc, crash: bool, timeout: bool) -> list[Loc]:
    out = [rules.walked(loc, OLD), rules.walked(loc, NEW), rules.relabeled(loc), rules.updated(loc),
           rules.started(loc), rules.swapped(loc)]
    if rules.can_come_online(loc):
        out.append(rules.comes_online(loc))
    if timeout and rules.can_time_out(loc):
        out.append(rules.times_out(loc))
    if crash and rules.can_crash(loc):
        out.append(rules.crashes(loc))
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


@lru_cache(maxsize=None)
def _index_of(policy: CloudServicePolicy) -> dict[Cls, int]:
    """``_index`` of the policy's classes, keyed by the policy (hashing the policy costs far less than
    hashing its hundreds of classes, once per instance of every state abstracted)."""
    return _index(classes_of(policy))


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
    untargeted_in_flight: Any  # instances of a role the update does not target, stopped or being updated (U-10)
    serving_old: Any  # instances the update targets, online on an older version than the latest request's
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
    old: tuple[Any, ...]  # on the old version, of the roles the update targets (U-10)
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

    def per_ud_targeted(key: str, pred) -> tuple[Any, ...]:
        """``per_ud`` over the instances of the roles the update targets (U-10)."""
        who = policy.role_to_upgrade
        return tuple(
            _sum(L, [cnt[j] for j in _where(lay, (key, who, u), lambda c, u=u: (
                c.ud == u and rules.updates_role(policy, policy.role_names[c.role]) and pred(c.loc)))])
            for u in lay.uds
        )

    return ByUd(
        offline=per_ud("offline", lambda loc: loc.phase != Phase.ONLINE),
        in_flight=per_ud("in_flight", rules.in_flight),
        stopped=per_ud("stopped", rules.stopped),
        updating=per_ud("updating", rules.updating),
        starting=per_ud("starting", rules.can_time_out),
        unsettled=per_ud("unsettled", lambda loc: not rules.settled(loc)),
        old=per_ud_targeted("old", lambda loc: loc.config == OLD),
        new=per_ud("new", lambda loc: loc.config == NEW),
        settled_new=per_ud("settled_new", lambda loc: loc.config == NEW and loc.settled),
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
    target = rules.walk_target(L, s)
    in_place = L.and_(s.active, s.kind == IN_PLACE)
    forward = L.and_(in_place, L.not_(s.rollback), L.not_(s.rollback_pending))
    walked_ud = L.ite(s.during, s.current_ud, s.current_ud - 1)
    not_updated = q(("awaits_update", policy.role_to_upgrade), lambda c: rules.awaits_update(policy, policy.role_names[c.role], c.loc))
    # instances not online outside the UD being walked (the last one walked, between UDs)
    outside = _sum(L, [_ite(L, L.and_(in_place, rules.in_walk(L, policy, walked_ud, u)), 0, by.offline[u]) for u in lay.uds])
    # in flight towards a version the active in-place walk does not target (all of them without one)
    landing = {t: q(("landing", t), lambda c, t=t: c.loc.in_flight and c.loc.landing == t) for t in (OLD, NEW)}
    stale = L.ite(in_place, L.ite(s.rollback, landing[NEW], landing[OLD]), _sum(L, list(by.in_flight)))
    roles = range(len(policy.roles))
    online_by_role = tuple(q(("online", r), lambda c, r=r: c.role == r and c.loc.phase == Phase.ONLINE) for r in roles)

    def walked_online(r: int, version: int) -> Any:
        return _sum(L, [
            L.ite(u < s.current_ud, _sum(L, [
                s.cnt[j] for j in _where(lay, ("walked_online", r, u, version), lambda c: (
                    c.role == r and c.ud == u and c.loc.phase == Phase.ONLINE and c.loc.config == version))
            ]), 0)
            for u in lay.uds if (r, u) in lay.in_cell
        ])

    good = tuple(_ite(L, s.rollback, walked_online(r, OLD), walked_online(r, NEW)) for r in roles)
    crashed = q("crashed", lambda c: c.loc.phase == Phase.CRASHED)
    f = dict(
        n=s.n, k=k, total=q("all", lambda c: True), active=s.active, in_place=in_place, forward=forward,
        vip_swap=L.and_(s.active, s.kind == VIP_SWAP), rollback=s.rollback,
        rollback_pending=s.rollback_pending, current_ud=s.current_ud, during=s.during,
        locked=s.locked, deleted=s.deleted, increases_local=s.increases_local,
        target_crashes=s.target_crashes, rolled_back=s.rolled_back,
        untouched_stopped=s.untouched_stopped, target=target, rollback_allowed=False,
        not_updated=not_updated, on_new=q("new", lambda c: c.loc.config == NEW),
        offline=_sum(L, list(by.offline)),
        offline_outside=L.ite(live, outside, 0),
        stopped=_sum(L, list(by.in_flight)), stale_in_flight=L.ite(live, stale, 0), crashed=crashed,
        serving_old=q(("serving_old", policy.role_to_upgrade), lambda c: (
            c.loc.phase == Phase.ONLINE and rules.awaits_update(policy, policy.role_names[c.role], c.loc))),
        untargeted_in_flight=q(("untargeted_in_flight", policy.role_to_upgrade), lambda c: (
            rules.in_flight(c.loc) and not rules.updates_role(policy, policy.role_names[c.role]))),
        timed_out=q("timed_out", lambda c: c.loc.phase == Phase.STARTING and c.loc.timed_out),
        online_by_role=online_by_role, good_walked_by_role=good, by_ud=by,
    )
    # The health gate and what follows from it are the rules' (U-15, U-25), over these quantities.
    ns = SimpleNamespace(**f)
    ns.gate_passes = f["gate_passes"] = rules.gate_passes(L, policy, ns)
    ns.walk_blocked = f["walk_blocked"] = rules.walk_blocked(L, policy, ns)
    f["stuck"] = rules.stuck(L, ns)
    v = View(**f)
    # RollbackAllowed is the guard of operator_rolls_back (U-18, U-19, U-21, U-22), derived.
    return attrs.evolve(v, rollback_allowed=holds(L, rules.GUARDS["operator_rolls_back"], policy, Quantities(L, policy, s, v)))


class Quantities(ViewQuantities):
    """What the guards read of a counting state (``model.cloud_service_rules.State``): the view's
    quantities, ``count`` of the instances a rule's predicate selects, and whether every instance
    of the UDs being walked satisfies one."""

    __slots__ = ()

    def count(self, pred) -> Any:
        lay = layout(self._policy)
        return _sum(self._L, [self._s.cnt[j] for j in _where(lay, ("count", pred), lambda c: pred(c.loc))])

    def all_in_walk(self, pred) -> Any:
        L, p, lay, s = self._L, self._policy, layout(self._policy), self._s
        return L.and_(*(L.implies(rules.in_walk(L, p, s.current_ud, u), _in_ud_sum(L, lay, self.v.by_ud, s, pred, u, negate=True) == 0)
                        for u in lay.uds))


def _in_ud_sum(L: Logic, lay: Layout, by: ByUd, s: Counts, pred, u: int, negate: bool = False) -> Any:
    """Instances of UD ``u`` that ``pred`` selects (that it does not, with ``negate``): the view's
    per-UD sum where it has one for that predicate, else summed here."""
    known = {(rules.stopped, False): by.stopped, (rules.updating, False): by.updating,
             (rules.settled, True): by.unsettled, (rules.in_flight, False): by.in_flight}.get((pred, negate))
    if known is not None:
        return known[u]  # (the UDs that hold instances are 0, 1, …: a tuple index is its UD)
    return _sum(L, [s.cnt[j] for j in _where(lay, ("in_ud", pred, negate, u),
                                               lambda c: c.ud == u and bool(pred(c.loc)) != negate)])


#: ``kind`` codes of a request: indices into ``model.cloud_service_rules.KINDS``.
_U9 = tuple(CHANGES.index(c) for c in U9_CHANGES)
_CONFIG_ONLY = tuple(CHANGES.index(c) for c in CONFIG_ONLY)
_LOCAL_INCREASE = CHANGES.index("local_storage_increase")
#: (kind, change) code pairs U-7 allows.
ALLOWED_REQUESTS: tuple[tuple[int, int], ...] = tuple(
    (ki, ci) for ki, kn in enumerate(KINDS) for ci, cn in enumerate(CHANGES) if change_allowed(kn, cn)
)
_ALLOWED_SET = frozenset(ALLOWED_REQUESTS)


class RequestArgs:
    """A request's codes as the guards read them (``model.cloud_service_rules.Request``: U-7, U-9, U-22(a), U-25)."""

    def __init__(self, L: Logic, kind: Any, change: Any, crashes: Any) -> None:
        self.kind, self.change, self.crashes = kind, change, crashes
        if L is CONCRETE and type(kind) is int and type(change) is int:
            (self.kind_known, self.change_known, self.allowed, self.during_ok, self.in_place,
             self.config_only, self.local_increase) = _request_facts(kind, change)
            return
        self.kind_known = L.or_(*(kind == i for i in range(len(KINDS))))
        self.change_known = L.and_(change >= 0, change < len(CHANGES))
        self.allowed = L.or_(*(L.and_(kind == ki, change == ci) for ki, ci in ALLOWED_REQUESTS))
        self.during_ok = L.not_(L.or_(*(change == c for c in _U9)))
        self.in_place = kind == IN_PLACE
        self.config_only = L.or_(*(change == c for c in _CONFIG_ONLY))
        self.local_increase = change == _LOCAL_INCREASE


@lru_cache(maxsize=None)
def _request_facts(kind: int, change: int) -> tuple[bool, ...]:
    return (0 <= kind < len(KINDS), 0 <= change < len(CHANGES), (kind, change) in _ALLOWED_SET,
            change not in _U9, kind == IN_PLACE, change in _CONFIG_ONLY, change == _LOCAL_INCREASE)


class UdArgs:
    """The UD an action names (``args.ud``), as the guards read it (``model.cloud_service_rules.Ud``: U-5, U-23)."""

    def __init__(self, L: Logic, policy: CloudServicePolicy, s: Counts, v: View, ud: Any) -> None:
        self._L, self._lay, self._s, self._v, self.ud = L, layout(policy), s, v, ud

    def some(self, pred) -> Any:
        L, lay = self._L, self._lay
        if L is CONCRETE and type(self.ud) is int:
            return self.ud in lay.uds and _in_ud_sum(L, lay, self._v.by_ud, self._s, pred, self.ud) >= 1
        return L.or_(*(L.and_(self.ud == u, _in_ud_sum(L, lay, self._v.by_ud, self._s, pred, u) >= 1) for u in lay.uds))


class ClsArgs:
    """The class an instance action names (``args.cls``), as the guards read it
    (``model.cloud_service_rules.One``: U-5, U-16, U-25): ``is_(pred)`` selects a non-empty class
    ``pred`` selects."""

    def __init__(self, L: Logic, policy: CloudServicePolicy, s: Counts, cls: Any) -> None:
        self._L, self._lay, self._s, self.cls = L, layout(policy), s, cls

    def is_(self, pred) -> Any:
        L, cnt, cls = self._L, self._s.cnt, self.cls
        src = _where(self._lay, ("count", pred), lambda c: pred(c.loc))
        if L is CONCRETE and type(cls) is int:
            return cls in src and cnt[cls] >= 1
        return L.or_(*(L.and_(cls == j, cnt[j] >= 1) for j in src)) if src else False


def arg_facts(L: Logic, policy: CloudServicePolicy, s: Counts, v: View, a: A, args: Args) -> Any:
    """What the guard of ``a`` reads of its arguments."""
    if a == A.operator_requests_update:
        return RequestArgs(L, args.kind, args.change, args.crashes)
    if a == A.operator_changes_configuration:
        return RequestArgs(L, IN_PLACE, CONFIG_CHANGE, False)
    if a in (A.operator_walks_ud, A.fabric_updates_ud, A.fabric_starts_ud):
        return UdArgs(L, policy, s, v, args.ud)
    if a in (A.instance_comes_online, A.instance_start_times_out, A.instance_crashes):
        return ClsArgs(L, policy, s, args.cls)
    return None




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
    j = _index_of(s.policy).get(c)
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


