"""Each CS property on both sides of where it holds, plus the fuzzing support the other files use.

``policies`` (``rollproof.testing.cloud_service_policies``) draws cloud-service policies (1…4 roles
of 1…12 instances, 1…20 UDs, every mode, every switch, every role or one); ``view`` is the counting view of a state;
``run`` turns a list of choices into a ``Trace`` of enabled actions; ``first_violation`` evaluates a
registry property on a trace; ``REGIONS`` says, for each property, where the project finds that it
holds (the words of the property's docstring, as a predicate).
Outside a region, ``hypothesis.find`` shrinks a run to a short violating trace, printed as steps.
"""

from __future__ import annotations

from typing import Any, Callable

import attrs
import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from rollproof.model import cloud_service as cs
from rollproof.model import cloud_service_counts as C
from rollproof.model.core import Action, Refused, Step, Trace
from rollproof.model.logic import CONCRETE
from rollproof.properties import registry
from rollproof.properties.registry import Kind, Property
from rollproof.render import render_trace
from rollproof.testing import cloud_service_policies as policies
from rollproof.testing import view_of as view

M = "cloud_service"


def candidates(s: cs.CloudService) -> list[Action]:
    """Every action worth trying from ``s``: the model's one generator (most are refused; ``enabled`` filters)."""
    return cs.candidate_actions(s)


def enabled(s: cs.CloudService, keep: Callable[[cs.CloudService, Action, Any], bool] | None = None):
    """The actions not refused from ``s`` (and allowed by ``keep``), with their results."""
    out = []
    for a in candidates(s):
        r = cs.apply(s, a)
        if not isinstance(r, Refused) and (keep is None or keep(s, a, r)):
            out.append((a, r))
    return out


def allowed_by(prop: Property):
    """A ``keep`` filter from a live/reach property's ``allowed`` predicate."""
    if prop.allowed is None:
        return None

    def keep(s, a, r):
        return bool(prop.allowed(CONCRETE, s.policy, view(s), int(C.A[a.name]), view(r)))

    return keep


def run(policy: cs.Policy, choices: list[int], init: cs.CloudService | None = None, keep=None) -> Trace:
    """A run of enabled actions, each choice an index into the enabled list (mod its length)."""
    s = cs.initial_state(policy) if init is None else init
    steps = []
    for c in choices:
        opts = enabled(s, keep)
        if not opts:
            break
        a, s = opts[c % len(opts)]
        steps.append(Step(a, s))
    return Trace(model=M, policy=policy, init=init or cs.initial_state(policy), steps=tuple(steps))


def first_violation(prop: Property, trace: Trace) -> int | None:
    """The index of the first state (inv, live) or step (step) where ``prop`` fails, else None."""
    p = trace.policy
    states = trace.states
    views = [view(s) for s in states]
    if prop.kind in (Kind.INV, Kind.LIVE):
        for i, v in enumerate(views):
            if not prop.holds(CONCRETE, p, v):
                return i
        if prop.step_holds is None:
            return None
    for i, step in enumerate(trace.steps, start=1):
        if step.refused is not None:
            continue
        fn = prop.holds if prop.kind == Kind.STEP else prop.step_holds
        if not fn(CONCRETE, p, views[i - 1], int(C.A[step.action.name]), views[i]):
            return i
    return None


def _leaves_behind(p: cs.Policy) -> bool:
    return p.start_timeout_walks_on or p.new_code_crashes


def _rollback_possible(p: cs.Policy) -> bool:
    return p.quota_allows_rollback and not p.local_resources_increase


def _targeted_counts(p: cs.Policy) -> list[int]:
    """The instance counts of the roles the updates target (U-10)."""
    return [n for r, n in p.roles if p.role_to_upgrade in (cs.ALL_ROLES, r)]


def _ud0_sizes(p: cs.Policy) -> list[int]:
    return [cs.ud_size(n, 0, p.upgrade_domains) for n in _targeted_counts(p)]


