"""The plain readings (``properties.plain``) and the registry's predicates agree on every state the
fuzzers visit, for both models: two independent readings of each property, one over the instances,
one over the counting view the solver reads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rollproof.model.core import Step, Trace
from rollproof.model.logic import CONCRETE
from rollproof.properties import plain, registry
from rollproof.properties.registry import Kind
import scale_set_fuzz as ssf
import test_cloud_service_fuzz as csf


def _judged(model: str) -> list[registry.Property]:
    return [p for p in registry.properties_for(model) if p.kind != Kind.CHECK]


def test_every_inv_step_live_and_reach_property_has_a_plain_reading():
    for model in ("scale_set", "cloud_service"):
        missing = [p.id for p in _judged(model) if plain.reading_of(model, p.id) is None]
        assert missing == [], f"{model}: no plain reading for {missing}"


def _views(model: str, trace: Trace) -> list:
    view = ssf.view_of if model == "scale_set" else csf.view
    return [view(s) for s in trace.states]


def _counting_says(model: str, p: registry.Property, trace: Trace, k: int, views: list | None = None) -> bool:
    """Whether the registry's predicate finds state (or step) ``k`` of ``trace`` bad (a goal: reached)."""
    views = views or _views(model, trace)
    code = ssf.code_of if model == "scale_set" else (lambda a: int(csf.C.A[a.name]))
    pol = trace.policy
    after = views[k]
    if p.kind == Kind.REACH:
        return bool(p.goal(CONCRETE, pol, after))
    before = views[k - 1] if k else None
    a = code(trace.steps[k - 1].action) if k else None
    if p.kind == Kind.STEP:
        return bool(k and not p.holds(CONCRETE, pol, before, a, after))
    bad = not p.holds(CONCRETE, pol, after)
    if k and p.step_holds is not None:
        bad = bad or not p.step_holds(CONCRETE, pol, before, a, after)
    return bool(bad)


def _agree(model: str, p: registry.Property, trace: Trace) -> None:
    fn = plain.reading_of(model, p.id)
    run = plain.run_of(trace)
    views = _views(model, trace)
    for k in range(len(trace.states)):
        said = fn(plain.Run(run.policy, run.states[: k + 1], run.actions[:k])) is not None
        counted = _counting_says(model, p, trace, k, views)
        assert said == counted, (
            f"{p.id} at step {k}: the plain reading says {'bad' if said else 'fine'}, the counting view "
            f"{'bad' if counted else 'fine'}\n{trace.actions}")
        if counted and p.kind != Kind.REACH:
            return  # past a violation the run says nothing more of this property


@given(data=st.data())
def test_plain_readings_agree_with_the_counting_view_on_scale_set_runs(data):
    policy = data.draw(ssf.policies(max_instances=12))
    for p in _judged("scale_set"):
        if not p.applies(policy):
            continue
        allowed = p.allowed if p.kind in (Kind.LIVE, Kind.REACH) else None
        pol = p.start_policy(policy) if p.kind == Kind.REACH and p.start_policy else policy
        trace = data.draw(ssf.runs(pol, max_steps=24, allowed=allowed))
        _agree("scale_set", p, trace)


@given(data=st.data())
def test_plain_readings_agree_with_the_counting_view_on_cloud_service_runs(data):
    policy = data.draw(csf.policies(max_roles=3, max_count=6, max_uds=4))
    for p in _judged("cloud_service"):
        if not p.applies(policy) or (p.kind == Kind.REACH and p.start_policy is not None):
            continue
        keep = csf.allowed_by(p) if p.kind == Kind.LIVE else None
        choices = data.draw(st.lists(st.integers(0, 200), max_size=30))
        _agree("cloud_service", p, csf.run(policy, choices, keep=keep))


