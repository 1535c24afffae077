"""A verdict does not depend on the machine's speed: checks are bounded by work, seconds only cap them.

Every strategy stops on a count (states visited, replays, fuzzer runs, depths, Z3's resource
units), so a check run on a machine ten times slower (a clock that runs ten times faster) prints
the same verdict, with the same scope, method, reason, trace and certificate.  Only running out of
the safety cap changes a verdict, and then it says "timeout".
"""

from __future__ import annotations

import time

import attrs
import pytest

from rollproof.model import cloud_service as cs
from rollproof.model import scale_set as S
from rollproof.properties.registry import get
from rollproof.properties.verdicts import Unknown
from rollproof.solver import engine
from rollproof.solver.session import ProverSession
from rollproof.solver.strategies import Task
from rollproof.solver.work import Bounds

SMALL_CS = cs.Policy(roles={"web": 2, "worker": 3}, upgrade_domains=3)


def _same_but_seconds(v):
    return attrs.evolve(v, seconds=0.0) if hasattr(v, "seconds") else v


def _slow_clock(monkeypatch, factor: float) -> None:
    """``time.monotonic`` as a machine ``factor`` times slower would see it: every real second of
    work takes ``factor`` seconds of the clock."""
    real = time.monotonic
    origin = real()
    monkeypatch.setattr(time, "monotonic", lambda: origin + (real() - origin) * factor)


CASES = [
    # BMC's shortest counterexample, 9 steps deep
    ("scale_set", S.ScaleSetPolicy(instances=5), "VMSS-UPGRADED-GATE", Bounds()),
    # the explicit-state search's, then a proof for another property of the same session
    ("cloud_service", SMALL_CS, "CS-ONE-UD", Bounds()),
    ("cloud_service", SMALL_CS, "CS-ROLLBACK-RESTORES", Bounds()),
    # undecided within small bounds: where the searches stop is the same
    ("cloud_service", SMALL_CS, "CS-ROLE-AVAILABLE", Bounds(explicit_states=20, guided_states=5, bmc_units=2_000_000)),
    ("scale_set", S.ScaleSetPolicy(instances=10), "VMSS-ONE-UNHEALTHY-TOLERATED", Bounds(bmc_units=1_000_000)),
]


@pytest.mark.parametrize("model, policy, pid, bounds", CASES)
def test_a_verdict_is_the_same_on_a_machine_ten_times_slower(monkeypatch, model, policy, pid, bounds):
    prop = get(pid, model)
    fast = engine.check(policy, prop, session=ProverSession(policy), bounds=bounds)
    with monkeypatch.context() as m:
        _slow_clock(m, 10.0)
        slow = engine.check(policy, prop, session=ProverSession(policy), bounds=bounds)
    assert "timeout" not in (getattr(fast, "reason", "") or "")
    assert _same_but_seconds(slow) == _same_but_seconds(fast)


def test_undecided_within_its_work_the_check_says_where_the_searches_stopped():
    prop = get("CS-ROLE-AVAILABLE", "cloud_service")
    v = engine.check(SMALL_CS, prop, bounds=Bounds(explicit_states=20, guided_states=5, bmc_units=2_000_000))
    assert isinstance(v, Unknown), v
    assert "work bound ran out at depth" in v.reason and "timeout" not in v.reason
    assert v.scope.depth is not None and f"within {v.scope.depth} steps" in v.reason


def test_only_the_safety_cap_is_seconds_and_running_out_of_it_says_timeout():
    prop = get("CS-ROLE-AVAILABLE", "cloud_service")
    v = engine.check(SMALL_CS, prop, timeout=0.01)
    assert isinstance(v, Unknown) and "timeout" in v.reason, v


def test_a_concrete_check_runs_its_strategies_in_the_documented_order():
    """Houdini over the model's own invariant, the explicit-state and guided searches, BMC, then
    Spacer and Houdini over every lemma (``solver.engine``'s docstring); after a failure at a
    smaller size of a parametric policy, the explicit-state search first."""
    prop = get("CS-ONE-UD", "cloud_service")
    task = engine.make_task(ProverSession(SMALL_CS), SMALL_CS, prop, deadline=time.monotonic() + 60)
    names = [(s.name, getattr(s, "every_lemma", False)) for s in engine.plan(task)]
    assert names == [("houdini", False), ("explicit", False), ("guided", False), ("exhausted", False),
                     ("bmc", False), ("spacer", False), ("houdini", True)]
    likely = attrs.evolve(task, likely_fails=True)
    assert [s.name for s in engine.plan(likely)][:2] == ["explicit", "houdini"]
    assert isinstance(task, Task)
