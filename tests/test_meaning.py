"""What a verdict means: the plain reading judges every refutation, causes are named and switched
off, premises make a proof vacuous, a restated guard holds by construction, a table is checked,
a reach property "from every start" is checked start by start, and an unknown borrows a run."""

from __future__ import annotations

import attrs
import pytest

from rollproof.model import cloud_service as cs
from rollproof.model import scale_set as ss
from rollproof.model.core import Action, Step, Trace
from rollproof.properties import causes, plain, registry
from rollproof.properties.verdicts import Proved, Refuted, Scope, Unknown
from rollproof import checking, fuzzcheck
from rollproof.policyfile import PolicyFile

A = Action.of


def _pf(policy, name="p", expect=None) -> PolicyFile:
    model = "scale_set" if isinstance(policy, ss.ScaleSetPolicy) else "cloud_service"
    return PolicyFile(name=name, file=f"{name}.toml", model=model, policy=policy, expect=expect or {},
                      expect_table=expect is not None)


def _run(policy, init, actions) -> Trace:
    ref = ss if isinstance(policy, ss.ScaleSetPolicy) else cs
    return ref.replay(policy, init, actions)


def test_a_run_relies_on_maintenance_when_without_it_the_run_is_refused():
    p = ss.ScaleSetPolicy(instances=5)
    t = _run(p, ss.initial_state(p), [A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
                                       A("maintenance_takes_down", i=1), A("maintenance_takes_down", i=2),
                                       A("orchestrator_starts_batch", chosen=frozenset({0}))])
    used = [c.name for c in causes.used_by("scale_set", "VMSS-PRECHECK", p, plain.run_of(t))]
    assert used == ["maintenance"]


def test_a_choice_is_no_cause_when_the_run_violates_the_property_without_it_too():
    # A batch of one where two are allowed, but the pre-check is broken by maintenance either way:
    # batch_fill = "full" refuses the small batch, so the run does rely on it (a run of the other
    # choice may still break the property: the check without it says which).
    p = ss.ScaleSetPolicy(instances=10)
    t = _run(p, ss.initial_state(p), [A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
                                       A("maintenance_takes_down", i=1), A("maintenance_takes_down", i=2),
                                       A("maintenance_takes_down", i=3),
                                       A("orchestrator_starts_batch", chosen=frozenset({0, 4}))])
    used = [c.name for c in causes.used_by("scale_set", "VMSS-PRECHECK", p, plain.run_of(t))]
    assert used == ["maintenance"]  # a full batch of 2: batch_fill is not a cause
    counted = causes.by_name("scale_set", "upgrading-counted")
    assert not causes.relies_on("scale_set", "VMSS-PRECHECK", counted, plain.run_of(t))


def test_a_batch_of_one_on_three_instances_relies_on_nothing_that_can_be_switched_off():
    p = ss.ScaleSetPolicy(instances=3)
    t = _run(p, ss.initial_state(p), [A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
                                       A("orchestrator_starts_batch", chosen=frozenset({0}))])
    assert causes.used_by("scale_set", "VMSS-BATCH-CAP", p, plain.run_of(t)) == []


def test_a_refutation_is_checked_again_without_each_cause_and_holds_without_maintenance():
    pf = _pf(ss.ScaleSetPolicy(instances=5), expect={"VMSS-PRECHECK": "refuted"})
    (r,) = checking.run([pf], ["VMSS-PRECHECK"], 60, jobs=1)
    assert r.word == "refuted" and "maintenance" in r.used
    (w,) = [w for w in r.singles if w.names == ("maintenance",)]
    assert w.switches == "concurrent_maintenance = false" and isinstance(w.verdict, Proved)
    assert r.cause.startswith("because of maintenance")
    assert r.trace_value.why and ">" in r.trace_value.why  # the plain reading's words at the violation


def test_a_proof_whose_premise_never_happens_is_proved_vacuous():
    pf = _pf(ss.ScaleSetPolicy(instances=5, credentials_valid=False))
    (r,) = checking.run([pf], ["VMSS-COMPLETES"], 60, jobs=1)
    assert isinstance(r.verdict, Proved)
    assert r.premises == (("the upgrade reaches Completed", "unreachable"),) and r.label == "proved (vacuous)"


