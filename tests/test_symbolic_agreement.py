"""The symbolic step agrees with the model step: what Z3 reads is what the model does.

For a random policy, a reachable per-instance state ``s`` and an action ``x``, the counting state
``abstract(s)`` and the counting action are pinned as Z3 constants, and Z3 is asked about
``solver.symbolic.transition``: it is satisfiable iff the per-instance model accepts ``x``, and then
its one successor is ``abstract(apply(s, x))``.  The symbolic view, initial condition and every
registry predicate take the concrete values on the pinned state.  Both integer and bit-vector
encodings are covered (``solver.bmc.search(width=…)``), and ``instances = "any"`` (a symbolic N).
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
import z3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rollproof.model import cloud_service as cs
from rollproof.model import cloud_service_counts as CC
from rollproof.model import scale_set as S
from rollproof.model import scale_set_counts as C
from rollproof.model.core import Refused
from rollproof.model.logic import CONCRETE
from rollproof.properties import registry
from rollproof.properties.registry import Kind
from rollproof.solver.symbolic import leaves, logic, mk_var, transition

from scale_set_fuzz import CHOICES, action_from, initial_states, policies, runs

DEEP = settings.default.max_examples > 100  # the ``deep`` profile: ten times the examples


def budget(n: int) -> settings:
    """``n`` examples (ten times as many under the ``deep`` profile); Z3 calls have no deadline."""
    return settings(max_examples=n * 10 if DEEP else n, deadline=None, suppress_health_check=list(HealthCheck))


def pinned(sym: Any, conc: Any) -> Any:
    """``sym = conc`` leaf by leaf (a leaf that is a constant on both sides must agree)."""
    out = []
    for x, y in zip(leaves(sym), leaves(conc), strict=True):
        if isinstance(x, z3.ExprRef):
            out.append(x == y)
        else:
            assert x == y, (x, y)
    return z3.And(*out) if out else z3.BoolVal(True)


def value(m: z3.ModelRef, t: Any) -> Any:
    """A term (or a Python constant) in model ``m``, as a Python int or bool."""
    if not isinstance(t, z3.ExprRef):
        return t
    v = m.eval(t, model_completion=True)
    if z3.is_true(v):
        return True
    if z3.is_false(v):
        return False
    if z3.is_bv_value(v):
        return v.as_signed_long()
    return v.as_long()


def flat(rec: Any) -> list[tuple[str, Any]]:
    """The leaves of a record (nested records and tuples too), each with its path."""
    if attrs.has(type(rec)):
        return [(f"{f.name}.{p}" if p else f.name, x) for f in attrs.fields(type(rec)) for p, x in flat(getattr(rec, f.name))]
    if isinstance(rec, tuple):
        return [(f"[{i}]{p}", x) for i, y in enumerate(rec) for p, x in flat(y)]
    return [("", rec)]


def record_value(m: z3.ModelRef, rec: Any) -> dict[str, Any]:
    """A record of terms evaluated in ``m``, keyed by path."""
    return {p: value(m, x) for p, x in flat(rec)}


def as_dict(rec: Any) -> dict[str, Any]:
    """A concrete record keyed by path (ints and bools)."""
    return {p: x if isinstance(x, bool) else int(x) for p, x in flat(rec)}


class Pinned:
    """A symbolic step ``before --act, args--> after`` of counting model ``M`` under ``policy``."""

    def __init__(self, M: Any, policy: Any, width: int | None = None) -> None:
        self.M, self.policy, self.width = M, policy, width
        self.L = logic(width)
        self.before = M.fresh_state(policy, mk_var("b", width))
        self.after = M.fresh_state(policy, mk_var("a", width))
        self.args = M.fresh_args(policy, mk_var("x", width))
        self.act = z3.BitVec("act", width) if width else z3.Int("act")
        self.trans = transition(M, policy, self.before, self.act, self.args, self.after, self.L)

    def solver(self, state: Any, code: int | None = None, args: Any = None) -> z3.Solver:
        s = z3.Solver()
        s.set("timeout", 20_000)
        s.add(pinned(self.before, state))
        if code is not None:
            s.add(self.act == code, pinned(self.args, args), self.trans)
        return s


def agree_on_step(M: Any, P: Pinned, s: Any, x: Any, apply) -> Any:
    """Check the symbolic step from ``abstract(s)`` by ``x``; returns the per-instance result."""
    c = M.abstract(s)
    a, args = M.abstract_action(s, x)
    r = apply(s, x)
    solver = P.solver(c, int(a), args)
    verdict = solver.check()
    assert verdict != z3.unknown, solver.reason_unknown()
    if isinstance(r, Refused):
        assert verdict == z3.unsat, f"{x.call_text()} is {r}, yet the symbolic step is enabled"
        return r
    assert verdict == z3.sat, f"{x.call_text()} is accepted, yet the symbolic step is not enabled"
    expected = M.abstract(r)
    assert record_value(solver.model(), P.after) == as_dict(expected), x.call_text()
    solver.add(z3.Not(pinned(P.after, expected)))
    assert solver.check() == z3.unsat, f"{x.call_text()}: the symbolic step has a second successor"
    return r


def agree_on_view_and_predicates(M: Any, P: Pinned, model_name: str, s: Any) -> None:
    """The symbolic view and every state predicate of the registry take their concrete values."""
    c = M.abstract(s)
    solver = P.solver(c)
    assert solver.check() == z3.sat
    m = solver.model()
    conc_policy = s.policy
    v_sym = M.view(P.L, P.policy, P.before)
    v_conc = M.view(CONCRETE, conc_policy, c)
    assert record_value(m, v_sym) == as_dict(v_conc)
    assert value(m, M.init(P.L, P.policy, P.before)) == bool(M.init(CONCRETE, conc_policy, c))
    for p in registry.properties_for(model_name):
        for name in ("holds", "goal", "start"):
            fn = getattr(p, name)
            if fn is None or (name == "holds" and p.kind == Kind.STEP):
                continue
            assert value(m, fn(P.L, P.policy, v_sym)) == bool(fn(CONCRETE, conc_policy, v_conc)), (p.id, name)


def agree_on_step_predicates(M: Any, P: Pinned, model_name: str, s: Any, x: Any, r: Any) -> None:
    """Every step predicate (``holds`` of a step property, ``step_holds``, ``allowed``) agrees."""
    c, cr = M.abstract(s), M.abstract(r)
    a, _ = M.abstract_action(s, x)
    solver = P.solver(c)
    solver.add(pinned(P.after, cr), P.act == int(a))
    assert solver.check() == z3.sat
    m = solver.model()
    vb, va = M.view(P.L, P.policy, P.before), M.view(P.L, P.policy, P.after)
    cb, ca = M.view(CONCRETE, s.policy, c), M.view(CONCRETE, s.policy, cr)
    for p in registry.properties_for(model_name):
        fns = [p.step_holds, p.allowed] + ([p.holds] if p.kind == Kind.STEP else [])
        for fn in fns:
            if fn is not None:
                assert value(m, fn(P.L, P.policy, vb, P.act, va)) == bool(fn(CONCRETE, s.policy, cb, int(a), ca)), p.id


# --------------------------------------------------------------------------------------------
# Scale set


@budget(25)
@given(st.data())
def test_the_symbolic_scale_set_step_is_enabled_iff_the_model_accepts_and_has_its_one_successor(data):
    policy = data.draw(policies(max_instances=6, max_uds=3), label="policy")
    parametric = data.draw(st.booleans(), label="instances = any")
    sym_policy = attrs.evolve(policy, instances="any") if parametric else policy
    P = Pinned(C, sym_policy)
    s = data.draw(runs(policy, max_steps=20), label="run").states[-1]
    agree_on_view_and_predicates(C, P, "scale_set", s)
    for choice in data.draw(st.lists(CHOICES, min_size=1, max_size=4), label="next actions"):
        x = action_from(s, choice)
        r = agree_on_step(C, P, s, x, S.apply)
        if not isinstance(r, Refused):
            agree_on_step_predicates(C, P, "scale_set", s, x, r)
            s = r


@budget(20)
@given(st.data())
def test_a_refused_or_malformed_scale_set_action_has_no_symbolic_step(data):
    """Actions aimed anywhere (wrong phase, wrong instance, oversized batches) are refused by both."""
    policy = data.draw(policies(max_instances=6, max_uds=3), label="policy")
    P = Pinned(C, policy)
    s = data.draw(runs(policy, max_steps=20), label="run").states[-1]
    ids = st.integers(-1, s.n)  # one past either end: the model refuses those too
    x = data.draw(st.one_of(
        st.sampled_from(sorted(S.ACTIONS)).map(lambda name: _plain_action(name)),
        st.builds(lambda name, i: _plain_action(name, i=i),
                  st.sampled_from(["maintenance_takes_down", "instance_recovers", "instance_approves_upgrade"]), ids),
        st.builds(lambda h, i: _plain_action("instance_finishes_upgrade", i=i, healthy=h), st.booleans(), ids),
        st.frozensets(ids, min_size=1).map(lambda ch: _plain_action("orchestrator_starts_batch", chosen=ch)),
    ), label="action")
    agree_on_step(C, P, s, x, S.apply)


def _plain_action(name: str, **kw: Any):
    from rollproof.model.core import Action

    if name == "orchestrator_starts_batch" and "chosen" not in kw:
        kw["chosen"] = frozenset({0})
    if name in ("maintenance_takes_down", "instance_recovers", "instance_approves_upgrade") and "i" not in kw:
        kw["i"] = 0
    if name == "instance_finishes_upgrade":
        kw.setdefault("i", 0)
        kw.setdefault("healthy", True)
    return Action.of(name, **kw)


@budget(10)
@given(st.data())
def test_the_bit_vector_encoding_takes_the_same_steps_as_the_model(data):
    policy = data.draw(policies(max_instances=6, max_uds=3), label="policy")
    P = Pinned(C, policy, width=16)
    s = data.draw(runs(policy, max_steps=20), label="run").states[-1]
    agree_on_view_and_predicates(C, P, "scale_set", s)
    for choice in data.draw(st.lists(CHOICES, min_size=1, max_size=3), label="next actions"):
        x = action_from(s, choice)
        r = agree_on_step(C, P, s, x, S.apply)
        if not isinstance(r, Refused):
            s = r


@budget(15)
@given(st.data())
def test_the_symbolic_initial_condition_holds_exactly_on_the_policys_initial_states(data):
    policy = data.draw(policies(max_instances=6, max_uds=3), label="policy")
    P = Pinned(C, policy)
    s0 = data.draw(initial_states(policy), label="initial state")
    sick = data.draw(st.integers(0, s0.n), label="unhealthy at start")
    s1 = S.initial_state(attrs.evolve(policy, initial_unhealthy="any"), frozenset(range(sick)))
    s1 = attrs.evolve(s1, policy=policy)
    for s in (s0, s1):
        solver = P.solver(C.abstract(s))
        solver.add(C.init(P.L, policy, P.before))
        expected = z3.sat if C.init(CONCRETE, policy, C.abstract(s)) else z3.unsat
        assert solver.check() == expected
    allowed = S.initial_unhealthy_allowed(CONCRETE, policy, sick, s0.n)
    assert bool(C.init(CONCRETE, policy, C.abstract(s1))) == bool(allowed)


# --------------------------------------------------------------------------------------------
# Cloud service (tiny policies: its counting encoding is the larger one)


@st.composite
def tiny_cloud_services(draw) -> cs.Policy:
    from test_cloud_service_fuzz import policies as cs_policies

    return draw(cs_policies(max_roles=2, max_count=3, max_uds=3).filter(lambda p: p.upgrade_domains >= 2))


@budget(6)
@given(policy=tiny_cloud_services(), choices=st.lists(st.integers(0, 400), max_size=12), pick=st.integers(0, 10**6))
def test_the_symbolic_cloud_service_step_is_enabled_iff_the_model_accepts_and_has_its_one_successor(policy, choices, pick):
    from test_cloud_service_fuzz import candidates, run

    P = Pinned(CC, policy)
    s = run(policy, choices).states[-1]
    agree_on_view_and_predicates(CC, P, "cloud_service", s)
    options = candidates(s)
    accepted = [x for x in options if not isinstance(cs.apply(s, x), Refused)]
    refused = [x for x in options if isinstance(cs.apply(s, x), Refused)]
    chosen = [lst[pick % len(lst)] for lst in (accepted, refused) if lst]
    for x in chosen:
        r = agree_on_step(CC, P, s, x, cs.apply)
        if not isinstance(r, Refused):
            agree_on_step_predicates(CC, P, "cloud_service", s, x, r)


def test_the_pinning_helper_rejects_a_wrong_successor():
    """Guard against a vacuous check: a deliberately wrong successor is caught."""
    policy = S.ScaleSetPolicy(instances=3)
    s = S.initial_state(policy)
    x = _plain_action("orchestrator_starts_upgrade")
    P = Pinned(C, policy)
    solver = P.solver(C.abstract(s), int(C.A.orchestrator_starts_upgrade), C.abstract_action(s, x)[1])
    assert solver.check() == z3.sat
    wrong = attrs.evolve(C.abstract(S.apply(s, x)), status=int(S.Status.FAULTED))
    solver.add(pinned(P.after, wrong))
    assert solver.check() == z3.unsat