def test_the_seed_defaults_ten_step_timeout_run_is_two_uds_down_by_both_readings():
    from rollproof.model import cloud_service as cs
    from rollproof.model.core import Action

    policy = cs.CloudServicePolicy()
    s = cs.initial_state(policy)
    acts = [Action.of("operator_requests_update"), Action.of("fabric_walks_ud"), Action.of("fabric_updates_ud", ud=0),
            Action.of("fabric_starts_ud", ud=0)]
    steps = []
    for a in acts:
        s = cs.apply(s, a)
        steps.append(Step(a, s))
    ud0 = [i for i, x in enumerate(s.instances) if x.ud == 0]
    for j, i in enumerate(ud0):
        a = Action.of("instance_start_times_out" if j == 0 else "instance_comes_online", i=i)
        s = cs.apply(s, a)
        steps.append(Step(a, s))
    for a in (Action.of("fabric_completes_ud"), Action.of("fabric_walks_ud")):
        s = cs.apply(s, a)
        steps.append(Step(a, s))
    trace = Trace("cloud_service", policy, cs.initial_state(policy), tuple(steps), "CS-ONE-UD", len(steps), "violates")
    assert len(trace) == 10
    j = plain.judge("cloud_service", "CS-ONE-UD", trace)
    assert j.agrees and "2 UDs" in j.why and "timed out" in j.why
    assert _counting_says("cloud_service", registry.get("CS-ONE-UD", "cloud_service"), trace, 10)
    assert not _counting_says("cloud_service", registry.get("CS-ONE-UD", "cloud_service"), trace, 9)


@pytest.mark.parametrize("model", ["scale_set", "cloud_service"])
def test_a_reading_finds_nothing_wrong_in_an_initial_state(model):
    from rollproof.model import cloud_service as cs
    from rollproof.model import scale_set as ss

    s0 = ss.initial_state(ss.ScaleSetPolicy()) if model == "scale_set" else cs.initial_state(cs.CloudServicePolicy())
    run = plain.Run(s0.policy, (s0,), ())
    for p in _judged(model):
        if p.kind != Kind.REACH and p.applies(s0.policy):
            assert plain.reading_of(model, p.id)(run) is None, p.id


def test_a_rollback_that_turns_back_an_instance_never_updated_is_a_finding_once_it_completes():
    """CS-ROLLBACK-RESTORES reads what a reviewer sees: while the rollback runs, an instance stopped
    for the update and turned back shows nothing wrong (only its target changed); once the rollback
    completes, that instance was taken down and never ran the new version, which both readings call
    bad."""
    from rollproof.model import cloud_service as cs
    from rollproof.model.core import Action

    policy = cs.CloudServicePolicy(roles={"web": 2}, upgrade_domains=2, rollback_waits_for_current_ud=False)
    prop = registry.get("CS-ROLLBACK-RESTORES", "cloud_service")
    s = s0 = cs.initial_state(policy)
    steps = []
    for a in (Action.of("operator_requests_update"), Action.of("fabric_walks_ud"), Action.of("operator_rolls_back")):
        s = cs.apply(s, a)
        assert not isinstance(s, cs.Refused), (a, s)
        steps.append(Step(a, s))
    turned = len(steps)
    # The rollback goes on until it completes: every fabric step that is accepted, in order.
    while s.update is not None:
        for a in [Action.of("fabric_updates_ud", ud=u) for u in range(2)] + [Action.of("fabric_starts_ud", ud=u) for u in range(2)] + [
                Action.of("instance_comes_online", i=i) for i in range(2)] + [Action.of("fabric_completes_ud"), Action.of("fabric_walks_ud")]:
            t = cs.apply(s, a)
            if not isinstance(t, cs.Refused):
                s = t
                steps.append(Step(a, s))
                break
        else:
            raise AssertionError(f"the rollback is stuck: {s}")
    trace = Trace("cloud_service", policy, s0, tuple(steps), None, None, None)
    run = plain.run_of(trace)
    fn = plain.reading_of("cloud_service", "CS-ROLLBACK-RESTORES")
    assert fn(plain.Run(run.policy, run.states[: turned + 1], run.actions[:turned])) is None
    assert not _counting_says("cloud_service", prop, trace, turned)
    said = fn(run)
    assert said is not None and "the rollback completed" in said and "never ran the new version" in said
    assert _counting_says("cloud_service", prop, trace, len(steps))
    _agree("cloud_service", prop, trace)
