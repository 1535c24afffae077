"""The seeded bugs: small, realistic mistakes an orchestrator author could make.

Each mutant changes the *semantics* in one place that both encodings read, so both move together:
a shared rule (``batch_size``, ``status_after_batch``, ``gate_passes``), a condition of an action's
guard (``batch_within_b``, ``ud_back``: the guard is written once, ``model.*_rules.GUARDS``), a
table (``UPGRADE_REPLACES``, ``drives_after``) or a one-instance step both effects apply
(``walked``, ``rolls_back_os_disk``).  An effect is written per model, so the two mutants that lose
an instance (an effect no rule states) patch each model's effect.  A mutant names the policy it is
checked under (small, so both engines are fast) and the properties it is meant to break; whether
they do is what ``rollproof mutants`` finds out.
"""

from __future__ import annotations

import functools
import sys
from typing import Any, Callable

import attrs
from attrs import frozen

from rollproof.model import cloud_service as cs
from rollproof.model import scale_set as ss
from rollproof.model.core import Refused
from rollproof.mutation.patching import Patch

SS, SSR, SSA, SSC = (
    "rollproof.model.scale_set", "rollproof.model.scale_set_rules", "rollproof.model.scale_set_abstraction",
    "rollproof.model.scale_set_counts",
)
CS, CSR, CSA, CSC = (
    "rollproof.model.cloud_service", "rollproof.model.cloud_service_rules",
    "rollproof.model.cloud_service_abstraction", "rollproof.model.cloud_service_counts",
)
St = ss.Status
RF, DONE, FAULTED, CANCELLED = int(St.ROLLING_FORWARD), int(St.COMPLETED), int(St.FAULTED), int(St.CANCELLED)


@frozen
class Mutant:
    """A seeded bug: what it is, the policy it is checked under, and how to apply it."""

    name: str
    model: str
    description: str
    patches: tuple[Patch, ...]
    targets: tuple[str, ...]  # the properties meant to break (each kill is checked, never assumed)
    policy: Any = None  # None: the seed defaults of the model
    depth: int = 14  # the bound of the solver's search
    examples: int = 150  # the fuzzer's budget
    #: The fuzzer's bias for this mutant: action weights on top of ``engines.WEIGHTS`` (0: drawn
    #: only when nothing else is enabled).  The correct model is fuzzed with the same bias.
    fuzz_weights: tuple[tuple[str, int], ...] = ()

    def policy_value(self) -> Any:
        if self.policy is not None:
            return self.policy
        return ss.ScaleSetPolicy() if self.model == "scale_set" else cs.CloudServicePolicy()


def _mod(name: str) -> Any:
    return sys.modules[name]


# --------------------------------------------------------------------------------------------
# Patch builders


def _rule(module: str, name: str, fn: Callable[..., Any]) -> Patch:
    """Replace a rule, a guard's condition or a table outright (both encodings read it)."""
    return Patch(module, name, lambda orig: fn)


def _counting_step(module: str, action: str, wrap: Callable[..., Any]) -> Patch:
    """Patch the counting ``step`` for one action: ``wrap(orig, L, policy, s, a, args, v)`` (an effect)."""

    def make(orig: Any) -> Any:
        code = _mod(module).A[action]

        def step(L, policy, s, a, args, v=None):
            if a == code:
                return wrap(orig, L, policy, s, a, args, v)
            return orig(L, policy, s, a, args, v)

        return step

    return Patch(module, "step", make)


def _per_instance(module: str, action: str, wrap: Callable[..., Any]) -> Patch:
    """Patch a per-instance function: ``wrap(orig, *args, **kwargs)`` (an effect)."""

    def make(orig: Any) -> Any:
        @functools.wraps(orig)
        def fn(*a, **kw):
            return wrap(orig, *a, **kw)

        return fn

    return Patch(module, action, make)


# --------------------------------------------------------------------------------------------
# Scale set


def _after_batch(cancel: bool = True, stop: bool = True, gate: str = "upgraded", done: str = "pending"):
    """``status_after_batch`` with one of its decisions changed."""

    def status_after_batch(L, policy, v):
        r = _mod(SSR)
        bad_upgraded = {
            "upgraded": r.too_many_unhealthy_upgraded(L, policy, v.failed, v.upgraded),
            "n": r.too_many_unhealthy_upgraded(L, policy, v.failed, v.n),
            "off": False,
        }[gate]
        faults = L.or_(r.too_many_unhealthy(L, policy, v.unhealthy, v.n) if stop else False, bad_upgraded)
        finished = v.pending == 0 if done == "pending" else v.batches_started * v.b >= v.n
        after = L.ite(faults, FAULTED, L.ite(finished, DONE, RF))
        return L.ite(v.cancel_requested, CANCELLED, after) if cancel else after

    return status_after_batch


