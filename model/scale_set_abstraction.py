"""The scale set as counts: instance classes, the counting state, its view, and α/γ (A-1…A-28).

No rule of semantics §1 looks at an instance's identity, so a counting state is a count per class
(image, OS disk, health, stage, data disks, UD), and ``View`` the rules' and properties' quantities
summed from the counts.  ``abstract`` maps a per-instance state to counts; ``concretize`` picks the
instances a counting action moves.
"""

from __future__ import annotations

import enum
from functools import cached_property, lru_cache
from typing import Any

import attrs
from attrs import frozen

from rollproof.model import scale_set_rules as rules
from rollproof.model.core import Action
from rollproof.model.counting import ViewQuantities
from rollproof.model.logic import Logic
from rollproof.model.scale_set import Phase, ScaleSet, ScaleSetPolicy, data_disks_of
from rollproof.model.scale_set_rules import (
    NEW,
    OLD,
    batch_size,
    failed_on_new,
    goes_down,
    marked_for_redeploy,
    recovers,
    rolls_back_os_disk,
    surges,
)


class Stage(enum.IntEnum):
    """Where an instance is in the current upgrade."""

    FRESH = 0  # not attempted by this upgrade
    DONE = 1  # attempted in an earlier batch of this upgrade
    UPGRADING = 2  # in the batch in flight, being upgraded
    FINISHED = 3  # in the batch in flight, finished
    AWAITING = 4  # in the batch in flight, notified, waiting for its approval (osRollingUpgradeDeferral)
    RETIRING = 5  # maxSurge: an old instance of the batch in flight, deleted when it ends


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
    instance_approves_upgrade = 9
    orchestrator_rolls_back_failed = 10
    operator_renews_credentials = 11


@frozen
class Cls:
    """An instance class: everything the rules can see of an instance (``model.scale_set_rules.Member``)."""

    image: int
    os_disk: int
    healthy: bool
    stage: Stage
    data_ok: bool
    ud: int
    redeploy: bool = False  # left by the redeploy to be updated again

    @property
    def idle(self) -> bool:
        return self.stage not in (Stage.UPGRADING, Stage.AWAITING)

    @property
    def upgrading(self) -> bool:
        return self.stage == Stage.UPGRADING

    @property
    def attempted(self) -> bool:
        return self.stage not in (Stage.FRESH, Stage.RETIRING)

    @property
    def retiring(self) -> bool:
        return self.stage == Stage.RETIRING

    @property
    def on_new(self) -> bool:
        return self.image == NEW

    @property
    def awaiting(self) -> bool:
        return self.stage == Stage.AWAITING

    def __str__(self) -> str:
        img = lambda x: "new" if x == NEW else "old"  # noqa: E731
        return (
            f"{img(self.image)} image, {img(self.os_disk)} OS disk, {'healthy' if self.healthy else 'unhealthy'}, "
            f"{self.stage.name.lower()}, data disks {'intact' if self.data_ok else 'replaced'}, UD {self.ud}"
        )

    @property
    def in_batch(self) -> bool:
        return self.stage in (Stage.UPGRADING, Stage.FINISHED, Stage.AWAITING)

    @property
    def pending(self) -> bool:
        return self.stage == Stage.FRESH and (self.image != NEW or self.redeploy)


#: The stages of an instance in the batch in flight.
_IN_FLIGHT = (Stage.UPGRADING, Stage.FINISHED, Stage.AWAITING)


# The class moves: each action moves instances by one of these maps, and only these.  The set of
# classes the solver tracks is the closure of the initial classes under them, so a class no rule
# can produce costs nothing, and a change to a move changes the tracked classes with it.  The moves
# of ``model.scale_set_rules`` (down, recovered, OS disk rolled back) are the per-instance model's too.


