"""Policy files are read strictly: every mistake names the file and the key, in one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rollproof.model import scale_set
from rollproof import policyfile
from rollproof.policyfile import PolicyFileError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "policies"
LINE = re.compile(r"^error: [^:]+: [^:]+: .+$")


def _write(tmp_path: Path, text: str, name: str = "p.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_a_minimal_file_gives_the_seed_defaults_and_no_expectations(tmp_path):
    pf = policyfile.load(_write(tmp_path, 'model = "scale_set"\n'))
    assert pf.name == "p"
    assert pf.policy == scale_set.Policy()
    assert pf.expect == {}
    assert not pf.judged and pf.expected("VMSS-BATCH-CAP") is None


def test_a_file_with_an_expect_table_is_judged_against_it_even_when_the_table_is_empty(tmp_path):
    pf = policyfile.load(_write(tmp_path, 'model = "scale_set"\n[expect]\n'))
    assert pf.judged and pf.expect == {}
    assert pf.expected("VMSS-BATCH-CAP") == "proved"


def test_expect_ids_are_read_in_any_case(tmp_path):
    pf = policyfile.load(_write(tmp_path, 'model = "scale_set"\n[expect]\nvmss-batch-cap = "refuted"\n'))
    assert pf.expect == {"VMSS-BATCH-CAP": "refuted"}


def test_an_expect_id_named_twice_in_two_cases_is_refused(tmp_path):
    path = _write(tmp_path, 'model = "scale_set"\n[expect]\nvmss-batch-cap = "refuted"\nVMSS-BATCH-CAP = "refuted"\n')
    with pytest.raises(PolicyFileError) as e:
        policyfile.load(path, display="p.toml")
    assert e.value.line().startswith("error: p.toml: expect.VMSS-BATCH-CAP: VMSS-BATCH-CAP is named twice")


def test_an_unknown_expect_id_gets_its_closest_matches(tmp_path):
    path = _write(tmp_path, 'model = "scale_set"\n[expect]\nVMSS-BACH-CAP = "refuted"\n')
    with pytest.raises(PolicyFileError) as e:
        policyfile.load(path, display="p.toml")
    assert e.value.line().startswith(
        "error: p.toml: expect.VMSS-BACH-CAP: unknown property ID for model scale_set; did you mean VMSS-BATCH-CAP")
    assert "got VMSS-BACH-CAP" in e.value.line()


def test_a_word_where_a_number_is_expected_is_a_wrong_type(tmp_path):
    path = _write(tmp_path, 'model = "scale_set"\n[scale_set]\ninstances = "seven"\n')
    with pytest.raises(PolicyFileError) as e:
        policyfile.load(path, display="p.toml")
    assert e.value.line() == ('error: p.toml: scale_set.instances: wrong type: neither a number nor one of the words '
                              'allowed (got "seven"; allowed an integer >= 1, or "any")')


def test_an_empty_roles_table_is_echoed_as_written(tmp_path):
    pytest.importorskip("rollproof.model.cloud_service")
    path = _write(tmp_path, 'model = "cloud_service"\n[cloud_service]\nroles = {}\n')
    with pytest.raises(PolicyFileError) as e:
        policyfile.load(path, display="p.toml")
    assert e.value.line().startswith("error: p.toml: cloud_service.roles: is empty (got {}; allowed "), e.value.line()


def test_parameters_and_expectations_are_read(tmp_path):
    text = """
name = "three"
model = "scale_set"
description = "a small set"

[scale_set]
instances = 3
batch_rounding = "ceil"