def _in_progress_counts_batch(orig):
    def view(L, policy, s):
        v = orig(L, policy, s)
        return attrs.evolve(v, in_progress=v.in_batch)

    return view


def _recovery_forgets(orig, s, i):
    """The recovered instance leaves the set; the instances after it move up one slot (and, as slots
    name data disks, take the disk of their new slot: only the lost instance is missing)."""
    r = orig(s, i)
    if isinstance(r, Refused):
        return r
    rest = r.instances[:i] + tuple(attrs.evolve(x, data_disks=ss.data_disks_of(j + i)) for j, x in enumerate(r.instances[i + 1:]))
    batch = frozenset(j - (j > i) for j in r.batch if j != i)
    return attrs.evolve(r, instances=rest, batch=batch)


def _recovery_forgets_counting(orig, L, policy, s, a, args, v):
    guard, nxt = orig(L, policy, s, a, args, v)
    C = _mod(SSA)
    cs = C.classes_of(policy)
    ix = {c: j for j, c in enumerate(cs)}
    gone = {}  # the recovered class an instance would have joined, per class it leaves
    for j, c in enumerate(cs):
        if c.idle and not c.healthy and _mod(SSR).recovers(c) in ix:
            gone.setdefault(ix[_mod(SSR).recovers(c)], []).append(j)
    return guard, attrs.evolve(nxt, cnt=tuple(
        x - L.ite(L.or_(*(args.cls == j for j in gone[d])), 1, 0) if d in gone else x for d, x in enumerate(nxt.cnt)
    ))


def _size_from_policy(orig):
    """α with the set's size read from the policy, as the counting state of a fixed N holds it."""

    def abstract(s):
        c = orig(s)
        return attrs.evolve(c, n=s.policy.instances) if isinstance(s.policy.instances, int) else c

    return abstract


def _always_holds(L, p, q, x):
    return True


P5 = ss.ScaleSetPolicy(instances=5)
P5_CALM = attrs.evolve(P5, concurrent_maintenance=False, upgraded_may_fail=False, initial_unhealthy=0)

