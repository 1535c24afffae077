"""The trace renderer: a trace reads as a step list with only the changed fields."""

from __future__ import annotations

from attrs import frozen

from rollproof.model import scale_set as S
from rollproof.model.core import Action, Trace, replay
from rollproof.render import changed_fields, format_value, render_trace

START = [
    Action.of("orchestrator_starts_upgrade"),
    Action.of("orchestrator_checks_health"),
    Action.of("orchestrator_starts_batch", chosen={0}),
]


def _trace(policy=None, unhealthy=frozenset(), actions=START) -> Trace:
    policy = policy or S.Policy(instances=3)
    return S.replay(policy, S.initial_state(policy, unhealthy), actions)


def test_a_refutation_opens_with_the_property_the_step_and_the_policy():
    t = _trace().with_verdict("VMSS-BATCH-CAP", 3, "violates")
    text = render_trace(t, policy_name="seed-2018-defaults")
    assert text.splitlines()[0] == "VMSS-BATCH-CAP refuted at step 3 (policy seed-2018-defaults, instances=3)"


def test_a_witness_says_witnessed():
    t = _trace().with_verdict("VMSS-ONE-UNHEALTHY-TOLERATED", 2, "witnesses")
    assert render_trace(t).splitlines()[0].startswith("VMSS-ONE-UNHEALTHY-TOLERATED witnessed at step 2 (")


def test_a_title_replaces_the_header():
    assert render_trace(_trace(), title="a run").splitlines()[0] == "a run"


def test_a_plain_run_has_no_header_and_starts_at_init():
    lines = render_trace(_trace()).splitlines()
    assert lines[0].lstrip().startswith("s0 = init(instances=3, unhealthy={})")


def test_the_initial_line_names_the_unhealthy_instances():
    p = S.Policy(instances=5)
    text = render_trace(_trace(p, frozenset({3})))
    assert "s0 = init(instances=5, unhealthy={3})" in text


def test_each_step_is_a_program_line_with_its_arguments():
    text = render_trace(_trace())
    assert "s1 = orchestrator_starts_upgrade(s0)" in text
    assert "s3 = orchestrator_starts_batch(s2, chosen={0})" in text


def test_only_changed_fields_are_printed_after_a_step():
    text = render_trace(_trace())
    assert "status: Idle → RollingForward" in text
    assert "i0.phase: idle → upgrading" in text
    assert "batch: {} → {0}" in text
    # Unchanged instance fields never appear.
    assert "i1." not in text and "i2." not in text
    assert "data_disks" not in text


def test_a_summary_of_key_counts_follows_each_step():
    lines = render_trace(_trace()).splitlines()
    s3 = next(x for x in lines if "s3 =" in x)
    assert "upgrading 1/3" in s3


def test_a_refused_step_names_its_clause_and_changes_nothing():
    actions = START[:2] + [Action.of("orchestrator_checks_health")]
    lines = render_trace(_trace(actions=actions)).splitlines()
    i = next(k for k, x in enumerate(lines) if "s3 = orchestrator_checks_health(s2)" in x)
    assert lines[i + 1].strip() == "refused (A-10.1): not at a batch boundary awaiting its check"
    assert i + 2 == len(lines)


def test_the_violating_step_is_marked():
    t = _trace().with_verdict("VMSS-BATCH-CAP", 3, "violates")
    s3 = next(x for x in render_trace(t).splitlines() if "s3 =" in x)
    assert s3.endswith("← violates VMSS-BATCH-CAP")


def test_policy_parameters_that_differ_from_the_defaults_are_listed():
    p = S.Policy(instances=3, batch_rounding="ceil", concurrent_maintenance=False)
    text = render_trace(_trace(p))
    assert "policy: batch_rounding=ceil, concurrent_maintenance=false" in text


def test_changed_fields_lists_name_old_and_new():
    t = _trace()
    before, after = t.states[2], t.states[3]
    got = changed_fields(before, after)
    assert ("i0.phase", "idle", "upgrading") in got
    assert ("batch", frozenset(), frozenset({0})) in got
    assert changed_fields(after, after) == []


def test_values_print_as_people_write_them():
    assert format_value(frozenset({2, 0})) == "{0, 2}"
    assert format_value(True) == "true"
    assert format_value(S.Status.FAULTED) == "FAULTED"


# A toy model in this module: the renderer reads any model through instance_record/global_record.


@frozen
class _Box:
    lit: bool = False


@frozen
class _Toy:
    instances: tuple[_Box, ...]
    mode: str = "off"


def instance_record(x: _Box) -> dict:
    return {"lamp": "on" if x.lit else "off"}


def global_record(s: _Toy) -> dict:
    return {"mode": s.mode}


def _toy_apply(s: _Toy, a: Action):
    i = a.arg("i")
    return _Toy(tuple(_Box(True) if k == i else x for k, x in enumerate(s.instances)), "busy")


def test_any_model_with_instance_and_global_records_renders():
    init = _Toy((_Box(), _Box(), _Box(True)))
    t = replay(_toy_apply, "toy", None, init, [Action.of("switch_on", i=0)])
    text = render_trace(t, title="toy")
    assert "s0 = init(instances=3, lamp=on:{2})" in text
    assert "s1 = switch_on(s0, i=0)" in text
    assert "i0.lamp: off → on" in text
    assert "mode: off → busy" in text
