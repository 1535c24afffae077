"""The engines agree: what the prover proves the fuzzer never breaks; what BMC refutes replays, and
no fuzzer counterexample is shorter than BMC's.

For random small scale-set policies (N 1…6, every switch), ``solver.engine.check`` gives a verdict
and a Hypothesis search over runs of the per-instance model (the registry's predicates, shrunk by
``hypothesis.find``) looks for a violation (or, for ``reach``, the goal).  Parametric refutations
name the smallest failing N; certificates are re-checked from their SMT-LIB files by Z3 and cvc5,
each parsing the file itself, and broken certificates are rejected.  A larger sweep is ``deep``.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
import z3
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from rollproof.model import scale_set as S
from rollproof.model import scale_set_counts as C
from rollproof.model.core import Trace
from rollproof.properties.registry import Kind, Property, properties_for
from rollproof.properties.verdicts import Proved, Refuted, Unknown
from rollproof.solver import bmc, engine
from rollproof.solver import session as session_module
from rollproof.solver.decode import first_hit
from rollproof.solver.prove import Certificate, Frame, certificate, houdini, maximal_inductive
from rollproof.solver.recheck import recheck_cvc5, recheck_z3
from rollproof.solver.session import ProverSession
from rollproof.solver.symbolic import to_z3

from scale_set_fuzz import first_violation, goal_reached, policies, runs

M = "scale_set"
TIMEOUT = 60.0  # the safety cap of an engine check in the fast profile (the checks are bounded by work)
SWEEP = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))
SEARCH = settings(max_examples=100, deadline=None, database=None, suppress_health_check=list(HealthCheck),
                  phases=[Phase.generate, Phase.shrink])

CHECKED = [p for p in properties_for(M) if p.kind != Kind.CHECK]


@pytest.fixture
def deep_only(request):
    """Run a ``deep`` test only when ``-m`` names the marker (the default run stays fast)."""
    if "deep" not in (request.config.getoption("-m") or ""):
        pytest.skip("deep sweep: run with -m deep (and --hypothesis-profile=deep)")


# --------------------------------------------------------------------------------------------
# The fuzzer's side


def fuzz(policy: S.ScaleSetPolicy, p: Property, search: settings = SEARCH) -> Trace | None:
    """The fuzzer's shrunk counterexample (or, for ``reach``, witness) of ``p``; None if none found."""
    try:
        if p.kind == Kind.REACH:
            sick = 1 if p.start is not None else None
            return find(runs(policy, max_steps=30, sick=sick, allowed=p.allowed),
                        lambda t: goal_reached(p, t) is not None, settings=search)
        return find(runs(policy, max_steps=30, allowed=p.allowed, until=p),
                    lambda t: first_violation(p, t) is not None, settings=search)
    except NoSuchExample:
        return None


def hit_at(p: Property, trace: Trace) -> int:
    return goal_reached(p, trace) if p.kind == Kind.REACH else first_violation(p, trace)


def replays(policy: Any, p: Property, trace: Trace) -> int | None:
    """Replay an engine trace through the per-instance model from scratch; the step it hits ``p`` at."""
    again = S.replay(trace.policy, trace.init, trace.actions)
    assert all(step.refused is None for step in again.steps), "a solver trace step is refused on replay"
    assert again.states == trace.states
    return first_hit(M, trace.policy, p, again)


def agree(policy: S.ScaleSetPolicy, p: Property, verdict: Any, search: settings = SEARCH) -> str:
    """Assert that ``verdict`` and the fuzzer agree on ``p`` under ``policy``; returns what happened."""
    found = fuzz(policy, p, search)
    k = None if found is None else hit_at(p, found)
    if p.kind == Kind.REACH:
        if isinstance(verdict, Refuted):  # the goal is unreachable, by an inductive invariant
            assert found is None, f"{p.id}: proved unreachable, yet the fuzzer reached it in {k} steps"
        elif isinstance(verdict, Proved):  # a shortest witness
            assert replays(policy, p, verdict.trace) == verdict.scope.depth
            assert k is None or k >= verdict.scope.depth, f"{p.id}: fuzzer witness of {k} < BMC's {verdict.scope.depth}"
    elif isinstance(verdict, Proved):
        assert found is None, f"{p.id}: proved, yet the fuzzer violates it at step {k}"
    elif isinstance(verdict, Refuted):
        assert replays(policy, p, verdict.trace) == verdict.scope.depth
        assert k is None or k >= verdict.scope.depth, f"{p.id}: fuzzer counterexample of {k} < BMC's {verdict.scope.depth}"
    elif isinstance(verdict, Unknown) and verdict.scope is not None and verdict.scope.depth is not None:
        # Every depth up to the one searched was unsatisfiable: nothing shorter may exist.
        assert k is None or k > verdict.scope.depth, f"{p.id}: BMC searched {verdict.scope.depth} steps, fuzzer hit at {k}"
    return f"{p.id}: {verdict.verdict}, fuzzer {'none' if k is None else k}"