def starts_upgrading(c: Cls) -> Cls:
    """A-10.3, A-6: in the batch, being upgraded; the disks ``UPGRADE_REPLACES`` names are new."""
    replaced = rules.UPGRADE_REPLACES
    return attrs.evolve(
        c, stage=Stage.UPGRADING, redeploy=False, os_disk=NEW if "os_disk" in replaced else c.os_disk,
        data_ok=c.data_ok and "data_disks" not in replaced,
    )


def finishes(c: Cls, healthy: bool) -> Cls:
    """A-18, A-19: the instance runs the target image, healthy or not."""
    return attrs.evolve(c, image=NEW, stage=Stage.FINISHED, healthy=healthy)


def batch_over(c: Cls) -> Cls:
    """A-10.5: the batch ended."""
    return attrs.evolve(c, stage=Stage.DONE)


def new_upgrade(c: Cls) -> Cls:
    """A-2: a new upgrade has attempted nothing yet."""
    return attrs.evolve(c, stage=Stage.FRESH)


def retires(c: Cls) -> Cls:
    """maxSurge: chosen for a batch, the old instance keeps serving until the batch ends and deletes it."""
    return attrs.evolve(c, stage=Stage.RETIRING)


def surge_of(c: Cls) -> Cls:
    """maxSurge: the new instance a batch creates for an old one of class ``c``: healthy, being
    upgraded (created), new data disks (``SURGE_DATA_DISKS``), in ``c``'s update domain."""
    return starts_upgrading(Cls(OLD, OLD, True, Stage.FRESH, False, c.ud))


def notified(c: Cls) -> Cls:
    """osRollingUpgradeDeferral: in the batch, told its upgrade is coming; nothing else changes yet."""
    return attrs.evolve(c, stage=Stage.AWAITING)


def _successors(c: Cls, deferral: bool = False, surge: bool = False, redeploys: bool = False) -> list[Cls]:
    out = []
    if c.pending and surge:
        out += [retires(c), surge_of(c)]
    elif c.pending:
        out.append(notified(c) if deferral else starts_upgrading(c))
    if c.stage == Stage.AWAITING:
        out.append(starts_upgrading(c))
    if c.stage == Stage.UPGRADING:
        out += [finishes(c, True), finishes(c, False)]
    if c.stage == Stage.FINISHED:
        out += [rolls_back_os_disk(c), batch_over(c)]
    if c.stage in (Stage.DONE, Stage.FINISHED):
        out.append(new_upgrade(c))
    if c.idle:
        out.append(goes_down(c) if c.healthy else recovers(c))
    if failed_on_new(None, c):  # V6: the breach rollback
        out.append(rolls_back_os_disk(c))
    if redeploys and c.stage in (Stage.FRESH, Stage.DONE) and c.on_new:  # what the redeploy leaves
        out.append(marked_for_redeploy(c))
    return out


@lru_cache(maxsize=None)
def classes(domains: int, deferral: bool = False, max_surge: bool = False, redeploys: bool = False) -> tuple[Cls, ...]:
    """The classes reachable by the moves from an initial class of each of ``domains`` domains
    (``model.scale_set_rules.domains``: update domains, or zones), in a fixed order; with
    ``deferral`` an instance a batch picks first awaits its approval; with ``max_surge`` a batch's
    old instance retires and a new one is created; with ``redeploys``, A-25's redeploy leaves
    failed instances to be updated again (classes no other policy reaches).

    The solver's class selector is an index into this tuple.
    """
    uds = range(domains)
    seen = {Cls(OLD, OLD, h, Stage.FRESH, True, u) for u in uds for h in (True, False)}
    todo = list(seen)
    while todo:
        for d in _successors(todo.pop(), deferral, max_surge, redeploys):
            if d not in seen:
                seen.add(d)
                todo.append(d)
    return tuple(sorted(seen, key=lambda c: (c.ud, c.image, c.os_disk, not c.healthy, c.stage, not c.data_ok, c.redeploy)))


def classes_of(policy: ScaleSetPolicy) -> tuple[Cls, ...]:
    return classes(rules.domains(policy), policy.os_upgrade_deferral, surges(policy), policy.credentials_recovery)


