"""The scale set's rules, written once over ``model.logic`` and read by both encodings (A-1…A-28).

Thresholds and statuses (A-8, A-10, A-12, A-18), what an upgrade does to an instance (A-6, V1) and
each action's guard (``GUARDS``), over named quantities (``State``, ``Batch``, ``One``, ``Member``)
that ``model.scale_set`` counts from its instances and the counting ``View`` sums from its counts.
"""

from __future__ import annotations

import enum
from typing import Any, Callable, Protocol

import attrs

from rollproof.model.guards import Clause, Guard
from rollproof.model.guards import enabled as _enabled
from rollproof.model.logic import Logic

OLD, NEW = 0, 1  # image versions: the model needs two (a restart re-targets the same new image)


class Status(enum.IntEnum):
    """``runningStatus.code`` of V6, plus ``Idle`` before any upgrade."""

    IDLE = 0
    ROLLING_FORWARD = 1
    COMPLETED = 2
    CANCELLED = 3
    FAULTED = 4


TERMINAL = (Status.COMPLETED, Status.CANCELLED, Status.FAULTED)
RF = int(Status.ROLLING_FORWARD)


# --------------------------------------------------------------------------------------------
# The vocabulary: what a rule may read


class Member(Protocol):
    """One instance as the rules see it (``model.scale_set.Instance``; the counting ``Cls``)."""

    image: int
    os_disk: int
    healthy: bool
    redeploy: bool  # left by the operator's redeploy to be updated again

    @property
    def idle(self) -> bool: ...  # not being upgraded
    @property
    def upgrading(self) -> bool: ...
    @property
    def attempted(self) -> bool: ...  # by this upgrade
    @property
    def on_new(self) -> bool: ...  # runs the new image
    @property
    def awaiting(self) -> bool: ...  # notified, waiting for its workload's approval (osRollingUpgradeDeferral)
    def retiring(self) -> bool: ...  # maxSurge: an old instance of the batch in flight, to be deleted


class State(Protocol):
    """The quantities of a state the rules read (``model.scale_set.Facts``; the counting ``View``)."""

    n: Any
    b: Any  # the batch size
    status: Any
    checked: Any
    waited: Any
    cancel_requested: Any
    batches_started: Any
    in_batch: Any  # instances in the batch in flight
    upgrading: Any  # instances being upgraded
    pending: Any  # A-27 pendingInstanceCount
    unhealthy: Any  # not serving
    failed: Any  # A-27 failedInstanceCount
    upgraded: Any  # attempted by this upgrade and idle
    credentials_renewed: Any  # the operator renewed the credentials

    def count(self, pred: Callable[[Any, Member], bool]) -> Any: ...  # instances ``pred`` selects


class Batch(Protocol):
    """The chosen instances of ``orchestrator_starts_batch``."""

    size: Any
    in_set: Any  # every chosen instance is one of the set
    pending_only: Any  # every chosen instance is still to be upgraded
    one_ud: Any  # the chosen instances share one update domain
    whole_ud: Any  # and are every pending instance of it
    earliest_ud: Any  # no pending instance lies in a domain before the chosen instances' one
    ud_pending: Any  # pending instances of the chosen instances' domain
    ud_sick_left: Any  # pending unhealthy instances of that domain not chosen
    healthy_chosen: Any  # chosen instances that are healthy
    sick_left: Any  # pending unhealthy instances not chosen


class One(Protocol):
    """The one instance an instance action names (and, for a finish, its outcome)."""

    healthy: Any

    def is_(self, pred: Callable[[Any, Member], bool]) -> Any: ...  # it exists and ``pred`` selects it


# --------------------------------------------------------------------------------------------
# Thresholds and statuses


def batch_size(L: Logic, policy: Any, n: Any) -> Any:
    """The batch size b for ``n`` instances under the policy's rounding (A-8 note, V1)."""
    p = policy.max_batch_instance_percent
    if policy.batch_rounding == "ceil":
        return L.div(p * n + 99, 100)
    return L.max_(1, L.div(p * n, 100))


