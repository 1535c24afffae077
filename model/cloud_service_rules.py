"""The cloud service's rules, written once over ``model.logic`` and read by both encodings (U-1…U-34).

The seeds' tables (U-7, U-9, U-13, U-8, U-30…U-34), what each step does to one instance
(``walked``, ``started``, …), the decisions both effects take (the health gate, a rollback that
waits) and each action's guard (``GUARDS``), over named quantities that ``model.cloud_service``
counts from its instances and the counting ``View`` sums from its counts.
"""

from __future__ import annotations

import enum
from typing import Any, Callable, Protocol

import attrs

from rollproof.model.guards import Clause, Guard
from rollproof.model.guards import enabled as _enabled
from rollproof.model.logic import CONCRETE, Logic

OLD, NEW = 0, 1
KINDS = ("in_place", "vip_swap")  # the update kinds the model runs (U-7 columns 1 and 2)
#: Who walks the UDs (U-23; C3: Upgrade Deployment's Mode and ``upgradeMode`` of Cloud Services
#: (extended support): ``Auto``, ``Manual``, ``Simultaneous``).
MODES = ("automatic", "manual", "simultaneous")
#: ``role_to_upgrade`` when an update targets every role (U-10, C3 ``RoleToUpgrade`` left out).
ALL_ROLES = "all"


class Phase(enum.IntEnum):
    """Where a role instance is (InstanceStatus of C2, coarsened)."""

    ONLINE = 0
    STOPPED = 1
    UPDATING = 2
    STARTING = 3
    CRASHED = 4


# --------------------------------------------------------------------------------------------
# The seeds' tables, as data (U-7, U-9, U-13, U-8)

#: U-7 columns: the three ways to update a service.
TABLE_KINDS = ("in_place", "vip_swap", "delete_redeploy")

#: U-7, row by row: (in-place, VIP swap, delete and redeploy).  "yes_sdk_1_5" is "yes (SDK 1.5+)"
#: and "increase_only" is the in-place local-storage cell; the model reads SDK ≥ 1.5 as given.
CHANGE_TABLE: dict[str, tuple[str, str, str]] = {
    "os_version": ("yes", "yes", "yes"),
    "net_trust_level": ("yes", "yes", "yes"),
    "vm_size": ("yes_sdk_1_5", "yes", "yes"),
    "local_storage": ("increase_only_sdk_1_5", "yes", "yes"),
    "add_remove_roles": ("yes", "yes", "yes"),
    "instance_count": ("yes", "yes", "yes"),
    "endpoints": ("yes_sdk_1_5", "no", "yes"),
    "config_names_and_values": ("yes", "yes", "yes"),
    "config_values_only": ("yes", "yes", "yes"),
    "add_certificates": ("yes", "yes", "yes"),
    "change_certificates": ("yes", "yes", "yes"),
    "deploy_new_code": ("yes", "yes", "yes"),
}

#: The changes a request may carry: the U-7 rows (local storage split by direction) and the U-9
#: definition changes that are not U-7 rows.
CHANGES: tuple[str, ...] = (
    "os_version", "net_trust_level", "vm_size", "local_storage_increase", "local_storage_decrease",
    "add_remove_roles", "instance_count", "endpoints", "config_names_and_values",
    "config_values_only", "add_certificates", "change_certificates", "deploy_new_code",
    "rename_role", "upgrade_domain_count",
)

#: U-9: "not supported during an update: renaming a role, changing the number of UDs, decreasing
#: the size of a local resource. Other definition changes such as shrinking local resources need
#: a VIP swap."
U9_CHANGES: tuple[str, ...] = ("rename_role", "upgrade_domain_count", "local_storage_decrease")

#: Changes that carry a configuration only: Change Deployment Configuration (U-18, U-28) keeps
#: the package.  Every other change is an Upgrade Deployment with a new package and configuration.
CONFIG_ONLY: tuple[str, ...] = ("config_values_only",)

