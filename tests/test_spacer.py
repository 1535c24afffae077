"""Spacer (IC3/PDR over Horn clauses) as a prover: its invariants are certificates like Houdini's.

A Spacer proof stands only when both re-checkers confirm the three obligations; it never proves a
property that fails; a broken invariant is rejected; and without Spacer the engine reaches the same
verdicts through Houdini.
"""

from __future__ import annotations

import time

import attrs
import pytest
import z3

from rollproof.model import cloud_service as CSM
from rollproof.model import scale_set as S
from rollproof.model.systems import counting
from rollproof.properties.registry import properties_for
from rollproof.properties.verdicts import Proved, Refuted
from rollproof.solver import engine, strategies
from rollproof.solver import session as session_module
from rollproof.solver.prove import Certificate, Frame, ProofResult, _smt2
from rollproof.solver.recheck import recheck_cvc5, recheck_z3
from rollproof.solver.spacer import readable, spacer
from rollproof.solver.work import Bounds
from rollproof.solver.symbolic import to_z3

SEED_CS = CSM.CloudServicePolicy(roles={"web": 8, "worker": 9})


def prop(model: str, pid: str):
    return next(p for p in properties_for(model) if p.id == pid)


def frame_of(model: str, policy, pid: str) -> Frame:
    return Frame(counting(model), policy, prop(model, pid))


CASES = [
    ("cloud_service", SEED_CS, "X-INSTANCES-CONSERVED"),
    ("cloud_service", SEED_CS, "CS-VIP-SWAP-NO-ROLLBACK"),
    ("cloud_service", CSM.CloudServicePolicy(roles={"web": "any", "worker": 2}), "CS-NO-ROLLBACK-AFTER-COMPLETE"),
    ("scale_set", S.ScaleSetPolicy(instances=10), "VMSS-PROGRESS-COUNTS"),
    ("scale_set", S.ScaleSetPolicy(instances="any"), "X-INSTANCES-CONSERVED"),
]


@pytest.mark.parametrize("model, policy, pid", CASES)
def test_a_spacer_invariant_is_confirmed_by_both_solvers_and_its_negation_is_not(model, policy, pid):
    frame = frame_of(model, policy, pid)
    result = spacer(frame, time.monotonic() + 600)
    assert result is not None, f"Spacer proves {pid} under {policy}"
    cert = result.certificate
    assert cert.method == "spacer"
    assert recheck_z3(cert, 60) and recheck_cvc5(cert, 60)
    # The same obligations over the negated invariant: the initial states exist, so initiation fails.
    inv = z3.And(*[to_z3(x) for x in _invariant(frame, cert)])
    broken = attrs.evolve(cert, initiation=_smt2(frame.init, inv))
    assert not recheck_z3(broken, 60) and not recheck_cvc5(broken, 60)


def _invariant(frame: Frame, cert: Certificate) -> list:
    """The invariant of ``cert`` back from its initiation query ``init ∧ ¬I`` (the last assertion)."""
    s = z3.Solver()
    s.from_string(cert.initiation)
    last = s.assertions()[-1]
    assert z3.is_not(last)
    return [last.arg(0)]


@pytest.mark.parametrize("model, policy, pid", [
    ("cloud_service", SEED_CS, "CS-ONE-UD"),  # refuted in 10 steps (a start timeout)
    ("scale_set", S.ScaleSetPolicy(instances=3), "VMSS-BATCH-CAP"),  # a batch of one is 33 %
    ("scale_set", S.ScaleSetPolicy(instances="any"), "VMSS-UPGRADED-GATE"),  # fails from N = 2
])
def test_spacer_gives_no_proof_of_a_property_that_fails(model, policy, pid):
    # (Within the engine's bound on Spacer's work: its answer is then None whether it finds the
    # counterexample or runs out; what matters is that it never returns a proof.)
    assert spacer(frame_of(model, policy, pid), time.monotonic() + 600, units=Bounds().spacer_units) is None


def _without_lemma_proof(monkeypatch):
    """The first proof attempt (Houdini over the model's own invariant) finds nothing: Spacer is next."""
    monkeypatch.setattr(strategies, "lemma_proof", lambda task, frame: ProofResult(None, (), "switched off"))


