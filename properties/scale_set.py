"""The ``VMSS-*`` properties and the scale set's ``X-*`` ones (catalog: spec/properties.md).

Each predicate reads a ``model.scale_set_counts.View`` through a ``Logic``, so the fuzzer evaluates
it on concrete states and the solver on Z3 terms.  Step predicates get the view before, the action
code ``a`` (``model.scale_set_counts.A``) and the view after.  Each docstring states *where the
property holds*: the project's finding, shown on both sides by ``tests/test_scale_set_regions.py``.
"""

from __future__ import annotations

import attrs

from rollproof.model import scale_set_checks
from rollproof.model.scale_set import Status, too_many_unhealthy, too_many_unhealthy_upgraded
from rollproof.model.scale_set_rules import not_serving_of_capacity, surges
from rollproof.model.scale_set_counts import A
from rollproof.properties.registry import Antecedent, Kind, Property, register

M = "scale_set"
TERMINALS = (int(Status.COMPLETED), int(Status.CANCELLED), int(Status.FAULTED))


def batch_within_cap(L, policy, v):
    """VMSS-BATCH-CAP (A-8, A-10.2): ``100·upgrading ≤ p_batch·N``.

    Holds iff ``100·b ≤ p_batch·N``: under ``floor_min_1`` iff ``p_batch·N ≥ 100`` (so at the seed's
    20% iff N ≥ 5), under ``ceil`` iff 100 divides ``p_batch·N``; with ``service_fabric`` iff
    ``100·⌈N/U⌉ ≤ p_batch·N`` (a whole update domain is one batch).
    """
    return 100 * v.upgrading <= policy.max_batch_instance_percent * v.n


def batch_is_nonempty_and_old(L, policy, before, a, after):
    """VMSS-BATCH-NONEMPTY (A-10.2, V1): a started batch holds 1..b instances, all still old.

    Holds whenever ``service_fabric`` is off; with it, iff every update domain fits in b
    (``⌈N/U⌉ ≤ b``).
    """
    started = after.in_batch - before.in_batch  # upgrading, or notified under osRollingUpgradeDeferral
    return L.implies(
        a == int(A.orchestrator_starts_batch),
        L.and_(started >= 1, started <= before.b, before.pending - after.pending == started),
    )


def batch_starts_after_passing_check(L, policy, before, a, after):
    """VMSS-PRECHECK (A-10.1, A-11): a batch starts only from ``100·unhealthy ≤ p_unhealthy·N``.

    Holds iff ``concurrent_maintenance`` is off or ``p_unhealthy = 100``: maintenance can take an
    instance down between the passing check and the batch start (time of check to time of use);
    only a 100% allowance leaves nothing to exceed.
    """
    return L.implies(
        a == int(A.orchestrator_starts_batch),
        L.not_(too_many_unhealthy(L, policy, before.unhealthy, before.n)),
    )


def unhealthy_within_cap(L, policy, v):
    """VMSS-HEALTH-CAP (A-8 naive reading, A-12): ``100·unhealthy ≤ p_unhealthy·N`` always.

    Refuted under the seed's defaults, as A-12 itself warns.  Holds iff ``p_unhealthy = 100``, or
    all of: no maintenance; no failing upgrade (``upgraded_may_fail`` off and credentials valid);
    at most ``p_unhealthy·N/100`` instances start unhealthy; and, when upgrading instances count,
    ``100·B ≤ p_unhealthy·N`` for the worst batch start, ``B = min(u₀ + b_max, N)`` (``max(u₀, b)``
    with ``prioritize_unhealthy_instances``; ``u₀ + b_max`` with ``max_surge``, the new instances
    being created beside the old ones), where ``u₀`` is the most instances that may start
    unhealthy and ``b_max`` is b (⌈N/U⌉ with Service Fabric).  So ``within_cap`` with counted
    upgrades never holds below 100%: the pre-check admits exactly the allowance, and a batch adds to it.

    With ``max_surge`` "all instances" are those in the set at the moment: N and the new ones a batch
    is creating beside the old (``total``), as an operator counts them (it once read N alone, so
    three unhealthy of 3 and a new one being created were "4 of 3").  ``p_unhealthy = 100`` then
    suffices again; the conditions above, with ``B = u₀ + b_max``, are sufficient, not shown
    necessary.
    """
    return L.not_(too_many_unhealthy(L, policy, v.unhealthy, v.total))


