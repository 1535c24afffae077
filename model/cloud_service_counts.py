"""Cloud service update as a counting model: instances per (role, UD) cell and local class (U-1…U-34).

Within one cell (a role's instances in one UD) no rule of semantics §2 tells instances apart: the
walk, the health gate (per role, over walked UDs) and rollback read only an instance's phase, its
version, the version it will start on, and whether its start timed out.  So a state is a count per
(role, UD, local class) plus the deployment's fields, and every action moves counts.  Drives and
the package field are forgotten (no guard reads them; the package is the configuration's version
when the latest request carries a package).  The module is written over ``model.logic``, so it
evaluates on Python values and on Z3 terms alike; ``abstract``/``concretize`` connect it to
``model.cloud_service``, and the tests show that every per-instance step is a step here.
"""

from __future__ import annotations

import enum
from functools import lru_cache
from typing import Any

import attrs
from attrs import frozen

from model.cloud_service import (
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


@lru_cache(maxsize=None)
def classes(counts: tuple[int, ...], k: int) -> tuple[Cls, ...]:
    """Every class, cells with no instance left out (a role of n < k fills UDs 0..n-1)."""
    return tuple(Cls(r, u, loc) for r, n in enumerate(counts) for u in range(min(n, k)) for loc in LOCS)


def classes_of(policy: CloudServicePolicy) -> tuple[Cls, ...]:
    return classes(policy.counts, policy.upgrade_domains)


@lru_cache(maxsize=None)
def _index(cs: tuple[Cls, ...]) -> dict[Cls, int]:
    return {c: j for j, c in enumerate(cs)}


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


def _sum(L: Logic, terms: list[Any]) -> Any:
    return L.sum_(terms) if terms else 0


def view(L: Logic, policy: CloudServicePolicy, s: Counts) -> View:
    """The view of a counting state: every quantity a property or rule may read."""
    cs = classes_of(policy)
    k = policy.upgrade_domains
    q = lambda pred: _sum(L, [s.cnt[j] for j, c in enumerate(cs) if pred(c)])  # noqa: E731
    live = L.not_(s.deleted)
    target = L.ite(s.rollback, OLD, NEW)
    in_place = L.and_(s.active, s.kind == IN_PLACE)
    forward = L.and_(in_place, L.not_(s.rollback), L.not_(s.rollback_pending))
    walked_ud = L.ite(s.during, s.current_ud, s.current_ud - 1)
    not_updated = q(lambda c: c.loc.version == OLD)
    # instances not online outside the UD being walked (the last one walked, between UDs)
    outside = _sum(L, [
        L.ite(L.and_(in_place, c.ud == walked_ud), 0, s.cnt[j])
        for j, c in enumerate(cs) if c.loc.phase != Phase.ONLINE
    ])
    stale = _sum(L, [
        L.ite(L.and_(s.active, s.kind == IN_PLACE, c.loc.landing == target), 0, s.cnt[j])
        for j, c in enumerate(cs) if c.loc.in_flight
    ])
    roles = range(len(policy.roles))
    online_by_role = tuple(q(lambda c, r=r: c.role == r and c.loc.phase == Phase.ONLINE) for r in roles)
    good = tuple(
        _sum(L, [
            L.ite(L.and_(c.ud < s.current_ud, c.loc.version == target), s.cnt[j], 0)
            for j, c in enumerate(cs) if c.role == r and c.loc.phase == Phase.ONLINE
        ])
        for r in roles
    )
    gate = L.or_(s.current_ud == 0, L.and_(*(g >= policy.min_good_instances for g in good)))
    blocked = L.and_(
        live, in_place, policy.mode == "automatic", L.not_(s.during), s.current_ud < k, L.not_(gate)
    )
    crashed = q(lambda c: c.loc.phase == Phase.CRASHED)
    v = View(
        n=policy.n, k=k, total=q(lambda c: True), active=s.active, in_place=in_place, forward=forward,
        vip_swap=L.and_(s.active, s.kind == VIP_SWAP), rollback=s.rollback,
        rollback_pending=s.rollback_pending, current_ud=s.current_ud, during=s.during,
        locked=s.locked, deleted=s.deleted, increases_local=s.increases_local,
        target_crashes=s.target_crashes, rolled_back=s.rolled_back,
        untouched_stopped=s.untouched_stopped, target=target, rollback_allowed=False,
        not_updated=not_updated, on_new=q(lambda c: c.loc.version == NEW),
        offline=q(lambda c: c.loc.phase != Phase.ONLINE),
        offline_outside=L.ite(live, outside, 0),
        stopped=q(lambda c: c.loc.in_flight), stale_in_flight=L.ite(live, stale, 0), crashed=crashed,
        timed_out=q(lambda c: c.loc.phase == Phase.STARTING and c.loc.timed_out),
        online_by_role=online_by_role, good_walked_by_role=good, gate_passes=gate,
        walk_blocked=blocked, stuck=L.and_(blocked, crashed >= 1),
    )
    return attrs.evolve(v, rollback_allowed=rollback_allowed(L, policy, s, v))


def rollback_allowed(L: Logic, policy: CloudServicePolicy, s: Counts, v: View) -> Any:
    """``RollbackAllowed`` (U-18, U-19, U-22): the guard of ``operator_rolls_back``."""
    return L.and_(
        L.not_(s.deleted), v.forward, v.not_updated >= 1, L.not_(s.increases_local),
        policy.quota_allows_rollback,
    )


# --------------------------------------------------------------------------------------------
# Initial states


def init(L: Logic, policy: CloudServicePolicy, s: Counts) -> Any:
    """The initial-state condition: every cell full and online on the old version (``idle``),
    or an automatic update of crashing code at the boundary of some UD ``1 ≤ c < k`` with the
    walked UDs updated, each instance online or crashed (``stuck``; the start predicate of
    CS-STUCK-RECOVERABLE then asks for the gate to fail)."""
    cs = classes_of(policy)
    k = policy.upgrade_domains
    sizes = []
    for r, n in enumerate(policy.counts):
        for u in range(min(n, k)):
            cell = [j for j, c in enumerate(cs) if c.role == r and c.ud == u]
            sizes.append(_sum(L, [s.cnt[j] for j in cell]) == ud_size(n, u, k))
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


def _moved(L: Logic, cnt: tuple[Any, ...], amounts: list[tuple[int, int, Any]]) -> tuple[Any, ...]:
    """``cnt`` after moving ``amount`` from class index ``src`` to ``dst`` for each triple."""
    delta: list[list[Any]] = [[] for _ in cnt]
    for src, dst, amount in amounts:
        if src == dst:
            continue
        delta[src].append(-amount)
        delta[dst].append(amount)
    return tuple(c + L.sum_(d) if d else c for c, d in zip(cnt, delta))


def _walk_moves(L: Logic, cs, ix, cnt, ud: Any, target: Any, when: Any) -> tuple[list, Any]:
    """Moves of walking ``ud`` towards ``target`` (if ``when``), and whether an instance stopped
    before it was ever updated is turned back by a rollback (``model.cloud_service._walk_ud``)."""
    moves, untouched = [], []
    for j, c in enumerate(cs):
        here = L.and_(when, c.ud == ud)
        loc = c.loc
        if loc.phase in (Phase.ONLINE, Phase.CRASHED, Phase.STARTING):
            for t in (OLD, NEW):
                if loc.version != t:
                    d = ix[attrs.evolve(c, loc=Loc(Phase.STOPPED, loc.version, t))]
                    moves.append((j, d, L.ite(L.and_(here, target == t), cnt[j], 0)))
        elif loc.in_flight:
            for t in (OLD, NEW):
                if loc.landing != t:
                    d = ix[attrs.evolve(c, loc=attrs.evolve(loc, landing=t))]
                    moves.append((j, d, L.ite(L.and_(here, target == t), cnt[j], 0)))
                    if t == OLD and loc.version == OLD:
                        untouched.append(L.and_(here, target == OLD, cnt[j] >= 1))
    return moves, L.or_(*untouched) if untouched else False


def _relabel_moves(cs, ix, cnt) -> list:
    """Every instance now runs an older version than the latest request (U-11, U-27)."""
    moves = []
    for j, c in enumerate(cs):
        loc = c.loc
        new = attrs.evolve(loc, version=OLD, landing=OLD)
        if new != loc:
            moves.append((j, ix[attrs.evolve(c, loc=new)], cnt[j]))
    return moves


def _select_one(L: Logic, s: Counts, cs, args: Args, cond) -> Any:
    """Guard for an action on one instance of class ``args.cls`` satisfying ``cond``."""
    sel = [L.and_(args.cls == j, s.cnt[j] >= 1) for j, c in enumerate(cs) if cond(c)]
    return L.or_(*sel) if sel else False


def _ud_sum(L: Logic, s: Counts, cs, ud: Any, cond) -> Any:
    return _sum(L, [L.ite(c.ud == ud, s.cnt[j], 0) for j, c in enumerate(cs) if cond(c)])


def _finished(s: Counts, **kw) -> Counts:
    return attrs.evolve(
        s, active=False, kind=IN_PLACE, rollback=False, rollback_pending=False, current_ud=0,
        during=False, locked=False, **kw,
    )


def _request(L: Logic, policy: CloudServicePolicy, s: Counts, kind: Any, change: Any, crashes: Any, cs, ix):
    allowed = L.or_(*(
        L.and_(kind == ki, change == ci)
        for ki, kn in enumerate(KINDS) for ci, cn in enumerate(CHANGES) if change_allowed(kn, cn)
    ))
    u9 = L.or_(*(change == CHANGES.index(c) for c in U9_CHANGES))
    guard = L.and_(
        L.not_(s.deleted), allowed, L.implies(crashes, policy.new_code_crashes),
        L.implies(s.active, L.not_(u9)), L.not_(s.locked),
    )
    cnt1 = _moved(L, s.cnt, _relabel_moves(cs, ix, s.cnt))
    immediate = L.and_(s.active, kind == IN_PLACE, policy.mode == "automatic")
    walk, _ = _walk_moves(L, cs, ix, cnt1, 0, NEW, immediate)
    config_only = L.or_(*(change == CHANGES.index(c) for c in CONFIG_ONLY))
    nxt = attrs.evolve(
        s, cnt=_moved(L, cnt1, walk), active=True, kind=kind, rollback=False, rollback_pending=False,
        current_ud=0, during=immediate, locked=not policy.concurrent_operations,
        changes_package=L.not_(config_only),
        increases_local=L.or_(policy.local_resources_increase, change == CHANGES.index("local_storage_increase")),
        target_crashes=crashes, rolled_back=False, untouched_stopped=False,
    )
    return guard, nxt


def step(L: Logic, policy: CloudServicePolicy, s: Counts, a: A, args: Args, v: View | None = None) -> tuple[Any, Counts]:
    """The guard and the successor of counting action ``a`` with ``args`` from ``s`` (``v``: its view, if known)."""
    cs = classes_of(policy)
    ix = _index(cs)
    k = policy.upgrade_domains
    live = L.not_(s.deleted)
    auto = policy.mode == "automatic"
    if a == A.operator_requests_update:
        return _request(L, policy, s, args.kind, args.change, args.crashes, cs, ix)
    if a == A.operator_changes_configuration:
        return _request(L, policy, s, IN_PLACE, CONFIG_CHANGE, False, cs, ix)
    v = view(L, policy, s) if v is None else v
    if a == A.operator_rolls_back:
        if policy.rollback_waits_for_current_ud:
            wait, immediate = s.during, False
        else:
            wait, immediate = False, L.and_(s.during, auto)
        walk, untouched = _walk_moves(L, cs, ix, s.cnt, 0, OLD, immediate)
        nxt = attrs.evolve(
            s, cnt=_moved(L, s.cnt, walk), rollback_pending=wait, rollback=L.not_(wait),
            current_ud=L.ite(wait, s.current_ud, 0), during=L.ite(wait, s.during, immediate),
            untouched_stopped=L.or_(s.untouched_stopped, untouched),
        )
        return v.rollback_allowed, nxt
    if a == A.operator_deletes_deployment:
        return L.and_(live, L.not_(s.locked)), _finished(s, deleted=True)
    if a in (A.fabric_walks_ud, A.operator_walks_ud):
        if a == A.fabric_walks_ud:
            mode_ok = L.and_(auto, v.gate_passes)
        else:
            mode_ok = L.and_(not auto, args.ud == s.current_ud)
        guard = L.and_(live, v.in_place, L.not_(s.during), mode_ok)
        walk, untouched = _walk_moves(L, cs, ix, s.cnt, s.current_ud, v.target, True)
        nxt = attrs.evolve(
            s, cnt=_moved(L, s.cnt, walk), during=True,
            untouched_stopped=L.or_(s.untouched_stopped, untouched),
        )
        return guard, nxt
    if a == A.fabric_updates_ud:
        guard = L.and_(live, _ud_sum(L, s, cs, args.ud, lambda c: c.loc.phase == Phase.STOPPED) >= 1)
        moves = [
            (j, ix[attrs.evolve(c, loc=attrs.evolve(c.loc, phase=Phase.UPDATING))], L.ite(args.ud == c.ud, s.cnt[j], 0))
            for j, c in enumerate(cs) if c.loc.phase == Phase.STOPPED
        ]
        return guard, attrs.evolve(s, cnt=_moved(L, s.cnt, moves))
    if a == A.fabric_starts_ud:
        guard = L.and_(live, _ud_sum(L, s, cs, args.ud, lambda c: c.loc.phase == Phase.UPDATING) >= 1)
        moves = [
            (j, ix[attrs.evolve(c, loc=Loc(Phase.STARTING, c.loc.landing))], L.ite(args.ud == c.ud, s.cnt[j], 0))
            for j, c in enumerate(cs) if c.loc.phase == Phase.UPDATING
        ]
        return guard, attrs.evolve(s, cnt=_moved(L, s.cnt, moves))
    if a in (A.instance_comes_online, A.instance_start_times_out, A.instance_crashes):
        if a == A.instance_comes_online:
            cond = lambda c: c.loc.phase == Phase.STARTING  # noqa: E731
            to = lambda c: Loc(Phase.ONLINE, c.loc.version)  # noqa: E731
            pre = True
        elif a == A.instance_start_times_out:
            cond = lambda c: c.loc.phase == Phase.STARTING and not c.loc.timed_out  # noqa: E731
            to = lambda c: attrs.evolve(c.loc, timed_out=True)  # noqa: E731
            pre = policy.start_timeout_walks_on
        else:
            cond = lambda c: c.loc.version == NEW and c.loc.phase in (Phase.STARTING, Phase.ONLINE)  # noqa: E731
            to = lambda c: Loc(Phase.CRASHED, NEW)  # noqa: E731
            pre = L.and_(policy.new_code_crashes, s.target_crashes)
        guard = L.and_(live, pre, _select_one(L, s, cs, args, cond))
        moves = [
            (j, ix[attrs.evolve(c, loc=to(c))], L.ite(args.cls == j, 1, 0))
            for j, c in enumerate(cs) if cond(c)
        ]
        return guard, attrs.evolve(s, cnt=_moved(L, s.cnt, moves))
    if a == A.fabric_completes_ud:
        unsettled = _ud_sum(L, s, cs, s.current_ud, lambda c: not c.loc.settled)
        guard = L.and_(live, v.in_place, s.during, unsettled == 0)
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
        target = ix
        moves = []
        for j, c in enumerate(cs):
            d = target[attrs.evolve(c, loc=Loc(Phase.ONLINE, NEW))]
            moves.append((j, d, s.cnt[j]))
        return guard, _finished(attrs.evolve(s, cnt=_moved(L, s.cnt, moves)))
    raise ValueError(a)


def enabled(L: Logic, policy: CloudServicePolicy, s: Counts, a: A) -> Any:
    """Whether some arguments enable action ``a`` (for actions without arguments: its guard)."""
    if a in (A.operator_requests_update, A.operator_walks_ud, A.fabric_updates_ud, A.fabric_starts_ud,
             A.instance_comes_online, A.instance_start_times_out, A.instance_crashes):
        raise ValueError(f"{a.name} takes arguments; quantify them with fresh_args")
    return step(L, policy, s, a, Args())[0]


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


def abstract(s: CloudService) -> Counts:
    """α: the counting state of a per-instance state."""
    cs = classes_of(s.policy)
    ix = _index(cs)
    cnt = [0] * len(cs)
    for i in range(s.n):
        cnt[ix[class_of(s, i)]] += 1
    u = s.update or Update()
    return Counts(
        active=s.update is not None, kind=KINDS.index(u.kind), rollback=u.rollback,
        rollback_pending=u.rollback_pending, current_ud=u.current_ud, during=u.during,
        locked=s.locked, deleted=s.deleted, changes_package=s.changes_package,
        increases_local=s.increases_local, target_crashes=s.target_crashes,
        rolled_back=s.rolled_back, untouched_stopped=s.untouched_stopped, cnt=tuple(cnt),
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
        return a, Args(cls=_index(classes_of(s.policy))[class_of(s, i)] if ok else -1)
    return a, Args()


def concretize(s: CloudService, a: A, args: Args) -> Action:
    """γ: a per-instance action that realises counting action ``a`` from ``s`` (lowest id first)."""
    if a == A.operator_requests_update:
        return Action.of(a.name, kind=KINDS[int(args.kind)], change=CHANGES[int(args.change)], crashes=bool(args.crashes))
    if a in (A.operator_walks_ud, A.fabric_updates_ud, A.fabric_starts_ud):
        return Action.of(a.name, ud=int(args.ud))
    if a in (A.instance_comes_online, A.instance_start_times_out, A.instance_crashes):
        ix = _index(classes_of(s.policy))
        members = [i for i in range(s.n) if ix[class_of(s, i)] == int(args.cls)]
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
    )


def fresh_args(policy: CloudServicePolicy, mk) -> Args:
    """Action arguments whose fields come from ``mk(name, sort)``."""
    return Args(
        kind=mk("kind", "int"), change=mk("change", "int"), crashes=mk("crashes", "bool"),
        ud=mk("ud", "int"), cls=mk("cls", "int"),
    )
