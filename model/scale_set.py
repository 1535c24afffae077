"""Scale set automatic OS image upgrade: the per-instance reference model (A-1…A-28).

Theory of operation.  An upgrade walks the set batch by batch (A-10): at each batch boundary the
orchestrator checks overall health (A-10.1, A-11), starts a batch of at most ``b`` old-image
instances (A-10.2), each instance finishes on the target image healthy or not (A-18, A-19), the
probe wait expires (A-10.4), and the batch ends, where the stop rule (A-12) and the upgraded-health
gate (A-18) may fault the upgrade.  Maintenance may take idle instances down meanwhile (A-12).
Every action is a pure function ``(state, …) -> state | Refused``: the guard of
``model.scale_set_rules.GUARDS`` over this model's own quantities (``Facts``, counted from the
instances), then the effect.
"""

from __future__ import annotations

import enum
from functools import cached_property
from typing import Any

import attrs
from attrs import field, frozen

from rollproof.model.core import Action, PolicyError, Refused, replay as _replay
from rollproof.model.guards import refusal
from rollproof.model.logic import CONCRETE
from rollproof.model import durations
from rollproof.model import scale_set_rules as rules
from rollproof.model.scale_set_rules import (  # noqa: F401  (re-exported: the rules are read as model.scale_set.*)
    GUARDS,
    NEW,
    OLD,
    TERMINAL,
    UPGRADE_REPLACES,
    Status,
    PROBE_WAIT_SECONDS,
    batch_seconds,
    batch_size,
    elapsed,
    goes_down,
    SURGE_DATA_DISKS,
    initial_unhealthy_allowed,
    os_disk_rolls_back,
    recovers,
    rolls_back_os_disk,
    status_after_batch,
    surges,
    status_at_check,
    stop_rule_trips,
    too_many_unhealthy,
    too_many_unhealthy_upgraded,
)

NAME = "scale_set"

ROUNDINGS = ("floor_min_1", "ceil")
BATCH_FILLS = ("up_to_b", "full")
INITIAL_UNHEALTHY = ("within_cap", "any")


class Phase(enum.IntEnum):
    IDLE = 0
    UPGRADING = 1
    AWAITING = 2  # osRollingUpgradeDeferral: in the batch, notified, waiting for its workload's approval


# --------------------------------------------------------------------------------------------
# Policy


def _percent(lo: int):
    def check(inst: Any, a: attrs.Attribute, v: Any) -> None:
        if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= 100:
            raise PolicyError(f"scale_set.{a.name}", v, f"{lo}..100")

    return check


def _bool(inst: Any, a: attrs.Attribute, v: Any) -> None:
    if not isinstance(v, bool):
        raise PolicyError(f"scale_set.{a.name}", v, "true or false")


def _one_of(options: tuple[str, ...]):
    def check(inst: Any, a: attrs.Attribute, v: Any) -> None:
        if v not in options:
            raise PolicyError(f"scale_set.{a.name}", v, " or ".join(repr(o) for o in options))

    return check


def _instances(inst: Any, a: attrs.Attribute, v: Any) -> None:
    if v == "any":
        return
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        raise PolicyError("scale_set.instances", v, 'an integer >= 1, or "any"')


def _initial_unhealthy(inst: Any, a: attrs.Attribute, v: Any) -> None:
    if v in INITIAL_UNHEALTHY:
        return
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        raise PolicyError("scale_set.initial_unhealthy", v, '"within_cap", "any", or a count >= 0')
    if isinstance(inst.instances, int) and v > inst.instances:
        raise PolicyError(
            "scale_set.initial_unhealthy", v, f"0..instances ({inst.instances})",
            why="cannot exceed the instance count",
        )


def _update_domains(inst: Any, a: attrs.Attribute, v: Any) -> None:
    if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 20:
        raise PolicyError("scale_set.update_domains", v, "1..20")


def _zones(inst: Any, a: attrs.Attribute, v: Any) -> None:
    if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 3:
        raise PolicyError("scale_set.zones", v, "1..3")
    if v > 1 and inst.service_fabric:
        raise PolicyError("scale_set.zones", v, "1 when service_fabric = true",
                          why="zones > 1 with service_fabric = true is not modelled (Service Fabric's "
                              "zonal update domains); set zones = 1 or service_fabric = false")


def _surge_alone(inst: Any, v: bool) -> None:
    if v and inst.os_upgrade_deferral:
        raise PolicyError("scale_set.max_surge", v, "false when os_upgrade_deferral = true",
                          why="max_surge with os_upgrade_deferral is not modelled (whether an instance a surge "
                              "batch replaces is asked for its approval); set one of them to false")