def test_a_cause_without_which_the_property_says_nothing_is_what_it_is_about_not_what_makes_it_hold():
    """VMSS-APPROVAL-HOLD asks whether a cancelled upgrade can be held by a workload's approval: with
    no cancel its proof is about nothing (its premise never happens), so "no cancel" is neither its
    cause nor a switch that makes it hold; the report says the property is about the cancel."""
    pf = _pf(ss.ScaleSetPolicy(instances=5, os_upgrade_deferral=True))
    (r,) = checking.run([pf], ["VMSS-APPROVAL-HOLD"], 60, jobs=1)
    assert r.word == "refuted" and "cancel" in r.used
    (w,) = [w for w in r.singles if w.names == ("cancel",)]
    assert isinstance(w.verdict, Proved) and w.is_vacuous and w.label == "proved (vacuous)"
    assert w.premises == (("a cancelled upgrade has an instance awaiting its approval", "unreachable"),)
    assert not w.holds and r.holds_with is None and r.silenced_by == (w,)
    assert r.cause.startswith("uses cancel, without which the proof is vacuous")
    from rollproof import report
    text = " ".join(report.cause_lines(r, ""))
    assert "with no cancel it is **proved (vacuous)**" in text and "Because of cancel" not in text
    (row,) = [x for x in report.dependences([r]) if x.startswith("| [VMSS-APPROVAL-HOLD]")]
    assert "no cancel it says nothing" in row and "| no cancel |" not in row
    assert plain.judge("scale_set", "VMSS-APPROVAL-HOLD", r.verdict.trace).agrees
    assert "cancelled" in r.verdict.trace.why


def test_over_every_size_a_goal_reached_only_from_some_size_on_is_refuted_at_the_smallest_where_it_is_not():
    """One unhealthy instance is tolerated (VMSS-ONE-UNHEALTHY-TOLERATED) only where 20% of N is at
    least one: over every N at once the promise fails, first at N = 1 (a certificate that the goal
    is unreachable), and the notes say "unreachable" and "reached" where they once said the
    search's own "holds" for sizes the goal could not be reached at."""
    pf = _pf(ss.ScaleSetPolicy(instances="any"))
    (r,) = checking.run([pf], ["VMSS-ONE-UNHEALTHY-TOLERATED"], 120, jobs=1)
    assert r.label == "refuted" and r.verdict.scope.instances == 1 and r.verdict.certified_by == ("z3", "cvc5")
    assert "the goal is unreachable at the smallest N the policy allows, reached at N = 5" in r.verdict.method
    assert r.verdict.reason.startswith("the goal is unreachable for N in {1, 2, 3, 4} (at N = 1: ")
    assert r.verdict.reason.endswith("it is first reached at N = 5")
    assert r.verdict.notes[:2] == ("the goal is unreachable for N in {1, 2, 3, 4}", "the goal is reached for N in {5}")


def test_a_rollback_that_does_not_wait_is_said_to_update_an_instance_the_update_only_stopped():
    """What CS-ROLLBACK-RESTORES's run shows is the rollback updating an instance the update only
    stopped (U-20: left alone): its words say so, not only that it was stopped."""
    p = cs.CloudServicePolicy(roles={"web": 2}, upgrade_domains=2, rollback_waits_for_current_ud=False)
    t = _run(p, cs.initial_state(p), [
        A("operator_requests_update", kind="in_place", change="os_version", crashes=False), A("fabric_walks_ud"),
        A("operator_rolls_back"), A("fabric_updates_ud", ud=0), A("fabric_starts_ud", ud=0),
        A("instance_comes_online", i=0), A("fabric_completes_ud"), A("fabric_walks_ud"), A("fabric_completes_ud")])
    j = plain.judge("cloud_service", "CS-ROLLBACK-RESTORES", t)
    assert j.agrees and "web#0" in j.why and "put through the rollback's own update" in j.why
    assert "never ran the new version" in j.why


