"""The seeded bugs: small, realistic mistakes an orchestrator author could make.

Each mutant changes the *semantics*, so both encodings move together: it patches a shared rule
(``batch_size``, ``status_after_batch``, a class move, ``rollback_allowed``), or a per-instance
action together with the counting step of the same action.  A mutant names the policy it is checked
under (small, so both engines are fast) and the properties it is meant to break; whether they do
is what ``rollproof mutants`` finds out.
"""

from __future__ import annotations

import functools
import sys
from typing import Any, Callable

import attrs
from attrs import frozen

from model import cloud_service as cs
from model import scale_set as ss
from model.core import Refused
from rollproof.mutation.patching import Patch

SS, SSC = "model.scale_set", "model.scale_set_counts"
CS, CSC = "model.cloud_service", "model.cloud_service_counts"
MODULES = {"scale_set": (SS, SSC), "cloud_service": (CS, CSC)}
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


def _counting_step(module: str, action: str, wrap: Callable[..., Any]) -> Patch:
    """Patch the counting ``step`` for one action: ``wrap(orig, L, policy, s, a, args, v)``."""

    def make(orig: Any) -> Any:
        code = _mod(module).A[action]

        def step(L, policy, s, a, args, v=None):
            if a == code:
                return wrap(orig, L, policy, s, a, args, v)
            return orig(L, policy, s, a, args, v)

        return step

    return Patch(module, "step", make)


def _per_instance(module: str, action: str, wrap: Callable[..., Any]) -> Patch:
    """Patch a per-instance function: ``wrap(orig, *args, **kwargs)``."""

    def make(orig: Any) -> Any:
        @functools.wraps(orig)
        def fn(*a, **kw):
            return wrap(orig, *a, **kw)

        return fn

    return Patch(module, action, make)


def _under_policy(model: str, action: str, **overrides: Any) -> tuple[Patch, ...]:
    """The action behaves as under the policy with ``overrides`` (it ignores a switch)."""
    ref, cnt = MODULES[model]

    def per_instance(orig, s, *a, **kw):
        r = orig(attrs.evolve(s, policy=attrs.evolve(s.policy, **overrides)), *a, **kw)
        return r if isinstance(r, Refused) else attrs.evolve(r, policy=s.policy)

    def counting(orig, L, policy, s, a, args, v):
        return orig(L, attrs.evolve(policy, **overrides), s, a, args, v)

    out = [_per_instance(ref, action, per_instance), _counting_step(cnt, action, counting)]
    if model == "scale_set":
        def make_enabled(orig: Any) -> Any:
            code = _mod(cnt).A[action]

            def enabled(L, policy, s, v, a):
                return orig(L, attrs.evolve(policy, **overrides) if a == code else policy, s, v, a)

            return enabled

        out.append(Patch(cnt, "enabled", make_enabled))
    return tuple(out)


def _rule(module: str, name: str, fn: Callable[..., Any]) -> Patch:
    """Replace a shared rule outright (it is bound in both encodings)."""
    return Patch(module, name, lambda orig: fn)


# --------------------------------------------------------------------------------------------
# Scale set


def _after_batch(cancel: bool = True, stop: bool = True, gate: str = "upgraded", done: str = "pending"):
    """``status_after_batch`` with one of its decisions changed."""

    def status_after_batch(L, policy, v):
        bad_upgraded = {
            "upgraded": ss.too_many_unhealthy_upgraded(L, policy, v.failed, v.upgraded),
            "n": ss.too_many_unhealthy_upgraded(L, policy, v.failed, v.n),
            "off": False,
        }[gate]
        faults = L.or_(ss.too_many_unhealthy(L, policy, v.unhealthy, v.n) if stop else False, bad_upgraded)
        finished = v.pending == 0 if done == "pending" else v.batches_started * v.b >= v.n
        after = L.ite(faults, FAULTED, L.ite(finished, DONE, RF))
        return L.ite(v.cancel_requested, CANCELLED, after) if cancel else after

    return status_after_batch