def too_many_unhealthy(L: Logic, policy: Any, unhealthy: Any, n: Any) -> Any:
    """The strict threshold of A-10.1 / A-12 (V1, V2: "more than 20%")."""
    return 100 * unhealthy > policy.max_unhealthy_instance_percent * n


def too_many_unhealthy_upgraded(L: Logic, policy: Any, bad: Any, upgraded: Any) -> Any:
    """The A-18 / V6 gate over upgraded instances: more than p_upgraded % of them unhealthy."""
    return 100 * bad > policy.max_unhealthy_upgraded_instance_percent * upgraded


def status_after_batch(L: Logic, policy: Any, v: State) -> Any:
    """The status a batch ends in (A-5, A-10.5, A-12, A-18), from the quantities ``v`` before its end."""
    return L.ite(
        v.cancel_requested,
        int(Status.CANCELLED),
        L.ite(
            L.or_(
                too_many_unhealthy(L, policy, v.unhealthy, v.n),
                too_many_unhealthy_upgraded(L, policy, v.failed, v.upgraded),
            ),
            int(Status.FAULTED),
            L.ite(v.pending == 0, int(Status.COMPLETED), int(Status.ROLLING_FORWARD)),
        ),
    )


def status_at_check(L: Logic, policy: Any, v: State) -> Any:
    """The status the pre-batch health check leads to (A-10.1, A-10.5, A-11; V8)."""
    return L.ite(
        v.pending == 0,
        int(Status.COMPLETED),
        L.ite(too_many_unhealthy(L, policy, v.unhealthy, v.n), int(Status.FAULTED), int(Status.ROLLING_FORWARD)),
    )


def stop_rule_trips(L: Logic, policy: Any, v: State) -> Any:
    """A-12: the batch ended with more than p_unhealthy % of the set unhealthy."""
    return too_many_unhealthy(L, policy, v.unhealthy, v.n)


def initial_unhealthy_allowed(L: Logic, policy: Any, u: Any, n: Any) -> Any:
    """Which unhealthy counts the policy's ``initial_unhealthy`` allows at the start."""
    iu = policy.initial_unhealthy
    if iu == "within_cap":
        return L.and_(u >= 0, L.not_(too_many_unhealthy(L, policy, u, n)))
    if iu == "any":
        return L.and_(u >= 0, u <= n)
    return u == int(iu)


def batches_by_ud(policy: Any) -> bool:
    """A-23: Service Fabric rolls out one whole update domain at a time instead of 20% batches."""
    return bool(policy.service_fabric)


# --------------------------------------------------------------------------------------------
# Time (A-10.4, V1, today's ``pauseTimeBetweenBatches``)
#
# A step of the model is one action; time passes in the waits the documents name.  The model keeps
# no clock: how long a run can have taken is a function of the batches it started, read from the
# state.

#: A-10.4 / V1: the upgrade waits up to 5 minutes for a batch's health probe to turn healthy.
PROBE_WAIT_SECONDS = 300


def batch_seconds(policy: Any) -> int:
    """The longest one batch lasts: its instances' update (``instance_update_time``, not documented)
    and, with a health probe, the probe wait (A-10.4: up to 5 minutes; without a probe no wait is
    documented)."""
    return int(policy.instance_update_time) + (PROBE_WAIT_SECONDS if policy.health_probe else 0)


def elapsed(L: Logic, policy: Any, batches: Any) -> Any:
    """The longest an upgrade that has started ``batches`` batches can have run by the end of the
    last of them: each batch (``batch_seconds``), and before each batch after the first the pause
    (``pauseTimeBetweenBatches``).  Waits with no documented limit (a workload's approval under
    ``os_upgrade_deferral``, an instance held down by maintenance) are not counted."""
    pause = int(policy.pause_time_between_batches)
    return batches * batch_seconds(policy) + L.ite(batches > 0, batches - 1, 0) * pause