SCALE_SET = [
    Mutant(
        "batch-size-plus-one", "scale_set",
        "the batch size rounds one too high: b = max(1, ⌊p·N/100⌋) + 1 (A-8, A-10.2)",
        (Patch(SSR, "batch_size", lambda orig: lambda L, policy, n: orig(L, policy, n) + 1),), ("VMSS-BATCH-CAP",), P5,
    ),
    Mutant(
        "batch-guard-allows-one-more", "scale_set",
        "the batch start checks len(chosen) > b + 1 instead of > b (off by one in the guard, A-10.2)",
        (_rule(SSR, "batch_within_b", lambda L, p, q, x: L.implies(
            not _mod(SSR).batches_by_ud(p), x.size <= q.b + 1)),),
        ("VMSS-BATCH-NONEMPTY", "VMSS-BATCH-CAP"), P5,
    ),
    Mutant(
        "empty-batch-accepted", "scale_set",
        "a batch of no instance is accepted and counted as a batch (A-10.2)",
        (_rule(SSR, "batch_in_set", lambda L, p, q, x: x.in_set),),
        ("VMSS-BATCH-NONEMPTY",), P5,
    ),
    Mutant(
        "precheck-skipped", "scale_set",
        "the pre-batch health check never faults: only 'nothing pending' is checked (A-10.1, A-11)",
        (_rule(SSR, "status_at_check", lambda L, policy, v: L.ite(v.pending == 0, DONE, RF)),),
        ("VMSS-PRECHECK",), attrs.evolve(P5, concurrent_maintenance=False, initial_unhealthy="any"),
    ),
    Mutant(
        "precheck-at-threshold", "scale_set",
        "the pre-check faults at exactly p_unhealthy % (≥ instead of >, A-10.1 'more than 20%')",
        (_rule(SSR, "status_at_check", lambda L, policy, v: L.ite(
            v.pending == 0, DONE,
            L.ite(100 * v.unhealthy >= policy.max_unhealthy_instance_percent * v.n, FAULTED, RF))),),
        ("VMSS-COMPLETES",), P5,
    ),
    Mutant(
        "stop-rule-ignored", "scale_set",
        "a batch that ends over the unhealthy threshold is recorded but does not fault the upgrade (A-12)",
        (_rule(SSR, "status_after_batch", _after_batch(stop=False)),), ("VMSS-STOP-RULE",), P5, examples=1000,
        # The bug shows only when a recovery comes between the tripping batch end and the next
        # check; a cancel ends the run first.
        fuzz_weights=(("operator_cancels", 0), ("instance_recovers", 3), ("maintenance_takes_down", 2)),
    ),
    Mutant(
        "cancel-ignored", "scale_set",
        "a cancel requested mid-batch is recorded, but neither the batch end nor the next batch start reads it (A-5)",
        (_rule(SSR, "status_after_batch", _after_batch(cancel=False)), _rule(SSR, "batch_not_cancelled", _always_holds)),
        ("VMSS-CANCEL",), P5,
    ),
    Mutant(
        "in-progress-counts-whole-batch", "scale_set",
        "inProgressInstanceCount counts the batch in flight until it ends, finished instances too (A-27)",
        (Patch(SSA, "view", _in_progress_counts_batch),), ("VMSS-PROGRESS-COUNTS",), P5,
    ),
    Mutant(
        "data-disk-replaced", "scale_set",
        "upgrading an instance rebuilds its data disks along with the OS disk (A-6)",
        (Patch(SSR, "UPGRADE_REPLACES", lambda orig: orig | {"data_disks"}),),
        ("VMSS-DATA-DISKS",), P5,
    ),
    Mutant(
        "os-disk-kept", "scale_set",
        "an upgraded instance runs the target image on its old OS disk (the disk is not replaced, A-6, A-10.3)",
        (Patch(SSR, "UPGRADE_REPLACES", lambda orig: orig - {"os_disk"}),),
        ("VMSS-DATA-DISKS",), P5,
    ),
    Mutant(
        "rollback-keeps-new-os-disk", "scale_set",
        "the V1 OS-disk rollback restores the old image but keeps the new OS disk",
        (_rule(SSR, "rolls_back_os_disk", lambda x: attrs.evolve(x, image=ss.OLD)),),
        ("VMSS-DATA-DISKS",), attrs.evolve(P5, os_disk_rollback_on_timeout=True),
    ),
    Mutant(
        "rollback-when-switched-off", "scale_set",
        "the probe wait rolls unhealthy instances back to the old image although os_disk_rollback_on_timeout is off (V1)",
        (_rule(SSR, "os_disk_rolls_back", lambda policy, x: not x.healthy),),
        ("VMSS-NO-DOWNGRADE",), P5,
    ),
    Mutant(
        "breach-rollback-keeps-new-image", "scale_set",
        "the rollback after a breach restores the old OS disk, but the failed instance keeps running the new image (V6)",
        (_rule(SSR, "rolls_back_os_disk", lambda x: attrs.evolve(x, os_disk=ss.OLD)),),
        ("VMSS-BREACH-ROLLBACK",), attrs.evolve(P5, rollback_failed_on_breach=True),
    ),
    Mutant(
        "breach-rollback-when-switched-off", "scale_set",
        "failed instances are rolled back after a breach although rollback_failed_on_breach is off (V6)",
        (_rule(SSR, "breach_rollback_on", _always_holds),),
        ("VMSS-NO-DOWNGRADE",), P5,
    ),
    Mutant(
        "completion-counted-by-batches", "scale_set",
        "the upgrade completes after ⌈N/b⌉ batches, though batches of fewer than b leave instances pending (A-10.5)",
        (_rule(SSR, "status_after_batch", _after_batch(done="batches")),),
        ("VMSS-TERMINAL",), ss.ScaleSetPolicy(instances=4, max_batch_instance_percent=50, concurrent_maintenance=False),
        examples=600,
    ),
    Mutant(
        "faulted-upgrade-retried", "scale_set",
        "the orchestrator re-runs the health check of a Faulted upgrade and rolls forward again (V6)",
        (_rule(SSR, "awaiting_check", lambda L, p, q, x: L.and_(
            L.or_(q.status == RF, q.status == FAULTED), q.in_batch == 0, L.not_(q.checked))),),
        ("VMSS-TERMINAL",), P5,
    ),
    Mutant(
        "service-fabric-ignores-uds", "scale_set",
        "with Service Fabric, batches are the 20% batches of instances from any update domain (A-23)",
        (_rule(SSR, "batches_by_ud", lambda policy: False),),
        ("VMSS-SF-BY-UD",),
        ss.ScaleSetPolicy(instances=4, max_batch_instance_percent=50, service_fabric=True, update_domains=2),
    ),
    Mutant(
        "zones-ignored", "scale_set",
        "without cross-zone upgrades, batches still take instances from any zone (V6 enableCrossZoneUpgrade)",
        (_rule(SSR, "batches_by_zone", lambda policy: False),),
        ("VMSS-ONE-ZONE",),
        ss.ScaleSetPolicy(instances=4, max_batch_instance_percent=50, zones=2),
    ),
    Mutant(
        "maintenance-not-paused", "scale_set",
        "maintenance takes instances down during an upgrade although concurrent_maintenance is off (A-12)",
        (_rule(SSR, "maintenance_on", _always_holds),),
        ("VMSS-HEALTH-CAP", "VMSS-AVAILABILITY"), P5_CALM,
    ),
    Mutant(
        "upgraded-gate-over-all-instances", "scale_set",
        "the upgraded-health gate divides the unhealthy upgraded instances by N, not by the upgraded ones (A-18, V6)",
        (_rule(SSR, "status_after_batch", _after_batch(gate="n")),),
        ("VMSS-UPGRADED-GATE",), attrs.evolve(P5, concurrent_maintenance=False),
    ),
    Mutant(
        "upgraded-gate-ignored", "scale_set",
        "a batch end never checks the upgraded instances' health; only the stop rule can fault (A-18, A-24)",
        (_rule(SSR, "status_after_batch", _after_batch(gate="off")),),
        ("VMSS-CREDENTIALS",), attrs.evolve(P5, credentials_valid=False),
    ),
    Mutant(
        "upgrade-fails-when-switched-off", "scale_set",
        "an upgraded instance may come back unhealthy although upgraded_may_fail is off (A-18)",
        (_rule(SSR, "failure_allowed", _always_holds),),
        ("VMSS-HEALTH-CAP", "VMSS-AVAILABILITY"), attrs.evolve(P5_CALM, max_unhealthy_upgraded_instance_percent=100),
    ),
    Mutant(
        "recovery-forgets-instance", "scale_set",
        "an instance that recovers from maintenance is restarted outside the set: the set loses it (A-12)",
        (_per_instance(SS, "instance_recovers", _recovery_forgets),
         _counting_step(SSC, "instance_recovers", _recovery_forgets_counting),
         Patch(SSA, "abstract", _size_from_policy)),
        ("X-INSTANCES-CONSERVED",), P5,
    ),
    Mutant(
        "surge-ignored", "scale_set",
        "maxSurge is read but ignored: every batch takes its old instances out of service to upgrade them in place",
        (_rule(SSR, "surges", lambda policy: False),),
        ("VMSS-AVAILABILITY",),
        attrs.evolve(P5, concurrent_maintenance=False, upgraded_may_fail=False, max_surge=True),
    ),
]


