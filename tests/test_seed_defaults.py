"""The seed-default policies of both models, checked end to end against their ``[expect]`` tables.

Each policy file in ``examples/policies/`` records the verdicts it is known to have; here the
engine checks every property of the two seed-default policies afresh, and every verdict must match.
A refutation reported as shortest (by bounded model checking or the explicit-state search) must be
a trace that replays: its length is the depth reported, and replaying it through the per-instance
model hits the property there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rollproof.properties.registry import Kind, properties_for
from rollproof.properties.verdicts import Proved, Refuted
from rollproof.checking import engine_check
from rollproof.policyfile import load
from rollproof.solver.decode import first_hit
from rollproof.solver.engine import DEFAULT_TIMEOUT
from rollproof.solver.session import ProverSession

POLICIES = Path(__file__).resolve().parent.parent / "examples" / "policies"
SEEDS = {"scale_set": "vmss-seed-2018-defaults.toml", "cloud_service": "cs-seed-defaults.toml"}
#: A refutation not shown to be shortest (its method says so) is still a replayed one; the depth
#: assertion below applies to the shortest ones.  ``test_guided`` checks CS-ROLE-AVAILABLE's
#: 40-step counterexample is shown shortest.  The checks are bounded by work; their seconds are the
#: engine's default safety cap.


@pytest.mark.parametrize("model", sorted(SEEDS))
def test_every_verdict_of_the_seed_defaults_matches_its_expect_table(model):
    pf = load(str(POLICIES / SEEDS[model]))
    differ = []
    session = ProverSession(pf.policy)  # (the policy's checks share one, as a run's do)
    for prop in properties_for(model):
        verdict = engine_check(pf.policy, prop, DEFAULT_TIMEOUT, session)
        expected = pf.expect.get(prop.id, "proved")
        if verdict.verdict != expected and verdict.verdict != "not-applicable":
            differ.append(f"{prop.id}: got {verdict.verdict} ({getattr(verdict, 'reason', '')}), expected {expected}")
        trace = getattr(verdict, "trace", None)
        if trace is not None:
            at = first_hit(model, trace.policy, prop, trace)
            assert at == len(trace), f"{prop.id}: the trace hits the property at step {at}, not at its end"
            if "shortest" in verdict.method and "not shown" not in verdict.method:
                assert verdict.scope.depth == len(trace), prop.id
            if prop.kind == Kind.REACH:
                assert isinstance(verdict, Proved), prop.id
            else:
                assert isinstance(verdict, Refuted), prop.id
    session.close()
    assert not differ, "\n".join(differ)