def _plus_one_b(orig, s, chosen):
    mod = _mod(SS)
    b = mod.batch_size
    mod.batch_size = lambda L, p, n: b(L, p, n) + 1
    try:
        return orig(s, chosen)
    finally:
        mod.batch_size = b


def _empty_batch(orig, s, chosen):
    if not frozenset(chosen) and s.status == St.ROLLING_FORWARD and not s.batch and s.checked and not s.cancel_requested:
        return attrs.evolve(s, checked=False, waited=False, batches_started=s.batches_started + 1)
    return orig(s, chosen)


def _empty_batch_counting(orig, L, policy, s, v, args, cs_, ix):
    guard, nxt = orig(L, policy, s, v, args, cs_, ix)
    empty = L.and_(s.status == RF, v.in_batch == 0, s.checked, L.not_(s.cancel_requested), *(k == 0 for k in args.k))
    return L.or_(guard, empty), nxt


def _ignore_cancel(orig, s, chosen):
    r = orig(attrs.evolve(s, cancel_requested=False), chosen)
    return r if isinstance(r, Refused) else attrs.evolve(r, cancel_requested=s.cancel_requested)


def _ignore_cancel_counting(orig, L, policy, s, v, args, cs_, ix):
    guard, nxt = orig(L, policy, attrs.evolve(s, cancel_requested=False), v, args, cs_, ix)
    return guard, attrs.evolve(nxt, cancel_requested=s.cancel_requested)


def _ignore_cancel_enabled(orig):
    def enabled(L, policy, s, v, a):
        if a == _mod(SSC).A.orchestrator_starts_batch:
            s = attrs.evolve(s, cancel_requested=False)
        return orig(L, policy, s, v, a)

    return enabled


def _chosen_fixup(fix):
    """Wrap ``orchestrator_starts_batch``: ``fix(before, after_instance, i)`` for each chosen i."""

    def wrap(orig, s, chosen):
        r = orig(s, chosen)
        if isinstance(r, Refused):
            return r
        inst = tuple(fix(s.instances[i], x, i) if i in r.batch else x for i, x in enumerate(r.instances))
        return attrs.evolve(r, instances=inst)

    return wrap


def _rolled_back_keep_os_disk(orig, s):
    r = orig(s)
    if isinstance(r, Refused):
        return r
    inst = tuple(
        attrs.evolve(x, os_disk=b.os_disk) if x.image != b.image else x for b, x in zip(s.instances, r.instances)
    )
    return attrs.evolve(r, instances=inst)


def _retry_faulted(orig, s):
    if s.status == St.FAULTED:
        return orig(attrs.evolve(s, status=St.ROLLING_FORWARD))
    return orig(s)


def _retry_faulted_counting(orig, L, policy, s, a, args, v):
    return orig(L, policy, attrs.evolve(s, status=L.ite(s.status == FAULTED, RF, s.status)), a, args, v)


def _in_progress_counts_batch(orig):
    def view(L, policy, s):
        v = orig(L, policy, s)
        return attrs.evolve(v, in_progress=v.in_batch)

    return view


def _sf_ignored_counting(orig, L, policy, s, v, args, cs_, ix):
    return orig(L, attrs.evolve(policy, service_fabric=False), s, v, args, cs_, ix)


def _sf_ignored(orig, s, chosen):
    r = orig(attrs.evolve(s, policy=attrs.evolve(s.policy, service_fabric=False)), chosen)
    return r if isinstance(r, Refused) else attrs.evolve(r, policy=s.policy)


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
    C = _mod(SSC)
    cs = C.classes_of(policy)
    ix = {c: j for j, c in enumerate(cs)}
    gone = {}  # the recovered class an instance would have joined, per class it leaves
    for j, c in enumerate(cs):
        if c.idle and not c.healthy and C.recovers(c) in ix:
            gone.setdefault(ix[C.recovers(c)], []).append(j)
    return guard, attrs.evolve(nxt, cnt=tuple(
        x - L.ite(L.or_(*(args.cls == j for j in gone[d])), 1, 0) if d in gone else x for d, x in enumerate(nxt.cnt)
    ))


