"""The pytest plugin (``rollproof.pytest_plugin``): ``pytest --rollproof PATH`` makes one test per
policy and property, passing where the verdict matches ``[expect]``, failing with the step table
and the trace's path (in the terminal and in JUnit XML) where it differs, skipping an unknown;
markers select, ``-n 2 --dist loadgroup`` keeps a policy on one worker, and a broken input is one
clear collection error.  The checks are real (tiny policies, a property or two) except for the
unknown, which a stand-in engine gives."""

from __future__ import annotations

import importlib.metadata
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rollproof.properties.registry import properties_for

from rollproof.properties.verdicts import Unknown
from rollproof import checking

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parent.parent


def _entry_point_installed() -> bool:
    return any(ep.name == "rollproof" and ep.value == "rollproof.pytest_plugin"
               for ep in importlib.metadata.entry_points(group="pytest11"))


#: Loads the plugin where the installed package has no ``pytest11`` entry point yet (naming it
#: again where it has would register it twice).
PLUGIN = [] if _entry_point_installed() else ["-p", "rollproof.pytest_plugin"]

THREE = """\
name = "{name}"
model = "scale_set"

[scale_set]
instances = 3
{expect}"""

#: Three instances: a batch of one, and one unhealthy instance already exceeds the 20% caps.
MATCHES = THREE.format(name="matches", expect='\n[expect]\nVMSS-HEALTH-CAP = "refuted"\n')
#: The same policy whose table forgets the refutation: VMSS-HEALTH-CAP is expected proved.
DIFFERS = THREE.format(name="differs", expect='\n[expect]\nVMSS-BATCH-CAP = "refuted"\n')
#: No [expect] table: explored.
EXPLORED = THREE.format(name="explored", expect="")

TWO = ["--rollproof-property", "VMSS-HEALTH-CAP", "--rollproof-property", "vmss-batch-nonempty"]


@pytest.fixture(scope="module", autouse=True)
def _loaded(tmp_path_factory):
    """What a check loads (the solvers, matplotlib for pictures) loaded once in this process before
    any in-process run: pytester unloads what a run imports, and a C extension loads only once."""
    from rollproof import inputs

    pf = inputs.load([str(REPO / "examples/policies/vmss-three-instances.toml")]).policies[0]
    for prop in checking.selected(pf, ["VMSS-HEALTH-CAP", "VMSS-BATCH-NONEMPTY"]):
        checking.write_artifacts(checking.check_one(pf, prop, 60.0), tmp_path_factory.mktemp("loaded"))


@pytest.fixture
def policies(pytester: pytest.Pytester) -> Path:
    folder = pytester.mkdir("policies")
    (folder / "matches.toml").write_text(MATCHES, encoding="utf-8")
    (folder / "differs.toml").write_text(DIFFERS, encoding="utf-8")
    return folder