#: Where each property holds: the project's finding (see each predicate's docstring).  These are
#: sufficient conditions for the "holds" side; the "refuted" side draws from their complement
#: narrowed to where a counterexample exists (``OUTSIDE``).
REGIONS: dict[str, Callable[[cs.Policy], bool]] = {
    "CS-ONE-UD": lambda p: not _leaves_behind(p) and p.rollback_waits_for_current_ud,
    "CS-ONE-UD-CONCURRENT": lambda p: False,
    "CS-ROLE-AVAILABLE": lambda p: (
        min(_targeted_counts(p)) >= 2 and p.upgrade_domains >= 2 and p.mode != "simultaneous" and not _leaves_behind(p)
        and not p.concurrent_operations and p.rollback_waits_for_current_ud
    ),
    "CS-ROLLBACK-ALLOWED": lambda p: True,
    "CS-NO-ROLLBACK-AFTER-COMPLETE": lambda p: True,
    "CS-ROLLBACK-RESTORES": lambda p: p.rollback_waits_for_current_ud,
    "CS-ONE-ACTIVE-UPGRADE": lambda p: not p.concurrent_operations and p.rollback_waits_for_current_ud,
    "CS-MANUAL-WALK": lambda p: True,
    "CS-HEALTH-GATE": lambda p: True,
    "CS-START-TIMEOUT": lambda p: min(_ud0_sizes(p)) >= p.min_good_instances + 1,
    "CS-LOCKED": lambda p: True,  # restates the guards: U-21 lets RollbackAllowed alone decide a rollback
    "CS-VIP-SWAP-NO-ROLLBACK": lambda p: True,
    "CS-ONE-ROLE": lambda p: True,
    "CS-SIMULTANEOUS": lambda p: True,
    "X-INSTANCES-CONSERVED": lambda p: True,
}

#: Policies outside the region where a short counterexample exists (what ``find`` searches).
OUTSIDE: dict[str, dict[str, Any]] = {
    "CS-ONE-UD": dict(start_timeout_walks_on=True, concurrent_operations=False, upgrade_domains=3),
    "CS-ROLE-AVAILABLE": dict(roles={"web": 1, "worker": 3}),
    # every UD at once: both instances of the one role are down together
    "CS-ROLE-AVAILABLE@simultaneous": dict(roles={"web": 2}, upgrade_domains=2, mode="simultaneous",
                                           start_timeout_walks_on=False),
    "CS-ROLLBACK-RESTORES": dict(rollback_waits_for_current_ud=False, quota_allows_rollback=True,
                                 local_resources_increase=False, upgrade_domains=3, roles={"web": 3}),
    "CS-ONE-ACTIVE-UPGRADE": dict(concurrent_operations=True, mode="automatic", upgrade_domains=3, roles={"web": 3}),
    "CS-START-TIMEOUT": dict(start_timeout_walks_on=True, mode="automatic", min_good_instances=1,
                             roles={"web": 3}, upgrade_domains=3),
}

#: Parameters that put a drawn policy inside each region (the rest stay random).
INSIDE: dict[str, dict[str, Any]] = {
    "CS-ONE-UD": dict(start_timeout_walks_on=False, new_code_crashes=False, rollback_waits_for_current_ud=True,
                      concurrent_operations=False),
    "CS-ROLE-AVAILABLE": dict(start_timeout_walks_on=False, new_code_crashes=False, rollback_waits_for_current_ud=True,
                              concurrent_operations=False),
    "CS-ROLLBACK-RESTORES": dict(rollback_waits_for_current_ud=True),
    "CS-ONE-ACTIVE-UPGRADE": dict(concurrent_operations=False, rollback_waits_for_current_ud=True),
    "CS-MANUAL-WALK": dict(mode="manual"),
    "CS-HEALTH-GATE": dict(mode="automatic"),
    "CS-ONE-ROLE": dict(role_to_upgrade="role0"),
    "CS-SIMULTANEOUS": dict(mode="simultaneous"),
    "CS-START-TIMEOUT": dict(mode="automatic", start_timeout_walks_on=True),
}

INV_STEP_LIVE = [
    p.id for p in registry.properties_for(M) if p.kind in (Kind.INV, Kind.STEP, Kind.LIVE)
]


def prop(pid: str) -> Property:
    return registry.get(pid, M)


def check_run(pid: str, policy: cs.Policy, choices: list[int]) -> tuple[Trace, int | None]:
    p = prop(pid)
    trace = run(policy, choices, keep=allowed_by(p))
    return trace, first_violation(p, trace)


def shrunk_counterexample(pid: str, policy: cs.Policy, max_len: int = 40) -> Trace:
    """The shortest violating run Hypothesis finds for ``pid`` under ``policy``."""
    choices = find(
        st.lists(st.integers(0, 400), max_size=max_len),
        lambda xs: check_run(pid, policy, xs)[1] is not None,
        settings=settings(max_examples=3000, database=None, derandomize=True, suppress_health_check=list(HealthCheck)),
    )
    trace, at = check_run(pid, policy, choices)
    trace = attrs.evolve(trace, steps=trace.steps[:at]) if at else trace
    return trace.with_verdict(pid, at, "violates")


# --------------------------------------------------------------------------------------------
# The tests: inside each region the property holds on random runs; outside, a shrunk trace.