def _size_from_policy(orig):
    """α with the set's size read from the policy, as the counting state of a fixed N holds it."""

    def abstract(s):
        c = orig(s)
        return attrs.evolve(c, n=s.policy.instances) if isinstance(s.policy.instances, int) else c

    return abstract


P5 = ss.ScaleSetPolicy(instances=5)
P5_CALM = attrs.evolve(P5, concurrent_maintenance=False, upgraded_may_fail=False, initial_unhealthy=0)

SCALE_SET = [
    Mutant(
        "batch-size-plus-one", "scale_set",
        "the batch size rounds one too high: b = max(1, ⌊p·N/100⌋) + 1 (A-8, A-10.2)",
        (Patch(SS, "batch_size", lambda orig: lambda L, policy, n: orig(L, policy, n) + 1),), ("VMSS-BATCH-CAP",), P5,
    ),
    Mutant(
        "batch-guard-allows-one-more", "scale_set",
        "the batch start checks len(chosen) > b + 1 instead of > b (off by one in the guard, A-10.2)",
        (_per_instance(SS, "orchestrator_starts_batch", _plus_one_b),
         Patch(SSC, "_starts_batch", lambda orig: lambda L, p, s, v, args, c, ix: orig(L, p, s, attrs.evolve(v, b=v.b + 1), args, c, ix))),
        ("VMSS-BATCH-NONEMPTY", "VMSS-BATCH-CAP"), P5,
    ),
    Mutant(
        "empty-batch-accepted", "scale_set",
        "a batch of no instance is accepted and counted as a batch (A-10.2)",
        (_per_instance(SS, "orchestrator_starts_batch", _empty_batch), Patch(SSC, "_starts_batch", lambda orig: functools.partial(_empty_batch_counting, orig))),
        ("VMSS-BATCH-NONEMPTY",), P5,
    ),
    Mutant(
        "precheck-skipped", "scale_set",
        "the pre-batch health check never faults: only 'nothing pending' is checked (A-10.1, A-11)",
        (_rule(SS, "status_at_check", lambda L, policy, v: L.ite(v.pending == 0, DONE, RF)),),
        ("VMSS-PRECHECK",), attrs.evolve(P5, concurrent_maintenance=False, initial_unhealthy="any"),
    ),
    Mutant(
        "precheck-at-threshold", "scale_set",
        "the pre-check faults at exactly p_unhealthy % (≥ instead of >, A-10.1 'more than 20%')",
        (_rule(SS, "status_at_check", lambda L, policy, v: L.ite(
            v.pending == 0, DONE,
            L.ite(100 * v.unhealthy >= policy.max_unhealthy_instance_percent * v.n, FAULTED, RF))),),
        ("VMSS-COMPLETES",), P5,
    ),
    Mutant(
        "stop-rule-ignored", "scale_set",
        "a batch that ends over the unhealthy threshold is recorded but does not fault the upgrade (A-12)",
        (_rule(SS, "status_after_batch", _after_batch(stop=False)),), ("VMSS-STOP-RULE",), P5, examples=1000,
        # The bug shows only when a recovery comes between the tripping batch end and the next
        # check; a cancel ends the run first.
        fuzz_weights=(("operator_cancels", 0), ("instance_recovers", 3), ("maintenance_takes_down", 2)),
    ),
    Mutant(
        "cancel-ignored", "scale_set",
        "a cancel requested mid-batch is recorded, but neither the batch end nor the next batch start reads it (A-5)",
        (_rule(SS, "status_after_batch", _after_batch(cancel=False)),
         _per_instance(SS, "orchestrator_starts_batch", _ignore_cancel),
         Patch(SSC, "_starts_batch", lambda orig: functools.partial(_ignore_cancel_counting, orig)),
         Patch(SSC, "enabled", _ignore_cancel_enabled)),
        ("VMSS-CANCEL",), P5,
    ),
    Mutant(
        "in-progress-counts-whole-batch", "scale_set",
        "inProgressInstanceCount counts the batch in flight until it ends, finished instances too (A-27)",
        (Patch(SSC, "view", _in_progress_counts_batch),), ("VMSS-PROGRESS-COUNTS",), P5,
    ),
    Mutant(
        "data-disk-replaced", "scale_set",
        "upgrading an instance rebuilds its data disks along with the OS disk (A-6)",
        (Patch(SSC, "starts_upgrading", lambda orig: lambda c: attrs.evolve(orig(c), data_ok=False)),
         _per_instance(SS, "orchestrator_starts_batch", _chosen_fixup(lambda b, x, i: attrs.evolve(x, data_disks=x.data_disks + "-rebuilt")))),
        ("VMSS-DATA-DISKS",), P5,
    ),
    Mutant(
        "os-disk-kept", "scale_set",
        "an upgraded instance runs the target image on its old OS disk (the disk is not replaced, A-6, A-10.3)",
        (Patch(SSC, "starts_upgrading", lambda orig: lambda c: attrs.evolve(orig(c), os_disk=c.os_disk)),
         _per_instance(SS, "orchestrator_starts_batch", _chosen_fixup(lambda b, x, i: attrs.evolve(x, os_disk=b.os_disk)))),
        ("VMSS-DATA-DISKS",), P5,
    ),
    Mutant(
        "rollback-keeps-new-os-disk", "scale_set",
        "the V1 OS-disk rollback restores the old image but keeps the new OS disk",
        (Patch(SSC, "rolls_back_os_disk", lambda orig: lambda c: attrs.evolve(c, image=ss.OLD)),
         _per_instance(SS, "probe_wait_expires", _rolled_back_keep_os_disk)),
        ("VMSS-DATA-DISKS",), attrs.evolve(P5, os_disk_rollback_on_timeout=True),
    ),
    Mutant(
        "rollback-when-switched-off", "scale_set",
        "the probe wait rolls unhealthy instances back to the old image although os_disk_rollback_on_timeout is off (V1)",
        _under_policy("scale_set", "probe_wait_expires", os_disk_rollback_on_timeout=True),
        ("VMSS-NO-DOWNGRADE",), P5,
    ),
    Mutant(
        "completion-counted-by-batches", "scale_set",
        "the upgrade completes after ⌈N/b⌉ batches, though batches of fewer than b leave instances pending (A-10.5)",
        (_rule(SS, "status_after_batch", _after_batch(done="batches")),),
        ("VMSS-TERMINAL",), ss.ScaleSetPolicy(instances=4, max_batch_instance_percent=50, concurrent_maintenance=False),
        examples=600,
    ),
    Mutant(
        "faulted-upgrade-retried", "scale_set",
        "the orchestrator re-runs the health check of a Faulted upgrade and rolls forward again (V6)",
        (_per_instance(SS, "orchestrator_checks_health", _retry_faulted),
         _counting_step(SSC, "orchestrator_checks_health", _retry_faulted_counting)),
        ("VMSS-TERMINAL",), P5,
    ),
    Mutant(
        "service-fabric-ignores-uds", "scale_set",
        "with Service Fabric, batches are the 20% batches of instances from any update domain (A-23)",
        (_per_instance(SS, "orchestrator_starts_batch", _sf_ignored),
         Patch(SSC, "_starts_batch", lambda orig: functools.partial(_sf_ignored_counting, orig))),
        ("VMSS-SF-BY-UD",),
        ss.ScaleSetPolicy(instances=4, max_batch_instance_percent=50, service_fabric=True, update_domains=2),
    ),
    Mutant(
        "maintenance-not-paused", "scale_set",
        "maintenance takes instances down during an upgrade although concurrent_maintenance is off (A-12)",
        _under_policy("scale_set", "maintenance_takes_down", concurrent_maintenance=True),
        ("VMSS-HEALTH-CAP", "VMSS-AVAILABILITY"), P5_CALM,
    ),
    Mutant(
        "upgraded-gate-over-all-instances", "scale_set",
        "the upgraded-health gate divides the unhealthy upgraded instances by N, not by the upgraded ones (A-18, V6)",
        (_rule(SS, "status_after_batch", _after_batch(gate="n")),),
        ("VMSS-UPGRADED-GATE",), attrs.evolve(P5, concurrent_maintenance=False),
    ),
    Mutant(
        "upgraded-gate-ignored", "scale_set",
        "a batch end never checks the upgraded instances' health; only the stop rule can fault (A-18, A-24)",
        (_rule(SS, "status_after_batch", _after_batch(gate="off")),),
        ("VMSS-CREDENTIALS",), attrs.evolve(P5, credentials_valid=False),
    ),
    Mutant(
        "upgrade-fails-when-switched-off", "scale_set",
        "an upgraded instance may come back unhealthy although upgraded_may_fail is off (A-18)",
        _under_policy("scale_set", "instance_finishes_upgrade", upgraded_may_fail=True),
        ("VMSS-HEALTH-CAP", "VMSS-AVAILABILITY"), attrs.evolve(P5_CALM, max_unhealthy_upgraded_instance_percent=100),
    ),
    Mutant(
        "recovery-forgets-instance", "scale_set",
        "an instance that recovers from maintenance is restarted outside the set: the set loses it (A-12)",
        (_per_instance(SS, "instance_recovers", _recovery_forgets),
         _counting_step(SSC, "instance_recovers", _recovery_forgets_counting),
         Patch(SSC, "abstract", _size_from_policy)),
        ("X-INSTANCES-CONSERVED",), P5,
    ),
]


