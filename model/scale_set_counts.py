"""Scale set upgrade as a counting model: how many instances are in each class (A-1…A-28).

Instances of a scale set are symmetric: no rule of semantics §1 looks at an instance's identity,
only at its image, OS disk, health, stage in this upgrade, data disks and (Service Fabric) update
domain.  So a state is a count per class, and every action moves counts between classes.  This is
the encoding the solver reads: it is written over ``model.logic`` and evaluates on Python ints
(``CONCRETE``) and on Z3 terms alike, its size does not grow with the fleet, and the instance count
``n`` may be a symbol (``instances = "any"``).  ``abstract`` maps a per-instance state to counts and
``concretize`` picks the instances a counting action moves; the tests show that every step of the
per-instance model is a step here (simulation), so a counting trace replays in ``model.scale_set``.
"""

from __future__ import annotations

import enum
import itertools
from functools import lru_cache
from typing import Any

import attrs
from attrs import frozen

from model.core import Action
from model.logic import CONCRETE, Logic
from model.scale_set import (
    NEW,
    OLD,
    Phase,
    ScaleSet,
    ScaleSetPolicy,
    Status,
    batch_size,
    data_disks_of,
    initial_unhealthy_allowed,
    status_after_batch,
    status_at_check,
    stop_rule_trips,
)


class Stage(enum.IntEnum):
    """Where an instance is in the current upgrade."""

    FRESH = 0  # not attempted by this upgrade
    DONE = 1  # attempted in an earlier batch of this upgrade
    UPGRADING = 2  # in the batch in flight, being upgraded
    FINISHED = 3  # in the batch in flight, finished


class A(enum.IntEnum):
    """Action codes: the same names as the per-instance model's action functions."""

    orchestrator_starts_upgrade = 0
    orchestrator_checks_health = 1
    orchestrator_starts_batch = 2
    instance_finishes_upgrade = 3
    probe_wait_expires = 4
    orchestrator_ends_batch = 5
    operator_cancels = 6
    maintenance_takes_down = 7
    instance_recovers = 8


@frozen
class Cls:
    """An instance class: everything the rules can see of an instance."""

    image: int
    os_disk: int
    healthy: bool
    stage: Stage
    data_ok: bool
    ud: int

    @property
    def idle(self) -> bool:
        return self.stage != Stage.UPGRADING

    def __str__(self) -> str:
        img = lambda x: "new" if x == NEW else "old"  # noqa: E731
        return (
            f"{img(self.image)} image, {img(self.os_disk)} OS disk, {'healthy' if self.healthy else 'unhealthy'}, "
            f"{self.stage.name.lower()}, data disks {'intact' if self.data_ok else 'replaced'}, UD {self.ud}"
        )

    @property
    def in_batch(self) -> bool:
        return self.stage in (Stage.UPGRADING, Stage.FINISHED)

    @property
    def pending(self) -> bool:
        return self.stage == Stage.FRESH and self.image != NEW


# The class moves: each action moves instances by one of these maps, and only these.  The set of
# classes the solver tracks is the closure of the initial classes under them, so a class no rule
# can produce costs nothing, and a change to a move changes the tracked classes with it.


def starts_upgrading(c: Cls) -> Cls:
    """A-10.3, A-6: the OS disk is replaced from the target image; the data disks stay."""
    return attrs.evolve(c, stage=Stage.UPGRADING, os_disk=NEW)


def finishes(c: Cls, healthy: bool) -> Cls:
    """A-18, A-19: the instance runs the target image, healthy or not."""
    return attrs.evolve(c, image=NEW, stage=Stage.FINISHED, healthy=healthy)


def rolls_back_os_disk(c: Cls) -> Cls:
    """V1: the previous OS disk (and so the old image) comes back."""
    return attrs.evolve(c, image=OLD, os_disk=OLD)


def batch_over(c: Cls) -> Cls:
    return attrs.evolve(c, stage=Stage.DONE)


def new_upgrade(c: Cls) -> Cls:
    return attrs.evolve(c, stage=Stage.FRESH)


def goes_down(c: Cls) -> Cls:
    return attrs.evolve(c, healthy=False)


def recovers(c: Cls) -> Cls:
    return attrs.evolve(c, healthy=True)


def credentials_failure(policy: ScaleSetPolicy, c: Cls) -> bool:
    """A-24, A-25: an instance the upgrade failed for expired credentials heals only by a redeploy."""
    return not policy.credentials_valid and c.stage != Stage.FRESH and c.image == NEW


