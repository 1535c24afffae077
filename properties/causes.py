"""Causes: the actors and named choices a counterexample relies on, and how to switch each off.

A refutation is only as useful as what it blames.  Each ``Cause`` says how to see, on the run of a
counterexample (``properties.plain.Run``, per-instance states), that the run relies on it (maintenance
takes an instance down, a start times out, the orchestrator picks a batch smaller than allowed, …),
and how to check the property again without it: a policy with the switch turned (a named choice of
``semantics.md``), or the same policy with the actor's actions left out of the system (an operator's
rollback, cancel or delete, which no policy parameter turns off).  ``rollproof.checking`` runs those
checks; the report says "refuted because of X: proved without it" or "still refuted without X".
"""

from __future__ import annotations

from typing import Any, Callable

import attrs
from attrs import frozen

from rollproof.model import cloud_service as cs
from rollproof.model import scale_set as ss
from rollproof.properties.plain import Run

SS, CS = "scale_set", "cloud_service"


@frozen
class Cause:
    """An actor or named choice a run may rely on, and the system without it.

    A run relies on a cause when it is no counterexample without it: for a policy switch, the run's
    actions replayed under the switched policy are refused somewhere, or reach a state the plain
    reading finds fine; for an actor left out, the run takes one of its steps (``used``)."""

    name: str  # a short stable key ("maintenance")
    model: str
    text: str  # what it is, in a reader's words, with its clause
    used: Callable[[Run], bool]  # the run takes a step of it (for a policy switch: a quick first look)
    without: str  # the switch, as a reader would set it ("concurrent_maintenance = false")
    policy: Callable[[Any], Any] | None = None  # the policy without it (a named choice turned)
    forbids: Callable[..., Any] | None = None  # else: (L, policy, before, a, after) the steps left out
    applies: Callable[[Any], bool] = attrs.field(default=lambda p: True)  # the switch can be turned here


def _acts(run: Run, *names: str) -> list[Any]:
    return [a for a in run.actions if a.name in names]


def _evolve(**kw: Any) -> Callable[[Any], Any]:
    return lambda p: attrs.evolve(p, **kw)


# --------------------------------------------------------------------------------------------
# Scale set


def _ss_code(name: str) -> int:
    from rollproof.model.scale_set_counts import A

    return int(A[name])