# --------------------------------------------------------------------------------------------
# Cloud service


def _gate_every_ud(L, policy, q):
    """U-15 misread: a role's online instances in every UD count, not its updated ones in the walked UDs."""
    return L.or_(q.current_ud == 0, L.and_(*(o >= policy.min_good_instances for o in q.online_by_role)))


def _rollback_walk_noop(orig):
    def walked(x, target):
        return x if target == cs.OLD else orig(x, target)

    return walked


def _crash_drops(orig, s, i):
    r = orig(s, i)
    if isinstance(r, Refused):
        return r
    return attrs.evolve(r, instances=r.instances[:i] + r.instances[i + 1:])


def _crash_drops_counting(orig, L, policy, s, a, args, v):
    guard, _ = orig(L, policy, s, a, args, v)
    C, R = _mod(CSA), _mod(CSR)
    cnt = tuple(
        x - L.ite(args.cls == j, 1, 0) if R.can_crash(c.loc) else x for j, (c, x) in enumerate(zip(C.classes_of(policy), s.cnt))
    )
    return guard, attrs.evolve(s, cnt=cnt)


def _keeps_e(orig):
    def drives_after(operation, drives):
        return tuple(drives) if operation == "in_place_upgrade" else orig(operation, drives)

    return drives_after


def _cs(**kw: Any) -> cs.CloudServicePolicy:
    return cs.CloudServicePolicy(**{"roles": {"web": 2}, "upgrade_domains": 2, **kw})


