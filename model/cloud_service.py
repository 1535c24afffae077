"""Cloud service update by upgrade domains: the per-instance reference model (U-1…U-34).

Theory of operation.  Role instances are spread over ``k`` upgrade domains, instance ``j`` of a
role in UD ``j mod k`` (U-30…U-34).  An in-place update walks the UDs in index order from UD 0
(U-5, U-10, U-32): walking a UD stops its instances not yet on the walk's target, the fabric
updates them, starts them, and each comes online, crashes (U-25) or times out (U-16); the fabric
then completes the UD.  In automatic mode the fabric walks the next UD once the per-role health
gate passes (U-15); in manual mode the operator walks each UD in order (U-23, C5); in simultaneous
mode (Cloud Services, extended support) the fabric walks every UD at once, with no gate between
UDs.  An update may target a single role (U-10, ``role_to_upgrade``): a walk then stops only that
role's instances, and the gate and RollbackAllowed look at that role alone.  A rollback is a
walk back to the previous version (U-18…U-22); a second request during an update replaces it and,
in automatic mode, reverts UD 0 at once (U-27).  Versions are relative: ``OLD`` is any version
older than the latest request, ``NEW`` the latest request's target (U-11), so a request relabels
every instance to ``OLD``.  Each action is its guard of ``model.cloud_service_rules.GUARDS`` over
this model's own quantities (``Facts``, counted from the instances), then its effect, built from
the rules' one-instance steps plus the fields only this model keeps (packages, drives).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Mapping

import attrs
from attrs import field, frozen

from rollproof.model import cloud_service_rules as rules
from rollproof.model import durations
from rollproof.model.core import Action, PolicyError, Refused, replay as _replay
from rollproof.model.guards import refusal
from rollproof.model.logic import CONCRETE
from rollproof.model.cloud_service_rules import (  # noqa: F401  (re-exported: the tables are read as model.cloud_service.*)
    ALL_ROLES,
    CHANGE_TABLE,
    CHANGES,
    CONFIG_ONLY,
    DRIVE_TABLE,
    DRIVES,
    GUARDS,
    KINDS,
    MODES,
    NEW,
    OLD,
    TABLE_KINDS,
    U9_CHANGES,
    Phase,
    START_WAIT_SECONDS,
    _cell,
    change_allowed,
    change_allowed_during_update,
    drives_after,
    rollback_waits,
    timed,
    timed_uds,
    ud_of,
    ud_seconds,
    ud_size,
    walk_elapsed,
)

NAME = "cloud_service"

INITIALS = ("idle", "stuck")
#: A role count of ``"any"``: the policy covers every instance count >= 1 of that role.
ANY = "any"


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


def _role_to_upgrade(inst: Any, a: attrs.Attribute, v: Any) -> None:
    names = [r for r, _ in inst.roles] if isinstance(inst.roles, tuple) else []
    if not isinstance(v, str) or (v != ALL_ROLES and v not in names):
        raise _err(a.name, v, " or ".join(repr(o) for o in (ALL_ROLES, *names)))


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
        "meaning": "who walks the UDs: the fabric, one UD after another after its health gate "
                   "(automatic), the operator, one request per UD (manual), or the fabric, every UD "
                   "at once (simultaneous: no UD waits for another, no health gate)",
        "range": '"automatic", "manual" or "simultaneous"',
        "source": "U-23, U-27; simultaneous: Upgrade Deployment's Mode (C3) and the upgradeMode of "
                  "Cloud Services (extended support), “Auto, Manual, Simultaneous”"})
    role_to_upgrade: str = field(default=ALL_ROLES, validator=_role_to_upgrade, metadata={
        "meaning": 'the role an in-place update targets: "all" (every role), or one role\'s name, '
                   "so that each UD walk stops only that role's instances and the others keep serving",
        "range": '"all" or the name of one of the roles',
        "source": "U-10: “one can update all roles or a single role”; Upgrade Deployment's "
                  "RoleToUpgrade (C3)"})
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
    instance_update_time: int = field(default=0, **durations.seconds_field("cloud_service.instance_update_time"), metadata={
        "meaning": "seconds a UD's instances take to be stopped and updated before they start; the "
                   "documents give no figure, so 0 counts only U-16's start wait; it changes only the "
                   "`elapsed` observable",
        "range": "seconds >= 0, or an ISO 8601 duration such as \"PT5M\"",
        "source": "not documented: your own measurement"})
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

    in_flight = property(rules.in_flight)
    settled = property(rules.settled)


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
    """The version the walk in progress moves instances to (``rules.walk_target``)."""
    return Facts(s).target


def is_updated(x: Instance) -> bool:
    """An instance runs the latest request's version (U-18 "updated to the new version")."""
    return x.config == NEW