[expect]
VMSS-BATCH-CAP = "refuted"
VMSS-SF-BY-UD = "not-applicable"
"""
    pf = policyfile.load(_write(tmp_path, text))
    assert (pf.name, pf.model, pf.description) == ("three", "scale_set", "a small set")
    assert pf.policy.instances == 3 and pf.policy.batch_rounding == "ceil"
    assert pf.expect == {"VMSS-BATCH-CAP": "refuted", "VMSS-SF-BY-UD": "not-applicable"}
    assert pf.parameters["instances"] == 3


def test_instances_may_be_any(tmp_path):
    pf = policyfile.load(_write(tmp_path, 'model = "scale_set"\n[scale_set]\ninstances = "any"\n'))
    assert pf.policy.instances == "any"


@pytest.mark.parametrize(
    "text, key, words",
    [
        ('model = "scale_set"\ncolour = "red"\n', "colour", "unknown top-level key"),
        ('model = "scale_set"\n[extra]\nx = 1\n', "extra", "unknown top-level table"),
        ('name = "x"\n', "model", "missing"),
        ('model = "kubernetes"\n', "model", "unknown model"),
        ('model = "scale_set"\nname = "a b"\n', "name", "folder name"),
        ('model = "scale_set"\n[cloud_service]\nupgrade_domains = 2\n', "cloud_service", "another model"),
        ('model = "scale_set"\n[scale_set]\nbatch_size = 2\n', "scale_set.batch_size", "unknown parameter"),
        ('model = "scale_set"\n[scale_set]\ninstances = 0\n', "scale_set.instances", "out of range"),
        ('model = "scale_set"\n[scale_set]\nmax_batch_instance_percent = 101\n',
         "scale_set.max_batch_instance_percent", "out of range"),
        ('model = "scale_set"\n[scale_set]\nmax_batch_instance_percent = "20"\n',
         "scale_set.max_batch_instance_percent", "wrong type"),
        ('model = "scale_set"\n[scale_set]\nconcurrent_maintenance = "yes"\n',
         "scale_set.concurrent_maintenance", "wrong type"),
        ('model = "scale_set"\n[scale_set]\nbatch_rounding = "round"\n', "scale_set.batch_rounding", "choices"),
        ('model = "cloud_service"\n[cloud_service]\nroles = { web = 2 }\nrole_to_upgrade = "db"\n',
         "cloud_service.role_to_upgrade", "(got \"db\"; allowed 'all' or 'web')"),
        ('model = "cloud_service"\n[cloud_service]\nmode = "Simultaneous"\n', "cloud_service.mode",
         "allowed 'automatic' or 'manual' or 'simultaneous'"),
        ('model = "scale_set"\n[expect]\nVMSS-NOPE = "proved"\n', "expect.VMSS-NOPE", "unknown property ID"),
        ('model = "scale_set"\n[expect]\nCS-ONE-UD = "proved"\n', "expect.CS-ONE-UD", "unknown property ID"),
        ('model = "scale_set"\n[expect]\nVMSS-BATCH-CAP = "fails"\n', "expect.VMSS-BATCH-CAP", "unknown verdict"),
        ('model = "scale_set"\n[scale_set\n', "line 2", "not valid TOML"),
        ('model = "scale_set"\nmodel = "scale_set"\n', "line 2", "not valid TOML"),
    ],
)
def test_every_mistake_is_one_line_naming_the_file_and_key(tmp_path, text, key, words):
    path = _write(tmp_path, text, "bad.toml")
    with pytest.raises(PolicyFileError) as e:
        policyfile.load(path, display="bad.toml")
    line = e.value.line()
    assert "\n" not in line
    assert LINE.match(line), line
    assert line.startswith(f"error: bad.toml: {key}: "), line
    assert words in line, line


def test_a_value_error_shows_what_was_given_and_what_is_allowed(tmp_path):
    path = _write(tmp_path, 'model = "scale_set"\n[scale_set]\nmax_unhealthy_instance_percent = 0\n', "p.toml")
    with pytest.raises(PolicyFileError) as e:
        policyfile.load(path, display="p.toml")
    assert e.value.line() == (
        "error: p.toml: scale_set.max_unhealthy_instance_percent: out of range (got 0; allowed 1..100)"
    )


def test_a_missing_file_is_one_line(tmp_path):
    with pytest.raises(PolicyFileError) as e:
        policyfile.load(tmp_path / "nope.toml", display="nope.toml")
    assert e.value.line().startswith("error: nope.toml: (file): no such file")


def test_cloud_service_roles_are_a_table_of_counts(tmp_path):
    pytest.importorskip("rollproof.model.cloud_service")
    text = 'model = "cloud_service"\n[cloud_service]\nroles = { web = 2, worker = 3 }\nupgrade_domains = 2\n'
    pf = policyfile.load(_write(tmp_path, text))
    assert pf.parameters["roles"] == {"web": 2, "worker": 3}
    bad = _write(tmp_path, 'model = "cloud_service"\n[cloud_service]\nroles = { web = 0 }\n', "bad.toml")
    with pytest.raises(PolicyFileError) as e:
        policyfile.load(bad, display="bad.toml")
    assert e.value.line().startswith("error: bad.toml: cloud_service.roles.web: "), e.value.line()


def test_parameters_rebuild_the_same_policy():
    policy = scale_set.Policy(instances=7, batch_rounding="ceil", initial_unhealthy=2)
    assert policyfile.build_policy("scale_set", policyfile.parameters(policy)) == policy


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="no example policies")
@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.toml")), ids=lambda p: p.stem)
def test_every_example_policy_loads(path):
    pf = policyfile.load(path)
    assert pf.description, f"{path.name} should say what it shows"


def _precheck_run(policy):
    """A 5-step run of ``policy`` (5 instances) that breaks VMSS-PRECHECK: maintenance takes two
    instances down after the pre-check passed."""
    from rollproof.model.core import Action

    acts = [Action.of("orchestrator_starts_upgrade"), Action.of("orchestrator_checks_health"),
            Action.of("maintenance_takes_down", i=1), Action.of("maintenance_takes_down", i=2),
            Action.of("orchestrator_starts_batch", chosen=frozenset({0}))]
    return scale_set.replay(policy, scale_set.initial_state(policy), acts)


def test_a_file_supplies_runs_as_trace_files_beside_it(tmp_path):
    from rollproof import itf

    (tmp_path / "runs").mkdir()
    t = _precheck_run(scale_set.ScaleSetPolicy(instances=5))
    itf.write(tmp_path / "runs" / "r.itf.json", t, policy_name="five", property_id="VMSS-PRECHECK")
    pf = policyfile.load(_write(tmp_path, 'model = "scale_set"\nruns = ["runs/r.itf.json"]\n[scale_set]\ninstances = 5\n'))
    assert pf.run_files == ("runs/r.itf.json",)
    (run,) = pf.runs
    assert [s.action for s in run.steps] == [s.action for s in t.steps]


@pytest.mark.parametrize("runs, words", [
    ('"r.itf.json"', "runs: must be a list of file names (got \"r.itf.json\""),
    ('["nope.itf.json"]', "runs[0]: nope.itf.json: (file): no such file"),
    ('["cs.itf.json"]', "runs[0]: cs.itf.json: a run of another model (got \"cloud_service\"; allowed \"scale_set\")"),
    ('["edited.itf.json"]', "runs[0]: edited.itf.json: does not replay under the policy it was written for"),
])
def test_a_bad_run_is_one_line_naming_the_file_the_key_and_the_run(tmp_path, runs, words):
    import json

    from rollproof import itf
    from rollproof.model import cloud_service

    p = cloud_service.CloudServicePolicy(roles={"web": 2}, upgrade_domains=2)
    itf.write(tmp_path / "cs.itf.json", cloud_service.replay(p, cloud_service.initial_state(p), []), policy_name="cs")
    itf.write(tmp_path / "edited.itf.json", _precheck_run(scale_set.ScaleSetPolicy(instances=5)), policy_name="five")
    doc = json.loads((tmp_path / "edited.itf.json").read_text())
    doc["states"][-1]["status"] = "Completed"  # a state the model does not reach by that step
    (tmp_path / "edited.itf.json").write_text(json.dumps(doc))
    path = _write(tmp_path, f'model = "scale_set"\nruns = {runs}\n[scale_set]\ninstances = 5\n', "bad.toml")
    with pytest.raises(PolicyFileError) as e:
        policyfile.load(path, display="bad.toml")
    line = e.value.line()
    assert "\n" not in line and LINE.match(line), line
    assert line.startswith(f"error: bad.toml: {words}"), line
