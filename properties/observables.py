"""Observables: the plain quantities a user's own property may name, per model.

Each observable is written once over the counting model's view and a ``Logic`` (``counted(L,
policy, v)``), so the fuzzer evaluates it on concrete states and the solver on Z3 terms, exactly as
a catalog predicate is.  Each also has a per-instance reading (``plain(policy, s)``), written
again, independently, over what an operator sees of the fleet (each VM's image, health and phase;
each role instance's role, UD and state), as the plain readings of ``properties.plain`` are: a
user property's counterexample is judged by that reading, and the tests show both agree on every
state the fuzzers visit.  ``docs/user-properties.md`` lists them.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from attrs import frozen

from rollproof.model import cloud_service as cs
from rollproof.model import durations
from rollproof.model import scale_set as ss
from rollproof.model.logic import CONCRETE

SS, CS = "scale_set", "cloud_service"
INT, BOOL = "int", "bool"


@frozen
class Observable:
    """A named quantity of a state: its sort, its meaning, and its two readings."""

    name: str
    sort: str  # INT or BOOL
    doc: str
    counted: Callable[[Any, Any, Any], Any]  # (L, policy, view) -> int or bool (a term in Z3)
    plain: Callable[[Any, Any], Any]  # (policy, per-instance state) -> int or bool
    unit: str = ""  # "seconds" for a duration: shown as "10200 (2 h 50 min)"


# --------------------------------------------------------------------------------------------
# Scale set: each VM's image, health and phase; the upgrade's status and batch


def _count(s: Any, pred: Callable[[Any], bool]) -> int:
    return sum(1 for x in s.instances if pred(x))


def _up(x: Any) -> bool:
    return x.phase == ss.Phase.UPGRADING


def _waits(x: Any) -> bool:
    # osRollingUpgradeDeferral: notified of its upgrade, waiting for its workload's approval.
    return x.phase == ss.Phase.AWAITING


def _ss_failed(s: Any) -> int:
    # A-27 failedInstanceCount: attempted by this upgrade, no longer upgrading (nor waiting to), and
    # unhealthy or not on the target image.
    return _count(s, lambda x: x.attempted and not _up(x) and not _waits(x) and (not x.healthy or x.image != ss.NEW))


def _ss_successful(s: Any) -> int:
    # A-27 successfulInstanceCount: not upgrading (nor waiting to), on the target image, and healthy
    # unless this upgrade attempted it and it came back unhealthy (then it is failed).
    # One the A-25 redeploy left to be updated again is pending.
    return _count(s, lambda x: not _up(x) and not _waits(x) and x.image == ss.NEW and (x.healthy or not x.attempted)
                  and not (x.redeploy and not x.attempted))


def _ss_uds_upgrading(p: Any, s: Any) -> int:
    # Update domains matter to the scale set only with Service Fabric; without it the
    # domains are the availability zones (instance i in zone i mod Z), one when the set is regional.
    if p.service_fabric:
        return len({x.ud for x in s.instances if _up(x)})
    return len({zone_of(p, i, x) for i, x in enumerate(s.instances) if _up(x)})


def zone_of(p: Any, i: int, x: Any) -> int:
    """The availability zone of instance ``i``: i mod Z for the set's own N instances (the placement
    rule, read here independently of the model), and for an instance a max_surge batch created
    (numbered from N on) the zone it was created in, the zone of the instance it replaces."""
    return i % p.zones if i < _capacity(p) else x.ud


def _capacity(p: Any) -> int:
    return p.instances if isinstance(p.instances, int) else 1 << 30


def _ss_zone_down(p: Any, s: Any, z: int) -> int:
    return sum(1 for i, x in enumerate(s.instances) if zone_of(p, i, x) == z and (not x.healthy or _up(x)))


def _ss_per_zone(p: Any) -> list[Observable]:
    """A zonal set's zone observables (V6): each zone's instances down, the zones with one down."""
    if p.zones <= 1:
        return []
    zones = range(p.zones)
    return [
        *(Observable(f"down_zone{z}", INT, f"instances of availability zone {z} unhealthy or being upgraded",
                     lambda L, pol, v, z=z: v.down_by_ud[z], lambda pol, s, z=z: _ss_zone_down(pol, s, z))
          for z in zones),
        Observable("zones_down", INT, "availability zones with an instance unhealthy or being upgraded",
                   lambda L, pol, v: L.sum_([L.ite(d > 0, 1, 0) for d in v.down_by_ud]),
                   lambda pol, s: sum(1 for z in zones if _ss_zone_down(pol, s, z) > 0)),
        Observable("zones_upgrading", INT, "availability zones with an instance being upgraded",
                   lambda L, pol, v: v.uds_upgrading, _ss_uds_upgrading),
    ]


SCALE_SET: tuple[Observable, ...] = (
    Observable("instances", INT, "instances in the scale set (N, its capacity; with `max_surge` a batch's "
               "new instances are not counted until they replace the old ones)",
               lambda L, p, v: v.n, lambda p, s: _count(s, lambda x: not x.retiring)),
    Observable("upgrading", INT, "instances being upgraded now (the batch in flight, unfinished)",
               lambda L, p, v: v.upgrading, lambda p, s: _count(s, _up)),
    Observable("unhealthy", INT, "instances whose health probe (or extensions) report them unhealthy, upgrading or not",
               lambda L, p, v: v.sick, lambda p, s: _count(s, lambda x: not x.healthy)),
    Observable("counted_unhealthy", INT,
               "instances the A-8/A-11 pre-check counts as unhealthy: unhealthy, plus upgrading when "
               "`upgrading_counts_unhealthy`",
               lambda L, p, v: v.unhealthy,
               lambda p, s: _count(s, lambda x: not x.healthy or (p.upgrading_counts_unhealthy and _up(x)))),
    Observable("not_serving", INT, "instances not serving: unhealthy or being upgraded",
               lambda L, p, v: v.down, lambda p, s: _count(s, lambda x: not x.healthy or _up(x))),
    Observable("serving", INT, "instances serving: healthy and not being upgraded (more than N while a "
               "`max_surge` batch's new instances serve beside the old ones)",
               lambda L, p, v: v.total - v.down if ss.surges(p) else v.n - v.down,
               lambda p, s: _count(s, lambda x: x.healthy and not _up(x))),
    Observable("on_new", INT, "instances on the new (target) image",
               lambda L, p, v: v.on_new, lambda p, s: _count(s, lambda x: x.image == ss.NEW)),
    Observable("on_old", INT, "instances on the old image",
               lambda L, p, v: v.not_on_target, lambda p, s: _count(s, lambda x: x.image == ss.OLD)),
    Observable("in_batch", INT, "instances in the batch in flight, finished or not",
               lambda L, p, v: v.in_batch, lambda p, s: len(s.batch)),
    Observable("failed", INT,
               "instances this upgrade attempted that are done and unhealthy or not on the target image "
               "(A-27 failedInstanceCount)",
               lambda L, p, v: v.failed, lambda p, s: _ss_failed(s)),
    Observable("successful", INT,
               "instances done and healthy on the target image, or on it without this upgrade's attempt "
               "(A-27 successfulInstanceCount)",
               lambda L, p, v: v.successful, lambda p, s: _ss_successful(s)),
    Observable("pending", INT,
               "instances on the old image (or left by the A-25 redeploy to be updated again) that this "
               "upgrade has not attempted (A-27 pendingInstanceCount)",
               lambda L, p, v: v.pending,
               lambda p, s: _count(s, lambda x: not _up(x) and not x.attempted and not x.retiring
                                   and (x.image != ss.NEW or x.redeploy))),
    Observable("batches_started", INT, "batches this upgrade has started",
               lambda L, p, v: v.batches_started, lambda p, s: s.batches_started),
    Observable("elapsed", INT,
               "seconds this upgrade can have run, at the longest, by the end of the batches it started: per "
               "batch `instance_update_time` and the probe wait (up to 300 s with a health probe, A-10.4), and "
               "`pause_time_between_batches` before each batch after the first (`rollproof bound --max elapsed`: "
               "the longest upgrade)",
               lambda L, p, v: ss.elapsed(L, p, v.batches_started),
               lambda p, s: ss.elapsed(CONCRETE, p, s.batches_started), unit="seconds"),
    Observable("uds_upgrading", INT,
               "update domains with an instance being upgraded (with `service_fabric`; without it the "
               "domains are the availability zones, one for a regional set)",
               lambda L, p, v: v.uds_upgrading, _ss_uds_upgrading),
    Observable("status", INT,
               "the upgrade's status, compared with the constants " + ", ".join(s.name for s in ss.Status),
               lambda L, p, v: v.status, lambda p, s: int(s.status)),
    Observable("awaiting_approval", INT,
               "instances notified of their upgrade and waiting for their workload's approval "
               "(with `os_upgrade_deferral`; they keep serving meanwhile)",
               lambda L, p, v: v.awaiting, lambda p, s: _count(s, _waits)),
    Observable("instances_present", INT,
               "instances present, a `max_surge` batch's new and old ones both (N without it)",
               lambda L, p, v: v.total, lambda p, s: len(s.instances)),
)

SCALE_SET_CONSTANTS: dict[str, int] = {st.name: int(st) for st in ss.Status}


# --------------------------------------------------------------------------------------------
# Cloud service: each role instance's role, UD and state; the update in progress


def _ident(text: str) -> str:
    """A role name as it appears in an observable's name (``web-api`` → ``web_api``)."""
    return re.sub(r"\W", "_", text)


