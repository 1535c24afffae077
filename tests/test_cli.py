"""The ``rollproof`` command end to end, in a subprocess: exit codes, outputs, bad input, replay.

The verdict tables, JSON and replays run the installed command with the real engine on a
3-instance policy and a few fast properties; exit codes 1 and 3, Markdown and tampering use the
fixed verdicts of ``_fake_engine`` (instant, and able to answer ``unknown`` on demand).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from _fake_engine import REPO, fake_cmd, rollproof_cmd

HAS_ENGINE = importlib.util.find_spec("rollproof.solver.engine") is not None

THREE = """
name = "three"
model = "scale_set"
description = "a 3-instance scale set"

[scale_set]
instances = 3

[expect]
VMSS-BATCH-CAP = "refuted"
VMSS-ONE-UNHEALTHY-TOLERATED = "unknown"
"""


def run(args, cwd, *, fake=not HAS_ENGINE, timeout=300):
    cmd = (fake_cmd() if fake else rollproof_cmd()) + list(args)
    env = dict(os.environ, PYTHONPATH=str(REPO), COLUMNS="200")
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.fixture()
def three(tmp_path):
    (tmp_path / "three.toml").write_text(THREE, encoding="utf-8")
    return tmp_path


def test_check_prints_a_verdict_table_writes_traces_and_exits_0_when_all_match(three):
    r = run(["check", "three.toml", "--property", "VMSS-BATCH-CAP", "--property", "VMSS-DATA-DISKS",
             "--property", "VMSS-SF-BY-UD"], three)
    assert r.returncode == 0, r.stderr
    assert "VMSS-BATCH-CAP" in r.stdout and "refuted" in r.stdout
    assert "every verdict matches [expect]" in r.stdout
    out = three / "rollproof-out" / "three"
    assert (out / "VMSS-BATCH-CAP.itf.json").is_file() and (out / "VMSS-BATCH-CAP.svg").is_file()
    assert (out / "VMSS-DATA-DISKS.certificate.txt").is_file()
    # stderr is not a terminal: a line when the run starts and one per finished policy, for a log
    assert re.fullmatch(r"rollproof: 3 checks of 1 policy over \d worker process(es)?\n"
                        r"\[1/1 policies, 3/3 checks, \d+:\d\d\] three: 1 proved, 1 refuted, 1 not-applicable\n"
                        r"\[\d+:\d\d\] premises: 1 search for the states and steps proofs are about\n",
                        r.stderr), r.stderr
    assert max(len(line) for line in r.stdout.splitlines()) <= 100


def test_a_verdict_that_differs_from_expect_is_listed_and_exits_1(three):
    r = run(["check", "three.toml", "--property", "VMSS-PRECHECK"], three, fake=True)
    assert r.returncode == 0
    (three / "three.toml").write_text(THREE.replace('VMSS-BATCH-CAP = "refuted"', 'VMSS-BATCH-CAP = "proved"'))
    r = run(["check", "three.toml", "--property", "VMSS-BATCH-CAP"], three, fake=True)
    assert r.returncode == 1
    assert "three  VMSS-BATCH-CAP: got refuted, expected proved" in r.stdout


def test_an_unexpected_unknown_exits_3(three):
    (three / "three.toml").write_text(THREE.replace('VMSS-ONE-UNHEALTHY-TOLERATED = "unknown"\n', ""))
    r = run(["check", "three.toml", "--property", "VMSS-ONE-UNHEALTHY-TOLERATED", "--property", "VMSS-BATCH-CAP"], three, fake=True)
    assert r.returncode == 3, r.stdout


def test_json_output_follows_schema_2_and_stays_quiet(three):
    import jsonschema
    from importlib import resources

    r = run(["check", "three.toml", "--format", "json", "--out", "o", "--property", "VMSS-BATCH-CAP",
             "--property", "VMSS-DATA-DISKS"], three)
    assert r.returncode == 0 and r.stderr == ""
    doc = json.loads(r.stdout)
    schema = json.loads(resources.files("rollproof").joinpath("schemas/check-2.schema.json").read_text())
    jsonschema.validate(doc, schema)
    assert doc["schema"] == 2 and doc["tool"]["name"] == "rollproof" and doc["tool"]["z3"]
    (pol,) = doc["policies"]
    assert (pol["name"], pol["file"], pol["model"]) == ("three", "three.toml", "scale_set")
    assert pol["parameters"]["instances"] == 3
    cap, disks = pol["results"]
    for key in ("id", "kind", "clauses", "verdict", "method", "scope", "seconds", "certificate", "trace",
                "trace_length", "reason", "expected", "matches"):
        assert key in cap
    assert cap["verdict"] == cap["outcome"] == "refuted" and cap["expected"] == "refuted" and cap["matches"] is True
    assert cap["why"] == "1 of 3 instances (33%) upgrading at once > 20%" and cap["relies_on"] == []
    assert cap["trace"] == "three/VMSS-BATCH-CAP.itf.json" and cap["trace_length"] == 3
    assert (three / "o" / cap["trace"]).is_file()
    assert cap["scope"]["instances"] == 3 and cap["scope"]["depth"] == 3
    assert disks["verdict"] == "proved" and disks["trace"] is None and disks["certificate"]


def test_markdown_output_links_the_traces(three):
    r = run(["check", "three.toml", "--format", "markdown", "--property", "VMSS-BATCH-CAP"], three, fake=True)
    assert r.returncode == 0
    assert '<a id="vmss-batch-cap"></a>' in r.stdout
    assert "rollproof-out/three/VMSS-BATCH-CAP.itf.json" in r.stdout
    assert "![VMSS-BATCH-CAP refuted" in r.stdout


def test_every_written_trace_replays_and_names_its_property_and_step(three):
    r = run(["check", "three.toml", "--property", "VMSS-BATCH-CAP", "--property", "VMSS-HEALTH-CAP",
             "--property", "VMSS-PRECHECK", "--format", "json"], three)
    assert r.returncode in (0, 1), r.stdout
    assert all(x["trace"] for x in json.loads(r.stdout)["policies"][0]["results"])
    traces = sorted((three / "rollproof-out").rglob("*.itf.json"))
    assert traces
    for t in traces:
        rp = run(["replay", str(t.relative_to(three))], three)
        assert rp.returncode == 0, rp.stdout + rp.stderr
        assert "every state matches the file" in rp.stdout
        assert f"{t.name.split('.')[0]} (" in rp.stdout and "as the trace records" in rp.stdout


def test_a_trace_that_no_longer_replays_exits_1(three):
    run(["check", "three.toml", "--property", "VMSS-BATCH-CAP"], three, fake=True)
    path = three / "rollproof-out" / "three" / "VMSS-BATCH-CAP.itf.json"
    doc = json.loads(path.read_text())
    doc["states"][3]["instances"]["#map"][0][1]["phase"] = "idle"
    path.write_text(json.dumps(doc))
    r = run(["replay", str(path)], three)
    assert r.returncode == 1
    first, second = r.stdout.splitlines()[:2]
    assert first.startswith("replay: the trace does not replay in the scale_set model: state 3 differs")
    assert second == "VMSS-BATCH-CAP: no verdict, since the file's states are not the model's (the file records: violated at step 3)"
    assert "refuted at step" not in r.stdout and "← violates" not in r.stdout and "as the trace records" not in r.stdout


BAD_POLICIES = {
    "unknown-key.toml": ('model = "scale_set"\n[scale_set]\nbatch = 2\n', "scale_set.batch"),
    "range.toml": ('model = "scale_set"\n[scale_set]\nmax_batch_instance_percent = 0\n',
                   "scale_set.max_batch_instance_percent"),
    "type.toml": ('model = "scale_set"\n[scale_set]\ninstances = "ten"\n', "scale_set.instances"),
    "syntax.toml": ('model = "scale_set"\n[scale_set\n', "line 2"),
    "expect.toml": ('model = "scale_set"\n[expect]\nVMSS-BATCH-CAP = "yes"\n', "expect.VMSS-BATCH-CAP"),
}


@pytest.mark.parametrize("name", sorted(BAD_POLICIES))
def test_a_bad_policy_file_is_one_line_exit_2_and_writes_nothing(tmp_path, name):
    text, key = BAD_POLICIES[name]
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "good.toml").write_text(THREE, encoding="utf-8")
    r = run(["check", "good.toml", name], tmp_path)
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.count("\n") == 1 and r.stderr.startswith(f"error: {name}: {key}: "), r.stderr
    assert "Traceback" not in r.stderr
    assert _files(tmp_path) == sorted(["good.toml", name])


@pytest.mark.parametrize(
    "args, start",
    [
        (["check", "missing.toml"], "error: missing.toml: (file): no such file"),
        (["check", "--property", "VMSS-NOPE"], "error: command line: --property: unknown property ID"),
        (["check", "--property", "vmss-bach-cap"],
         "error: command line: --property: unknown property ID; did you mean VMSS-BATCH-CAP"),
        (["explain", "VMSS-BACH-CAP"], "error: command line: ID|KEY: neither a property ID nor a policy key; "
                                       "did you mean VMSS-BATCH-CAP"),
        (["explain", "batch_roundin"], "error: command line: ID|KEY: neither a property ID nor a policy key; "
                                       "did you mean batch_rounding"),
        (["list", "--model", "kubernetes"], "error: command line: --model: "),
        (["check", "--format", "yaml"], "error: command line: --format: "),
        (["check", "--timeout", "-1"], "error: command line: --timeout: "),
        (["check", "--jobs", "0"], "error: command line: --jobs: must be at least 1 (got 0; allowed >= 1)"),
        (["report", "--jobs", "-2"], "error: command line: --jobs: "),
        (["frobnicate"], "error: command line: arguments: "),
        (["replay", "missing.itf.json"], "error: missing.itf.json: (file): no such file"),
        (["report", "--policies", "nowhere"], "error: nowhere: (folder): no such folder"),
    ],
)
def test_bad_arguments_are_one_line_exit_2_and_write_nothing(tmp_path, args, start):
    r = run(args, tmp_path)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and r.stderr.startswith(start), r.stderr
    assert _files(tmp_path) == []


def test_replaying_a_foreign_or_malformed_file_is_one_line_exit_2(tmp_path):
    (tmp_path / "foreign.itf.json").write_text(json.dumps(
        {"#meta": {"source": "apalache", "format": "ITF"}, "vars": ["x"], "states": [{"x": 1}]}))
    (tmp_path / "broken.itf.json").write_text('{"#meta": ')
    for name, key in (("foreign.itf.json", "#meta.source"), ("broken.itf.json", "line 1")):
        r = run(["replay", name], tmp_path)
        assert r.returncode == 2
        assert r.stderr.count("\n") == 1 and r.stderr.startswith(f"error: {name}: {key}: "), r.stderr


def test_python_dash_m_is_the_same_command(tmp_path):
    r = subprocess.run([sys.executable, "-m", "rollproof", "--version"], capture_output=True, text=True,
                       cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=60)
    assert r.returncode == 0 and "rollproof" in r.stdout


# --------------------------------------------------------------------------------------------
# A new user's first hour: exploring, the catalog, the keys, progress


def _explored(tmp_path):
    (tmp_path / "mine.toml").write_text('name = "mine"\nmodel = "scale_set"\n[scale_set]\ninstances = 3\n')
    return tmp_path


def test_a_policy_without_expect_is_explored_its_refutations_are_findings_and_it_exits_0(tmp_path):
    r = run(["check", "mine.toml", "--property", "VMSS-BATCH-CAP", "--property", "VMSS-NO-DOWNGRADE"], _explored(tmp_path),
            fake=True)
    assert r.returncode == 0, r.stdout
    assert "explored: no [expect] table, so refutations are findings" in r.stdout
    assert "explored, not judged (mine: no [expect] table): 1 finding (refuted)" in r.stdout
    assert "  mine  VMSS-BATCH-CAP: refuted" in r.stdout
    assert "differ" not in r.stdout


def test_expect_proved_makes_a_refutation_of_an_explored_policy_exit_1_and_an_unknown_3(tmp_path):
    root = _explored(tmp_path)
    r = run(["check", "mine.toml", "--property", "VMSS-BATCH-CAP", "--expect-proved"], root, fake=True)
    assert r.returncode == 1
    assert "  mine  VMSS-BATCH-CAP: got refuted, expected proved" in r.stdout
    r = run(["check", "mine.toml", "--property", "VMSS-ONE-UNHEALTHY-TOLERATED", "--expect-proved"], root, fake=True)
    assert r.returncode == 3


def test_json_of_an_explored_policy_says_so_and_has_no_expectation(tmp_path):
    r = run(["check", "mine.toml", "--property", "VMSS-BATCH-CAP", "--format", "json"], _explored(tmp_path), fake=True)
    assert r.returncode == 0 and r.stderr == ""
    (pol,) = json.loads(r.stdout)["policies"]
    assert pol["judged"] is False
    assert pol["results"][0]["expected"] is None and pol["results"][0]["matches"] is True


def test_json_with_progress_keeps_stdout_pure_json_and_logs_on_stderr(three):
    r = run(["check", "three.toml", "--format", "json", "--progress", "-v", "--property", "VMSS-BATCH-CAP",
             "--property", "VMSS-NO-DOWNGRADE", "--jobs", "1"], three, fake=True)
    assert r.returncode == 0
    assert json.loads(r.stdout)["schema"] == 2
    lines = r.stderr.splitlines()
    assert lines[0] == "rollproof: 2 checks of 1 policy over 1 worker process"
    assert re.fullmatch(r"\[1/2\] three · VMSS-BATCH-CAP: refuted \(\d+\.\d\d s\)", lines[1]), lines
    assert re.fullmatch(r"\[2/2\] three · VMSS-NO-DOWNGRADE: proved \(\d+\.\d\d s\)", lines[2]), lines
    assert lines[3].endswith("] three: 1 proved, 1 refuted")
    assert [x.split("] ", 1)[1] for x in lines[4:]] == ["premises: 1 search for the states and steps proofs are about"]


def test_no_progress_keeps_stderr_quiet(three):
    r = run(["check", "three.toml", "--no-progress", "--property", "VMSS-BATCH-CAP"], three, fake=True)
    assert r.returncode == 0 and r.stderr == ""


def test_property_ids_are_accepted_in_any_case(three):
    r = run(["check", "three.toml", "--property", "vmss-batch-cap", "--format", "json"], three, fake=True)
    assert r.returncode == 0, r.stderr
    assert [x["id"] for x in json.loads(r.stdout)["policies"][0]["results"]] == ["VMSS-BATCH-CAP"]


def test_a_property_of_another_model_only_is_refused_naming_its_model(three):
    r = run(["check", "three.toml", "--property", "VMSS-BATCH-CAP", "--property", "CS-LOCKED"], three, fake=True)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith("error: command line: --property: CS-LOCKED is a cloud_service property, and no "
                               "policy checked is of that model (got CS-LOCKED; "), r.stderr
    assert r.stderr.count("\n") == 1


def test_a_property_that_some_policies_lack_is_checked_where_it_applies_and_noted(three):
    (three / "cs.toml").write_text('name = "cs"\nmodel = "cloud_service"\n[cloud_service]\nroles = { web = 2 }\n'
                                   'upgrade_domains = 2\n')
    r = run(["check", "three.toml", "cs.toml", "--property", "VMSS-BATCH-CAP", "--property", "CS-LOCKED",
             "--format", "json"], three, fake=True)
    pols = json.loads(r.stdout)["policies"]
    assert [[x["id"] for x in p["results"]] for p in pols] == [["VMSS-BATCH-CAP"], ["CS-LOCKED"]]
    r = run(["check", "three.toml", "cs.toml", "--property", "VMSS-BATCH-CAP", "--property", "CS-LOCKED",
             "--no-progress"], three, fake=True)
    assert "note: --property VMSS-BATCH-CAP: a scale_set property, not checked for cs (cloud_service)" in r.stderr
    assert "note: --property CS-LOCKED: a cloud_service property, not checked for three (scale_set)" in r.stderr


def test_the_catalog_and_the_keys_are_listed_and_explained_from_the_command_line(tmp_path):
    r = run(["list"], tmp_path, fake=True)
    assert r.returncode == 0 and "VMSS-BATCH-CAP" in r.stdout and "CS-LOCKED" in r.stdout
    r = run(["list", "--model", "scale_set"], tmp_path, fake=True)
    assert "VMSS-BATCH-CAP" in r.stdout and "CS-LOCKED" not in r.stdout
    r = run(["list", "--keys"], tmp_path, fake=True)
    assert "batch_rounding" in r.stdout and "rollback_waits_for_current_ud" in r.stdout
    r = run(["explain", "vmss-batch-cap"], tmp_path, fake=True)
    assert r.returncode == 0 and r.stdout.startswith("VMSS-BATCH-CAP  (inv, scale set")
    r = run(["explain", "scale_set.batch_rounding"], tmp_path, fake=True)
    assert r.returncode == 0 and r.stdout.startswith("scale_set.batch_rounding  (named choice")
    r = run(["list", "--help"], tmp_path, fake=True)
    assert "The verdict words" in r.stdout and "proved (vacuous)" in r.stdout and "not shown shortest" in r.stdout
    for out in (run(["list"], tmp_path, fake=True).stdout, run(["list", "--keys"], tmp_path, fake=True).stdout):
        assert max(len(line) for line in out.splitlines()) <= 100


def test_the_top_level_help_leads_to_every_key_every_property_and_the_exit_codes(tmp_path):
    top = run(["--help"], tmp_path, fake=True).stdout
    for hint in ("rollproof list ", "rollproof list --keys", "rollproof explain VMSS-BATCH-CAP",
                 "rollproof explain batch_rounding", "rollproof check my-policy.toml"):
        assert hint in top, hint
    check_help = " ".join(run(["check", "--help"], tmp_path, fake=True).stdout.split())
    assert "Exit codes: 0 no verdict differs from an expectation; 1 a verdict differs" in check_help
    assert "--expect-proved" in check_help and "--progress / --no-progress" in check_help