def test_every_cs_id_of_the_catalog_is_registered_with_clauses_and_a_region():
    ids = {p.id for p in registry.properties_for(M)}
    catalog = {
        "CS-UD-SPREAD", "CS-ONE-UD", "CS-ONE-UD-CONCURRENT", "CS-ROLE-AVAILABLE", "CS-ROLLBACK-ALLOWED",
        "CS-NO-ROLLBACK-AFTER-COMPLETE", "CS-ROLLBACK-RESTORES", "CS-ONE-ACTIVE-UPGRADE", "CS-MANUAL-WALK",
        "CS-HEALTH-GATE", "CS-START-TIMEOUT", "CS-STUCK-RECOVERABLE", "CS-DRIVES", "CS-CHANGE-RULES",
        "CS-LOCKED", "CS-VIP-SWAP-NO-ROLLBACK", "CS-ONE-ROLE", "CS-SIMULTANEOUS", "X-INSTANCES-CONSERVED",
        "X-STEP-PURE",
    }
    assert ids == catalog
    for p in registry.properties_for(M):
        assert p.region and p.statement
        assert p.clauses or p.id.startswith("X-")
        fn = p.holds or p.goal or p.check
        assert fn.__doc__ and p.id in fn.__doc__.splitlines()[0] or p.kind == Kind.REACH


@pytest.mark.parametrize("pid", [i for i in INV_STEP_LIVE if i in REGIONS and i != "CS-ONE-UD-CONCURRENT"])
@settings(max_examples=20)
@given(data=st.data())
def test_each_property_holds_on_random_runs_inside_its_region(pid, data):
    p = prop(pid)
    drawn = policies(max_roles=3, max_count=6, max_uds=6, **INSIDE.get(pid, {}))
    policy = data.draw(drawn.filter(lambda q: p.applies(q) and REGIONS[pid](q)))
    choices = data.draw(st.lists(st.integers(0, 400), max_size=30))
    trace, at = check_run(pid, policy, choices)
    assert at is None, render_trace(trace.with_verdict(pid, at, "violates"))


@pytest.mark.parametrize("case", sorted(OUTSIDE))
def test_each_property_is_refuted_outside_its_region_with_a_short_trace(case):
    pid = case.split("@")[0]
    policy = cs.Policy(**OUTSIDE[case])
    assert prop(pid).applies(policy) and not REGIONS[pid](policy)
    trace = shrunk_counterexample(pid, policy)
    text = render_trace(trace)
    print(text)
    assert first_violation(prop(pid), trace) == len(trace.steps)
    assert len(trace.steps) <= 30


def _offline_uds(s: cs.CloudService) -> set[int]:
    return {x.ud for x in s.instances if x.phase != cs.Phase.ONLINE}


def walk_first_ud_then_second(policy: cs.Policy) -> list[Action]:
    """Update, walk UD 0 to the end, start UD 1, then request a second update (U-27)."""
    k0 = [i for i, x in enumerate(cs.initial_state(policy).instances) if x.ud == 0]
    return [
        Action.of("operator_requests_update"), Action.of("fabric_walks_ud"),
        Action.of("fabric_updates_ud", ud=0), Action.of("fabric_starts_ud", ud=0),
        *(Action.of("instance_comes_online", i=i) for i in k0),
        Action.of("fabric_completes_ud"), Action.of("fabric_walks_ud"),
        Action.of("operator_requests_update"),
    ]


def test_two_uds_are_offline_under_a_second_automatic_update():
    """U-27: the second automatic update takes UD 0 down while the first's UD 1 is still down."""
    policy = cs.Policy(concurrent_operations=True, start_timeout_walks_on=False)
    trace = cs.replay(policy, cs.initial_state(policy), walk_first_ud_then_second(policy))
    assert all(step.refused is None for step in trace.steps)
    at = first_violation(prop("CS-ONE-UD-CONCURRENT"), trace)
    print(render_trace(trace.with_verdict("CS-ONE-UD-CONCURRENT", at, "violates")))
    assert at == len(trace.steps)
    assert _offline_uds(trace.states[-1]) == {0, 1}
    # the same requests, one operation at a time: the second update is refused while locked
    one = cs.Policy(start_timeout_walks_on=False)
    t1 = cs.replay(one, cs.initial_state(one), walk_first_ud_then_second(one))
    assert t1.steps[-1].refused is not None and t1.steps[-1].refused.clause == "U-29"
    assert first_violation(prop("CS-ONE-UD"), t1) is None


def test_one_ud_holds_with_one_operation_at_a_time_and_nothing_left_behind():
    policy = cs.Policy(start_timeout_walks_on=False)
    for seed in range(6):
        choices = [(seed * 7919 + i * 104729) % 401 for i in range(60)]
        trace, at = check_run("CS-ONE-UD", policy, choices)
        assert at is None, render_trace(trace)