def _online(x: Any) -> bool:
    return x.phase == cs.Phase.ONLINE


def _in_place(s: Any) -> bool:
    return s.update is not None and s.update.kind == "in_place"


def _cs_common() -> list[Observable]:
    return [
        Observable("instances", INT, "role instances in the deployment, every role",
                   lambda L, p, v: v.n, lambda p, s: len(s.instances)),
        Observable("online", INT, "instances online (started and serving)",
                   lambda L, p, v: v.total - v.offline, lambda p, s: _count(s, _online)),
        Observable("down", INT, "instances not online (stopped, being updated, starting, crashed)",
                   lambda L, p, v: v.offline, lambda p, s: _count(s, lambda x: not _online(x))),
        Observable("crashed", INT, "instances whose code crashes on start",
                   lambda L, p, v: v.crashed, lambda p, s: _count(s, lambda x: x.phase == cs.Phase.CRASHED)),
        Observable("updated", INT, "instances on the latest request's configuration",
                   lambda L, p, v: v.on_new, lambda p, s: _count(s, lambda x: x.config == cs.NEW)),
        Observable("not_updated", INT, "instances the update targets (every role, or role_to_upgrade's) not yet on "
                   "the latest request's configuration",
                   lambda L, p, v: v.not_updated,
                   lambda p, s: _count(s, lambda x: x.config != cs.NEW and p.role_to_upgrade in ("all", x.role))),
        Observable("uds_down", INT, "update domains with at least one instance not online",
                   lambda L, p, v: L.sum_([L.ite(d > 0, 1, 0) for d in v.by_ud.offline] or [0]),
                   lambda p, s: len({x.ud for x in s.instances if not _online(x)})),
        Observable("update_active", BOOL, "an update (in place or VIP swap) is in progress",
                   lambda L, p, v: v.active, lambda p, s: s.update is not None),
        Observable("in_place", BOOL, "an in-place update (forward or rollback) is in progress",
                   lambda L, p, v: v.in_place, lambda p, s: _in_place(s)),
        Observable("rolling_back", BOOL, "the update in progress is a rollback (or one waits for the UD in progress)",
                   lambda L, p, v: L.and_(v.active, L.or_(v.rollback, v.rollback_pending)),
                   lambda p, s: s.update is not None and (s.update.rollback or s.update.rollback_pending)),
        Observable("vip_swap", BOOL, "a VIP swap is in progress",
                   lambda L, p, v: v.vip_swap, lambda p, s: s.update is not None and s.update.kind == "vip_swap"),
        Observable("locked", BOOL, "the deployment is locked (U-21, U-29)",
                   lambda L, p, v: v.locked, lambda p, s: s.locked),
        Observable("rollback_allowed", BOOL, "RollbackAllowed (U-18, U-19, U-21, U-22)",
                   lambda L, p, v: v.rollback_allowed, lambda p, s: cs.rollback_allowed(s)),
        Observable("deleted", BOOL, "the deployment was deleted (U-28)",
                   lambda L, p, v: v.deleted, lambda p, s: s.deleted),
    ]