@frozen
class ScaleSetPolicy:
    """The parameters of semantics §1; defaults are the 2018 seed's (V6 names)."""

    # The metadata of each field is the policy-key reference (``rollproof explain KEY``,
    # docs/policy-keys.md): what the key means, the values it takes and the clause it comes from.
    instances: int | str = field(default=10, validator=_instances, metadata={
        "meaning": 'the number of instances in the scale set; "any" checks every count at once',
        "range": 'an integer >= 1, or "any" (a proof covers every N >= 1)',
        "source": "the set being upgraded (A-8's percentages are of this N)"})
    max_batch_instance_percent: int = field(default=20, validator=_percent(1), metadata={
        "meaning": "the largest share of the set a batch may upgrade at once, in percent",
        "range": "1..100 (Azure accepts 5..100; below 5 is for analysis, with a warning)",
        "source": 'A-8, A-10.2: "never more than 20% of the scale set is being upgraded at any time"'})
    max_unhealthy_instance_percent: int = field(default=20, validator=_percent(1), metadata={
        "meaning": "the pre-check before each batch and the stop rule after it: more than this "
                   "percent of the set unhealthy stops the upgrade",
        "range": "1..100 (Azure accepts 5..100)",
        "source": 'A-10.1, A-11, A-12: "no more than 20% of all instances are unhealthy"'})
    max_unhealthy_upgraded_instance_percent: int = field(default=20, validator=_percent(0), metadata={
        "named_choice": True,
        "meaning": "the gate over upgraded instances: more than this percent of them unhealthy "
                   "stops the upgrade; 100 switches the gate off",
        "range": "0..100",
        "source": 'A-18 "continues only if the application is healthy on the upgraded instances" '
                  "read literally is 0; today's default (V6) is 20"})
    batch_rounding: str = field(default="floor_min_1", validator=_one_of(ROUNDINGS), metadata={
        "named_choice": True,
        "meaning": "the batch size b for N instances; floor_min_1 = max(1, ⌊pN/100⌋), "
                   "ceil = ⌈pN/100⌉",
        "range": '"floor_min_1" or "ceil"',
        "source": "A-8 note: for fewer than 5 instances a batch of one is already more than 20%; the "
                  "source does not say whether such a set is upgraded at all"})
    batch_fill: str = field(default="up_to_b", validator=_one_of(BATCH_FILLS), metadata={
        "named_choice": True,
        "meaning": "a batch holds any 1..b old-image instances (up_to_b), or always "
                   "min(b, pending) (full)",
        "range": '"up_to_b" or "full"',
        "source": "A-10.2 “the batch holding at most 20%”; V2's “batches of 2” example suggests full"})
    upgrading_counts_unhealthy: bool = field(default=True, validator=_bool, metadata={
        "named_choice": True,
        "meaning": "an instance being upgraded counts as unhealthy (not serving) in the "
                   "health checks",
        "range": "true or false",
        "source": "unresolved in the sources; an instance being upgraded is not serving"})
    health_probe: bool = field(default=True, validator=_bool, metadata={
        "meaning": "an application health probe is configured; without one an upgraded instance is "
                   "healthy when its extensions provisioned",
        "range": "true or false",
        "source": "A-9, A-19, A-20"})
    upgraded_may_fail: bool = field(default=True, validator=_bool, metadata={
        "meaning": "an upgraded instance may come back unhealthy (fail its probe or its extensions)",
        "range": "true or false",
        "source": "A-18, A-19"})
    concurrent_maintenance: bool = field(default=True, validator=_bool, metadata={
        "meaning": "planned or unplanned maintenance may take idle instances down during an upgrade",
        "range": "true or false",
        "source": "A-12: other maintenance may affect VM availability at the same time"})
    os_disk_rollback_on_timeout: bool = field(default=False, validator=_bool, metadata={
        "meaning": "an instance still unhealthy after the probe wait gets its previous OS disk back",
        "range": "true or false",
        "source": "V1 (today's documentation); the 2018 seed has no rollback"})
    prioritize_unhealthy_instances: bool = field(default=False, validator=_bool, metadata={
        "meaning": "unhealthy instances are upgraded first",
        "range": "true or false",
        "source": "V6 rollingUpgradePolicy.prioritizeUnhealthyInstances"})
    credentials_valid: bool = field(default=True, validator=_bool, metadata={
        "meaning": "the credentials the set uses for external resources are valid; false: the upgrade "
                   "fails and leaves the first batch failed",
        "range": "true or false",
        "source": "A-24"})
    initial_unhealthy: int | str = field(default="within_cap", validator=_initial_unhealthy, metadata={
        "meaning": "the world the upgrade starts in: any set of at most the pre-check's allowance "
                   "unhealthy (within_cap), any set at all (any), or exactly this many unhealthy",
        "range": '"within_cap", "any", or a count 0..instances',
        "source": "the initial states checked (semantics: every state reachable from every initial state)"})
    service_fabric: bool = field(default=False, validator=_bool, metadata={
        "meaning": "the set runs Service Fabric: the upgrade rolls out one update domain at a time "
                   "instead of percentage batches",
        "range": "true or false",
        "source": "A-23"})
    update_domains: int = field(default=5, validator=_update_domains, metadata={
        "meaning": "the update domains a Service Fabric set spreads over (instance i in UD i mod U); "
                   "read only with service_fabric",
        "range": "1..20",
        "source": "A-23"})
    zones: int = field(default=1, validator=_zones, metadata={
        "meaning": "the availability zones the set spreads over (instance i in zone i mod Z); "
                   "1: a regional set, one pool",
        "range": "1..3 (Azure regions offer up to three zones; not with service_fabric)",
        "source": "V6: the resource's zones list (its length)"})
    cross_zone_upgrade: bool = field(default=False, validator=_bool, metadata={
        "meaning": "batches may cross availability-zone boundaries (still at most b instances); "
                   "false: a batch stays within one zone and the zones go one after the other",
        "range": "true or false",
        "source": "V6 rollingUpgradePolicy.enableCrossZoneUpgrade: \"allow VMSS to ignore AZ boundaries "
                  "when constructing upgrade batches\"; the order the zones go in is not stated "
                  "(modelled: index order); read only with zones > 1"})
    os_upgrade_deferral: bool = field(default=False, validator=_bool, metadata={
        "meaning": "each instance a batch picks is first notified (IMDS tag Platform.PendingOSUpgrade) and "
                   "keeps serving on the old image until its workload approves; only then does its upgrade "
                   "start, and the batch waits for every approval, with no time limit",
        "range": "true or false",
        "source": "automaticOSUpgradePolicy.osRollingUpgradeDeferral (REST API: the upgrade defers until "
                  "approved by an ApproveRollingUpgrade call; no limit on the wait is documented)"})
    max_surge: bool = field(default=False, validator=[_bool, lambda inst, a, v: _surge_alone(inst, v)], metadata={
        "meaning": "each batch first creates new instances on the target image, one per chosen old "
                   "instance, and deletes the old ones when the batch ends (they serve until then); "
                   "the set holds N plus the batch during a batch, N at every batch boundary; the "
                   "percentages stay of N",
        "range": "true or false (not with os_upgrade_deferral)",
        "source": "today's rollingUpgradePolicy.maxSurge (Azure's \"Rolling upgrades with MaxSurge\": "
                  "new instances are created in batches, then the old ones deleted)"})
    rollback_failed_on_breach: bool = field(default=False, validator=_bool, metadata={
        "meaning": "after the upgrade faults on a policy breach, the orchestrator takes every failed "
                   "instance (upgraded, unhealthy, on the new image) back to the old image; it stays "
                   "unhealthy until its probe turns healthy",
        "range": "true or false",
        "source": "V6 rollingUpgradePolicy.rollbackFailedInstancesOnPolicyBreach (unset by default): "
                  "rollback failed instances to previous model if the rolling upgrade policy is violated"})
    credentials_recovery: bool = field(default=False, validator=_bool, metadata={
        "meaning": "with expired credentials, once the upgrade stops with failed instances the operator "
                   "renews the credentials and redeploys: the next upgrade updates the failed "
                   "instances again, and later upgrades no longer fail for the credentials",
        "range": "true or false",
        "source": "A-25: regenerate the token, update the scale set model, deploy the updated scale set, "
                  "\"which updates all instances including the failed ones\""})

    pause_time_between_batches: int = field(default=0, **durations.seconds_field("scale_set.pause_time_between_batches"), metadata={
        "meaning": "seconds the upgrade waits between the end of one batch and the start of the next; "
                   "it changes no order of events, only how long an upgrade can take (the `elapsed` "
                   "observable, `rollproof bound --max elapsed`)",
        "range": "seconds >= 0, or an ISO 8601 duration such as \"PT10M\"",
        "source": "today's rollingUpgradePolicy.pauseTimeBetweenBatches (ISO 8601, default PT0S): the wait "
                  "time between completing the update of one batch and starting the next"})
    instance_update_time: int = field(default=0, **durations.seconds_field("scale_set.instance_update_time"), metadata={
        "meaning": "seconds a batch's instances take to be updated (their OS disk replaced, or with "
                   "`max_surge` the new ones created) before the probe wait starts; the documents give no "
                   "figure, so 0 counts only the documented waits; it changes only the `elapsed` observable",
        "range": "seconds >= 0, or an ISO 8601 duration such as \"PT3M\"",
        "source": "not documented: your own measurement (the batch durations in `az vmss rolling-upgrade "
                  "get-latest`)"})

    def with_instances(self, n: int) -> "ScaleSetPolicy":
        """The same policy at a concrete instance count (for ``instances = "any"`` traces)."""
        iu = self.initial_unhealthy
        if isinstance(iu, int) and not isinstance(iu, bool) and iu > n:
            iu = "any"
        return attrs.evolve(self, instances=n, initial_unhealthy=iu)

    def warnings(self) -> list[str]:
        out = []
        for key in ("max_batch_instance_percent", "max_unhealthy_instance_percent"):
            if getattr(self, key) < 5:
                out.append(f"scale_set.{key}: Azure accepts 5..100; {getattr(self, key)} is allowed for analysis only")
        return out


