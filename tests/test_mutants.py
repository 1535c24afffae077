"""Seeded bugs: each is killed by the solver and by the fuzzer; the correct model reports nothing.

The default run takes a fixed, representative subset (one mutant per kind of patch: a shared rule,
an action and its counting step, a class move, a view field, a table); the whole catalogue, its
vacuity verdict and the antecedent witnesses run behind ``-m deep``.
"""

from __future__ import annotations

import json

import pytest

from rollproof import mutation
from rollproof.mutation import engines
from rollproof.mutation.catalogue import MUTANTS, by_name
from properties.registry import get

SUBSET = (
    "batch-size-plus-one", "precheck-skipped", "data-disk-replaced", "in-progress-counts-whole-batch",
    "faulted-upgrade-retried", "manual-walk-any-ud", "locked-ignored", "crashed-instance-dropped",
    "in-place-upgrade-keeps-e",
)

#: Properties no mutant can kill, and why (see ``mutation.UNKILLABLE``): pinned, so a change shows.
EXPECTED_VACUOUS = {("scale_set", "X-INSTANCES-CONSERVED"), ("cloud_service", "CS-ONE-UD-CONCURRENT")}


def test_the_catalogue_holds_at_least_twenty_mutants_with_unique_names():
    names = [m.name for m in MUTANTS]
    assert len(names) >= 20 and len(set(names)) == len(names)


@pytest.mark.parametrize("name", SUBSET)
def test_each_mutant_of_the_subset_is_killed_by_the_solver_and_the_fuzzer(name):
    r, bad = mutation.check_mutant(by_name(name))
    assert not bad
    assert r.by_solver and r.by_fuzzer, r.survived


def test_the_patches_are_undone_after_each_mutant():
    from model import scale_set as S
    from model import scale_set_counts as C

    before = (S.batch_size, C.batch_size, S.ACTIONS["orchestrator_starts_batch"], C.starts_upgrading)
    mutation.check_mutant(by_name("batch-size-plus-one"), fuzz=False)
    mutation.check_mutant(by_name("data-disk-replaced"), fuzz=False)
    assert (S.batch_size, C.batch_size, S.ACTIONS["orchestrator_starts_batch"], C.starts_upgrading) == before


@pytest.mark.parametrize("name", SUBSET)
def test_the_correct_model_reports_nothing_for_the_targets_of_each_mutant(name):
    m = by_name(name)
    policy = m.policy_value()
    for pid in m.targets:
        prop = get(pid, m.model)
        assert engines.solver_hit(policy, prop, max_depth=m.depth, timeout=60) is None, pid
        assert engines.fuzz_hit(policy, prop, examples=m.examples) is None, pid


def test_the_mutants_command_prints_json_for_one_mutant(capsys):
    from rollproof.cli import main

    with pytest.raises(SystemExit) as e:
        main(["mutants", "--format", "json", "--mutant", "locked-ignored"])
    doc = json.loads(capsys.readouterr().out)
    assert e.value.code == 0
    (m,) = doc["mutants"]
    assert m["name"] == "locked-ignored" and {k["engine"] for k in m["killed_by"]} == {"bmc", "hypothesis"}
    assert all(set(k) == {"property", "engine", "trace_length"} for k in m["killed_by"])


def test_an_unknown_mutant_is_bad_input(capsys):
    from rollproof.cli import main

    with pytest.raises(SystemExit) as e:
        main(["mutants", "--mutant", "no-such-bug"])
    assert e.value.code == 2
    assert "--mutant: unknown mutant" in capsys.readouterr().err


@pytest.mark.deep
def test_every_mutant_is_killed_by_both_engines_and_only_the_known_properties_are_vacuous(request):
    if "deep" not in (request.config.getoption("-m") or ""):
        pytest.skip("the whole catalogue runs with -m deep")
    r = mutation.run()
    assert not r.baseline_failures
    assert [x.mutant.name for x in r.mutants if not (x.by_solver and x.by_fuzzer)] == []
    assert {(v.model, v.property) for v in r.vacuous} == EXPECTED_VACUOUS