def _cs_timed(p: Any) -> list[Observable]:
    """With ``start_timeout_walks_on`` and roles of fixed counts (``cs.timed``): how long the
    forward walk has run."""
    if not cs.timed(p):
        return []
    return [Observable(
        "elapsed", INT,
        "seconds the forward walk in progress takes, at the longest, by the end of the UDs it has begun that "
        "hold instances it updates: per UD `instance_update_time` and up to 1800 s for its instances to "
        "start (U-16); waits between UDs (the health gate, an operator's next walk) are not counted, nor a "
        "rollback's walk; 0 with no forward walk in progress (only with `start_timeout_walks_on` and roles "
        "of fixed counts)",
        lambda L, pol, v: cs.walk_elapsed(L, pol, L.and_(v.in_place, L.not_(v.rollback)), v.current_ud, v.during),
        lambda pol, s: cs.walk_elapsed(CONCRETE, pol, _in_place(s) and not s.update.rollback,
                                       s.update.current_ud if s.update else 0, bool(s.update and s.update.during)),
        unit="seconds")]


def _cs_per_role(p: Any, taken: set[str]) -> list[Observable]:
    out = []
    for r, (role, count) in enumerate(p.roles):
        name = _ident(role)
        if {f"online_{name}", f"down_{name}"} & taken:  # "web-api" and "web_api", or a role named "ud0"
            name = f"{name}_{r}"
        taken |= {f"online_{name}", f"down_{name}"}
        out.append(Observable(
            f"online_{name}", INT, f"instances of role {role} online",
            lambda L, pol, v, r=r: v.online_by_role[r],
            lambda pol, s, role=role: _count(s, lambda x: x.role == role and _online(x))))
        if isinstance(count, int):  # a role of "any" instances has no fixed size to subtract from
            out.append(Observable(
                f"down_{name}", INT, f"instances of role {role} not online",
                lambda L, pol, v, r=r, count=count: count - v.online_by_role[r],
                lambda pol, s, role=role: _count(s, lambda x: x.role == role and not _online(x))))
    return out