DRIVES = ("C", "D", "E")
#: U-13 (and U-8 for a VM size change): which drives keep their data, C:, D:, E: (True = kept).
DRIVE_TABLE: dict[str, tuple[bool, bool, bool]] = {
    "vm_reboot": (True, True, True),
    "portal_reboot": (True, True, False),
    "portal_reimage": (True, False, False),
    "in_place_upgrade": (True, True, False),
    "node_migration": (False, False, False),
    # U-8 "changing the VM size destroys local data": the model reads it as every local drive
    # (the role moves to a new VM), so it is the node-migration row.
    "vm_size_change": (False, False, False),
}


def _cell(kind: str, change: str) -> str:
    """The U-7 (or U-9) cell of ``change`` for ``kind``."""
    col = TABLE_KINDS.index(kind)
    if change in ("rename_role", "upgrade_domain_count"):
        return ("no", "yes", "yes")[col]  # U-9: "other definition changes ... need a VIP swap"
    if change.startswith("local_storage_"):
        cell = CHANGE_TABLE["local_storage"][col]
        if cell.startswith("increase_only"):
            return "yes" if change == "local_storage_increase" else "no"
        return cell
    return CHANGE_TABLE[change][col]


def change_allowed(kind: str, change: str) -> bool:
    """Whether an update of ``kind`` may carry ``change`` (U-7, U-9).  Unknown names are not allowed."""
    if kind not in TABLE_KINDS or change not in CHANGES:
        return False
    return _cell(kind, change) != "no"


def change_allowed_during_update(change: str) -> bool:
    """U-9: the changes a request may not carry while an update is in progress."""
    return change not in U9_CHANGES


def drives_after(operation: str, drives: tuple[bool, bool, bool]) -> tuple[bool, bool, bool]:
    """The drives' kept/destroyed state after ``operation`` (U-13, U-8)."""
    row = DRIVE_TABLE[operation]
    return tuple(d and keep for d, keep in zip(drives, row))  # type: ignore[return-value]


# --------------------------------------------------------------------------------------------
# Distribution (U-30…U-34)


def ud_size(n: Any, ud: int, k: int, L: Logic = CONCRETE) -> Any:
    """Instances of a role of ``n`` in UD ``ud`` of ``k``: ⌊n/k⌋ + [ud < n mod k] (U-30, U-31)."""
    q = L.div(n, k)
    return q + L.ite(ud < n - k * q, 1, 0)


def ud_of(j: int, k: int) -> int:
    """The UD of a role's instance ``j``: ``j mod k`` (U-34: Azure decides; this is the model's choice)."""
    return j % k


# --------------------------------------------------------------------------------------------
# What a walk covers: which roles (U-10) and which UDs (U-5; Simultaneous mode)


def updates_role(policy: Any, role: str) -> bool:
    """U-10: "one can update all roles or a single role": an update targets ``role``'s instances
    (``role_to_upgrade`` is ``"all"`` or that role).  The other roles' instances are never walked."""
    return policy.role_to_upgrade in (ALL_ROLES, role)


def fabric_walks(policy: Any) -> bool:
    """U-23, C3: the fabric controller, not the operator, walks the UDs (``Auto`` or ``Simultaneous``)."""
    return policy.mode in ("automatic", "simultaneous")


def walks_every_ud(policy: Any) -> bool:
    """C3 ``Simultaneous``: an update walks every UD at once, instead of one UD after another (U-5)."""
    return policy.mode == "simultaneous"


def in_walk(L: Logic, policy: Any, current_ud: Any, ud: Any) -> Any:
    """UD ``ud`` belongs to the walk at ``current_ud``: that UD alone (U-5), or every UD (Simultaneous)."""
    return True if walks_every_ud(policy) else ud == current_ud


def walk_reaches(L: Logic, policy: Any, current_ud: Any, ud: Any, role: str) -> Any:
    """A walk at ``current_ud`` stops an instance of ``role`` in ``ud`` (U-5, U-10; Simultaneous)."""
    return L.and_(updates_role(policy, role), in_walk(L, policy, current_ud, ud))


