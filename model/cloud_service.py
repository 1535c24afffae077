"""Cloud service update by upgrade domains: the per-instance reference model (U-1…U-34).

Theory of operation.  Role instances are spread over ``k`` upgrade domains, instance ``j`` of a
role in UD ``j mod k`` (U-30…U-34).  An in-place update walks the UDs in index order from UD 0
(U-5, U-10, U-32): walking a UD stops its instances not yet on the walk's target, the fabric
updates them, starts them, and each comes online, crashes (U-25) or times out (U-16); the fabric
then completes the UD.  In automatic mode the fabric walks the next UD once the per-role health
gate passes (U-15); in manual mode the operator walks each UD in order (U-23, C5).  A rollback is a
walk back to the previous version (U-18…U-22); a second request during an update replaces it and,
in automatic mode, reverts UD 0 at once (U-27).  Versions are relative: ``OLD`` is any version
older than the latest request, ``NEW`` the latest request's target (U-11), so a request relabels
every instance to ``OLD``.  Drives (U-13) and the VM size (U-8) are read by no guard: the counting
model in ``model.cloud_service_counts`` forgets them; both share the rules written over
``model.logic`` below.
"""

from __future__ import annotations

import enum
from typing import Any, Mapping

import attrs
from attrs import field, frozen

from model.core import Action, PolicyError, Refused, replay as _replay
from model.logic import CONCRETE, Logic

NAME = "cloud_service"

OLD, NEW = 0, 1
MODES = ("automatic", "manual")
KINDS = ("in_place", "vip_swap")  # the update kinds the model runs (U-7 columns 1 and 2)
INITIALS = ("idle", "stuck")
#: A role count of ``"any"``: the policy covers every instance count >= 1 of that role.
ANY = "any"


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
# Policy


def _err(name: str, v: Any, allowed: str, why: str = "") -> PolicyError:
    return PolicyError(f"cloud_service.{name}", v, allowed, why)


def _roles_converter(v: Any) -> Any:
    if isinstance(v, Mapping):
        return tuple((str(k), c) for k, c in v.items())
    if isinstance(v, (list, tuple)):
        return tuple(tuple(p) if isinstance(p, (list, tuple)) else p for p in v)
    return v


def _roles(inst: Any, a: attrs.Attribute, v: Any) -> None:
    allowed = 'a mapping of role name to an instance count >= 1 (or "any"), with at least one role'
    if not isinstance(v, tuple) or not v:
        raise _err("roles", v, allowed)
    names = set()
    for p in v:
        if not (isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], str) and p[0]):
            raise _err("roles", v, allowed)
        name, count = p
        if count != ANY and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
            raise _err(f"roles.{name}", count, 'an integer >= 1, or "any"')
        if name in names:
            raise _err("roles", v, allowed, why=f"role {name!r} appears twice")
        names.add(name)


def _int_range(lo: int, hi: int | None):
    def check(inst: Any, a: attrs.Attribute, v: Any) -> None:
        if isinstance(v, bool) or not isinstance(v, int) or v < lo or (hi is not None and v > hi):
            raise _err(a.name, v, f"{lo}..{hi}" if hi is not None else f"an integer >= {lo}")

    return check


def _bool(inst: Any, a: attrs.Attribute, v: Any) -> None:
    if not isinstance(v, bool):
        raise _err(a.name, v, "true or false")


def _one_of(options: tuple[str, ...]):
    def check(inst: Any, a: attrs.Attribute, v: Any) -> None:
        if v not in options:
            raise _err(a.name, v, " or ".join(repr(o) for o in options))

    return check