def applicable(policy: Any) -> list[Property]:
    return [p for p in CHECKED if p.applies(policy)]


@st.composite
def policy_and_property(draw, max_instances: int = 6):
    policy = draw(policies(max_instances=max_instances, max_uds=3), label="policy")
    p = draw(st.sampled_from(applicable(policy)), label="property")
    return policy, p


@settings(SWEEP, max_examples=6)
@given(policy_and_property())
def test_the_engine_and_the_fuzzer_agree_on_random_small_policies(case):
    policy, p = case
    verdict = engine.check(policy, p, timeout=TIMEOUT)
    agree(policy, p, verdict)


@pytest.mark.deep
@settings(SWEEP, max_examples=150)
@given(policy_and_property(max_instances=8))
def test_the_engines_agree_across_a_larger_sweep(deep_only, case):
    policy, p = case
    verdict = engine.check(policy, p)
    agree(policy, p, verdict, settings(SEARCH, max_examples=2000))


def test_the_fuzzer_finds_no_shorter_counterexample_than_bmc_on_the_seed_refutations():
    """The fuzzer's shrunk trace against BMC's minimum, where a short one exists (N = 5)."""
    policy = S.ScaleSetPolicy(instances=5)
    seen = {}
    for pid in ("VMSS-HEALTH-CAP", "VMSS-AVAILABILITY", "VMSS-PRECHECK"):
        p = next(q for q in CHECKED if q.id == pid)
        verdict = engine.check(policy, p)
        assert isinstance(verdict, Refuted), verdict
        found = fuzz(policy, p, settings(SEARCH, max_examples=400))
        assert found is not None, f"{pid}: the fuzzer found no violation of a refuted property"
        seen[pid] = (verdict.scope.depth, hit_at(p, found))
        assert seen[pid][1] >= seen[pid][0], seen
    print(seen)


# --------------------------------------------------------------------------------------------
# Parametric refutations


PARAMETRIC = ("VMSS-UPGRADED-GATE", "VMSS-HEALTH-CAP", "VMSS-PRECHECK", "VMSS-AVAILABILITY", "VMSS-COMPLETES")


def check_parametric(policy: S.ScaleSetPolicy, p: Property, timeout: float) -> Any:
    """The engine's parametric verdict, its smallest N and replay checked independently."""
    verdict = engine.check(policy, p, timeout=timeout)
    if not isinstance(verdict, Refuted):
        return verdict  # proved for every N, or out of time: the agreement sweep covers those
    n, depth = verdict.scope.instances, verdict.scope.depth
    assert isinstance(n, int) and n >= 1
    concrete = policy.with_instances(n)
    assert verdict.trace.policy.instances == n and len(verdict.trace.init.instances) == n
    assert replays(concrete, p, verdict.trace) == depth
    deadline = time.monotonic() + timeout
    # At N itself the shortest counterexample has the reported depth ...
    at_n = bmc.search(C, concrete, p, max_depth=depth, deadline=deadline)
    assert isinstance(at_n, bmc.Hit) and at_n.depth == depth, at_n
    # ... and when the engine calls N the smallest, every smaller N is proved, checked afresh.
    if "every smaller N proved" in verdict.method:
        for m in range(1, n):
            smaller = engine.check(policy.with_instances(m), p, timeout=timeout)
            assert isinstance(smaller, Proved), f"{p.id}: N = {m} < {n} is {smaller.verdict}"
    return verdict