def walk_ends(L: Logic, policy: Any, current_ud: Any) -> Any:
    """Completing UD ``current_ud`` ends the walk: it was the last UD (U-5), or every UD was walked
    at once (Simultaneous)."""
    return True if walks_every_ud(policy) else current_ud + 1 == policy.upgrade_domains


#: U-16: the fabric controller waits 30 minutes for each role instance to reach Started.
START_WAIT_SECONDS = 1800


def timed(policy: Any) -> bool:
    """Whether a walk's time is bounded and known: with ``start_timeout_walks_on`` an instance that
    does not start holds its UD 30 minutes at most (U-16; without it a crashing instance holds it
    with no limit, U-25), and every role has a fixed count (which UDs hold instances)."""
    return bool(policy.start_timeout_walks_on) and all(isinstance(c, int) for _, c in policy.roles)


def ud_seconds(policy: Any) -> int:
    """The longest a walked UD lasts (``timed`` policies): its instances' update
    (``instance_update_time``, not documented) and the 30-minute start wait (U-16)."""
    return int(policy.instance_update_time) + START_WAIT_SECONDS


def timed_uds(policy: Any) -> tuple[int, ...]:
    """The UDs a walk stops instances in: those holding an instance of a role the update targets
    (U-10; a UD beyond a role's size holds none of it, U-30…U-32)."""
    k = int(policy.upgrade_domains)
    return tuple(u for u in range(k) if any(updates_role(policy, r) and ud_size(c, u, k) > 0 for r, c in policy.roles))


def walk_elapsed(L: Logic, policy: Any, forward: Any, current_ud: Any, during: Any) -> Any:
    """The longest the forward walk in progress can have spent in the UDs it has begun (below
    ``current_ud``, and ``current_ud`` itself ``during`` its walk) that hold instances it updates,
    each ``ud_seconds`` (Simultaneous: every UD at once, one UD's time).  Waits with no documented
    limit, between UDs (the health gate, U-15; an operator's next Walk in manual mode), are not
    counted, nor a rollback's walk (which UDs it stops instances in depends on how far the update
    got)."""
    begun = current_ud + L.ite(during, 1, 0)
    spent = L.sum_([L.ite(u < begun, ud_seconds(policy), 0) for u in timed_uds(policy)] or [0])
    return L.ite(forward, spent, 0)


def awaits_update(policy: Any, role: str, x: Any) -> bool:
    """U-18, U-22(c): an instance the update targets (U-10) that is not yet on the latest version."""
    return updates_role(policy, role) and x.config != NEW


# --------------------------------------------------------------------------------------------
# The vocabulary: what a rule may read


class State(Protocol):
    """The quantities of a state the rules read (``model.cloud_service.Facts``; the counting ``View``)."""

    deleted: Any
    locked: Any
    active: Any  # an update is in progress
    in_place: Any  # an in-place update (forward or rollback)
    vip_swap: Any
    rollback: Any
    rollback_pending: Any
    current_ud: Any
    during: Any
    increases_local: Any
    target_crashes: Any
    not_updated: Any  # instances the update targets not on the latest request's version (U-18, U-10)
    good_walked_by_role: tuple[Any, ...]  # per role: online on the walk's target in UDs below current_ud
    gate_passes: Any  # ``gate_passes`` of these quantities
    crashed: Any

    def count(self, pred: Callable[[Any], bool]) -> Any: ...  # instances ``pred`` selects
    def all_in_walk(self, pred: Callable[[Any], bool]) -> Any: ...  # every instance of the UDs being walked (``in_walk``)


class Request(Protocol):
    """The arguments of an update request (Upgrade Deployment, Change Deployment Configuration)."""

    kind_known: Any  # a kind the model runs
    change_known: Any  # a change of the U-7 table (or U-9)
    allowed: Any  # U-7 / U-9: an update of this kind may carry this change
    during_ok: Any  # U-9: a change a request may carry during an update
    crashes: Any  # the new code crashes (U-25)
    in_place: Any
    config_only: Any  # carries a configuration only (no package)
    local_increase: Any  # increases a role's local storage (U-22a)