# --------------------------------------------------------------------------------------------
# Cloud service


def _gate_every_ud(s):
    u = s.update
    if u is None or u.current_ud == 0:
        return True
    p = s.policy
    return all(
        sum(1 for x in s.instances if x.role == r and x.phase == cs.Phase.ONLINE) >= p.min_good_instances
        for r in p.role_names
    )


def _gate_every_ud_view(orig):
    def view(L, policy, s):
        v = orig(L, policy, s)
        gate = L.or_(s.current_ud == 0, L.and_(*(o >= policy.min_good_instances for o in v.online_by_role)))
        blocked = L.and_(
            L.not_(s.deleted), v.in_place, policy.mode == "automatic", L.not_(s.during),
            s.current_ud < policy.upgrade_domains, L.not_(gate),
        )
        return attrs.evolve(v, gate_passes=gate, walk_blocked=blocked, stuck=L.and_(blocked, v.crashed >= 1))

    return view


def _walk_any(orig, s, ud):
    u = s.update
    if u is not None and not u.during and isinstance(ud, int) and 0 <= ud < s.policy.upgrade_domains:
        s = attrs.evolve(s, update=attrs.evolve(u, current_ud=ud))
    return orig(s, ud)


def _walk_any_counting(orig, L, policy, s, a, args, v):
    ok = L.and_(args.ud >= 0, args.ud < policy.upgrade_domains, L.not_(s.during))
    return orig(L, policy, attrs.evolve(s, current_ud=L.ite(ok, args.ud, s.current_ud)), a, args, v)


