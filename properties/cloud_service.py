"""The ``CS-*`` properties and the cloud service's ``X-*`` ones (catalog: spec/properties.md).

Each predicate reads a ``model.cloud_service_counts.View`` through a ``Logic``; step predicates get
the view before, the action code ``a`` (``model.cloud_service_counts.A``) and the view after.
Each docstring states *where the property holds*: the project's finding, shown on both sides by
``tests/test_cloud_service_regions.py``.  The ``check`` properties compare the model's tables with
the seed text transcribed below (U-7, U-9, U-13, U-30…U-32).
"""

from __future__ import annotations

import attrs

from model import cloud_service as cs
from model.cloud_service_counts import MUTATING, A
from model.core import Action, Refused
from properties.registry import Kind, Property, register

M = "cloud_service"


def _is(a, *codes):
    return [a == int(c) for c in codes]


# --------------------------------------------------------------------------------------------
# Invariants and steps


def one_ud_offline(L, policy, v):
    """CS-ONE-UD (U-3, U-5, U-10): every instance not online is in the UD being walked.

    With one operation at a time it holds iff nothing is left behind by the walk:
    ``start_timeout_walks_on`` off (a timed-out instance stays down while the walk moves on, U-16),
    ``new_code_crashes`` off (an updated instance may crash after the walk has left its UD), and
    ``rollback_waits_for_current_ud`` on (or rollback never allowed, or one UD).  Refuted under the seed's defaults by
    the U-16 timeout.  "The UD being walked" is the current UD while it is walked, and the last
    walked UD between UDs.
    """
    return v.offline_outside == 0


def one_ud_offline_with_concurrent_operations(L, policy, v):
    """CS-ONE-UD-CONCURRENT (U-26, U-27): the CS-ONE-UD statement when a second update may arrive.

    Refuted for every policy with concurrent operations: a second automatic update takes UD 0 down
    at once while the first's UD is still down (U-27), and a second manual update leaves the first's
    UD down while no UD is being walked.
    """
    return v.offline_outside == 0


def roles_stay_online(L, policy, v):
    """CS-ROLE-AVAILABLE (U-6, U-12): during an in-place update every role keeps an instance online.

    Holds iff every role has ≥ 2 instances and there are ≥ 2 UDs (so a role spans two UDs) and no
    instance is left behind (as CS-ONE-UD: no timeout, no crash, one operation at a time, rollback
    waits).  A role of one instance (U-6) is refuted at once.
    """
    return L.implies(L.and_(v.in_place, L.not_(v.deleted)), L.and_(*(o >= 1 for o in v.online_by_role)))


def rollback_allowed_iff_rules(L, policy, v):
    """CS-ROLLBACK-ALLOWED (U-18, U-19, U-22): RollbackAllowed ⇔ in-place update in progress ∧ ≥ 1
    instance not updated ∧ no local-resource increase ∧ quota allows.

    Holds for every policy ("in progress" read as a forward update: a rollback is not rolled back).
    """
    rules = L.and_(
        v.forward, L.not_(v.deleted), v.not_updated >= 1, L.not_(v.increases_local),
        policy.quota_allows_rollback,
    )
    return L.and_(L.implies(v.rollback_allowed, rules), L.implies(rules, v.rollback_allowed))


def no_rollback_after_complete(L, policy, before, a, after):
    """CS-NO-ROLLBACK-AFTER-COMPLETE (U-22(c)): once every instance is updated, rollback is refused.

    Holds for every policy.
    """
    return L.implies(a == int(A.operator_rolls_back), L.and_(before.active, before.not_updated >= 1))


def rollback_restores(L, policy, v):
    """CS-ROLLBACK-RESTORES (U-20, U-23): a completed rollback leaves every instance on the
    pre-update version, and no instance that was never updated was stopped.

    Holds iff ``rollback_waits_for_current_ud``: with false, a rollback that starts while a UD is
    being walked turns back instances that were stopped but never updated.
    """
    return L.and_(L.not_(v.untouched_stopped), L.implies(v.rolled_back, v.on_new == 0))