def _successors(c: Cls) -> list[Cls]:
    out = []
    if c.pending:
        out.append(starts_upgrading(c))
    if c.stage == Stage.UPGRADING:
        out += [finishes(c, True), finishes(c, False)]
    if c.stage == Stage.FINISHED:
        out += [rolls_back_os_disk(c), batch_over(c)]
    if c.stage in (Stage.DONE, Stage.FINISHED):
        out.append(new_upgrade(c))
    if c.idle:
        out.append(goes_down(c) if c.healthy else recovers(c))
    return out


@lru_cache(maxsize=None)
def classes(service_fabric: bool, update_domains: int) -> tuple[Cls, ...]:
    """The classes reachable by the moves from an initial class, in a fixed order.

    The solver's class selector is an index into this tuple.
    """
    uds = range(update_domains if service_fabric else 1)
    seen = {Cls(OLD, OLD, h, Stage.FRESH, True, u) for u in uds for h in (True, False)}
    todo = list(seen)
    while todo:
        for d in _successors(todo.pop()):
            if d not in seen:
                seen.add(d)
                todo.append(d)
    return tuple(sorted(seen, key=lambda c: (c.ud, c.image, c.os_disk, not c.healthy, c.stage, not c.data_ok)))


def classes_of(policy: ScaleSetPolicy) -> tuple[Cls, ...]:
    return classes(policy.service_fabric, policy.update_domains)


@frozen
class Counts:
    """A counting state.  Fields hold Python values or Z3 terms."""

    n: Any
    status: Any
    checked: Any
    waited: Any
    cancel_requested: Any
    batches_started: Any
    stop_tripped: Any
    cnt: tuple[Any, ...]


@frozen
class Args:
    """A counting action's arguments: a class selector, an outcome, a batch vector, a UD."""

    cls: Any = 0
    healthy: Any = True
    k: tuple[Any, ...] = ()
    ud: Any = 0


@frozen
class View:
    """The named quantities that properties read (concrete ints or Z3 terms)."""

    n: Any
    b: Any
    status: Any
    checked: Any
    waited: Any
    cancel_requested: Any
    batches_started: Any
    stop_tripped: Any
    total: Any
    upgrading: Any  # being upgraded (the batch in flight, unfinished)
    in_batch: Any  # in the batch in flight, finished or not
    sick: Any  # health unhealthy, whatever the phase
    unhealthy: Any  # not serving: sick, or upgrading when upgrading_counts_unhealthy
    down: Any  # upgrading or sick (VMSS-AVAILABILITY)
    pending: Any  # A-27 pendingInstanceCount
    in_progress: Any  # A-27 inProgressInstanceCount
    successful: Any  # A-27 successfulInstanceCount
    failed: Any  # A-27 failedInstanceCount: attempted, idle, unhealthy or rolled back
    upgraded: Any  # attempted by this upgrade and idle (the A-18 denominator)
    attempted: Any  # attempted by this upgrade, finished or not
    on_new: Any
    not_on_target: Any
    data_lost: Any
    disk_mismatch: Any  # idle on an image its OS disk was not built from
    uds_upgrading: Any  # update domains with an instance being upgraded
    stuck: Any  # rolling forward, yet no orchestrator or instance action is enabled


_SELECTED: dict[tuple, tuple[tuple[Cls, ...], tuple[int, ...]]] = {}


def _selected(cs: tuple[Cls, ...], pred) -> tuple[int, ...]:
    """The indices of the classes ``pred`` selects: structural, so computed once per class tuple and
    predicate (named by its code and the values it closes over, checked against the tuple)."""
    cells = tuple(c.cell_contents for c in pred.__closure__ or ())
    key = (id(cs), pred.__code__, pred.__defaults__, cells)
    hit = _SELECTED.get(key)
    if hit is None or hit[0] is not cs:
        hit = _SELECTED[key] = (cs, tuple(j for j, c in enumerate(cs) if pred(c)))
    return hit[1]


def _sum(L: Logic, s: Counts, cs: tuple[Cls, ...], pred) -> Any:
    return L.sum_([s.cnt[j] for j in _selected(cs, pred)] or [0])