def serving_within_batch_allowance(L, policy, v):
    """VMSS-AVAILABILITY (A-8 "minimise downtime"): not serving ≤ ``p_batch·N/100``.

    Holds iff ``p_batch = 100``, or no maintenance and ``100·D ≤ p_batch·N`` for the most instances
    ever down, ``D = max(u₀, min(u + b_max, N))`` (``max(u, b)`` with priority), where ``u₀`` is the
    most instances that may start unhealthy and ``u`` the most unhealthy at a passing pre-check
    (``⌊p_unhealthy·N/100⌋`` when upgrades may fail, else ``min(u₀, ⌊p_unhealthy·N/100⌋)``).
    Refuted whenever an instance can be unhealthy while a full batch upgrades.

    With ``max_surge`` "not serving" is the capacity N less the instances serving: a batch's old
    instances serve until it ends and deletes them, and its new ones serve once up, so a batch
    itself takes nothing away.  Then it holds when ``p_batch = 100``, or with no maintenance and
    ``100·u₀ ≤ p_batch·N`` where upgrades cannot fail, ``100·max(u₀, min(m + b_max, N)) ≤ p_batch·N``
    where they can (m = ⌊p_unhealthy·N/100⌋: a batch's failed new instances replace healthy old
    ones); with ``prioritize_unhealthy_instances`` the latter is a bound, not shown exact.
    """
    return 100 * not_serving_of_capacity(L, policy, v) <= policy.max_batch_instance_percent * v.n


def no_batch_after_stop_rule(L, policy, before, a, after):
    """VMSS-STOP-RULE (A-12): once a batch ends over the threshold, no further batch starts.

    Holds for every policy: the batch end faults the upgrade, and only a new upgrade starts batches.
    """
    return L.implies(a == int(A.orchestrator_starts_batch), L.not_(before.stop_tripped))


def batch_starts_with_upgraded_healthy(L, policy, before, a, after):
    """VMSS-UPGRADED-GATE (A-18, V6): a batch starts only if the upgraded instances are healthy enough.

    Refuted when maintenance is on and ``p_upgraded < 100``: the gate is evaluated when a batch
    ends, and maintenance can take an upgraded instance down before the next batch starts.  Holds
    iff ``concurrent_maintenance`` is off, ``p_upgraded = 100``, or no upgrade can start a second
    batch (N = 1; ``batch_fill = full`` with b ≥ N; Service Fabric with one non-empty update domain).
    """
    return L.implies(
        a == int(A.orchestrator_starts_batch),
        L.not_(too_many_unhealthy_upgraded(L, policy, before.failed, before.upgraded)),
    )


def can_complete_with_one_unhealthy(L, policy, v):
    """VMSS-ONE-UNHEALTHY-TOLERATED (opencga#987, V1): with one unhealthy instance, ``Completed`` is reachable.

    Reachable iff the pre-check tolerates one unhealthy instance, ``100 ≤ p_unhealthy·N`` (N ≥ 5 at
    20%), and, when upgrading counts as unhealthy, the instance can be upgraded: the witness puts
    it in the first batch.  At N = 2 with the defaults (the incident) the upgrade faults at once.
    With expired credentials every upgraded instance fails, so it is reachable iff
    ``p_unhealthy = p_upgraded = 100``.
    """
    return v.status == int(Status.COMPLETED)


def one_unhealthy_start(L, policy, v):
    return v.sick == 1


def only_the_upgrade_heals(L, policy, before, a, after):
    """No maintenance, no recovery except by being upgraded, no cancel, one upgrade."""
    return L.and_(
        a != int(A.maintenance_takes_down),
        a != int(A.instance_recovers),
        a != int(A.operator_cancels),
        L.implies(a == int(A.orchestrator_starts_upgrade), before.status == int(Status.IDLE)),
    )


def data_disks_kept(L, policy, v):
    """VMSS-DATA-DISKS (A-6, A-8): data disks never change; an upgraded OS disk is the target's.

    Judged over the instances of the set, not the new ones a surge batch is still creating beside
    the old ones (which keep serving with their data disks until the batch ends).  Holds for every
    policy without ``max_surge`` (the V1 rollback restores the old image and its disk together);
    refuted with it: when a surge batch ends, the old instance is deleted with its data disks and
    the new one, with new data disks, takes its place.
    """
    return L.and_(v.replaced_data == 0, v.disk_mismatch == 0)


def no_downgrade(L, policy, before, a, after):
    """VMSS-NO-DOWNGRADE (A-1, V1, V6): no instance moves to an older image, except a V1 OS-disk
    rollback or a V6 rollback of failed instances on a breach.

    Holds for every policy.
    """
    return L.implies(
        after.on_new < before.on_new,
        L.or_(L.and_(a == int(A.probe_wait_expires), policy.os_disk_rollback_on_timeout),
              L.and_(a == int(A.orchestrator_rolls_back_failed), policy.rollback_failed_on_breach)),
    )