Policy = ScaleSetPolicy


# --------------------------------------------------------------------------------------------
# State


@frozen
class Instance:
    """One VM: its image, health, phase, disks, and whether this upgrade has attempted it."""

    image: int = OLD
    healthy: bool = True
    phase: Phase = Phase.IDLE
    data_disks: str = ""
    os_disk: int = OLD
    extensions_ok: bool = True
    attempted: bool = False
    ud: int = 0
    retiring: bool = False  # maxSurge: an old instance of the batch in flight, deleted when it ends
    redeploy: bool = False  # the redeploy left it to be updated again

    # What the rules read of an instance (``model.scale_set_rules.Member``).
    @property
    def idle(self) -> bool:
        return self.phase == Phase.IDLE

    @property
    def upgrading(self) -> bool:
        return self.phase == Phase.UPGRADING

    @property
    def on_new(self) -> bool:
        return self.image == NEW

    @property
    def awaiting(self) -> bool:
        return self.phase == Phase.AWAITING


@frozen
class ScaleSet:
    """The whole scale set and its orchestrator."""

    policy: ScaleSetPolicy
    instances: tuple[Instance, ...]
    status: Status = Status.IDLE
    target: int = NEW
    batch: frozenset[int] = frozenset()
    checked: bool = False  # the pre-batch check passed at this boundary
    waited: bool = False  # the probe wait of the batch in flight has expired
    cancel_requested: bool = False
    batches_started: int = 0  # batches of this upgrade (A-24, VMSS-COMPLETES)
    stop_tripped: bool = False  # history: a batch of this upgrade ended over the A-12 threshold
    credentials_renewed: bool = False  # the operator renewed the expired credentials

    @property
    def n(self) -> int:
        """The instances present (with maxSurge, N plus the batch in flight during a batch)."""
        return len(self.instances)

    @property
    def capacity(self) -> int:
        """N, the configured capacity: the instances present less the old ones a surge batch deletes."""
        return sum(1 for x in self.instances if not x.retiring)