@frozen
class CloudServicePolicy:
    """The parameters of semantics §2, with the seed's defaults."""

    # The metadata of each field is the policy-key reference (``rollproof explain KEY``,
    # docs/policy-keys.md): what the key means, the values it takes and the clause it comes from.
    roles: tuple[tuple[str, int], ...] = field(
        default=(("web", 8), ("worker", 9)), converter=_roles_converter, validator=_roles, metadata={
            "meaning": 'the roles and their instance counts; a count of "any" checks every size >= 1 '
                       "of that role at once",
            "range": 'a table of role name to an integer >= 1 or "any", at least one role',
            "source": "U-33: “2 UDs, a web role of 8 instances and a worker role of 9 instances”"})
    upgrade_domains: int = field(default=5, validator=_int_range(1, 20), metadata={
        "meaning": "the upgrade domains (UDs) the instances are spread over, instance j of a role in "
                   "UD j mod k",
        "range": "1..20",
        "source": "U-4, U-30: “the default number of UDs is 5”; “at most 20 UDs”"})
    mode: str = field(default="automatic", validator=_one_of(MODES), metadata={
        "meaning": "who walks the UDs: the fabric, after its health gate (automatic), or the "
                   "operator, one request per UD (manual)",
        "range": '"automatic" or "manual"',
        "source": "U-23, U-27"})
    min_good_instances: int = field(default=1, validator=_int_range(0, None), metadata={
        "named_choice": True,
        "meaning": "the health gate of an automatic walk: each role needs this many updated "
                   "instances in a good state before the next UD",
        "range": "an integer >= 0 (the same for every role)",
        "source": "U-15: “a minimum number of role instances reached a good final state” "
                  "(the number is unspecified)"})
    start_timeout_walks_on: bool = field(default=True, validator=_bool, metadata={
        "named_choice": True,
        "meaning": "an instance whose start times out (30 minutes) no longer holds up the walk",
        "range": "true or false",
        "source": "U-16 (the walk moves on) versus U-25 (a crashing upgrade blocks it)"})
    concurrent_operations: bool = field(default=False, validator=_bool, metadata={
        "named_choice": True,
        "meaning": "mutating operations other than a rollback (a second update, a configuration "
                   "change, a delete) are accepted while an update is in progress",
        "range": "true or false",
        "source": "U-24…U-27"})
    rollback_waits_for_current_ud: bool = field(default=True, validator=_bool, metadata={
        "named_choice": True,
        "meaning": "a rollback waits for the UD in progress to come back online before walking "
                   "back; false: it reverts UD 0 at once (automatic mode), as a second update does",
        "range": "true or false",
        "source": "U-20 versus U-27"})
    new_code_crashes: bool = field(default=False, validator=_bool, metadata={
        "meaning": "the new code crashes: updated instances may crash and stay down",
        "range": "true or false",
        "source": "U-25: “a bug in the new code makes upgraded instances crash repeatedly”"})
    local_resources_increase: bool = field(default=False, validator=_bool, metadata={
        "meaning": "the update increases a role's local resources, so a rollback is not allowed",
        "range": "true or false",
        "source": "U-22(a)"})
    quota_allows_rollback: bool = field(default=True, validator=_bool, metadata={
        "meaning": "rolling back stays within the subscription's core quota",
        "range": "true or false",
        "source": "U-22(b)"})
    initial: str = field(default="idle", validator=_one_of(INITIALS), metadata={
        "meaning": "the world the deployment starts in: idle, or stuck (an automatic update whose "
                   "crashing instances block the health gate at some UD)",
        "range": '"idle" or "stuck"',
        "source": "U-25; stuck is the start of CS-STUCK-RECOVERABLE"})

    @property
    def role_names(self) -> tuple[str, ...]:
        return tuple(r for r, _ in self.roles)

    @property
    def counts(self) -> tuple[Any, ...]:
        """Each role's instance count, or ``"any"`` (a parametric role)."""
        return tuple(c for _, c in self.roles)

    @property
    def parametric(self) -> bool:
        """Some role's instance count is ``"any"``: a check covers every count >= 1 of it at once."""
        return ANY in self.counts

    @property
    def n(self) -> Any:
        """The deployment's instance count, or ``"any"`` for a parametric policy."""
        return ANY if self.parametric else sum(self.counts)

    @property
    def smallest_n(self) -> int:
        """The smallest instance count of the deployments this policy covers (every role >= 1)."""
        return sum(1 if c == ANY else c for c in self.counts)

    def with_counts(self, counts: tuple[int, ...]) -> "CloudServicePolicy":
        """The same policy with these role instance counts (in role order)."""
        return attrs.evolve(self, roles=tuple((r, c) for r, c in zip(self.role_names, counts)))

    def instantiations(self, n: int) -> list["CloudServicePolicy"]:
        """The concrete policies this one covers with ``n`` instances in all, ``"any"`` roles >= 1 each,
        in order of the counts (the first ``"any"`` role's largest first)."""
        free = [r for r, c in enumerate(self.counts) if c == ANY]
        rest = n - sum(c for c in self.counts if c != ANY)
        out: list[CloudServicePolicy] = []

        def fill(i: int, left: int, got: list[int]) -> None:
            if i == len(free) - 1:
                if left >= 1:
                    out.append(self.with_counts(_fill_counts(self.counts, free, [*got, left])))
                return
            for x in range(left - (len(free) - i - 1), 0, -1):
                fill(i + 1, left - x, [*got, x])

        if not free:
            return [self] if n == self.n else []
        fill(0, rest, [])
        return out

    def warnings(self) -> list[str]:
        return []


