"""Proofs from an exhausted explicit-state search (``solver.reachable``).

The states the search visited, written as the invariant, make a certificate both solvers accept
wherever the search found nothing; a set missing a reachable state, or holding one that breaks the
property, is rejected; and the verdict is the same whatever the process checked before (Spacer's,
which these proofs come before, was not).
"""

from __future__ import annotations

import time

import attrs
import pytest

from rollproof.model import cloud_service as cs
from rollproof.model import cloud_service_counts as CC
from rollproof.model import scale_set as S
from rollproof.model import scale_set_counts as SC
from rollproof.properties.registry import get
from rollproof.properties.verdicts import Proved
from rollproof.solver import engine, explicit
from rollproof.solver.recheck import recheck_cvc5, recheck_z3
from rollproof.solver.reachable import reachable_proof
from rollproof.solver.session import ProverSession

# The prioritised-unhealthy scale set without maintenance and failing upgrades: the pre-check
# allowance is upgraded first, so the unhealthy cap holds (its 1,999 counting states exhausted).
PRIORITISED = S.ScaleSetPolicy(instances=10, prioritize_unhealthy_instances=True, concurrent_maintenance=False,
                               upgraded_may_fail=False)


def _exhausted(C, policy, prop):
    seen = explicit.search(C, policy, prop, deadline=time.monotonic() + 300, max_depth=200)
    assert isinstance(seen, explicit.Cleared) and seen.exhausted
    return seen


def _certificate_checks(cert) -> bool:
    return recheck_z3(cert, 120) and recheck_cvc5(cert, 120)


@pytest.mark.parametrize("C,policy,pid", [
    (SC, PRIORITISED, "VMSS-HEALTH-CAP"),
    (SC, S.ScaleSetPolicy(instances=3), "VMSS-STOP-RULE"),
    (CC, cs.Policy(roles={"web": 2, "worker": 3}, upgrade_domains=2), "CS-ROLLBACK-RESTORES"),
], ids=["scale-set-health-cap", "scale-set-stop-rule", "cloud-service"])
def test_the_states_visited_make_a_certificate_both_solvers_accept(C, policy, pid):
    prop = get(pid, "scale_set" if C is SC else "cloud_service")
    if not prop.applies(policy):
        pytest.skip(f"{pid} does not apply")
    seen = _exhausted(C, policy, prop)
    with ProverSession(policy) as session:
        proof = reachable_proof(session.frame(C, policy, prop), seen.reached)
    assert proof is not None and proof.certificate.method == "reachable"
    assert str(len(seen.reached)) in proof.certificate.text()
    assert _certificate_checks(proof.certificate)


def test_a_set_missing_a_reachable_state_or_from_another_policy_is_rejected():
    prop = get("VMSS-HEALTH-CAP", "scale_set")
    seen = _exhausted(SC, PRIORITISED, prop)
    with ProverSession(PRIORITISED) as session:
        frame = session.frame(SC, PRIORITISED, prop)
        # The last state visited is reached from another one in the set: without it the set is not closed.
        assert not recheck_z3(reachable_proof(frame, seen.reached[:-1]).certificate, 120)
    # The states of a policy that starts with no unhealthy instance miss this policy's initial states.
    other = attrs.evolve(PRIORITISED, initial_unhealthy=0)
    fewer = _exhausted(SC, other, prop)
    with ProverSession(PRIORITISED) as session:
        assert not recheck_z3(reachable_proof(session.frame(SC, PRIORITISED, prop), fewer.reached).certificate, 120)


def test_the_verdict_does_not_depend_on_what_the_process_checked_before():
    prop = get("VMSS-HEALTH-CAP", "scale_set")
    first = engine.check(PRIORITISED, prop, timeout=300)
    # Other checks in between, in the same process.
    for other in (S.ScaleSetPolicy(instances=10), attrs.evolve(PRIORITISED, initial_unhealthy=0)):
        engine.check(other, get("VMSS-AVAILABILITY", "scale_set"), timeout=300)
    again = engine.check(PRIORITISED, prop, timeout=300)
    assert isinstance(first, Proved) and isinstance(again, Proved)
    assert first.method == again.method and first.certificate == again.certificate
