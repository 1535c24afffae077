"""The scale set's counting model: the step the solver reads (``model.counting.CountingModel``).

Each action's guard is its clauses of ``model.scale_set_rules.GUARDS`` over the view (the
per-instance model's guard, written once); its effect moves counts between classes.  Written over
``model.logic``, so it evaluates on Python ints and Z3 terms, with ``n`` a symbol for ``"any"``.
"""

from __future__ import annotations

from typing import Any

import attrs

from rollproof.model.guards import holds
from rollproof.model.logic import CONCRETE, Logic
from rollproof.model.scale_set import ScaleSetPolicy
from rollproof.model.scale_set_abstraction import (  # noqa: F401  (the counting model's interface, read as C.*)
    A,
    Args,
    Cls,
    Counts,
    Quantities,
    Stage,
    View,
    _index,
    _sum,
    abstract,
    abstract_action,
    arg_facts,
    batch_over,
    class_of,
    classes,
    classes_of,
    concretize,
    finishes,
    fresh_args,
    fresh_state,
    initial_from_counts,
    new_upgrade,
    retires,
    notified,
    starts_upgrading,
    surge_of,
    ud_size,
    view,
)
from rollproof.model.scale_set_lemmas import clock_lemmas, lemmas  # noqa: F401
from rollproof.model.scale_set_rules import (
    GUARDS,
    OLD,
    batch_size,
    batches_by_zone,
    domains,
    Status,
    credentials_failed,
    failed_on_new,
    goes_down,
    marked_for_redeploy,
    initial_unhealthy_allowed,
    notified_first,
    os_disk_rolls_back,
    recoverable,
    recoverable_once_renewed,
    recovers,
    rolls_back_os_disk,
    status_after_batch,
    status_at_check,
    stop_rule_trips,
    surges,
)
from rollproof.model.scale_set_rules import enabled as _enabled

NAME = "scale_set"

def choices(policy: ScaleSetPolicy, s: Counts):
    """Every action and argument that may be enabled in the concrete state ``s``: a superset (the
    guard of ``step`` decides), with the arguments no guard can accept left out: an instance class
    that is empty or that the action does not select, a batch that is not 1..b pending instances
    (Service Fabric: not one whole update domain; zones without cross-zone upgrades: not within
    the first zone with pending instances).  The explicit-state search enumerates these."""
    cs = classes_of(policy)
    zero = (0,) * len(cs)
    for a in (A.orchestrator_starts_upgrade, A.orchestrator_checks_health, A.probe_wait_expires,
              A.orchestrator_ends_batch, A.operator_cancels, A.orchestrator_rolls_back_failed,
              A.operator_renews_credentials):
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
        if c.stage == Stage.AWAITING:
            yield A.instance_approves_upgrade, Args(cls=j, k=zero)
    pending = [j for j, c in enumerate(cs) if c.pending and s.cnt[j] >= 1]
    ud = 0
    if batches_by_zone(policy) and pending:  # V6: batches from the first zone with pending instances
        ud = min(cs[j].ud for j in pending)
        pending = [j for j in pending if cs[j].ud == ud]
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
            yield A.orchestrator_starts_batch, Args(k=tuple(k), ud=ud)


# --------------------------------------------------------------------------------------------
# Initial states


