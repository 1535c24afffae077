"""Both sides of every scale-set property: it holds inside its stated region, and outside it
Hypothesis finds a violation, shrinks it, and it prints as a step list.

The regions are ``scale_set_fuzz.REGIONS`` (the same words as each property's docstring).  Inside,
runs are fuzzed over random policies restricted to the region.  Outside, ``hypothesis.find``
searches runs of one policy just outside the region; the few searches that need long runs are
``deep``.
"""

from __future__ import annotations

from collections import deque

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from rollproof.model import scale_set as S
from rollproof.model.core import Refused
from rollproof.model.logic import CONCRETE
from rollproof.model import scale_set_checks as checks
from rollproof.properties.registry import Kind
from rollproof.render import render_trace

from scale_set_fuzz import REGIONS, first_violation, goal_reached, policies, prop, runs, view_of

QUICK = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
FIND = settings(max_examples=3000, deadline=None, database=None, suppress_health_check=list(HealthCheck))

#: Parameters that make a region likely to be drawn (the region filter still decides).
HINTS = {
    "VMSS-HEALTH-CAP": dict(concurrent_maintenance=False, upgraded_may_fail=False, credentials_valid=True),
    "VMSS-AVAILABILITY": dict(concurrent_maintenance=False, upgraded_may_fail=False, credentials_valid=True),
    "VMSS-CREDENTIALS": dict(credentials_valid=False),
    "VMSS-SF-BY-UD": dict(service_fabric=True),
    "VMSS-COMPLETES": dict(concurrent_maintenance=False),
    "VMSS-ONE-ZONE": dict(zones=st.integers(2, 3)),
    "VMSS-BREACH-ROLLBACK": dict(rollback_failed_on_breach=True),
}

#: A policy just outside each region, and whether its search is quick enough for the default run.
OUTSIDE = {
    "VMSS-BATCH-CAP": (S.Policy(instances=3), True),
    "VMSS-BATCH-NONEMPTY": (S.Policy(instances=4, service_fabric=True, update_domains=2), False),
    "VMSS-PRECHECK": (S.Policy(instances=3), True),
    "VMSS-HEALTH-CAP": (S.Policy(instances=10, concurrent_maintenance=False, upgraded_may_fail=False), True),
    "VMSS-AVAILABILITY": (S.Policy(instances=10, concurrent_maintenance=False, upgraded_may_fail=False), False),
    "VMSS-UPGRADED-GATE": (S.Policy(instances=3), False),
    "VMSS-COMPLETES": (S.Policy(instances=3, initial_unhealthy=1), True),
    "VMSS-TERMINAL": (S.Policy(instances=1, os_disk_rollback_on_timeout=True,
                               max_unhealthy_upgraded_instance_percent=100), False),
    "VMSS-CREDENTIALS": (S.Policy(instances=10, credentials_valid=False,
                                  max_unhealthy_upgraded_instance_percent=100), False),
    "VMSS-PROGRESS-COUNTS": (S.Policy(instances=4, service_fabric=True, update_domains=2), False),
    "VMSS-APPROVAL-HOLD": (S.Policy(instances=3, os_upgrade_deferral=True), True),
}
#: Deeper outside searches: a run of several full batches.
OUTSIDE_DEEP = {
    "VMSS-COMPLETES": S.Policy(instances=4, max_batch_instance_percent=50),  # up_to_b: 3 batches of 1 > ⌈4/2⌉
    "VMSS-TERMINAL": S.Policy(instances=2, os_disk_rollback_on_timeout=True,
                              max_unhealthy_upgraded_instance_percent=50),
}
EVERYWHERE = [pid for pid, r in REGIONS.items() if r.__name__ == "everywhere"]
NOWHERE = [pid for pid, r in REGIONS.items() if r.__name__ == "nowhere"]  # no inside to fuzz
FUZZED = [pid for pid in REGIONS if prop(pid).kind != Kind.REACH and pid not in NOWHERE]


def _strategy(pid: str, max_instances: int = 16):
    p = prop(pid)
    return policies(max_instances=max_instances, **HINTS.get(pid, {})).filter(
        lambda q: p.applies(q) and REGIONS[pid](q)
    )


@pytest.mark.parametrize("pid", FUZZED)
def test_each_property_holds_inside_its_stated_region(pid):
    p = prop(pid)
    allowed = p.allowed if p.kind == Kind.LIVE else None

    @QUICK
    @given(st.data())
    def inside(data):
        policy = data.draw(_strategy(pid), label="policy")
        trace = data.draw(runs(policy, max_steps=30, allowed=allowed, until=p), label="run")
        k = first_violation(p, trace)
        assert k is None, render_trace(trace.with_verdict(pid, k, "violates"))

    inside()