# --------------------------------------------------------------------------------------------
# Availability zones (V6 ``enableCrossZoneUpgrade``)
#
# A zonal set spreads its instances over its zones as a Service Fabric set spreads them over its
# update domains (instance i in domain i mod K), so one grouping serves both: an instance's
# domain is its update domain under Service Fabric, its availability zone otherwise (the two are
# never combined: ``ScaleSetPolicy`` refuses zones with Service Fabric).


def domains(policy: Any) -> int:
    """How many domains the instances spread over: Service Fabric's update domains (A-23), else the
    availability zones (1: the whole set is one domain)."""
    return int(policy.update_domains) if policy.service_fabric else int(policy.zones)


def batches_by_zone(policy: Any) -> bool:
    """V6: without ``enableCrossZoneUpgrade`` a batch stays within one availability zone, and the
    zones are upgraded one after the other; with it batches may cross zones (the cap still holds)."""
    return not policy.service_fabric and int(policy.zones) > 1 and not policy.cross_zone_upgrade


# --------------------------------------------------------------------------------------------
# What an action does to one instance (both encodings apply these)

#: A-6: what an OS image upgrade replaces: the OS disk, created from the target image.  The
#: persisted data disks are kept.
UPGRADE_REPLACES: frozenset[str] = frozenset({"os_disk"})


def goes_down(x: Any) -> Any:
    """A-12: maintenance takes the instance down."""
    return attrs.evolve(x, healthy=False)


def recovers(x: Any) -> Any:
    """A-10.4: the instance's probe turns healthy again."""
    return attrs.evolve(x, healthy=True)


def rolls_back_os_disk(x: Any) -> Any:
    """V1: the previous OS disk (and so the old image) comes back."""
    return attrs.evolve(x, image=OLD, os_disk=OLD)


def os_disk_rolls_back(policy: Any, x: Member) -> bool:
    """V1 (``os_disk_rollback_on_timeout``): an instance of the batch still unhealthy when the probe
    wait expires gets its previous OS disk back."""
    return bool(policy.os_disk_rollback_on_timeout) and not x.healthy


# --------------------------------------------------------------------------------------------
# maxSurge: a batch creates new instances first, then deletes the old ones
#
# Azure's rolling upgrade with MaxSurge ("Rolling upgrades with MaxSurge on Virtual Machine Scale
# Sets"): "new instances are created in batches using the latest scale model.  When the new
# instances are fully created and healthy, they begin taking traffic.  The scale set then deletes
# instances in batches matching the old scale set model"; a 20% batch of 10 instances is "two
# instances being created" per batch.  So a batch of the b chosen old instances creates b new
# instances on the target image; the chosen ones keep serving, marked for deletion, and are
# deleted when the batch ends, so the set holds N + (the batch) during a batch and N again at
# every batch boundary.  The percentages keep N, the configured capacity, as their base (the
# documentation's own example: "a scale set of 10 instances and more than two instances in the
# entire scale set"; the REST API's "the total virtual machine instances in the scale set" does not
# say whether a batch's new instances are among them); the unhealthy count reads every instance
# present, new ones included, so during a batch it can pass N.  What
# happens when a new instance comes up unhealthy, the sources leave open: the REST API's
# ``maxSurge`` ("Existing virtual machines will be deleted once the new virtual machines are
# created for each batch") deletes them whatever the new ones' health, the documentation page says
# "fully created and healthy".  Here the old ones are deleted when the batch ends (after the probe
# wait) all the same, and the A-18 gate and the A-12 stop rule judge the batch as they do in place.
# The fallback (a failed quota check before a batch upgrades it in place) is not modelled.


def surges(policy: Any) -> bool:
    """``maxSurge``: a batch creates new instances for the chosen ones, then deletes the old ones."""
    return bool(getattr(policy, "max_surge", False))


def retiring(policy: Any, x: Member) -> bool:
    """maxSurge: an old instance of the batch in flight, serving until the batch ends and deletes it."""
    return bool(x.retiring)


