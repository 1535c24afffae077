"""Today's two cloud-service additions: an update of a single role (U-10, ``role_to_upgrade``) and
the ``simultaneous`` upgrade mode of Cloud Services (extended support).

What each does to a run, by hand; then the agreement tests the other parameters have (per-instance
vs counting, concrete vs symbolic, plain readings vs properties) with policies pinned to them.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rollproof.model import cloud_service as cs
from rollproof.model import cloud_service_counts as C
from rollproof.model.core import Action, Refused
from rollproof.model.logic import CONCRETE
from rollproof.properties import registry
from rollproof.properties.registry import Kind
import test_cloud_service_counts as tcc
import test_cloud_service_fuzz as csf
import test_plain_readings as tpr

z3 = pytest.importorskip("z3")
import test_symbolic_agreement as tsa  # noqa: E402  (needs Z3)

PINS = (dict(mode="simultaneous"), dict(role_to_upgrade="role0"),
        dict(mode="simultaneous", role_to_upgrade="role0"))


def pinned_policies(**kw):
    """Random policies (every other parameter drawn) with one of the new settings pinned."""
    return st.sampled_from(PINS).flatmap(lambda pin: csf.policies(**kw, **pin))


def _steps(policy, *actions):
    s = cs.initial_state(policy)
    for a in actions:
        r = cs.apply(s, a)
        assert not isinstance(r, Refused), (a, r)
        s = r
    return s


def _down(s) -> set[tuple[str, int]]:
    return {(x.role, x.ud) for x in s.instances if x.phase != cs.Phase.ONLINE}


# --------------------------------------------------------------------------------------------
# Simultaneous: every UD at once


def test_a_simultaneous_update_stops_every_ud_at_once_and_ends_with_one_completion():
    p = cs.Policy(roles={"web": 3, "worker": 2}, upgrade_domains=3, mode="simultaneous", start_timeout_walks_on=False)
    s = _steps(p, Action.of("operator_requests_update"), Action.of("fabric_walks_ud"))
    assert all(x.phase == cs.Phase.STOPPED for x in s.instances)  # every UD, both roles, in one walk
    assert _down(s) == {("web", 0), ("web", 1), ("web", 2), ("worker", 0), ("worker", 1)}
    for u in range(3):
        s = _steps_from(s, Action.of("fabric_updates_ud", ud=u), Action.of("fabric_starts_ud", ud=u))
    assert isinstance(cs.fabric_completes_ud(s), Refused)  # U-5: not back until every UD is back
    for i in range(s.n):
        s = cs.instance_comes_online(s, i)
    done = cs.fabric_completes_ud(s)
    assert done.update is None and all(x.config == cs.NEW for x in done.instances)
    # the same update in automatic mode walks UD 0 alone
    auto = _steps(attrs.evolve(p, mode="automatic"), Action.of("operator_requests_update"), Action.of("fabric_walks_ud"))
    assert {u for _, u in _down(auto)} == {0}


def _steps_from(s, *actions):
    for a in actions:
        r = cs.apply(s, a)
        assert not isinstance(r, Refused), (a, r)
        s = r
    return s


def test_simultaneous_mode_is_walked_by_the_fabric_and_refuses_an_operator_walk():
    p = cs.Policy(roles={"web": 2}, upgrade_domains=2, mode="simultaneous")
    s = _steps(p, Action.of("operator_requests_update"))
    r = cs.operator_walks_ud(s, 0)
    assert isinstance(r, Refused) and "simultaneous" in r.reason


def test_a_rollback_in_simultaneous_mode_walks_every_ud_back_at_once():
    p = cs.Policy(roles={"web": 2}, upgrade_domains=2, mode="simultaneous", rollback_waits_for_current_ud=False,
                  start_timeout_walks_on=False)
    s = _steps(p, Action.of("operator_requests_update"), Action.of("fabric_walks_ud"),
               Action.of("fabric_updates_ud", ud=0), Action.of("fabric_starts_ud", ud=0),
               Action.of("instance_comes_online", i=0), Action.of("operator_rolls_back"))
    assert s.update.rollback and s.update.during
    # instance 0 (UD 0, on the new version) walks back; instance 1 (UD 1, never updated) is turned back too
    assert [x.landing for x in s.instances] == [cs.OLD, cs.OLD] and s.untouched_stopped


# --------------------------------------------------------------------------------------------
# One role (U-10)


def test_an_update_of_one_role_stops_only_that_roles_instances_and_the_gate_counts_only_it():
    p = cs.Policy(roles={"web": 2, "worker": 2}, upgrade_domains=2, role_to_upgrade="web", start_timeout_walks_on=False)
    web0 = next(i for i, x in enumerate(cs.initial_state(p).instances) if x.role == "web" and x.ud == 0)
    s = _steps(p, Action.of("operator_requests_update"), Action.of("fabric_walks_ud"),
               Action.of("fabric_updates_ud", ud=0), Action.of("fabric_starts_ud", ud=0),
               Action.of("instance_comes_online", i=web0), Action.of("fabric_completes_ud"))
    assert _down(s) == set()
    # U-15 per role over the instances already updated: worker has none, web one; the gate passes
    assert cs.Facts(s).gate_passes
    s = _steps_from(s, Action.of("fabric_walks_ud"))
    assert _down(s) == {("web", 1)}
    assert all(x.config == cs.OLD and x.phase == cs.Phase.ONLINE for x in s.instances if x.role == "worker")
    # U-22(c): a rollback looks at the targeted role only; once web is updated there is nothing to roll back
    for u in (1,):
        s = _steps_from(s, Action.of("fabric_updates_ud", ud=u), Action.of("fabric_starts_ud", ud=u))
    web1 = next(i for i, x in enumerate(s.instances) if x.role == "web" and x.ud == 1)
    s = cs.instance_comes_online(s, web1)
    assert cs.Facts(s).not_updated == 0 and not cs.rollback_allowed(s)
    assert cs.fabric_completes_ud(s).update is None


def test_with_every_role_targeted_the_worker_would_block_nothing_and_would_go_down_too():
    p = cs.Policy(roles={"web": 2, "worker": 2}, upgrade_domains=2, start_timeout_walks_on=False)
    s = _steps(p, Action.of("operator_requests_update"), Action.of("fabric_walks_ud"))
    assert _down(s) == {("web", 0), ("worker", 0)}


def test_one_role_is_validated_against_the_roles():
    from rollproof.model.core import PolicyError

    with pytest.raises(PolicyError, match="role_to_upgrade"):
        cs.Policy(roles={"web": 1}, role_to_upgrade="worker")


# --------------------------------------------------------------------------------------------
# Which properties apply


def test_the_one_ud_properties_do_not_apply_to_the_simultaneous_mode_and_say_why():
    p = cs.Policy(mode="simultaneous")
    for pid in ("CS-ONE-UD", "CS-ONE-UD-CONCURRENT", "CS-HEALTH-GATE", "CS-START-TIMEOUT"):
        prop = registry.get(pid, "cloud_service")
        assert not prop.applies(p) and "simultaneous" in prop.not_applicable_why, pid
    assert registry.get("CS-ROLE-AVAILABLE", "cloud_service").applies(p)  # availability still matters
    sim = registry.get("CS-SIMULTANEOUS", "cloud_service")
    assert sim.applies(p) and not sim.applies(cs.Policy()) and not sim.applies(cs.Policy(mode="manual"))
    one = registry.get("CS-ONE-ROLE", "cloud_service")
    assert not one.applies(cs.Policy()) and one.applies(cs.Policy(role_to_upgrade="web"))


def test_cs_one_role_catches_a_walk_that_stops_every_role():
    """The property can fail: with the walk's role filter switched off it finds the worker stopped."""
    import rollproof.model.cloud_service_rules as rules

    p = cs.Policy(roles={"web": 2, "worker": 2}, upgrade_domains=2, role_to_upgrade="web")
    prop = registry.get("CS-ONE-ROLE", "cloud_service")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(rules, "walk_reaches", lambda L, policy, cu, ud, role: rules.in_walk(L, policy, cu, ud))
        s = _steps(p, Action.of("operator_requests_update"), Action.of("fabric_walks_ud"))
        assert not prop.holds(CONCRETE, p, csf.view(s))
    assert prop.holds(CONCRETE, p, csf.view(_steps(p, Action.of("operator_requests_update"), Action.of("fabric_walks_ud"))))