def view(L: Logic, policy: ScaleSetPolicy, s: Counts) -> View:
    """The view of a counting state: every quantity a property or rule may read."""
    cs = classes_of(policy)
    q = lambda pred: _sum(L, s, cs, pred)  # noqa: E731
    counts_up = policy.upgrading_counts_unhealthy
    failed = q(lambda c: c.idle and c.stage != Stage.FRESH and (not c.healthy or c.image != NEW))
    uds = sorted({c.ud for c in cs})
    uds_upgrading = L.sum_(
        [L.ite(q(lambda c, u=u: c.ud == u and c.stage == Stage.UPGRADING) > 0, 1, 0) for u in uds]
    )
    v = View(
        n=s.n,
        b=batch_size(L, policy, s.n),
        status=s.status,
        checked=s.checked,
        waited=s.waited,
        cancel_requested=s.cancel_requested,
        batches_started=s.batches_started,
        stop_tripped=s.stop_tripped,
        total=q(lambda c: True),
        upgrading=q(lambda c: c.stage == Stage.UPGRADING),
        in_batch=q(lambda c: c.in_batch),
        sick=q(lambda c: not c.healthy),
        unhealthy=q(lambda c: not c.healthy or (counts_up and c.stage == Stage.UPGRADING)),
        down=q(lambda c: not c.healthy or c.stage == Stage.UPGRADING),
        pending=q(lambda c: c.pending),
        in_progress=q(lambda c: c.stage == Stage.UPGRADING),
        successful=q(lambda c: c.idle and c.image == NEW and not (c.stage != Stage.FRESH and not c.healthy)),
        failed=failed,
        upgraded=q(lambda c: c.idle and c.stage != Stage.FRESH),
        attempted=q(lambda c: c.stage != Stage.FRESH),
        on_new=q(lambda c: c.image == NEW),
        not_on_target=q(lambda c: c.image != NEW),
        data_lost=q(lambda c: not c.data_ok),
        disk_mismatch=q(lambda c: c.idle and c.image != c.os_disk),
        uds_upgrading=uds_upgrading,
        stuck=False,
    )
    stuck = L.and_(
        s.status == int(Status.ROLLING_FORWARD),
        *(L.not_(enabled(L, policy, s, v, a)) for a in PROGRESS_ACTIONS),
    )
    return attrs.evolve(v, stuck=stuck)


PROGRESS_ACTIONS = (
    A.orchestrator_checks_health,
    A.orchestrator_starts_batch,
    A.instance_finishes_upgrade,
    A.probe_wait_expires,
    A.orchestrator_ends_batch,
)


# --------------------------------------------------------------------------------------------
# Initial states


def ud_size(L: Logic, n: Any, ud: int, k: int) -> Any:
    """Instances of UD ``ud`` when instance i is in UD i mod k: ⌊n/k⌋ + [ud < n mod k]."""
    q = L.div(n, k)
    return q + L.ite(ud < n - k * q, 1, 0)