def test_the_seed_parametric_upgraded_gate_fails_first_at_two_instances():
    policy = S.ScaleSetPolicy(instances="any")
    p = next(q for q in CHECKED if q.id == "VMSS-UPGRADED-GATE")
    verdict = check_parametric(policy, p, timeout=engine.DEFAULT_TIMEOUT)
    assert isinstance(verdict, Refuted) and verdict.scope.instances == 2, verdict
    assert "every smaller N proved" in verdict.method


def test_a_parametric_refutation_with_an_undecided_smaller_n_does_not_claim_the_smallest(monkeypatch):
    """Simulate N = 1 left undecided: the N found is not claimed to be the smallest."""
    real = engine.schedule

    def schedule(task, plan, facts=None):
        if task.policy.instances == 1:
            return engine.Unknown("undecided (simulated)", engine.Scope(1), "", 0.0)
        return real(task, plan, facts)

    monkeypatch.setattr(engine, "schedule", schedule)
    policy = S.ScaleSetPolicy(instances="any")
    p = next(q for q in CHECKED if q.id == "VMSS-UPGRADED-GATE")
    verdict = engine.check(policy, p, max_depth=40)
    assert isinstance(verdict, Refuted), verdict
    assert verdict.scope.instances == 2
    assert "smallest" not in verdict.method and "undecided" in verdict.method
    assert verdict.holds_for is None
    assert any("undecided for N in {1" in x for x in verdict.notes), verdict.notes


@pytest.mark.deep
@settings(SWEEP, max_examples=30)
@given(policy=policies(max_instances=6, max_uds=3), pid=st.sampled_from(PARAMETRIC))
def test_parametric_refutations_name_the_smallest_n_across_a_sweep(deep_only, policy, pid):
    p = next(q for q in CHECKED if q.id == pid)
    if p.applies(policy):
        check_parametric(attrs.evolve(policy, instances="any", initial_unhealthy="within_cap"), p, timeout=engine.DEFAULT_TIMEOUT)


# --------------------------------------------------------------------------------------------
# Certificates


def z3_answers(path: Path) -> str:
    """What Z3 answers to the file run as a script, as a reviewer would run it: "unsat" if every
    check-sat in it is answered unsat, else the answers."""
    ctx = z3.Context()
    z3.Z3_eval_smtlib2_string(ctx.ref(), "(set-option :timeout 30000)")
    out = z3.Z3_eval_smtlib2_string(ctx.ref(), path.read_text())
    return _every(out.split())


def cvc5_answers(path: Path) -> str:
    """The same with cvc5 (its parser runs each command of the file in turn)."""
    import cvc5

    tm = cvc5.TermManager()
    s = cvc5.Solver(tm)
    s.setOption("tlimit-per", "30000")  # (the logic is the file's, ALL if it sets none)
    parser = cvc5.InputParser(s)
    parser.setFileInput(cvc5.InputLanguage.SMT_LIB_2_6, str(path))
    sm = parser.getSymbolManager()
    answers = []
    while True:
        cmd = parser.nextCommand()
        if cmd.isNull():
            break
        out = cmd.invoke(s, sm)
        if out.strip():
            answers.append(out.strip())
    return _every(answers)


def _every(answers: list[str]) -> str:
    return "unsat" if answers and all(a == "unsat" for a in answers) else " ".join(answers) or "no answer"


def written(files: tuple[tuple[str, str], ...], folder: Path) -> list[Path]:
    out = []
    for name, text in files:
        path = folder / name
        path.write_text(text)
        out.append(path)
    return out


@settings(SWEEP, max_examples=6)
@given(policy_and_property())
def test_every_certificate_file_is_unsat_in_z3_and_in_cvc5_each_parsing_it(tmp_path_factory, case):
    policy, p = case
    verdict = engine.check(policy, p, timeout=TIMEOUT)
    if not getattr(verdict, "artifacts", ()):
        return  # no certificate (refuted by a trace, unknown, or a table check)
    assert set(verdict.certified_by) == {"z3", "cvc5"}
    paths = written(verdict.artifacts, tmp_path_factory.mktemp("cert"))
    assert sorted(x.name.rsplit(".", 2)[1] for x in paths) == ["consecution", "initiation", "safety"]
    for path in paths:
        assert z3_answers(path) == "unsat", path.name
        assert cvc5_answers(path) == "unsat", path.name