class Ud(Protocol):
    """The UD an action names."""

    ud: Any

    def some(self, pred: Callable[[Any], bool]) -> Any: ...  # some instance of that UD satisfies ``pred``


class One(Protocol):
    """The one instance an instance action names."""

    def is_(self, pred: Callable[[Any], bool]) -> Any: ...  # it exists and ``pred`` selects it


# --------------------------------------------------------------------------------------------
# One instance: what the rules see (``phase``, ``config``, ``landing``, ``timed_out``), the
# instances an action may pick, and what each step does to one.  Both encodings apply these to
# their own records: ``model.cloud_service.Instance`` and the counting ``Loc``.


def in_flight(x: Any) -> bool:
    """Stopped or being updated: on its way to ``landing``."""
    return x.phase in (Phase.STOPPED, Phase.UPDATING)


def settled(x: Any) -> bool:
    """Final (online, crashed) or timed out: the walk may leave it (U-5, U-16)."""
    return x.phase in (Phase.ONLINE, Phase.CRASHED) or (x.phase == Phase.STARTING and bool(x.timed_out))


def stopped(x: Any) -> bool:
    return x.phase == Phase.STOPPED


def updating(x: Any) -> bool:
    return x.phase == Phase.UPDATING


def can_come_online(x: Any) -> bool:
    """U-5: a starting instance reaches the Started state."""
    return x.phase == Phase.STARTING


def can_time_out(x: Any) -> bool:
    """U-16: a starting instance whose 30-minute wait has not expired."""
    return x.phase == Phase.STARTING and not x.timed_out


def can_crash(x: Any) -> bool:
    """U-25: an instance that runs the new code, starting or online."""
    return x.config == NEW and x.phase in (Phase.STARTING, Phase.ONLINE)


def walked(x: Any, target: int) -> Any:
    """U-5, U-20: a walk towards ``target`` stops an instance not on it, or re-targets one in flight."""
    if in_flight(x):
        return attrs.evolve(x, landing=target)
    if x.config != target:
        return attrs.evolve(x, phase=Phase.STOPPED, landing=target, timed_out=False)
    return x


def walk_marks_untouched(x: Any, target: int) -> bool:
    """U-20: a rollback that turns back an instance stopped before it was ever updated has not
    left it alone (``untouched_stopped``)."""
    return in_flight(x) and x.config == OLD and x.landing != OLD and walked(x, target).landing == OLD


def relabeled(x: Any) -> Any:
    """U-11, U-27: after a new request every instance runs an older version than the latest."""
    return attrs.evolve(x, config=OLD, landing=OLD)


def updated(x: Any) -> Any:
    """U-5: a stopped instance is being updated."""
    return attrs.evolve(x, phase=Phase.UPDATING) if x.phase == Phase.STOPPED else x


def started(x: Any) -> Any:
    """U-5, U-20: an updated instance starts on the version it was walked to."""
    if x.phase != Phase.UPDATING:
        return x
    return attrs.evolve(x, phase=Phase.STARTING, config=x.landing, landing=OLD, timed_out=False)


def swapped(x: Any) -> Any:
    """U-14: a VIP swap puts every instance online on the new version."""
    return attrs.evolve(x, phase=Phase.ONLINE, config=NEW, landing=OLD, timed_out=False)


def comes_online(x: Any) -> Any:
    """U-5: the instance reaches the Started state and serves."""
    return attrs.evolve(x, phase=Phase.ONLINE, timed_out=False)


def times_out(x: Any) -> Any:
    """U-16: the instance's 30-minute start wait expired."""
    return attrs.evolve(x, timed_out=True)


def crashes(x: Any) -> Any:
    """U-25: the instance crashes and stays down."""
    return attrs.evolve(x, phase=Phase.CRASHED, timed_out=False)


# --------------------------------------------------------------------------------------------
# Decisions both effects take


def walk_target(L: Logic, q: State) -> Any:
    """The version the walk in progress moves instances to: the old one in a rollback (U-18…U-20)."""
    return L.ite(q.rollback, OLD, NEW)