Policy = CloudServicePolicy


def _fill_counts(counts: tuple[Any, ...], free: list[int], values: list[int]) -> tuple[int, ...]:
    out = list(counts)
    for r, x in zip(free, values):
        out[r] = x
    return tuple(out)


# --------------------------------------------------------------------------------------------
# State


@frozen
class Instance:
    """One role instance: where it lives, what it runs, where it is in a walk, its drives."""

    role: str
    ud: int
    package: int = OLD
    config: int = OLD
    phase: Phase = Phase.ONLINE
    landing: int = OLD  # the version a stopped/updating instance will start on
    timed_out: bool = False  # a starting instance whose 30-minute wait expired (U-16)
    drives: tuple[bool, bool, bool] = (True, True, True)  # C:, D:, E: hold their data (U-13)


@frozen
class Update:
    """The update in progress (UpgradeStatus of C2): kind, walk direction and position."""

    kind: str = "in_place"
    rollback: bool = False  # this walk returns updated instances to the previous version (U-20)
    rollback_pending: bool = False  # a rollback waits for the UD in progress (U-20)
    current_ud: int = 0  # CurrentUpgradeDomain
    during: bool = False  # CurrentUpgradeDomainState: During (True) or Before
    change: str = "deploy_new_code"


@frozen
class CloudService:
    """A deployment: its instances and the update in progress, if any."""

    policy: CloudServicePolicy
    instances: tuple[Instance, ...]
    update: Update | None = None
    locked: bool = False  # U-21, U-29
    deleted: bool = False  # U-28 Delete Deployment
    changes_package: bool = True  # the latest request carries a new package
    increases_local: bool = False  # the latest request increases local resources (U-22a)
    target_crashes: bool = False  # the latest request's code crashes (U-25)
    rolled_back: bool = False  # a rollback walk completed since the latest request
    untouched_stopped: bool = False  # a rollback found an instance stopped yet never updated

    @property
    def n(self) -> int:
        return len(self.instances)


def walk_target(s: CloudService) -> int:
    """The version the walk in progress moves instances to."""
    return OLD if s.update is not None and s.update.rollback else NEW


def is_updated(x: Instance) -> bool:
    """An instance runs the latest request's version (U-18 "updated to the new version")."""
    return x.config == NEW


def rollback_allowed(s: CloudService) -> bool:
    """``RollbackAllowed`` (U-18, U-19, U-21, U-22): derived, never stored."""
    return _rollback_refusal(s) is None


def _rollback_refusal(s: CloudService) -> Refused | None:
    def no(clause: str, reason: str) -> Refused:
        return Refused("operator_rolls_back", clause, reason)

    u = s.update
    if s.deleted:
        return no("U-28", "the deployment was deleted")
    if u is None:
        return no("U-22(c)", "no update is in progress (none, or it has completed)")
    if u.kind != "in_place":
        return no("U-19", "rollback applies only to in-place updates")
    if u.rollback or u.rollback_pending:
        return no("U-18", "a rollback is already in progress")
    if all(is_updated(x) for x in s.instances):
        return no("U-22(c)", "every instance is already updated")
    if s.increases_local:
        return no("U-22(a)", "the update increases a role's local resources")
    if not s.policy.quota_allows_rollback:
        return no("U-22(b)", "rolling back would exceed the subscription's core quota")
    return None


def gate_passes(s: CloudService) -> bool:
    """U-15: every role has ≥ min_good instances online on the walk's target in walked UDs."""
    u = s.update
    if u is None or u.current_ud == 0:
        return True
    t = walk_target(s)
    for role in s.policy.role_names:
        good = sum(
            1 for x in s.instances
            if x.role == role and x.ud < u.current_ud and x.phase == Phase.ONLINE and x.config == t
        )
        if good < s.policy.min_good_instances:
            return False
    return True


