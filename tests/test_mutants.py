"""Seeded bugs: each is killed by the solver and by the fuzzer; the correct model reports nothing.

By default the whole catalogue runs once, as ``rollproof mutants --format json`` (the issue's Done
condition: every mutant killed by both engines, no vacuous property), beside a few cheap structural
tests.  Each mutant on its own, and the correct model on each mutant's targets, run behind
``-m deep``.
"""

from __future__ import annotations

import json

import pytest

from rollproof.properties.registry import get
from rollproof import mutation
from rollproof.mutation import engines, vacuity
from rollproof.mutation.catalogue import MUTANTS, by_name


@pytest.fixture(scope="module")
def catalogue():
    """``rollproof mutants --format json``, run in-process once for the module."""
    import contextlib
    import io

    from rollproof.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as e:
        main(["mutants", "--format", "json"])
    return e.value.code, json.loads(out.getvalue())


def test_every_mutant_is_killed_by_the_solver_and_the_fuzzer_and_no_property_is_vacuous(catalogue):
    code, doc = catalogue
    assert doc["baseline_failures"] == []
    survivors = {m["name"]: m["survived"] for m in doc["mutants"] if not m["killed_by_both_engines"]}
    assert survivors == {}
    assert doc["vacuous_properties"] == []
    assert {m["name"] for m in doc["mutants"]} == {m.name for m in MUTANTS}
    assert all(set(k) == {"property", "engine", "trace_length"} for m in doc["mutants"] for k in m["killed_by"])
    assert doc["antecedents_witnessed_nowhere"] == []
    assert code == 0 and doc["ok"]


def test_a_property_the_correct_model_breaks_wherever_it_applies_is_not_called_vacuous(catalogue):
    _, doc = catalogue
    for e in doc["refuted_wherever_it_applies"]:
        assert e["policies"] >= 1 and e["longest_counterexample"] >= 1
        prop = get(e["property"], e["model"])
        assert prop.kind.value in ("inv", "step")


def test_the_catalogue_holds_at_least_twenty_mutants_with_unique_names():
    names = [m.name for m in MUTANTS]
    assert len(names) >= 20 and len(set(names)) == len(names)


def test_the_patches_are_undone_after_each_mutant():
    from rollproof.model import scale_set as S
    from rollproof.model import scale_set_abstraction as A
    from rollproof.model import scale_set_counts as C
    from rollproof.model import scale_set_rules as R

    def bindings():
        return (S.batch_size, A.batch_size, R.batch_size, S.UPGRADE_REPLACES, R.UPGRADE_REPLACES,
                S.ACTIONS["instance_recovers"], C.step, C.abstract, A.abstract, dict(R.GUARDS))

    before = bindings()
    for name in ("batch-size-plus-one", "data-disk-replaced", "recovery-forgets-instance", "batch-guard-allows-one-more"):
        mutation.check_mutant(by_name(name), fuzz=False)
    assert bindings() == before
    assert all(after is was for after, was in zip(R.GUARDS.values(), before[-1].values()))


def test_a_guard_condition_patched_once_moves_both_encodings():
    """A mutant of a guard's condition patches one function; the per-instance refusal and the
    counting guard both read it from the one guard table."""
    from rollproof.model import scale_set as S
    from rollproof.model import scale_set_counts as C
    from rollproof.model import scale_set_rules as R
    from rollproof.model.core import Action, Refused
    from rollproof.model.logic import CONCRETE

    m = by_name("batch-guard-allows-one-more")
    s = S.initial_state(S.Policy(instances=10))
    for a in ("orchestrator_starts_upgrade", "orchestrator_checks_health"):
        s = S.apply(s, Action.of(a))
    three = Action.of("orchestrator_starts_batch", chosen=frozenset({0, 1, 2}))  # b = 2

    def both():
        guard, _ = C.step(CONCRETE, s.policy, C.abstract(s), *C.abstract_action(s, three))
        return not isinstance(S.apply(s, three), Refused), bool(guard)

    assert both() == (False, False)
    with mutation.patched(m.patches):
        assert R.GUARDS["orchestrator_starts_batch"].reads(R.batch_within_b)  # the patched one
        assert both() == (True, True)
    assert both() == (False, False)