def _find_and_render(pid: str, policy) -> str:
    p = prop(pid)
    assert not REGIONS[pid](policy), f"{pid}: the chosen policy is inside the region"
    allowed = p.allowed if p.kind == Kind.LIVE else None
    trace = find(
        runs(policy, max_steps=24, allowed=allowed, until=p),
        lambda t: first_violation(p, t) is not None,
        settings=FIND,
    )
    k = first_violation(p, trace)
    text = render_trace(trace.with_verdict(pid, k, "violates"))
    lines = text.splitlines()
    assert lines[0].startswith(f"{pid} refuted at step {k} (")
    assert any(x.lstrip().startswith("s0 = init(instances=") for x in lines)
    assert any(x.lstrip().startswith(f"s{k} = ") and x.endswith(f"← violates {pid}") for x in lines)
    assert "Instance(" not in text and "ScaleSet(" not in text  # a step list, not a dump
    return text


@pytest.mark.parametrize("pid", [pid for pid, (_, quick) in OUTSIDE.items() if quick])
def test_outside_its_region_hypothesis_finds_and_shrinks_a_readable_violation(pid):
    print(_find_and_render(pid, OUTSIDE[pid][0]))


@pytest.mark.deep
@pytest.mark.parametrize("pid", [pid for pid, (_, quick) in OUTSIDE.items() if not quick])
def test_outside_its_region_a_deeper_search_finds_and_shrinks_a_violation(pid):
    print(_find_and_render(pid, OUTSIDE[pid][0]))


@pytest.mark.deep
@pytest.mark.parametrize("pid", sorted(OUTSIDE_DEEP))
def test_outside_its_region_long_runs_break_the_property_too(pid):
    print(_find_and_render(pid, OUTSIDE_DEEP[pid]))


@pytest.mark.deep
@pytest.mark.parametrize("pid", [pid for pid in OUTSIDE if pid not in EVERYWHERE])
def test_every_policy_outside_the_region_breaks_the_property(pid):
    """The regions are stated as "iff": every small policy outside one has a violation."""
    p = prop(pid)
    allowed = p.allowed if p.kind == Kind.LIVE else None
    extra = HINTS.get(pid, {}) if pid in ("VMSS-CREDENTIALS",) else {}

    # With max_surge these two regions are stated as sufficient conditions only (their docstrings).
    only_if = pid in ("VMSS-HEALTH-CAP", "VMSS-AVAILABILITY")

    @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
    @given(policies(max_instances=6, max_uds=3, **extra).filter(
        lambda q: p.applies(q) and not REGIONS[pid](q) and not (only_if and q.max_surge)))
    def outside(policy):
        find(runs(policy, max_steps=30, allowed=allowed, until=p),
             lambda t: first_violation(p, t) is not None,
             settings=settings(FIND, max_examples=4000, phases=[__import__("hypothesis").Phase.generate]))

    outside()


def test_properties_that_hold_everywhere_say_so_in_the_registry():
    for pid in EVERYWHERE:
        region = prop(pid).region.lower()
        assert "every" in region, f"{pid}: region {prop(pid).region!r}"


def test_properties_that_hold_nowhere_say_so_in_the_registry():
    for pid in NOWHERE:
        assert prop(pid).region.lower().startswith("nowhere"), f"{pid}: region {prop(pid).region!r}"


# --------------------------------------------------------------------------------------------
# VMSS-ONE-UNHEALTHY-TOLERATED (reach): a witness inside, no witness outside


def _reach_trace(policy, max_steps=24):
    p = prop("VMSS-ONE-UNHEALTHY-TOLERATED")
    start = p.start_policy(policy)
    return start, runs(start, max_steps=max_steps, sick=1, allowed=p.allowed)


def test_inside_its_region_one_unhealthy_instance_still_lets_an_upgrade_complete():
    p = prop("VMSS-ONE-UNHEALTHY-TOLERATED")
    policy = S.Policy(instances=5, max_batch_instance_percent=100, batch_fill="full")
    assert REGIONS[p.id](policy)
    _, strategy = _reach_trace(policy)
    trace = find(strategy, lambda t: goal_reached(p, t) is not None, settings=FIND)
    text = render_trace(trace.with_verdict(p.id, goal_reached(p, trace), "witnesses"))
    assert text.splitlines()[0].startswith(f"{p.id} witnessed at step ")
    assert "status: RollingForward → Completed" in text