def ud_size(L: Logic, n: Any, ud: int, k: int) -> Any:
    """Instances of UD ``ud`` when instance i is in UD i mod k: ⌊n/k⌋ + [ud < n mod k]."""
    q = L.div(n, k)
    return q + L.ite(ud < n - k * q, 1, 0)


@lru_cache(maxsize=64)
def _index(cs: tuple[Cls, ...]) -> dict[Cls, int]:
    return {c: j for j, c in enumerate(cs)}


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
    credentials_renewed: Any = False


@frozen
class Args:
    """A counting action's arguments: a class selector, an outcome, a batch vector, a UD."""

    cls: Any = 0
    healthy: Any = True
    k: tuple[Any, ...] = ()
    ud: Any = 0


@frozen
class View:
    """The named quantities that rules and properties read (concrete ints or Z3 terms)."""

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
    down_by_ud: tuple[Any, ...] = ()  # instances down (upgrading or sick) in each domain (zone)
    awaiting: Any = 0  # notified, waiting for the workload's approval (osRollingUpgradeDeferral)
    held_for_approval: Any = False  # rolling forward, and only an approval can move it on
    failed_on_new: Any = 0  # V6: upgraded by this upgrade, idle, unhealthy, on the new image
    credentials_renewed: Any = False  # the operator renewed the credentials
    #: Outside the batch in flight, instances whose data disks are not their own (maxSurge: a new
    #: instance that took the place of an old one, deleted with its data disks).
    replaced_data: Any = 0


_SELECTED: dict[tuple, tuple[tuple[Cls, ...], tuple[int, ...]]] = {}


def _selected(cs: tuple[Cls, ...], pred) -> tuple[int, ...]:
    """The indices of the classes ``pred`` selects: structural, so computed once per class tuple and
    predicate (named by its code and the values it closes over, checked against the tuple)."""
    cells = tuple(c.cell_contents for c in pred.__closure__ or ())
    key = (id(cs), pred.__code__, pred.__defaults__, cells)
    hit = _SELECTED.get(key)
    if hit is None or hit[0] is not cs:
        if len(_SELECTED) > 4096:  # (a predicate closing over something new each call is never hit)
            _SELECTED.clear()
        hit = _SELECTED[key] = (cs, tuple(j for j, c in enumerate(cs) if pred(c)))
    return hit[1]


def _sum(L: Logic, s: Counts, cs: tuple[Cls, ...], pred) -> Any:
    return L.sum_([s.cnt[j] for j in _selected(cs, pred)] or [0])


class Quantities(ViewQuantities):
    """What the guards read of a counting state (``model.scale_set_rules.State``): the view's
    quantities, and ``count`` of the instances a rule's predicate selects."""

    __slots__ = ()

    def count(self, pred) -> Any:
        return _sum(self._L, self._s, classes_of(self._policy), _of_policy(self._policy, pred))


@lru_cache(maxsize=256)
def _of_policy(policy: ScaleSetPolicy, pred) -> Any:
    """``pred`` with the policy bound, one function per (policy, rule): ``_selected`` then finds the
    classes it selects once, not once per state."""
    return lambda c: pred(policy, c)


