"""The run a BMC counterexample shows depends on the question alone.

A model Z3 finds in the process's main context depends on term ids, which follow everything the
process built before: which checks ran first, which worker of a parallel run got the check, and
which invariant (if any) pruned the query, which in turn depends on how far the proof attempts got
in their time.  A hit's run is therefore asked again (``bmc.again``) in a Z3 context of its own,
by a fixed pipeline of tactics, over the model's own invariant where it is known: regenerating
REPORT.md shows the same runs.
"""

from __future__ import annotations

import time

import z3

from model import scale_set as S
from model.systems import counting
from properties.registry import properties_for
from properties.verdicts import Refuted
from solver import bmc, engine, prove
from solver.prove import Frame

POLICY = S.ScaleSetPolicy(instances=10)
C = counting("scale_set")


def prop(pid: str):
    return next(p for p in properties_for("scale_set") if p.id == pid)


def _forget() -> None:
    for fn in (engine._base_invariant, engine._lemma_proof, engine._spacer_proof):
        fn.cache_clear()


def _history() -> None:
    """Terms and queries a process may have made before a check (other checks, other models)."""
    xs = [z3.Int(f"h{i}") for i in range(300)]
    s = z3.Solver()
    s.add(z3.Sum(*xs) == 977, *(x >= i % 7 for i, x in enumerate(xs)))
    assert s.check() == z3.sat
    for q in properties_for("scale_set")[::-1][:4]:
        engine.check(POLICY, q, timeout=20)


def test_a_counterexample_is_the_same_run_whatever_the_process_did_before():
    p = prop("VMSS-PRECHECK")
    _forget()
    first = engine.check(POLICY, p, timeout=30)
    assert isinstance(first, Refuted)
    _history()
    _forget()
    again = engine.check(POLICY, p, timeout=30)
    assert isinstance(again, Refuted)
    assert again.scope == first.scope
    assert again.trace == first.trace


def test_the_run_does_not_depend_on_the_invariant_that_pruned_the_search():
    """One search with no invariant, one over the model's own: the same run, since both ask the
    question again over the model's own invariant (it prunes no reachable state)."""
    p = prop("VMSS-PRECHECK")
    _forget()
    base = engine._base_invariant(Frame(C, POLICY, p), time.monotonic() + 60)
    assert base
    inv = engine._lemma_invariant(C, POLICY, base)
    settled = engine._settled(C, POLICY, p)
    assert settled() is not None
    runs = []
    for invariant in (None, inv):
        hit = bmc.search(C, POLICY, p, max_depth=8, deadline=time.monotonic() + 30, invariant=invariant,
                         settled=settled)
        assert isinstance(hit, bmc.Hit)
        runs.append((hit.depth, engine.decode("scale_set", POLICY, p, hit)))
    assert runs[0] == runs[1]


def test_out_of_time_for_the_second_ask_the_first_model_stands(monkeypatch):
    """``again`` answering nothing (out of its budget) leaves the solver's first model: still a
    shortest run that replays (decode replays it), only not the settled one."""
    p = prop("VMSS-PRECHECK")
    monkeypatch.setattr(bmc, "again", lambda terms, deadline, budget: None)
    hit = bmc.search(C, POLICY, p, max_depth=8, deadline=time.monotonic() + 30)
    assert isinstance(hit, bmc.Hit)
    trace = engine.decode("scale_set", POLICY, p, hit)
    assert len(trace.steps) == hit.depth


def test_again_solves_in_a_context_of_its_own_and_answers_in_the_main_one():
    x, y = z3.Ints("again_x again_y")
    model = bmc.again([x + y == 7, x > 2, y > 3], time.monotonic() + 10, 5.0)
    assert model is not None
    assert model.ctx == z3.main_ctx()
    assert model.eval(x + y).as_long() == 7
    assert bmc.again([x > 2, x < 1], time.monotonic() + 10, 5.0) is None
    assert bmc.again([x > 2], time.monotonic() - 1, 5.0) is None