def _reachable_statuses(policy) -> set:
    """Every status reachable under the property's allowed steps from every 1-unhealthy start (exhaustive)."""
    p = prop("VMSS-ONE-UNHEALTHY-TOLERATED")
    start = p.start_policy(policy)
    n = int(policy.instances)
    todo = deque(S.initial_state(start, frozenset({i})) for i in range(n))
    seen = set(todo)
    while todo:
        s = todo.popleft()
        for a in S.candidate_actions(s):
            r = S.apply(s, a)
            if isinstance(r, Refused) or r in seen:
                continue
            if not p.allowed(CONCRETE, start, view_of(s), int(__import__("rollproof.model.scale_set_counts", fromlist=["A"]).A[a.name]), view_of(r)):
                continue
            seen.add(r)
            todo.append(r)
    return {x.status for x in seen}


def test_outside_its_region_no_run_from_one_unhealthy_instance_completes():
    policy = S.Policy(instances=2)  # opencga#987: 1 of 2 unhealthy is 50% > 20%
    assert not REGIONS["VMSS-ONE-UNHEALTHY-TOLERATED"](policy)
    statuses = _reachable_statuses(policy)
    assert S.Status.COMPLETED not in statuses and S.Status.FAULTED in statuses


def test_outside_its_region_hypothesis_shrinks_the_incident_to_a_faulted_pre_check():
    p = prop("VMSS-ONE-UNHEALTHY-TOLERATED")
    _, strategy = _reach_trace(S.Policy(instances=2))
    trace = find(strategy, lambda t: t.states[-1].status == S.Status.FAULTED, settings=FIND)
    text = render_trace(trace, title=f"{p.id}: the upgrade of the opencga#987 set faults")
    assert "s2 = orchestrator_checks_health(s1)" in text and "status: RollingForward → Faulted" in text
    assert len(trace) == 2


@pytest.mark.deep
def test_the_one_unhealthy_region_is_exact_for_small_sets():
    for policy in (S.Policy(instances=n, max_unhealthy_instance_percent=pu, credentials_valid=cv,
                            max_unhealthy_upgraded_instance_percent=pg)
                   for n in (1, 2, 3, 4, 5) for pu in (20, 50, 100) for cv in (True, False) for pg in (20, 100)):
        reached = S.Status.COMPLETED in _reachable_statuses(policy)
        assert reached == REGIONS["VMSS-ONE-UNHEALTHY-TOLERATED"](policy), policy


# --------------------------------------------------------------------------------------------
# The check properties: they agree with their tables for every policy; mutants do not


@pytest.mark.parametrize("pid", ["VMSS-HISTORY", "VMSS-ENABLE-RULES", "X-STEP-PURE"])
def test_each_table_check_agrees_for_random_policies(pid):
    p = prop(pid)

    @settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
    @given(policies(max_instances=12))
    def agrees(policy):
        assert p.check(policy) == []

    agrees()


def test_a_reader_that_trusts_completed_time_is_caught_by_the_history_table(monkeypatch):
    import rollproof.model.scale_set_history as H

    real = H.check_history
    monkeypatch.setattr(checks, "check_history",
                        lambda e, *, now, instances=None: [f for f in real(e, now=now, instances=instances)
                                                           if f.rule != "ends_after_start"])
    found = find(policies(max_instances=5), lambda q: bool(prop("VMSS-HISTORY").check(q)), settings=FIND)
    assert prop("VMSS-HISTORY").check(found)


@pytest.mark.parametrize("maintenance, word", [(True, "refuted"), (False, "proved")])
def test_terminal_is_broken_by_maintenance_alone_where_an_os_disk_rollback_follows_it(maintenance, word):
    """Upgrades that never fail do not keep VMSS-TERMINAL: maintenance may take an upgraded instance
    down during its wait, and the OS-disk rollback then puts it back on the old image before the
    upgrade completes.  The stated region says so, and the engine agrees on both sides of it."""
    from rollproof import checking
    from rollproof.policyfile import PolicyFile

    policy = S.Policy(instances=5, os_disk_rollback_on_timeout=True, upgraded_may_fail=False,
                      concurrent_maintenance=maintenance)
    assert REGIONS["VMSS-TERMINAL"](policy) is not maintenance
    pf = PolicyFile(name="p", file="p.toml", model="scale_set", policy=policy)
    r = checking.check_one(pf, prop("VMSS-TERMINAL"), timeout=120)
    assert r.word == word, r.verdict
    if maintenance:
        assert any(s.action.name == "maintenance_takes_down" for s in r.verdict.trace.steps)