def gate_passes(L: Logic, policy: Any, q: State) -> Any:
    """U-15: every role the update targets (U-10) has ≥ min_good instances online on the walk's
    target in the walked UDs."""
    return L.or_(q.current_ud == 0, L.and_(*(
        g >= policy.min_good_instances
        for role, g in zip(policy.role_names, q.good_walked_by_role) if updates_role(policy, role))))


def walk_blocked(L: Logic, policy: Any, q: State) -> Any:
    """An automatic walk between UDs whose health gate fails: it cannot go on (U-15, U-25)."""
    return L.and_(
        L.not_(q.deleted), q.in_place, policy.mode == "automatic", L.not_(q.during),
        q.current_ud < policy.upgrade_domains, L.not_(q.gate_passes),
    )


def stuck(L: Logic, q: Any) -> Any:
    """The walk is blocked by crashed instances (U-25)."""
    return L.and_(q.walk_blocked, q.crashed >= 1)


def request_locks(policy: Any) -> bool:
    """U-24…U-29: with one operation at a time, an update locks the deployment until it ends."""
    return not policy.concurrent_operations


def walks_ud0_at_once(L: Logic, policy: Any, q: State, x: Request) -> Any:
    """U-27: a second in-place request during an update in automatic mode upgrades UD 0 at once (in
    Simultaneous mode, the model's reading: every UD at once)."""
    return L.and_(q.active, x.in_place, fabric_walks(policy))


def rollback_turns_back_at_once(policy: Any) -> bool:
    """A rollback that does not wait (``rollback_waits_for_current_ud`` off) and finds a UD being
    walked turns UD 0 back at once where the fabric walks (U-27; Simultaneous: every UD)."""
    return fabric_walks(policy)


def request_increases_local(L: Logic, policy: Any, x: Request) -> Any:
    """U-22(a): the update increases a role's local resources (the policy says so, or the change)."""
    return L.or_(policy.local_resources_increase, x.local_increase)


def rollback_waits(policy: Any) -> bool:
    """U-20 vs U-27: a rollback waits for the UD in progress before it walks back."""
    return bool(policy.rollback_waits_for_current_ud)


# --------------------------------------------------------------------------------------------
# The guards: conditions over (L, policy, q: State, x: Request | Ud | One)


def live(L, p, q, x):
    """U-28: the deployment was not deleted."""
    return L.not_(q.deleted)


def kind_known(L, p, q, x):
    """U-7: the model runs in-place and VIP-swap updates."""
    return x.kind_known


def change_known(L, p, q, x):
    """U-7: the change is one of the U-7 table (or U-9)."""
    return x.change_known


def crash_allowed(L, p, q, x):
    """U-25: crashing code only where the policy has it (``new_code_crashes``)."""
    return L.implies(x.crashes, p.new_code_crashes)


def change_during_update_ok(L, p, q, x):
    """U-9: during an update, no role rename, UD count change or local-storage decrease."""
    return L.implies(q.active, x.during_ok)


def change_allowed_by_kind(L, p, q, x):
    """U-7, U-9: an update of this kind may carry this change."""
    return x.allowed


def request_unlocked(L, p, q, x):
    """U-29: no update locks the deployment."""
    return L.not_(q.locked)


def some_request(L, p, q):
    """An in-place update of new code is always a request the arguments' clauses accept."""
    return True


def update_in_progress(L, p, q, x):
    """U-22(c): an update is in progress (none, or it completed: no rollback)."""
    return q.active


def rollback_in_place(L, p, q, x):
    """U-19: rollback applies only to in-place updates."""
    return q.in_place


def not_rolling_back(L, p, q, x):
    """U-18: no rollback is in progress or waiting."""
    return L.and_(L.not_(q.rollback), L.not_(q.rollback_pending))


def some_not_updated(L, p, q, x):
    """U-22(c): some instance is not yet updated to the new version."""
    return q.not_updated >= 1