def _rollback_after_all_updated(orig, s):
    r = orig(s)
    if r is None or r.clause != "U-22(c)" or s.update is None:
        return r
    if s.increases_local:
        return Refused("operator_rolls_back", "U-22(a)", "the update increases a role's local resources")
    if not s.policy.quota_allows_rollback:
        return Refused("operator_rolls_back", "U-22(b)", "rolling back would exceed the subscription's core quota")
    return None


def _rollback_of_vip_swap(orig, s):
    u = s.update
    if u is not None and u.kind == "vip_swap":
        return orig(attrs.evolve(s, update=attrs.evolve(u, kind="in_place")))
    return orig(s)


def _rollback_walk_noop(orig, s, ud, target):
    if target == cs.OLD:
        return attrs.evolve(s, update=attrs.evolve(s.update, current_ud=ud, during=True))
    return orig(s, ud, target)


def _rollback_walk_noop_counting(orig, L, policy, s, a, args, v):
    guard, nxt = orig(L, policy, s, a, args, v)
    back = L.or_(s.rollback, a == _mod(CSC).A.operator_rolls_back)  # the walk targets the old version
    return guard, attrs.evolve(
        nxt, cnt=tuple(L.ite(back, x, y) for x, y in zip(s.cnt, nxt.cnt)),
        untouched_stopped=L.ite(back, s.untouched_stopped, nxt.untouched_stopped),
    )


