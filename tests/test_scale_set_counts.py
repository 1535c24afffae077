"""The counting model simulates the per-instance model: every step of one is a step of the other."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rollproof.model import scale_set as S
from rollproof.model import scale_set_counts as C
from rollproof.model.core import Refused
from rollproof.model.logic import CONCRETE

from scale_set_fuzz import CHOICES, action_from, initial_states, policies, runs

SMALL = dict(max_instances=12)


@settings(max_examples=40)
@given(st.data())
def test_every_per_instance_step_is_a_counting_step_with_the_same_successor(data):
    policy = data.draw(policies(**SMALL), label="policy")
    trace = data.draw(runs(policy, max_steps=20), label="run")
    s = trace.states[-1]
    for choice in data.draw(st.lists(CHOICES, min_size=1, max_size=6), label="next actions"):
        x = action_from(s, choice)
        r = S.apply(s, x)
        guard, nxt = C.step(CONCRETE, s.policy, C.abstract(s), *C.abstract_action(s, x))
        if isinstance(r, Refused):
            assert not guard, f"{x.call_text()} was {r}, yet the counting guard holds"
        else:
            assert guard, f"{x.call_text()} succeeded, yet the counting guard is false"
            assert nxt == C.abstract(r)
            s = r


@settings(max_examples=40)
@given(st.data())
def test_a_counting_step_concretizes_to_a_per_instance_step(data):
    policy = data.draw(policies(**SMALL), label="policy")
    s = data.draw(runs(policy, max_steps=20), label="run").states[-1]
    x = action_from(s, data.draw(CHOICES))
    if isinstance(S.apply(s, x), Refused):
        return
    a, args = C.abstract_action(s, x)
    _, nxt = C.step(CONCRETE, s.policy, C.abstract(s), a, args)
    y = C.concretize(s, a, args)
    r = S.apply(s, y)
    assert not isinstance(r, Refused) and C.abstract(r) == nxt


@settings(max_examples=40)
@given(st.data())
def test_initial_from_counts_gives_an_equivalent_initial_state(data):
    policy = data.draw(policies(**SMALL), label="policy")
    s0 = data.draw(initial_states(policy), label="initial state")
    c = C.abstract(s0)
    assert C.init(CONCRETE, policy, c)
    back = C.initial_from_counts(policy, c)
    assert C.abstract(back) == c
    assert back.policy == policy


def test_the_seed_defaults_start_in_a_counting_initial_state():
    p = S.Policy()
    assert C.init(CONCRETE, p, C.abstract(S.initial_state(p)))


# --------------------------------------------------------------------------------------------
# The vocabulary the guards are written over, computed by each model in its own way


@settings(max_examples=40)
@given(st.data())
def test_the_per_instance_quantities_are_the_counting_views_on_every_reachable_state(data):
    """``model.scale_set.Facts`` counts the instances, ``View`` sums the counts: the same names,
    the same values (every field, ``stuck`` included), so the guards read the same in both."""
    policy = data.draw(policies(**SMALL), label="policy")
    for s in data.draw(runs(policy, max_steps=25), label="run").states:
        facts, v = S.Facts(s), C.view(CONCRETE, s.policy, C.abstract(s))
        for f in attrs.fields(C.View):
            assert getattr(facts, f.name) == getattr(v, f.name), f.name


@settings(max_examples=40)
@given(st.data())
def test_enabled_is_derived_exactly_in_both_models(data):
    """``enabled`` (a guard's clauses on the state and its ``some``) holds iff some candidate action of
    that name is accepted, per instance; and the counting model's equals the per-instance model's."""
    policy = data.draw(policies(**SMALL), label="policy")
    s = data.draw(runs(policy, max_steps=25), label="run").states[-1]
    c = C.abstract(s)
    v = C.view(CONCRETE, s.policy, c)
    accepted = {a.name for a in S.candidate_actions(s) if not isinstance(S.apply(s, a), Refused)}
    for name in S.ACTIONS:
        assert S.enabled(s, name) == (name in accepted), name
        assert C.enabled(CONCRETE, s.policy, c, v, C.A[name]) == S.enabled(s, name), name


def test_every_action_has_one_guard_whose_clauses_cite_the_seeds():
    from rollproof.model.scale_set_rules import GUARDS

    assert set(GUARDS) == set(S.ACTIONS) == {a.name for a in C.A}
    for name, g in GUARDS.items():
        assert g.clauses, name
        for clause in g.clauses:
            assert re.fullmatch(r"A-\d+(\.\d+)?|V\d+", clause.clause), (name, clause.clause)
            assert clause.holds.__doc__ or clause.holds.__name__.startswith("_"), clause.holds
        assert (g.some is not None) == any(c.on_args for c in g.clauses), name


def test_the_symbolic_guard_with_free_arguments_is_satisfiable_exactly_where_enabled_holds():
    """``some`` is exact for the counting encoding too: with the arguments (a batch vector, a class,
    an outcome) left to Z3, an action's guard from a concrete state is satisfiable iff ``enabled``."""
    z3 = pytest.importorskip("z3")
    from rollproof.model.scale_set_checks import purity_states
    from rollproof.solver.symbolic import Z3, mk_var, to_z3

    for policy in (S.Policy(instances=5), S.Policy(instances=6, service_fabric=True, update_domains=3),
                   S.Policy(instances=5, batch_fill="full", prioritize_unhealthy_instances=True, initial_unhealthy="any"),
                   S.Policy(instances=4, credentials_valid=False, health_probe=False),
                   S.Policy(instances=5, os_upgrade_deferral=True, max_batch_instance_percent=40),
                   S.Policy(instances=5, max_surge=True, initial_unhealthy="any")):
        for s in purity_states(policy, limit=15):
            c = C.abstract(s)
            v = C.view(CONCRETE, s.policy, c)
            for a in C.A:
                guard, _ = C.step(Z3, s.policy, c, a, C.fresh_args(s.policy, mk_var("x")))
                solver = z3.Solver()
                solver.add(to_z3(guard))
                assert (solver.check() == z3.sat) == bool(C.enabled(CONCRETE, s.policy, c, v, a)), (a.name, s)