def test_a_role_with_no_instance_online_says_where_each_of_its_instances_stands():
    """"8 of 8 down" hid that most of them were still starting after a timed-out start (U-16): the
    words count the instances by where they stand."""
    p = cs.CloudServicePolicy(roles={"web": 1}, upgrade_domains=1)
    t = _run(p, cs.initial_state(p), [A("operator_requests_update", kind="in_place", change="os_version", crashes=False),
                                      A("fabric_walks_ud")])
    j = plain.judge("cloud_service", "CS-ROLE-AVAILABLE", t)
    assert j.agrees and "role web has no instance online (1 of 1 down: 1 stopped)" in j.why, j.why
    s = t.states[-1]
    timed = attrs.evolve(s, instances=(attrs.evolve(s.instances[0], phase=cs.Phase.STARTING, timed_out=True),))
    assert plain._why_down(list(timed.instances)) == "1 whose start timed out (U-16)"


def test_a_premise_a_search_left_unknown_is_witnessed_by_a_run_of_the_same_system_another_check_found():
    """VMSS-TERMINAL's premise "the upgrade reaches Completed" can lie beyond a premise search's
    bound while another check of the run holds a run that completes: under the same policy that run
    witnesses it; under another policy (another system) it does not."""
    p = ss.ScaleSetPolicy(instances=1, concurrent_maintenance=False, upgraded_may_fail=False)
    t = _run(p, ss.initial_state(p), [
        A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
        A("orchestrator_starts_batch", chosen=frozenset({0})), A("instance_finishes_upgrade", i=0, healthy=True),
        A("probe_wait_expires"), A("orchestrator_ends_batch")])
    assert t.states[-1].status == ss.Status.COMPLETED
    terminal = registry.get("VMSS-TERMINAL", "scale_set")
    (ante,) = [a for a in terminal.antecedents if a.text == "the upgrade reaches Completed"]
    donor = checking.Result(_pf(p), registry.get("VMSS-COMPLETES", "scale_set"), Refuted(Scope(1, 6), "m", trace=t), 0.0)
    key = ("scale_set", p, ante.text, None, None)
    assert checking.borrowed_premises({key: (p, terminal, ante)}, [donor]) == {key: "witnessed"}
    other = attrs.evolve(p, max_batch_instance_percent=50)
    assert checking.borrowed_premises({key: (other, terminal, ante)}, [donor]) == {}
    # A run that never completes witnesses nothing.
    short = checking.Result(_pf(p), donor.prop, Refuted(Scope(1, 3), "m", trace=_run(p, ss.initial_state(p), [
        A("orchestrator_starts_upgrade"), A("orchestrator_checks_health")])), 0.0)
    assert checking.borrowed_premises({key: (p, terminal, ante)}, [short]) == {}


def test_a_property_that_restates_a_guard_holds_by_construction_and_a_table_is_checked():
    pf = _pf(cs.CloudServicePolicy(roles={"web": 2}, upgrade_domains=2))
    rs = {r.prop.id: r for r in checking.run([pf], ["CS-ROLLBACK-ALLOWED", "CS-UD-SPREAD"], 60, jobs=1)}
    assert rs["CS-ROLLBACK-ALLOWED"].label == "holds by construction"
    assert rs["CS-ROLLBACK-ALLOWED"].premises == (("RollbackAllowed is true", "witnessed"),)
    spread = rs["CS-UD-SPREAD"]
    assert spread.label == "checked"
    text = checking.scope_text(spread.verdict.scope, pf.policy, spread.prop)
    assert "unbounded" not in text and "U-31" in text


def test_a_stuck_deployment_recovers_from_every_stuck_start_and_the_method_says_so():
    p = cs.CloudServicePolicy(roles={"web": 3, "worker": 3}, upgrade_domains=3, new_code_crashes=True)
    (r,) = checking.run([_pf(p)], ["CS-STUCK-RECOVERABLE"], 60, jobs=1)
    assert r.word == "proved" and "from each of the" in r.verdict.method
    j = plain.judge("cloud_service", "CS-STUCK-RECOVERABLE", r.verdict.trace)
    assert j.agrees and "online" in j.why


