"""Scale set automatic OS image upgrade: the per-instance reference model (A-1…A-28).

Theory of operation.  An upgrade walks the set batch by batch (A-10): at each batch boundary the
orchestrator checks overall health (A-10.1, A-11), starts a batch of at most ``b`` old-image
instances (A-10.2), each instance finishes on the target image healthy or not (A-18, A-19), the
probe wait expires (A-10.4), and the batch ends, where the stop rule (A-12) and the upgraded-health
gate (A-18) may fault the upgrade.  Maintenance may take idle instances down meanwhile (A-12).
Every action is a pure function ``(state, …) -> state | Refused``; the global decisions (batch
size, thresholds, the status a batch ends in) are written once, over ``model.logic``, and shared
with the counting model in ``model.scale_set_counts`` that the solver reads.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs
from attrs import field, frozen

from model.core import Action, PolicyError, Refused, replay as _replay
from model.logic import CONCRETE, Logic

NAME = "scale_set"

OLD, NEW = 0, 1  # image versions: the model needs two (a restart re-targets the same new image)
ROUNDINGS = ("floor_min_1", "ceil")
BATCH_FILLS = ("up_to_b", "full")
INITIAL_UNHEALTHY = ("within_cap", "any")


class Status(enum.IntEnum):
    """``runningStatus.code`` of V6, plus ``Idle`` before any upgrade."""

    IDLE = 0
    ROLLING_FORWARD = 1
    COMPLETED = 2
    CANCELLED = 3
    FAULTED = 4


TERMINAL = (Status.COMPLETED, Status.CANCELLED, Status.FAULTED)


class Phase(enum.IntEnum):
    IDLE = 0
    UPGRADING = 1


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
# The rules shared with the counting model (written over model.logic)


def batch_size(L: Logic, policy: ScaleSetPolicy, n: Any) -> Any:
    """The batch size b for ``n`` instances under the policy's rounding (A-8 note, V1)."""
    p = policy.max_batch_instance_percent
    if policy.batch_rounding == "ceil":
        return L.div(p * n + 99, 100)
    return L.max_(1, L.div(p * n, 100))


def too_many_unhealthy(L: Logic, policy: ScaleSetPolicy, unhealthy: Any, n: Any) -> Any:
    """The strict threshold of A-10.1 / A-12 (V1, V2: "more than 20%")."""
    return 100 * unhealthy > policy.max_unhealthy_instance_percent * n


def too_many_unhealthy_upgraded(L: Logic, policy: ScaleSetPolicy, bad: Any, upgraded: Any) -> Any:
    """The A-18 / V6 gate over upgraded instances: more than p_upgraded % of them unhealthy."""
    return 100 * bad > policy.max_unhealthy_upgraded_instance_percent * upgraded


def status_after_batch(L: Logic, policy: ScaleSetPolicy, v: Any) -> Any:
    """The status a batch ends in (A-5, A-10.5, A-12, A-18), from the view ``v`` after it."""
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


def status_at_check(L: Logic, policy: ScaleSetPolicy, v: Any) -> Any:
    """The status the pre-batch health check leads to (A-10.1, A-10.5, A-11; V8)."""
    return L.ite(
        v.pending == 0,
        int(Status.COMPLETED),
        L.ite(too_many_unhealthy(L, policy, v.unhealthy, v.n), int(Status.FAULTED), int(Status.ROLLING_FORWARD)),
    )


def stop_rule_trips(L: Logic, policy: ScaleSetPolicy, v: Any) -> Any:
    """A-12: the batch ended with more than p_unhealthy % of the set unhealthy."""
    return too_many_unhealthy(L, policy, v.unhealthy, v.n)


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

    @property
    def n(self) -> int:
        return len(self.instances)


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
    k = policy.update_domains if policy.service_fabric else 1
    inst = tuple(
        Instance(healthy=i not in unhealthy, data_disks=data_disks_of(i), ud=i % k) for i in range(n)
    )
    return ScaleSet(policy=policy, instances=inst)