#: maxSurge: a new instance's data disks are the scale set model's, new and empty; the old
#: instance's data disks are deleted with it (A-6's "persisted data disks are kept" is an
#: in-place upgrade's promise).
SURGE_DATA_DISKS = "new"


def not_serving_of_capacity(L: Logic, policy: Any, v: Any) -> Any:
    """How far the instances serving fall short of N: ``down`` in place; with maxSurge the capacity
    N less the instances serving (``total - down``), since the old instances of a batch serve until
    deleted and the new ones serve once up (negative while more than N serve)."""
    if surges(policy):
        return v.n - (v.total - v.down)
    return v.down


# --------------------------------------------------------------------------------------------
# Which instances an action may pick


def being_upgraded(policy: Any, x: Member) -> bool:
    """A-10.3: in the batch in flight, not yet finished."""
    return bool(x.upgrading)


def up_and_idle(policy: Any, x: Member) -> bool:
    """A-12: maintenance takes down an idle healthy instance."""
    return bool(x.idle and x.healthy)


def down_and_idle(policy: Any, x: Member) -> bool:
    """A-10.4: an idle unhealthy instance may turn healthy again."""
    return bool(x.idle and not x.healthy)


def credentials_failed(policy: Any, x: Member) -> bool:
    """A-24, A-25: an upgrade failed the instance for expired credentials: only a redeploy heals it.

    With expired credentials every upgrade fails, so every instance on the new image got there by
    a failed upgrade, this one's or an earlier one's: a new upgrade started without renewing them
    does not heal it.  (Once renewed, ``not_a_credentials_failure`` no longer reads this.)
    """
    return not policy.credentials_valid and bool(x.idle and x.on_new)


def recoverable(policy: Any, x: Member) -> bool:
    """A-10.4, A-25: down and idle, and not a credentials failure (nor left for the redeploy)."""
    return down_and_idle(policy, x) and not credentials_failed(policy, x) and not left_for_redeploy(policy, x)


# --------------------------------------------------------------------------------------------
# The guards: conditions over (L, policy, q: State, x: Batch | One)


def not_rolling_forward(L, p, q, x):
    """A-5: no upgrade is rolling forward."""
    return q.status != RF


def awaiting_check(L, p, q, x):
    """A-10.1: rolling forward at a batch boundary whose health check has not run."""
    return L.and_(q.status == RF, q.in_batch == 0, L.not_(q.checked))


def checked_boundary(L, p, q, x):
    """A-10.1: rolling forward at a batch boundary whose health check passed."""
    return L.and_(q.status == RF, q.in_batch == 0, q.checked)


def batch_not_cancelled(L, p, q, x):
    """A-5: no cancel was requested."""
    return L.not_(q.cancel_requested)


def batch_in_set(L, p, q, x):
    """A-10.2: a batch holds at least one instance, every one of the set."""
    return L.and_(x.size >= 1, x.in_set)


def batch_pending(L, p, q, x):
    """A-10.2: a batch holds only instances still to be upgraded."""
    return x.pending_only


def batch_one_ud(L, p, q, x):
    """A-23: with Service Fabric, a batch is one update domain."""
    return L.implies(batches_by_ud(p), x.one_ud)


def batch_whole_ud(L, p, q, x):
    """A-23: with Service Fabric, a batch is a whole update domain."""
    return L.implies(batches_by_ud(p), x.whole_ud)


def batch_within_b(L, p, q, x):
    """A-10.2: a batch holds at most b instances."""
    return L.implies(not batches_by_ud(p), x.size <= q.b)


def batch_full(L, p, q, x):
    """A-10.2 read as ``batch_fill = full``: a batch holds min(b, pending) instances (pending in its
    zone, when batches stay within a zone)."""
    pool = x.ud_pending if batches_by_zone(p) else q.pending
    return L.implies(not batches_by_ud(p) and p.batch_fill == "full", x.size == L.min_(q.b, pool))


