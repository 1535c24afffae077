"""The counting encoding simulates the per-instance model, and builds Z3 terms from the same code."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rollproof.model import cloud_service as cs
from rollproof.model import cloud_service_counts as C
from rollproof.model.core import Refused
from rollproof.model.logic import CONCRETE
from test_cloud_service_fuzz import candidates, policies, run


@settings(max_examples=30)
@given(policy=policies(max_roles=3, max_count=6, max_uds=8), choices=st.lists(st.integers(0, 400), max_size=25))
def test_every_per_instance_step_is_a_counting_step_and_every_refusal_a_false_guard(policy, choices):
    for s in run(policy, choices).states[-3:]:
        c = C.abstract(s)
        for x in candidates(s):
            r = cs.apply(s, x)
            guard, nxt = C.step(CONCRETE, policy, c, *C.abstract_action(s, x))
            if isinstance(r, Refused):
                assert not guard, (x, r)
            else:
                assert guard, x
                assert nxt == C.abstract(r), x
                realised = cs.apply(s, C.concretize(s, *C.abstract_action(s, x)))
                assert C.abstract(realised) == C.abstract(r), x  # γ realises the same counting step


@settings(max_examples=20)
@given(policy=policies())
def test_initial_states_satisfy_init_and_come_back_from_counts(policy):
    s = cs.initial_state(policy)
    assert C.init(CONCRETE, policy, C.abstract(s))
    assert C.initial_from_counts(policy, C.abstract(s)) == s
    crashed_policy = attrs.evolve(policy, new_code_crashes=True, mode="automatic", initial="stuck")
    if policy.upgrade_domains >= 2:
        first = next(i for i, x in enumerate(s.instances)
                     if x.ud == 0 and policy.role_to_upgrade in (cs.ALL_ROLES, x.role))  # U-10: a walked one
        stuck = cs.initial_state(crashed_policy, at_ud=1, crashed=frozenset({first}))
        c = C.abstract(stuck)
        assert C.init(CONCRETE, crashed_policy, c)
        assert C.abstract(C.initial_from_counts(crashed_policy, c)) == c


def test_the_counting_model_stays_small_up_to_20_uds():
    seed = cs.Policy()
    assert len(C.classes_of(seed)) == 2 * 5 * len(C.locs_of(seed)) <= 2 * 5 * len(C.LOCS)
    assert not any(loc.phase == cs.Phase.CRASHED for loc in C.locs_of(seed))  # working code never crashes
    big = cs.Policy(roles={"a": 12, "b": 12, "c": 12, "d": 12}, upgrade_domains=20, new_code_crashes=True)
    assert len(C.classes_of(big)) == 4 * 12 * len(C.LOCS)


def test_the_same_code_builds_z3_terms_and_finds_a_second_update_taking_ud_0_down():
    z3 = pytest.importorskip("z3")
    from rollproof.solver.symbolic import Z3

    p = cs.Policy(roles={"web": 2}, upgrade_domains=2, concurrent_operations=True)

    def mk(tag):
        return lambda name, sort: z3.Int(f"{tag}.{name}") if sort == "int" else z3.Bool(f"{tag}.{name}")

    s0 = C.fresh_state(p, mk("s0"))
    solver = z3.Solver()
    solver.add(C.init(Z3, p, s0))
    s = s0
    for d, a in enumerate((C.A.operator_requests_update, C.A.operator_requests_update), start=1):
        args = C.fresh_args(p, mk(f"x{d}"))
        guard, s = C.step(Z3, p, s, a, args)
        solver.add(guard)
    v = C.view(Z3, p, s)
    solver.add(v.stopped >= 1)
    assert solver.check() == z3.sat
    solver.add(v.offline_outside >= 1)
    assert solver.check() == z3.unsat  # both requests alone take only UD 0 down


# --------------------------------------------------------------------------------------------
# The vocabulary the guards are written over, computed by each model in its own way


@settings(max_examples=30)
@given(policy=policies(max_roles=3, max_count=6, max_uds=8), choices=st.lists(st.integers(0, 400), max_size=25))
def test_the_per_instance_quantities_are_the_counting_views_on_every_reachable_state(policy, choices):
    """``model.cloud_service.Facts`` counts the instances, ``View`` sums the counts: the same names,
    the same values (the health gate, RollbackAllowed and ``stuck`` included)."""
    for s in run(policy, choices).states:
        facts, v = cs.Facts(s), C.view(CONCRETE, policy, C.abstract(s))
        for f in attrs.fields(C.View):
            if f.name != "by_ud":  # the view's per-UD sums, for its own rules and lemmas
                assert getattr(facts, f.name) == getattr(v, f.name), f.name


@settings(max_examples=30)
@given(policy=policies(max_roles=3, max_count=6, max_uds=8), choices=st.lists(st.integers(0, 400), max_size=25))
def test_enabled_is_derived_exactly_in_both_models(policy, choices):
    """``enabled`` holds iff some candidate action of that name is accepted, per instance; and the
    counting model's equals the per-instance model's."""
    s = run(policy, choices).states[-1]
    c = C.abstract(s)
    accepted = {a.name for a in candidates(s) if not isinstance(cs.apply(s, a), Refused)}
    for name in cs.ACTIONS:
        assert cs.enabled(s, name) == (name in accepted), name
        assert C.enabled(CONCRETE, policy, c, C.A[name]) == cs.enabled(s, name), name


def test_every_action_has_one_guard_whose_clauses_cite_the_seeds():
    import re

    from rollproof.model.cloud_service_rules import GUARDS

    assert set(GUARDS) == set(cs.ACTIONS) == {a.name for a in C.A}
    for name, g in GUARDS.items():
        for clause in g.clauses:
            assert re.fullmatch(r"U-\d+(\([a-c]\))?", clause.clause), (name, clause.clause)
            assert clause.holds.__doc__, clause.holds
        assert (g.some is not None) == any(c.on_args for c in g.clauses), name


def test_the_symbolic_guard_with_free_arguments_is_satisfiable_exactly_where_enabled_holds():
    """``some`` is exact for the counting encoding too: with the arguments left to Z3, an action's
    guard from a concrete state is satisfiable iff ``enabled`` holds there."""
    z3 = pytest.importorskip("z3")
    from rollproof.solver.symbolic import Z3, mk_var, to_z3

    for policy in (cs.Policy(roles={"web": 2, "worker": 1}, upgrade_domains=2, new_code_crashes=True),
                   cs.Policy(roles={"web": 3}, upgrade_domains=3, mode="manual")):
        for s in run(policy, [7, 3, 11, 2, 5, 9, 1, 4, 8, 6, 10, 0, 12]).states:
            c = C.abstract(s)
            for a in C.A:
                guard, _ = C.step(Z3, policy, c, a, C.fresh_args(policy, mk_var("x")))
                solver = z3.Solver()
                solver.add(to_z3(guard))
                assert (solver.check() == z3.sat) == bool(C.enabled(CONCRETE, policy, c, a)), (a.name, s)


@settings(max_examples=60, deadline=None)
@given(policy=policies(max_roles=3, max_count=4, max_uds=4), data=st.data())
def test_a_walk_on_plain_values_is_the_walk_the_conditional_terms_describe(policy, data):
    """On plain values ``_walk`` computes only the direction walked (``L is CONCRETE``): every
    class count after the walk, and whether it turns back an instance never updated, are what the
    general code (the one that builds Z3 terms) gives over plain bools and ints, for any counts,
    UD, direction and condition; and for counts where a single class is not empty (whether an
    untouched instance is turned back depends on which classes are)."""
    from rollproof.model.logic import _Concrete

    lay = C.layout(policy)
    n = len(lay.cs)
    drawn = tuple(data.draw(st.lists(st.sampled_from([0, 0, 0, 1, 3]), min_size=n, max_size=n)))
    ones = [tuple(int(i == j) for i in range(n)) for j in range(n)]
    for cnt in [drawn, (0,) * n, *ones]:
        for ud in range(policy.upgrade_domains):
            for to_new in (False, True):
                for when in (False, True):
                    assert C._walk(CONCRETE, policy, lay, cnt, ud, to_new, when) == \
                        C._walk(_Concrete(), policy, lay, cnt, ud, to_new, when), (cnt, ud, to_new, when)
