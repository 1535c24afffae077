"""``rollproof conform POLICY RUN``: the three example runs decided (a conforming run, the opencga
incident the policy explains, a run the policy cannot explain), each answer's evidence checked
(the run written as ITF, the certificate's scripts solved again), JSON output, and malformed runs
as one line, exit 2, nothing written."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from _fake_engine import REPO, rollproof_cmd

RUNS = REPO / "examples" / "conformance" / "runs"
NO_MAINTENANCE = REPO / "examples" / "policies" / "vmss-no-maintenance.toml"
SEED = REPO / "examples" / "policies" / "vmss-seed-2018-defaults.toml"
INCIDENTS = REPO / "examples" / "terraform" / "incidents"
OPENCGA = "azurerm_linux_virtual_machine_scale_set.opencga_workers"


def run(args, cwd):
    env = dict(os.environ, PYTHONPATH=str(REPO), COLUMNS="200")
    return subprocess.run(rollproof_cmd() + ["conform", *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=env)


def decided(tmp_path, *args):
    r = run([*args, "--format", "json", "--out", tmp_path / "out"], tmp_path)
    assert r.returncode in (0, 1), r.stderr
    return r.returncode, json.loads(r.stdout)


def test_a_conforming_rollout_is_explained_by_a_run_written_as_itf(tmp_path):
    code, doc = decided(tmp_path, NO_MAINTENANCE, RUNS / "web-tier-rollout.jsonl")
    assert code == 0 and doc["verdict"] == "consistent" and doc["explained"] == doc["observations"] == 6
    trace = json.loads(Path(doc["files"]["trace"]).read_text())
    assert trace["#meta"]["format"] == "ITF" and len(trace["states"]) == doc["steps"] + 1
    # each observation's state in the trace reads as observed (status and A-27's counts)
    by_state = {x["observation"]: x["state"] for x in trace["#meta"]["observations"]}
    last = trace["states"][by_state[6]]
    assert last["status"] == "Completed" and last["#meta"]["observation"] == 6
    assert all(r["image"] == "new" and r["health"] == "healthy" for _, r in last["instances"]["#map"])
    first = trace["states"][by_state[1]]
    assert sum(r["phase"] == "upgrading" for _, r in first["instances"]["#map"]) == 2
    assert doc["work"] < 8_000_000  # Z3 resource units (about 1.5 s on a quiet machine of 2 cores)
    # and it replays through the model, state by state
    env = dict(os.environ, PYTHONPATH=str(REPO), COLUMNS="200")
    r = subprocess.run(rollproof_cmd() + ["replay", doc["files"]["trace"]], cwd=tmp_path, capture_output=True,
                       text=True, timeout=120, env=env)
    assert r.returncode == 0 and "every state matches the file" in r.stdout and "a plain run" in r.stdout, r.stdout


def test_the_opencga_incident_is_explained_by_a_failed_first_batch(tmp_path):
    code, doc = decided(tmp_path, INCIDENTS, RUNS / "opencga-aborted.jsonl", "--name", OPENCGA)
    assert code == 0 and doc["verdict"] == "consistent"
    assert doc["actions"][-3:] == ["instance_finishes_upgrade(i=0, healthy=False)", "probe_wait_expires()",
                                   "orchestrator_ends_batch()"]
    assert doc["work"] < 1_000_000  # (about 0.6 s)


def test_going_on_after_a_half_failed_batch_is_inconsistent_at_observation_2_with_a_rechecked_core(tmp_path):
    code, doc = decided(tmp_path, NO_MAINTENANCE, RUNS / "web-tier-went-on.jsonl")
    assert code == 1 and doc["verdict"] == "inconsistent" and doc["inconsistent_at"] == 2 and doc["explained"] == 1
    core = {(c["observation"], c["observable"]) for c in doc["core"]}
    assert doc["core_minimal"] and core == {(1, "pending"), (2, "successful"), (2, "pending")}
    assert doc["rechecked_by"] == "z3"
    cert = Path(doc["files"]["certificate"]).read_text()
    assert cert.count("(push 1)") == 3 and cert.count("(check-sat)") == 3
    # the certificate stands on its own: each scope unsat, read by a Z3 that saw nothing else
    import z3

    for scope in cert.split("(push 1)")[1:]:
        s = z3.Solver()
        s.from_string(scope.split("(pop 1)")[0].replace("(check-sat)", ""))
        assert s.check() == z3.unsat
    assert doc["work"] < 70_000_000  # (about 3 s)


def test_the_same_run_is_explained_where_maintenance_may_take_an_instance_down(tmp_path):
    code, doc = decided(tmp_path, SEED, RUNS / "web-tier-went-on.jsonl")
    assert code == 0 and any(a.startswith("maintenance_takes_down") for a in doc["actions"])


def test_one_status_as_az_prints_it_is_a_run_of_one_observation(tmp_path):
    last = json.loads((RUNS / "opencga-aborted.jsonl").read_text().splitlines()[1])
    (tmp_path / "latest.json").write_text(json.dumps(last, indent=2))
    code, doc = decided(tmp_path, INCIDENTS, tmp_path / "latest.json", "--name", OPENCGA)
    assert code == 0 and doc["observations"] == 1 and doc["states"] == [{"observation": 1, "state": doc["steps"]}]


def test_out_of_work_is_unknown_exit_3_with_what_was_explained(tmp_path):
    r = run([NO_MAINTENANCE, RUNS / "web-tier-rollout.jsonl", "--work", "3000000", "--format", "json",
             "--out", tmp_path / "out"], tmp_path)
    doc = json.loads(r.stdout)
    assert r.returncode == 3 and doc["verdict"] == "unknown" and "work bound ran out" in doc["reason"]
    assert doc["work"] <= 3_000_000 + 2_000_000  # (a query stops a little past the units left)


def test_text_output_names_the_observation_and_the_core(tmp_path):
    r = run([NO_MAINTENANCE, RUNS / "web-tier-went-on.jsonl", "--out", tmp_path / "out"], tmp_path)
    assert r.returncode == 1
    assert "inconsistent with no-maintenance at observation 2 of 3" in r.stdout
    assert "observation 2: successful = 1" in r.stdout and "certificate:" in r.stdout


@pytest.mark.parametrize("content, key", [
    ("[1, 2", "line 1: not JSON"),
    ("", "(file): holds no observation"),
    ('[{"status": "Rolling"}]', 'observation 1: status: is no upgrade status (got "Rolling"'),
    ('[{"upgradng": 2}]', "observation 1: upgradng: names no observable of this policy"),
    ('[{"upgrading": -1}]', "observation 1: upgrading: must be a count (got -1; allowed an integer >= 0)"),
    ('{"status": "RollingForward"}\n{"status": 1, "time": "yesterday"}\n', "line 2: time: not a time"),
    ('[{"status": 1, "time": "2024-01-02T00:00:00Z"}, {"status": 1, "time": "2024-01-01T00:00:00Z"}]',
     "observation 2: time: earlier than the observation before"),
    ('[{"properties": {"runningStatus": {"code": "Paused"}}}]',
     'observation 1: properties.runningStatus.code: is no running status (got "Paused"'),
    ('[{"properties": {"progress": {"failedInstanceCount": "1"}}}]',
     "observation 1: properties.progress.failedInstanceCount: must be a count"),
    ('[[]]', "observation 1: must be an object, is an array"),
])
def test_a_malformed_run_is_one_line_exit_2_and_writes_nothing(tmp_path, content, key):
    f = tmp_path / "run.json"
    f.write_text(content, encoding="utf-8")
    r = run([NO_MAINTENANCE, f, "--out", tmp_path / "out"], tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {f}: {key}"), r.stderr
    assert not (tmp_path / "out").exists()


def test_bad_arguments_are_one_line_exit_2(tmp_path):
    for args, start in (([INCIDENTS, RUNS / "opencga-aborted.jsonl"], f"error: {INCIDENTS}: --name: holds 2 policies"),
                        ([NO_MAINTENANCE, tmp_path / "none.json"], f"error: {tmp_path / 'none.json'}: (file): no such file"),
                        ([NO_MAINTENANCE, RUNS / "web-tier-went-on.jsonl", "--steps-between", "0"],
                         "error: command line: --steps-between: out of range")):
        r = run([*args, "--out", tmp_path / "out"], tmp_path)
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith(start), r.stderr
        assert not (tmp_path / "out").exists()


def test_a_cloud_service_run_of_observables_is_explained_too(tmp_path):
    (tmp_path / "cs.toml").write_text('name = "cs-small"\nmodel = "cloud_service"\n[cloud_service]\n'
                                      'roles = { web = 2 }\nupgrade_domains = 2\n', encoding="utf-8")
    (tmp_path / "run.json").write_text(json.dumps([{"update_active": False, "online": 2}, {"in_place": True},
                                                   {"update_active": False, "updated": 2, "online": 2}]))
    code, doc = decided(tmp_path, tmp_path / "cs.toml", tmp_path / "run.json")
    assert code == 0 and doc["verdict"] == "consistent" and doc["states"][0] == {"observation": 1, "state": 0}
    assert doc["actions"][0].startswith("operator_requests_update(kind='in_place'")
    # an Azure scale-set shape is no observation of a cloud service
    (tmp_path / "az.json").write_text(json.dumps([{"properties": {"runningStatus": {"code": "Completed"}}}]))
    r = run([tmp_path / "cs.toml", tmp_path / "az.json", "--out", tmp_path / "out2"], tmp_path)
    assert r.returncode == 2 and "is a scale set's upgrade status, and the policy is a cloud service's" in r.stderr


def test_the_example_runs_are_no_inputs_of_the_report():
    # ``rollproof report`` reads every folder of .json files under examples/ as Azure JSON inputs:
    # the runs are JSON Lines, so it leaves them alone.
    from rollproof.cli import input_folders

    assert not any("conformance" in f.as_posix() for f in input_folders([str(REPO / "examples")]))


# --------------------------------------------------------------------------------------------
# conform.toml: the runs rollproof report checks


def test_the_examples_list_their_observed_runs_each_with_its_policy():
    from rollproof import cli

    runs = cli.observed_runs([str(REPO / "examples")])
    assert [(case.run.name, pf.name, len(obs)) for case, pf, obs in runs] == [
        ("web-tier-rollout.jsonl", "no-maintenance", 6),
        ("opencga-aborted.jsonl", "azurerm_linux_virtual_machine_scale_set.opencga_workers", 2),
        ("web-tier-went-on.jsonl", "no-maintenance", 3),
    ]


@pytest.mark.parametrize("body,key", [
    ('[[run]]\nfile = "missing.jsonl"\npolicy = "p.toml"\n', "run[1].file"),
    ('[[run]]\nfile = "r.jsonl"\npolicy = "nowhere.toml"\n', "run[1].policy"),
    ('[[run]]\nfile = "r.jsonl"\npolicy = "p.toml"\ncolour = 1\n', "run[1].colour"),
    ('[[run]]\nfile = "r.jsonl"\npolicy = "p.toml"\nname = "other"\n', "run[1].name"),
])
def test_a_bad_conform_toml_stops_the_report_before_any_check(tmp_path, body, key):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "p.toml").write_text(NO_MAINTENANCE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "r.jsonl").write_text((RUNS / "web-tier-rollout.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "conform.toml").write_text(body, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO), COLUMNS="200")
    out = subprocess.run(rollproof_cmd() + ["report", "--policies", str(folder), "--out", str(tmp_path / "R.md")],
                         cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 2, out.stdout + out.stderr
    assert out.stderr.count("\n") == 1 and key in out.stderr and "conform.toml" in out.stderr, out.stderr
    assert not (tmp_path / "R.md").exists()


def test_trace_files_beside_policies_are_runs_not_inputs(tmp_path):
    # A policy file's ``runs`` are .itf.json traces: a folder of them is no input folder, and one
    # beside the policies is read by neither the folder's reading nor its notes.
    from rollproof import inputs
    from rollproof.cli import input_folders

    assert not any(f.name == "runs" for f in input_folders([str(REPO / "examples")]))
    (tmp_path / "runs").mkdir()
    src = REPO / "examples" / "policies" / "runs" / "nested-second-updates.itf.json"
    for where in (tmp_path / "runs", tmp_path):
        (where / src.name).write_text(src.read_text())
    (tmp_path / "p.toml").write_text('model = "cloud_service"\nruns = ["runs/nested-second-updates.itf.json"]\n')
    assert input_folders([str(tmp_path)]) == [tmp_path]
    loaded = inputs.load([str(tmp_path)])
    assert [pf.name for pf in loaded.policies] == ["p"] and loaded.notes == [] and len(loaded.policies[0].runs) == 1