# --------------------------------------------------------------------------------------------
# Agreement, pinned to the new settings


@settings(max_examples=25, deadline=None)
@given(policy=pinned_policies(max_roles=3, max_count=5, max_uds=5), choices=st.lists(st.integers(0, 400), max_size=25))
def test_per_instance_and_counting_agree_step_by_step(policy, choices):
    tcc.test_every_per_instance_step_is_a_counting_step_and_every_refusal_a_false_guard.hypothesis.inner_test(policy, choices)
    tcc.test_the_per_instance_quantities_are_the_counting_views_on_every_reachable_state.hypothesis.inner_test(policy, choices)
    tcc.test_enabled_is_derived_exactly_in_both_models.hypothesis.inner_test(policy, choices)


@settings(max_examples=25, deadline=None)
@given(policy=pinned_policies(max_roles=3, max_count=5, max_uds=4), data=st.data())
def test_plain_readings_agree_with_the_properties(policy, data):
    for p in tpr._judged("cloud_service"):
        if not p.applies(policy) or (p.kind == Kind.REACH and p.start_policy is not None):
            continue
        keep = csf.allowed_by(p) if p.kind == Kind.LIVE else None
        choices = data.draw(st.lists(st.integers(0, 200), max_size=30))
        tpr._agree("cloud_service", p, csf.run(policy, choices, keep=keep))


@settings(max_examples=6, deadline=None)
@given(policy=pinned_policies(max_roles=2, max_count=3, max_uds=3).filter(lambda p: p.upgrade_domains >= 2),
       choices=st.lists(st.integers(0, 400), max_size=12), pick=st.integers(0, 10**6))
def test_the_symbolic_step_agrees_with_the_model(policy, choices, pick):
    tsa.test_the_symbolic_cloud_service_step_is_enabled_iff_the_model_accepts_and_has_its_one_successor.hypothesis.inner_test(
        policy, choices, pick)