CLOUD_SERVICE = [
    Mutant(
        "gate-counts-every-ud", "cloud_service",
        "the health gate counts a role's online instances in every UD, not its updated ones in the walked UDs (U-15)",
        (_rule(CSR, "gate_passes", _gate_every_ud),),
        ("CS-HEALTH-GATE",), _cs(), examples=1000,
    ),
    Mutant(
        "manual-walk-any-ud", "cloud_service",
        "Walk Upgrade Domain accepts any UD, not only the next in index order (U-23, C5)",
        (_rule(CSR, "walks_next_ud", lambda L, p, q, x: L.and_(x.ud >= 0, x.ud < p.upgrade_domains)),),
        ("CS-MANUAL-WALK",), _cs(roles={"web": 3}, upgrade_domains=3, mode="manual"),
    ),
    Mutant(
        "fabric-walks-in-manual-mode", "cloud_service",
        "the fabric controller walks the next UD by itself in manual mode (U-23)",
        (_rule(CSR, "automatic_mode", _always_holds),),
        ("CS-MANUAL-WALK",), _cs(mode="manual"),
    ),
    Mutant(
        "rollback-after-completion", "cloud_service",
        "RollbackAllowed stays true once every instance is updated (U-22(c) ignored)",
        (_rule(CSR, "some_not_updated", _always_holds),),
        ("CS-NO-ROLLBACK-AFTER-COMPLETE", "CS-ROLLBACK-ALLOWED"), _cs(roles={"web": 1}, upgrade_domains=1),
    ),
    Mutant(
        "vip-swap-rollback-allowed", "cloud_service",
        "RollbackAllowed does not look at the update kind, so a VIP swap can be rolled back (U-19)",
        (_rule(CSR, "rollback_in_place", _always_holds),),
        ("CS-VIP-SWAP-NO-ROLLBACK", "CS-ROLLBACK-ALLOWED"), _cs(roles={"web": 1}, upgrade_domains=1),
    ),
    Mutant(
        "rollback-leaves-config-new", "cloud_service",
        "a rollback walks the UDs without stopping the updated instances: they keep the new version (U-20)",
        (Patch(CSR, "walked", _rollback_walk_noop),),
        ("CS-ROLLBACK-RESTORES",), _cs(min_good_instances=0),
    ),
    Mutant(
        "rollback-does-not-wait", "cloud_service",
        "a rollback turns UD 0 back at once instead of waiting for the UD in progress (U-20)",
        (_rule(CSR, "rollback_waits", lambda policy: False),),
        ("CS-ONE-ACTIVE-UPGRADE", "CS-ROLLBACK-RESTORES"), _cs(),
    ),
    Mutant(
        "locked-ignored", "cloud_service",
        "an update request is accepted while the deployment is locked (U-29)",
        (_rule(CSR, "request_unlocked", _always_holds),),
        ("CS-LOCKED",), _cs(roles={"web": 1}, upgrade_domains=1, quota_allows_rollback=False),
    ),
    Mutant(
        "ud-completed-without-waiting", "cloud_service",
        "a UD is marked complete before its instances are back online (U-5)",
        (_rule(CSR, "ud_back", _always_holds),),
        ("CS-ONE-UD", "CS-ROLE-AVAILABLE"), _cs(start_timeout_walks_on=False),
    ),
    Mutant(
        "crashed-instance-dropped", "cloud_service",
        "a role instance that crashes is dropped from the deployment instead of staying crashed (U-25)",
        (_per_instance(CS, "instance_crashes", _crash_drops), _counting_step(CSC, "instance_crashes", _crash_drops_counting)),
        ("X-INSTANCES-CONSERVED",), _cs(roles={"web": 1}, upgrade_domains=1, new_code_crashes=True),
    ),
    Mutant(
        "one-role-update-walks-every-role", "cloud_service",
        "an update of a single role stops every role's instances in each UD it walks (U-10)",
        (_rule(CSR, "walk_reaches", lambda L, p, cu, ud, role: _mod(CSR).in_walk(L, p, cu, ud)),),
        ("CS-ONE-ROLE",), _cs(roles={"web": 2, "worker": 2}, role_to_upgrade="web"),
    ),
    Mutant(
        "simultaneous-walks-one-ud", "cloud_service",
        "in simultaneous mode the fabric walks UD 0 alone and ends the update there",
        (_rule(CSR, "in_walk", lambda L, p, cu, ud: ud == cu),),
        ("CS-SIMULTANEOUS",), _cs(mode="simultaneous"),
    ),
    Mutant(
        "in-place-upgrade-keeps-e", "cloud_service",
        "an in-place upgrade keeps the E: drive, though U-13 says it is destroyed",
        (Patch(CSR, "drives_after", _keeps_e),),
        ("CS-DRIVES",), _cs(),
    ),
]

MUTANTS: tuple[Mutant, ...] = (*SCALE_SET, *CLOUD_SERVICE)


def by_name(name: str) -> Mutant:
    for m in MUTANTS:
        if m.name == name:
            return m
    raise KeyError(name)