def ud_done(s: CloudService, ud: int) -> bool:
    """Every instance of ``ud`` is in a final state (online, crashed) or timed out (U-5, U-16)."""
    return all(
        x.phase in (Phase.ONLINE, Phase.CRASHED) or (x.phase == Phase.STARTING and x.timed_out)
        for x in s.instances
        if x.ud == ud
    )


def initial_state(
    policy: CloudServicePolicy, at_ud: int = 1, crashed: frozenset[int] = frozenset()
) -> CloudService:
    """A deployment with every instance online on the old version (``initial = "idle"``).

    With ``initial = "stuck"``: an automatic update of crashing code (U-25) at the boundary of UD
    ``at_ud``, UDs below it updated, the instances in ``crashed`` crashed there.
    """
    if policy.parametric:
        raise ValueError("initial_state needs concrete role counts: instantiate the policy first (with_counts)")
    k = policy.upgrade_domains
    inst = tuple(
        Instance(role=role, ud=ud_of(j, k)) for role, count in policy.roles for j in range(count)
    )
    s = CloudService(policy=policy, instances=inst)
    if policy.initial == "idle":
        return s
    if not 1 <= at_ud < k:
        raise ValueError(f"a stuck start needs 1 <= at_ud < {k} (got {at_ud})")
    crashed = frozenset(crashed)
    walked = tuple(
        attrs.evolve(
            x, package=NEW, config=NEW, landing=OLD,
            phase=Phase.CRASHED if i in crashed else Phase.ONLINE,
            drives=drives_after("in_place_upgrade", x.drives),
        ) if x.ud < at_ud else x
        for i, x in enumerate(inst)
    )
    if any(inst[i].ud >= at_ud for i in crashed):
        raise ValueError("only instances of walked UDs can be crashed")
    return attrs.evolve(
        s, instances=walked, update=Update(current_ud=at_ud), locked=not policy.concurrent_operations,
        target_crashes=True, increases_local=policy.local_resources_increase,
    )


# --------------------------------------------------------------------------------------------
# Helpers (effects shared by several actions)


def _set(s: CloudService, changes: dict[int, Instance]) -> tuple[Instance, ...]:
    return tuple(changes.get(i, x) for i, x in enumerate(s.instances))


def _walk_ud(s: CloudService, ud: int, target: int) -> CloudService:
    """Start walking ``ud`` towards ``target``: stop its instances not on it (U-5, U-20)."""
    changes: dict[int, Instance] = {}
    untouched = s.untouched_stopped
    for i, x in enumerate(s.instances):
        if x.ud != ud:
            continue
        if x.phase in (Phase.ONLINE, Phase.CRASHED, Phase.STARTING) and x.config != target:
            changes[i] = attrs.evolve(x, phase=Phase.STOPPED, landing=target, timed_out=False)
        elif x.phase in (Phase.STOPPED, Phase.UPDATING) and x.landing != target:
            # In flight from a walk this one replaced: re-targeted.  A rollback that turns back
            # an instance stopped before it was ever updated has not left it alone (U-20).
            untouched = untouched or (target == OLD and x.config == OLD)
            changes[i] = attrs.evolve(x, landing=target)
    u = attrs.evolve(s.update, current_ud=ud, during=True)
    return attrs.evolve(s, instances=_set(s, changes), update=u, untouched_stopped=untouched)


def _finish_update(s: CloudService) -> CloudService:
    return attrs.evolve(s, update=None, locked=False)


# --------------------------------------------------------------------------------------------
# Actions: operator requests (the mutating operations of U-28)


def _request(s: CloudService, name: str, kind: str, change: str, crashes: bool) -> CloudService | Refused:
    p = s.policy
    if s.deleted:
        return Refused(name, "U-28", "the deployment was deleted")
    if kind not in KINDS:
        return Refused(name, "U-7", f"the model runs in-place and VIP-swap updates, not {kind!r}")
    if change not in CHANGES:
        return Refused(name, "U-7", f"{change!r} is not a change of the U-7 table")
    if crashes and not p.new_code_crashes:
        return Refused(name, "U-25", "new_code_crashes is off: no request carries crashing code")
    in_progress = s.update is not None
    if in_progress and not change_allowed_during_update(change):
        return Refused(name, "U-9", f"{change} is not supported during an update")
    if not change_allowed(kind, change):
        return Refused(name, "U-7", f"a {kind} update cannot carry {change} ({_cell(kind, change)})")
    if s.locked:
        return Refused(name, "U-29", "the deployment is locked: an update is in progress")
    # U-11, U-27: the latest request is the only target; every instance now runs an older version.
    inst = tuple(attrs.evolve(x, package=OLD, config=OLD, landing=OLD) for x in s.instances)
    s2 = attrs.evolve(
        s, instances=inst, update=Update(kind=kind, change=change),
        locked=not p.concurrent_operations,
        changes_package=change not in CONFIG_ONLY,
        increases_local=p.local_resources_increase or change == "local_storage_increase",
        target_crashes=crashes, rolled_back=False, untouched_stopped=False,
    )
    if in_progress and kind == "in_place" and p.mode == "automatic":
        return _walk_ud(s2, 0, NEW)  # U-27: "the first UD is upgraded immediately"
    return s2


