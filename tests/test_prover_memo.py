"""What the prover remembers between checks, the model's own invariant, and how it asks unsat cores.

A search for the model's invariant that runs out of time is taken up where it stopped, and ends
with the invariant an uninterrupted search finds.  Worker processes of one parallel run share what
they find (``solver.shared``): a worker reads the invariant another one wrote, asks the solver
nothing for it, and proves with the same certificate; the run's verdicts are the serial run's.
The unsat cores of a proof are asked in two halves, one in a child process: they are the same
wherever the half ran.
"""

from __future__ import annotations

import os
import signal
import time

import pytest
import z3

from model import cloud_service as cs
from model import scale_set as S
from model.systems import counting
from properties.registry import properties_for
from properties.verdicts import Proved
from solver import engine, prove, shared
from solver.parallel import Companion
from solver.prove import Frame, Timeout

CS_POLICY = cs.Policy(roles={"web": 2, "worker": 3}, upgrade_domains=2)
SS_POLICY = S.ScaleSetPolicy(instances=5)


def prop(model: str, pid: str):
    return next(p for p in properties_for(model) if p.id == pid)


def _forget() -> None:
    for fn in (engine._base_invariant, engine._lemma_proof, engine._spacer_proof):
        fn.cache_clear()


def _counted(monkeypatch) -> list[int]:
    asked = [0]
    real = prove._check

    def check(solver, deadline):
        asked[0] += 1
        return real(solver, deadline)

    monkeypatch.setattr(prove, "_check", check)
    return asked


@pytest.mark.parametrize("model, policy, pid", [
    ("scale_set", SS_POLICY, "VMSS-TERMINAL"),
    ("cloud_service", CS_POLICY, "CS-ONE-ACTIVE-UPGRADE"),
])
def test_a_search_for_the_models_invariant_cut_short_is_taken_up_where_it_stopped(monkeypatch, model, policy, pid):
    p = prop(model, pid)
    _forget()
    real = prove._check
    asked = _counted(monkeypatch)
    whole = engine._base_invariant(Frame(counting(model), policy, p), time.monotonic() + 120)
    full_queries = asked[0]
    assert full_queries > 4
    _forget()
    # Out of time two queries before the end: nothing is memoised as the invariant, but the
    # lemmas still kept at that point are (they all hold initially).
    asked[0] = 0

    def short(solver, deadline):
        asked[0] += 1
        if asked[0] > full_queries - 2:
            raise Timeout()
        return real(solver, deadline)

    monkeypatch.setattr(prove, "_check", short)
    with pytest.raises(Timeout):
        engine._base_invariant(Frame(counting(model), policy, p), time.monotonic() + 120)
    assert engine._BASE == {} and len(engine._BASE_SO_FAR) == 1
    so_far = next(iter(engine._BASE_SO_FAR.values()))
    assert set(whole) <= set(so_far)  # Houdini only drops lemmas: the answer is still among them
    asked = _counted(monkeypatch)
    again = engine._base_invariant(Frame(counting(model), policy, p), time.monotonic() + 120)
    assert again == whole
    assert asked[0] < full_queries // 2, (asked[0], full_queries)
    assert engine._BASE_SO_FAR == {}
    _forget()


def test_a_worker_reads_the_invariant_another_one_found(tmp_path, monkeypatch):
    p = prop("cloud_service", "CS-ONE-ACTIVE-UPGRADE")
    _forget()
    shared.use(tmp_path)
    try:
        first = engine.check(CS_POLICY, p, timeout=60)
        assert isinstance(first, Proved) and first.method == engine.HOUDINI, first
        written = sorted(f.name.split("-")[0] for f in tmp_path.iterdir())
        assert "base" in written, written
        assert not any(f.name.endswith(".tmp") for f in tmp_path.iterdir())
        # Another process of the run: nothing memoised in it, the folder shared.
        _forget()

        def no_search(*a, **k):
            raise AssertionError("the model's invariant was searched for again")

        monkeypatch.setattr(engine, "maximal_inductive", no_search)
        second = engine.check(CS_POLICY, p, timeout=60)
        assert isinstance(second, Proved) and second.certificate == first.certificate
        assert set(second.certified_by) == {"z3", "cvc5"}
    finally:
        shared.use(None)
        _forget()


def test_checks_in_worker_processes_sharing_the_memo_give_the_serial_run_s_verdicts(tmp_path):
    from rollproof import checking
    from rollproof.policyfile import PolicyFile

    pf = PolicyFile(name="small", file="small.toml", model="cloud_service", policy=CS_POLICY)
    ids = ["CS-ROLLBACK-RESTORES", "CS-ONE-ACTIVE-UPGRADE", "CS-LOCKED", "X-INSTANCES-CONSERVED"]
    _forget()
    serial = checking.run([pf], ids, 60.0)
    _forget()
    parallel = checking.run([pf], ids, 60.0, jobs=2)
    assert shared._FOLDER is None  # the run's folder is gone with it

    assert [r.word for r in serial] == ["proved", "proved", "proved", "proved"]  # CS-LOCKED: by construction
    assert [r.word for r in parallel] == [r.word for r in serial]
    assert [getattr(r.verdict, "certificate", None) for r in parallel] == \
        [getattr(r.verdict, "certificate", None) for r in serial]


