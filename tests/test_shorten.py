"""Shortening a fuzzer's run: steps the violation does not need are removed, the result replays.

The fuzzer shrinks the random choices behind a run, not the run, so a run it reports may carry an
instance that times out and later comes online where coming online at once would do.  ``shorten``
removes such steps; when bounded model checking has shown every shorter depth unsat, the shortened
run is a shortest counterexample.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from rollproof.model import cloud_service as cs
from rollproof.model.core import Action, Trace
from rollproof.properties import registry
from rollproof.fuzzcheck import shorten
from rollproof.solver.decode import first_hit

POLICY = cs.CloudServicePolicy(roles=(("web", 2), ("worker", 2)), upgrade_domains=2)
PROP = registry.get("CS-ROLE-AVAILABLE", "cloud_service")

#: A shortest counterexample (15 steps; BMC found every shorter depth unsat under this policy):
#: the first update leaves the web instance of UD 1 timed out, the second walks UD 0 again.
SHORTEST = [
    Action.of("operator_requests_update", kind="in_place", change="deploy_new_code", crashes=False),
    Action.of("fabric_walks_ud"),
    Action.of("fabric_updates_ud", ud=0),
    Action.of("fabric_starts_ud", ud=0),
    Action.of("instance_comes_online", i=0),
    Action.of("instance_comes_online", i=2),
    Action.of("fabric_completes_ud"),
    Action.of("fabric_walks_ud"),
    Action.of("fabric_updates_ud", ud=1),
    Action.of("fabric_starts_ud", ud=1),
    Action.of("instance_start_times_out", i=1),
    Action.of("instance_start_times_out", i=3),
    Action.of("fabric_completes_ud"),
    Action.of("operator_changes_configuration"),
    Action.of("fabric_walks_ud"),
]


def _trace(actions: list[Action]) -> Trace:
    run = cs.replay(POLICY, cs.initial_state(POLICY), actions)
    assert all(st.refused is None for st in run.steps)
    at = first_hit("cloud_service", POLICY, PROP, run)
    assert at == len(actions)
    return run.with_verdict(PROP.id, at, "violates")


def _check(short: Trace) -> None:
    replayed = cs.replay(POLICY, short.init, [st.action for st in short.steps])
    assert all(st.refused is None for st in replayed.steps)
    assert first_hit("cloud_service", POLICY, PROP, replayed) == len(short.steps) == short.at_step


def test_a_detour_through_a_timeout_is_taken_out():
    # Instance 0 times out, and comes online only after its UD completes: one step too many.
    padded = SHORTEST[:4] + [Action.of("instance_start_times_out", i=0), SHORTEST[5], SHORTEST[6],
                             Action.of("instance_comes_online", i=0)] + SHORTEST[7:]
    short = shorten(PROP, _trace(padded), deadline=time.monotonic() + 60)
    _check(short)
    assert len(short.steps) == len(SHORTEST)


def test_a_step_the_violation_does_not_need_is_removed():
    # A worker of UD 1 comes online after its timeout: nothing needs it.
    padded = SHORTEST[:12] + [Action.of("instance_comes_online", i=3)] + SHORTEST[12:]
    short = shorten(PROP, _trace(padded), deadline=time.monotonic() + 60)
    _check(short)
    assert len(short.steps) == len(SHORTEST)


def test_a_shortest_run_stays_as_long():
    short = shorten(PROP, _trace(SHORTEST), deadline=time.monotonic() + 60)
    _check(short)
    assert len(short.steps) == len(SHORTEST)


def test_the_fuzzer_leaves_no_hypothesis_directory_where_it_runs(tmp_path):
    """A check that falls back on the fuzzer writes nothing into the user's working directory
    (Hypothesis would keep its cache in ``.hypothesis`` there)."""
    code = ("from rollproof.model import cloud_service as cs; from rollproof.properties import registry; "
            "from rollproof import fuzzcheck; "
            "t = fuzzcheck.find_trace(cs.CloudServicePolicy(roles=(('web', 2), ('worker', 2)), upgrade_domains=2), "
            "registry.get('CS-ROLE-AVAILABLE', 'cloud_service'), runs=400); print(len(t))")
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_STORAGE_DIRECTORY"}
    # (This checkout's code, whatever the installed package points at.)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parent.parent), env.get("PYTHONPATH", "")])
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= 1  # the fuzzer did run and found a counterexample
    assert list(tmp_path.iterdir()) == []


def test_the_fuzzer_finds_the_same_run_in_the_same_number_of_runs():
    """The fuzzer is bounded by its runs (derandomized), never by seconds: two searches of the same
    runs find the same shortened run, however long each took."""
    from rollproof import fuzzcheck

    first = fuzzcheck.find_trace(POLICY, PROP, runs=400)
    again = fuzzcheck.find_trace(POLICY, PROP, runs=400)
    assert first is not None and first == again
    _check(first)