def _unlocked(orig, s, *a):
    return orig(attrs.evolve(s, locked=False), *a)


def _unlocked_counting(orig):
    def request(L, policy, s, *a):
        return orig(L, policy, attrs.evolve(s, locked=False), *a)

    return request


def _complete_without_waiting(orig, L, policy, s, a, args, v):
    guard, nxt = orig(L, policy, s, a, args, v)
    v = _mod(CSC).view(L, policy, s) if v is None else v
    return L.and_(L.not_(s.deleted), v.in_place, s.during), nxt


def _crash_drops(orig, s, i):
    r = orig(s, i)
    if isinstance(r, Refused):
        return r
    return attrs.evolve(r, instances=r.instances[:i] + r.instances[i + 1:])


def _crash_drops_counting(orig, L, policy, s, a, args, v):
    guard, _ = orig(L, policy, s, a, args, v)
    C = _mod(CSC)
    cnt = tuple(
        x - L.ite(args.cls == j, 1, 0) if C.can_crash(c.loc) else x for j, (c, x) in enumerate(zip(C.classes_of(policy), s.cnt))
    )
    return guard, attrs.evolve(s, cnt=cnt)


def _keeps_e(orig, operation, drives):
    return tuple(drives) if operation == "in_place_upgrade" else orig(operation, drives)


def _cs(**kw: Any) -> cs.CloudServicePolicy:
    return cs.CloudServicePolicy(**{"roles": {"web": 2}, "upgrade_domains": 2, **kw})


