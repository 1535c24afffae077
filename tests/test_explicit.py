"""The explicit-state search: its steps are all the model's steps, and its depths are BMC's.

``choices`` lists a superset of the enabled (action, arguments) pairs of a counting state; the
solver shows that no argument outside it leads anywhere else.  The search's first hit is at the
depth of BMC's shortest counterexample for every catalog property of a small deployment, and a
search that runs out of states means BMC finds nothing either.
"""

from __future__ import annotations

import time

import pytest
import z3
from hypothesis import given, settings
from hypothesis import strategies as st

from rollproof.model import cloud_service as cs
from rollproof.model import cloud_service_counts as C
from rollproof.model.logic import CONCRETE
from rollproof.properties.registry import Kind, properties_for
from rollproof.properties.verdicts import Refuted
from rollproof.solver import bmc, engine, explicit, strategies
from rollproof.solver.decode import first_hit
from rollproof.solver.symbolic import Z3, leaves, mk_var, to_z3
from test_cloud_service_fuzz import policies, run


def _listed(policy, s):
    """The successors ``choices`` leads to, per action."""
    out: dict[C.A, list] = {}
    v = C.view(CONCRETE, policy, s)
    for a, x in C.choices(policy, s):
        ok, nxt = C.step(CONCRETE, policy, s, a, x, v)
        if ok:
            out.setdefault(a, []).append(nxt)
    return out


def _escapes(policy, s, a, listed) -> bool:
    """Whether some arguments enable ``a`` in ``s`` and lead to a state ``choices`` does not list."""
    x = C.fresh_args(policy, mk_var("x"))
    guard, nxt = C.step(Z3, policy, s, a, x)
    if guard is False:
        return False
    solver = z3.Solver()
    solver.add(to_z3(guard))
    for succ in listed:
        differs = [to_z3(p != q) for p, q in zip(leaves(nxt), leaves(succ)) if not _same(p, q)]
        if not differs:
            return False  # every argument the guard accepts leads to this listed successor
        solver.add(z3.Or(*differs))
    return solver.check() == z3.sat


def _same(p, q) -> bool:
    return not isinstance(p, z3.ExprRef) and not isinstance(q, z3.ExprRef) and p == q


@settings(max_examples=25, deadline=None)
@given(policy=policies(max_roles=2, max_count=4, max_uds=3), choices=st.lists(st.integers(0, 400), max_size=20))
def test_choices_list_every_step_some_arguments_enable(policy, choices):
    for state in run(policy, choices).states[-3:]:
        s = C.abstract(state)
        listed = _listed(policy, s)
        for a in C.A:
            assert not _escapes(policy, s, a, listed.get(a, [])), (a.name, s)


TINY = cs.Policy(roles={"web": 1}, upgrade_domains=1)
SMALL = cs.Policy(roles={"web": 2, "worker": 3}, upgrade_domains=2)
CRASHING = cs.Policy(roles={"web": 2}, upgrade_domains=2, new_code_crashes=True, concurrent_operations=True)


@pytest.mark.parametrize("policy,depth,bmc_depth", [(TINY, 14, 6), (SMALL, 10, 6), (CRASHING, 8, 4)],
                         ids=["tiny", "small", "crashing"])
def test_the_first_hit_is_at_bmc_s_shortest_depth_for_every_property(policy, depth, bmc_depth):
    for prop in properties_for("cloud_service"):
        if prop.kind == Kind.CHECK or not prop.applies(policy):
            continue
        found = explicit.search(C, policy, prop, deadline=time.monotonic() + 600, max_depth=depth)
        assert found is not None, prop.id
        if isinstance(found, explicit.Run):
            hit = bmc.search(C, policy, prop, max_depth=found.depth, deadline=time.monotonic() + 600)
            assert isinstance(hit, bmc.Hit) and hit.depth == found.depth, prop.id
        else:
            # No hit within the depth searched (or at any depth): BMC agrees up to a depth it reaches fast.
            assert found.depth == depth or found.exhausted, prop.id
            hit = bmc.search(C, policy, prop, max_depth=min(found.depth + 2 if found.exhausted else found.depth, bmc_depth),
                             deadline=time.monotonic() + 600)
            assert isinstance(hit, bmc.NoHit), prop.id
    if policy is TINY:  # one instance in one UD: few states, every one of them visited
        assert isinstance(found, explicit.Cleared) and found.exhausted and found.depth < depth


