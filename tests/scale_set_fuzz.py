"""Hypothesis strategies and helpers for fuzzing the scale-set model (test support, not a test module).

``policies`` (``rollproof.testing.scale_set_policies``) draws policies over instances 1…40, every
percentage and every switch; ``runs`` draws a run of the per-instance model as a ``Trace``; ``first_violation`` evaluates a registry property on a
trace; ``REGIONS`` says, for each property, where the project finds that it holds (the same words
as the property's docstring, as a predicate over a policy).
"""

from __future__ import annotations

from typing import Any, Callable

from hypothesis import strategies as st

from rollproof.model import scale_set as S
from rollproof.model import scale_set_rules as rules
from rollproof.model.core import Action, Refused, Step, Trace
from rollproof.model.logic import CONCRETE
from rollproof.properties import registry
from rollproof.properties.registry import Kind, Property
from rollproof.testing import code_of, max_initial_unhealthy, pick, view_of
from rollproof.testing import scale_set_initial_states as initial_states
from rollproof.testing import scale_set_policies as policies

__all__ = ["REGIONS", "CHOICES", "action_from", "actions", "code_of", "enabled_names", "first_violation",
           "goal_reached", "initial_states", "pick", "policies", "prop", "runs", "view_of"]

# --------------------------------------------------------------------------------------------
# Actions with arguments drawn from the state


# The orchestrator needs a particular sequence to make progress; weighting its actions lets
# random runs reach deep states.  The first entry is the one Hypothesis shrinks towards.
_WEIGHTED = (
    "orchestrator_starts_upgrade",
    "orchestrator_checks_health", "orchestrator_checks_health",
    "orchestrator_starts_batch", "orchestrator_starts_batch",
    "instance_finishes_upgrade", "instance_finishes_upgrade", "instance_finishes_upgrade",
    "probe_wait_expires", "probe_wait_expires",
    "orchestrator_ends_batch", "orchestrator_ends_batch",
    "operator_cancels",
    "maintenance_takes_down", "maintenance_takes_down",
    "instance_recovers",
    "instance_approves_upgrade", "instance_approves_upgrade",
    "orchestrator_rolls_back_failed",
    "operator_renews_credentials",
)

#: One step's choices: which enabled action, which arguments, and whether an upgrade fails.
CHOICES = st.tuples(st.integers(0, 31), st.integers(0, 2**16), st.booleans())


def action_from(s: S.ScaleSet, choice: tuple[int, int, bool]) -> Action:
    """Read one step's choices as an action that the model is likely to accept from ``s``.

    Runs are drawn as lists of choices and read against the state they reach, so Hypothesis can
    delete any step while shrinking and the rest still reads as a run.
    """
    a, x, fails = choice
    names = enabled_names(s)
    return pick(s, names[a % len(names)], x, fails)


@st.composite
def actions(draw, s: S.ScaleSet) -> Action:
    """One action from ``s``, with arguments that the guard is likely to accept."""
    return action_from(s, draw(CHOICES))


_ENABLED: dict[S.ScaleSet, list[str]] = {}


def enabled_names(s: S.ScaleSet) -> list[str]:
    """The weighted action names whose guard some arguments meet in ``s``."""
    names = _ENABLED.get(s)
    if names is None:
        if len(_ENABLED) > 200_000:
            _ENABLED.clear()
        on = S.enabled_actions(s)
        names = [n for n in _WEIGHTED if n in on] or list(_WEIGHTED)
        _ENABLED[s] = names
    return names


Allowed = Callable[[Any, Any, int, Any], Any]