class BatchArgs:
    """The batch vector ``args.k`` (and, with Service Fabric, ``args.ud``) as the guards read a
    batch (``model.scale_set_rules.Batch``: A-10.2 size and pending, A-23 update domain, V6 health)."""

    def __init__(self, L: Logic, policy: ScaleSetPolicy, s: Counts, args: Args) -> None:
        self._L, self._policy, self._s, self._args = L, policy, s, args
        self._cs = classes_of(policy)
        self._pending = [(j, c) for j, c in enumerate(self._cs) if c.pending]

    @cached_property
    def size(self) -> Any:
        return self._L.sum_(list(self._args.k))

    @cached_property
    def in_set(self) -> Any:
        return self._L.and_(*(x >= 0 for x in self._args.k))

    @cached_property
    def pending_only(self) -> Any:
        k, cnt = self._args.k, self._s.cnt
        return self._L.and_(*(k[j] <= cnt[j] if c.pending else k[j] == 0 for j, c in enumerate(self._cs)))

    @cached_property
    def one_ud(self) -> Any:
        L, k, ud = self._L, self._args.k, self._args.ud
        return L.and_(ud >= 0, ud < rules.domains(self._policy),
                      *(L.implies(ud != c.ud, k[j] == 0) for j, c in self._pending))

    @cached_property
    def whole_ud(self) -> Any:
        L, k, ud = self._L, self._args.k, self._args.ud
        return L.and_(*(L.implies(ud == c.ud, k[j] == self._s.cnt[j]) for j, c in self._pending))

    @cached_property
    def earliest_ud(self) -> Any:
        L, ud, cnt = self._L, self._args.ud, self._s.cnt
        return L.and_(*(L.implies(c.ud < ud, cnt[j] == 0) for j, c in self._pending))

    @cached_property
    def ud_pending(self) -> Any:
        L, ud, cnt = self._L, self._args.ud, self._s.cnt
        return L.sum_([L.ite(ud == c.ud, cnt[j], 0) for j, c in self._pending] or [0])

    @cached_property
    def ud_sick_left(self) -> Any:
        L, ud, k, cnt = self._L, self._args.ud, self._args.k, self._s.cnt
        return L.sum_([L.ite(ud == c.ud, cnt[j] - k[j], 0) for j, c in self._pending if not c.healthy] or [0])

    @cached_property
    def healthy_chosen(self) -> Any:
        return self._L.sum_([self._args.k[j] for j, c in self._pending if c.healthy] or [0])

    @cached_property
    def sick_left(self) -> Any:
        sick = [j for j, c in self._pending if not c.healthy]
        return self._L.sum_([self._s.cnt[j] for j in sick] or [0]) - self._L.sum_([self._args.k[j] for j in sick] or [0])


class OneArgs:
    """The class selector ``args.cls`` and outcome ``args.healthy`` as the guards read them
    (``model.scale_set_rules.One``: A-10.3, A-12, A-10.4, A-18, A-24, A-25): ``is_(pred)`` selects a
    non-empty class ``pred`` selects."""

    def __init__(self, L: Logic, policy: ScaleSetPolicy, s: Counts, args: Args) -> None:
        self._L, self._policy, self._s, self._args = L, policy, s, args
        self.healthy = args.healthy

    def is_(self, pred) -> Any:
        L, cls, cs = self._L, self._args.cls, classes_of(self._policy)
        sel = [L.and_(cls == j, self._s.cnt[j] >= 1) for j, c in enumerate(cs) if pred(self._policy, c)]
        return L.and_(cls >= 0, cls < len(cs), L.or_(*sel) if sel else False)


def arg_facts(L: Logic, policy: ScaleSetPolicy, s: Counts, a: A, args: Args) -> Any:
    """What the guard of ``a`` reads of its arguments."""
    if a == A.orchestrator_starts_batch:
        return BatchArgs(L, policy, s, args)
    if a in (A.instance_finishes_upgrade, A.maintenance_takes_down, A.instance_recovers, A.instance_approves_upgrade):
        return OneArgs(L, policy, s, args)
    return None