def initial_unhealthy_allowed(L: Logic, policy: ScaleSetPolicy, u: Any, n: Any) -> Any:
    """Which unhealthy counts the policy's ``initial_unhealthy`` allows at the start."""
    iu = policy.initial_unhealthy
    if iu == "within_cap":
        return L.and_(u >= 0, L.not_(too_many_unhealthy(L, policy, u, n)))
    if iu == "any":
        return L.and_(u >= 0, u <= n)
    return u == int(iu)


def is_serving(policy: ScaleSetPolicy, x: Any) -> bool:
    """Healthy, and not being upgraded when upgrading instances count as unhealthy."""
    return bool(x.healthy) and not (policy.upgrading_counts_unhealthy and x.phase == Phase.UPGRADING)


def is_pending(s: ScaleSet, x: Instance) -> bool:
    """Still to be upgraded in this upgrade: idle, not yet attempted, not on the target (V2)."""
    return x.phase == Phase.IDLE and not x.attempted and x.image != s.target


def view(s: ScaleSet):
    """The named counts that properties and shared rules read (via the counting model)."""
    from model import scale_set_counts

    return scale_set_counts.view(CONCRETE, s.policy, scale_set_counts.abstract(s))


# --------------------------------------------------------------------------------------------
# Actions: orchestrator


def orchestrator_starts_upgrade(s: ScaleSet) -> ScaleSet | Refused:
    """A new image is published or an operator starts an upgrade by hand (A-2, A-5; V2)."""
    if s.status == Status.ROLLING_FORWARD:
        return Refused("orchestrator_starts_upgrade", "A-5", "an upgrade is already rolling forward")
    inst = tuple(attrs.evolve(x, attempted=False) for x in s.instances)
    return attrs.evolve(
        s, instances=inst, status=Status.ROLLING_FORWARD, batch=frozenset(), checked=False,
        waited=False, cancel_requested=False, batches_started=0, stop_tripped=False,
    )


def orchestrator_checks_health(s: ScaleSet) -> ScaleSet | Refused:
    """Before each batch, check that no more than p_unhealthy % are unhealthy (A-10.1, A-11)."""
    if s.status != Status.ROLLING_FORWARD or s.batch or s.checked:
        return Refused("orchestrator_checks_health", "A-10.1", "not at a batch boundary awaiting its check")
    status = Status(status_at_check(CONCRETE, s.policy, view(s)))
    return attrs.evolve(s, status=status, checked=status == Status.ROLLING_FORWARD)


def orchestrator_starts_batch(s: ScaleSet, chosen: frozenset[int]) -> ScaleSet | Refused:
    """Start the next batch of at most b old-image instances (A-10.2, A-10.3, A-6, A-23)."""
    p = s.policy
    if s.status != Status.ROLLING_FORWARD or s.batch or not s.checked:
        return Refused("orchestrator_starts_batch", "A-10.1", "no passed health check at a batch boundary")
    if s.cancel_requested:
        return Refused("orchestrator_starts_batch", "A-5", "the upgrade was cancelled")
    chosen = frozenset(chosen)
    if not chosen or any(not 0 <= i < s.n for i in chosen):
        return Refused("orchestrator_starts_batch", "A-10.2", "a batch holds at least one instance of the set")
    pending = {i for i, x in enumerate(s.instances) if is_pending(s, x)}
    if not chosen <= pending:
        return Refused("orchestrator_starts_batch", "A-10.2", "a batch holds only instances still to be upgraded")
    if p.service_fabric:
        uds = {s.instances[i].ud for i in chosen}
        if len(uds) != 1:
            return Refused("orchestrator_starts_batch", "A-23", "Service Fabric upgrades one update domain at a time")
        (ud,) = uds
        if chosen != {i for i in pending if s.instances[i].ud == ud}:
            return Refused("orchestrator_starts_batch", "A-23", "Service Fabric upgrades a whole update domain")
    else:
        b = batch_size(CONCRETE, p, s.n)
        limit = min(b, len(pending))
        if len(chosen) > b:
            return Refused("orchestrator_starts_batch", "A-10.2", f"a batch holds at most b={b} instances")
        if p.batch_fill == "full" and len(chosen) != limit:
            return Refused("orchestrator_starts_batch", "A-10.2", f"batch_fill=full: a batch holds min(b, pending)={limit}")
        if p.prioritize_unhealthy_instances:
            sick_left = {i for i in pending - chosen if not s.instances[i].healthy}
            if sick_left and any(s.instances[i].healthy for i in chosen):
                return Refused("orchestrator_starts_batch", "V6", "prioritize_unhealthy_instances: unhealthy instances go first")
    inst = tuple(
        attrs.evolve(x, phase=Phase.UPGRADING, attempted=True, os_disk=s.target) if i in chosen else x
        for i, x in enumerate(s.instances)
    )
    return attrs.evolve(s, instances=inst, batch=chosen, checked=False, waited=False, batches_started=s.batches_started + 1)