def test_a_stuck_start_with_no_way_out_refutes_recovery_from_every_start():
    # 2 instances per role over 3 UDs leave UD 2 empty: stuck at its boundary every instance is
    # updated, so no rollback is allowed (U-22(c)) and, one operation at a time, nothing gets out.
    # Some stuck starts do recover: "from some start" would have called this a witness.
    p = cs.CloudServicePolicy(roles={"web": 2, "worker": 2}, upgrade_domains=3, new_code_crashes=True)
    (r,) = checking.run([_pf(p)], ["CS-STUCK-RECOVERABLE"], 60, jobs=1)
    assert r.word == "refuted" and "the goal is unreachable from start state " in r.verdict.reason


def test_an_unknown_borrows_a_run_that_replays_under_its_policy_and_is_judged_again():
    wide = ss.ScaleSetPolicy(instances=5)
    t = _run(wide, ss.initial_state(wide), [A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
                                             A("maintenance_takes_down", i=1), A("maintenance_takes_down", i=2),
                                             A("orchestrator_starts_batch", chosen=frozenset({0}))])
    prop = registry.get("VMSS-PRECHECK", "scale_set")
    other = attrs.evolve(wide, max_batch_instance_percent=40)
    v = fuzzcheck.borrowed(other, prop, Unknown("x", Scope(5, 3)), [t], seconds=5)
    assert isinstance(v, Refuted) and len(v.trace) == 5 and v.shortest is False
    # without maintenance the run does not replay, and a run of another size is no run of this policy
    calm = attrs.evolve(wide, concurrent_maintenance=False)
    assert isinstance(fuzzcheck.borrowed(calm, prop, Unknown("x", Scope(5, 3)), [t], seconds=5), Unknown)
    bigger = attrs.evolve(wide, instances=10)
    assert isinstance(fuzzcheck.borrowed(bigger, prop, Unknown("x", Scope(10, 3)), [t], seconds=5), Unknown)


def test_an_unknown_borrows_the_run_of_its_policy_with_a_parameter_at_its_default():
    # A policy that switches a behaviour on keeps every run of the one without it: checked alone
    # (no other policy in the run), its unknown is settled by the neighbour's counterexample.
    p = ss.ScaleSetPolicy(instances=5, prioritize_unhealthy_instances=True)
    assert [w for w, _ in checking.neighbours("scale_set", p)] == ["prioritize_unhealthy_instances = false"]
    assert all(q.instances == 5 for _, q in checking.neighbours("scale_set", attrs.evolve(p, instances=5, batch_fill="full")))
    prop = registry.get("VMSS-HEALTH-CAP", "scale_set")
    v = checking.judged(prop, checking.neighbours_borrowed(p, prop, Unknown("x", Scope(5, 0)), 60))
    assert isinstance(v, Refuted) and v.trace.policy == p and v.trace.why
    assert "the same policy with prioritize_unhealthy_instances = false" in v.method
    # where the neighbour proves the property, nothing is borrowed: still unknown
    cancel = registry.get("VMSS-CANCEL", "scale_set")
    assert isinstance(checking.neighbours_borrowed(p, cancel, Unknown("x", Scope(5, 0)), 60), Unknown)
    # the seed defaults have no neighbour: nothing to borrow
    assert checking.neighbours("scale_set", ss.ScaleSetPolicy()) == []


def test_a_counterexample_the_plain_reading_finds_nothing_wrong_with_is_an_error_not_a_result():
    p = ss.ScaleSetPolicy(instances=10)
    harmless = _run(p, ss.initial_state(p), [A("orchestrator_starts_upgrade")])
    prop = registry.get("VMSS-HEALTH-CAP", "scale_set")
    v = checking.judged(prop, Refuted(Scope(10, 1), "a broken engine", trace=harmless))
    assert isinstance(v, Unknown) and "disagree" in v.reason


