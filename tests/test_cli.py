"""The ``rollproof`` command end to end, in a subprocess: exit codes, outputs, bad input, replay.

The verdict tables, JSON and replays run the installed command with the real engine on a
3-instance policy and a few fast properties; exit codes 1 and 3, Markdown and tampering use the
fixed verdicts of ``_fake_engine`` (instant, and able to answer ``unknown`` on demand).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _fake_engine import REPO, fake_cmd, rollproof_cmd

HAS_ENGINE = importlib.util.find_spec("solver.engine") is not None

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
    assert r.stderr == ""  # no progress lines when stderr is not a terminal


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
    assert "does not replay" in r.stdout and "state 3" in r.stdout


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
