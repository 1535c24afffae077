"""The ``CS-*`` properties and the cloud service's ``X-*`` ones (catalog: spec/properties.md).

Each predicate reads a ``model.cloud_service_counts.View`` through a ``Logic``; step predicates get
the view before, the action code ``a`` (``model.cloud_service_counts.A``) and the view after.
Each docstring states *where the property holds*: the project's finding, shown on both sides by
``tests/test_cloud_service_regions.py``.  The ``check`` properties compare the model's tables with
the seed text transcribed below (U-7, U-9, U-13, U-30…U-32).
"""

from __future__ import annotations

import attrs

from rollproof.model import cloud_service as cs
from rollproof.model import cloud_service_rules as rules
from rollproof.model.cloud_service_counts import MUTATING, A
from rollproof.model.core import Action, Refused
from rollproof.properties.registry import Antecedent, Kind, Property, register

M = "cloud_service"


def _is(a, *codes):
    return [a == int(c) for c in codes]


# --------------------------------------------------------------------------------------------
# Invariants and steps


def uds_down(L, v):
    """How many UDs hold an instance that is not online (a deleted deployment: none)."""
    per_ud = [L.ite(o >= 1, 1, 0) for o in v.by_ud.offline]
    return L.ite(v.deleted, 0, L.sum_(per_ud) if per_ud else 0)


def one_ud_offline(L, policy, v):
    """CS-ONE-UD (U-3, U-5, U-10): at most one UD has an instance down (every instance not online
    lies in one UD), with one operation at a time.

    Read over the instances alone: the UD the walk is at plays no part.  Holds iff nothing is left
    down behind the walk: ``start_timeout_walks_on`` off (a timed-out instance stays down while the
    walk moves on, U-16) and ``new_code_crashes`` off (an updated instance may crash after the walk
    has left its UD).  Refuted under the seed's defaults by the U-16 timeout: 10 steps.
    """
    return uds_down(L, v) <= 1


def one_ud_offline_with_concurrent_operations(L, policy, v):
    """CS-ONE-UD-CONCURRENT (U-26, U-27): at most one UD has an instance down, when a second
    operation may arrive mid-update.

    Refuted for every automatic policy with concurrent operations and ≥ 2 UDs: a second automatic
    update upgrades UD 0 at once (U-27) while the first update's UD is still down.
    """
    return uds_down(L, v) <= 1


def roles_stay_online(L, policy, v):
    """CS-ROLE-AVAILABLE (U-6, U-12): during an in-place update every role keeps an instance online.

    Holds iff every role the update targets (U-10) has ≥ 2 instances and there are ≥ 2 UDs (so a
    role spans two UDs), the walk goes one UD at a time (not ``simultaneous``, which takes every
    instance of a targeted role down at once) and no instance is left behind (as CS-ONE-UD: no
    timeout, no crash, one operation at a time, rollback waits).  A role of one instance (U-6) is
    refuted at once.
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

    Judged once the rollback completes, as a reader sees it then: an instance taken down during the
    update that never ran the new version (``untouched_stopped``: the rollback turned it back) was
    not left alone.  Holds iff ``rollback_waits_for_current_ud``: with false, a rollback that starts
    while a UD is being walked turns back instances that were stopped but never updated.
    """
    return L.implies(v.rolled_back, L.and_(v.on_new == 0, L.not_(v.untouched_stopped)))