def one_active_upgrade(L, policy, v):
    """CS-ONE-ACTIVE-UPGRADE (U-11): one upgrade is active, and it targets the latest request.

    Read as: no instance is in flight towards a version the active walk does not target.  Holds
    iff one operation at a time and ``rollback_waits_for_current_ud``; a second update (U-27) or an
    immediate rollback leaves the replaced walk's UD finishing on a stale version.
    """
    return v.stale_in_flight == 0


def manual_walk_in_order(L, policy, before, a, after):
    """CS-MANUAL-WALK (U-23, C5): in manual mode a UD is walked only by an explicit, in-order request.

    Holds for every manual policy: only ``operator_walks_ud`` starts a UD, and the current UD only
    advances by one or restarts at 0 with a new walk.
    """
    starts = L.or_(L.and_(L.not_(before.during), after.during), after.stopped > before.stopped)
    order = L.or_(
        after.current_ud == before.current_ud, after.current_ud == before.current_ud + 1,
        after.current_ud == 0,
    )
    return L.and_(L.implies(starts, a == int(A.operator_walks_ud)), order)


def gate_before_next_ud(L, policy, before, a, after):
    """CS-HEALTH-GATE (U-15): in automatic mode UD i+1 starts only when every role has
    ≥ ``min_good_instances`` updated instances online in the walked UDs.

    Holds for every automatic policy (a timed-out or crashed instance never counts as good; a
    second update or an immediate rollback starts at UD 0, where there is nothing to gate).
    """
    starts_later_ud = L.and_(L.not_(before.during), after.during, after.current_ud >= 1)
    return L.implies(
        starts_later_ud, L.and_(*(g >= policy.min_good_instances for g in before.good_walked_by_role))
    )


def walk_never_blocked(L, policy, v):
    """CS-START-TIMEOUT (U-16): with the timeout, an instance that never starts does not stop the walk.

    Stated over runs with one update, no crash and at most one timed-out instance at a time: the
    automatic walk is never blocked by the gate.  Holds iff every role's UD 0 holds more than
    ``min_good_instances`` instances (``⌈n/k⌉ ≥ min_good + 1``): otherwise the timed-out instance
    is missing from the gate's count and the walk stops for good.
    """
    return L.not_(v.walk_blocked)


def one_update_no_crash_one_timeout(L, policy, before, a, after):
    """Runs of CS-START-TIMEOUT: one update, no crash, no other request, ≤ 1 timed-out instance."""
    return L.and_(
        *(a != int(x) for x in (A.instance_crashes, A.operator_rolls_back, A.operator_deletes_deployment,
                                 A.operator_changes_configuration)),
        L.implies(a == int(A.operator_requests_update), L.and_(L.not_(before.active), L.not_(after.vip_swap))),
        after.timed_out <= 1,
    )


def can_recover_from_stuck(L, policy, v):
    """CS-STUCK-RECOVERABLE (U-25): from a stuck deployment, every instance gets back online.

    Reachable from every stuck start iff a way out is accepted and the way back is not gated shut:
    ``concurrent_operations`` (a new update), or a rollback (``quota_allows_rollback``, no
    ``local_resources_increase``, and an instance left to update: some role has ≥ k instances or
    the stuck UD is below the last occupied one); and every role's UD 0 holds ≥ ``min_good``.
    """
    return L.and_(v.offline == 0, L.not_(v.active), L.not_(v.deleted))


def stuck_start(L, policy, v):
    return v.stuck


def recovery_moves(L, policy, before, a, after):
    """No delete; a new update carries working code."""
    return L.and_(
        a != int(A.operator_deletes_deployment),
        L.implies(a == int(A.operator_requests_update), L.not_(after.target_crashes)),
    )


def no_mutation_while_locked(L, policy, before, a, after):
    """CS-LOCKED (U-21, U-28, U-29): no mutating operation is accepted while ``Locked``.

    Refuted wherever a rollback is possible while locked: U-28 counts Rollback as a mutating
    operation, U-21 lets ``RollbackAllowed`` alone decide.  Holds iff ``concurrent_operations``
    (never locked) or rollback is never allowed (``local_resources_increase`` or no quota).
    """
    return L.implies(before.locked, L.and_(*(a != int(x) for x in MUTATING)))