def test_json_schema_2_names_the_words_the_causes_and_the_premises():
    pf = _pf(ss.ScaleSetPolicy(instances=5), expect={"VMSS-PRECHECK": "refuted"})
    rs = checking.run([pf], ["VMSS-PRECHECK", "VMSS-CANCEL"], 60, jobs=1)
    doc = checking.to_json(rs, [pf])
    pre, cancel = doc["policies"][0]["results"]
    assert doc["schema"] == 2 and pre["verdict"] == pre["outcome"] == "refuted"
    assert "maintenance" in pre["relies_on"] and pre["why"]
    assert any(w["causes"] == ["maintenance"] and w["verdict"] == "proved" and w["shortest"] is None
               and "invariant" in w["method"] for w in pre["without"])
    assert all(w["shortest"] in (True, False) for w in pre["without"] if w["outcome"] == "refuted")
    # The word a reader sees says what was shown; the outcome is schema 1's.
    for w in pre["without"]:
        shown = {True: "refuted", False: "refuted (not shown shortest)"}.get(w["shortest"], w["outcome"])
        assert w["verdict"] == shown, w
    assert cancel["premises"] == [{"premise": "the operator cancels the upgrade", "status": "witnessed"}]


@pytest.mark.parametrize("model", ["scale_set", "cloud_service"])
def test_every_cause_names_a_switch_and_either_a_policy_change_or_the_steps_it_leaves_out(model):
    for c in causes.CAUSES[model]:
        assert c.text and c.without and (c.policy is not None) != (c.forbids is not None), c.name


@pytest.mark.parametrize("policy", [ss.ScaleSetPolicy(instances=4), ss.ScaleSetPolicy(instances=3, credentials_valid=False),
                                    cs.CloudServicePolicy(roles={"web": 2}, upgrade_domains=2)],
                         ids=["scale-set", "expired-credentials", "cloud-service"])
def test_a_premise_searched_for_before_the_quick_proof_gets_the_word_it_gets_after_it(policy):
    """Premise searches look for a run before trying the quick proof (``search_first``): a proof
    and a hit exclude each other, so every premise of the catalog gets the same verdict either way."""
    from rollproof.properties.registry import properties_for
    from rollproof.solver import engine

    model = "scale_set" if isinstance(policy, ss.ScaleSetPolicy) else "cloud_service"
    seen = []
    for prop in properties_for(model):
        if not prop.applies(policy):
            continue
        for ante in prop.antecedents:
            target = checking.premise_target(prop, ante)
            bounds = checking.premise_bounds()
            first = engine.check(policy, target, bounds=bounds, search_first=True)
            after = engine.check(policy, target, bounds=bounds)
            assert first.verdict == after.verdict, (prop.id, ante.text, first, after)
            seen.append(first.verdict)
    assert len(set(seen)) == 2  # (both words occur: premises that happen and premises that never do)


def test_a_check_without_a_cause_that_ends_unknown_is_settled_as_the_run_s_own_unknowns_are(monkeypatch):
    # With every check without a cause left unknown by the engine, a run of a neighbour of the
    # policy (prioritize_unhealthy_instances at its default) still settles the one without
    # unhealthy-at-start: the report then says "still refuted", not "unknown".
    pf = _pf(ss.ScaleSetPolicy(instances=5, prioritize_unhealthy_instances=True))
    (r,) = checking.run([pf], ["VMSS-HEALTH-CAP"], 60, jobs=1, causes=False)
    assert r.word == "refuted" and "unhealthy-at-start" in checking.explain([r], 60)[0].used

    def engine_gives_up(work, timeout, *a, **k):
        return [checking.Result(q, p, Unknown("no counterexample within 1 steps", Scope(5, 1)), 0.0) for q, p in work]

    monkeypatch.setattr(checking, "_run_work", engine_gives_up)
    (e,) = checking.explain([r], 60)
    (w,) = [w for w in e.without if w.names == ("unhealthy-at-start",)]
    assert isinstance(w.verdict, Refuted) and not w.verdict.shortest
    assert "the same policy with prioritize_unhealthy_instances = false" in w.verdict.method
    assert w.verdict.trace.policy.initial_unhealthy == 0  # a run of the policy without the cause
    assert plain.judge("scale_set", "VMSS-HEALTH-CAP", w.verdict.trace).agrees


