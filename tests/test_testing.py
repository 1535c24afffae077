"""The library's state machines (``rollproof.testing``): a policy fixed by file or value, the
properties its ``[expect]`` table expects proved checked on every run, a user's own invariants
over the observables (true ones pass, a false one is caught and shrunk), the worked example of
docs/testing.md, HypoFuzz's collection of the machines, and the example-database profiles."""

from __future__ import annotations

import importlib.util
import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase
from hypothesis.stateful import invariant

from rollproof.model import cloud_service as cs
from rollproof.model import cloud_service_counts as CC
from rollproof.model import scale_set as S
from rollproof.model.logic import CONCRETE
from rollproof import testing
from rollproof.testing import CloudServiceMachine, ScaleSetMachine

REPO = Path(__file__).resolve().parent.parent
POLICIES = REPO / "examples" / "policies"
EXAMPLE = REPO / "examples" / "testing" / "test_fleet_invariants.py"

pytest_plugins = ["pytester"]

# Derandomized: the tests that expect a machine to fail within its example budget then find the
# same run on every machine, as they do under CI (whose Hypothesis profile derandomizes).
FEW = settings(max_examples=25, stateful_step_count=25, deadline=None, database=None, derandomize=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def run_machine(machine: type, config: settings = FEW) -> None:
    """Run a machine as pytest would run its ``TestCase`` (a failure raises)."""
    case = machine.TestCase
    case.settings = config
    case().runTest()


def ids(machine: type) -> set[str]:
    return {p.id for p in machine.checked}


# --------------------------------------------------------------------------------------------
# Fixed policies


def test_a_policy_file_fixes_the_policy_and_checks_what_its_expect_table_expects_proved():
    m = ScaleSetMachine.for_policy(POLICIES / "vmss-three-instances.toml")
    assert m.policy == S.ScaleSetPolicy(instances=3) and m.policy_file.name == "three-instances"
    # inv and step properties only, and none the table expects refuted or not applicable
    assert ids(m) == {"VMSS-BATCH-NONEMPTY", "VMSS-STOP-RULE", "VMSS-DATA-DISKS", "VMSS-NO-DOWNGRADE",
                      "VMSS-TERMINAL", "VMSS-CANCEL", "VMSS-PROGRESS-COUNTS", "X-INSTANCES-CONSERVED"}
    run_machine(m)


def test_a_policy_value_checks_only_the_properties_named():
    m = ScaleSetMachine.for_policy(S.ScaleSetPolicy(instances=5), properties=["vmss-batch-cap", "VMSS-CANCEL"])
    assert ids(m) == {"VMSS-BATCH-CAP", "VMSS-CANCEL"}
    assert ScaleSetMachine.for_policy(S.ScaleSetPolicy(instances=5)).checked == ()
    run_machine(m)


def test_a_wrong_expect_table_is_caught_by_the_machine(tmp_path):
    """Without VMSS-HEALTH-CAP = "refuted" the table expects it proved: a run takes one of three down."""
    text = (POLICIES / "vmss-three-instances.toml").read_text(encoding="utf-8")
    wrong = tmp_path / "wrong.toml"
    wrong.write_text("\n".join(x for x in text.splitlines() if not x.startswith("VMSS-HEALTH-CAP")), encoding="utf-8")
    m = ScaleSetMachine.for_policy(wrong)
    assert "VMSS-HEALTH-CAP" in ids(m)
    with pytest.raises(AssertionError, match="VMSS-HEALTH-CAP fails"):
        run_machine(m, settings(FEW, max_examples=200))


def test_a_machine_refuses_a_policy_of_the_other_model_and_names_unknown_ids():
    with pytest.raises(TypeError, match="cloud_service model"):
        ScaleSetMachine.for_policy(POLICIES / "cs-one-ud.toml")
    with pytest.raises(ValueError, match="no scale_set property"):
        ScaleSetMachine.for_policy(S.ScaleSetPolicy(), properties=["CS-ONE-UD"])
    with pytest.raises(ValueError, match="reach property"):
        ScaleSetMachine.for_policy(S.ScaleSetPolicy(), properties=["VMSS-ONE-UNHEALTHY-TOLERATED"])
    assert issubclass(testing.machine_for(POLICIES / "cs-one-ud.toml"), CloudServiceMachine)
    assert issubclass(testing.machine_for(S.ScaleSetPolicy()), ScaleSetMachine)


def test_a_policy_of_any_size_is_run_at_drawn_sizes():
    m = ScaleSetMachine.for_policy(POLICIES / "vmss-any-instances.toml")
    seen: set[int] = set()

    class Sizes(m):
        @invariant()
        def note_the_size(self):
            seen.add(self.observe("instances"))

    run_machine(Sizes)
    assert seen and all(1 <= n <= ScaleSetMachine.any_up_to for n in seen)
    run_machine(CloudServiceMachine.for_policy(POLICIES / "cs-any-roles.toml"))


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_a_stuck_start_is_an_initial_state_of_the_counting_model(data):
    policy = cs.Policy(roles={"web": 3, "worker": 2}, upgrade_domains=3, initial="stuck", new_code_crashes=True,
                       mode="automatic")
    s = data.draw(testing.cloud_service_initial_states(policy))
    assert s.update is not None and 1 <= s.update.current_ud < 3
    assert CC.init(CONCRETE, policy, CC.abstract(s))


# --------------------------------------------------------------------------------------------
# A user's own invariants


def test_the_observables_read_the_current_state_or_another():
    class Reads(ScaleSetMachine.for_policy(S.ScaleSetPolicy(instances=4))):
        @invariant()
        def serving_and_not_serving_make_the_fleet(self):
            obs = self.observations()
            assert obs["serving"] + obs["not_serving"] == self.observe("instances") == 4

        def after_step(self, before, action, after):
            assert self.observe("instances", before) == self.observe("instances", after)

    run_machine(Reads)
    with pytest.raises(KeyError, match="no observable 'servers'"):
        testing.observe(S.initial_state(S.ScaleSetPolicy(instances=2)), "servers")


def test_a_false_user_invariant_is_caught_and_shrunk():
    class EveryoneServes(ScaleSetMachine.for_policy(POLICIES / "vmss-three-instances.toml")):
        @invariant()
        def every_instance_serves(self):
            assert self.observe("serving") == self.observe("instances"), "an instance stopped serving"

    with pytest.raises(AssertionError, match="an instance stopped serving") as caught:
        run_machine(EveryoneServes, settings(FEW, max_examples=200, phases=list(Phase)))
    # shrunk to the two steps that take one instance out of service
    notes = "\n".join(getattr(caught.value, "__notes__", []))
    assert "orchestrator_starts_upgrade" in notes or "maintenance_takes_down" in notes, notes


def test_a_false_step_check_of_a_cloud_service_is_caught():
    class NeverDown(CloudServiceMachine.for_policy(POLICIES / "cs-seed-defaults.toml")):
        def after_step(self, before, action, after):
            assert self.observe("down", after) == 0, f"{action.name} took an instance down"

    with pytest.raises(AssertionError, match="took an instance down"):
        run_machine(NeverDown, settings(FEW, max_examples=200))


def test_the_worked_example_of_the_docs_runs(pytester):
    """examples/testing/test_fleet_invariants.py, as a user's pytest runs it."""
    result = pytester.runpytest_inprocess(str(EXAMPLE), "-n", "0", "-p", "no:cacheprovider", "-p", "no:benchmark", "-q")
    result.assert_outcomes(passed=2)


def test_the_docs_show_the_worked_example_as_it_is():
    doc = (REPO / "docs" / "testing.md").read_text(encoding="utf-8")
    after = doc[doc.index("The worked example is a real file"):]
    shown = after[after.index("```python\n") + len("```python\n"):after.index("```", after.index("```python") + 3)]
    assert shown.strip() in EXAMPLE.read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------
# HypoFuzz and the example databases


def test_hypofuzz_collects_the_machines():
    """HypoFuzz's own collection (``hypothesis fuzz`` runs it first) takes every machine as a fuzz target."""
    pytest.importorskip("hypofuzz", reason="HypoFuzz is the optional extra rollproof[fuzz]")
    files = ["tests/test_scale_set_stateful.py", "tests/test_cloud_service_stateful.py",
             "examples/testing/test_fleet_invariants.py"]
    code = ("import sys; from hypofuzz.collection import collect_tests; "
            "r = collect_tests(['-n', '0', '-p', 'no:cacheprovider', *sys.argv[1:]]); "
            "print('\\n'.join('TARGET ' + t.nodeid for t in r.fuzz_targets))")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    # Where a CI variable is set, Hypothesis's ``ci`` profile derandomizes every test, and HypoFuzz
    # skips derandomized tests (docs/testing.md says so): fuzzing is a run outside CI.
    env.pop("CI", None)
    out = subprocess.run([sys.executable, "-c", code, *files], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    # HypoFuzz may echo pytest's collection report too (it does when it skips a test), so only the
    # marked lines are the targets.
    targets = {line.split(" ", 1)[1] for line in out.stdout.splitlines() if line.startswith("TARGET ")}
    assert targets == {
        "tests/test_scale_set_stateful.py::TestScaleSetMachine::runTest",
        "tests/test_cloud_service_stateful.py::TestCloudServiceMachine::runTest",
        "examples/testing/test_fleet_invariants.py::TestThreeInstances::runTest",
        "examples/testing/test_fleet_invariants.py::TestAnyRoleSizes::runTest",
    }


def test_the_documented_hypofuzz_command_fuzzes_the_machines(tmp_path):
    """The command docs/testing.md gives for this repository, run as written for 30 s: HypoFuzz
    starts a fuzzing process on both machines of the example file, and what it tries reaches the
    example database (in a storage directory of the test's own)."""
    pytest.importorskip("hypofuzz", reason="HypoFuzz is the optional extra rollproof[fuzz]")
    text = (REPO / "docs" / "testing.md").read_text()
    line = next(ln for ln in text.splitlines() if ln.startswith("$ hypothesis fuzz") and "# this one" in ln)
    argv = shlex.split(line[2:].split("#", 1)[0])
    assert argv[:2] == ["hypothesis", "fuzz"], line
    env = dict(os.environ, HYPOTHESIS_STORAGE_DIRECTORY=str(tmp_path / "hyp"),
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    env.pop("CI", None)  # (HypoFuzz skips the derandomized tests of the ci profile)
    exe = Path(sys.executable).with_name("hypothesis")
    proc = subprocess.Popen([str(exe) if exe.exists() else "hypothesis", *argv[1:]], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:  # fuzzing runs until stopped
        os.killpg(proc.pid, signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    assert "to fuzz 2 tests" in out, out
    stored = [f for f in (tmp_path / "hyp").rglob("*") if f.is_file()]
    assert stored, out


def test_the_directory_profile_keeps_a_counterexample_where_the_variable_says(tmp_path, monkeypatch):
    monkeypatch.setenv(testing.DB_ENV, str(tmp_path / "shared"))
    try:
        testing.register_profiles()
        db = settings.get_profile("rollproof-dir").database
        assert isinstance(db, DirectoryBasedExampleDatabase) and Path(db.path) == tmp_path / "shared"

        class Fails(ScaleSetMachine.for_policy(S.ScaleSetPolicy(instances=2))):
            @invariant()
            def three_instances(self):
                assert self.observe("instances") == 3  # false from the first state on

        shared = settings(settings.get_profile("rollproof-dir"), max_examples=20, stateful_step_count=5,
                          deadline=None)
        with pytest.raises(AssertionError):
            run_machine(Fails, shared)
        assert any((tmp_path / "shared").rglob("*")), "the failing example was saved"
    finally:
        monkeypatch.delenv(testing.DB_ENV)
        testing.register_profiles()


def test_the_redis_profile_is_registered_and_imports_redis_only_when_used():
    db = settings.get_profile("rollproof-redis").database
    assert isinstance(db, testing.LazyRedisDatabase) and db.url == testing.DEFAULT_REDIS
    if importlib.util.find_spec("redis") is None:
        with pytest.raises(ImportError, match=r"hypothesis\[redis\]"):
            list(db.fetch(b"key"))