def _cs_per_ud(p: Any) -> list[Observable]:
    # One per UD that can hold an instance: every UD below the upgrade domain count, and below the
    # largest role's size (a UD beyond it stays empty, U-30…U-32).
    from rollproof.model.cloud_service_abstraction import layout

    out = []
    for u in layout(p).uds:
        out.append(Observable(
            f"down_ud{u}", INT, f"instances in update domain {u} not online",
            lambda L, pol, v, u=u: v.by_ud.offline[u],
            lambda pol, s, u=u: _count(s, lambda x: x.ud == u and not _online(x))))
    return out


# --------------------------------------------------------------------------------------------
# The vocabulary of a policy


def of(model: str, policy: Any) -> dict[str, Observable]:
    """Every observable of ``policy`` (its model's, plus one per role and per UD), by name."""
    if model == SS:
        obs = [*SCALE_SET, *_ss_per_zone(policy)]
    elif model == CS:
        uds = _cs_per_ud(policy)
        obs = [*_cs_common(), *_cs_timed(policy), *_cs_per_role(policy, {o.name for o in uds}), *uds]
    else:
        raise ValueError(f"no observables for model {model!r}")
    return {o.name: o for o in obs}


def families(model: str, policy: Any) -> dict[str, tuple[str, ...]]:
    """The families of observables ``all``/``any`` range over, by name: for a cloud service each
    role's ``online_ROLE`` (``online_roles``) and ``down_ROLE`` (``down_roles``, the roles of a fixed
    size), and each UD's ``down_udU`` (``down_uds``); for a zonal scale set each zone's
    ``down_zoneZ`` (``down_zones``)."""
    if model == SS:
        zones = tuple(o.name for o in _ss_per_zone(policy) if o.name.startswith("down_zone"))
        return {"down_zones": zones} if zones else {}
    if model != CS:
        return {}
    uds = tuple(o.name for o in _cs_per_ud(policy))
    roles = [o.name for o in _cs_per_role(policy, set(uds))]
    return {"online_roles": tuple(n for n in roles if n.startswith("online_")),
            "down_roles": tuple(n for n in roles if n.startswith("down_")),
            "down_uds": uds}