def data_disks_of(i: int) -> str:
    """The opaque initial data-disk identity of instance ``i`` (A-6: must never change)."""
    return f"data-{i}"


def initial_state(policy: ScaleSetPolicy, unhealthy: frozenset[int] = frozenset(), n: int | None = None) -> ScaleSet | Refused:
    """An initial state: all idle on the old image, ``unhealthy`` down (as ``initial_unhealthy`` allows)."""
    if n is None:
        if policy.instances == "any":
            raise ValueError("initial_state needs n for a policy with instances = 'any'")
        n = int(policy.instances)
    unhealthy = frozenset(unhealthy)
    if any(not 0 <= i < n for i in unhealthy):
        raise ValueError(f"unhealthy instances {sorted(unhealthy)} outside 0..{n - 1}")
    if not initial_unhealthy_allowed(CONCRETE, policy, len(unhealthy), n):
        return Refused("init", "initial_unhealthy", f"{len(unhealthy)} unhealthy of {n} is not a start the policy allows")
    k = rules.domains(policy)
    inst = tuple(
        Instance(healthy=i not in unhealthy, data_disks=data_disks_of(i), ud=i % k) for i in range(n)
    )
    return ScaleSet(policy=policy, instances=inst)


def is_serving(policy: ScaleSetPolicy, x: Any) -> bool:
    """Healthy, and not being upgraded when upgrading instances count as unhealthy."""
    return bool(x.healthy) and not (policy.upgrading_counts_unhealthy and x.phase == Phase.UPGRADING)


def is_pending(s: ScaleSet, x: Instance) -> bool:
    """Still to be upgraded in this upgrade: idle, not yet attempted, not on the target (V2), or
    left by the A-25 redeploy to be updated again."""
    return x.phase == Phase.IDLE and not x.attempted and not x.retiring and (x.image != s.target or x.redeploy)


# --------------------------------------------------------------------------------------------
# The quantities the rules and the properties read, counted from the instances