def vip_swap_never_rolls_back(L, policy, v):
    """CS-VIP-SWAP-NO-ROLLBACK (U-19): RollbackAllowed is never true during a VIP swap.  Holds."""
    return L.implies(v.vip_swap, L.not_(v.rollback_allowed))


def instances_conserved(L, policy, v):
    """X-INSTANCES-CONSERVED: no step creates, loses or duplicates an instance.  Holds."""
    return v.total == v.n


# --------------------------------------------------------------------------------------------
# Checks against the seed text

#: U-7 as the seed prints it (in-place, VIP swap, delete and redeploy).
SEED_U7 = {
    "OS version": ("yes", "yes", "yes"),
    ".NET trust level": ("yes", "yes", "yes"),
    "VM size": ("yes (SDK 1.5+)", "yes", "yes"),
    "local storage settings": ("increase only (SDK 1.5+)", "yes", "yes"),
    "add or remove roles": ("yes", "yes", "yes"),
    "number of instances of a role": ("yes", "yes", "yes"),
    "number or type of endpoints": ("yes (SDK 1.5+)", "no", "yes"),
    "configuration setting names and values": ("yes", "yes", "yes"),
    "configuration setting values only": ("yes", "yes", "yes"),
    "add new certificates": ("yes", "yes", "yes"),
    "change existing certificates": ("yes", "yes", "yes"),
    "deploy new code": ("yes", "yes", "yes"),
}
#: The model's name for each seed row.
U7_ROWS = dict(zip(SEED_U7, cs.CHANGE_TABLE))
#: U-9's list, as the seed words it.
SEED_U9 = {"renaming a role": "rename_role", "changing the number of UDs": "upgrade_domain_count",
           "decreasing the size of a local resource": "local_storage_decrease"}
#: U-13 as the seed prints it (C:, D:, E:), and U-8.
SEED_U13 = {
    "VM reboot": ("kept", "kept", "kept"),
    "portal reboot": ("kept", "kept", "destroyed"),
    "portal reimage": ("kept", "destroyed", "destroyed"),
    "in-place upgrade": ("kept", "kept", "destroyed"),
    "node migration": ("destroyed", "destroyed", "destroyed"),
}
U13_ROWS = {"VM reboot": "vm_reboot", "portal reboot": "portal_reboot", "portal reimage": "portal_reimage",
            "in-place upgrade": "in_place_upgrade", "node migration": "node_migration"}


def _seed_allows(cell: str, change: str) -> bool:
    if cell == "no":
        return False
    if cell.startswith("increase only"):
        return change == "local_storage_increase"
    return True


def change_rules_disagreements(policy) -> list[str]:
    """CS-CHANGE-RULES: ``change_allowed`` against U-7 cell by cell; U-9 refused during an update."""
    out = []
    for row, cells in SEED_U7.items():
        name = U7_ROWS[row]
        changes = ("local_storage_increase", "local_storage_decrease") if name == "local_storage" else (name,)
        for kind, cell in zip(cs.TABLE_KINDS, cells):
            for ch in changes:
                if cs.change_allowed(kind, ch) != _seed_allows(cell, ch):
                    out.append(f"U-7 {row} / {kind}: seed says {cell!r}, change_allowed({kind!r}, {ch!r}) = {cs.change_allowed(kind, ch)}")
    if set(SEED_U9.values()) != set(cs.U9_CHANGES):
        out.append(f"U-9 list: seed {sorted(SEED_U9.values())}, model {sorted(cs.U9_CHANGES)}")
    p = attrs.evolve(policy, initial="idle")
    running = cs.operator_requests_update(cs.initial_state(p))
    if isinstance(running, Refused):
        return [*out, f"the first update was refused: {running}"]
    for ch in cs.CHANGES:
        for kind in cs.KINDS:
            r = cs.operator_requests_update(running, kind=kind, change=ch)
            if ch in cs.U9_CHANGES and not (isinstance(r, Refused) and r.clause == "U-9"):
                out.append(f"U-9 {ch} ({kind}) during an update: got {r if isinstance(r, Refused) else 'accepted'}")
            idle = cs.operator_requests_update(cs.initial_state(p), kind=kind, change=ch)
            if isinstance(idle, Refused) == cs.change_allowed(kind, ch):
                out.append(f"U-7 {ch} ({kind}) on an idle deployment: change_allowed says {cs.change_allowed(kind, ch)}, the model {'refused' if isinstance(idle, Refused) else 'accepted'}")
    return out