def test_an_unknown_is_refuted_by_a_run_its_policy_file_supplies_once_nothing_else_settles_it(tmp_path):
    from rollproof import itf
    from rollproof.policyfile import load

    wide = ss.ScaleSetPolicy(instances=5)
    t = _run(wide, ss.initial_state(wide), [A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
                                             A("maintenance_takes_down", i=1), A("maintenance_takes_down", i=2),
                                             A("orchestrator_starts_batch", chosen=frozenset({0}))])
    itf.write(tmp_path / "r.itf.json", t, policy_name="five", property_id="VMSS-PRECHECK")
    (tmp_path / "five.toml").write_text('model = "scale_set"\nruns = ["r.itf.json"]\n[scale_set]\ninstances = 5\n')
    pf = load(tmp_path / "five.toml")
    prop = registry.get("VMSS-PRECHECK", "scale_set")
    unknown = Unknown("no counterexample within 3 steps", Scope(5, 3))
    (r,) = checking.settle([checking.Result(pf, prop, unknown, 0.0)], 60, fuzz=False)
    assert isinstance(r.verdict, Refuted) and not r.verdict.shortest and len(r.verdict.trace) == 5
    assert "a run the policy file supplies (r.itf.json)" in r.verdict.method
    assert plain.judge("scale_set", "VMSS-PRECHECK", r.verdict.trace).agrees
    # without the file's runs it stays unknown: no other policy, no neighbour, no fuzzer here
    (r,) = checking.settle([checking.Result(attrs.evolve(pf, run_files=(), runs=()), prop, unknown, 0.0)], 60, fuzz=False)
    assert isinstance(r.verdict, Unknown)


def test_a_cause_line_says_when_its_run_is_one_the_policy_file_supplies(tmp_path):
    from rollproof import report

    wide = ss.ScaleSetPolicy(instances=5)
    t = _run(wide, ss.initial_state(wide), [A("orchestrator_starts_upgrade")])
    v = Refuted(Scope(5, 1), f"a counterexample of {checking.SUPPLIED} (r.itf.json) whose steps replay under this one",
                trace=t, shortest=False)
    w = checking.Without(("maintenance",), "concurrent_maintenance = false", v, 0.0)
    assert "a 1-step run (not shown shortest; a run the policy file supplies)" in report._trace_words(w, "", "p")
    found = attrs.evolve(w, verdict=attrs.evolve(v, method="bounded model checking"))
    assert "a 1-step run (not shown shortest):" in report._trace_words(found, "", "p")


def test_a_set_of_causes_that_makes_a_property_hold_is_not_said_to_be_the_only_way():
    """Where no cause alone makes it hold, the set found (made minimal) is one way, not the only one:
    other settings may make the property hold too (its "where it holds" says which), so the cause
    line says "holds with … together", never "holds only with"."""
    pf = _pf(ss.ScaleSetPolicy(instances=10))
    prop = registry.get("VMSS-HEALTH-CAP", "scale_set")
    still = Refuted(Scope(10, 3), "m", reason="x")
    ws = (checking.Without(("maintenance",), "concurrent_maintenance = false", still, 0.1),
          checking.Without(("failed-upgrade",), "upgraded_may_fail = false", still, 0.1),
          checking.Without(("maintenance", "failed-upgrade"),
                           "concurrent_maintenance = false, upgraded_may_fail = false",
                           Proved(Scope(10, None), "m"), 0.1))
    r = checking.Result(policy=pf, prop=prop, verdict=still, seconds=0.1,
                        used=("maintenance", "failed-upgrade"), without=ws)
    assert r.cause == ("uses maintenance, failed-upgrade; holds with concurrent_maintenance = false, "
                       "upgraded_may_fail = false together (no one alone)")
    from rollproof import report
    text = " ".join(report.cause_lines(r, ""))
    assert "only with" not in text and "holds with concurrent_maintenance = false" in text


def test_a_choice_baseline_s_proof_about_nothing_is_vacuous_too():
    """The hidden policy a choice section compares with (the choice at its default) gets its
    premises searched like any other: with expired credentials and no recovery no run completes,
    so VMSS-COMPLETES there is "proved (vacuous)", not "proved" (the choice table showed a flip
    from proved to proved (vacuous) that was none)."""
    pf = attrs.evolve(_pf(ss.ScaleSetPolicy(instances=5, credentials_valid=False), name="base"), hidden=True)
    (r,) = checking.run([pf], ["VMSS-COMPLETES"], 60, jobs=1)
    assert r.label == "proved (vacuous)" and r.premises == (("the upgrade reaches Completed", "unreachable"),)