def completes_within_batches(L, policy, v):
    """VMSS-COMPLETES (A-10.5): with no maintenance, no failed upgrade and no cancel, ``Completed`` within ⌈N/b⌉ batches.

    Stated as an invariant of the system restricted to such runs: it never faults, cancels or gets
    stuck, and never starts more than ⌈N/b⌉ batches (``(batches-1)·b < N``).  The restricted system
    terminates (each batch upgrades a pending instance), so every maximal run completes.  Refuted
    under the seed's ``batch_fill = up_to_b`` (batches may shrink, A-10.2 says "at most"), and when
    initially unhealthy instances can exceed the pre-check.  Holds iff the start is one the
    pre-check accepts and either ``batch_fill = full`` or b = 1 (without ``service_fabric``), or
    ``(min(U, N) − 1)·b < N`` (with it); with zones and no cross-zone upgrades each zone ends in its
    own batch, so iff b = 1 or ``batch_fill = full`` and Σ⌈Z_z/b⌉ ≤ ⌈N/b⌉.  With expired credentials the restricted runs never finish
    a batch (every finish fails), so it holds there vacuously given an accepted start.

    With ``os_upgrade_deferral`` a workload's approval is one of the steps a maximal run takes (an
    upgrade waiting for one is not stuck), so the verdict is the same and reads "provided every
    notified workload approves": VMSS-APPROVAL-HOLD shows that one that never does holds even a
    cancelled upgrade.
    """
    batches_ok = L.or_(v.batches_started == 0, (v.batches_started - 1) * v.b < v.n)
    return L.and_(
        v.status != int(Status.FAULTED),
        v.status != int(Status.CANCELLED),
        L.not_(v.stuck),
        batches_ok,
    )


def smooth_run(L, policy, before, a, after):
    """No maintenance, no failed upgrade, no cancel, one upgrade started from Idle."""
    return L.and_(
        a != int(A.maintenance_takes_down),
        a != int(A.operator_cancels),
        L.implies(a == int(A.instance_finishes_upgrade), after.failed <= before.failed),
        L.implies(a == int(A.orchestrator_starts_upgrade), before.status == int(Status.IDLE)),
    )


def completed_means_all_on_target(L, policy, v):
    """VMSS-TERMINAL (A-10.5, V6): ``Completed`` ⇒ every instance on the target image.

    Refuted iff ``os_disk_rollback_on_timeout`` with a health probe, an upgraded instance that can be
    unhealthy at the end of its wait (upgrades that may fail, or concurrent maintenance taking it
    down), and an upgraded gate that tolerates one rolled-back instance: ``100 ≤ p_upgraded·N`` (and
    ``p_upgraded = 100`` with expired credentials, where every instance fails); holds otherwise.
    """
    return L.implies(v.status == int(Status.COMPLETED), v.not_on_target == 0)


def terminal_is_absorbing(L, policy, before, a, after):
    """VMSS-TERMINAL, transition part: a terminal status changes only by a new upgrade."""
    return L.implies(
        L.or_(*(before.status == t for t in TERMINALS)),
        L.or_(after.status == before.status, a == int(A.orchestrator_starts_upgrade)),
    )


def no_batch_after_cancel(L, policy, before, a, after):
    """VMSS-CANCEL (A-5): after ``operator_cancels``, no new batch starts.  Holds for every policy."""
    return L.implies(a == int(A.orchestrator_starts_batch), L.not_(before.cancel_requested))


def expired_credentials_fail_one_batch(L, policy, v):
    """VMSS-CREDENTIALS (A-24): with expired credentials, failures ≤ the first batch, no second batch.

    With no second batch, every instance this upgrade attempted was in the first batch, so the
    failures are at most that batch (a whole update domain with Service Fabric, which may exceed b).
    Holds if the upgraded gate stops the upgrade after a batch that failed entirely
    (``p_upgraded < 100``), or no second batch can start.  With ``p_upgraded = 100`` only the stop
    rule can stop it: it holds iff the smallest first batch already trips it
    (``100·s_min > p_unhealthy·N``) and no OS-disk rollback lets the failed instances recover.
    Once the operator renewed the credentials (A-25) they are no longer expired: nothing to check.
    """
    return L.or_(v.credentials_renewed, L.and_(v.batches_started <= 1, v.failed <= v.attempted))


def progress_counts_add_up(L, policy, v):
    """VMSS-PROGRESS-COUNTS (A-27): the four counts sum to N and ``in_progress ≤ b``.

    Holds without ``service_fabric``; with it, iff every update domain fits in b.
    """
    return L.and_(v.successful + v.failed + v.in_progress + v.pending == v.n, v.in_progress <= v.b)