def online_by_role(policy: Any) -> list[tuple[str, str]]:
    """Each role of a cloud-service policy with the name of its ``online_ROLE`` observable, in role order."""
    uds = _cs_per_ud(policy)
    names = [o.name for o in _cs_per_role(policy, {o.name for o in uds}) if o.name.startswith("online_")]
    return [(role, name) for (role, _), name in zip(policy.roles, names)]


def ranges(model: str, policy: Any) -> dict[str, tuple[int, int | None]]:
    """A sound range of each integer observable for a policy with a fixed instance count: every count
    lies in 0..N, a count of UDs in 0..min(N, U) (each UD counted holds an instance); ``batches_started`` and
    ``elapsed`` have no upper bound of their own; ``status`` is one of the status codes."""
    n = policy.instances if model == SS else sum(policy.counts)
    uds = min(n, policy.update_domains if model == SS else policy.upgrade_domains)
    out: dict[str, tuple[int, int | None]] = {}
    for name, o in of(model, policy).items():
        if o.sort != INT:
            continue
        out[name] = (0, max(int(x) for x in ss.Status)) if (model, name) == (SS, "status") else (
            (0, None) if (model, name) in ((SS, "batches_started"), (SS, "elapsed"), (CS, "elapsed")) else
            (0, uds) if name.startswith("uds_") else (0, n))
    if model == CS:  # a role's count lies in 0..its size
        sizes = dict(policy.roles)
        for role, name in online_by_role(policy):
            if isinstance(sizes[role], int):
                out[name] = (0, sizes[role])
                out["down_" + name[len("online_"):]] = (0, sizes[role])
    return out


def shown(model: str, policy: Any, expression: str, value: int) -> str:
    """A value of an expression as a reader takes it: a duration observable's with its hours and
    minutes (``10200 (2 h 50 min)``), any other as it is."""
    o = of(model, policy).get(expression.strip())
    if o is not None and o.unit == "seconds":
        return f"{value} s ({durations.show(value)})" if value >= 60 else f"{value} s"
    return str(value)


def constants(model: str) -> dict[str, int]:
    """Named integer constants an expression may use (the scale set's status names)."""
    return dict(SCALE_SET_CONSTANTS) if model == SS else {}


def counted(model: str, L: Any, policy: Any, v: Any) -> dict[str, Any]:
    """Every observable's value on the view ``v`` (Python values, or Z3 terms under the Z3 logic)."""
    return {name: o.counted(L, policy, v) for name, o in of(model, policy).items()}


def plain_values(model: str, policy: Any, s: Any) -> dict[str, Any]:
    """Every observable's value on the per-instance state ``s``, read from the instances."""
    return {name: o.plain(policy, s) for name, o in of(model, policy).items()}