def operator_requests_update(
    s: CloudService, kind: str = "in_place", change: str = "deploy_new_code", crashes: bool = False
) -> CloudService | Refused:
    """Upgrade Deployment (U-1, U-7, U-9, U-11, U-27, U-28, U-29): start an update of ``kind``."""
    return _request(s, "operator_requests_update", kind, change, crashes)


def operator_changes_configuration(s: CloudService) -> CloudService | Refused:
    """Change Deployment Configuration (U-18, U-28): an in-place update of the configuration only."""
    return _request(s, "operator_changes_configuration", "in_place", "config_values_only", False)


def operator_rolls_back(s: CloudService) -> CloudService | Refused:
    """Roll back the update in progress (U-18…U-23): updated instances walk back, others stay."""
    refusal = _rollback_refusal(s)
    if refusal is not None:
        return refusal
    u = s.update
    p = s.policy
    if u.during and p.rollback_waits_for_current_ud:
        return attrs.evolve(s, update=attrs.evolve(u, rollback_pending=True))
    s2 = attrs.evolve(s, update=attrs.evolve(u, rollback=True, current_ud=0, during=False))
    if u.during and p.mode == "automatic":
        return _walk_ud(s2, 0, OLD)  # rollback_waits_for_current_ud = false: UD 0 at once
    return s2


def operator_deletes_deployment(s: CloudService) -> CloudService | Refused:
    """Delete Deployment (U-24, U-28, U-29): accepted only when not locked."""
    if s.deleted:
        return Refused("operator_deletes_deployment", "U-28", "the deployment was deleted")
    if s.locked:
        return Refused("operator_deletes_deployment", "U-29", "the deployment is locked: an update is in progress")
    return attrs.evolve(s, deleted=True, update=None, locked=False)


# --------------------------------------------------------------------------------------------
# Actions: the walk


def fabric_walks_ud(s: CloudService) -> CloudService | Refused:
    """Automatic mode: walk the next UD once the health gate passes (U-3, U-5, U-10, U-15)."""
    name = "fabric_walks_ud"
    u = s.update
    if s.deleted or u is None or u.kind != "in_place":
        return Refused(name, "U-5", "no in-place update is in progress")
    if s.policy.mode != "automatic":
        return Refused(name, "U-23", "manual mode: the operator walks each UD")
    if u.during:
        return Refused(name, "U-5", f"UD {u.current_ud} is still being walked")
    if not gate_passes(s):
        return Refused(name, "U-15", f"too few good instances in the walked UDs to walk UD {u.current_ud}")
    return _walk_ud(s, u.current_ud, walk_target(s))


def operator_walks_ud(s: CloudService, ud: int) -> CloudService | Refused:
    """Manual mode: Walk Upgrade Domain ``ud``, in index order from UD 0 (U-23, U-32, C5)."""
    name = "operator_walks_ud"
    u = s.update
    if s.deleted or u is None or u.kind != "in_place":
        return Refused(name, "U-23", "no in-place update is in progress")
    if s.policy.mode != "manual":
        return Refused(name, "U-15", "automatic mode: the fabric controller walks the UDs")
    if u.during:
        return Refused(name, "U-5", f"UD {u.current_ud} is still being walked")
    if ud != u.current_ud:
        return Refused(name, "U-23", f"UDs are walked in index order from UD 0 (C5): the next is UD {u.current_ud}, not {ud}")
    return _walk_ud(s, ud, walk_target(s))