def never_held_for_approval(L, policy, v):
    """VMSS-APPROVAL-HOLD (A-5 with V6 osRollingUpgradeDeferral): once the operator cancels, the
    upgrade never waits on a workload's approval alone, i.e. it never rolls forward with a cancel
    requested, an instance notified and no step but an approval enabled.

    That an upgrade with deferral waits for approvals is what the field is for; the question is
    whether the operator can still stop it.  A-5 lets the batch in flight finish before
    ``Cancelled``, and with deferral that batch waits for every approval with no limit on the wait
    (none is documented), so a workload that never approves keeps a cancelled upgrade in
    ``RollingForward`` for ever.  Applies with ``os_upgrade_deferral``, and is refuted for every such
    policy: some run starts a batch (an instance that starts unhealthy may recover before the
    pre-check), its instances are notified, and the operator cancels.
    """
    return L.not_(L.and_(v.cancel_requested, v.held_for_approval))


def one_update_domain_at_a_time(L, policy, v):
    """VMSS-SF-BY-UD (A-23): with Service Fabric, at most one update domain is upgrading.  Holds."""
    return v.uds_upgrading <= 1


def instances_conserved(L, policy, v):
    """X-INSTANCES-CONSERVED: no step creates, loses or duplicates an instance.  Holds.

    Counted twice over: the classes add up to the set's size, and the size is the policy's
    instance count (a per-instance run that drops or adds an instance changes the size).  With
    ``max_surge`` a batch creates one new instance per old one it replaces and deletes the old ones
    when it ends: the set holds N plus the batch in flight, so N again at every batch boundary.
    """
    fixed = policy.instances if isinstance(policy.instances, int) else v.n
    surge = v.in_batch if surges(policy) else 0
    return L.and_(v.total == v.n + surge, v.n == fixed)


def no_failed_left_after_rollback(L, policy, before, a, after):
    """VMSS-BREACH-ROLLBACK (V6): once the orchestrator rolled the failed instances back after a
    breach, no instance the upgrade failed is left on the new image.

    Holds for every policy with ``rollback_failed_on_breach``: the rollback takes every instance
    this upgrade attempted that is idle, unhealthy and on the new image.
    """
    return L.implies(a == int(A.orchestrator_rolls_back_failed), after.failed_on_new == 0)


def can_complete_healthy(L, policy, v):
    """VMSS-CREDENTIALS-RECOVERY (A-24, A-25): with expired credentials and the operator's redeploy,
    an upgrade reaches Completed with every instance on the new image and healthy.

    Reachable iff the redeploy's upgrade can pass its pre-check with
    the failed instances still down: ``100·s_min ≤ p_unhealthy·N`` for the smallest first batch
    (1 under ``up_to_b``, min(b, N) under ``full``, min(b, the first zone's size) with zones and
    no cross-zone upgrades, the smallest update domain with Service Fabric),
    unless the failed instances come back to the old image first (``os_disk_rollback_on_timeout``
    with a probe, or ``rollback_failed_on_breach``), where they recover and it is always reachable.
    Applies only with the recovery: without it the operator never follows A-25, every upgrade fails
    every instance it attempts, and the goal is unreachable by definition.
    """
    return L.and_(v.status == int(Status.COMPLETED), v.not_on_target == 0, v.sick == 0)


def _sf(policy) -> bool:
    return policy.service_fabric


def _creds_expired(policy) -> bool:
    return not policy.credentials_valid


def _creds_recovered(policy) -> bool:
    """Expired credentials, and the operator follows A-25 (renews them and redeploys)."""
    return not policy.credentials_valid and policy.credentials_recovery


def _deferred(policy) -> bool:
    return policy.os_upgrade_deferral


def _breach_rollback(policy) -> bool:
    return policy.rollback_failed_on_breach


def _state(text, fn):
    return Antecedent(text, fn)


def _step(text, fn):
    return Antecedent(text, fn, step=True)


_A_BATCH_STARTS = _step("a batch starts", lambda L, p, b, a, w: a == int(A.orchestrator_starts_batch))
_AVAILABILITY = ("concurrent_maintenance", "upgraded_may_fail", "credentials_valid", "initial_unhealthy",
                 "upgrading_counts_unhealthy", "prioritize_unhealthy_instances", "batch_rounding", "max_surge")