def test_a_run_decodes_to_a_replayed_per_instance_trace_hitting_the_property_at_its_end():
    prop = next(p for p in properties_for("cloud_service") if p.id == "CS-ONE-UD")
    verdict = engine.check(cs.Policy(roles={"web": 2, "worker": 3}, upgrade_domains=3), prop)
    assert isinstance(verdict, Refuted) and verdict.method.startswith(engine.EXPLICIT), verdict
    assert verdict.scope.depth == len(verdict.trace)
    assert first_hit("cloud_service", verdict.trace.policy, prop, verdict.trace) == len(verdict.trace)


def test_initial_states_are_every_solution_of_the_initial_condition():
    stuck = cs.Policy(roles={"web": 2}, upgrade_domains=3, new_code_crashes=True, initial="stuck")
    prop = next(p for p in properties_for("cloud_service") if p.id == "X-INSTANCES-CONSERVED")
    inits = explicit.initial_states(C, stuck, prop)
    assert inits and all(C.init(CONCRETE, stuck, s) for s in inits)
    assert len(set(inits)) == len(inits)
    assert {s.current_ud for s in inits} == {1, 2}  # the boundary of every UD after the first
    assert explicit.initial_states(C, stuck, prop, limit=1) is None
    idle = explicit.initial_states(C, SMALL, prop)
    assert idle == [C.abstract(cs.initial_state(SMALL))]


def test_a_search_that_visits_every_state_proves_only_by_a_certificate_and_sends_no_fuzzer(monkeypatch):
    """With the invariant provers switched off, an exhausted search proves by its own states; with
    that switched off too, it leaves the check unknown, says why, and the fuzzer fallback (which
    could find nothing) is not run."""
    from rollproof import checking, fuzzcheck

    prop = next(p for p in properties_for("cloud_service") if p.id == "X-INSTANCES-CONSERVED")
    for strategy in (strategies.Houdini, strategies.Spacer):
        monkeypatch.setattr(strategy, "run", lambda self, task, facts: facts)
    # With the states visited as the invariant, the search's own proof (``solver.reachable``).
    proved = checking.engine_check(TINY, prop, engine.DEFAULT_TIMEOUT)
    assert proved.verdict == "proved" and proved.method == strategies.REACHABLE, proved
    assert set(proved.certified_by) == {"z3", "cvc5"}
    monkeypatch.setattr(strategies, "reachable_proof", lambda frame, reached: None)

    def no_fuzzer(*a, **k):
        raise AssertionError("the fuzzer ran after an exhaustive search")

    monkeypatch.setattr(fuzzcheck, "find_trace", no_fuzzer)
    verdict = checking.engine_check(TINY, prop, engine.DEFAULT_TIMEOUT)
    assert verdict.verdict == "unknown" and verdict.exhausted, verdict
    assert "visited every reachable state" in verdict.reason and "not reported as a proof" in verdict.reason


def test_the_checks_of_a_policy_share_its_steps_and_find_what_each_would_find_alone():
    """A session keeps the policy's steps and views (``explicit.Moves``): every check of the policy
    after the first reads them instead of computing them, and each search, breadth-first or guided,
    finds the same run (or clears the same depth) as with steps of its own."""
    from rollproof.solver.session import ProverSession

    policy = cs.Policy(roles={"web": 2, "worker": 3}, upgrade_domains=3, concurrent_operations=True)
    props = [p for p in properties_for("cloud_service") if p.kind != Kind.CHECK and p.applies(policy)]
    calls = []
    real = C.step

    def counted(*a, **k):
        calls.append(1)
        return real(*a, **k)

    with ProverSession(policy) as session:
        for how in (explicit.search, explicit.guided):
            for prop in props:
                alone = how(C, policy, prop, deadline=time.monotonic() + 600, max_depth=12, max_states=600)
                shared = how(C, policy, prop, deadline=time.monotonic() + 600, max_depth=12, max_states=600,
                             session=session)
                assert shared == alone, (how.__name__, prop.id)
        moves = explicit.moves_of(C, policy, session)
        assert moves is explicit.moves_of(C, policy, session)
        C.step = counted
        try:
            again = explicit.search(C, policy, props[0], deadline=time.monotonic() + 600, max_depth=12,
                                    max_states=600, session=session)
        finally:
            C.step = real
        assert again == explicit.search(C, policy, props[0], deadline=time.monotonic() + 600, max_depth=12,
                                        max_states=600)
        assert calls == []  # every step of that search was read from the session