def unhealthy_first(L, p, q, x):
    """V6 ``prioritizeUnhealthyInstances``: no healthy instance while an unhealthy one is left pending
    (in the batch's zone, when batches stay within a zone)."""
    on = not batches_by_ud(p) and p.prioritize_unhealthy_instances
    left = x.ud_sick_left if batches_by_zone(p) else x.sick_left
    return L.implies(on, L.implies(x.healthy_chosen > 0, left == 0))


def batch_one_zone(L, p, q, x):
    """V6: without cross-zone upgrades, a batch lies within one availability zone."""
    return L.implies(batches_by_zone(p), x.one_ud)


def batch_earliest_zone(L, p, q, x):
    """V6: without cross-zone upgrades, zones go one after the other (in index order): a batch is
    drawn from the first zone that still has pending instances."""
    return L.implies(batches_by_zone(p), x.earliest_ud)


def finishing_one_upgrading(L, p, q, x):
    """A-10.3: the instance is being upgraded."""
    return x.is_(being_upgraded)


def every_upgrade_fails(L, p, q, x):
    """A-24: with expired credentials (not renewed, A-25) every upgraded instance fails."""
    return L.implies(L.not_(credentials_good(L, p, q)), L.not_(x.healthy))


def failure_allowed(L, p, q, x):
    """A-18: an upgraded instance fails only when the policy lets it (``upgraded_may_fail``)."""
    return L.implies(L.and_(credentials_good(L, p, q), L.not_(x.healthy)), p.upgraded_may_fail)


def some_upgrading(L, p, q):
    """Some instance is being upgraded (it may finish healthy or not, whatever the policy)."""
    return q.count(being_upgraded) >= 1


def probe_configured(L, p, q, x):
    """A-10.4: a health probe is configured."""
    return p.health_probe


def batch_waiting(L, p, q, x):
    """A-10.4: a batch is in flight and its probe wait has not expired."""
    return L.and_(q.status == RF, q.in_batch >= 1, L.not_(q.waited))


def batch_finished(L, p, q, x):
    """A-10.3: no instance of the batch is still being upgraded."""
    return q.upgrading == 0


def batch_in_flight(L, p, q, x):
    """A-10.5: a batch is in flight."""
    return L.and_(q.status == RF, q.in_batch >= 1)


def probe_wait_over(L, p, q, x):
    """A-10.4: with a probe, the batch ends once its wait expired."""
    return L.implies(p.health_probe, q.waited)


def cancellable(L, p, q, x):
    """A-5: an upgrade is rolling forward, not yet cancelled."""
    return L.and_(q.status == RF, L.not_(q.cancel_requested))


def maintenance_on(L, p, q, x):
    """A-12: the policy has concurrent maintenance."""
    return p.concurrent_maintenance


def during_upgrade(L, p, q, x):
    """A-12: maintenance is modelled while an upgrade rolls forward (and while a V6 breach rollback
    is still to come: the orchestrator's rollback is a step of its own)."""
    rf, due = q.status == RF, breach_rollback_due(L, p, q)
    return rf if due is False else L.or_(rf, due)


def taking_down_one_up(L, p, q, x):
    """A-12: the instance is idle and healthy."""
    return x.is_(up_and_idle)


def some_up(L, p, q):
    return q.count(up_and_idle) >= 1


def recovering_one_down(L, p, q, x):
    """A-10.4: the instance is idle and unhealthy."""
    return x.is_(down_and_idle)


def not_a_credentials_failure(L, p, q, x):
    """A-25: a credentials failure heals only by a redeploy with new credentials: once they are
    renewed, a failure of a later upgrade is an ordinary one, while an instance the redeploy left to
    be updated again still waits for its update."""
    r = renewed(L, p, q)
    failure = L.not_(x.is_(credentials_failed))
    if r is False:  # (no recovery: the clause as it reads without A-25's redeploy)
        return failure
    return L.and_(L.implies(L.not_(r), failure), L.not_(x.is_(left_for_redeploy)))