class Facts:
    """The named quantities of a state (``model.scale_set_rules.State``, and every field of the
    counting ``View``), computed from the instances themselves, each when first read."""

    def __init__(self, s: ScaleSet) -> None:
        self.s = s
        self.policy = s.policy
        self.n, self.total = s.capacity, s.n
        self.status = int(s.status)
        self.checked, self.waited = s.checked, s.waited
        self.cancel_requested, self.stop_tripped = s.cancel_requested, s.stop_tripped
        self.batches_started = s.batches_started
        self.credentials_renewed = s.credentials_renewed

    def _count(self, pred) -> int:
        return sum(1 for x in self.s.instances if pred(x))

    def count(self, pred) -> int:
        """Instances the rule's predicate ``pred(policy, instance)`` selects."""
        return sum(1 for x in self.s.instances if pred(self.policy, x))

    @cached_property
    def b(self) -> int:
        return batch_size(CONCRETE, self.policy, self.n)

    @cached_property
    def in_batch(self) -> int:
        return len(self.s.batch)

    @cached_property
    def upgrading(self) -> int:
        return self._count(lambda x: x.upgrading)

    @property
    def in_progress(self) -> int:
        """A-27 inProgressInstanceCount: the batch in flight not yet finished, an instance awaiting its
        approval included (A-27 names no other count it could be in)."""
        return self.upgrading + self.awaiting

    @cached_property
    def awaiting(self) -> int:
        """osRollingUpgradeDeferral: instances notified and waiting for their workload's approval."""
        return self._count(lambda x: x.awaiting)

    @cached_property
    def sick(self) -> int:
        return self._count(lambda x: not x.healthy)

    @cached_property
    def unhealthy(self) -> int:
        return self._count(lambda x: not is_serving(self.policy, x))

    @cached_property
    def down(self) -> int:
        return self._count(lambda x: not x.healthy or x.upgrading)

    @cached_property
    def pending_ids(self) -> frozenset[int]:
        """The instances still to be upgraded in this upgrade (V2)."""
        return frozenset(i for i, x in enumerate(self.s.instances) if is_pending(self.s, x))

    @cached_property
    def pending(self) -> int:
        return len(self.pending_ids)

    @cached_property
    def successful(self) -> int:
        t = self.s.target
        return self._count(lambda x: x.idle and x.image == t and (x.healthy or not x.attempted)
                           and not is_pending(self.s, x))

    @cached_property
    def failed(self) -> int:
        t = self.s.target
        return self._count(lambda x: x.idle and x.attempted and (not x.healthy or x.image != t))

    @cached_property
    def upgraded(self) -> int:
        return self._count(lambda x: x.idle and x.attempted)

    @cached_property
    def attempted(self) -> int:
        return self._count(lambda x: x.attempted)

    @cached_property
    def on_new(self) -> int:
        return self._count(lambda x: x.image == NEW)

    @cached_property
    def not_on_target(self) -> int:
        return self._count(lambda x: x.image != self.s.target)

    @cached_property
    def data_lost(self) -> int:
        return sum(1 for i, x in enumerate(self.s.instances) if x.data_disks != data_disks_of(i))

    @cached_property
    def replaced_data(self) -> int:
        """Outside the batch in flight, instances whose data disks are not their own (maxSurge: the
        new instance in an old one's place)."""
        return sum(1 for i, x in enumerate(self.s.instances)
                   if x.data_disks != data_disks_of(i) and i not in self.s.batch)

    @cached_property
    def disk_mismatch(self) -> int:
        return self._count(lambda x: x.idle and x.image != x.os_disk)

    @cached_property
    def uds_upgrading(self) -> int:
        return len({x.ud for x in self.s.instances if x.upgrading})

    @cached_property
    def down_by_ud(self) -> tuple[int, ...]:
        """Instances down (unhealthy or being upgraded) in each domain: update domain, or zone."""
        return tuple(self._count(lambda x, u=u: x.ud == u and (not x.healthy or x.upgrading))
                     for u in range(rules.domains(self.policy)))

    @cached_property
    def failed_on_new(self) -> int:
        return self.count(rules.failed_on_new)

    @cached_property
    def stuck(self) -> bool:
        return bool(rules.stuck(CONCRETE, self.policy, self))

    @cached_property
    def held_for_approval(self) -> bool:
        return bool(rules.held_for_approval(CONCRETE, self.policy, self))


class Chosen:
    """The batch ``orchestrator_starts_batch`` names (``model.scale_set_rules.Batch``)."""

    def __init__(self, s: ScaleSet, chosen: frozenset[int], facts: Facts | None = None) -> None:
        self.s, self.ids = s, frozenset(chosen)
        self.size = len(self.ids)
        self.in_set = all(isinstance(i, int) and 0 <= i < s.n for i in self.ids)
        self._members = [s.instances[i] for i in sorted(self.ids) if isinstance(i, int) and 0 <= i < s.n]
        self._pending = (facts or Facts(s)).pending_ids

    @cached_property
    def pending_only(self) -> bool:
        return self.in_set and self.ids <= self._pending

    @cached_property
    def one_ud(self) -> bool:
        return len({x.ud for x in self._members}) == 1

    @cached_property
    def whole_ud(self) -> bool:
        if not self.one_ud:
            return False
        ud = self._members[0].ud
        return self.ids == {i for i in self._pending if self.s.instances[i].ud == ud}

    @cached_property
    def ud(self) -> int:
        """The chosen instances' domain (the lowest, if they span several: a batch the guard refuses)."""
        return min((x.ud for x in self._members), default=0)

    @cached_property
    def earliest_ud(self) -> bool:
        return all(self.s.instances[i].ud >= self.ud for i in self._pending)

    @cached_property
    def _ud_pool(self) -> frozenset[int]:
        """The pending instances of the chosen instances' domain."""
        return frozenset(i for i in self._pending if self.s.instances[i].ud == self.ud)

    @cached_property
    def ud_pending(self) -> int:
        return len(self._ud_pool)

    @cached_property
    def ud_sick_left(self) -> int:
        return sum(1 for i in self._ud_pool - self.ids if not self.s.instances[i].healthy)

    @cached_property
    def healthy_chosen(self) -> int:
        return sum(1 for x in self._members if x.healthy)

    @cached_property
    def sick_left(self) -> int:
        return sum(1 for i in self._pending - self.ids if not self.s.instances[i].healthy)


class Named:
    """The instance an instance action names, and a finish's outcome (``model.scale_set_rules.One``)."""

    def __init__(self, s: ScaleSet, i: Any, healthy: bool = True) -> None:
        self.s, self.i, self.healthy = s, i, healthy

    def is_(self, pred) -> bool:
        i = self.i
        return isinstance(i, int) and 0 <= i < self.s.n and bool(pred(self.s.policy, self.s.instances[i]))