def _small_batch(run: Run) -> bool:
    """A batch smaller than the orchestrator could have taken (A-10.2 "at most 20%")."""
    p = run.policy
    if p.service_fabric or p.batch_fill == "full":
        return False
    for b, a, _ in run.steps():
        if a.name == "orchestrator_starts_batch":
            pending = sum(1 for x in b.instances
                          if x.phase == ss.Phase.IDLE and not x.attempted and x.image != b.target)
            n = len(b.instances)
            cap = max(1, p.max_batch_instance_percent * n // 100) if p.batch_rounding == "floor_min_1" else \
                -(-p.max_batch_instance_percent * n // 100)
            if len(a.arg("chosen")) < min(cap, pending):
                return True
    return False


def _restarted(run: Run) -> bool:
    return any(a.name == "orchestrator_starts_upgrade" and b.status != ss.Status.IDLE for b, a, _ in run.steps())


def _upgrading_counted(run: Run) -> bool:
    return run.policy.upgrading_counts_unhealthy and any(
        x.phase == ss.Phase.UPGRADING for x in run.now.instances)


def _disk_rolled_back(run: Run) -> bool:
    return run.policy.os_disk_rollback_on_timeout and any(
        a.name == "probe_wait_expires" and any(x.image == ss.NEW and y.image == ss.OLD for x, y in zip(b.instances, w.instances))
        for b, a, w in run.steps())


SCALE_SET: tuple[Cause, ...] = (
    Cause("maintenance", SS, "concurrent maintenance takes an instance down (A-12)",
          lambda r: bool(_acts(r, "maintenance_takes_down")), "concurrent_maintenance = false",
          policy=_evolve(concurrent_maintenance=False), applies=lambda p: p.concurrent_maintenance),
    Cause("failed-upgrade", SS, "an upgraded instance fails its health probe (A-18, A-19)",
          lambda r: r.policy.credentials_valid and any(a.arg("healthy") is False for a in _acts(r, "instance_finishes_upgrade")),
          "upgraded_may_fail = false", policy=_evolve(upgraded_may_fail=False),
          applies=lambda p: p.upgraded_may_fail and p.credentials_valid),
    Cause("expired-credentials", SS, "expired credentials fail every upgraded instance (A-24)",
          lambda r: not r.policy.credentials_valid and bool(_acts(r, "instance_finishes_upgrade")),
          "credentials_valid = true", policy=_evolve(credentials_valid=True), applies=lambda p: not p.credentials_valid),
    Cause("unhealthy-at-start", SS, "instances already unhealthy when the upgrade starts (the pre-check allows them)",
          lambda r: any(not x.healthy for x in r.states[0].instances), "initial_unhealthy = 0",
          policy=_evolve(initial_unhealthy=0), applies=lambda p: p.initial_unhealthy != 0),
    Cause("small-batch", SS, "the orchestrator picks a batch smaller than allowed (batch_fill = \"up_to_b\": A-10.2 says at most)",
          _small_batch, "batch_fill = \"full\"", policy=_evolve(batch_fill="full"),
          applies=lambda p: p.batch_fill == "up_to_b" and not p.service_fabric),
    Cause("upgrading-counted", SS, "an instance being upgraded counts as unhealthy (upgrading_counts_unhealthy)",
          _upgrading_counted, "upgrading_counts_unhealthy = false", policy=_evolve(upgrading_counts_unhealthy=False),
          applies=lambda p: p.upgrading_counts_unhealthy),
    Cause("os-disk-rollback", SS, "an instance still unhealthy after the wait gets its previous OS disk back (V1)",
          _disk_rolled_back, "os_disk_rollback_on_timeout = false", policy=_evolve(os_disk_rollback_on_timeout=False),
          applies=lambda p: p.os_disk_rollback_on_timeout),
    Cause("recovery", SS, "an unhealthy instance recovers on its own",
          lambda r: bool(_acts(r, "instance_recovers")), "no recovery",
          forbids=lambda L, p, b, a, w: a == _ss_code("instance_recovers")),
    Cause("cancel", SS, "the operator cancels the upgrade (A-5)",
          lambda r: bool(_acts(r, "operator_cancels")), "no cancel",
          forbids=lambda L, p, b, a, w: a == _ss_code("operator_cancels")),
    Cause("restart", SS, "a second upgrade starts after the first one ended (a newer image, or a manual start, A-2, A-5)",
          _restarted, "one upgrade at a time",
          forbids=lambda L, p, b, a, w: L.and_(a == _ss_code("orchestrator_starts_upgrade"), b.status != int(ss.Status.IDLE))),
    Cause("deferral", SS, "a batch's instances wait for their workload's approval before upgrading "
                          "(os_upgrade_deferral, V6 osRollingUpgradeDeferral)",
          lambda r: any(x.phase == ss.Phase.AWAITING for st in r.states for x in st.instances),
          "os_upgrade_deferral = false", policy=_evolve(os_upgrade_deferral=False),
          applies=lambda p: p.os_upgrade_deferral),
    Cause("surge", SS, "a max_surge batch replaces old instances by new ones (new data disks, deleted old ones)",
          lambda r: r.policy.max_surge and bool(_acts(r, "orchestrator_starts_batch")), "max_surge = false",
          policy=_evolve(max_surge=False), applies=lambda p: p.max_surge),
    Cause("breach-rollback", SS, "failed instances go back to the old image after a policy breach (V6)",
          lambda r: bool(_acts(r, "orchestrator_rolls_back_failed")), "rollback_failed_on_breach = false",
          policy=_evolve(rollback_failed_on_breach=False), applies=lambda p: p.rollback_failed_on_breach),
    Cause("credentials-renewed", SS, "the operator renews the expired credentials and redeploys (A-25)",
          lambda r: bool(_acts(r, "operator_renews_credentials")), "credentials_recovery = false",
          policy=_evolve(credentials_recovery=False), applies=lambda p: p.credentials_recovery),
)


# --------------------------------------------------------------------------------------------
# Cloud service


def _cs_code(name: str) -> int:
    from rollproof.model.cloud_service_counts import A

    return int(A[name])


_REQUESTS = ("operator_requests_update", "operator_changes_configuration", "operator_deletes_deployment")


def _second_operation(run: Run) -> bool:
    return any(a.name in _REQUESTS and b.update is not None for b, a, _ in run.steps())


def _rollback_at_once(run: Run) -> bool:
    return not run.policy.rollback_waits_for_current_ud and any(
        a.name == "operator_rolls_back" and b.update is not None and b.update.during for b, a, _ in run.steps())


def _vip_swap(run: Run) -> bool:
    return any(a.arg("kind") == "vip_swap" for a in _acts(run, "operator_requests_update"))


CLOUD_SERVICE: tuple[Cause, ...] = (
    Cause("start-timeout", CS, "an instance's start times out and the walk moves on without it (U-16)",
          lambda r: bool(_acts(r, "instance_start_times_out")), "start_timeout_walks_on = false",
          policy=_evolve(start_timeout_walks_on=False), applies=lambda p: p.start_timeout_walks_on),
    Cause("crash", CS, "updated instances crash (U-25)",
          lambda r: bool(_acts(r, "instance_crashes")), "new_code_crashes = false",
          policy=_evolve(new_code_crashes=False), applies=lambda p: p.new_code_crashes),
    Cause("second-operation", CS, "a second mutating operation arrives while an update is in progress (U-26, U-27)",
          _second_operation, "concurrent_operations = false", policy=_evolve(concurrent_operations=False),
          applies=lambda p: p.concurrent_operations),
    Cause("rollback-at-once", CS, "a rollback turns UD 0 back at once, without waiting for the UD in progress (U-20 vs U-27)",
          _rollback_at_once, "rollback_waits_for_current_ud = true", policy=_evolve(rollback_waits_for_current_ud=True),
          applies=lambda p: not p.rollback_waits_for_current_ud),
    Cause("simultaneous", CS, "the fabric walks every UD at once (upgradeMode Simultaneous)",
          lambda r: bool(_acts(r, "fabric_walks_ud")), 'mode = "automatic"', policy=_evolve(mode="automatic"),
          applies=lambda p: p.mode == "simultaneous"),
    Cause("rollback", CS, "the operator rolls the update back (U-18…U-23)",
          lambda r: bool(_acts(r, "operator_rolls_back")), "no rollback",
          forbids=lambda L, p, b, a, w: a == _cs_code("operator_rolls_back")),
    Cause("vip-swap", CS, "a VIP swap is requested (U-14, U-19)",
          _vip_swap, "no VIP swap", forbids=lambda L, p, b, a, w: L.and_(a == _cs_code("operator_requests_update"), w.vip_swap)),
    Cause("delete", CS, "the operator deletes the deployment (U-28)",
          lambda r: bool(_acts(r, "operator_deletes_deployment")), "no delete",
          forbids=lambda L, p, b, a, w: a == _cs_code("operator_deletes_deployment")),
)

CAUSES: dict[str, tuple[Cause, ...]] = {SS: SCALE_SET, CS: CLOUD_SERVICE}


def used_by(model: str, property_id: str, policy: Any, run: Run) -> list[Cause]:
    """The causes the counterexample ``run`` of ``property_id`` relies on, in catalog order (only
    those whose switch exists under ``policy``, and leaves the question askable: a cloud service's
    ``elapsed`` has no meaning once a start no longer times out)."""
    from rollproof.properties import user

    return [c for c in CAUSES[model] if c.applies(policy)
            and (c.policy is None or user.askable(model, property_id, c.policy(policy)))
            and relies_on(model, property_id, c, run)]


def relies_on(model: str, property_id: str, cause: Cause, run: Run) -> bool:
    """Whether ``run`` (a counterexample of ``property_id``, violating at its last step) is no
    counterexample without ``cause``."""
    from rollproof.model.core import Refused
    from rollproof.properties import plain

    if cause.forbids is not None or cause.policy is None:
        return cause.used(run)
    variant = cause.policy(run.policy)
    ref = ss if model == SS else cs
    s = attrs.evolve(run.states[0], policy=variant)
    if model == SS:
        start = ss.initial_state(variant, frozenset(i for i, x in enumerate(s.instances) if not x.healthy), n=len(s.instances))
        if isinstance(start, Refused):
            return True  # the run starts where the switched policy allows no start
    states = [s]
    for a in run.actions:
        s = ref.apply(s, a)
        if isinstance(s, Refused):
            return True
        states.append(s)
    return plain.reading_of(model, property_id)(Run(variant, tuple(states), run.actions)) is None


def by_name(model: str, name: str) -> Cause:
    return next(c for c in CAUSES[model] if c.name == name)


# --------------------------------------------------------------------------------------------
# The system without some causes


_ALLOWED: dict[tuple[Any, frozenset[str]], Callable[..., Any]] = {}


def restricted_allowed(model: str, base: Callable[..., Any] | None, names: frozenset[str]) -> Callable[..., Any] | None:
    """The property's ``allowed`` with the steps of the ``forbids`` causes in ``names`` left out.

    The same function object for the same inputs, so the prover's invariant for a restricted system
    is found once and shared (it is keyed by the ``allowed`` function)."""
    forbid = [c.forbids for c in CAUSES[model] if c.name in names and c.forbids is not None]
    if not forbid:
        return base
    key = (base, names)
    if key not in _ALLOWED:
        def allowed(L: Any, policy: Any, before: Any, a: Any, after: Any) -> Any:
            keep = [L.not_(f(L, policy, before, a, after)) for f in forbid]
            if base is not None:
                keep.append(base(L, policy, before, a, after))
            return L.and_(*keep)

        _ALLOWED[key] = allowed
    return _ALLOWED[key]


def without(model: str, policy: Any, prop: Any, names: frozenset[str]) -> tuple[Any, Any]:
    """The policy and property of the system with the causes ``names`` switched off."""
    for c in CAUSES[model]:
        if c.name in names and c.policy is not None:
            policy = c.policy(policy)
    allowed = restricted_allowed(model, prop.allowed, names)
    if allowed is not prop.allowed:
        prop = attrs.evolve(prop, allowed=allowed)
    return policy, prop


def switches(model: str, names: frozenset[str] | set[str]) -> str:
    """The switches of ``names`` as a reader sets them, in catalog order."""
    return ", ".join(c.without for c in CAUSES[model] if c.name in names)