def init(L: Logic, policy: ScaleSetPolicy, s: Counts, unhealthy: Any = None) -> Any:
    """The initial-state condition: all idle, old, fresh; health as ``initial_unhealthy`` allows.

    ``unhealthy`` overrides the policy's choice with an exact count (reach properties' starts).
    """
    cs = classes_of(policy)
    k = policy.update_domains if policy.service_fabric else 1
    n_ok = s.n >= 1 if policy.instances == "any" else s.n == int(policy.instances)
    shape = [
        s.cnt[j] == 0
        for j, c in enumerate(cs)
        if not (c.image == OLD and c.os_disk == OLD and c.stage == Stage.FRESH and c.data_ok)
    ]
    per_ud = [
        _sum(L, s, cs, lambda c, u=u: c.ud == u) == ud_size(L, s.n, u, k) for u in range(k)
    ]
    u = _sum(L, s, cs, lambda c: not c.healthy)
    u_ok = initial_unhealthy_allowed(L, policy, u, s.n) if unhealthy is None else u == unhealthy
    return L.and_(
        n_ok,
        s.status == int(Status.IDLE),
        L.not_(s.checked),
        L.not_(s.waited),
        L.not_(s.cancel_requested),
        s.batches_started == 0,
        L.not_(s.stop_tripped),
        *(x >= 0 for x in s.cnt),
        *shape,
        *per_ud,
        u_ok,
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


@lru_cache(maxsize=64)
def _index(cs: tuple[Cls, ...]) -> dict[Cls, int]:
    return {c: j for j, c in enumerate(cs)}


def _select_one(L: Logic, s: Counts, cs, args: Args, cond) -> tuple[Any, list]:
    """Guard and selector terms for an action on one instance of class ``args.cls``."""
    sel = [L.and_(args.cls == j, s.cnt[j] >= 1) for j, c in enumerate(cs) if cond(c)]
    return L.and_(args.cls >= 0, args.cls < len(cs), L.or_(*sel) if sel else False), sel


def enabled(L: Logic, policy: ScaleSetPolicy, s: Counts, v: View, a: A) -> Any:
    """Whether some arguments make action ``a`` enabled (the existential of its guard)."""
    rf = s.status == int(Status.ROLLING_FORWARD)
    cs = classes_of(policy)
    if a == A.orchestrator_starts_upgrade:
        return L.not_(rf)
    if a == A.orchestrator_checks_health:
        return L.and_(rf, v.in_batch == 0, L.not_(s.checked))
    if a == A.orchestrator_starts_batch:
        return L.and_(rf, v.in_batch == 0, s.checked, L.not_(s.cancel_requested), v.pending >= 1)
    if a == A.instance_finishes_upgrade:
        return v.upgrading >= 1
    if a == A.probe_wait_expires:
        return L.and_(policy.health_probe, rf, v.in_batch >= 1, v.upgrading == 0, L.not_(s.waited))
    if a == A.orchestrator_ends_batch:
        return L.and_(rf, v.in_batch >= 1, v.upgrading == 0, L.or_(not policy.health_probe, s.waited))
    if a == A.operator_cancels:
        return L.and_(rf, L.not_(s.cancel_requested))
    if a == A.maintenance_takes_down:
        return L.and_(
            policy.concurrent_maintenance, rf, _sum(L, s, cs, lambda c: c.idle and c.healthy) >= 1
        )
    if a == A.instance_recovers:
        return _sum(L, s, cs, lambda c: c.idle and not c.healthy and not credentials_failure(policy, c)) >= 1
    raise ValueError(a)


def step(L: Logic, policy: ScaleSetPolicy, s: Counts, a: A, args: Args, v: View | None = None) -> tuple[Any, Counts]:
    """The guard and the successor of counting action ``a`` with ``args`` from ``s`` (``v``: its view, if known)."""
    cs = classes_of(policy)
    ix = _index(cs)
    v = view(L, policy, s) if v is None else v
    rf = s.status == int(Status.ROLLING_FORWARD)
    keep = s
    if a == A.orchestrator_starts_upgrade:
        moves = [
            (j, ix[new_upgrade(c)], s.cnt[j])
            for j, c in enumerate(cs)
            if c.stage in (Stage.DONE, Stage.FINISHED)
        ]
        nxt = attrs.evolve(
            s, cnt=_moved(L, s.cnt, moves), status=int(Status.ROLLING_FORWARD), checked=False,
            waited=False, cancel_requested=False, batches_started=0, stop_tripped=False,
        )
        return L.not_(rf), nxt
    if a == A.orchestrator_checks_health:
        status = status_at_check(L, policy, v)
        nxt = attrs.evolve(s, status=status, checked=status == int(Status.ROLLING_FORWARD))
        return L.and_(rf, v.in_batch == 0, L.not_(s.checked)), nxt
    if a == A.orchestrator_starts_batch:
        return _starts_batch(L, policy, s, v, args, cs, ix)
    if a == A.instance_finishes_upgrade:
        guard, _ = _select_one(L, s, cs, args, lambda c: c.stage == Stage.UPGRADING)
        if policy.credentials_valid:
            outcome_ok = L.or_(args.healthy, policy.upgraded_may_fail)
        else:
            outcome_ok = L.not_(args.healthy)
        moves = []
        for j, c in enumerate(cs):
            if c.stage != Stage.UPGRADING:
                continue
            for h in (True, False):
                d = ix[finishes(c, h)]
                moves.append((j, d, L.ite(L.and_(args.cls == j, args.healthy == h), 1, 0)))
        return L.and_(guard, outcome_ok), attrs.evolve(s, cnt=_moved(L, s.cnt, moves))
    if a == A.probe_wait_expires:
        guard = L.and_(policy.health_probe, rf, v.in_batch >= 1, v.upgrading == 0, L.not_(s.waited))
        moves = []
        if policy.os_disk_rollback_on_timeout:
            moves = [
                (j, ix[rolls_back_os_disk(c)], s.cnt[j])
                for j, c in enumerate(cs)
                if c.stage == Stage.FINISHED and not c.healthy
            ]
        return guard, attrs.evolve(s, cnt=_moved(L, s.cnt, moves), waited=True)
    if a == A.orchestrator_ends_batch:
        guard = L.and_(rf, v.in_batch >= 1, v.upgrading == 0, L.or_(not policy.health_probe, s.waited))
        moves = [
            (j, ix[batch_over(c)], s.cnt[j])
            for j, c in enumerate(cs)
            if c.stage == Stage.FINISHED
        ]
        nxt = attrs.evolve(
            s, cnt=_moved(L, s.cnt, moves), waited=False, checked=False,
            status=status_after_batch(L, policy, v),
            stop_tripped=L.or_(s.stop_tripped, stop_rule_trips(L, policy, v)),
        )
        return guard, nxt
    if a == A.operator_cancels:
        idle_boundary = v.in_batch == 0
        nxt = attrs.evolve(
            s, cancel_requested=True,
            status=L.ite(idle_boundary, int(Status.CANCELLED), s.status),
            checked=L.ite(idle_boundary, False, s.checked),
        )
        return L.and_(rf, L.not_(s.cancel_requested)), nxt
    if a == A.maintenance_takes_down:
        guard, _ = _select_one(L, s, cs, args, lambda c: c.idle and c.healthy)
        moves = [
            (j, ix[goes_down(c)], L.ite(args.cls == j, 1, 0))
            for j, c in enumerate(cs)
            if c.idle and c.healthy
        ]
        return L.and_(policy.concurrent_maintenance, rf, guard), attrs.evolve(s, cnt=_moved(L, s.cnt, moves))
    if a == A.instance_recovers:
        can = lambda c: c.idle and not c.healthy and not credentials_failure(policy, c)  # noqa: E731
        guard, _ = _select_one(L, s, cs, args, can)
        moves = [(j, ix[recovers(c)], L.ite(args.cls == j, 1, 0)) for j, c in enumerate(cs) if can(c)]
        return guard, attrs.evolve(s, cnt=_moved(L, s.cnt, moves))
    raise ValueError(a)


def _starts_batch(L: Logic, policy: ScaleSetPolicy, s: Counts, v: View, args: Args, cs, ix) -> tuple[Any, Counts]:
    k = args.k
    size = L.sum_(list(k))
    base = [s.status == int(Status.ROLLING_FORWARD), v.in_batch == 0, s.checked, L.not_(s.cancel_requested)]
    bounds = []
    for j, c in enumerate(cs):
        bounds.append(k[j] >= 0)
        bounds.append(k[j] <= s.cnt[j] if c.pending else k[j] == 0)
    if policy.service_fabric:
        shape = [L.and_(args.ud >= 0, args.ud < policy.update_domains), size >= 1]
        shape += [L.ite(args.ud == c.ud, k[j] == s.cnt[j], k[j] == 0) for j, c in enumerate(cs) if c.pending]
    else:
        b = v.b
        shape = [size >= 1, size <= b]
        if policy.batch_fill == "full":
            shape.append(size == L.min_(b, v.pending))
        if policy.prioritize_unhealthy_instances:
            healthy_k = L.sum_([k[j] for j, c in enumerate(cs) if c.pending and c.healthy] or [0])
            sick_k = L.sum_([k[j] for j, c in enumerate(cs) if c.pending and not c.healthy] or [0])
            sick_all = L.sum_([s.cnt[j] for j, c in enumerate(cs) if c.pending and not c.healthy] or [0])
            shape.append(L.implies(healthy_k > 0, sick_k == sick_all))
    moves = [
        (j, ix[starts_upgrading(c)], k[j])
        for j, c in enumerate(cs)
        if c.pending
    ]
    nxt = attrs.evolve(
        s, cnt=_moved(L, s.cnt, moves), checked=False, waited=False, batches_started=s.batches_started + 1
    )
    return L.and_(*base, *bounds, *shape), nxt


def choices(policy: ScaleSetPolicy, s: Counts):
    """Every action and argument that may be enabled in the concrete state ``s``: a superset (the
    guard of ``step`` decides), with the arguments no guard can accept left out: an instance class
    that is empty or that the action does not select, a batch that is not 1..b pending instances
    (Service Fabric: not one whole update domain).  The explicit-state search enumerates these."""
    cs = classes_of(policy)
    zero = (0,) * len(cs)
    for a in (A.orchestrator_starts_upgrade, A.orchestrator_checks_health, A.probe_wait_expires,
              A.orchestrator_ends_batch, A.operator_cancels):
        yield a, Args(k=zero)
    for j, c in enumerate(cs):
        if s.cnt[j] < 1:
            continue
        if c.stage == Stage.UPGRADING:
            for h in (True, False):
                yield A.instance_finishes_upgrade, Args(cls=j, healthy=h, k=zero)
        if c.idle and c.healthy:
            yield A.maintenance_takes_down, Args(cls=j, k=zero)
        if c.idle and not c.healthy:
            yield A.instance_recovers, Args(cls=j, k=zero)
    pending = [j for j, c in enumerate(cs) if c.pending and s.cnt[j] >= 1]
    if policy.service_fabric:
        for u in sorted({cs[j].ud for j in pending}):
            k = [0] * len(cs)
            for j in pending:
                if cs[j].ud == u:
                    k[j] = s.cnt[j]
            yield A.orchestrator_starts_batch, Args(k=tuple(k), ud=u)
        return
    b = batch_size(CONCRETE, policy, s.n)

    def vectors(i: int, left: int):
        if i == len(pending):
            yield ()
            return
        for x in range(min(left, s.cnt[pending[i]]) + 1):
            for rest in vectors(i + 1, left - x):
                yield (x, *rest)

    for picked in vectors(0, b):
        if sum(picked) >= 1:
            k = [0] * len(cs)
            for j, x in zip(pending, picked):
                k[j] = x
            yield A.orchestrator_starts_batch, Args(k=tuple(k))


# --------------------------------------------------------------------------------------------
# Between the two models


def class_of(s: ScaleSet, i: int) -> Cls:
    """The class of instance ``i`` of a per-instance state."""
    x = s.instances[i]
    if x.phase == Phase.UPGRADING:
        stage = Stage.UPGRADING
    elif i in s.batch:
        stage = Stage.FINISHED
    elif x.attempted:
        stage = Stage.DONE
    else:
        stage = Stage.FRESH
    ud = x.ud if s.policy.service_fabric else 0
    return Cls(x.image, x.os_disk, x.healthy, stage, x.data_disks == data_disks_of(i), ud)


def abstract(s: ScaleSet) -> Counts:
    """α: the counting state of a per-instance state."""
    cs = classes_of(s.policy)
    ix = _index(cs)
    cnt = [0] * len(cs)
    for i in range(s.n):
        c = class_of(s, i)
        if c not in ix:
            raise ValueError(f"instance {i} is in {c}, a class no counting move produces")
        cnt[ix[c]] += 1
    return Counts(
        n=s.n, status=int(s.status), checked=s.checked, waited=s.waited,
        cancel_requested=s.cancel_requested, batches_started=s.batches_started,
        stop_tripped=s.stop_tripped, cnt=tuple(cnt),
    )


def abstract_action(s: ScaleSet, action: Action) -> tuple[A, Args]:
    """α on actions: the counting action a per-instance action is an instance of."""
    cs = classes_of(s.policy)
    ix = _index(cs)
    a = A[action.name]
    if a in (A.instance_finishes_upgrade, A.maintenance_takes_down, A.instance_recovers):
        i = action.arg("i")
        cls = ix[class_of(s, i)] if 0 <= i < s.n else -1
        return a, Args(cls=cls, healthy=bool(action.arg("healthy", True)), k=(0,) * len(cs))
    if a == A.orchestrator_starts_batch:
        k = [0] * len(cs)
        chosen = action.arg("chosen", frozenset())
        if any(not 0 <= i < s.n for i in chosen):
            # An id outside the scale set (refused, A-10.2): a count no symbolic batch takes.
            return a, Args(k=(-1,) + (0,) * (len(cs) - 1), ud=0)
        for i in chosen:
            if 0 <= i < s.n:
                k[ix[class_of(s, i)]] += 1
        ud = min((s.instances[i].ud for i in chosen if 0 <= i < s.n), default=0)
        return a, Args(k=tuple(k), ud=ud if s.policy.service_fabric else 0)
    return a, Args(k=(0,) * len(cs))


def concretize(s: ScaleSet, a: A, args: Args) -> Action:
    """γ: a per-instance action that realises counting action ``a`` from ``s`` (lowest ids first)."""
    cs = classes_of(s.policy)
    by_cls: dict[int, list[int]] = {}
    ix = _index(cs)
    for i in range(s.n):
        by_cls.setdefault(ix[class_of(s, i)], []).append(i)
    if a in (A.instance_finishes_upgrade, A.maintenance_takes_down, A.instance_recovers):
        members = by_cls.get(int(args.cls), [])
        i = members[0] if members else -1
        if a == A.instance_finishes_upgrade:
            return Action.of(a.name, i=i, healthy=bool(args.healthy))
        return Action.of(a.name, i=i)
    if a == A.orchestrator_starts_batch:
        chosen: set[int] = set()
        for j, kj in enumerate(args.k):
            chosen |= set(by_cls.get(j, [])[: int(kj)])
        return Action.of(a.name, chosen=frozenset(chosen))
    return Action.of(a.name)


def initial_from_counts(policy: ScaleSetPolicy, c: Counts) -> ScaleSet:
    """A per-instance initial state with the counts ``c`` (unhealthy: the lowest ids of each UD)."""
    from model.scale_set import initial_state

    n = int(c.n)
    conc = policy if policy.instances != "any" else policy.with_instances(n)
    cs = classes_of(conc)
    k = conc.update_domains if conc.service_fabric else 1
    sick_per_ud = {u: 0 for u in range(k)}
    for j, cl in enumerate(cs):
        if not cl.healthy:
            sick_per_ud[cl.ud] += int(c.cnt[j])
    unhealthy = set()
    for u in range(k):
        members = [i for i in range(n) if i % k == u]
        unhealthy |= set(members[: sick_per_ud[u]])
    base = initial_state(attrs.evolve(conc, initial_unhealthy="any"), frozenset(unhealthy), n=n)
    return attrs.evolve(base, policy=conc)


def fresh_state(policy: ScaleSetPolicy, mk) -> Counts:
    """A state whose fields come from ``mk(name, sort)`` (Z3 constants in the solver).

    A fixed instance count stays a Python constant, so every threshold folds to a number.
    """
    cs = classes_of(policy)
    return Counts(
        n=mk("n", "int") if policy.instances == "any" else int(policy.instances), status=mk("status", "int"), checked=mk("checked", "bool"),
        waited=mk("waited", "bool"), cancel_requested=mk("cancel_requested", "bool"),
        batches_started=mk("batches_started", "int"), stop_tripped=mk("stop_tripped", "bool"),
        cnt=tuple(mk(f"cnt{j}", "int") for j in range(len(cs))),
    )


def fresh_args(policy: ScaleSetPolicy, mk) -> Args:
    """Action arguments whose fields come from ``mk(name, sort)``."""
    cs = classes_of(policy)
    return Args(
        cls=mk("cls", "int"), healthy=mk("healthy", "bool"),
        k=tuple(mk(f"k{j}", "int") for j in range(len(cs))), ud=mk("ud", "int"),
    )


def lemmas(L: Logic, policy: ScaleSetPolicy, s: Counts, v: View) -> list[tuple[str, Any]]:
    """Candidate invariants in the model's vocabulary, for the prover to keep or drop.

    The prover keeps the subset that holds initially and is preserved by every step (Houdini), and
    prints the kept ones as the certificate.  A candidate here is a guess, never an assumption.
    """
    S = Status
    rf, idle_st = s.status == int(S.ROLLING_FORWARD), s.status == int(S.IDLE)
    b = v.b
    out = [
        ("counts are non-negative", L.and_(*(x >= 0 for x in s.cnt))),
        ("total = N", v.total == v.n),
        ("N ≥ 1", v.n >= 1),
        ("status is a V6 code", L.and_(s.status >= 0, s.status <= int(S.FAULTED))),
        ("batches_started ≥ 0", s.batches_started >= 0),
        ("a batch is in flight only while RollingForward", L.or_(v.in_batch == 0, rf)),
        ("checked ⇒ RollingForward at a batch boundary", L.implies(s.checked, L.and_(rf, v.in_batch == 0))),
        ("waited ⇒ the batch in flight has finished", L.implies(s.waited, L.and_(v.in_batch >= 1, v.upgrading == 0))),
        ("a batch in flight was started", L.implies(v.in_batch >= 1, s.batches_started >= 1)),
        ("cancel requested ⇒ RollingForward or Cancelled",
         L.implies(s.cancel_requested, L.or_(rf, s.status == int(S.CANCELLED)))),
        ("cancel requested while RollingForward ⇒ a batch is in flight",
         L.implies(L.and_(s.cancel_requested, rf), v.in_batch >= 1)),
        ("stop rule tripped ⇒ Faulted or Cancelled",
         L.implies(s.stop_tripped, L.or_(s.status == int(S.FAULTED), s.status == int(S.CANCELLED)))),
        ("Idle ⇒ nothing attempted, nothing new", L.implies(idle_st, L.and_(v.attempted == 0, v.on_new == 0, s.batches_started == 0))),
        ("Completed ⇒ nothing pending", L.implies(s.status == int(S.COMPLETED), v.pending == 0)),
        ("Completed ⇒ every instance attempted", L.implies(s.status == int(S.COMPLETED), v.attempted == v.n)),
        ("no instance is on the new image unless this upgrade attempted it",
         _sum(L, s, classes_of(policy), lambda c: c.stage == Stage.FRESH and c.image == NEW) == 0),
        ("new image ⇒ attempted by this upgrade, or by an earlier one",
         L.implies(s.batches_started == 0, L.or_(v.attempted == 0, L.not_(rf)))),
        ("every attempted instance is in some batch: attempted ≥ batches_started",
         v.attempted >= s.batches_started),
        ("the batch in flight fits in b", v.in_batch <= b),
        ("batches so far fit in b each: attempted ≤ b·batches_started", v.attempted <= b * s.batches_started),
        ("batches before the last were full: attempted ≥ b·(batches_started − 1) + 1 or none",
         L.or_(s.batches_started == 0, v.attempted >= b * (s.batches_started - 1) + 1)),
        ("every batch so far was full: attempted ≥ b·batches_started, or nothing is left pending (batch_fill = full)",
         L.or_(v.attempted >= b * s.batches_started, v.pending == 0)),
        ("no data disk lost", v.data_lost == 0),
        ("no idle instance on an image its OS disk was not built from", v.disk_mismatch == 0),
        ("at most one update domain upgrading", v.uds_upgrading <= 1),
        ("pending + attempted ≤ N", v.pending + v.attempted <= v.n),
        ("every instance not on the new image is pending or failed", v.not_on_target <= v.pending + v.failed + v.upgrading),
        ("no attempted instance is back on the old image",
         _sum(L, s, classes_of(policy), lambda c: c.idle and c.stage != Stage.FRESH and c.image == OLD) == 0),
        ("no upgraded instance is unhealthy", v.failed == 0),
        ("nothing is unhealthy", v.sick == 0),
        ("unhealthy ≤ the pre-check allowance while no batch is in flight",
         L.implies(v.in_batch == 0, 100 * v.unhealthy <= policy.max_unhealthy_instance_percent * v.n)),
        ("a passed pre-check still holds until the batch starts: checked ⇒ unhealthy within the allowance",
         L.implies(s.checked, 100 * v.unhealthy <= policy.max_unhealthy_instance_percent * v.n)),
        ("the upgraded gate holds at a batch boundary",
         L.implies(L.and_(rf, v.in_batch == 0),
                   100 * v.failed <= policy.max_unhealthy_upgraded_instance_percent * v.upgraded)),
        ("at most one batch started", s.batches_started <= 1),
        ("no batch started", s.batches_started == 0),
        ("never checked", L.not_(s.checked)),
        ("some instance is unhealthy", v.sick >= 1),
        ("failed ≤ b", v.failed <= b),
        ("failed = upgraded (every attempt failed)", v.failed == v.upgraded),
        ("no cancel requested", L.not_(s.cancel_requested)),
        ("the stop rule never tripped", L.not_(s.stop_tripped)),
        ("sick instances within the pre-check allowance: 100·sick ≤ p_unhealthy·N",
         100 * v.sick <= policy.max_unhealthy_instance_percent * v.n),
        ("not Faulted", s.status != int(S.FAULTED)),
        ("never stuck: rolling forward, some orchestrator or instance step is enabled", L.not_(v.stuck)),
        ("not Cancelled", s.status != int(S.CANCELLED)),
        ("not Completed", s.status != int(S.COMPLETED)),
        ("unhealthy instances never exceed one", v.sick <= 1),
    ]
    if policy.service_fabric:
        k = policy.update_domains
        cs = classes_of(policy)
        touched = []
        for u in range(k):
            size = ud_size(L, s.n, u, k)
            out.append((f"UD {u} holds its share of N", _sum(L, s, cs, lambda c, u=u: c.ud == u) == size))
            tried = _sum(L, s, cs, lambda c, u=u: c.ud == u and c.stage != Stage.FRESH)
            out.append((f"UD {u} is attempted whole or not at all", L.or_(tried == 0, tried == size)))
            touched.append(L.ite(tried > 0, 1, 0))
        out.append(("each batch is another update domain: batches_started ≤ UDs attempted",
                    s.batches_started <= L.sum_(touched)))
    return out


def clock_lemmas(L: Logic, policy: ScaleSetPolicy, s: Counts, v: View, t: Any) -> list[tuple[str, Any]]:
    """Candidate bounds on progress after ``t`` steps from an initial state (``t`` is a ghost clock).

    A batch costs at least a check, a start, one finish per instance, a probe wait and an end, so
    ``5·batches_started + ψ ≤ t`` where ψ says how far the current batch has got (4 without a probe).
    The prover keeps the ones that are inductive; bounded model checking then knows, at depth k,
    that no run of k steps has done more, which prunes every depth too shallow for a hit.
    """
    boundary = v.in_batch == 0
    entry = L.ite(s.checked, 1, 0)
    psi5 = L.ite(boundary, entry, L.ite(v.upgrading >= 1, -3, L.ite(s.waited, -1, -2)))
    psi4 = L.ite(boundary, entry, L.ite(v.upgrading >= 1, -2, -1))
    finished = v.attempted - v.upgrading
    with_probe = L.ite(boundary, entry, L.ite(s.waited, -1, -2))
    no_probe = L.ite(boundary, entry, -1)
    return [
        ("clock: 5·batches_started + ψ ≤ t (check, start, finish, wait, end per batch)", 5 * s.batches_started + psi5 <= t),
        ("clock: 4·batches_started + ψ ≤ t (check, start, finish, end per batch)", 4 * s.batches_started + psi4 <= t),
        ("clock: 4·batches_started + finished + ψ ≤ t (check, start, a finish each, wait, end)",
         4 * s.batches_started + finished + with_probe <= t),
        ("clock: 3·batches_started + finished + ψ ≤ t (check, start, a finish each, end)",
         3 * s.batches_started + finished + no_probe <= t),
        ("clock: attempted + batches_started ≤ t", v.attempted + s.batches_started <= t),
    ]