_P = [
    Property("VMSS-BATCH-CAP", M, Kind.INV, "batch_within_cap", "100·upgrading ≤ p_batch·N",
             ("A-8", "A-10.2"), "iff 100·b ≤ p_batch·N (floor_min_1: p_batch·N ≥ 100; ceil: 100 | p_batch·N; SF: 100·⌈N/U⌉ ≤ p_batch·N)",
             holds=batch_within_cap, depends_on=("instances", "max_batch_instance_percent", "batch_rounding", "service_fabric"),
             promise="A-8: never more than 20% of the scale set is being upgraded at any time."),
    Property("VMSS-BATCH-NONEMPTY", M, Kind.STEP, "batch_is_nonempty_and_old",
             "every started batch holds ≥ 1 and ≤ b instances, all still on the old image",
             ("A-10.2", "V1"), "always without service_fabric; with it iff ⌈N/U⌉ ≤ b",
             holds=batch_is_nonempty_and_old, antecedents=(_A_BATCH_STARTS,),
             restates="orchestrator_starts_batch's guard: 1..b instances, all still to be upgraded (A-10.2)",
             worth="with Service Fabric a whole update domain is one batch: the check shows where that exceeds b",
             depends_on=("service_fabric", "batch_rounding"),
             promise="A-10.2: the batch holds at most 20% of the instances; V1: never empty."),
    Property("VMSS-PRECHECK", M, Kind.STEP, "batch_starts_after_passing_check",
             "a batch starts only from a state with 100·unhealthy ≤ p_unhealthy·N", ("A-10.1", "A-11"),
             "iff concurrent_maintenance is off or p_unhealthy = 100", holds=batch_starts_after_passing_check,
             antecedents=(_A_BATCH_STARTS,), depends_on=("concurrent_maintenance", "max_unhealthy_instance_percent"),
             promise="A-10.1, A-11: before each batch the orchestrator ensures that no more than 20% of all instances are unhealthy."),
    Property("VMSS-HEALTH-CAP", M, Kind.INV, "unhealthy_within_cap",
             "100·unhealthy ≤ p_unhealthy·N (N: the instances in the set; with max_surge, a batch's new ones being created too)",
             ("A-8", "A-12"), "iff p_unhealthy = 100, or no maintenance, no failing upgrade, a start within the allowance (100·u0 ≤ p_unhealthy·N) and, where upgrading counts as unhealthy, 100·min(u0 + b, N) ≤ p_unhealthy·N; u0: the instances unhealthy at the start, b: the largest batch (with prioritize_unhealthy, no Service Fabric and no zone-by-zone batches, the batch takes the unhealthy first: min(max(u0, b), N) for min(u0 + b, N)); with max_surge (N: the set's instances, a batch's new ones being created included) the rest, with u0 + b, suffices, not shown necessary",
             holds=unhealthy_within_cap, depends_on=_AVAILABILITY,
             promise="A-10.1: no more than 20% of all instances unhealthy (read as a promise about every moment; A-12 itself warns it is not one)."),
    Property("VMSS-AVAILABILITY", M, Kind.INV, "serving_within_batch_allowance",
             "instances not serving (upgrading ∪ unhealthy; with max_surge, N less the instances serving) ≤ p_batch·N/100", ("A-8",),
             "iff p_batch = 100, or no maintenance and 100·max(u0, min(u + b, N)) ≤ p_batch·N; u0: the instances unhealthy at the start, b: the largest batch, u: the unhealthy a batch may start beside, min(u0, m) where upgrades never fail, else m, the pre-check's allowance ⌊p_unhealthy·N/100⌋ (with prioritize_unhealthy, no Service Fabric and no zone-by-zone batches: min(max(u, b), N) for min(u + b, N)); with max_surge, sufficient only: 100·u0 ≤ p_batch·N where upgrades never fail, else 100·max(u0, min(m + b, N)) ≤ p_batch·N",
             holds=serving_within_batch_allowance, depends_on=_AVAILABILITY,
             promise="A-8: to minimise application downtime, upgrades proceed in batches, and never more than 20% of the "
                     "scale set is being upgraded at any time (read here as the downtime it bounds: never more than 20% of "
                     "the set out of service, VMSS-BATCH-CAP being the batch's own size)."),
    Property("VMSS-STOP-RULE", M, Kind.STEP, "no_batch_after_stop_rule",
             "once a batch ends with 100·unhealthy > p_unhealthy·N, no further batch of that upgrade starts",
             ("A-12",), "every policy", holds=no_batch_after_stop_rule,
             antecedents=(_state("a batch ended over the stop threshold", lambda L, p, v: v.stop_tripped),),
             promise="A-12: when more than 20% of the instances are down, the upgrade stops at the end of the current batch."),
    Property("VMSS-UPGRADED-GATE", M, Kind.STEP, "batch_starts_with_upgraded_healthy",
             "a batch starts only if 100·unhealthy_upgraded ≤ p_upgraded·upgraded", ("A-18", "V6"),
             "iff concurrent_maintenance is off, p_upgraded = 100, or no second batch can start", holds=batch_starts_with_upgraded_healthy,
             antecedents=(_step("a batch starts after an earlier one",
                                lambda L, p, b, a, w: L.and_(a == int(A.orchestrator_starts_batch), b.upgraded >= 1)),),
             depends_on=("concurrent_maintenance", "max_unhealthy_upgraded_instance_percent"),
             promise="A-18: the upgrade continues only if the application is healthy on the upgraded instances."),
    Property("VMSS-ONE-UNHEALTHY-TOLERATED", M, Kind.REACH, "can_complete_with_one_unhealthy",
             "from a state with exactly one unhealthy instance, where that instance recovers only by being upgraded, the upgrade reaches Completed (one upgrade: no restart, no A-25 redeploy after renewed credentials)",
             ("opencga#987", "V1"), "iff 100 ≤ p_unhealthy·N (N ≥ 5 at 20%) with valid credentials; with expired ones iff p_unhealthy = p_upgraded = 100",
             goal=can_complete_with_one_unhealthy, start=one_unhealthy_start, allowed=only_the_upgrade_heals,
             start_policy=lambda p: attrs.evolve(p, initial_unhealthy="any"), every_start=True,
             depends_on=("instances", "max_unhealthy_instance_percent", "credentials_valid"),
             promise="A-10.1: the pre-check allows up to 20% unhealthy instances, so one unhealthy instance should not stop an upgrade (opencga#987: it did, on 2 instances)."),
    Property("VMSS-DATA-DISKS", M, Kind.INV, "data_disks_kept",
             "every instance of the set keeps its data disks (one a surge batch is still creating beside the old one is not yet in the set); an upgraded instance's OS disk is built from the target image",
             ("A-6", "A-8"), "every policy without max_surge (a surge batch ends by deleting the old instance with its data disks; the new one in its place has new ones)", holds=data_disks_kept,
             depends_on=("max_surge",),
             antecedents=(_state("an instance runs the new image", lambda L, p, v: v.on_new >= 1),),
             promise="A-6: the OS disk is replaced from the latest image; persisted data disks are kept."),
    Property("VMSS-NO-DOWNGRADE", M, Kind.STEP, "no_downgrade",
             "no instance moves to an older image, except an OS-disk rollback when os_disk_rollback_on_timeout "
             "or a rollback of failed instances on a breach when rollback_failed_on_breach",
             ("A-1", "V1", "V6"), "every policy", holds=no_downgrade,
             antecedents=(_state("an instance runs the new image", lambda L, p, v: v.on_new >= 1),),
             depends_on=("os_disk_rollback_on_timeout", "rollback_failed_on_breach"),
             promise="A-1: the latest OS image is applied automatically; V1: an instance unhealthy after the wait gets its previous OS disk back."),
    Property("VMSS-COMPLETES", M, Kind.LIVE, "completes_within_batches",
             "with no maintenance and no failed upgrade, Completed is reached within ⌈N/b⌉ batches", ("A-10.5",),
             "iff a start the pre-check accepts and: batch_fill = full or b = 1 (no SF); (min(U, N) - 1)·b < N (SF); "
             "zones without cross_zone_upgrade: b = 1, or batch_fill = full and Σ⌈Z_z/b⌉ ≤ ⌈N/b⌉ over the zones' sizes Z_z",
             holds=completes_within_batches, allowed=smooth_run,
             antecedents=(_state("the upgrade reaches Completed", lambda L, p, v: v.status == int(Status.COMPLETED)),),
             depends_on=("batch_fill", "initial_unhealthy", "service_fabric", "credentials_valid", "zones",
                         "cross_zone_upgrade"),
             promise="A-10.5: if instances remain, the orchestrator goes back to the pre-check for the next batch; otherwise the upgrade is complete. "
                     "The seeds give no number of batches: ⌈N/b⌉ is what a reader of \"batches of at most 20%\" (A-8, A-10.2) expects, "
                     "and this property asks whether the orchestrator keeps to it."),
    Property("VMSS-TERMINAL", M, Kind.INV, "completed_means_all_on_target",
             "Completed ⇒ every instance on the target image; Completed/Cancelled/Faulted are absorbing for the upgrade",
             ("A-10.5", "V6"), "unless all of: os_disk_rollback_on_timeout; a probe; an upgraded instance that can be unhealthy at the end of its wait (a failing upgrade, or concurrent maintenance); 100 ≤ p_upgraded·N (p_upgraded = 100 with expired credentials)",
             holds=completed_means_all_on_target, step_holds=terminal_is_absorbing,
             antecedents=(_state("the upgrade reaches Completed", lambda L, p, v: v.status == int(Status.COMPLETED)),
                          _state("the upgrade ends (Completed, Cancelled or Faulted)",
                                 lambda L, p, v: L.or_(*(v.status == t for t in TERMINALS)))),
             depends_on=("os_disk_rollback_on_timeout", "max_unhealthy_upgraded_instance_percent"),
             promise="A-10.5: when no instance remains to be upgraded, the upgrade is complete."),
    Property("VMSS-CANCEL", M, Kind.STEP, "no_batch_after_cancel", "after operator_cancels, no new batch starts",
             ("A-5",), "every policy", holds=no_batch_after_cancel,
             antecedents=(_state("the operator cancels the upgrade", lambda L, p, v: v.cancel_requested),),
             restates="orchestrator_starts_batch's A-5 clause: no batch starts once a cancel is requested",
             worth="a change of the model that drops or weakens that clause is caught by it (the mutation tests drop it)",
             promise="A-5: automatic upgrades can be stopped at any time."),
    Property("VMSS-CREDENTIALS", M, Kind.INV, "expired_credentials_fail_one_batch",
             "with expired credentials (not yet renewed): failed instances ≤ first batch size, and no second batch starts",
             ("A-24",), "iff p_upgraded < 100, or no second batch, or (no rollback and 100·s_min > p_unhealthy·N)", holds=expired_credentials_fail_one_batch,
             applies=_creds_expired, not_applicable_why="credentials_valid = true",
             antecedents=(_state("a batch has started", lambda L, p, v: v.batches_started >= 1),),
             depends_on=("max_unhealthy_upgraded_instance_percent", "os_disk_rollback_on_timeout", "credentials_recovery"),
             promise="A-24: with expired credentials the upgrade fails and the first batch of VMs is left in a failed state."),
    Property("VMSS-PROGRESS-COUNTS", M, Kind.INV, "progress_counts_add_up",
             "successful + failed + in_progress + pending = N and in_progress ≤ b", ("A-27",),
             "always without service_fabric; with it iff ⌈N/U⌉ ≤ b", holds=progress_counts_add_up,
             antecedents=(_state("an instance is in progress", lambda L, p, v: v.in_progress >= 1),),
             depends_on=("service_fabric",),
             promise="A-27: each history entry's progress holds successful, failed, in-progress and pending instance counts."),
    Property("VMSS-HISTORY", M, Kind.CHECK, "history_is_well_formed",
             "history holds ≤ 5 entries, all started within 60 days, newest first; each entry's counts sum to N; end ≥ start",
             ("A-26", "A-27"), "the reader flags exactly the malformed histories of its table (the seed's example included)",
             check=scale_set_checks.history_table_disagreements,
             promise="A-26: the last 5 OS upgrades of the past 2 months can be read; A-27: what each entry holds.",
             covers="the history reader on its table of well-formed and malformed histories, the seed's example included"),
    Property("VMSS-ENABLE-RULES", M, Kind.CHECK, "enable_rules_follow_the_table",
             "enabling is accepted iff the A-7, A-13, A-14, A-15, A-21 rules hold; each refusal names its rule",
             ("A-7", "A-13", "A-14", "A-15", "A-16", "A-17", "A-21"), "the check agrees with its table",
             check=scale_set_checks.enable_table_disagreements,
             promise="A-7, A-13…A-17, A-21: which scale sets may enable automatic OS upgrades.",
             covers="every supported image of A-13, a custom image, and each requirement of A-7, A-14, A-15, A-21 broken in turn"),
    Property("VMSS-SF-BY-UD", M, Kind.INV, "one_update_domain_at_a_time",
             "with service_fabric, instances of at most one update domain are upgrading at a time", ("A-23",),
             "every Service Fabric policy", holds=one_update_domain_at_a_time,
             applies=_sf, not_applicable_why="service_fabric = false",
             antecedents=(_state("an instance is upgrading", lambda L, p, v: v.upgrading >= 1),),
             restates="orchestrator_starts_batch's Service Fabric guard (one whole update domain per batch, A-23)",
             worth="it shows no batch starts while an earlier one is still upgrading",
             promise="A-23: with Service Fabric, the new image is rolled out one update domain at a time."),
    Property("VMSS-APPROVAL-HOLD", M, Kind.INV, "never_held_for_approval",
             "once the operator cancels, the upgrade never waits with an instance awaiting its approval and nothing but an approval able to move it on",
             ("A-5", "V6"),
             "nowhere: refuted for every policy with os_upgrade_deferral (some run starts a batch and is cancelled; in the model a cancel lets the batch in flight finish, as semantics.md reads A-5, and that batch waits for every approval, without limit; a cancel that released the instances still awaiting approval would make it hold, a reading the documents leave open)",
             holds=never_held_for_approval, applies=_deferred, not_applicable_why="os_upgrade_deferral = false",
             antecedents=(_state("a cancelled upgrade has an instance awaiting its approval",
                                 lambda L, p, v: L.and_(v.cancel_requested, v.awaiting >= 1)),),
             depends_on=("os_upgrade_deferral",),
             promise="A-5: automatic upgrades can be stopped at any time (the model lets the batch in flight finish "
                     "first); osRollingUpgradeDeferral: each instance is notified that an OS upgrade is coming, and the "
                     "upgrade defers until it is approved (no time limit is documented)."),
    Property("VMSS-BREACH-ROLLBACK", M, Kind.STEP, "no_failed_left_after_rollback",
             "once the failed instances are rolled back after a breach, no instance the upgrade failed is left unhealthy on the new image",
             ("V6",), "every policy with rollback_failed_on_breach", holds=no_failed_left_after_rollback,
             applies=_breach_rollback, not_applicable_why="rollback_failed_on_breach = false",
             antecedents=(_step("the orchestrator rolls the failed instances back",
                                lambda L, p, b, a, w: a == int(A.orchestrator_rolls_back_failed)),),
             restates="orchestrator_rolls_back_failed's effect (every failed instance back to the old image, V6)",
             worth="the trace shows the breach, the rollback and what the failed instances became",
             depends_on=("rollback_failed_on_breach",),
             promise="V6 rollbackFailedInstancesOnPolicyBreach: failed instances are rolled back to the previous model if the rolling upgrade policy is violated."),
    Property("VMSS-CREDENTIALS-RECOVERY", M, Kind.REACH, "can_complete_healthy",
             "with expired credentials that the operator renews and redeploys (A-25), an upgrade reaches Completed with every instance on the new image and healthy",
             ("A-24", "A-25"), "iff 100·s_min ≤ p_unhealthy·N, or the failed instances are rolled back first (V1 with a probe, or rollback_failed_on_breach)",
             goal=can_complete_healthy, applies=_creds_recovered,
             not_applicable_why="credentials_valid = true, or credentials_recovery = false (the operator never renews them: A-25 is not followed)",
             not_applicable_when=((lambda p: p.credentials_valid, "credentials_valid = true"),
                                  (lambda p: not p.credentials_valid and not p.credentials_recovery,
                                   "credentials_recovery = false (the operator never renews them: A-25 is not followed)")),
             depends_on=("credentials_recovery", "max_unhealthy_instance_percent", "os_disk_rollback_on_timeout",
                         "rollback_failed_on_breach"),
             promise="A-25: regenerate the token and deploy the updated scale set, which updates all instances including the failed ones."),
    Property("X-INSTANCES-CONSERVED", M, Kind.INV, "instances_conserved",
             "no step of an upgrade creates, loses or duplicates an instance (with max_surge: the set holds N plus the batch in flight, N at every batch boundary)",
             (), "every policy", holds=instances_conserved),
    Property("X-STEP-PURE", M, Kind.CHECK, "steps_are_pure",
             "every action is a pure function: same inputs, same result; inputs never mutated (tested, not proved)",
             (), "every action, on the states of its table", check=scale_set_checks.purity_disagreements,
             covers="every action, twice, on each state of a fixed run"),
]

