"""The run a BMC counterexample shows depends on the question alone, and so does the work it takes.

A model Z3 finds in the process's main context depends on term ids, which follow everything the
process built before: which checks ran first, which worker of a parallel run got the check, and
which invariant (if any) pruned the query.  A BMC query is therefore asked in a Z3 context of its
own by a fixed pipeline of tactics (``bmc.ask``), and a hit found over another invariant than the
model's own is asked again over it: regenerating REPORT.md shows the same runs.  The solver work a
query takes (Z3's resource count), which bounds a search, is the same whatever came before.
"""

from __future__ import annotations

import time

import pytest
import z3

from rollproof.model import scale_set as S
from rollproof.model.systems import counting
from rollproof.properties.registry import properties_for
from rollproof.properties.verdicts import Refuted
from rollproof.solver import bmc, engine
from rollproof.solver.decode import decode
from rollproof.solver.session import ProverSession
from rollproof.solver.work import Account, Timeout

POLICY = S.ScaleSetPolicy(instances=10)
C = counting("scale_set")


def prop(pid: str):
    return next(p for p in properties_for("scale_set") if p.id == pid)


def _history() -> None:
    """Terms and queries a process may have made before a check (other checks, other models)."""
    xs = [z3.Int(f"h{i}") for i in range(300)]
    s = z3.Solver()
    s.add(z3.Sum(*xs) == 977, *(x >= i % 7 for i, x in enumerate(xs)))
    assert s.check() == z3.sat
    for q in properties_for("scale_set")[::-1][:4]:
        engine.check(POLICY, q)


def test_a_counterexample_is_the_same_run_whatever_the_process_did_before():
    p = prop("VMSS-PRECHECK")
    first = engine.check(POLICY, p)
    assert isinstance(first, Refuted)
    _history()
    again = engine.check(POLICY, p)
    assert isinstance(again, Refuted)
    assert again.scope == first.scope
    assert again.trace == first.trace


def test_the_run_does_not_depend_on_the_invariant_that_pruned_the_search():
    """One search with no invariant, one over the model's own: the same run, since a hit is asked
    again over the model's own invariant (it prunes no reachable state)."""
    p = prop("VMSS-PRECHECK")
    session = ProverSession(POLICY)
    base = session.base_invariant(session.frame(C, POLICY, p), time.monotonic() + 60)
    assert base
    settled = session.lemma_invariant(C, POLICY, base)
    runs = []
    for invariant in (None, settled):
        hit = bmc.search(C, POLICY, p, max_depth=8, deadline=time.monotonic() + 30, invariant=invariant,
                         settled=settled, session=session)
        assert isinstance(hit, bmc.Hit)
        runs.append((hit.depth, decode("scale_set", POLICY, p, hit)))
    assert runs[0] == runs[1]


def test_out_of_time_asking_a_hit_again_is_out_of_time_for_the_check(monkeypatch):
    """The second ask of a hit never falls back on the first model (which followed the other
    invariant): out of time there, the search raises ``Timeout``."""
    p = prop("VMSS-PRECHECK")
    session = ProverSession(POLICY)
    settled = session.lemma_invariant(C, POLICY, session.base_invariant(session.frame(C, POLICY, p),
                                                                        time.monotonic() + 60))
    real, asked = bmc.ask, []

    def ask(terms, deadline, work):
        if asked and asked[-1] is not None:  # (the hit was found: this is its second ask)
            raise Timeout()
        answer = real(terms, deadline, work)
        asked.append(answer)
        return answer

    monkeypatch.setattr(bmc, "ask", ask)
    with pytest.raises(Timeout):
        bmc.search(C, POLICY, p, max_depth=8, deadline=time.monotonic() + 30, settled=settled, session=session)
    assert asked[-1] is not None  # (a hit, over no invariant)


def test_the_work_of_a_query_and_where_a_bounded_search_stops_do_not_depend_on_the_process_history():
    """BMC's work bound is Z3's resource count of queries asked in contexts of their own: the same
    count, and so the same depth cleared, after other work or none."""
    p = prop("VMSS-COMPLETES")
    outcomes = []
    for history in (False, True):
        if history:
            _history()
        work = Account(3_000_000)
        hit = bmc.search(C, POLICY, p, max_depth=40, deadline=time.monotonic() + 120, work=work)
        assert isinstance(hit, bmc.NoHit) and hit.reason and "work bound" in hit.reason, hit
        outcomes.append((hit.depth, work.spent))
    assert outcomes[0] == outcomes[1]


def test_again_solves_in_a_context_of_its_own_and_answers_in_the_main_one():
    x, y = z3.Ints("again_x again_y")
    model = bmc.again([x + y == 7, x > 2, y > 3], time.monotonic() + 10)
    assert model is not None
    assert model.ctx == z3.main_ctx()
    assert model.eval(x + y).as_long() == 7
    assert bmc.again([x > 2, x < 1], time.monotonic() + 10) is None
    with pytest.raises(Timeout):
        bmc.again([x > 2], time.monotonic() - 1)