def instance_finishes_upgrade(s: ScaleSet, i: int, healthy: bool) -> ScaleSet | Refused:
    """Instance i runs the target image, healthy or not (A-6, A-18, A-19, A-24)."""
    p = s.policy
    if not 0 <= i < s.n or s.instances[i].phase != Phase.UPGRADING:
        return Refused("instance_finishes_upgrade", "A-10.3", f"instance {i} is not being upgraded")
    if not p.credentials_valid and healthy:
        return Refused("instance_finishes_upgrade", "A-24", "with expired credentials every upgraded instance fails")
    if p.credentials_valid and not healthy and not p.upgraded_may_fail:
        return Refused("instance_finishes_upgrade", "A-18", "upgraded_may_fail is off")
    x = s.instances[i]
    if p.health_probe:
        x = attrs.evolve(x, image=s.target, phase=Phase.IDLE, healthy=healthy)
    else:  # healthy iff all extensions provisioned
        x = attrs.evolve(x, image=s.target, phase=Phase.IDLE, extensions_ok=healthy, healthy=healthy)
    return attrs.evolve(s, instances=s.instances[:i] + (x,) + s.instances[i + 1:])


def probe_wait_expires(s: ScaleSet) -> ScaleSet | Refused:
    """The 5-minute probe wait of the batch ends (A-10.4); with V1's rollback, old OS disks return."""
    if not s.policy.health_probe:
        return Refused("probe_wait_expires", "A-10.4", "no health probe is configured")
    if s.status != Status.ROLLING_FORWARD or not s.batch or s.waited:
        return Refused("probe_wait_expires", "A-10.4", "no batch is waiting for its probe")
    if any(s.instances[i].phase == Phase.UPGRADING for i in s.batch):
        return Refused("probe_wait_expires", "A-10.4", "the batch is still being upgraded")
    inst = s.instances
    if s.policy.os_disk_rollback_on_timeout:
        inst = tuple(
            attrs.evolve(x, image=OLD, os_disk=OLD) if i in s.batch and not x.healthy else x
            for i, x in enumerate(inst)
        )
    return attrs.evolve(s, instances=inst, waited=True)


def orchestrator_ends_batch(s: ScaleSet) -> ScaleSet | Refused:
    """End the batch: stop rule (A-12), upgraded gate (A-18), cancel (A-5), or done (A-10.5)."""
    if s.status != Status.ROLLING_FORWARD or not s.batch:
        return Refused("orchestrator_ends_batch", "A-10.5", "no batch in flight")
    if any(s.instances[i].phase == Phase.UPGRADING for i in s.batch):
        return Refused("orchestrator_ends_batch", "A-10.3", "the batch is still being upgraded")
    if s.policy.health_probe and not s.waited:
        return Refused("orchestrator_ends_batch", "A-10.4", "the probe wait has not expired")
    v = view(s)
    status = Status(status_after_batch(CONCRETE, s.policy, v))
    tripped = s.stop_tripped or bool(stop_rule_trips(CONCRETE, s.policy, v))
    return attrs.evolve(s, batch=frozenset(), waited=False, checked=False, status=status, stop_tripped=tripped)