def rollback_allowed(s: CloudService) -> bool:
    """``RollbackAllowed`` (U-18, U-19, U-21, U-22): derived, never stored."""
    return Facts(s).rollback_allowed


# --------------------------------------------------------------------------------------------
# The quantities the rules and the properties read, counted from the instances


class Facts:
    """The named quantities of a deployment (``model.cloud_service_rules.State``, and every field
    of the counting ``View`` but its per-UD sums), computed from the instances themselves."""

    def __init__(self, s: CloudService) -> None:
        self.s, self.policy = s, s.policy
        u = s.update
        self.n = self.total = s.n
        self.k = s.policy.upgrade_domains
        self.active = u is not None
        self.in_place = u is not None and u.kind == "in_place"
        self.vip_swap = u is not None and u.kind == "vip_swap"
        self.rollback = u is not None and u.rollback
        self.rollback_pending = u is not None and u.rollback_pending
        self.forward = self.in_place and not self.rollback and not self.rollback_pending
        self.current_ud = u.current_ud if u is not None else 0
        self.during = u is not None and u.during
        self.locked, self.deleted = s.locked, s.deleted
        self.increases_local, self.target_crashes = s.increases_local, s.target_crashes
        self.rolled_back, self.untouched_stopped = s.rolled_back, s.untouched_stopped
        self.target = rules.walk_target(CONCRETE, self)

    def _count(self, pred) -> int:
        return sum(1 for x in self.s.instances if pred(x))

    def count(self, pred) -> int:
        """Instances the rule's predicate ``pred`` selects."""
        return self._count(pred)

    def all_in_walk(self, pred) -> bool:
        """Every instance of the UDs being walked (``rules.in_walk``) satisfies ``pred``."""
        return all(pred(x) for x in self.s.instances if rules.in_walk(CONCRETE, self.policy, self.current_ud, x.ud))

    @cached_property
    def not_updated(self) -> int:
        return self._count(lambda x: rules.awaits_update(self.policy, x.role, x))

    @cached_property
    def on_new(self) -> int:
        return self._count(is_updated)

    @cached_property
    def offline(self) -> int:
        return self._count(lambda x: x.phase != Phase.ONLINE)

    @cached_property
    def offline_outside(self) -> int:
        """Not online and not in the UD being walked (the last one walked, between UDs; Simultaneous: any)."""
        if self.deleted:
            return 0
        walked_ud = self.current_ud if self.during else self.current_ud - 1
        return self._count(lambda x: x.phase != Phase.ONLINE and not (
            self.in_place and rules.in_walk(CONCRETE, self.policy, walked_ud, x.ud)))

    @cached_property
    def stopped(self) -> int:
        return self._count(rules.in_flight)

    @cached_property
    def stale_in_flight(self) -> int:
        """In flight towards a version the active in-place walk does not target (all, without one)."""
        if self.deleted:
            return 0
        return self._count(lambda x: rules.in_flight(x) and not (self.in_place and x.landing == self.target))

    @cached_property
    def serving_old(self) -> int:
        """Instances the update targets (U-10), online on an older version than the latest request's."""
        return self._count(lambda x: x.phase == Phase.ONLINE and rules.awaits_update(self.policy, x.role, x))

    @cached_property
    def untargeted_in_flight(self) -> int:
        """Instances of a role the update does not target (U-10), stopped or being updated."""
        return self._count(lambda x: rules.in_flight(x) and not rules.updates_role(self.policy, x.role))

    @cached_property
    def crashed(self) -> int:
        return self._count(lambda x: x.phase == Phase.CRASHED)

    @cached_property
    def timed_out(self) -> int:
        return self._count(lambda x: x.phase == Phase.STARTING and x.timed_out)

    @cached_property
    def online_by_role(self) -> tuple[int, ...]:
        return tuple(self._count(lambda x, r=r: x.role == r and x.phase == Phase.ONLINE) for r in self.policy.role_names)

    @cached_property
    def good_walked_by_role(self) -> tuple[int, ...]:
        """Per role: online on the walk's target in the UDs below ``current_ud`` (U-15)."""
        return tuple(
            self._count(lambda x, r=r: x.role == r and x.ud < self.current_ud and x.phase == Phase.ONLINE
                        and x.config == self.target)
            for r in self.policy.role_names
        )

    @cached_property
    def gate_passes(self) -> bool:
        return bool(rules.gate_passes(CONCRETE, self.policy, self))

    @cached_property
    def walk_blocked(self) -> bool:
        return bool(rules.walk_blocked(CONCRETE, self.policy, self))

    @cached_property
    def stuck(self) -> bool:
        return bool(rules.stuck(CONCRETE, self))

    @cached_property
    def rollback_allowed(self) -> bool:
        """``RollbackAllowed``: the guard of ``operator_rolls_back`` (U-18, U-19, U-21, U-22)."""
        return refusal("operator_rolls_back", GUARDS["operator_rolls_back"], self.policy, self) is None