def fabric_updates_ud(s: CloudService, ud: int) -> CloudService | Refused:
    """The stopped instances of ``ud`` are updated; in-place upgrade wipes E: (U-5, U-8, U-13)."""
    if s.deleted or not any(x.ud == ud and x.phase == Phase.STOPPED for x in s.instances):
        return Refused("fabric_updates_ud", "U-5", f"no stopped instance in UD {ud}")
    u = s.update
    op = "vm_size_change" if u is not None and not u.rollback and u.change == "vm_size" else "in_place_upgrade"
    changes = {
        i: attrs.evolve(x, phase=Phase.UPDATING, drives=drives_after(op, x.drives))
        for i, x in enumerate(s.instances)
        if x.ud == ud and x.phase == Phase.STOPPED
    }
    return attrs.evolve(s, instances=_set(s, changes))


def fabric_starts_ud(s: CloudService, ud: int) -> CloudService | Refused:
    """The updated instances of ``ud`` start on their new version (U-5, U-20)."""
    if s.deleted or not any(x.ud == ud and x.phase == Phase.UPDATING for x in s.instances):
        return Refused("fabric_starts_ud", "U-5", f"no instance being updated in UD {ud}")
    changes = {
        i: attrs.evolve(
            x, phase=Phase.STARTING, config=x.landing,
            package=NEW if x.landing == NEW and s.changes_package else OLD, timed_out=False,
        )
        for i, x in enumerate(s.instances)
        if x.ud == ud and x.phase == Phase.UPDATING
    }
    return attrs.evolve(s, instances=_set(s, changes))


def fabric_completes_ud(s: CloudService) -> CloudService | Refused:
    """UD ``current_ud`` is back (U-5, U-16): go on to the next UD, a pending rollback, or finish."""
    name = "fabric_completes_ud"
    u = s.update
    if s.deleted or u is None or u.kind != "in_place" or not u.during:
        return Refused(name, "U-5", "no UD is being walked")
    if not ud_done(s, u.current_ud):
        return Refused(name, "U-5", f"UD {u.current_ud} is not back online")
    if u.rollback_pending:
        return attrs.evolve(s, update=attrs.evolve(u, rollback=True, rollback_pending=False, current_ud=0, during=False))
    nxt = u.current_ud + 1
    if nxt == s.policy.upgrade_domains:
        return attrs.evolve(_finish_update(s), rolled_back=s.rolled_back or u.rollback)
    return attrs.evolve(s, update=attrs.evolve(u, current_ud=nxt, during=False))


def fabric_swaps_vip(s: CloudService) -> CloudService | Refused:
    """VIP swap (U-14, U-19): the staged deployment replaces every running instance at once."""
    if s.deleted or s.update is None or s.update.kind != "vip_swap":
        return Refused("fabric_swaps_vip", "U-19", "no VIP swap is in progress")
    pkg = NEW if s.changes_package else OLD
    inst = tuple(
        attrs.evolve(x, phase=Phase.ONLINE, package=pkg, config=NEW, landing=OLD, timed_out=False)
        for x in s.instances
    )
    return _finish_update(attrs.evolve(s, instances=inst))


# --------------------------------------------------------------------------------------------
# Actions: instances


def _one(s: CloudService, name: str, i: int, clause: str, ok, why: str) -> Refused | None:
    if s.deleted:
        return Refused(name, "U-28", "the deployment was deleted")
    if not (isinstance(i, int) and 0 <= i < s.n) or not ok(s.instances[i]):
        return Refused(name, clause, f"instance {i} {why}")
    return None


def instance_comes_online(s: CloudService, i: int) -> CloudService | Refused:
    """A starting instance reaches the Started state and serves again (U-5)."""
    r = _one(s, "instance_comes_online", i, "U-5", lambda x: x.phase == Phase.STARTING, "is not starting")
    if r:
        return r
    x = attrs.evolve(s.instances[i], phase=Phase.ONLINE, timed_out=False)
    return attrs.evolve(s, instances=_set(s, {i: x}))


def instance_start_times_out(s: CloudService, i: int) -> CloudService | Refused:
    """The 30-minute start wait for instance ``i`` expires; the walk may go past it (U-16)."""
    if not s.policy.start_timeout_walks_on:
        return Refused("instance_start_times_out", "U-16", "start_timeout_walks_on is off")
    r = _one(
        s, "instance_start_times_out", i, "U-16",
        lambda x: x.phase == Phase.STARTING and not x.timed_out, "is not starting within its wait",
    )
    if r:
        return r
    x = attrs.evolve(s.instances[i], timed_out=True)
    return attrs.evolve(s, instances=_set(s, {i: x}))