for _p in _P:
    register(_p)


# --------------------------------------------------------------------------------------------
# Availability zones (V6 enableCrossZoneUpgrade)


def one_zone_at_a_time(L, policy, v):
    """VMSS-ONE-ZONE (V6): at most one availability zone has an instance being upgraded.

    A zonal set's domains are its zones (``model.scale_set_rules.domains``), so this reads the same
    count as VMSS-SF-BY-UD.  V6 promises it "unless allowed to": with ``cross_zone_upgrade`` the
    operator allows batches across zones, and a batch of b ≥ 2 taking two zones at once is what
    was asked for, no finding; so the property applies without it, and holds for every such policy.
    """
    return v.uds_upgrading <= 1


def _zonal_within_zones(policy) -> bool:
    return policy.zones > 1 and not policy.cross_zone_upgrade


register(Property(
    "VMSS-ONE-ZONE", M, Kind.INV, "one_zone_at_a_time",
    "with zones > 1 and no cross_zone_upgrade, instances of at most one availability zone are being upgraded at any time", ("V6",),
    "every zonal policy without cross_zone_upgrade",
    holds=one_zone_at_a_time, applies=_zonal_within_zones,
    not_applicable_why="zones = 1, or cross_zone_upgrade = true (V6: batches may then cross zones)",
    not_applicable_when=((lambda p: p.zones <= 1, "zones = 1"),
                         (lambda p: p.zones > 1 and p.cross_zone_upgrade, "cross_zone_upgrade = true (V6: batches may then cross zones)")),
    antecedents=(_state("an instance is upgrading", lambda L, p, v: v.upgrading >= 1),),
    depends_on=("zones", "cross_zone_upgrade", "max_batch_instance_percent", "batch_rounding"),
    promise="V6 enableCrossZoneUpgrade: unless allowed to, upgrade batches keep within availability-zone "
            "boundaries, one zone after the other."))