def test_a_certificate_does_not_depend_on_which_check_came_first():
    """Unsat cores are asked in a Z3 context of their own, so the terms the process built before
    (other properties' checks, in whatever order a worker got them) do not steer them."""
    import z3

    from model import cloud_service as cs_model

    policy = cs_model.Policy(roles={"web": 8, "worker": 9})  # the seed's roles
    ids = ["CS-ROLLBACK-RESTORES", "CS-ONE-ACTIVE-UPGRADE", "CS-START-TIMEOUT"]
    runs = []
    for order in (ids, ids[::-1]):
        _forget()
        # Unrelated terms first, as another check would leave behind.
        z3.simplify(z3.And(*[z3.Int(f"noise{i}") >= len(order) for i in range(50)]))
        verdicts = {pid: engine.check(policy, prop("cloud_service", pid), timeout=120) for pid in order}
        assert all(isinstance(v, Proved) for v in verdicts.values()), verdicts
        runs.append({pid: (v.certificate, v.artifacts) for pid, v in verdicts.items()})
    assert runs[0] == runs[1]
    _forget()


@pytest.mark.parametrize("model, policy, pid", [
    ("cloud_service", CS_POLICY, "CS-ONE-ACTIVE-UPGRADE"),
    ("cloud_service", CS_POLICY, "CS-ROLLBACK-RESTORES"),
    ("cloud_service", CS_POLICY, "CS-ONE-UD"),  # refuted: its lemma is not preserved
    ("cloud_service", cs.Policy(roles={"web": "any", "worker": 2}, upgrade_domains=2), "X-INSTANCES-CONSERVED"),
    ("scale_set", SS_POLICY, "VMSS-BATCH-CAP"),
    ("scale_set", SS_POLICY, "VMSS-HEALTH-CAP"),  # refuted under the seed defaults
])
def test_houdini_asked_once_with_marks_keeps_what_houdini_keeps_and_the_core_is_the_cores(model, policy, pid):
    """With the model's invariant known, the property's lemma is the one open: Houdini's queries for
    it are its core's queries, asked once (``prove._houdini_with_core``).  That keeps exactly the
    lemmas ``maximal_inductive`` keeps, and the core it remembers is the one ``_core`` gives."""
    _forget()
    frame = Frame(counting(model), policy, prop(model, pid))
    deadline = time.monotonic() + 120
    base = engine._base_invariant(frame, deadline)
    own = frame.own(frame.pre)[0]
    names = [n for n, _ in frame.cands_pre if n in set(base) | {own}]
    assert prove._one_open(frame, names, own) == own
    pre = {n: prove.to_z3(t) for n, t in frame.cands_pre}
    post = {n: prove.to_z3(t) for n, t in frame.cands_post}
    asked: dict = {}
    kept, _ = prove._houdini_with_core(frame, names, own, pre, post, deadline, asked)
    assert kept == prove.maximal_inductive(frame, names, deadline, pre, post)[0]
    pool = [n for n in names if not prove.is_clock(n)]
    expected = prove._core(frame, pool, pre, post[own], deadline)
    if own in kept:
        assert expected is not None and asked == {own: tuple(expected)}
    else:  # dropped: it does not hold initially, or a step breaks it
        initially = z3.Solver()
        initially.add(frame.init, z3.Not(pre[own]))
        assert asked == {} and (expected is None or initially.check() == z3.sat)


class _DiesAfterOneAnswer(Companion):
    """A child that is killed once it has answered its first request."""

    answered = 0

    def receive(self):
        answer = super().receive()
        self.answered += 1
        if self.answered == 1:
            os.kill(self._pid, signal.SIGKILL)
        return answer


class _NoChild:
    """No child at all: the asker asks both halves here."""

    def __init__(self, make):
        pass

    def send(self, request):
        return False

    def receive(self):
        return None

    def close(self):
        pass


@pytest.mark.parametrize("pid", ["CS-ONE-ACTIVE-UPGRADE", "CS-ROLLBACK-RESTORES"])
def test_an_askers_answers_are_the_same_whether_its_second_half_runs_in_a_child_or_here(monkeypatch, pid):
    """``prove.Asker`` asks half of the actions in a forked child that keeps its solvers between
    requests: the answers are the same when the child dies after its first answer (its half is
    then built here and asked every request again), and when no child is forked at all.  And they
    are what they claim: every action keeps the property's lemma from its core alone, and the
    closure (``_closure``, in rounds) is inductive by itself."""
    _forget()
    frame = Frame(counting("cloud_service"), CS_POLICY, prop("cloud_service", pid))
    deadline = time.monotonic() + 120
    base = engine._base_invariant(frame, deadline)
    own = frame.own(frame.pre)[0]
    pre = {n: prove.to_z3(t) for n, t in frame.cands_pre}
    post = {n: prove.to_z3(t) for n, t in frame.cands_post}
    pool = [n for n in base if not prove.is_clock(n)] + [own]

    def session():
        with prove._asker(frame, pool, pre, post) as asker:
            found = asker.ask([pool.index(own)], None, deadline)
            core = [pool[i] for i in sorted(found[0])]
            closed = prove._closure(asker, pool, [own] + [n for n in core if n != own], {own}, deadline)
        return core, closed

    forked = session()
    monkeypatch.setattr(prove, "Companion", _DiesAfterOneAnswer)
    died = session()
    monkeypatch.setattr(prove, "Companion", _NoChild)
    inline = session()
    assert forked == died == inline
    core, closed = forked
    assert len(closed) >= len(core) > 1
    if pid == "CS-ROLLBACK-RESTORES":  # more rounds than one: the requests after the first count
        assert len(closed) > len(core)
    for enabled, (after,) in frame.steps(post[own]):
        s = z3.Solver()
        s.add(enabled, *(pre[n] for n in core), z3.Not(after))
        assert s.check() == z3.unsat
    for enabled, after in frame.steps(*(post[n] for n in closed)):
        s = z3.Solver()
        s.add(enabled, *(pre[n] for n in closed), z3.Not(z3.And(*after)))
        assert s.check() == z3.unsat