def drives_disagreements(policy) -> list[str]:
    """CS-DRIVES: ``drives_after`` against U-13 row by row, U-8, and what a walk does to drives."""
    out = []
    fresh = (True, True, True)
    for row, cells in SEED_U13.items():
        got = tuple("kept" if d else "destroyed" for d in cs.drives_after(U13_ROWS[row], fresh))
        if got != cells:
            out.append(f"U-13 {row}: seed {cells}, model {got}")
    if cs.drives_after("vm_size_change", fresh)[0]:
        out.append("U-8: a VM size change keeps local data (C:)")
    p = attrs.evolve(policy, initial="idle", mode="automatic", min_good_instances=0)
    for change, op in (("deploy_new_code", "in_place_upgrade"), ("vm_size", "vm_size_change")):
        s = _run_update(p, change)
        for x in s.instances:
            if x.drives != cs.drives_after(op, fresh):
                out.append(f"in-place update ({change}): instance {x.role}/{x.ud} drives {x.drives}, expected the {op} row")
                break
    return out


def _run_update(p, change: str):
    """Drive one automatic update to completion, every instance coming online."""
    s = cs.operator_requests_update(cs.initial_state(p), change=change)
    for _ in range(10 * (p.n + p.upgrade_domains) + 10):
        if s.update is None:
            break
        u = s.update
        if not u.during:
            s = cs.fabric_walks_ud(s)
            continue
        ud = u.current_ud
        nxt = cs.fabric_updates_ud(s, ud)
        if isinstance(nxt, Refused):
            nxt = cs.fabric_starts_ud(s, ud)
        if isinstance(nxt, Refused):
            starting = [i for i, x in enumerate(s.instances) if x.phase == cs.Phase.STARTING]
            nxt = cs.instance_comes_online(s, starting[0]) if starting else cs.fabric_completes_ud(s)
        s = nxt
    return s