def instance_crashes(s: CloudService, i: int) -> CloudService | Refused:
    """An instance on crashing new code crashes and stays down (U-25)."""
    if not s.policy.new_code_crashes:
        return Refused("instance_crashes", "U-25", "new_code_crashes is off")
    r = _one(
        s, "instance_crashes", i, "U-25",
        lambda x: s.target_crashes and x.config == NEW and x.phase in (Phase.STARTING, Phase.ONLINE),
        "does not run crashing code",
    )
    if r:
        return r
    x = attrs.evolve(s.instances[i], phase=Phase.CRASHED, timed_out=False)
    return attrs.evolve(s, instances=_set(s, {i: x}))


ACTIONS = {
    f.__name__: f
    for f in (
        operator_requests_update,
        operator_changes_configuration,
        operator_rolls_back,
        operator_deletes_deployment,
        fabric_walks_ud,
        operator_walks_ud,
        fabric_updates_ud,
        fabric_starts_ud,
        instance_comes_online,
        instance_start_times_out,
        instance_crashes,
        fabric_completes_ud,
        fabric_swaps_vip,
    )
}

#: U-28: the mutating operations the model has (Update Deployment Status is not modelled).
MUTATING = (
    "operator_requests_update", "operator_changes_configuration", "operator_deletes_deployment",
    "operator_rolls_back",
)


def apply(s: CloudService, action: Action) -> CloudService | Refused:
    """Apply an ``Action`` value: dispatch to the action function of that name."""
    fn = ACTIONS.get(action.name)
    if fn is None:
        return Refused(action.name, "-", f"no cloud-service action named {action.name!r}")
    return fn(s, **action.kwargs)


def replay(policy: CloudServicePolicy, init: CloudService, actions) -> Any:
    """Replay actions from ``init``; refused steps stay in the trace."""
    return _replay(apply, NAME, policy, init, actions)


def _version(v: int) -> str:
    return "new" if v == NEW else "old"


def instance_record(x: Instance) -> dict[str, Any]:
    """An instance's fields as plain values, for traces and tables."""
    rec = {
        "role": x.role,
        "ud": x.ud,
        "package": _version(x.package),
        "config": _version(x.config),
        "phase": x.phase.name.lower(),
        "drives": {d: "kept" if k else "destroyed" for d, k in zip(DRIVES, x.drives)},
    }
    if x.phase in (Phase.STOPPED, Phase.UPDATING):
        rec["landing"] = _version(x.landing)
    if x.phase == Phase.STARTING:
        rec["timed_out"] = x.timed_out
    return rec


def global_record(s: CloudService) -> dict[str, Any]:
    """The deployment's fields as plain values, for traces and tables."""
    u = s.update
    return {
        "update": None if u is None else {
            "kind": u.kind,
            "mode": s.policy.mode,
            "target": _version(walk_target(s)),
            "rollback": u.rollback,
            "rollback_pending": u.rollback_pending,
            "current_ud": u.current_ud,
            "ud_state": "during" if u.during else "before",
            "change": u.change,
        },
        "locked": s.locked,
        "rollback_allowed": rollback_allowed(s),
        "deleted": s.deleted,
        "target_crashes": s.target_crashes,
        "rolled_back": s.rolled_back,
        "untouched_stopped": s.untouched_stopped,
    }


def summary(s: CloudService) -> str:
    """A short line for trace tables: what is offline where, versions, and the walk."""
    off = sorted({x.ud for x in s.instances if x.phase != Phase.ONLINE})
    new = sum(1 for x in s.instances if x.config == NEW)
    u = s.update
    walk = "no update" if u is None else (
        f"{'rollback' if u.rollback else u.kind} UD {u.current_ud} {'during' if u.during else 'before'}"
        + (" (rollback pending)" if u.rollback_pending else "")
    )
    off_n = sum(1 for x in s.instances if x.phase != Phase.ONLINE)
    text = f"offline {off_n}/{s.n} in UDs {{{', '.join(map(str, off))}}} · new {new}/{s.n} · {walk}"
    return text + (" · locked" if s.locked else "") + (" · deleted" if s.deleted else "")