CLOUD_SERVICE = [
    Mutant(
        "gate-counts-every-ud", "cloud_service",
        "the health gate counts a role's online instances in every UD, not its updated ones in the walked UDs (U-15)",
        (_per_instance(CS, "gate_passes", lambda orig, s: _gate_every_ud(s)), Patch(CSC, "view", _gate_every_ud_view)),
        ("CS-HEALTH-GATE",), _cs(), examples=1000,
    ),
    Mutant(
        "manual-walk-any-ud", "cloud_service",
        "Walk Upgrade Domain accepts any UD, not only the next in index order (U-23, C5)",
        (_per_instance(CS, "operator_walks_ud", _walk_any), _counting_step(CSC, "operator_walks_ud", _walk_any_counting)),
        ("CS-MANUAL-WALK",), _cs(roles={"web": 3}, upgrade_domains=3, mode="manual"),
    ),
    Mutant(
        "fabric-walks-in-manual-mode", "cloud_service",
        "the fabric controller walks the next UD by itself in manual mode (U-23)",
        _under_policy("cloud_service", "fabric_walks_ud", mode="automatic"),
        ("CS-MANUAL-WALK",), _cs(mode="manual"),
    ),
    Mutant(
        "rollback-after-completion", "cloud_service",
        "RollbackAllowed stays true once every instance is updated (U-22(c) ignored)",
        (_per_instance(CS, "_rollback_refusal", _rollback_after_all_updated),
         _rule(CSC, "rollback_allowed", lambda L, policy, s, v: L.and_(
             L.not_(s.deleted), v.forward, L.not_(s.increases_local), policy.quota_allows_rollback))),
        ("CS-NO-ROLLBACK-AFTER-COMPLETE", "CS-ROLLBACK-ALLOWED"), _cs(roles={"web": 1}, upgrade_domains=1),
    ),
    Mutant(
        "vip-swap-rollback-allowed", "cloud_service",
        "RollbackAllowed does not look at the update kind, so a VIP swap can be rolled back (U-19)",
        (_per_instance(CS, "_rollback_refusal", _rollback_of_vip_swap),
         _rule(CSC, "rollback_allowed", lambda L, policy, s, v: L.and_(
             L.not_(s.deleted), s.active, L.not_(s.rollback), L.not_(s.rollback_pending), v.not_updated >= 1,
             L.not_(s.increases_local), policy.quota_allows_rollback))),
        ("CS-VIP-SWAP-NO-ROLLBACK", "CS-ROLLBACK-ALLOWED"), _cs(roles={"web": 1}, upgrade_domains=1),
    ),
    Mutant(
        "rollback-leaves-config-new", "cloud_service",
        "a rollback walks the UDs without stopping the updated instances: they keep the new version (U-20)",
        (_per_instance(CS, "_walk_ud", _rollback_walk_noop),
         *(_counting_step(CSC, a, _rollback_walk_noop_counting)
           for a in ("fabric_walks_ud", "operator_walks_ud", "operator_rolls_back"))),
        ("CS-ROLLBACK-RESTORES",), _cs(min_good_instances=0),
    ),
    Mutant(
        "rollback-does-not-wait", "cloud_service",
        "a rollback turns UD 0 back at once instead of waiting for the UD in progress (U-20)",
        _under_policy("cloud_service", "operator_rolls_back", rollback_waits_for_current_ud=False),
        ("CS-ONE-ACTIVE-UPGRADE", "CS-ROLLBACK-RESTORES"), _cs(),
    ),
    Mutant(
        "locked-ignored", "cloud_service",
        "an update request is accepted while the deployment is locked (U-29)",
        (_per_instance(CS, "_request", _unlocked), Patch(CSC, "_request", _unlocked_counting)),
        ("CS-LOCKED",), _cs(roles={"web": 1}, upgrade_domains=1, quota_allows_rollback=False),
    ),
    Mutant(
        "ud-completed-without-waiting", "cloud_service",
        "a UD is marked complete before its instances are back online (U-5)",
        (_per_instance(CS, "ud_done", lambda orig, s, ud: True),
         _counting_step(CSC, "fabric_completes_ud", _complete_without_waiting)),
        ("CS-ONE-UD", "CS-ROLE-AVAILABLE"), _cs(start_timeout_walks_on=False),
    ),
    Mutant(
        "crashed-instance-dropped", "cloud_service",
        "a role instance that crashes is dropped from the deployment instead of staying crashed (U-25)",
        (_per_instance(CS, "instance_crashes", _crash_drops), _counting_step(CSC, "instance_crashes", _crash_drops_counting)),
        ("X-INSTANCES-CONSERVED",), _cs(roles={"web": 1}, upgrade_domains=1, new_code_crashes=True),
    ),
    Mutant(
        "in-place-upgrade-keeps-e", "cloud_service",
        "an in-place upgrade keeps the E: drive, though U-13 says it is destroyed",
        (_per_instance(CS, "drives_after", _keeps_e),),
        ("CS-DRIVES",), _cs(),
    ),
]

MUTANTS: tuple[Mutant, ...] = (*SCALE_SET, *CLOUD_SERVICE)


def by_name(name: str) -> Mutant:
    for m in MUTANTS:
        if m.name == name:
            return m
    raise KeyError(name)