def one_active_upgrade(L, policy, before, a, after):
    """CS-ONE-ACTIVE-UPGRADE (U-11): one upgrade is active, and it runs against the latest request.

    Judged where an operator sees it: the step in which the fabric starts an instance it updated
    (``fabric_starts_ud``) starts it on the version the operation in progress targets, the latest
    request's (or, in a rollback, the one before it).  An instance still on its way to a version
    the operation no longer targets is not yet a violation (it is one once it starts on it).  The
    instances in flight towards another version are exactly the ones ``stale_in_flight`` counts, and
    only a start takes one out of flight without changing the target, so the step starts such an
    instance iff that count falls.  Holds iff one operation at a time and
    ``rollback_waits_for_current_ud``; a second update (U-27) or an immediate rollback leaves the
    replaced walk's UD starting on a stale version.
    """
    return L.implies(a == int(A.fabric_starts_ud), after.stale_in_flight >= before.stale_in_flight)


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
    """CS-HEALTH-GATE (U-15): in automatic mode UD i+1 starts only when every role the update
    targets (U-10) has ≥ ``min_good_instances`` updated instances online in the walked UDs.

    Holds for every automatic policy (a timed-out or crashed instance never counts as good; a
    second update or an immediate rollback starts at UD 0, where there is nothing to gate).
    """
    starts_later_ud = L.and_(L.not_(before.during), after.during, after.current_ud >= 1)
    return L.implies(starts_later_ud, L.and_(*(
        g >= policy.min_good_instances
        for role, g in zip(policy.role_names, before.good_walked_by_role) if rules.updates_role(policy, role))))