class Requested:
    """The arguments of an update request (``model.cloud_service_rules.Request``)."""

    def __init__(self, kind: Any, change: Any, crashes: Any) -> None:
        self.kind, self.change, self.crashes = kind, change, bool(crashes)
        self.kind_known = kind in KINDS
        self.change_known = change in CHANGES
        self.allowed = change_allowed(kind, change)
        self.during_ok = change_allowed_during_update(change)
        self.in_place = kind == "in_place"
        self.config_only = change in CONFIG_ONLY
        self.local_increase = change == "local_storage_increase"


class NamedUd:
    """The UD an action names (``model.cloud_service_rules.Ud``)."""

    def __init__(self, s: CloudService, ud: Any) -> None:
        self.s, self.ud = s, ud

    def some(self, pred) -> bool:
        return any(x.ud == self.ud and pred(x) for x in self.s.instances)


class Named:
    """The instance an instance action names (``model.cloud_service_rules.One``)."""

    def __init__(self, s: CloudService, i: Any) -> None:
        self.s, self.i = s, i

    def is_(self, pred) -> bool:
        i = self.i
        return isinstance(i, int) and 0 <= i < self.s.n and bool(pred(self.s.instances[i]))


def _refused(s: CloudService, name: str, x: Any = None) -> Refused | None:
    return refusal(name, GUARDS[name], s.policy, Facts(s), x)


def enabled(s: CloudService, name: str) -> bool:
    """Whether some arguments make action ``name`` enabled in ``s`` (derived from its guard)."""
    return bool(rules.enabled(CONCRETE, s.policy, Facts(s), name))