def _refused(s: ScaleSet, name: str, x: Any = None) -> Refused | None:
    return refusal(name, GUARDS[name], s.policy, Facts(s), x)


def enabled(s: ScaleSet, name: str) -> bool:
    """Whether some arguments make action ``name`` enabled in ``s`` (derived from its guard)."""
    return bool(rules.enabled(CONCRETE, s.policy, Facts(s), name))


def enabled_actions(s: ScaleSet) -> frozenset[str]:
    """The actions some arguments make enabled in ``s``."""
    facts = Facts(s)
    return frozenset(name for name in ACTIONS if rules.enabled(CONCRETE, s.policy, facts, name))



# --------------------------------------------------------------------------------------------
# Actions: orchestrator


def orchestrator_starts_upgrade(s: ScaleSet) -> ScaleSet | Refused:
    """A new image is published or an operator starts an upgrade by hand (A-2, A-5; V2)."""
    if r := _refused(s, "orchestrator_starts_upgrade"):
        return r
    inst = tuple(attrs.evolve(x, attempted=False) for x in s.instances)
    return attrs.evolve(
        s, instances=inst, status=Status.ROLLING_FORWARD, batch=frozenset(), checked=False,
        waited=False, cancel_requested=False, batches_started=0, stop_tripped=False,
    )


def orchestrator_checks_health(s: ScaleSet) -> ScaleSet | Refused:
    """Before each batch, check that no more than p_unhealthy % are unhealthy (A-10.1, A-11)."""
    if r := _refused(s, "orchestrator_checks_health"):
        return r
    status = Status(status_at_check(CONCRETE, s.policy, Facts(s)))
    return attrs.evolve(s, status=status, checked=status == Status.ROLLING_FORWARD)


def _starts_upgrading(x: Instance, target: int) -> Instance:
    """A-10.3, A-6: the instance is being upgraded; the disks ``UPGRADE_REPLACES`` names are new."""
    return attrs.evolve(
        x, phase=Phase.UPGRADING, attempted=True, redeploy=False,
        os_disk=target if "os_disk" in UPGRADE_REPLACES else x.os_disk,
        data_disks=f"{x.data_disks}+rebuilt" if "data_disks" in UPGRADE_REPLACES else x.data_disks,
    )


def _notified(x: Instance) -> Instance:
    """V6 osRollingUpgradeDeferral: in the batch, told its upgrade is coming; nothing else changes yet."""
    return attrs.evolve(x, phase=Phase.AWAITING, attempted=True)


def orchestrator_starts_batch(s: ScaleSet, chosen: frozenset[int]) -> ScaleSet | Refused:
    """Start the next batch of at most b old-image instances (A-10.2, A-10.3, A-6, A-23); with
    osRollingUpgradeDeferral its instances are notified and wait for their approval instead."""
    x = Chosen(s, chosen)
    if r := _refused(s, "orchestrator_starts_batch", x):
        return r
    if surges(s.policy):
        return _surge_batch(s, x.ids)
    start = _notified if rules.notified_first(s.policy) else (lambda y: _starts_upgrading(y, s.target))
    inst = tuple(start(y) if i in x.ids else y for i, y in enumerate(s.instances))
    return attrs.evolve(s, instances=inst, batch=x.ids, checked=False, waited=False, batches_started=s.batches_started + 1)


def _surge_batch(s: ScaleSet, ids: frozenset[int]) -> ScaleSet:
    """maxSurge: the chosen instances keep serving, marked for deletion, and a new instance is created
    for each (appended, in the order of their ids): the new instances are the batch being upgraded."""
    fresh = tuple(
        _starts_upgrading(Instance(data_disks=SURGE_DATA_DISKS, ud=s.instances[i].ud), s.target) for i in sorted(ids)
    )
    inst = tuple(attrs.evolve(y, retiring=True) if i in ids else y for i, y in enumerate(s.instances)) + fresh
    batch = frozenset(range(s.n, s.n + len(fresh)))
    return attrs.evolve(s, instances=inst, batch=batch, checked=False, waited=False, batches_started=s.batches_started + 1)


def _surge_deletes(s: ScaleSet) -> tuple[Instance, ...]:
    """maxSurge, at the batch's end: the old instances are deleted and the new ones take their places
    (the k-th new instance that of the k-th old one, by id), so the set is N instances again."""
    old = [i for i, x in enumerate(s.instances) if x.retiring]
    new = iter(s.instances[i] for i in sorted(s.batch))
    by_slot = {i: next(new) for i in old}
    return tuple(by_slot.get(i, x) for i, x in enumerate(s.instances) if i not in s.batch)


def instance_finishes_upgrade(s: ScaleSet, i: int, healthy: bool) -> ScaleSet | Refused:
    """Instance i runs the target image, healthy or not (A-6, A-18, A-19, A-24)."""
    if r := _refused(s, "instance_finishes_upgrade", Named(s, i, healthy)):
        return r
    x = s.instances[i]
    if s.policy.health_probe:
        x = attrs.evolve(x, image=s.target, phase=Phase.IDLE, healthy=healthy)
    else:  # healthy iff all extensions provisioned
        x = attrs.evolve(x, image=s.target, phase=Phase.IDLE, extensions_ok=healthy, healthy=healthy)
    return attrs.evolve(s, instances=s.instances[:i] + (x,) + s.instances[i + 1:])