def some_recoverable(L, p, q):
    now, r = q.count(recoverable) >= 1, renewed(L, p, q)
    return now if r is False else L.or_(now, L.and_(r, q.count(recoverable_once_renewed) >= 1))


def some_pending(L, p, q):
    """Some instance is pending: one alone is a batch every clause accepts (the unhealthy first
    under V6; its whole update domain under A-23; one of the first zone with pending instances
    when batches stay within a zone)."""
    return q.pending >= 1


# --------------------------------------------------------------------------------------------
# OS rolling upgrade deferral (automaticOSUpgradePolicy.osRollingUpgradeDeferral)
#
# V6, the REST API's description of the field: with deferral on, each VM is told in advance (the
# IMDS tag Platform.PendingOSUpgrade) that an OS upgrade of the rolling upgrade is coming, and its
# upgrade is deferred until an ApproveRollingUpgrade call approves it (the call exists per instance
# and for a list of instance IDs).  Read here: the instances a batch picks are notified instead of
# started; each keeps running its workload on the old image (nothing has been done to it: it serves
# if healthy, and is neither pending nor upgraded); its upgrade starts when its workload approves;
# the batch (its probe wait and its end) waits for every approval.  No limit on the wait is
# documented, so none is modelled: a workload that never approves holds the upgrade.

DEFERRAL = "V6"  # the REST API specification, automaticOSUpgradePolicy.osRollingUpgradeDeferral


def notified_first(policy: Any) -> bool:
    """osRollingUpgradeDeferral: a batch notifies its instances instead of starting their upgrade."""
    return bool(policy.os_upgrade_deferral)


def awaiting_approval(policy: Any, x: Member) -> bool:
    """osRollingUpgradeDeferral: notified, its upgrade not yet approved."""
    return bool(x.awaiting)


def deferral_on(L, p, q, x):
    """osRollingUpgradeDeferral: upgrades wait for an approval."""
    return notified_first(p)


def approving_one_awaiting(L, p, q, x):
    """osRollingUpgradeDeferral: the instance was notified and has not approved yet."""
    return x.is_(awaiting_approval)


def some_awaiting(L, p, q):
    return q.count(awaiting_approval) >= 1


def batch_approved(L, p, q, x):
    """osRollingUpgradeDeferral: no instance of the batch is still waiting for its approval."""
    return q.count(awaiting_approval) == 0
# Failed instances rolled back on a policy breach (V6 ``rollbackFailedInstancesOnPolicyBreach``)
# and the expired-credentials recovery
#
# V6: "rollback failed instances to previous model if the rolling upgrade policy is violated".  A
# breach is what faults an upgrade: the pre-check, the stop rule or the upgraded
# gate.  The rollback is the orchestrator's own step after the fault, so maintenance and
# recoveries may come between; it takes every failed instance (upgraded by this upgrade, unhealthy,
# on the new image) back to the old image and OS disk.  Its health is not restored by the rollback:
# it stays down until its probe turns healthy (``instance_recovers``, A-10.4), as any other
# instance that is down (the sources say what image it runs, not that it then serves).
#
# the operator regenerates the expired token and deploys the updated scale set.  The renewal
# is a state fact (``credentials_renewed``: later upgrades succeed or fail as the policy lets them),
# and each instance the expired credentials failed is left to be updated again (``redeploy``): the
# next upgrade (``orchestrator_starts_upgrade``) finds it pending although it runs the new image,
# "which updates all instances including the failed ones".  Until that update it stays failed.


def failed_on_new(policy: Any, x: Member) -> bool:
    """V6: an instance this upgrade failed: upgraded, idle, unhealthy, on the new image."""
    return bool(x.idle and x.attempted and not x.healthy and x.on_new)


def left_for_redeploy(policy: Any, x: Member) -> bool:
    """A-25: the redeploy left the instance to be updated again: only that update heals it."""
    return bool(x.redeploy)