def init(L: Logic, policy: ScaleSetPolicy, s: Counts, unhealthy: Any = None) -> Any:
    """The initial-state condition: all idle, old, fresh; health as ``initial_unhealthy`` allows (A-2, A-23).

    ``unhealthy`` overrides the policy's choice with an exact count (reach properties' starts).
    """
    cs = classes_of(policy)
    k = domains(policy)
    n_ok = s.n >= 1 if policy.instances == "any" else s.n == int(policy.instances)
    shape = [
        s.cnt[j] == 0
        for j, c in enumerate(cs)
        if not (c.image == OLD and c.os_disk == OLD and c.stage == Stage.FRESH and c.data_ok and not c.redeploy)
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
        L.not_(s.credentials_renewed),
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


def _created(L: Logic, cnt: tuple[Any, ...], amounts: list[tuple[int, Any]]) -> tuple[Any, ...]:
    """``cnt`` with ``amount`` new instances in class index ``dst`` for each pair (maxSurge)."""
    add: list[list[Any]] = [[] for _ in cnt]
    for dst, amount in amounts:
        add[dst].append(amount)
    return tuple(c + L.sum_(d) if d else c for c, d in zip(cnt, add))


def enabled(L: Logic, policy: ScaleSetPolicy, s: Counts, v: View, a: A) -> Any:
    """Whether some arguments make action ``a`` enabled (derived from its guard)."""
    return _enabled(L, policy, Quantities(L, policy, s, v), a.name)


def step(L: Logic, policy: ScaleSetPolicy, s: Counts, a: A, args: Args, v: View | None = None) -> tuple[Any, Counts]:
    """The guard and the successor of counting action ``a`` with ``args`` from ``s`` (``v``: its view, if known).

    The guard is the action's clauses of ``GUARDS`` (A-5, A-10.x, A-12, A-18, A-23…A-25, V6); the
    successor moves counts by the class moves each action cites."""
    v = view(L, policy, s) if v is None else v
    guard = holds(L, GUARDS[a.name], policy, Quantities(L, policy, s, v), arg_facts(L, policy, s, a, args))
    if guard is False:
        return False, s
    return guard, _effect(L, policy, s, a, args, v)


def _effect(L: Logic, policy: ScaleSetPolicy, s: Counts, a: A, args: Args, v: View) -> Counts:
    cs = classes_of(policy)
    ix = _index(cs)
    if a == A.orchestrator_starts_upgrade:  # a new upgrade attempted nothing yet
        moves = [(j, ix[new_upgrade(c)], s.cnt[j]) for j, c in enumerate(cs) if c.stage in (Stage.DONE, Stage.FINISHED)]
        return attrs.evolve(
            s, cnt=_moved(L, s.cnt, moves), status=int(Status.ROLLING_FORWARD), checked=False,
            waited=False, cancel_requested=False, batches_started=0, stop_tripped=False,
        )
    if a == A.orchestrator_checks_health:  # V8
        status = status_at_check(L, policy, v)
        return attrs.evolve(s, status=status, checked=status == int(Status.ROLLING_FORWARD))
    if a == A.orchestrator_starts_batch and surges(policy):  # maxSurge: k[j] retire, k[j] new ones created
        moves = [(j, ix[retires(c)], args.k[j]) for j, c in enumerate(cs) if c.pending]
        made = [(ix[surge_of(c)], args.k[j]) for j, c in enumerate(cs) if c.pending]
        return attrs.evolve(
            s, cnt=_created(L, _moved(L, s.cnt, moves), made), checked=False, waited=False,
            batches_started=s.batches_started + 1,
        )
    if a == A.orchestrator_starts_batch:  # k[j] instances of pending class j
        start = notified if notified_first(policy) else starts_upgrading  # osRollingUpgradeDeferral
        moves = [(j, ix[start(c)], args.k[j]) for j, c in enumerate(cs) if c.pending]
        return attrs.evolve(
            s, cnt=_moved(L, s.cnt, moves), checked=False, waited=False, batches_started=s.batches_started + 1
        )
    if a == A.instance_finishes_upgrade:  # one instance of class args.cls, healthy or not
        moves = [
            (j, ix[finishes(c, h)], L.ite(L.and_(args.cls == j, args.healthy == h), 1, 0))
            for j, c in enumerate(cs) if c.stage == Stage.UPGRADING for h in (True, False)
        ]
        return attrs.evolve(s, cnt=_moved(L, s.cnt, moves))
    if a == A.probe_wait_expires:  # V1
        moves = [
            (j, ix[rolls_back_os_disk(c)], s.cnt[j])
            for j, c in enumerate(cs) if c.stage == Stage.FINISHED and os_disk_rolls_back(policy, c)
        ]
        return attrs.evolve(s, cnt=_moved(L, s.cnt, moves), waited=True)
    if a == A.orchestrator_ends_batch:
        moves = [(j, ix[batch_over(c)], s.cnt[j]) for j, c in enumerate(cs) if c.stage == Stage.FINISHED]
        cnt = _moved(L, s.cnt, moves)
        if surges(policy):  # maxSurge: the batch's old instances are deleted
            cnt = tuple(0 if c.retiring else x for c, x in zip(cs, cnt))
        return attrs.evolve(
            s, cnt=cnt, waited=False, checked=False,
            status=status_after_batch(L, policy, v),
            stop_tripped=L.or_(s.stop_tripped, stop_rule_trips(L, policy, v)),
        )
    if a == A.operator_cancels:  # at a batch boundary at once, else once the batch ends
        idle_boundary = v.in_batch == 0
        return attrs.evolve(
            s, cancel_requested=True,
            status=L.ite(idle_boundary, int(Status.CANCELLED), s.status),
            checked=L.ite(idle_boundary, False, s.checked),
        )
    if a == A.maintenance_takes_down:
        moves = [(j, ix[goes_down(c)], L.ite(args.cls == j, 1, 0)) for j, c in enumerate(cs) if c.idle and c.healthy]
        return attrs.evolve(s, cnt=_moved(L, s.cnt, moves))
    if a == A.instance_recovers:
        may = recoverable_once_renewed if policy.credentials_recovery else recoverable  # (the guard picks)
        moves = [(j, ix[recovers(c)], L.ite(args.cls == j, 1, 0)) for j, c in enumerate(cs) if may(policy, c)]
        return attrs.evolve(s, cnt=_moved(L, s.cnt, moves))
    if a == A.instance_approves_upgrade:  # osRollingUpgradeDeferral: its upgrade starts
        moves = [(j, ix[starts_upgrading(c)], L.ite(args.cls == j, 1, 0)) for j, c in enumerate(cs) if c.stage == Stage.AWAITING]
        return attrs.evolve(s, cnt=_moved(L, s.cnt, moves))
    if a == A.orchestrator_rolls_back_failed:  # V6: every failed instance back to the old image
        moves = [(j, ix[rolls_back_os_disk(c)], s.cnt[j]) for j, c in enumerate(cs) if failed_on_new(policy, c)]
        return attrs.evolve(s, cnt=_moved(L, s.cnt, moves))
    if a == A.operator_renews_credentials:  # renewed; the failed instances left for the redeploy
        # (no batch is in flight: the guard has no upgrade rolling forward)
        moves = [(j, ix[marked_for_redeploy(c)], s.cnt[j])
                 for j, c in enumerate(cs) if c.stage in (Stage.FRESH, Stage.DONE) and credentials_failed(policy, c)]
        return attrs.evolve(s, cnt=_moved(L, s.cnt, moves), credentials_renewed=True)
    raise ValueError(a)


# --------------------------------------------------------------------------------------------
# For the solver: decoding and the certificates' legend


def specialise(policy: ScaleSetPolicy, states: list[Counts], args: list[Args]):
    """A run as decoded (the instance count lives in the state: nothing to re-index)."""
    return policy, states, args


def legend(policy: ScaleSetPolicy) -> list[str]:
    """What each count variable of a certificate counts."""
    return [f"; cnt{j} = {c}" for j, c in enumerate(classes_of(policy))]