def rollproof(pytester: pytest.Pytester, *args: str, subprocess: pytest.MonkeyPatch | None = None) -> pytest.RunResult:
    """``pytest --rollproof …`` in the pytester folder, with this checkout's plugin, its outputs
    and verdict cache in that (temporary) folder; in a new process (this checkout first on its
    path) when given the test's ``monkeypatch`` as ``subprocess``."""
    common = [*PLUGIN, "-p", "no:cacheprovider", "-p", "no:benchmark", "-rs", "--rollproof-cache-dir", str(pytester.path / "cache")]
    if subprocess is not None:
        subprocess.setenv("PYTHONPATH", os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
        return pytester.runpytest_subprocess(*common, *args, timeout=3600)
    return pytester.runpytest_inprocess(*common, *args)


def outcomes(result: pytest.RunResult) -> dict[str, str]:
    """Each item's outcome, from ``-v`` lines (``NODEID PASSED``, or xdist's ``PASSED NODEID``)."""
    out = {}
    for line in result.outlines:
        m = re.search(r"(\S+::\S+?)(?:@\S+)? (PASSED|FAILED|SKIPPED|ERROR)", line) or \
            re.search(r"(PASSED|FAILED|SKIPPED|ERROR) (\S+::\S+?)(?:@\S+)?\s*$", line)
        if m:
            a, b = m.groups()
            node, word = (a, b) if "::" in a else (b, a)
            out[node] = word
    return out


# --------------------------------------------------------------------------------------------
# Verdicts as outcomes


def test_a_matching_verdict_passes_and_a_differing_one_fails_with_its_trace(pytester, policies):
    out = pytester.path / "out"
    result = rollproof(pytester, "-v", "--rollproof", str(policies), *TWO, "--rollproof-out", str(out))
    assert outcomes(result) == {
        "differs::VMSS-HEALTH-CAP": "FAILED", "differs::VMSS-BATCH-NONEMPTY": "PASSED",
        "matches::VMSS-HEALTH-CAP": "PASSED", "matches::VMSS-BATCH-NONEMPTY": "PASSED",
    }
    result.assert_outcomes(passed=3, failed=1)
    text = result.stdout.str()
    trace = out / "differs" / "VMSS-HEALTH-CAP.itf.json"
    assert trace.is_file() and f"trace: {trace.as_posix()}" in text
    assert "differs::VMSS-HEALTH-CAP: refuted, expected proved" in text
    assert "maintenance_takes_down(s1, i=0)" in text and "← violates VMSS-HEALTH-CAP" in text  # the step table
    assert "Traceback" not in text and "rollproof/pytest_plugin.py" not in text
    assert (pytester.path / "cache" / "verdicts").is_dir()  # the verdict cache, where it was pointed


def test_junit_xml_carries_the_failure_text_and_the_trace_path(pytester, policies):
    result = rollproof(pytester, "--rollproof", str(policies / "differs.toml"), "--rollproof-property", "VMSS-HEALTH-CAP",
                       "--junitxml", str(pytester.path / "junit.xml"))
    result.assert_outcomes(failed=1)
    case = ET.parse(pytester.path / "junit.xml").getroot().find(".//testcase")
    assert case.get("classname") == "differs" and case.get("name") == "VMSS-HEALTH-CAP"
    failure = case.find("failure")
    props = {p.get("name"): p.get("value") for p in case.iter("property")}
    assert props["verdict"] == "refuted" and props["expected"] == "proved"
    assert props["trace"].endswith("differs/VMSS-HEALTH-CAP.itf.json") and props["trace"] in failure.text
    assert "← violates VMSS-HEALTH-CAP" in failure.text
    # by default the traces go under pytest's base temporary folder, never into the project
    assert Path(props["trace"]).is_file() and not Path(props["trace"]).is_relative_to(REPO)


def test_an_explored_policy_passes_with_its_findings_unless_expected_proved(pytester):
    (pytester.path / "explored.toml").write_text(EXPLORED, encoding="utf-8")
    args = ["--rollproof", "explored.toml", "--rollproof-property", "VMSS-HEALTH-CAP"]
    rollproof(pytester, *args).assert_outcomes(passed=1)
    strict = rollproof(pytester, *args, "--rollproof-expect-proved")
    strict.assert_outcomes(failed=1)
    strict.stdout.fnmatch_lines(["*explored::VMSS-HEALTH-CAP: refuted, expected proved*"])


def test_an_unknown_is_settled_as_rollproof_check_settles_it(pytester, policies, monkeypatch):
    # The engine gives up; the fuzzer of ``checking.settle`` (as in ``rollproof check``) finds the
    # run, which replays and is judged: the item matches its expected refutation, not shown shortest.
    def no_verdict(policy, prop, timeout, fuzz=True, session=None):
        return Unknown(reason="no counterexample within 0 steps")

    monkeypatch.setattr(checking, "engine_check", no_verdict)
    result = rollproof(pytester, "--rollproof", str(policies / "matches.toml"), "--rollproof-property",
                       "VMSS-HEALTH-CAP", "-rP")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*refuted (not shown shortest)*"])


def test_an_unknown_is_a_skip_with_its_reason_and_fails_when_strict(pytester, policies, monkeypatch):
    def no_verdict(policy, prop, timeout, fuzz=True, session=None):
        return Unknown(reason=f"timeout after {timeout:g} s")

    monkeypatch.setattr(checking, "engine_check", no_verdict)
    monkeypatch.setattr(checking, "settle", lambda results, timeout, jobs=1, say=None: results)  # nothing settles it
    args = ["--rollproof", str(policies / "matches.toml"), "--rollproof-property", "VMSS-HEALTH-CAP",
            "--rollproof-timeout", "0.5"]
    skipped = rollproof(pytester, *args)
    skipped.assert_outcomes(skipped=1)
    skipped.stdout.fnmatch_lines(["SKIPPED * matches::VMSS-HEALTH-CAP: unknown: timeout after 0.5 s"])
    strict = rollproof(pytester, *args, "--rollproof-strict")
    strict.assert_outcomes(failed=1)
    strict.stdout.fnmatch_lines(["*matches::VMSS-HEALTH-CAP: unknown (--rollproof-strict), expected refuted*"])


# --------------------------------------------------------------------------------------------
# Selection, xdist, bad input


def test_items_are_named_policy_property_and_markers_select_them(pytester, policies):
    every = rollproof(pytester, "--collect-only", "-q", "--rollproof", str(policies))
    names = [x for x in every.outlines if "::" in x]
    assert len(names) == 2 * len(properties_for("scale_set")) and "matches::VMSS-BATCH-CAP" in names and "differs::X-STEP-PURE" in names
    inv = rollproof(pytester, "--collect-only", "-q", "--rollproof", str(policies), *TWO, "-m", "rollproof and inv")
    assert [x for x in inv.outlines if "::" in x] == ["differs::VMSS-HEALTH-CAP", "matches::VMSS-HEALTH-CAP"]
    step = rollproof(pytester, "--collect-only", "-q", "--rollproof", str(policies), "-m", "scale_set and step")
    assert all(re.search(r"BATCH-NONEMPTY|PRECHECK|STOP-RULE|UPGRADED-GATE|NO-DOWNGRADE|CANCEL|BREACH-ROLLBACK", x)
               for x in step.outlines if "::" in x)
    none = rollproof(pytester, "--collect-only", "-q", "--rollproof", str(policies), "-m", "cloud_service")
    assert not [x for x in none.outlines if "::" in x]
    picked = rollproof(pytester, "--collect-only", "-q", "--rollproof", str(policies), "-k", "matches and HEALTH-CAP")
    assert [x for x in picked.outlines if "::" in x] == ["matches::VMSS-HEALTH-CAP"]


def test_two_workers_with_loadgroup_keep_each_policy_on_one_worker(pytester, policies, monkeypatch):
    result = rollproof(pytester, "-v", "-n", "2", "--dist", "loadgroup", "--rollproof", str(policies), *TWO,
                       subprocess=monkeypatch)
    result.assert_outcomes(passed=3, failed=1)
    workers: dict[str, set[str]] = {}
    for line in result.outlines:
        m = re.match(r"\[(gw\d)\].* (\w+)::\S+@(\w+)", line)
        if m:
            workers.setdefault(m.group(2), set()).add(m.group(1))
    assert set(workers) == {"matches", "differs"} and all(len(w) == 1 for w in workers.values()), workers
    assert "differs::VMSS-HEALTH-CAP: refuted, expected proved" in result.stdout.str()


def test_a_broken_policy_file_is_one_collection_error_naming_it(pytester, policies):
    (policies / "broken.toml").write_text('model = "scale_set"\n[scale_set]\ninstances = 0\n', encoding="utf-8")
    result = rollproof(pytester, "--rollproof", str(policies))
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.assert_outcomes(errors=1)
    text = result.stdout.str()
    assert "broken.toml: scale_set.instances: out of range (got 0; allowed" in text
    assert "Traceback" not in text and "rollproof/inputs" not in text


def test_an_unknown_property_or_a_bad_timeout_is_named_as_this_plugin_names_it(pytester, policies):
    result = rollproof(pytester, "--rollproof", str(policies), "--rollproof-property", "VMSS-NOPE")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["error: command line: --rollproof-property: *VMSS-NOPE*"])
    empty = rollproof(pytester, "--rollproof", str(pytester.mkdir("empty")))
    empty.assert_outcomes(errors=1)
    empty.stdout.fnmatch_lines(["error: *empty: (folder): holds no input*"])
    bad = rollproof(pytester, "--rollproof", str(policies), "--rollproof-timeout", "0")
    assert bad.ret == pytest.ExitCode.USAGE_ERROR
    bad.stderr.fnmatch_lines(["*--rollproof-timeout: must be a positive number of seconds*"])