@pytest.mark.parametrize("model, policy, pid", [
    ("cloud_service", SEED_CS, "CS-HEALTH-GATE"),
    ("scale_set", S.ScaleSetPolicy(instances=7), "VMSS-STOP-RULE"),
])
def test_houdini_and_spacer_each_reach_the_same_verdict_without_the_other(monkeypatch, model, policy, pid):
    p = prop(model, pid)
    with monkeypatch.context() as m:
        _without_lemma_proof(m)
        by_spacer = engine.check(policy, p)
    assert isinstance(by_spacer, Proved) and by_spacer.method == engine.SPACER, by_spacer
    monkeypatch.setattr(strategies, "spacer", lambda frame, deadline, units=0: None)
    by_houdini = engine.check(policy, p)
    assert isinstance(by_houdini, Proved) and by_houdini.method == engine.HOUDINI, by_houdini
    assert set(by_houdini.certified_by) == set(by_spacer.certified_by) == {"z3", "cvc5"}


def test_houdini_over_the_models_invariant_goes_first_and_spacer_is_not_asked(monkeypatch):
    """The order measured fastest: where the model's own invariant gives the proof, Spacer never runs."""
    asked = []
    monkeypatch.setattr(strategies, "spacer", lambda frame, deadline, units=0: asked.append(frame.prop.id))
    v = engine.check(SEED_CS, prop("cloud_service", "CS-HEALTH-GATE"))
    assert isinstance(v, Proved) and v.method == engine.HOUDINI and set(v.certified_by) == {"z3", "cvc5"}, v
    assert asked == []


def test_a_spacer_invariant_that_one_solver_rejects_is_no_proof(monkeypatch):
    """Houdini over every lemma takes over when a re-check fails: the verdict still rests on two solvers."""
    p = prop("cloud_service", "CS-VIP-SWAP-NO-ROLLBACK")
    _without_lemma_proof(monkeypatch)
    real = session_module.recheck_cvc5
    rejected = []

    def cvc5_rejecting_spacer(cert, t, take=None):
        if cert.method == "spacer":
            rejected.append(cert)
            return False
        return real(cert, t, take)

    monkeypatch.setattr(session_module, "recheck_cvc5", cvc5_rejecting_spacer)
    verdict = engine.check(SEED_CS, p)
    assert rejected, "Spacer found an invariant for the re-check to reject"
    assert isinstance(verdict, Proved) and verdict.method == engine.HOUDINI


def test_the_invariant_is_printed_in_infix_over_the_state_fields():
    a, b, on = z3.Int("cnt3@p0"), z3.Int("cnt14@p0"), z3.Bool("active@p0")
    assert readable(a + 2 * b <= 5) == "cnt3 + 2·cnt14 ≤ 5"
    assert readable(z3.Implies(on, z3.Not(a == 0))) == "active ⇒ ¬(cnt3 = 0)"
    assert readable(z3.Or(on, b >= 1)) == "active ∨ cnt14 ≥ 1"
    assert readable(z3.And(z3.Or(on, a > 1), a - (b - 1) >= 0)) == "(active ∨ cnt3 > 1) ∧ cnt3 - (cnt14 - 1) ≥ 0"


def test_a_refuted_reach_goal_or_a_proof_by_spacer_says_so_in_the_method(monkeypatch):
    _without_lemma_proof(monkeypatch)
    v = engine.check(SEED_CS, prop("cloud_service", "CS-VIP-SWAP-NO-ROLLBACK"))
    assert isinstance(v, Proved) and v.method == engine.SPACER and v.certificate
    assert not isinstance(v, Refuted)


def test_what_spacer_finds_does_not_depend_on_what_the_process_did_before():
    """Spacer's choices follow the addresses of its own data: asked in this process, the same
    question could be proved after one check and not after another (a run's verdict then depended
    on which checks its worker made first).  Asked in a fresh process from its text, the answer and
    the invariant are the same before any other check, after one, and when asked again."""
    surge = S.ScaleSetPolicy(instances=10, max_surge=True, concurrent_maintenance=False, upgraded_may_fail=True)
    other = attrs.evolve(surge, upgraded_may_fail=False)
    p = prop("scale_set", "VMSS-TERMINAL")
    units = Bounds().spacer_units

    def ask():
        got = spacer(Frame(counting("scale_set"), surge, p), time.monotonic() + 600, units)
        return None if got is None else (got.certificate.lemmas, got.certificate.consecution)

    first = ask()
    engine.check(other, p)  # (the check that, made first, changed the answer)
    assert ask() == first
    assert ask() == first