def local_not_increased(L, p, q, x):
    """U-22(a): the update does not increase a role's local resources."""
    return L.not_(q.increases_local)


def quota_allows(L, p, q, x):
    """U-22(b): rolling back stays within the subscription's core quota."""
    return p.quota_allows_rollback


def delete_unlocked(L, p, q, x):
    """U-29: Delete Deployment is refused while an update locks the deployment."""
    return L.not_(q.locked)


def in_place_live(L, p, q, x):
    """U-5, U-23: an in-place update is in progress."""
    return L.and_(L.not_(q.deleted), q.in_place)


def automatic_mode(L, p, q, x):
    """U-23: in automatic mode the fabric controller walks the UDs (C3: in Simultaneous mode too)."""
    return fabric_walks(p)


def manual_mode(L, p, q, x):
    """U-23: in manual mode the operator walks each UD."""
    return p.mode == "manual"


def between_uds(L, p, q, x):
    """U-5: no UD is being walked."""
    return L.not_(q.during)


def gate_passed(L, p, q, x):
    """U-15: the health gate passes (``gate_passes``)."""
    return q.gate_passes


def walks_next_ud(L, p, q, x):
    """U-23, U-32, C5: UDs are walked in index order from UD 0: the next is ``current_ud``."""
    return x.ud == q.current_ud


def some_walk(L, p, q):
    """Walking the current UD meets the arguments' clause."""
    return True


def stopped_in_ud(L, p, q, x):
    """U-5: the UD has a stopped instance to update."""
    return L.and_(L.not_(q.deleted), x.some(stopped))


def some_stopped(L, p, q):
    return L.and_(L.not_(q.deleted), q.count(stopped) >= 1)


def updating_in_ud(L, p, q, x):
    """U-5: the UD has an instance being updated to start."""
    return L.and_(L.not_(q.deleted), x.some(updating))


def some_updating(L, p, q):
    return L.and_(L.not_(q.deleted), q.count(updating) >= 1)


def ud_walked(L, p, q, x):
    """U-5: a UD of an in-place update is being walked."""
    return L.and_(L.not_(q.deleted), q.in_place, q.during)


def ud_back(L, p, q, x):
    """U-5, U-16: every instance of the UD (Simultaneous: of every UD) is back: online, crashed, or
    its start timed out."""
    return q.all_in_walk(settled)


def vip_swap_live(L, p, q, x):
    """U-19: a VIP swap is in progress."""
    return L.and_(L.not_(q.deleted), q.vip_swap)


def one_starting(L, p, q, x):
    """U-5: the instance is starting."""
    return x.is_(can_come_online)


def some_starting(L, p, q):
    return q.count(can_come_online) >= 1


def timeout_on(L, p, q, x):
    """U-16: the policy lets the walk go past a start that times out (``start_timeout_walks_on``)."""
    return p.start_timeout_walks_on


def one_waiting_start(L, p, q, x):
    """U-16: the instance is starting, its wait not yet expired."""
    return x.is_(can_time_out)


def some_waiting_start(L, p, q):
    return q.count(can_time_out) >= 1


def crashes_on(L, p, q, x):
    """U-25: the policy has crashing code (``new_code_crashes``)."""
    return p.new_code_crashes


def one_crashing(L, p, q, x):
    """U-25: the latest request's code crashes, and the instance runs it."""
    return L.and_(q.target_crashes, x.is_(can_crash))


def some_crashing(L, p, q):
    return L.and_(q.target_crashes, q.count(can_crash) >= 1)


def _instance(why: str) -> Callable[[Any, Any], str]:
    return lambda q, x: f"instance {x.i} {why}"


