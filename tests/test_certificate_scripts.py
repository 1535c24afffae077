"""A certificate's consecution and safety obligations are written one case per action, the state
after the step solved away (``Frame.steps``).  These tests show that this encoding is the
transition (``T``, from which the proofs and BMC work) and nothing else, and that the script a
reviewer runs holds exactly the queries the re-checkers ask.
"""

from __future__ import annotations

import time

import pytest
import z3

from model import cloud_service as CSM
from model import scale_set as S
from model.systems import counting
from properties.registry import get
from solver.prove import Frame, _script, houdini, queries, scopes
from solver.symbolic import leaves

FRAMES = [
    ("cloud_service", CSM.CloudServicePolicy(roles={"web": "any", "worker": "any"}), "X-INSTANCES-CONSERVED"),
    ("cloud_service", CSM.CloudServicePolicy(roles={"web": 3, "worker": 2}, upgrade_domains=3), "CS-ROLLBACK-ALLOWED"),
    # Properties that restrict the steps (``allowed``): the restriction is part of each case.
    ("cloud_service", CSM.CloudServicePolicy(roles={"web": 3, "worker": 3}, upgrade_domains=3,
                                             start_timeout_walks_on=True), "CS-START-TIMEOUT"),
    ("scale_set", S.ScaleSetPolicy(instances=10), "VMSS-COMPLETES"),
    ("scale_set", S.ScaleSetPolicy(instances="any"), "VMSS-NO-DOWNGRADE"),
]


def frame_of(model, policy, pid) -> Frame:
    return Frame(counting(model), policy, get(pid, model))


@pytest.mark.parametrize("model, policy, pid", FRAMES)
def test_the_cases_per_action_are_exactly_the_transition(model, policy, pid):
    """``T(s, act, s')`` (with the property's restriction) holds iff, for some action ``a`` whose
    guard can hold, ``act = a``, its guard and restriction hold, and ``s'`` is its successor."""
    frame = frame_of(model, policy, pid)
    post = [x for x in leaves(frame.s1) if isinstance(x, z3.ExprRef)]
    # The successor's value of every variable of the state after, per action, as ``steps`` sees it.
    cases = frame.steps(*post)
    assert cases, "some action can be enabled"
    per_action = z3.Or(*(z3.And(en, *(x == v for x, v in zip(post, vals))) for en, vals in cases))
    trans = frame.trans_core  # T without the ghost clock, restricted by the property
    s = z3.Solver()
    s.add(z3.Xor(trans, per_action))
    assert s.check() == z3.unsat


@pytest.mark.parametrize("model, policy, pid", FRAMES[:2] + [("scale_set", S.ScaleSetPolicy(instances=10), "VMSS-NO-DOWNGRADE")])
def test_a_certificate_script_runs_as_it_stands_and_cuts_into_its_queries(model, policy, pid):
    """Run whole (push/pop scopes, a check-sat each), the consecution script gives one unsat per
    action code (in order, an action never enabled under the policy included), the safety script
    one for the property's state part and one per action for its transition part, and
    ``queries`` cuts each into as many stand-alone queries."""
    frame = frame_of(model, policy, pid)
    result = houdini(frame, time.monotonic() + 60)
    assert result.certificate is not None
    n = len(frame.C.A)  # a case per action code, one whose guard is false under the policy too
    state_part = frame.own(frame.pre) is not None
    step_part = frame.step_obligation() is not None
    expected = {"consecution": n, "safety": int(state_part) + (n if step_part else 0)}
    for name, count in expected.items():
        text = getattr(result.certificate, name)
        qs = queries(text)
        assert len(qs) == count, name
        ctx = z3.Context()  # (kept alive while Z3 runs the script)
        answers = z3.Z3_eval_smtlib2_string(ctx.ref(), text).split()
        assert answers == ["unsat"] * len(qs)
        # The action cases come in order of their codes, each pinning its own.
        _, cases = scopes(text)
        for a, case in enumerate(cases[len(cases) - n:] if name == "consecution" or step_part else []):
            assert f"(= {frame.act.sexpr()} {a})" in case, (name, a)
        for q in qs:
            s = z3.Solver()
            s.from_string(q)
            assert s.check() == z3.unsat


def test_a_case_that_is_satisfiable_is_seen_in_its_own_query():
    """A script with one satisfiable case among unsatisfiable ones: run whole, that check-sat says
    sat, and its stand-alone query is the only one that is sat (the cut keeps the cases apart)."""
    x = z3.Int("x")
    text = _script([x >= 0], [x < 0, x == 3, x < -1])
    ctx = z3.Context()
    assert z3.Z3_eval_smtlib2_string(ctx.ref(), text).split() == ["unsat", "sat", "unsat"]
    answers = []
    for q in queries(text):
        s = z3.Solver()
        s.from_string(q)
        answers.append(str(s.check()))
    assert answers == ["unsat", "sat", "unsat"]
    # A script with no scope is one query.
    (only,) = queries(_script([x >= 0, x < 0], []))
    s = z3.Solver()
    s.from_string(only)
    assert s.check() == z3.unsat