def tampered(frame: Frame, names: list[str], *, drop: str | None = None, negate: str | None = None) -> Certificate:
    """The certificate over ``names`` with one lemma dropped or negated (obligations rebuilt from the frame)."""
    pre = {n: to_z3(t) for n, t in frame.cands_pre}
    post = {n: to_z3(t) for n, t in frame.cands_post}

    def lemma(side, n):
        return z3.Not(side[n]) if n == negate else side[n]

    kept = [n for n in names if n != drop]
    inv_pre = z3.And(*(lemma(pre, n) for n in kept)) if kept else z3.BoolVal(True)
    inv_post = z3.And(*(lemma(post, n) for n in kept)) if kept else z3.BoolVal(True)
    bad = []
    own = frame.own(frame.pre)
    if own is not None:
        bad.append(z3.Not(to_z3(own[1])))
    consecution, bad_steps = frame.broken_by_a_step(inv_post, frame.step_obligation())
    return certificate(frame, tuple(kept), inv_pre, consecution, bad + bad_steps)


def rejected_by_both(cert: Certificate, folder: Path) -> bool:
    """Both re-checkers (the engine's, alone and sharing the work between two processes, and each
    solver parsing the files) refuse the certificate."""
    paths = written(cert.files("broken"), folder)
    by_files_z3 = any(z3_answers(x) != "unsat" for x in paths)
    by_files_cvc5 = any(cvc5_answers(x) != "unsat" for x in paths)
    with ProverSession() as session:
        both = session.recheck(cert, time.monotonic() + 600)
    return by_files_z3 and by_files_cvc5 and not recheck_z3(cert, 30) and not recheck_cvc5(cert, 30) and both == ()


def proof(policy: Any, pid: str) -> tuple[Frame, list[str]]:
    p = next(q for q in CHECKED if q.id == pid)
    frame = Frame(C, policy, p)
    result = houdini(frame, time.monotonic() + 600)
    assert result.certificate is not None, f"{pid} is not proved under {policy}"
    return frame, list(result.certificate.lemmas)


@pytest.mark.parametrize("pid, n", [("VMSS-PROGRESS-COUNTS", 10), ("X-INSTANCES-CONSERVED", 10),
                                     ("VMSS-COMPLETES", 3)])
def test_a_certificate_with_the_propertys_lemmas_dropped_is_rejected(tmp_path, pid, n):
    """The genuine certificate passes; with its lemmas dropped (the property's own among them) it fails.

    Dropping only the property's own lemma is not enough to break a certificate in general: the
    inductive core may keep lemmas that imply it (and the core changes as the prover does).
    """
    frame, names = proof(S.ScaleSetPolicy(instances=n), pid)
    assert not rejected_by_both(tampered(frame, names), tmp_path)
    own = frame.own(frame.pre)[0]
    assert rejected_by_both(tampered(frame, [x for x in names if x == own], drop=own), tmp_path)


@settings(SWEEP, max_examples=4)
@given(policy=policies(max_instances=6, max_uds=3),
       pid=st.sampled_from(["VMSS-PROGRESS-COUNTS", "VMSS-NO-DOWNGRADE", "VMSS-CANCEL", "VMSS-STOP-RULE",
                            "VMSS-DATA-DISKS", "X-INSTANCES-CONSERVED"]),
       pick=st.integers(0, 10**6))
def test_a_certificate_with_a_negated_lemma_is_rejected(tmp_path_factory, policy, pid, pick):
    """Every kept lemma holds initially, so its negation fails initiation (the initial states exist)."""
    p = next(q for q in CHECKED if q.id == pid)
    frame = Frame(C, policy, p)
    result = houdini(frame, time.monotonic() + 600)
    if result.certificate is None or not result.certificate.lemmas:
        return
    names = list(result.certificate.lemmas)
    assert rejected_by_both(tampered(frame, names, negate=names[pick % len(names)]), tmp_path_factory.mktemp("neg"))