def recoverable_once_renewed(policy: Any, x: Member) -> bool:
    """A-10.4, A-25: down and idle, once the credentials are renewed (unless left for the redeploy)."""
    return down_and_idle(policy, x) and not left_for_redeploy(policy, x)


def marked_for_redeploy(x: Any) -> Any:
    """A-25: the updated scale set's deployment will update the instance again."""
    return attrs.evolve(x, redeploy=True)


def renewed(L: Logic, p: Any, q: State) -> Any:
    """A-25: the operator renewed the credentials (never without ``credentials_recovery``)."""
    return q.credentials_renewed if p.credentials_recovery else False


def credentials_good(L: Logic, p: Any, q: State) -> Any:
    """A-24, A-25: the credentials are valid, or were renewed."""
    return True if p.credentials_valid else renewed(L, p, q)


def breach_rollback_due(L: Logic, p: Any, q: State) -> Any:
    """V6: the upgrade faulted on a breach and failed instances are still on the new image."""
    if not p.rollback_failed_on_breach:
        return False
    return L.and_(q.status == int(Status.FAULTED), q.count(failed_on_new) >= 1)


def breach_rollback_on(L, p, q, x):
    """V6: the policy rolls failed instances back on a breach."""
    return p.rollback_failed_on_breach


def upgrade_faulted(L, p, q, x):
    """A-10.1, A-12, A-18: the upgrade faulted (every fault is a breach of the policy)."""
    return q.status == int(Status.FAULTED)


def some_failed_on_new(L, p, q, x):
    """V6: some instance is failed on the new image."""
    return q.count(failed_on_new) >= 1


def recovery_on(L, p, q, x):
    """A-25: the operator redeploys with renewed credentials."""
    return p.credentials_recovery


def credentials_expired(L, p, q, x):
    """A-24: the credentials expired and were not renewed yet."""
    return L.not_(credentials_good(L, p, q))


def upgrade_left_failures(L, p, q, x):
    """A-24, A-27: an upgrade left failed instances (on the new image, or rolled back from it)."""
    return L.or_(q.failed >= 1, q.count(credentials_failed) >= 1)


def _instance(why: str) -> Callable[[Any, Any], str]:
    return lambda q, x: f"instance {x.i} {why}"