def initial_state(
    policy: CloudServicePolicy, at_ud: int = 1, crashed: frozenset[int] = frozenset()
) -> CloudService:
    """A deployment with every instance online on the old version (``initial = "idle"``).

    With ``initial = "stuck"``: an automatic update of crashing code (U-25) at the boundary of UD
    ``at_ud``, UDs below it updated (of the roles the update targets, U-10), the instances in
    ``crashed`` crashed there.
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
        ) if x.ud < at_ud and rules.updates_role(policy, x.role) else x
        for i, x in enumerate(inst)
    )
    if any(inst[i].ud >= at_ud or not rules.updates_role(policy, inst[i].role) for i in crashed):
        raise ValueError("only instances the update walked (UDs below at_ud, roles it targets) can be crashed")
    return attrs.evolve(
        s, instances=walked, update=Update(current_ud=at_ud), locked=not policy.concurrent_operations,
        target_crashes=True, increases_local=policy.local_resources_increase,
    )


# --------------------------------------------------------------------------------------------
# Helpers (effects shared by several actions)


def _set(s: CloudService, changes: dict[int, Instance]) -> tuple[Instance, ...]:
    return tuple(changes.get(i, x) for i, x in enumerate(s.instances))


def _walk_ud(s: CloudService, ud: int, target: int) -> CloudService:
    """Start walking ``ud`` towards ``target``: each instance the walk reaches (``rules.walk_reaches``:
    of the roles updated, in ``ud`` or, Simultaneous, in every UD) as ``rules.walked`` says (U-5,
    U-10, U-20)."""
    changes: dict[int, Instance] = {}
    untouched = s.untouched_stopped
    for i, x in enumerate(s.instances):
        if not rules.walk_reaches(CONCRETE, s.policy, ud, x.ud, x.role):
            continue
        untouched = untouched or rules.walk_marks_untouched(x, target)
        y = rules.walked(x, target)
        if y != x:
            changes[i] = y
    u = attrs.evolve(s.update, current_ud=ud, during=True)
    return attrs.evolve(s, instances=_set(s, changes), update=u, untouched_stopped=untouched)


def _finish_update(s: CloudService) -> CloudService:
    return attrs.evolve(s, update=None, locked=False)


# --------------------------------------------------------------------------------------------
# Actions: operator requests (the mutating operations of U-28)


def _request(s: CloudService, name: str, kind: str, change: str, crashes: bool) -> CloudService | Refused:
    p = s.policy
    x = Requested(kind, change, crashes)
    q = Facts(s)
    if r := refusal(name, GUARDS[name], p, q, x):
        return r
    # U-11, U-27: the latest request is the only target; every instance now runs an older version.
    inst = tuple(attrs.evolve(rules.relabeled(y), package=OLD) for y in s.instances)
    s2 = attrs.evolve(
        s, instances=inst, update=Update(kind=kind, change=change),
        locked=rules.request_locks(p),
        changes_package=not x.config_only,
        increases_local=bool(rules.request_increases_local(CONCRETE, p, x)),
        target_crashes=x.crashes, rolled_back=False, untouched_stopped=False,
    )
    if rules.walks_ud0_at_once(CONCRETE, p, q, x):
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
    if r := _refused(s, "operator_rolls_back"):
        return r
    u = s.update
    p = s.policy
    if u.during and rollback_waits(p):
        return attrs.evolve(s, update=attrs.evolve(u, rollback_pending=True))
    s2 = attrs.evolve(s, update=attrs.evolve(u, rollback=True, current_ud=0, during=False))
    if u.during and rules.rollback_turns_back_at_once(p):
        return _walk_ud(s2, 0, OLD)  # a rollback that does not wait turns UD 0 back at once (U-27)
    return s2


def operator_deletes_deployment(s: CloudService) -> CloudService | Refused:
    """Delete Deployment (U-24, U-28, U-29): accepted only when not locked."""
    if r := _refused(s, "operator_deletes_deployment"):
        return r
    return attrs.evolve(s, deleted=True, update=None, locked=False)


# --------------------------------------------------------------------------------------------
# Actions: the walk


def fabric_walks_ud(s: CloudService) -> CloudService | Refused:
    """Automatic mode: walk the next UD once the health gate passes (U-3, U-5, U-10, U-15)."""
    if r := _refused(s, "fabric_walks_ud"):
        return r
    return _walk_ud(s, s.update.current_ud, walk_target(s))


def operator_walks_ud(s: CloudService, ud: int) -> CloudService | Refused:
    """Manual mode: Walk Upgrade Domain ``ud``, in index order from UD 0 (U-23, U-32, C5)."""
    if r := _refused(s, "operator_walks_ud", NamedUd(s, ud)):
        return r
    return _walk_ud(s, ud, walk_target(s))


def fabric_updates_ud(s: CloudService, ud: int) -> CloudService | Refused:
    """The stopped instances of ``ud`` are updated; in-place upgrade wipes E: (U-5, U-8, U-13)."""
    if r := _refused(s, "fabric_updates_ud", NamedUd(s, ud)):
        return r
    u = s.update
    op = "vm_size_change" if u is not None and not u.rollback and u.change == "vm_size" else "in_place_upgrade"
    changes = {
        i: attrs.evolve(rules.updated(x), drives=drives_after(op, x.drives))
        for i, x in enumerate(s.instances)
        if x.ud == ud and rules.stopped(x)
    }
    return attrs.evolve(s, instances=_set(s, changes))


def fabric_starts_ud(s: CloudService, ud: int) -> CloudService | Refused:
    """The updated instances of ``ud`` start on their new version (U-5, U-20)."""
    if r := _refused(s, "fabric_starts_ud", NamedUd(s, ud)):
        return r
    changes = {}
    for i, x in enumerate(s.instances):
        if x.ud == ud and rules.updating(x):
            y = rules.started(x)
            changes[i] = attrs.evolve(y, package=NEW if y.config == NEW and s.changes_package else OLD)
    return attrs.evolve(s, instances=_set(s, changes))


def fabric_completes_ud(s: CloudService) -> CloudService | Refused:
    """UD ``current_ud`` (Simultaneous: every UD) is back (U-5, U-16): go on to the next UD, a
    pending rollback, or finish."""
    if r := _refused(s, "fabric_completes_ud"):
        return r
    u = s.update
    if u.rollback_pending:
        return attrs.evolve(s, update=attrs.evolve(u, rollback=True, rollback_pending=False, current_ud=0, during=False))
    nxt = u.current_ud + 1
    if rules.walk_ends(CONCRETE, s.policy, u.current_ud):
        return attrs.evolve(_finish_update(s), rolled_back=s.rolled_back or u.rollback)
    return attrs.evolve(s, update=attrs.evolve(u, current_ud=nxt, during=False))


def fabric_swaps_vip(s: CloudService) -> CloudService | Refused:
    """VIP swap (U-14, U-19): the staged deployment replaces every running instance at once."""
    if r := _refused(s, "fabric_swaps_vip"):
        return r
    pkg = NEW if s.changes_package else OLD
    inst = tuple(attrs.evolve(rules.swapped(x), package=pkg) for x in s.instances)
    return _finish_update(attrs.evolve(s, instances=inst))


# --------------------------------------------------------------------------------------------
# Actions: instances


def _one(s: CloudService, name: str, i: int, move) -> CloudService | Refused:
    """Instance ``i`` moves by ``move`` (one of the rules' one-instance steps), if the guard allows."""
    if r := _refused(s, name, Named(s, i)):
        return r
    return attrs.evolve(s, instances=_set(s, {i: move(s.instances[i])}))


def instance_comes_online(s: CloudService, i: int) -> CloudService | Refused:
    """A starting instance reaches the Started state and serves again (U-5)."""
    return _one(s, "instance_comes_online", i, rules.comes_online)


def instance_start_times_out(s: CloudService, i: int) -> CloudService | Refused:
    """The 30-minute start wait for instance ``i`` expires; the walk may go past it (U-16)."""
    return _one(s, "instance_start_times_out", i, rules.times_out)


def instance_crashes(s: CloudService, i: int) -> CloudService | Refused:
    """An instance on crashing new code crashes and stays down (U-25)."""
    return _one(s, "instance_crashes", i, rules.crashes)


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


def candidate_actions(s: CloudService) -> list[Action]:
    """Every action with the arguments worth trying from ``s``, refused ones included: the one list
    the fuzzers, the mutation engines and the tests draw from (each keeps what it needs).

    Requests of either kind, of new code or of a local-storage increase, crashing or not; each UD
    of the policy; each instance.
    """
    out = [
        Action.of("operator_requests_update", kind=kind, change=change, crashes=crash)
        for kind in KINDS for change in ("deploy_new_code", "local_storage_increase") for crash in (False, True)
    ]
    out += [Action.of(n) for n in (
        "operator_changes_configuration", "operator_rolls_back", "operator_deletes_deployment",
        "fabric_walks_ud", "fabric_completes_ud", "fabric_swaps_vip",
    )]
    uds = range(s.policy.upgrade_domains)
    out += [Action.of(n, ud=u) for n in ("operator_walks_ud", "fabric_updates_ud", "fabric_starts_ud") for u in uds]
    out += [Action.of(n, i=i) for n in ("instance_comes_online", "instance_start_times_out", "instance_crashes")
            for i in range(s.n)]
    return out


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


def instance_records(s: CloudService) -> dict[int, dict[str, Any]]:
    """Every instance's record (``instance_record``), by id."""
    return {i: instance_record(x) for i, x in enumerate(s.instances)}


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