def view(L: Logic, policy: ScaleSetPolicy, s: Counts) -> View:
    """The view of a counting state: every quantity a property or rule may read."""
    cs = classes_of(policy)
    q = lambda pred: _sum(L, s, cs, pred)  # noqa: E731
    counts_up = policy.upgrading_counts_unhealthy
    failed = q(lambda c: c.idle and c.attempted and (not c.healthy or c.image != NEW))
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
        in_progress=q(lambda c: c.stage in (Stage.UPGRADING, Stage.AWAITING)),
        successful=q(lambda c: c.idle and c.image == NEW and not (c.stage != Stage.FRESH and not c.healthy)
                     and not c.pending),
        failed=failed,
        upgraded=q(lambda c: c.idle and c.attempted),
        attempted=q(lambda c: c.attempted),
        on_new=q(lambda c: c.image == NEW),
        not_on_target=q(lambda c: c.image != NEW),
        data_lost=q(lambda c: not c.data_ok),
        disk_mismatch=q(lambda c: c.idle and c.image != c.os_disk),
        uds_upgrading=uds_upgrading,
        stuck=False,
        down_by_ud=tuple(q(lambda c, u=u: c.ud == u and (not c.healthy or c.stage == Stage.UPGRADING)) for u in uds),
        awaiting=q(lambda c: c.stage == Stage.AWAITING),
        failed_on_new=q(lambda c: failed_on_new(policy, c)),
        credentials_renewed=s.credentials_renewed,
        replaced_data=q(lambda c: not c.data_ok and c.stage not in _IN_FLIGHT),
    )
    qs = Quantities(L, policy, s, v)
    return attrs.evolve(v, stuck=rules.stuck(L, policy, qs), held_for_approval=rules.held_for_approval(L, policy, qs))


# --------------------------------------------------------------------------------------------
# Between the two models


def class_of(s: ScaleSet, i: int) -> Cls:
    """The class of instance ``i`` of a per-instance state."""
    x = s.instances[i]
    if x.phase == Phase.UPGRADING:
        stage = Stage.UPGRADING
    elif x.phase == Phase.AWAITING:
        stage = Stage.AWAITING
    elif x.retiring:
        stage = Stage.RETIRING
    elif i in s.batch:
        stage = Stage.FINISHED
    elif x.attempted:
        stage = Stage.DONE
    else:
        stage = Stage.FRESH
    ud = x.ud if rules.domains(s.policy) > 1 else 0
    return Cls(x.image, x.os_disk, x.healthy, stage, x.data_disks == data_disks_of(i), ud, x.redeploy)


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
        n=s.capacity, status=int(s.status), checked=s.checked, waited=s.waited,
        cancel_requested=s.cancel_requested, batches_started=s.batches_started,
        stop_tripped=s.stop_tripped, cnt=tuple(cnt), credentials_renewed=s.credentials_renewed,
    )


def abstract_action(s: ScaleSet, action: Action) -> tuple[A, Args]:
    """α on actions: the counting action a per-instance action is an instance of."""
    cs = classes_of(s.policy)
    ix = _index(cs)
    a = A[action.name]
    if a in (A.instance_finishes_upgrade, A.maintenance_takes_down, A.instance_recovers, A.instance_approves_upgrade):
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
        return a, Args(k=tuple(k), ud=ud if rules.domains(s.policy) > 1 else 0)
    return a, Args(k=(0,) * len(cs))


def concretize(s: ScaleSet, a: A, args: Args) -> Action:
    """γ: a per-instance action that realises counting action ``a`` from ``s`` (lowest ids first)."""
    cs = classes_of(s.policy)
    by_cls: dict[int, list[int]] = {}
    ix = _index(cs)
    for i in range(s.n):
        by_cls.setdefault(ix[class_of(s, i)], []).append(i)
    if a in (A.instance_finishes_upgrade, A.maintenance_takes_down, A.instance_recovers, A.instance_approves_upgrade):
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
    from rollproof.model.scale_set import initial_state

    n = int(c.n)
    conc = policy if policy.instances != "any" else policy.with_instances(n)
    cs = classes_of(conc)
    k = rules.domains(conc)
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
        credentials_renewed=mk("credentials_renewed", "bool") if policy.credentials_recovery else False,
    )


def fresh_args(policy: ScaleSetPolicy, mk) -> Args:
    """Action arguments whose fields come from ``mk(name, sort)``."""
    cs = classes_of(policy)
    return Args(
        cls=mk("cls", "int"), healthy=mk("healthy", "bool"),
        k=tuple(mk(f"k{j}", "int") for j in range(len(cs))), ud=mk("ud", "int"),
    )