_DELETED = "the deployment was deleted"
_LOCKED = "the deployment is locked: an update is in progress"
_REQUEST = Guard((
    Clause("U-28", live, _DELETED),
    Clause("U-7", kind_known, lambda q, x: f"the model runs in-place and VIP-swap updates, not {x.kind!r}", True),
    Clause("U-7", change_known, lambda q, x: f"{x.change!r} is not a change of the U-7 table", True),
    Clause("U-25", crash_allowed, "new_code_crashes is off: no request carries crashing code", True),
    Clause("U-9", change_during_update_ok, lambda q, x: f"{x.change} is not supported during an update", True),
    Clause("U-7", change_allowed_by_kind,
           lambda q, x: f"a {x.kind} update cannot carry {x.change} ({_cell(x.kind, x.change)})", True),
    Clause("U-29", request_unlocked, _LOCKED),
), some=some_request)
_BETWEEN = Clause("U-5", between_uds, lambda q, x: f"UD {q.current_ud} is still being walked")

GUARDS: dict[str, Guard] = {
    "operator_requests_update": _REQUEST,
    "operator_changes_configuration": _REQUEST,
    "operator_rolls_back": Guard((
        Clause("U-28", live, _DELETED),
        Clause("U-22(c)", update_in_progress, "no update is in progress (none, or it has completed)"),
        Clause("U-19", rollback_in_place, "rollback applies only to in-place updates"),
        Clause("U-18", not_rolling_back, "a rollback is already in progress"),
        Clause("U-22(c)", some_not_updated, "every instance is already updated"),
        Clause("U-22(a)", local_not_increased, "the update increases a role's local resources"),
        Clause("U-22(b)", quota_allows, "rolling back would exceed the subscription's core quota"),
    )),
    "operator_deletes_deployment": Guard((
        Clause("U-28", live, _DELETED),
        Clause("U-29", delete_unlocked, _LOCKED),
    )),
    "fabric_walks_ud": Guard((
        Clause("U-5", in_place_live, "no in-place update is in progress"),
        Clause("U-23", automatic_mode, "manual mode: the operator walks each UD"),
        _BETWEEN,
        Clause("U-15", gate_passed, lambda q, x: f"too few good instances in the walked UDs to walk UD {q.current_ud}"),
    )),
    "operator_walks_ud": Guard((
        Clause("U-23", in_place_live, "no in-place update is in progress"),
        Clause("U-15", manual_mode, "automatic or simultaneous mode: the fabric controller walks the UDs"),
        _BETWEEN,
        Clause("U-23", walks_next_ud, lambda q, x: (
            f"UDs are walked in index order from UD 0 (C5): the next is UD {q.current_ud}, not {x.ud}"), True),
    ), some=some_walk),
    "fabric_updates_ud": Guard((
        Clause("U-5", stopped_in_ud, lambda q, x: f"no stopped instance in UD {x.ud}", True),
    ), some=some_stopped),
    "fabric_starts_ud": Guard((
        Clause("U-5", updating_in_ud, lambda q, x: f"no instance being updated in UD {x.ud}", True),
    ), some=some_updating),
    "instance_comes_online": Guard((
        Clause("U-28", live, _DELETED),
        Clause("U-5", one_starting, _instance("is not starting"), True),
    ), some=some_starting),
    "instance_start_times_out": Guard((
        Clause("U-16", timeout_on, "start_timeout_walks_on is off"),
        Clause("U-28", live, _DELETED),
        Clause("U-16", one_waiting_start, _instance("is not starting within its wait"), True),
    ), some=some_waiting_start),
    "instance_crashes": Guard((
        Clause("U-25", crashes_on, "new_code_crashes is off"),
        Clause("U-28", live, _DELETED),
        Clause("U-25", one_crashing, _instance("does not run crashing code"), True),
    ), some=some_crashing),
    "fabric_completes_ud": Guard((
        Clause("U-5", ud_walked, "no UD is being walked"),
        Clause("U-5", ud_back, lambda q, x: f"UD {q.current_ud} is not back online"),
    )),
    "fabric_swaps_vip": Guard((
        Clause("U-19", vip_swap_live, "no VIP swap is in progress"),
    )),
}


def enabled(L: Logic, policy: Any, q: State, name: str) -> Any:
    """Whether some arguments make action ``name`` enabled (its guard's clauses on the state and ``some``)."""
    return _enabled(L, GUARDS[name], policy, q)