GUARDS: dict[str, Guard] = {
    "orchestrator_starts_upgrade": Guard((
        Clause("A-5", not_rolling_forward, "an upgrade is already rolling forward"),
    )),
    "orchestrator_checks_health": Guard((
        Clause("A-10.1", awaiting_check, "not at a batch boundary awaiting its check"),
    )),
    "orchestrator_starts_batch": Guard((
        Clause("A-10.1", checked_boundary, "no passed health check at a batch boundary"),
        Clause("A-5", batch_not_cancelled, "the upgrade was cancelled"),
        Clause("A-10.2", batch_in_set, "a batch holds at least one instance of the set", True),
        Clause("A-10.2", batch_pending, "a batch holds only instances still to be upgraded", True),
        Clause("A-23", batch_one_ud, "Service Fabric upgrades one update domain at a time", True),
        Clause("A-23", batch_whole_ud, "Service Fabric upgrades a whole update domain", True),
        Clause("A-10.2", batch_within_b, lambda q, x: f"a batch holds at most b={q.b} instances", True),
        Clause("A-10.2", batch_full, lambda q, x: f"batch_fill=full: a batch holds min(b, pending)={min(q.b, q.pending)}", True),
        Clause("V6", unhealthy_first, "prioritize_unhealthy_instances: unhealthy instances go first", True),
        Clause("V6", batch_one_zone, "without cross_zone_upgrade a batch stays within one zone", True),
        Clause("V6", batch_earliest_zone, "without cross_zone_upgrade zones go one after the other: "
                                          "an earlier zone still has pending instances", True),
    ), some=some_pending),
    "instance_finishes_upgrade": Guard((
        Clause("A-10.3", finishing_one_upgrading, _instance("is not being upgraded"), True),
        Clause("A-24", every_upgrade_fails, "with expired credentials every upgraded instance fails", True),
        Clause("A-18", failure_allowed, "upgraded_may_fail is off", True),
    ), some=some_upgrading),
    "probe_wait_expires": Guard((
        Clause("A-10.4", probe_configured, "no health probe is configured"),
        Clause("A-10.4", batch_waiting, "no batch is waiting for its probe"),
        Clause("A-10.4", batch_finished, "the batch is still being upgraded"),
        Clause(DEFERRAL, batch_approved, "an instance of the batch still waits for its approval"),
    )),
    "orchestrator_ends_batch": Guard((
        Clause("A-10.5", batch_in_flight, "no batch in flight"),
        Clause("A-10.3", batch_finished, "the batch is still being upgraded"),
        Clause("A-10.4", probe_wait_over, "the probe wait has not expired"),
        Clause(DEFERRAL, batch_approved, "an instance of the batch still waits for its approval"),
    )),
    "operator_cancels": Guard((
        Clause("A-5", cancellable, "no upgrade is rolling forward"),
    )),
    "maintenance_takes_down": Guard((
        Clause("A-12", maintenance_on, "concurrent_maintenance is off"),
        Clause("A-12", during_upgrade, "maintenance is modelled during an upgrade"),
        Clause("A-12", taking_down_one_up, _instance("is not idle and healthy"), True),
    ), some=some_up),
    "instance_recovers": Guard((
        Clause("A-10.4", recovering_one_down, _instance("is not idle and unhealthy"), True),
        Clause("A-25", not_a_credentials_failure, "a credentials failure heals only by a redeploy with new credentials", True),
    ), some=some_recoverable),
    "instance_approves_upgrade": Guard((
        Clause(DEFERRAL, deferral_on, "os_upgrade_deferral is off: no upgrade waits for an approval"),
        Clause(DEFERRAL, approving_one_awaiting, _instance("is not waiting for an approval"), True),
    ), some=some_awaiting),
    "orchestrator_rolls_back_failed": Guard((
        Clause("V6", breach_rollback_on, "rollback_failed_on_breach is off"),
        Clause("V6", upgrade_faulted, "the upgrade has not faulted on a policy breach"),
        Clause("V6", some_failed_on_new, "no failed instance is on the new image"),
    )),
    "operator_renews_credentials": Guard((
        Clause("A-25", recovery_on, "credentials_recovery is off"),
        Clause("A-24", credentials_expired, "the credentials are valid"),
        Clause("A-5", not_rolling_forward, "an upgrade is already rolling forward"),
        Clause("A-24", upgrade_left_failures, "the upgrade left no failed instance"),
    )),
}

#: The orchestrator's and the instances' own steps: with none of them enabled, an upgrade that
#: rolls forward is stuck.
PROGRESS = (
    "orchestrator_checks_health", "orchestrator_starts_batch", "instance_finishes_upgrade",
    "probe_wait_expires", "orchestrator_ends_batch",
    "instance_approves_upgrade",
)


def held_for_approval(L: Logic, policy: Any, q: State) -> Any:
    """osRollingUpgradeDeferral: rolling forward, an instance waits for its approval, and no step but
    an approval is enabled: the upgrade goes on only when a workload approves."""
    others = (a for a in PROGRESS if a != "instance_approves_upgrade")
    return L.and_(q.status == RF, some_awaiting(L, policy, q), *(L.not_(enabled(L, policy, q, a)) for a in others))


def enabled(L: Logic, policy: Any, q: State, name: str) -> Any:
    """Whether some arguments make action ``name`` enabled (its guard's clauses on the state and ``some``)."""
    return _enabled(L, GUARDS[name], policy, q)


def stuck(L: Logic, policy: Any, q: State) -> Any:
    """Rolling forward, yet no orchestrator or instance step is enabled."""
    return L.and_(q.status == RF, *(L.not_(enabled(L, policy, q, a)) for a in PROGRESS))