def test_without_the_option_the_plugin_adds_nothing(pytester):
    pytester.makepyfile(test_plain="def test_one():\n    pass\n")
    result = pytester.runpytest_inprocess(*PLUGIN, "-p", "no:cacheprovider", "-p", "no:benchmark")
    result.assert_outcomes(passed=1)
    assert not (pytester.path / ".rollproof_cache").exists()


# --------------------------------------------------------------------------------------------
# The project's examples


def test_two_examples_check_as_their_expect_tables_say(pytester):
    """One scale set and one cloud service of examples/, every property: the default run's share."""
    result = rollproof(pytester, "--rollproof", str(REPO / "examples/policies/vmss-three-instances.toml"),
                       str(REPO / "examples/policies/cs-one-ud.toml"))
    result.assert_outcomes(passed=len(properties_for("scale_set")) + len(properties_for("cloud_service")))


@pytest.mark.deep
def test_every_example_checks_as_its_expect_table_says(pytester, monkeypatch):
    """All of examples/ on two workers (about 20 minutes from a cold cache): no verdict differs."""
    result = rollproof(pytester, "-n", "2", "--dist", "loadgroup", "--rollproof", str(REPO / "examples"),
                       subprocess=monkeypatch)
    assert result.ret == pytest.ExitCode.OK, result.stdout.str()[-5000:]
    assert result.parseoutcomes().get("passed", 0) > 500