def test_a_parametric_region_comes_from_a_certified_proof_over_the_larger_n():
    """VMSS-BATCH-CAP fails for N = 1..4 (a batch of one is over 20 %) and holds from N = 5 on:
    the region is the smallest-N search plus one proof restricted to N ≥ 5."""
    p = next(q for q in CHECKED if q.id == "VMSS-BATCH-CAP")
    verdict = engine.check(S.ScaleSetPolicy(instances="any"), p)
    assert isinstance(verdict, Refuted) and verdict.scope.instances == 1, verdict
    assert verdict.holds_for == "N >= 5", verdict.notes
    assert "holds for every N >= 5: a parametric proof over those N" in verdict.notes


def test_no_region_is_claimed_when_the_second_solver_does_not_confirm_its_proof(monkeypatch):
    p = next(q for q in CHECKED if q.id == "VMSS-BATCH-CAP")
    monkeypatch.setattr(session_module, "recheck_cvc5", lambda cert, timeout, take=None: False)
    verdict = engine.check(S.ScaleSetPolicy(instances="any"), p)
    assert isinstance(verdict, Refuted) and verdict.scope.instances == 1, verdict
    assert verdict.holds_for is None, verdict.notes
    assert not any("parametric proof" in x for x in verdict.notes)


def test_sizes_below_the_first_witness_are_settled_by_range_proofs_each_confirmed_size_by_size():
    """VMSS-ONE-UNHEALTHY-TOLERATED is first witnessed at N = 5.  The sizes below, where its goal
    is unreachable, are covered by certified proofs over ranges (a ≤ N ≤ b) rather than one by
    one; each is confirmed here by a concrete check of its own.  Over every size the promise fails,
    first at N = 1."""
    p = next(q for q in CHECKED if q.id == "VMSS-ONE-UNHEALTHY-TOLERATED")
    seen: list[str] = []
    real = engine._proof

    def prove(task, extra, full=True):
        seen.append(extra.text)
        return real(task, extra, full)

    mp = pytest.MonkeyPatch()
    mp.setattr(engine, "_proof", prove)
    try:
        verdict = engine.check(S.ScaleSetPolicy(instances="any"), p)
    finally:
        mp.undo()
    assert isinstance(verdict, Refuted) and verdict.scope.instances == 1 and verdict.trace is None, verdict
    assert "reached at N = 5" in verdict.method and verdict.certificate
    assert "the goal is unreachable for N in {1, 2, 3, 4}" in verdict.notes
    assert any(re.fullmatch(r"\d+ ≤ N ≤ \d+", t) for t in seen), seen  # a range proof was used
    for m in range(1, 5):
        assert isinstance(engine.check(S.ScaleSetPolicy(instances=m), p), Refuted), m


@pytest.mark.parametrize("pid, instances, extra", [
    ("VMSS-COMPLETES", 5, None),                        # a step restriction
    ("VMSS-COMPLETES", "any", engine._between(2, 3)),   # and a region
    ("VMSS-PROGRESS-COUNTS", "any", engine._at_least(5)),
])
def test_a_restricted_frame_reusing_the_unrestricted_invariant_finds_the_same_invariant(pid, instances, extra):
    """Lemmas inductive for every step from every initial state stay inductive with fewer steps or
    fewer initial states: Houdini may skip them, and must end where it ends without the shortcut."""
    policy = S.ScaleSetPolicy(instances=instances)
    session = ProverSession(policy)
    unrestricted = session.frame(C, policy, next(q for q in CHECKED if q.id == "VMSS-DATA-DISKS"))
    deadline = time.monotonic() + 600
    session.base_invariant(unrestricted, deadline)
    frame = session.frame(C, policy, next(q for q in CHECKED if q.id == pid), extra)
    assert frame.parent_key == unrestricted.key != frame.key
    known = session.known(frame)  # (the unrestricted frame's invariant: no query)
    with_known = session.base_invariant(frame, deadline)
    assert known and known <= set(with_known)
    fresh = Frame(C, policy, next(q for q in CHECKED if q.id == pid), extra)
    own = fresh.own(fresh.pre)
    names = [n for n, _ in fresh.cands_pre if not own or n != own[0]]
    assert tuple(maximal_inductive(fresh, names, deadline)[0]) == with_known