def test_which_run_an_unknown_borrows_does_not_depend_on_the_order_the_donors_come_in():
    """Of two runs of one length that both replay and break the property, the one borrowed is the
    same whatever order the run's results are in (that order may follow how long each check took)."""
    wide = ss.ScaleSetPolicy(instances=5)
    prop = registry.get("VMSS-PRECHECK", "scale_set")

    def run_down(i, j):
        return _run(wide, ss.initial_state(wide), [A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
                                                   A("maintenance_takes_down", i=i), A("maintenance_takes_down", i=j),
                                                   A("orchestrator_starts_batch", chosen=frozenset({0}))])

    donors = [checking.Result(_pf(wide, name=name), prop, Refuted(Scope(5, 5), "m", trace=t), 0.0)
              for name, t in (("b", run_down(1, 2)), ("a", run_down(3, 4)))]
    target = _pf(attrs.evolve(wide, max_batch_instance_percent=40), name="target")
    unknown = checking.Result(target, prop, Unknown("x", Scope(5, 3)), 0.0)
    got = [checking.settle([unknown], 60, donors=order, fuzz=False)[0].verdict.trace for order in (donors, donors[::-1])]
    assert all(isinstance(t, Trace) for t in got)
    assert [s.action for s in got[0].steps] == [s.action for s in got[1].steps]
    assert any(s.action == A("maintenance_takes_down", i=3) for s in got[0].steps)  # donor "a", first by name


def _refuted_at(model, pid, policy, action, words):
    """The shortest refutation of ``pid`` under ``policy``: its last step is ``action``, and the plain
    reading of the run says ``words``; the run, and the reading."""
    prop = registry.get(pid, model)
    v = checking.engine_check(policy, prop, 120)
    assert isinstance(v, Refuted) and v.shortest, v
    run = plain.run_of(v.trace)
    reading = plain.READINGS[(model, pid)]
    assert v.trace.steps[-1].action.name == action
    assert words in reading(run)
    return run, reading


@pytest.mark.parametrize("policy, words", [
    (cs.Policy(roles={"web": 2}, upgrade_domains=2, rollback_waits_for_current_ud=False),
     "started on the new version while the operation in progress, a rollback, targets the old one"),
    (cs.Policy(roles={"web": 2}, upgrade_domains=2, concurrent_operations=True),
     "the latest request replaced, was updated and started on that walk's version"),
])
def test_one_active_upgrade_breaks_where_an_instance_starts_on_a_version_no_longer_targeted(policy, words):
    """CS-ONE-ACTIVE-UPGRADE is judged where an operator sees it: an instance still on its way to a
    version the operation in progress no longer targets breaks nothing yet (the model's ``landing``
    is not the fleet); the step that starts it on that version does."""
    run, reading = _refuted_at("cloud_service", "CS-ONE-ACTIVE-UPGRADE", policy, "fabric_starts_ud", words)
    prefixes = [plain.Run(run.policy, run.states[:k + 1], run.actions[:k]) for k in range(1, len(run.states) - 1)]
    assert all(reading(r) is None for r in prefixes)
    # Before the start the instance was already in flight towards the version no longer targeted.
    target = cs.OLD if run.states[-2].update.rollback else cs.NEW
    assert any(cs.rules.in_flight(x) and x.landing != target for x in run.states[-2].instances)


def test_data_disks_break_where_a_surge_batch_deletes_the_old_instance_not_where_it_creates_the_new():
    """A surge batch's new instance, being created beside the old one (which keeps serving with its
    data disks), is not yet in the set: the refutation is the batch's end, where the old instance is
    deleted with its data disks and the new one takes its place."""
    policy = ss.ScaleSetPolicy(instances=5, max_surge=True)
    run, reading = _refuted_at("scale_set", "VMSS-DATA-DISKS", policy, "orchestrator_ends_batch",
                               "the old one was deleted with its data disks")
    created = [k for k, st in enumerate(run.states) if len(st.instances) > 5]
    assert created  # the new instance existed, with new data disks, before the violating step
    assert all(reading(plain.Run(run.policy, run.states[:k + 1], run.actions[:k])) is None for k in created)
