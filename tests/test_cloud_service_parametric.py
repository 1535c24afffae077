"""Parametric cloud services (a role of ``"any"`` instances): the counting abstraction with symbolic
cell sizes simulates the per-instance model at every size, the even-spread constraint is exactly
``ud_size``, and the engine proves for every size or names the smallest deployment that fails."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rollproof.model import cloud_service as cs
from rollproof.model import cloud_service_counts as C
from rollproof.model.core import PolicyError, Refused
from rollproof.model.logic import CONCRETE
from test_cloud_service_fuzz import candidates, policies, run


@st.composite
def parametric(draw, **kw):
    """A concrete policy, and the same policy with some (at least one) of its roles made ``"any"``."""
    conc = draw(policies(**kw))
    free = draw(st.sets(st.integers(0, len(conc.roles) - 1), min_size=1))
    par = attrs.evolve(conc, roles=tuple((r, cs.ANY if i in free else n) for i, (r, n) in enumerate(conc.roles)))
    return conc, par


def _views_agree(par, conc, lifted, c) -> None:
    a, b = C.view(CONCRETE, par, lifted), C.view(CONCRETE, conc, c)
    for f in attrs.fields(C.View):
        if f.name != "by_ud":
            assert getattr(a, f.name) == getattr(b, f.name), f.name


@settings(max_examples=30, deadline=None)
@given(pair=parametric(max_roles=3, max_count=6, max_uds=6), choices=st.lists(st.integers(0, 400), max_size=25))
def test_every_per_instance_step_at_any_size_is_a_step_of_the_parametric_counting_model(pair, choices):
    conc, par = pair
    trace = run(conc, choices)
    assert C.init(CONCRETE, par, C.lift(par, C.abstract(trace.init), conc))
    for s in trace.states[-3:]:
        c = C.abstract(s)
        lifted = C.lift(par, c, conc)
        _views_agree(par, conc, lifted, c)
        for x in candidates(s):
            r = cs.apply(s, x)
            a, args = C.abstract_action(s, x)
            guard, nxt = C.step(CONCRETE, par, lifted, a, C.lift_args(par, args, conc))
            if isinstance(r, Refused):
                assert not guard, (x, r)
            else:
                assert guard, x
                assert nxt == C.lift(par, C.abstract(r), conc), x


@settings(max_examples=60, deadline=None)
@given(k=st.integers(1, 8), data=st.data())
def test_the_even_spread_constraint_is_exactly_ud_size(k, data):
    par = cs.Policy(roles={"web": cs.ANY}, upgrade_domains=k)
    sizes = tuple(data.draw(st.lists(st.integers(0, 4), min_size=k, max_size=k)))
    s = attrs.evolve(C.fresh_state(par, lambda name, sort: False if sort == "bool" else 0), size=sizes)
    n = sum(sizes)
    want = n >= 1 and list(sizes) == [cs.ud_size(n, u, k) for u in range(k)]
    (_, holds), = C.spread(CONCRETE, par, s)
    assert holds == want


@settings(max_examples=20, deadline=None)
@given(pair=parametric(max_roles=3, max_count=6, max_uds=6), choices=st.lists(st.integers(0, 400), max_size=15))
def test_specialise_undoes_lift(pair, choices):
    conc, par = pair
    trace = run(conc, choices)
    states = [C.abstract(s) for s in trace.states]
    args = [C.abstract_action(s, st_.action)[1] for s, st_ in zip(trace.states, trace.steps)]
    got_policy, got_states, got_args = C.specialise(
        par, [C.lift(par, c, conc) for c in states], [C.lift_args(par, a, conc) for a in args]
    )
    assert got_policy == conc
    assert got_states == states
    assert got_args == args


def test_instantiations_cover_every_size_vector_once():
    par = cs.Policy(roles={"web": cs.ANY, "worker": 2, "db": cs.ANY})
    assert par.n == cs.ANY and par.parametric and par.smallest_n == 4
    for n in range(4, 10):
        got = [p.counts for p in par.instantiations(n)]
        assert len(got) == len(set(got)) == n - 3
        assert all(sum(c) == n and c[1] == 2 and min(c) >= 1 for c in got)
    assert par.instantiations(3) == []
    with pytest.raises(ValueError):
        cs.initial_state(par)
    with pytest.raises(PolicyError):
        cs.Policy(roles={"web": "all"})


@pytest.fixture(scope="module")
def engine():
    pytest.importorskip("z3")
    from rollproof.properties.registry import get
    from rollproof.solver.engine import check

    return get, check


def test_a_parametric_proof_covers_every_size_with_a_certificate_both_solvers_confirm(engine):
    get, check = engine
    par = cs.Policy(roles={"web": cs.ANY, "worker": cs.ANY})
    v = check(par, get("CS-VIP-SWAP-NO-ROLLBACK", "cloud_service"))
    assert type(v).__name__ == "Proved", v
    assert v.scope.instances == "any" and v.scope.depth is None
    assert set(v.certified_by) == {"z3", "cvc5"}
    files = dict(v.artifacts)
    assert any("size0_0" in text for text in files.values())  # the sizes are symbols in the obligations


def test_a_parametric_refutation_names_the_smallest_deployment_and_its_trace_replays(engine):
    get, check = engine
    from rollproof.solver.decode import first_hit

    prop = get("CS-ROLE-AVAILABLE", "cloud_service")
    v = check(cs.Policy(roles={"web": cs.ANY, "worker": cs.ANY}), prop)
    assert type(v).__name__ == "Refuted", v
    assert v.scope.instances == 2 and "smallest N the policy allows" in v.method
    t = v.trace
    assert t.policy.counts == (1, 1) and len(t.init.instances) == 2
    assert first_hit("cloud_service", t.policy, prop, t) == len(t.steps) == v.scope.depth
    replayed = cs.replay(t.policy, t.init, t.actions)
    assert replayed.states == t.states


def test_the_region_where_a_size_dependent_property_holds_is_computed(engine):
    """CS-START-TIMEOUT holds iff UD 0 holds more than min_good_instances instances: over 5 UDs and
    min_good_instances = 1, a web role of N ≥ 6.  Below that the smallest failing N is 1."""
    get, check = engine
    v = check(cs.Policy(roles={"web": cs.ANY}), get("CS-START-TIMEOUT", "cloud_service"))
    assert type(v).__name__ == "Refuted", v
    assert v.scope.instances == 1
    assert v.holds_for == "N >= 6", v.notes