def operator_cancels(s: ScaleSet) -> ScaleSet | Refused:
    """Stop the upgrade (A-5): the batch in flight finishes, then ``Cancelled``."""
    if s.status != Status.ROLLING_FORWARD or s.cancel_requested:
        return Refused("operator_cancels", "A-5", "no upgrade is rolling forward")
    if not s.batch:
        return attrs.evolve(s, status=Status.CANCELLED, cancel_requested=True, checked=False)
    return attrs.evolve(s, cancel_requested=True)


# --------------------------------------------------------------------------------------------
# Actions: environment


def maintenance_takes_down(s: ScaleSet, i: int) -> ScaleSet | Refused:
    """Concurrent planned or unplanned maintenance takes an idle healthy instance down (A-12)."""
    if not s.policy.concurrent_maintenance:
        return Refused("maintenance_takes_down", "A-12", "concurrent_maintenance is off")
    if s.status != Status.ROLLING_FORWARD:
        return Refused("maintenance_takes_down", "A-12", "maintenance is modelled during an upgrade")
    if not 0 <= i < s.n or s.instances[i].phase != Phase.IDLE or not s.instances[i].healthy:
        return Refused("maintenance_takes_down", "A-12", f"instance {i} is not idle and healthy")
    x = attrs.evolve(s.instances[i], healthy=False)
    return attrs.evolve(s, instances=s.instances[:i] + (x,) + s.instances[i + 1:])


def instance_recovers(s: ScaleSet, i: int) -> ScaleSet | Refused:
    """An unhealthy idle instance becomes healthy again (A-10.4: the probe turns healthy)."""
    if not 0 <= i < s.n or s.instances[i].phase != Phase.IDLE or s.instances[i].healthy:
        return Refused("instance_recovers", "A-10.4", f"instance {i} is not idle and unhealthy")
    x = s.instances[i]
    if not s.policy.credentials_valid and x.attempted and x.image == s.target:
        return Refused("instance_recovers", "A-25", "a credentials failure heals only by a redeploy with new credentials")
    x = attrs.evolve(s.instances[i], healthy=True, extensions_ok=True)
    return attrs.evolve(s, instances=s.instances[:i] + (x,) + s.instances[i + 1:])


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
    )
}


def apply(s: ScaleSet, action: Action) -> ScaleSet | Refused:
    """Apply an ``Action`` value: dispatch to the action function of that name."""
    fn = ACTIONS.get(action.name)
    if fn is None:
        return Refused(action.name, "-", f"no scale-set action named {action.name!r}")
    return fn(s, **action.kwargs)


def replay(policy: ScaleSetPolicy, init: ScaleSet, actions) -> Any:
    """Replay actions from ``init``; refused steps stay in the trace."""
    return _replay(apply, NAME, policy, init, actions)


def instance_record(x: Instance) -> dict[str, Any]:
    """An instance's fields as plain values, for traces and tables."""
    return {
        "image": "new" if x.image == NEW else "old",
        "health": "healthy" if x.healthy else "unhealthy",
        "phase": "upgrading" if x.phase == Phase.UPGRADING else "idle",
        "data_disks": x.data_disks,
        "os_disk": "new" if x.os_disk == NEW else "old",
        "extensions_ok": x.extensions_ok,
        "attempted": x.attempted,
        "ud": x.ud,
    }


def global_record(s: ScaleSet) -> dict[str, Any]:
    """The orchestrator's fields as plain values, for traces and tables."""
    return {
        "status": s.status.name.title().replace("_", ""),
        "target": "new" if s.target == NEW else "old",
        "batch": s.batch,
        "checked": s.checked,
        "waited": s.waited,
        "cancel_requested": s.cancel_requested,
        "batches_started": s.batches_started,
        "stop_tripped": s.stop_tripped,
    }