def probe_wait_expires(s: ScaleSet) -> ScaleSet | Refused:
    """The 5-minute probe wait of the batch ends (A-10.4); with V1's rollback, old OS disks return."""
    if r := _refused(s, "probe_wait_expires"):
        return r
    inst = tuple(
        rolls_back_os_disk(x) if i in s.batch and os_disk_rolls_back(s.policy, x) else x
        for i, x in enumerate(s.instances)
    )
    return attrs.evolve(s, instances=inst, waited=True)


def orchestrator_ends_batch(s: ScaleSet) -> ScaleSet | Refused:
    """End the batch: stop rule (A-12), upgraded gate (A-18), cancel (A-5), or done (A-10.5)."""
    if r := _refused(s, "orchestrator_ends_batch"):
        return r
    v = Facts(s)
    status = Status(status_after_batch(CONCRETE, s.policy, v))
    tripped = s.stop_tripped or bool(stop_rule_trips(CONCRETE, s.policy, v))
    inst = _surge_deletes(s) if surges(s.policy) else s.instances
    return attrs.evolve(s, instances=inst, batch=frozenset(), waited=False, checked=False, status=status, stop_tripped=tripped)


def operator_cancels(s: ScaleSet) -> ScaleSet | Refused:
    """Stop the upgrade (A-5): the batch in flight finishes, then ``Cancelled``."""
    if r := _refused(s, "operator_cancels"):
        return r
    if not s.batch:
        return attrs.evolve(s, status=Status.CANCELLED, cancel_requested=True, checked=False)
    return attrs.evolve(s, cancel_requested=True)


# --------------------------------------------------------------------------------------------
# Actions: environment


def maintenance_takes_down(s: ScaleSet, i: int) -> ScaleSet | Refused:
    """Concurrent planned or unplanned maintenance takes an idle healthy instance down (A-12)."""
    if r := _refused(s, "maintenance_takes_down", Named(s, i)):
        return r
    return attrs.evolve(s, instances=s.instances[:i] + (goes_down(s.instances[i]),) + s.instances[i + 1:])


def instance_recovers(s: ScaleSet, i: int) -> ScaleSet | Refused:
    """An unhealthy idle instance becomes healthy again (A-10.4: the probe turns healthy; A-25)."""
    if r := _refused(s, "instance_recovers", Named(s, i)):
        return r
    x = attrs.evolve(recovers(s.instances[i]), extensions_ok=True)
    return attrs.evolve(s, instances=s.instances[:i] + (x,) + s.instances[i + 1:])


def instance_approves_upgrade(s: ScaleSet, i: int) -> ScaleSet | Refused:
    """Instance i's workload approves its deferred upgrade, which starts now (V6 osRollingUpgradeDeferral,
    ApproveRollingUpgrade; A-10.3, A-6 as any upgrade)."""
    if r := _refused(s, "instance_approves_upgrade", Named(s, i)):
        return r
    return attrs.evolve(s, instances=s.instances[:i] + (_starts_upgrading(s.instances[i], s.target),) + s.instances[i + 1:])
# --------------------------------------------------------------------------------------------
# Actions: the breach rollback (V6) and the expired-credentials recovery


def orchestrator_rolls_back_failed(s: ScaleSet) -> ScaleSet | Refused:
    """After a breach faulted the upgrade, every failed instance goes back to the old image (V6)."""
    if r := _refused(s, "orchestrator_rolls_back_failed"):
        return r
    inst = tuple(rolls_back_os_disk(x) if rules.failed_on_new(s.policy, x) else x for x in s.instances)
    return attrs.evolve(s, instances=inst)


def operator_renews_credentials(s: ScaleSet) -> ScaleSet | Refused:
    """The operator renews the expired credentials and redeploys the scale set (A-25): the instances
    they failed are to be updated again by the next upgrade."""
    if r := _refused(s, "operator_renews_credentials"):
        return r
    inst = tuple(
        rules.marked_for_redeploy(x) if rules.credentials_failed(s.policy, x) else x for x in s.instances
    )
    return attrs.evolve(s, instances=inst, credentials_renewed=True)


ACTIONS = {
    f.__name__: f
    for f in (
        orchestrator_starts_upgrade,
        orchestrator_checks_health,
        orchestrator_starts_batch,
        instance_finishes_upgrade,
        probe_wait_expires,
        orchestrator_ends_batch,
        operator_cancels,
        maintenance_takes_down,
        instance_recovers,
        instance_approves_upgrade,
        orchestrator_rolls_back_failed,
        operator_renews_credentials,
    )
}


def apply(s: ScaleSet, action: Action) -> ScaleSet | Refused:
    """Apply an ``Action`` value: dispatch to the action function of that name."""
    fn = ACTIONS.get(action.name)
    if fn is None:
        return Refused(action.name, "-", f"no scale-set action named {action.name!r}")
    return fn(s, **action.kwargs)