@st.composite
def runs(
    draw,
    policy: S.ScaleSetPolicy,
    *,
    max_steps: int = 30,
    sick: int | None = None,
    allowed: Allowed | None = None,
    until: Property | None = None,
) -> Trace:
    """A run of the model from an allowed initial state; refused actions (and, with ``allowed``, the
    transitions it excludes) are dropped, so the trace is a program that replays."""
    s = draw(initial_states(policy, sick))
    init = s
    steps: list[Step] = []
    # Chunks of choices: long enough runs on average, and any chunk or step can be deleted.
    chunks = draw(st.lists(st.lists(CHOICES, min_size=1, max_size=8), max_size=max(1, max_steps // 4)))
    if until is not None and _violated_at(until, policy, None, None, init):
        chunks = []
    for choice in [c for chunk in chunks for c in chunk][:max_steps]:
        a = action_from(s, choice)
        r = S.apply(s, a)
        if isinstance(r, Refused):
            continue
        if allowed is not None and not allowed(CONCRETE, policy, view_of(s), code_of(a), view_of(r)):
            continue
        steps.append(Step(a, r))
        if until is not None and _violated_at(until, policy, s, a, r):
            s = r
            break
        s = r
    return Trace(model="scale_set", policy=policy, init=init, steps=tuple(steps))


# --------------------------------------------------------------------------------------------
# Properties on traces


def prop(pid: str) -> Property:
    return registry.get(pid, "scale_set")


def _violated_at(p: Property, policy, before, a: Action | None, after) -> bool:
    """Whether ``p`` fails at ``after`` (reached from ``before`` by ``a``; both None at the start)."""
    v = view_of(after)
    if p.kind in (Kind.INV, Kind.LIVE):
        if not p.holds(CONCRETE, policy, v):
            return True
        return bool(before is not None and p.step_holds is not None
                    and not p.step_holds(CONCRETE, policy, view_of(before), code_of(a), v))
    if p.kind == Kind.STEP:
        return bool(before is not None and not p.holds(CONCRETE, policy, view_of(before), code_of(a), v))
    return False


def first_violation(p: Property, trace: Trace) -> int | None:
    """The first state index where ``p`` fails on ``trace`` (a step's index for step properties)."""
    pol = trace.policy
    views = [view_of(x) for x in trace.states]
    if p.kind in (Kind.INV, Kind.LIVE):
        for k, v in enumerate(views):
            if not p.holds(CONCRETE, pol, v):
                return k
            if k and p.step_holds is not None:
                if not p.step_holds(CONCRETE, pol, views[k - 1], code_of(trace.steps[k - 1].action), v):
                    return k
        return None
    if p.kind == Kind.STEP:
        for k in range(1, len(views)):
            if not p.holds(CONCRETE, pol, views[k - 1], code_of(trace.steps[k - 1].action), views[k]):
                return k
        return None
    raise ValueError(f"{p.id} is a {p.kind.value} property")


def goal_reached(p: Property, trace: Trace) -> int | None:
    """The first state index where a reach property's goal holds."""
    for k, x in enumerate(trace.states):
        if p.goal(CONCRETE, trace.policy, view_of(x)):
            return k
    return None


# --------------------------------------------------------------------------------------------
# Regions: where each property holds (the project's findings; see properties/scale_set.py)


def _n(p) -> int:
    return int(p.instances)


def b_of(p) -> int:
    return S.batch_size(CONCRETE, p, _n(p))


def largest_ud(p) -> int:
    n, u = _n(p), p.update_domains
    return -(-n // u)


def largest_batch(p) -> int:
    """The most instances one batch can hold."""
    return largest_ud(p) if p.service_fabric else b_of(p)


def failures_possible(p) -> bool:
    return p.upgraded_may_fail or not p.credentials_valid


def zoned(p) -> bool:
    """Batches stay within a zone, the zones in turn (zones > 1 without cross-zone upgrades)."""
    return rules.batches_by_zone(p)


def zone_sizes(p) -> list[int]:
    n, z = _n(p), p.zones
    return [n // z + (u < n % z) for u in range(z)]


def second_batch_possible(p) -> bool:
    """Some upgrade can start a second batch: its first batch need not take every instance."""
    n = _n(p)
    if p.service_fabric:
        return min(p.update_domains, n) >= 2
    if zoned(p):
        return min(b_of(p), zone_sizes(p)[0]) < n if p.batch_fill == "full" else n >= 2
    if p.batch_fill == "full":
        return b_of(p) < n
    return n >= 2


def _cap(pct: int, n: int) -> int:
    return pct * n // 100


def batch_cap_region(p) -> bool:
    return 100 * largest_batch(p) <= p.max_batch_instance_percent * _n(p)


def batch_nonempty_region(p) -> bool:
    return not p.service_fabric or largest_ud(p) <= b_of(p)


def precheck_region(p) -> bool:
    return not p.concurrent_maintenance or p.max_unhealthy_instance_percent == 100


def _worst_with_batch(p, start_sick: int) -> int:
    """The most instances down (sick or upgrading) once a batch starts from ``start_sick`` sick ones."""
    n, B = _n(p), largest_batch(p)
    if p.max_surge:  # the new instances come beside the old ones, the sick among them not replaced yet
        return start_sick + B
    if p.prioritize_unhealthy_instances and not p.service_fabric and not (zoned(p) and start_sick < n):
        # (within a zone the unhealthy go first, but those of later zones wait for their turn)
        return min(max(start_sick, B), n)
    return min(start_sick + B, n)


def health_cap_region(p) -> bool:
    n, pu = _n(p), p.max_unhealthy_instance_percent
    if pu == 100:  # (with surge, against the set's instances, a batch's new ones included)
        return True
    u0 = max_initial_unhealthy(p)
    if 100 * u0 > pu * n or p.concurrent_maintenance or failures_possible(p):
        return False
    if not p.upgrading_counts_unhealthy:
        return True
    return 100 * _worst_with_batch(p, min(u0, _cap(pu, n))) <= pu * n


def availability_region(p) -> bool:
    n, pb = _n(p), p.max_batch_instance_percent
    if pb == 100:
        return True
    if p.concurrent_maintenance:
        return False
    u0 = max_initial_unhealthy(p)
    m = _cap(p.max_unhealthy_instance_percent, n)
    if p.max_surge:  # short of N: the unhealthy among the N, and a batch's failed new instances
        worst = max(u0, min(m + largest_batch(p), n)) if failures_possible(p) else u0
        return 100 * worst <= pb * n
    at_check = m if failures_possible(p) else min(u0, m)
    worst = max(u0, _worst_with_batch(p, at_check))
    return 100 * worst <= pb * n


def upgraded_gate_region(p) -> bool:
    return (not p.concurrent_maintenance or p.max_unhealthy_upgraded_instance_percent == 100
            or not second_batch_possible(p))


def one_unhealthy_region(p) -> bool:
    n, pu = _n(p), p.max_unhealthy_instance_percent
    if p.credentials_valid:
        return 100 <= pu * n
    return pu == 100 and p.max_unhealthy_upgraded_instance_percent == 100


def completes_region(p) -> bool:
    n = _n(p)
    if 100 * max_initial_unhealthy(p) > p.max_unhealthy_instance_percent * n:
        return False
    if not p.credentials_valid:
        return True  # the restricted runs never finish a batch: nothing can go wrong, vacuously
    if p.service_fabric:
        return (min(p.update_domains, n) - 1) * b_of(p) < n
    if zoned(p) and p.batch_fill == "full":  # each zone ends in its own, possibly short, batch
        b = b_of(p)
        return sum(-(-z // b) for z in zone_sizes(p)) <= -(-n // b)
    return p.batch_fill == "full" or b_of(p) == 1


def terminal_region(p) -> bool:
    rollback_leaves_old = (
        p.os_disk_rollback_on_timeout and p.health_probe and (failures_possible(p) or p.concurrent_maintenance)
        and 100 <= p.max_unhealthy_upgraded_instance_percent * _n(p)
        and (p.credentials_valid or p.max_unhealthy_upgraded_instance_percent == 100)
    )
    return not rollback_leaves_old


def credentials_region(p) -> bool:
    n = _n(p)
    if p.max_unhealthy_upgraded_instance_percent < 100 or not second_batch_possible(p):
        return True  # the upgraded gate faults after the failed first batch
    if p.os_disk_rollback_on_timeout and p.health_probe:
        return False  # rolled-back instances recover, so nothing stops a second batch
    if p.service_fabric:
        smallest = max(1, n // p.update_domains)
    elif zoned(p):
        smallest = min(b_of(p), zone_sizes(p)[0]) if p.batch_fill == "full" else 1
    else:
        smallest = min(b_of(p), n) if p.batch_fill == "full" else 1
    return 100 * smallest > p.max_unhealthy_instance_percent * n  # only the stop rule can stop it


def credentials_recovery_region(p) -> bool:
    """VMSS-CREDENTIALS-RECOVERY: the redeploy's upgrade passes its pre-check with the failed
    instances still down, or they came back to the old image first and recovered."""
    if not p.credentials_recovery:
        return False
    if p.rollback_failed_on_breach or (p.os_disk_rollback_on_timeout and p.health_probe):
        return True
    n = _n(p)
    if p.service_fabric:
        smallest = n // p.update_domains if n >= p.update_domains else 1
    elif p.batch_fill == "full":  # within the first zone when batches stay within a zone
        smallest = min(b_of(p), -(-n // p.zones) if p.zones > 1 and not p.cross_zone_upgrade else n)
    else:
        smallest = 1
    return 100 * smallest <= p.max_unhealthy_instance_percent * n


def progress_counts_region(p) -> bool:
    return not p.service_fabric or largest_ud(p) <= b_of(p)


def one_zone_region(p) -> bool:
    """Batches within a zone keep the upgrade to one zone (the property applies only without
    cross_zone_upgrade, where batches may cross zones as the operator allowed)."""
    return not p.cross_zone_upgrade


def nowhere(p) -> bool:
    return False


def data_disks_region(p) -> bool:
    return not p.max_surge


def everywhere(p) -> bool:
    return True


REGIONS: dict[str, Callable[[S.ScaleSetPolicy], bool]] = {
    "VMSS-BATCH-CAP": batch_cap_region,
    "VMSS-BATCH-NONEMPTY": batch_nonempty_region,
    "VMSS-PRECHECK": precheck_region,
    "VMSS-HEALTH-CAP": health_cap_region,
    "VMSS-AVAILABILITY": availability_region,
    "VMSS-STOP-RULE": everywhere,
    "VMSS-UPGRADED-GATE": upgraded_gate_region,
    "VMSS-ONE-UNHEALTHY-TOLERATED": one_unhealthy_region,
    "VMSS-DATA-DISKS": data_disks_region,
    "VMSS-NO-DOWNGRADE": everywhere,
    "VMSS-COMPLETES": completes_region,
    "VMSS-TERMINAL": terminal_region,
    "VMSS-CANCEL": everywhere,
    "VMSS-CREDENTIALS": credentials_region,
    "VMSS-PROGRESS-COUNTS": progress_counts_region,
    "VMSS-SF-BY-UD": everywhere,
    "VMSS-ONE-ZONE": one_zone_region,
    "VMSS-APPROVAL-HOLD": nowhere,
    "X-INSTANCES-CONSERVED": everywhere,
    "VMSS-BREACH-ROLLBACK": everywhere,
    "VMSS-CREDENTIALS-RECOVERY": credentials_recovery_region,
}