def ud_spread_disagreements(policy) -> list[str]:
    """CS-UD-SPREAD: per role, UD sizes ⌊n/k⌋ + [i < n mod k], differing by ≤ 1, 0-based, k ≤ 20."""
    out = []
    k = policy.upgrade_domains
    if not 1 <= k <= 20:
        out.append(f"U-30: {k} UDs is outside 1..20")
    s = cs.initial_state(attrs.evolve(policy, initial="idle"))
    for role, n in policy.roles:
        sizes = [sum(1 for x in s.instances if x.role == role and x.ud == u) for u in range(k)]
        want = [n // k + (1 if u < n % k else 0) for u in range(k)]
        if sizes != want:
            out.append(f"U-31 {role} ({n} over {k}): UD sizes {sizes}, expected {want}")
        if max(sizes) - min(sizes) > 1:
            out.append(f"U-30 {role}: UD sizes differ by more than 1: {sizes}")
        if any(not 0 <= x.ud < k for x in s.instances):
            out.append("U-32: a UD index outside 0..k-1")
        if [cs.ud_size(n, u, k) for u in range(k)] != want:
            out.append(f"ud_size disagrees for {role}")
    for n, want in ((10, [2, 2, 2, 2, 2]), (14, [3, 3, 3, 3, 2])):  # U-31's own examples
        if [cs.ud_size(n, u, 5) for u in range(5)] != want:
            out.append(f"U-31: {n} over 5 UDs should be {want}")
    return out


def purity_disagreements(policy) -> list[str]:
    """X-STEP-PURE: every action, on the states of a fixed run, gives equal results twice and
    leaves its input equal to a copy taken before."""
    import copy

    p = attrs.evolve(policy, initial="idle")
    s = cs.initial_state(p)
    states = [s]
    for act in (
        Action.of("operator_requests_update"), Action.of("fabric_walks_ud"), Action.of("operator_walks_ud", ud=0),
        Action.of("fabric_updates_ud", ud=0), Action.of("fabric_starts_ud", ud=0),
    ):
        r = cs.apply(states[-1], act)
        if not isinstance(r, Refused):
            states.append(r)
    out = []
    for st in states:
        for name in cs.ACTIONS:
            args = {"ud": 0} if name in ("operator_walks_ud", "fabric_updates_ud", "fabric_starts_ud") else (
                {"i": 0} if name.startswith("instance_") else {})
            snapshot = copy.deepcopy(st)
            r1 = cs.apply(st, Action.of(name, **args))
            r2 = cs.apply(st, Action.of(name, **args))
            if r1 != r2:
                out.append(f"{name} gave two results from one state")
            if st != snapshot:
                out.append(f"{name} changed its input")
    return out


# --------------------------------------------------------------------------------------------
# The catalog


def _not_concurrent(p) -> bool:
    return not p.concurrent_operations


def _concurrent(p) -> bool:
    return p.concurrent_operations


def _manual(p) -> bool:
    return p.mode == "manual"


def _automatic(p) -> bool:
    return p.mode == "automatic"


def _timeout(p) -> bool:
    return p.start_timeout_walks_on and p.mode == "automatic"


def _can_be_stuck(p) -> bool:
    return p.new_code_crashes and p.mode == "automatic" and p.upgrade_domains >= 2


_P = [
    Property("CS-UD-SPREAD", M, Kind.CHECK, "ud_spread_is_even",
             "per role, UD sizes follow ⌊n/k⌋ + [i < n mod k]; sizes differ by ≤ 1; 1 ≤ k ≤ 20, default 5; 0-based",
             ("U-4", "U-30", "U-31", "U-32"), "every policy (instance j of a role in UD j mod k)",
             check=ud_spread_disagreements),
    Property("CS-ONE-UD", M, Kind.INV, "one_ud_offline",
             "with one operation at a time, every instance not online is in the UD being walked",
             ("U-3", "U-5", "U-10"),
             "iff nothing is left behind: start_timeout_walks_on off, new_code_crashes off, rollback waits (refuted at the seed defaults by U-16)",
             holds=one_ud_offline, applies=_not_concurrent,
             not_applicable_why="concurrent_operations = true (see CS-ONE-UD-CONCURRENT)"),
    Property("CS-ONE-UD-CONCURRENT", M, Kind.INV, "one_ud_offline_with_concurrent_operations",
             "the same statement when concurrent_operations allows a second automatic update mid-update",
             ("U-26", "U-27"), "nowhere: a second update mid-walk leaves two UDs down (automatic: UD 0 at once, U-27)",
             holds=one_ud_offline_with_concurrent_operations, applies=_concurrent, not_applicable_why="concurrent_operations = false"),
    Property("CS-ROLE-AVAILABLE", M, Kind.INV, "roles_stay_online",
             "during an in-place update, every role keeps ≥ 1 instance online", ("U-6", "U-12"),
             "iff every role has ≥ 2 instances, k ≥ 2, and nothing is left behind (as CS-ONE-UD)",
             holds=roles_stay_online),
    Property("CS-ROLLBACK-ALLOWED", M, Kind.INV, "rollback_allowed_iff_rules",
             "rollback_allowed ⇔ in-place update in progress ∧ ≥ 1 instance not yet updated ∧ ¬local-resource increase ∧ quota allows",
             ("U-18", "U-19", "U-22"), "every policy", holds=rollback_allowed_iff_rules),
    Property("CS-NO-ROLLBACK-AFTER-COMPLETE", M, Kind.STEP, "no_rollback_after_complete",
             "once every instance is updated, a rollback request is refused", ("U-22(c)",), "every policy",
             holds=no_rollback_after_complete),
    Property("CS-ROLLBACK-RESTORES", M, Kind.INV, "rollback_restores",
             "when a rollback completes, every instance runs the pre-update package and configuration, and no instance that was never updated was ever stopped",
             ("U-20", "U-23"), "iff rollback_waits_for_current_ud", holds=rollback_restores),
    Property("CS-ONE-ACTIVE-UPGRADE", M, Kind.INV, "one_active_upgrade",
             "at most one upgrade is active, and it targets the latest requested version", ("U-11",),
             "iff concurrent_operations is off and rollback_waits_for_current_ud", holds=one_active_upgrade),
    Property("CS-MANUAL-WALK", M, Kind.STEP, "manual_walk_in_order",
             "in manual mode a UD is walked only on an explicit walk request, in index order from 0",
             ("U-23", "C5"), "every manual policy", holds=manual_walk_in_order,
             applies=_manual, not_applicable_why="mode = automatic"),
    Property("CS-HEALTH-GATE", M, Kind.STEP, "gate_before_next_ud",
             "in automatic mode UD i+1 starts only when every role has ≥ min_good_instances updated instances in a good state",
             ("U-15",), "every automatic policy", holds=gate_before_next_ud,
             applies=_automatic, not_applicable_why="mode = manual"),
    Property("CS-START-TIMEOUT", M, Kind.LIVE, "walk_never_blocked",
             "with start_timeout_walks_on, an instance that never starts does not stop the walk: every UD is walked",
             ("U-16",), "iff every role's UD 0 holds ≥ min_good_instances + 1 instances",
             holds=walk_never_blocked, allowed=one_update_no_crash_one_timeout,
             applies=_timeout, not_applicable_why="start_timeout_walks_on = false or mode = manual"),
    Property("CS-STUCK-RECOVERABLE", M, Kind.REACH, "can_recover_from_stuck",
             "from every stuck deployment (health gate blocked by crashing instances) a rollback or a new update reaches a state with every instance online",
             ("U-25",),
             "iff a way out is accepted (concurrent_operations, or a rollback: quota, no local increase, an instance not yet updated) and every role's UD 0 holds ≥ min_good_instances",
             goal=can_recover_from_stuck, start=stuck_start, allowed=recovery_moves,
             start_policy=lambda p: attrs.evolve(p, initial="stuck"),
             applies=_can_be_stuck, not_applicable_why="new_code_crashes = false, mode = manual, or one UD"),
    Property("CS-DRIVES", M, Kind.CHECK, "drives_follow_the_table",
             "each operation keeps and destroys exactly the drives of the U-13 table; a VM size change destroys local data",
             ("U-8", "U-13"), "the model's table and walks agree with U-13", check=drives_disagreements),
    Property("CS-CHANGE-RULES", M, Kind.CHECK, "change_rules_follow_the_table",
             "a change is accepted for an update kind iff the U-7 table allows it, and no U-9 change is accepted during an update",
             ("U-7", "U-9"), "the model agrees with U-7 cell by cell and refuses U-9 changes mid-update",
             check=change_rules_disagreements),
    Property("CS-LOCKED", M, Kind.STEP, "no_mutation_while_locked",
             "no mutating operation is accepted while locked", ("U-21", "U-28", "U-29"),
             "iff concurrent_operations (never locked) or rollback is never allowed; refuted at the seed defaults by a rollback while locked (U-21 vs U-28)",
             holds=no_mutation_while_locked),
    Property("CS-VIP-SWAP-NO-ROLLBACK", M, Kind.INV, "vip_swap_never_rolls_back",
             "rollback_allowed is never true for a VIP-swap update", ("U-19",), "every policy",
             holds=vip_swap_never_rolls_back),
    Property("X-INSTANCES-CONSERVED", M, Kind.INV, "instances_conserved",
             "no step of an upgrade creates, loses or duplicates an instance", (), "every policy",
             holds=instances_conserved),
    Property("X-STEP-PURE", M, Kind.CHECK, "steps_are_pure",
             "every action is a pure function: same inputs, same result; inputs never mutated (tested, not proved)",
             (), "every action, on the states of its table", check=purity_disagreements),
]

for _p in _P:
    register(_p)
