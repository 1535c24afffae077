"""The counting model simulates the per-instance model: every step of one is a step of the other."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from model import scale_set as S
from model import scale_set_counts as C
from model.core import Refused
from model.logic import CONCRETE

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