def candidate_actions(s: ScaleSet, only: str | None = None) -> list[Action]:
    """Every action with the arguments worth trying from ``s`` (those of action ``only``, if given),
    refused ones included: the one list the fuzzers, the mutation engines and the tests draw from
    (each keeps what it needs).

    Instance ids run one past either end; batches are the empty one, each prefix (up to b + 1) of
    the pending instances unhealthy first and healthy first, b of them from four places in the
    order of their ids, all of them, and each update domain's.
    """
    n = s.n
    out: list[Action] = []
    for name in ACTIONS if only is None else (only,):  # (``Action`` built directly: its arguments are frozen)
        if name == "instance_finishes_upgrade":
            out += [Action(name, (("i", i), ("healthy", h))) for i in range(-1, n + 1) for h in (True, False)]
        elif name in ("maintenance_takes_down", "instance_recovers", "instance_approves_upgrade"):
            out += [Action(name, (("i", i),)) for i in range(-1, n + 1)]
        elif name == "orchestrator_starts_batch":
            out += [Action(name, (("chosen", c),)) for c in _candidate_batches(s)]
        else:
            out.append(Action(name))
    return out


def _candidate_batches(s: ScaleSet) -> list[frozenset[int]]:
    p = s.policy
    pending = [i for i, x in enumerate(s.instances) if is_pending(s, x)]
    b = batch_size(CONCRETE, p, s.n)
    sick_first = sorted(pending, key=lambda i: s.instances[i].healthy)
    well_first = sorted(pending, key=lambda i: not s.instances[i].healthy)
    batches = {frozenset(), frozenset(pending)}
    for size in range(1, min(b + 1, len(pending)) + 1):
        batches |= {frozenset(sick_first[:size]), frozenset(well_first[:size])}
    w, starts = min(b, len(pending)), range(0, len(pending), max(1, len(pending) // 4))
    batches |= {frozenset(pending[(k + j) % len(pending)] for j in range(w)) for k in starts}
    uds = range(rules.domains(p))
    batches |= {frozenset(i for i in pending if s.instances[i].ud == u) for u in uds}
    if rules.batches_by_zone(p):  # V6: up to b + 1 of each zone's pending, unhealthy first and healthy first
        for u in uds:
            for order in (sick_first, well_first):
                zone = [i for i in order if s.instances[i].ud == u]
                batches |= {frozenset(zone[:size]) for size in range(1, min(b + 1, len(zone)) + 1)}
    return sorted(batches, key=sorted)


def replay(policy: ScaleSetPolicy, init: ScaleSet, actions) -> Any:
    """Replay actions from ``init``; refused steps stay in the trace."""
    return _replay(apply, NAME, policy, init, actions)


def domain_field(policy: Any) -> str | None:
    """The name an operator knows an instance's domain by (``Instance.ud``): ``ud``, Service
    Fabric's update domain (A-23); ``zone``, the availability zone of a zonal set (V6); None for a
    set that is one domain (every instance's ``ud`` is 0, and says nothing)."""
    if policy.service_fabric:
        return "ud"
    return "zone" if int(policy.zones) > 1 else None


def instance_record(x: Instance, domain: str | None = None) -> dict[str, Any]:
    """An instance's fields as plain values, for traces and tables (``retiring`` only while true:
    a maxSurge batch's old instance, deleted when the batch ends; ``redeploy`` only once set;
    its domain under the name ``domain``, ``domain_field`` of the policy, where it has one)."""
    rec: dict[str, Any] = {
        "image": "new" if x.image == NEW else "old",
        "health": "healthy" if x.healthy else "unhealthy",
        "phase": {Phase.UPGRADING: "upgrading", Phase.AWAITING: "awaiting approval"}.get(x.phase, "idle"),
        "data_disks": x.data_disks,
        "os_disk": "new" if x.os_disk == NEW else "old",
        "extensions_ok": x.extensions_ok,
        "attempted": x.attempted,
    }
    if domain is not None:
        rec[domain] = x.ud
    if x.retiring:
        rec["retiring"] = True
    if x.redeploy:
        rec["redeploy"] = True
    return rec


def instance_records(s: ScaleSet) -> dict[int, dict[str, Any]]:
    """Every instance's record (``instance_record``), by id, its domain named for the policy."""
    domain = domain_field(s.policy)
    return {i: instance_record(x, domain) for i, x in enumerate(s.instances)}


def global_record(s: ScaleSet) -> dict[str, Any]:
    """The orchestrator's fields as plain values, for traces and tables (``credentials_renewed``
    where the policy lets the operator renew them)."""
    out = {
        "status": s.status.name.title().replace("_", ""),
        "target": "new" if s.target == NEW else "old",
        "batch": s.batch,
        "checked": s.checked,
        "waited": s.waited,
        "cancel_requested": s.cancel_requested,
        "batches_started": s.batches_started,
        "stop_tripped": s.stop_tripped,
    }
    if s.policy.credentials_recovery:
        out["credentials_renewed"] = s.credentials_renewed
    return out