def walk_never_blocked(L, policy, v):
    """CS-START-TIMEOUT (U-16): with the timeout, an instance that never starts does not stop the walk.

    Stated over runs with one update, no crash and at most one timed-out instance at a time: the
    automatic walk is never blocked by the gate.  Holds iff every targeted role's UD 0 holds more than
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
    the stuck UD is below the last occupied one); and every role the update targets (U-10) holds
    ≥ ``min_good`` in UD 0.
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
    """CS-LOCKED (U-21, U-28, U-29): no mutating operation other than a rollback is accepted while
    ``Locked``; a rollback is accepted only when ``RollbackAllowed`` (U-21: checking it alone suffices).

    Holds for every policy: it restates the guards of the mutating operations.
    """
    others = [a == int(x) for x in MUTATING if x != A.operator_rolls_back]
    return L.and_(
        L.implies(before.locked, L.not_(L.or_(*others))),
        L.implies(a == int(A.operator_rolls_back), before.rollback_allowed),
    )


def other_roles_untouched(L, policy, v):
    """CS-ONE-ROLE (U-10): an update of a single role stops only that role's instances: no instance
    of another role is ever stopped or being updated.

    Holds for every policy that names a role (``role_to_upgrade``): every walk, a second request's
    and a rollback's included, reaches only the targeted role's instances.
    """
    return v.untargeted_in_flight == 0


def simultaneous_walks_every_ud(L, policy, v):
    """CS-SIMULTANEOUS (C3, upgradeMode Simultaneous): a simultaneous walk reaches every UD at once:
    while a forward walk is in progress, no instance the update targets still serves the old version.

    Holds for every simultaneous policy (a second request mid-walk walks every UD again at once).
    """
    return L.implies(L.and_(v.forward, v.during, L.not_(v.deleted)), v.serving_old == 0)


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
            want = cs.drives_after(op, fresh) if rules.updates_role(p, x.role) else fresh  # U-10: others untouched
            if x.drives != want:
                row = f"the {op} row" if want != fresh else "every drive kept (its role is not updated)"
                out.append(f"in-place update ({change}): instance {x.role}/{x.ud} drives {x.drives}, expected {row}")
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


def _simultaneous(p) -> bool:
    return rules.walks_every_ud(p)


def _not_concurrent(p) -> bool:
    return not p.concurrent_operations and p.upgrade_domains >= 2 and not _simultaneous(p)


def _concurrent(p) -> bool:
    return p.concurrent_operations and p.upgrade_domains >= 2 and not _simultaneous(p)


def _one_role(p) -> bool:
    return p.role_to_upgrade != cs.ALL_ROLES


def _manual(p) -> bool:
    return p.mode == "manual"


def _automatic(p) -> bool:
    return p.mode == "automatic"


def _timeout(p) -> bool:
    return p.start_timeout_walks_on and p.mode == "automatic"


def _can_be_stuck(p) -> bool:
    return p.new_code_crashes and p.mode == "automatic" and p.upgrade_domains >= 2


def _state(text, fn):
    return Antecedent(text, fn)


def _step(text, fn):
    return Antecedent(text, fn, step=True)


_DOWN = _state("an instance is down", lambda L, p, v: v.offline >= 1)
_UPDATING = _state("an in-place update is in progress", lambda L, p, v: L.and_(v.in_place, L.not_(v.deleted)))
_ROLLS_BACK = _step("a rollback is accepted", lambda L, p, b, a, w: a == int(A.operator_rolls_back))
_ONE_UD = "upgrade_domains = 1: one UD, so at most one can be down"
_AT_ONCE = "mode = simultaneous: every UD is updated at once by design (upgradeMode Simultaneous)"

_P = [
    Property("CS-UD-SPREAD", M, Kind.CHECK, "ud_spread_is_even",
             "per role, UD sizes follow ⌊n/k⌋ + [i < n mod k]; sizes differ by ≤ 1; 1 ≤ k ≤ 20, default 5; 0-based",
             ("U-4", "U-30", "U-31", "U-32"), "every policy (instance j of a role in UD j mod k)",
             check=ud_spread_disagreements, depends_on=("roles", "upgrade_domains"),
             promise="U-30, U-31: Azure spreads role instances evenly over the UDs (14 instances over 5 UDs: 3, 3, 3, 3, 2).",
             covers="the policy's roles over its UDs, and U-31's two examples"),
    Property("CS-ONE-UD", M, Kind.INV, "one_ud_offline",
             "with one operation at a time, at most one UD has an instance down (every instance not online lies in one UD)",
             ("U-3", "U-5", "U-10"),
             "iff no instance is left down behind the walk: start_timeout_walks_on off, new_code_crashes off, and a rollback that waits (refuted at the seed defaults by U-16)",
             holds=one_ud_offline, applies=_not_concurrent,
             not_applicable_why="concurrent_operations = true (see CS-ONE-UD-CONCURRENT), " + _AT_ONCE + ", or " + _ONE_UD,
             not_applicable_when=((lambda p: p.concurrent_operations, "concurrent_operations = true (see CS-ONE-UD-CONCURRENT)"),
                                  (_simultaneous, _AT_ONCE), (lambda p: p.upgrade_domains < 2, _ONE_UD)),
             antecedents=(_DOWN,),
             depends_on=("start_timeout_walks_on", "new_code_crashes", "rollback_waits_for_current_ud", "concurrent_operations",
                         "mode"),
             promise="U-3: Azure updates one UD at a time, so the instances in the other UDs keep serving; U-5: only the instances of the current UD are stopped."),
    Property("CS-ONE-UD-CONCURRENT", M, Kind.INV, "one_ud_offline_with_concurrent_operations",
             "when a second operation may arrive mid-update, at most one UD has an instance down",
             ("U-26", "U-27"), "nowhere with ≥ 2 UDs: a start timeout leaves an instance down behind the walk (as CS-ONE-UD), and without start timeouts a second update mid-walk takes UD 0 down while the first's UD is down (automatic: at once, U-27)",
             holds=one_ud_offline_with_concurrent_operations, applies=_concurrent,
             not_applicable_why="concurrent_operations = false, " + _AT_ONCE + ", or " + _ONE_UD,
             not_applicable_when=((lambda p: not p.concurrent_operations, "concurrent_operations = false"),
                                  (_simultaneous, _AT_ONCE), (lambda p: p.upgrade_domains < 2, _ONE_UD)),
             antecedents=(_DOWN,), depends_on=("concurrent_operations", "mode"),
             promise="U-26: a second mutating operation may start before the first completes; U-27 warns that instances in several UDs may then be offline at once."),
    Property("CS-ROLE-AVAILABLE", M, Kind.INV, "roles_stay_online",
             "during an in-place update, every role keeps ≥ 1 instance online", ("U-6", "U-12"),
             "if every role the update targets has ≥ 2 instances, k ≥ 2, the mode walks one UD at a time (not simultaneous), start_timeout_walks_on is off, the new code does not crash and one operation runs at a time; each of these turned refutes it in an example (a rollback that does not wait does not: proved without start timeouts)",
             holds=roles_stay_online, antecedents=(_UPDATING,),
             depends_on=("roles", "upgrade_domains", "start_timeout_walks_on", "new_code_crashes",
                         "concurrent_operations", "rollback_waits_for_current_ud", "mode", "role_to_upgrade"),
             promise="U-6: to update a role in place without downtime, define at least 2 instances of it."),
    Property("CS-ROLLBACK-ALLOWED", M, Kind.INV, "rollback_allowed_iff_rules",
             "rollback_allowed ⇔ in-place update in progress ∧ ≥ 1 instance not yet updated ∧ ¬local-resource increase ∧ quota allows",
             ("U-18", "U-19", "U-22"), "every policy", holds=rollback_allowed_iff_rules,
             antecedents=(_state("RollbackAllowed is true", lambda L, p, v: v.rollback_allowed),),
             restates="RollbackAllowed is the guard of operator_rolls_back (U-18, U-19, U-22)",
             worth="it pins the flag an operator reads (U-21) to the seed's rules in every reachable state, so a change to the guard or to the rules shows",
             depends_on=("local_resources_increase", "quota_allows_rollback"),
             promise="U-18: rollback is possible only while an update is in progress, i.e. while an instance is not yet updated; U-22: not when local resources increase or the quota forbids it."),
    Property("CS-NO-ROLLBACK-AFTER-COMPLETE", M, Kind.STEP, "no_rollback_after_complete",
             "once every instance is updated, a rollback request is refused", ("U-22(c)",), "every policy",
             holds=no_rollback_after_complete, antecedents=(_ROLLS_BACK,),
             restates="the U-22(c) condition of operator_rolls_back's guard (an instance not yet updated)",
             worth="it shows no path (a second request, a VIP swap, a pending rollback) accepts a rollback once the update is complete",
             promise="U-22(c): rollback is not allowed once the initial update has completed."),
    Property("CS-ROLLBACK-RESTORES", M, Kind.INV, "rollback_restores",
             "when a rollback completes, every instance runs the pre-update package and configuration, and no instance that was never updated was ever stopped",
             ("U-20", "U-23"), "iff rollback_waits_for_current_ud", holds=rollback_restores,
             antecedents=(_ROLLS_BACK,), depends_on=("rollback_waits_for_current_ud", "mode"),
             promise="U-20: instances not yet updated are left alone; updated ones return to the package and configuration from before the upgrade."),
    Property("CS-ONE-ACTIVE-UPGRADE", M, Kind.STEP, "one_active_upgrade",
             "at most one upgrade is active, and it runs against the latest requested version (checked where it shows: no instance the fabric updated starts on a version other than the one the operation in progress targets)",
             ("U-11",), "iff concurrent_operations is off and rollback_waits_for_current_ud", holds=one_active_upgrade,
             antecedents=(_step("an operation arrives while an update is in progress",
                                lambda L, p, b, a, w: L.and_(b.active, L.or_(*(a == int(x) for x in MUTATING)))),),
             depends_on=("concurrent_operations", "rollback_waits_for_current_ud"),
             promise="U-11: a cloud service has only one upgrade active at a time, and an upgrade always runs against the latest version."),
    Property("CS-MANUAL-WALK", M, Kind.STEP, "manual_walk_in_order",
             "in manual mode a UD is walked only on an explicit walk request, in index order from 0",
             ("U-23", "C5"), "every manual policy", holds=manual_walk_in_order,
             applies=_manual, not_applicable_why="mode = automatic",
             antecedents=(_step("a UD starts", lambda L, p, b, a, w: L.or_(L.and_(L.not_(b.during), w.during), w.stopped > b.stopped)),),
             restates="operator_walks_ud's guard (the next UD in order) and fabric_walks_ud's (automatic mode only)",
             worth="it shows the order survives rollbacks and second requests, which restart the walk",
             depends_on=("mode",),
             promise="U-23: in manual mode the operator walks the UDs one by one; C5: in index order from UD 0."),
    Property("CS-HEALTH-GATE", M, Kind.STEP, "gate_before_next_ud",
             "in automatic mode UD i+1 starts only when every role has ≥ min_good_instances updated instances in a good state",
             ("U-15",), "every automatic policy", holds=gate_before_next_ud,
             applies=_automatic, not_applicable_why="mode = manual or simultaneous (no UD waits for another)",
             not_applicable_when=((lambda p: p.mode == "manual", "mode = manual (the operator walks each UD)"),
                                  (lambda p: p.mode == "simultaneous", "mode = simultaneous (no UD waits for another)")),
             antecedents=(_step("a UD after UD 0 starts",
                                lambda L, p, b, a, w: L.and_(L.not_(b.during), w.during, w.current_ud >= 1)),),
             restates="the U-15 health gate in fabric_walks_ud's guard",
             worth="it shows no other path (a second request, a rollback) starts a later UD past the gate",
             depends_on=("min_good_instances", "role_to_upgrade"),
             promise="U-15: the fabric controller walks the next UD only when, for each role, a minimum number of updated instances reached a good final state."),
    Property("CS-START-TIMEOUT", M, Kind.LIVE, "walk_never_blocked",
             "with start_timeout_walks_on, an instance that never starts does not stop the walk: every UD is walked "
             "(over the runs of one update with no crash, rollback, deletion, configuration change or second request, "
             "and one instance at most that never starts)",
             ("U-16",), "iff every role the update targets has ≥ min_good_instances + 1 instances in UD 0",
             holds=walk_never_blocked, allowed=one_update_no_crash_one_timeout,
             applies=_timeout, not_applicable_why="start_timeout_walks_on = false, or mode = manual or simultaneous",
             not_applicable_when=((lambda p: not p.start_timeout_walks_on, "start_timeout_walks_on = false"),
                                  (lambda p: p.mode == "manual", "mode = manual"),
                                  (lambda p: p.mode == "simultaneous", "mode = simultaneous")),
             antecedents=(_state("an instance's start timed out", lambda L, p, v: v.timed_out >= 1),),
             depends_on=("min_good_instances", "roles", "upgrade_domains", "role_to_upgrade"),
             promise="U-16: the fabric controller waits 30 minutes for each role instance to start; after that it moves on."),
    Property("CS-STUCK-RECOVERABLE", M, Kind.REACH, "can_recover_from_stuck",
             "from every stuck deployment (health gate blocked by crashing instances) a rollback or a new update reaches a state with every instance online",
             ("U-25",),
             "iff a way out is accepted (concurrent_operations, or a rollback: quota, no local increase, an instance not yet updated) and every role the update targets holds ≥ min_good_instances in UD 0",
             goal=can_recover_from_stuck, start=stuck_start, allowed=recovery_moves,
             start_policy=lambda p: attrs.evolve(p, initial="stuck"), every_start=True,
             applies=_can_be_stuck, not_applicable_why="new_code_crashes = false, mode = manual or simultaneous, or one UD",
             not_applicable_when=((lambda p: not p.new_code_crashes, "new_code_crashes = false"),
                                  (lambda p: p.mode == "manual", "mode = manual"),
                                  (lambda p: p.mode == "simultaneous", "mode = simultaneous"),
                                  (lambda p: p.upgrade_domains < 2, "one UD")),
             depends_on=("concurrent_operations", "quota_allows_rollback", "local_resources_increase", "min_good_instances",
                         "role_to_upgrade"),
             promise="U-25: rolling back, or applying a new update over the failed one, returns a stuck deployment to a healthy state."),
    Property("CS-DRIVES", M, Kind.CHECK, "drives_follow_the_table",
             "each operation keeps and destroys exactly the drives of the U-13 table; a VM size change destroys local data",
             ("U-8", "U-13"), "the model's table and walks agree with U-13", check=drives_disagreements,
             promise="U-13: which of C:, D:, E: keep their data through each operation; U-8: a VM size change destroys local data.",
             covers="the five U-13 rows, U-8, and a whole in-place update of every instance"),
    Property("CS-CHANGE-RULES", M, Kind.CHECK, "change_rules_follow_the_table",
             "a change is accepted for an update kind iff the U-7 table allows it, and no U-9 change is accepted during an update",
             ("U-7", "U-9"), "the model agrees with U-7 cell by cell and refuses U-9 changes mid-update",
             check=change_rules_disagreements,
             promise="U-7: the changes allowed for an in-place update, a VIP swap and a redeploy; U-9: what no update may carry while one is in progress.",
             covers="every U-7 cell, and every change requested of an idle deployment and mid-update"),
    Property("CS-LOCKED", M, Kind.STEP, "no_mutation_while_locked",
             "no mutating operation other than a rollback is accepted while locked; a rollback is accepted only when rollback_allowed (U-21: checking RollbackAllowed alone suffices)",
             ("U-21", "U-28", "U-29"), "every policy",
             holds=no_mutation_while_locked,
             antecedents=(_step("a step from a locked deployment", lambda L, p, b, a, w: b.locked), _ROLLS_BACK),
             restates="the guards of the mutating operations: not Locked for a request, a configuration change or a delete (U-29), RollbackAllowed for a rollback (U-21)",
             worth="it shows Locked and RollbackAllowed mean what U-21 and U-29 say in every reachable state: no second update or delete slips in while an update holds the lock",
             depends_on=("concurrent_operations",),
             promise="U-21: Locked tells when a mutating operation may be invoked; checking RollbackAllowed alone suffices to roll back; U-29."),
    Property("CS-ONE-ROLE", M, Kind.INV, "other_roles_untouched",
             "an update of a single role stops only that role's instances: no instance of another role is ever stopped or being updated",
             ("U-10",), "every policy that names a role", holds=other_roles_untouched,
             applies=_one_role, not_applicable_why='role_to_upgrade = "all": the update targets every role',
             antecedents=(_UPDATING,),
             restates="the walk reaches only the targeted role's instances (walk_reaches)",
             worth="it shows no path (a second request mid-walk, a rollback that turns UD 0 back at once, a simultaneous walk) stops an instance of a role the update leaves alone",
             depends_on=("role_to_upgrade",),
             promise="U-10: one can update a single role; then only that role's instances are stopped, UD by UD."),
    Property("CS-SIMULTANEOUS", M, Kind.INV, "simultaneous_walks_every_ud",
             "in simultaneous mode an update walks every UD at once: while its walk is in progress, no instance it targets still serves the old version",
             ("C3",), "every simultaneous policy", holds=simultaneous_walks_every_ud,
             applies=_simultaneous, not_applicable_why="mode = automatic or manual: UDs are walked one at a time",
             antecedents=(_state("a forward walk is in progress",
                                 lambda L, p, v: L.and_(v.forward, v.during, L.not_(v.deleted))),),
             restates="the walk's span in simultaneous mode (in_walk)",
             worth="it shows no path (a second request mid-walk, a rollback that waited) leaves a UD serving the old version while the others are updated",
             depends_on=("mode",),
             promise="C3: in Simultaneous mode an update is applied to every update domain at once, not one domain after another."),
    Property("CS-VIP-SWAP-NO-ROLLBACK", M, Kind.INV, "vip_swap_never_rolls_back",
             "rollback_allowed is never true for a VIP-swap update", ("U-19",), "every policy",
             holds=vip_swap_never_rolls_back,
             antecedents=(_state("a VIP swap is in progress", lambda L, p, v: v.vip_swap),),
             restates="the U-19 condition of operator_rolls_back's guard (an in-place update)",
             worth="RollbackAllowed is what an operator reads; this shows it is never true during a swap",
             promise="U-19: rollback applies only to in-place updates; a VIP swap replaces whole running instances."),
    Property("X-INSTANCES-CONSERVED", M, Kind.INV, "instances_conserved",
             "no step of an upgrade creates, loses or duplicates an instance", (), "every policy",
             holds=instances_conserved),
    Property("X-STEP-PURE", M, Kind.CHECK, "steps_are_pure",
             "every action is a pure function: same inputs, same result; inputs never mutated (tested, not proved)",
             (), "every action, on the states of its table", check=purity_disagreements,
             covers="every action, twice, on each state of a fixed six-step run"),
]

for _p in _P:
    register(_p)
