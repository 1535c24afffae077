"""What a prover session remembers between checks, the model's own invariant, and how it asks unsat cores.

Everything the solver remembers lives in a ``ProverSession``: two sessions share nothing but the
run's memo they are given, and no solver module keeps state of its own.  A search for the model's
invariant that runs out of time is taken up where it stopped, and ends with the invariant an
uninterrupted search finds.  Sessions in the worker processes of one parallel run share what
they find (``solver.shared.Memo``): a session reads the invariant another one wrote, asks the
solver nothing for it, and proves with the same certificate, and a session that needs one another
worker is searching for waits for it; the run's verdicts are the serial run's.  The unsat cores of a proof are asked in two halves, one in a child process: they are the
same wherever the half ran.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import signal
import time
from pathlib import Path

import attrs
import pytest
import z3

from rollproof.model import cloud_service as cs
from rollproof.model import scale_set as S
from rollproof.model.systems import counting
from rollproof.properties.registry import Kind, properties_for
from rollproof.properties.verdicts import Proved
from rollproof import solver
from rollproof.solver import engine, parallel, prove
from rollproof.solver import session as session_module
from rollproof.solver.parallel import Companion
from rollproof.solver.session import ProverSession
from rollproof.solver.shared import Memo
from rollproof.solver.work import Timeout

CS_POLICY = cs.Policy(roles={"web": 2, "worker": 3}, upgrade_domains=2)
SS_POLICY = S.ScaleSetPolicy(instances=5)


#: An inductive lemma of the cloud service whose proof needs the model's own invariant: nothing is in
#: flight towards a version the walk in progress does not target (CS-ONE-ACTIVE-UPGRADE's state
#: form; the catalog property itself is judged at the step that starts such an instance).
STALE = "T-NOTHING-STALE-IN-FLIGHT"


def prop(model: str, pid: str):
    if pid == STALE:
        p = next(p for p in properties_for(model) if p.id == "CS-ONE-ACTIVE-UPGRADE")
        return attrs.evolve(p, id=STALE, kind=Kind.INV, holds=_nothing_stale, antecedents=())
    return next(p for p in properties_for(model) if p.id == pid)


def _nothing_stale(L, policy, v):
    return v.stale_in_flight == 0


def _counted(monkeypatch) -> list[int]:
    asked = [0]
    real = prove._check

    def check(solver, deadline, *assumptions):
        asked[0] += 1
        return real(solver, deadline, *assumptions)

    monkeypatch.setattr(prove, "_check", check)
    return asked


@pytest.mark.parametrize("model, policy, pid", [
    ("scale_set", SS_POLICY, "VMSS-TERMINAL"),
    ("cloud_service", CS_POLICY, STALE),
])
def test_a_search_for_the_models_invariant_cut_short_is_taken_up_where_it_stopped(monkeypatch, model, policy, pid):
    p = prop(model, pid)
    real = prove._check
    asked = _counted(monkeypatch)
    fresh = ProverSession(policy)
    whole = fresh.base_invariant(fresh.frame(counting(model), policy, p), time.monotonic() + 600)
    full_queries = asked[0]
    assert full_queries > 4
    session = ProverSession(policy)
    # Out of time two queries before the end: nothing is memoised as the invariant, but the
    # lemmas still kept at that point are (they all hold initially).
    asked[0] = 0

    def short(solver, deadline, *assumptions):
        asked[0] += 1
        if asked[0] > full_queries - 2:
            raise Timeout()
        return real(solver, deadline, *assumptions)

    monkeypatch.setattr(prove, "_check", short)
    with pytest.raises(Timeout):
        session.base_invariant(session.frame(counting(model), policy, p), time.monotonic() + 600)
    assert session._base == {} and len(session._base_so_far) == 1
    so_far = next(iter(session._base_so_far.values()))
    assert set(whole) <= set(so_far)  # Houdini only drops lemmas: the answer is still among them
    asked = _counted(monkeypatch)
    again = session.base_invariant(session.frame(counting(model), policy, p), time.monotonic() + 600)
    assert again == whole
    assert asked[0] < full_queries // 2, (asked[0], full_queries)
    assert session._base_so_far == {}


def test_a_session_reads_the_invariant_another_one_found_through_the_memo(tmp_path, monkeypatch):
    p = prop("cloud_service", STALE)
    memo = Memo(tmp_path)
    first = engine.check(CS_POLICY, p, session=ProverSession(CS_POLICY, memo=memo))
    assert isinstance(first, Proved) and first.method == engine.HOUDINI, first
    written = sorted(f.name.split("-")[0] for f in tmp_path.iterdir())
    assert "base" in written, written
    assert not any(f.name.endswith(".tmp") for f in tmp_path.iterdir())

    # Another session of the run (another worker's): nothing remembered in it, the memo shared.
    def no_search(*a, **k):
        raise AssertionError("the model's invariant was searched for again")

    monkeypatch.setattr(session_module, "maximal_inductive", no_search)
    second = engine.check(CS_POLICY, p, session=ProverSession(CS_POLICY, memo=memo))
    assert isinstance(second, Proved) and second.certificate == first.certificate
    assert set(second.certified_by) == {"z3", "cvc5"}


def _objects(session: ProverSession) -> list:
    """Every value a session has built or found (the terms, frames, invariants it remembers)."""
    return [*session._made.values(), *session._base.values(), *session._base_so_far.values()]


def test_two_sessions_share_nothing_but_the_memo_they_are_given(tmp_path):
    """Each session builds its own terms and finds its own invariants; the memo is the one thing
    they share, and only when given it."""
    other = cs.Policy(roles={"web": 3, "worker": 2}, upgrade_domains=2)
    p = prop("cloud_service", STALE)
    a, b = ProverSession(CS_POLICY), ProverSession(other)
    assert isinstance(engine.check(CS_POLICY, p, session=a), Proved)
    assert isinstance(engine.check(other, p, session=b), Proved)
    assert a._made and b._made and a._base and b._base
    mine = {id(x) for x in _objects(a)}
    assert not mine & {id(x) for x in _objects(b)}
    assert not set(a._base) & set(b._base)  # (each found its own policy's invariant only)
    # A third session over the first policy starts from nothing: it searches for the invariant again.
    c = ProverSession(CS_POLICY)
    assert c._made == {} and c.found_base(next(iter(a._base))) is None
    # ... unless given the memo another session wrote to.
    memo = Memo(tmp_path)
    d = ProverSession(CS_POLICY, memo=memo)
    assert isinstance(engine.check(CS_POLICY, p, session=d), Proved)
    e = ProverSession(CS_POLICY, memo=memo)
    key = next(k for k in d._base if k[1] == CS_POLICY)
    frame = d.frame(counting("cloud_service"), CS_POLICY, p)
    assert e.found_base(frame.key, frame.share_key) == d._base[frame.key]
    for s in (a, b, c, d, e):
        s.close()
    assert key


def test_no_solver_module_keeps_state_of_its_own():
    """What the solver remembers is a session's: no module of ``solver`` holds a mutable container
    or a Z3 object at module level (constants are tuples, strings, numbers and frozen mappings)."""
    found = []
    for info in pkgutil.iter_modules([str(Path(solver.__file__).parent)]):
        mod = importlib.import_module(f"rollproof.solver.{info.name}")
        for name, value in vars(mod).items():
            if name.startswith("__"):
                continue
            if isinstance(value, (dict, list, set, bytearray)) or isinstance(value, (z3.AstRef, z3.Context, z3.Solver)):
                found.append(f"rollproof.solver.{info.name}.{name}")
    assert found == []


def test_checks_in_worker_processes_sharing_the_memo_give_the_serial_run_s_verdicts(tmp_path):
    from rollproof import checking
    from rollproof.policyfile import PolicyFile

    pf = PolicyFile(name="small", file="small.toml", model="cloud_service", policy=CS_POLICY)
    ids = ["CS-ROLLBACK-RESTORES", "CS-ONE-ACTIVE-UPGRADE", "CS-LOCKED", "X-INSTANCES-CONSERVED"]
    serial = checking.run([pf], ids, 60.0)
    parallel = checking.run([pf], ids, 60.0, jobs=2)
    assert checking._ACTIVE is None  # the run, its sessions and its memo folder are gone with it

    assert [r.word for r in serial] == ["proved", "proved", "proved", "proved"]  # CS-LOCKED: by construction
    assert [r.word for r in parallel] == [r.word for r in serial]
    assert [getattr(r.verdict, "certificate", None) for r in parallel] == \
        [getattr(r.verdict, "certificate", None) for r in serial]


def test_a_certificate_does_not_depend_on_which_check_came_first():
    """Unsat cores are asked in a Z3 context of their own, so the terms the process built before
    (other properties' checks, in whatever order a worker got them) do not steer them."""
    import z3

    from rollproof.model import cloud_service as cs_model

    policy = cs_model.Policy(roles={"web": 8, "worker": 9})  # the seed's roles
    ids = ["CS-ROLLBACK-RESTORES", "CS-ONE-ACTIVE-UPGRADE", "CS-START-TIMEOUT"]
    runs = []
    for order in (ids, ids[::-1]):
        # Unrelated terms first, as another check would leave behind.
        z3.simplify(z3.And(*[z3.Int(f"noise{i}") >= len(order) for i in range(50)]))
        with ProverSession(policy) as session:
            verdicts = {pid: engine.check(policy, prop("cloud_service", pid), session=session)
                        for pid in order}
        assert all(isinstance(v, Proved) for v in verdicts.values()), verdicts
        runs.append({pid: (v.certificate, v.artifacts) for pid, v in verdicts.items()})
    assert runs[0] == runs[1]


@pytest.mark.parametrize("model, policy, pid", [
    ("cloud_service", CS_POLICY, STALE),
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
    session = ProverSession(policy)
    frame = session.frame(counting(model), policy, prop(model, pid))
    deadline = time.monotonic() + 600
    base = session.base_invariant(frame, deadline)
    known = session.known(frame)
    own = frame.own(frame.pre)[0]
    names = [n for n, _ in frame.cands_pre if n in set(base) | {own}]
    assert prove._one_open(names, own, known) == own
    pre = {n: prove.to_z3(t) for n, t in frame.cands_pre}
    post = {n: prove.to_z3(t) for n, t in frame.cands_post}
    asked: dict = {}
    kept, _ = prove._houdini_with_core(frame, names, own, pre, post, deadline, asked)
    assert kept == prove.maximal_inductive(frame, names, deadline, pre, post, known=known)[0]
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

    def receive(self, deadline=None):
        answer = super().receive(deadline)
        self.answered += 1
        if self.answered == 1:
            os.kill(self._pid, signal.SIGKILL)
        return answer


class _NoChild:
    """No child at all: the asker asks both halves here."""

    alive = False

    def __init__(self, make):
        pass

    def send(self, request):
        return False

    def receive(self, deadline=None):
        return None

    def close(self):
        pass


@pytest.mark.parametrize("pid", [STALE, "CS-ROLLBACK-RESTORES"])
def test_an_askers_answers_are_the_same_whether_its_second_half_runs_in_a_child_or_here(monkeypatch, pid):
    """``prove.Asker`` asks half of the actions in a forked child that keeps its solvers between
    requests: the answers are the same when the child dies after its first answer (its half is
    then built here and asked every request again), and when no child is forked at all.  And they
    are what they claim: every action keeps the property's lemma from its core alone, and the
    closure (``_closure``, in rounds) is inductive by itself."""
    session = ProverSession(CS_POLICY)
    frame = session.frame(counting("cloud_service"), CS_POLICY, prop("cloud_service", pid))
    deadline = time.monotonic() + 600
    base = session.base_invariant(frame, deadline)
    own = frame.own(frame.pre)[0]
    pre = {n: prove.to_z3(t) for n, t in frame.cands_pre}
    post = {n: prove.to_z3(t) for n, t in frame.cands_post}
    pool = [n for n in base if not prove.is_clock(n)] + [own]

    def asked():
        with prove._asker(frame, pool, pre, post) as asker:
            found = asker.ask([pool.index(own)], None, deadline)
            core = [pool[i] for i in sorted(found[0])]
            closed = prove._closure(asker, pool, [own] + [n for n in core if n != own], {own}, deadline)
        return core, closed

    forked = asked()
    monkeypatch.setattr(parallel, "Companion", _DiesAfterOneAnswer)
    died = asked()
    monkeypatch.setattr(parallel, "Companion", _NoChild)
    inline = asked()
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


def test_a_session_waits_for_the_invariant_another_worker_is_searching_for(tmp_path, monkeypatch):
    """Two workers that need the same invariant at once: the second waits for the first's answer
    instead of running the same search beside it on the same cores."""
    import multiprocessing

    p = prop("cloud_service", STALE)
    memo = Memo(tmp_path)
    with ProverSession(CS_POLICY) as s:
        frame = s.frame(counting("cloud_service"), CS_POLICY, p)
        found = s.base_invariant(frame, time.monotonic() + 600)
    ready = multiprocessing.get_context("fork").Event()

    def other_worker() -> None:  # claims the entry, searches a while, writes it
        assert memo.claim("base", frame.share_key)
        ready.set()
        time.sleep(1.0)
        memo.put("base", frame.share_key, found)
        memo.release("base", frame.share_key)

    child = multiprocessing.get_context("fork").Process(target=other_worker)
    child.start()
    assert ready.wait(30)

    def no_search(*a, **k):
        raise AssertionError("the model's invariant was searched for beside the worker searching for it")

    monkeypatch.setattr(session_module, "maximal_inductive", no_search)
    with ProverSession(CS_POLICY, memo=memo) as waiting:
        t0 = time.monotonic()
        assert waiting.base_invariant(waiting.frame(counting("cloud_service"), CS_POLICY, p), time.monotonic() + 600) == found
        assert time.monotonic() - t0 >= 0.5
    child.join()


def test_a_claim_whose_worker_died_is_taken_over_and_a_wait_ends_at_the_deadline(tmp_path):
    import multiprocessing

    memo = Memo(tmp_path)
    child = multiprocessing.get_context("fork").Process(target=lambda: memo.claim("base", "k") or os._exit(1))
    child.start()
    child.join()
    assert child.exitcode == 0
    assert memo.claim("base", "k")  # (its worker is gone without an answer)
    assert memo.claim("base", "k")  # (this process's own claim)
    holder = multiprocessing.get_context("fork").Process(target=lambda: (memo.claim("base", "j"), time.sleep(30)))
    holder.start()
    try:
        deadline = time.monotonic() + 10
        while not memo._path("base", "j").with_suffix(".claim").exists():
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert not memo.claim("base", "j")
        with pytest.raises(Timeout):
            memo.wait("base", "j", time.monotonic() + 0.2)
    finally:
        holder.kill()
        holder.join()
    assert memo.wait("base", "j", time.monotonic() + 10) is None  # (its worker died: search here)
    assert memo.claim("base", "j")
    memo.release("base", "j")
    assert [f.name for f in tmp_path.glob("*.claim")] == [memo._path("base", "k").with_suffix(".claim").name]


def _anew_each_query(frame, names, deadline, pre, post, known=frozenset()):
    """Houdini as first written: a solver made anew for every consecution query (the reference
    ``maximal_inductive``'s solvers kept per action must agree with)."""
    solver = z3.Solver()
    solver.add(frame.init)
    kept = []
    for n in names:
        solver.push()
        solver.add(z3.Not(pre[n]))
        if n in known or solver.check() == z3.unsat:
            kept.append(n)
        solver.pop()
    cases = [(enabled, dict(zip(kept, moved))) for enabled, moved in frame.steps(*(post[n] for n in kept))] if kept else []
    dropped = True
    while dropped and kept:
        dropped = False
        for enabled, after in cases:
            while kept:
                open_ = [n for n in kept if n not in known or not known <= set(kept)]
                if not open_:
                    break
                solver = z3.Solver()
                solver.add(enabled, *(pre[n] for n in kept), z3.Or(*(z3.Not(after[n]) for n in open_)))
                if solver.check() == z3.unsat:
                    break
                m = solver.model()
                kept = [n for n in kept if not z3.is_false(m.eval(after[n], model_completion=True))]
                dropped = True
    return kept


@pytest.mark.parametrize("model, policy, pid", [
    ("cloud_service", CS_POLICY, "CS-ONE-UD"),
    ("cloud_service", cs.Policy(roles={"web": 2}, upgrade_domains=2, concurrent_operations=True,
                                new_code_crashes=True), "CS-ROLE-AVAILABLE"),
    ("cloud_service", cs.Policy(roles={"web": "any", "worker": 2}, upgrade_domains=2), "X-INSTANCES-CONSERVED"),
    ("scale_set", SS_POLICY, "VMSS-HEALTH-CAP"),
    ("scale_set", S.ScaleSetPolicy(instances="any"), "VMSS-BATCH-CAP"),
    ("scale_set", S.ScaleSetPolicy(instances=4, max_surge=True), "VMSS-TERMINAL"),
])
def test_the_models_invariant_is_the_one_a_solver_made_anew_for_each_query_finds(model, policy, pid):
    """``maximal_inductive`` keeps a solver per action from one query to the next: it keeps the same
    lemmas, in the same order, as Houdini asking each query of a new solver, over every candidate
    and with some lemmas given as known (not asked about: ``ProverSession.known``)."""
    session = ProverSession(policy)
    frame = session.frame(counting(model), policy, prop(model, pid))
    deadline = time.monotonic() + 600
    pre = {n: prove.to_z3(t) for n, t in frame.cands_pre}
    post = {n: prove.to_z3(t) for n, t in frame.cands_post}
    names = [n for n, _ in frame.cands_pre]
    kept, _ = prove.maximal_inductive(frame, names, deadline, pre, post)
    assert kept == _anew_each_query(frame, names, deadline, pre, post)
    assert 0 < len(kept) < len(names)  # (something dropped, something kept: the comparison says something)
    # Known lemmas (half of the invariant): the same answer, and the known ones are all kept.
    known = frozenset(kept[::2])
    again, _ = prove.maximal_inductive(frame, names, deadline, pre, post, known=known)
    assert again == kept == _anew_each_query(frame, names, deadline, pre, post, known=known)
    session.close()


def _helpers_fork() -> bool:
    return parallel.FORK_HELPERS


def test_workers_that_keep_every_core_busy_fork_no_helpers_and_prove_the_same(tmp_path):
    """A run over as many workers as cores turns the forked helpers off in its workers (a proof's
    re-check and its unsat cores are then asked in the worker itself), and back on after it; a
    proof made with no helper forked has the same verdict, certificate and re-checks."""
    from rollproof import checking
    from rollproof.policyfile import PolicyFile

    jobs = checking.default_jobs()
    assert parallel.FORK_HELPERS
    if jobs > 1:
        assert checking.pool_map([_helpers_fork] * (2 * jobs), jobs) == [False] * (2 * jobs)
    assert checking.pool_map([_helpers_fork] * 3, 1) == [True] * 3  # (in this process: a core may be idle)
    assert parallel.FORK_HELPERS

    pf = PolicyFile(name="small", file="small.toml", model="cloud_service", policy=CS_POLICY)
    ids = ["CS-ROLLBACK-RESTORES", "X-INSTANCES-CONSERVED"]
    forked = checking.run([pf], ids, 60.0)
    try:
        parallel.FORK_HELPERS = False
        here = checking.run([pf], ids, 60.0)
    finally:
        parallel.FORK_HELPERS = True
    assert [r.label for r in forked] == [r.label for r in here] == ["proved", "proved"]
    for a, b in zip(forked, here):
        assert a.verdict.certificate == b.verdict.certificate
        assert a.verdict.certified_by == b.verdict.certified_by == ("z3", "cvc5")