def test_every_mutant_patches_one_definition_both_encodings_read_but_the_effects():
    """A mutant patches the rules (guard conditions, shared rules, tables, one-instance steps), not a
    counting twin of a per-instance function.  Two mutants change an effect no rule states (an
    instance is lost), and effects are written per model: those patch each model's effect.  One
    changes the counting view, the properties' vocabulary."""
    effects = {"recovery-forgets-instance", "crashed-instance-dropped"}
    rules = {"rollproof.model.scale_set_rules", "rollproof.model.cloud_service_rules"}
    for m in MUTANTS:
        modules = {p.module for p in m.patches}
        if m.name in effects:
            assert {"rollproof.model.scale_set", "rollproof.model.cloud_service"} & modules, m.name
            assert {"rollproof.model.scale_set_counts", "rollproof.model.cloud_service_counts"} & modules, m.name
        elif m.name == "in-progress-counts-whole-batch":
            assert modules == {"rollproof.model.scale_set_abstraction"} and {p.name for p in m.patches} == {"view"}
        else:
            assert modules <= rules, (m.name, modules)


def test_a_vip_swap_is_reachable_in_one_step_in_the_solver_encoding():
    from rollproof.model import cloud_service as cs

    (ante,) = [a for a in vacuity.ANTECEDENTS if a.property == "CS-VIP-SWAP-NO-ROLLBACK"]
    w = vacuity.witness(cs.CloudServicePolicy(roles={"web": 1}, upgrade_domains=1), ante, timeout=20)
    assert (w.status, w.depth) == ("witnessed", 1)


def test_the_fuzzer_draws_the_same_runs_whatever_modules_are_loaded(tmp_path, monkeypatch):
    # Hypothesis mixes in integer constants of the local modules loaded at the time, though never
    # one below 100: every draw of the fuzzer lies in 0..99, so a new module changes nothing.
    m = by_name("stop-rule-ignored")
    prop = get(m.targets[0], m.model)
    with mutation.patched(m.patches):
        first = engines.fuzz_hit(m.policy_value(), prop, examples=200, weights=dict(m.fuzz_weights))
        (tmp_path / "many_constants.py").write_text("K = [" + ", ".join(str(k) for k in range(100, 256)) + "]\n")
        monkeypatch.syspath_prepend(str(tmp_path))
        import many_constants  # noqa: F401

        assert engines.fuzz_hit(m.policy_value(), prop, examples=200, weights=dict(m.fuzz_weights)) == first


def test_an_unknown_mutant_is_bad_input(capsys):
    from rollproof.cli import main

    with pytest.raises(SystemExit) as e:
        main(["mutants", "--mutant", "no-such-bug"])
    assert e.value.code == 2
    assert "--mutant: unknown mutant" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------
# Deep: each mutant on its own


@pytest.mark.deep
@pytest.mark.parametrize("name", [m.name for m in MUTANTS])
def test_each_mutant_is_killed_by_the_solver_and_the_fuzzer(name):
    r, bad = mutation.check_mutant(by_name(name))
    assert not bad
    assert r.by_solver and r.by_fuzzer, r.survived


@pytest.mark.deep
@pytest.mark.parametrize("name", [m.name for m in MUTANTS])
def test_the_correct_model_reports_nothing_for_the_targets_of_each_mutant(name):
    m = by_name(name)
    policy = m.policy_value()
    for pid in m.targets:
        prop = get(pid, m.model)
        assert engines.solver_hit(policy, prop, max_depth=m.depth, timeout=60) is None, pid
        assert engines.fuzz_hit(policy, prop, examples=m.examples, weights=dict(m.fuzz_weights)) is None, pid


@pytest.mark.deep
@pytest.mark.parametrize("seed", range(3))
def test_the_fuzzer_kills_each_mutant_under_other_seeds_too(seed):
    missed = []
    for m in MUTANTS:
        with mutation.patched(m.patches):
            hits = [engines.fuzz_hit(m.policy_value(), get(pid, m.model), examples=m.examples, seed=seed,
                                     weights=dict(m.fuzz_weights)) for pid in m.targets]
        if all(h is None for h in hits):
            missed.append(m.name)
    assert missed == []


def test_the_report_says_a_proof_is_vacuous_where_its_antecedent_never_happens():
    """With expired credentials (A-24) every upgraded instance fails, so no upgrade ever completes: the
    premise search shows Completed unreachable, the label says vacuous and the section says why."""
    from rollproof.model import scale_set as ss
    from rollproof.properties.verdicts import Proved, Scope
    from rollproof import checking, report
    from rollproof.policyfile import PolicyFile

    pf = PolicyFile("expired", "(built-in)", "scale_set", ss.ScaleSetPolicy(credentials_valid=False))
    prop = get("VMSS-COMPLETES", "scale_set")
    (r,) = checking.premises([checking.Result(pf, prop, Proved(Scope(10), "houdini"), 0.0)], 60.0)
    assert r.vacuous == tuple(a.text for a in prop.antecedents) and r.label == "proved (vacuous)"
    text = "\n".join(report._verdict_section(r, ""))
    assert "**Premise never happens:**" in text, text
