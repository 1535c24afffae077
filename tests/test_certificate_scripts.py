"""A certificate's consecution and safety obligations are written one case per action (or, where
the model splits an action, per value of what it splits on), the state after the step solved away
(``Frame.steps``, ``split_case``).  These tests show that this encoding is the
transition (``T``, from which the proofs and BMC work) and nothing else, and that the script a
reviewer runs holds exactly the queries the re-checkers ask.
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any

import pytest
import z3

from rollproof.model import cloud_service as CSM
from rollproof.model import scale_set as S
from rollproof.model.systems import counting
from rollproof.solver.settings import settings
from rollproof.properties.registry import get
from rollproof.solver.parallel import Companion, Taker, beside_in_a_child
from rollproof.solver.session import ProverSession
from rollproof.solver.work import Timeout
from rollproof.solver.prove import Certificate, Frame, _script, houdini, queries, scopes, split_case
from rollproof.solver.symbolic import leaves, to_z3

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
    case, and ``queries`` cuts it into as many stand-alone queries.  The cases come in order of
    the action codes, each pinning its own, every code at least once (an action never enabled
    under the policy included); an action the model splits (``solver.settings``' ``split_cases``) has a case per value
    of what it splits on, each case pinning its value.  The safety script has one case for the
    property's state part, then the same per action for its transition part."""
    frame = frame_of(model, policy, pid)
    result = houdini(frame, time.monotonic() + 600)
    assert result.certificate is not None
    n = len(frame.C.A)
    step_part = frame.step_obligation() is not None
    act = frame.act.sexpr()
    for name in ("consecution", "safety"):
        text = getattr(result.certificate, name)
        qs = queries(text)
        ctx = z3.Context()  # (kept alive while Z3 runs the script)
        answers = z3.Z3_eval_smtlib2_string(ctx.ref(), text).split()
        assert answers == ["unsat"] * len(qs)
        _, cases = scopes(text)
        if name == "safety" and frame.own(frame.pre) is not None:
            assert f"(= {act} " not in cases[0]  # the state part asks for no step
            cases = cases[1:]
        if name == "safety" and not step_part:
            assert not cases
            continue
        codes = [[a for a in range(n) if f"(= {act} {a})" in case] for case in cases]
        assert all(len(c) == 1 for c in codes), (name, codes)
        codes = [c for (c,) in codes]
        assert codes == sorted(codes) and set(codes) == set(range(n)), (name, codes)
        split = {int(frame.C.A[a]): fields for a, fields in settings(frame.C).split_cases(policy).items()}
        for a in range(n):
            mine = [case for code, case in zip(codes, cases) if code == a]
            if a in split and a in {b for b, _, _ in frame._enabled()}:
                size = 1
                for field, values in split[a]:
                    size *= len(values) + (not isinstance(values[0], bool))  # (an integer has one more: none of them)
                assert len(mine) <= size and len(mine) > 1, (name, a)
                var = frame.split_on(a)[0][0].sexpr()
                assert all(var in case for case in mine)
            else:
                assert len(mine) == 1, (name, a)
        for q in qs:
            s = z3.Solver()
            s.from_string(q)
            assert s.check() == z3.unsat


@pytest.mark.parametrize("model, policy, pid", [FRAMES[0], FRAMES[2]])
def test_the_split_cases_of_an_action_are_its_case(model, policy, pid):
    """Where the model splits an action's case (``solver.settings``' ``split_cases``), the cases together say exactly
    what the one case says: for a consecution and for a property's step part, action by action."""
    frame = frame_of(model, policy, pid)
    goal = z3.And(*(to_z3(t) for _, t in frame.cands_post))  # every candidate lemma after the step
    split = {int(frame.C.A[a]) for a in settings(frame.C).split_cases(policy)}
    enabled = {a for a, _, _ in frame._enabled()}
    assert split & enabled, "some split action can be enabled"
    for (en, (after,)), a in zip(frame.steps(goal), sorted(enabled)):
        case = z3.And(en, z3.Not(after))
        pieces = split_case(case, frame.split_on(a))
        if a in split:
            assert len(pieces) > 1
        s = z3.Solver()
        s.add(z3.Xor(case, z3.Or(*pieces)))
        assert s.check() == z3.unsat, a


def test_a_split_case_keeps_the_values_it_does_not_name():
    """``split_case`` on a toy term: a case per value compared with, one for none of them (the
    comparisons false there), and a Boolean both ways; together equivalent to the term."""
    x, y, b = z3.Int("x"), z3.Int("y"), z3.Bool("b")
    term = z3.And(z3.If(x == 0, 10, z3.If(x == 2, 20, 30)) + z3.If(b, 1, 0) > 12, y == x + 1)
    pieces = split_case(term, [(x, (0, 1, 2)), (b, (False, True))])
    # x = 0 gives 10 or 11, never > 12: those two fold to false and are left out.
    assert len(pieces) == 6
    assert not any("If(x" in str(p) or "If(b" in str(p) for p in pieces)  # the branches folded away
    s = z3.Solver()
    s.add(z3.Xor(term, z3.Or(*pieces)))
    assert s.check() == z3.unsat
    # The values outside the list are kept: x = 7, b, y = 8 is in the term and in a piece.
    s = z3.Solver()
    s.add(z3.Or(*pieces), x == 7, b, y == 8)
    assert s.check() == z3.sat


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


def test_a_taker_hands_each_number_to_one_process_only():
    """The numbers a forked child and its parent take (``solver.parallel.Taker``) are each taken
    once, and together all of them."""
    take = Taker()
    n = 200

    def mine() -> list[int]:
        return list(iter(lambda: take(n), None))

    child = beside_in_a_child(mine)
    here = mine()
    there = child()
    assert there is not None
    assert sorted(here + there) == list(range(n))


def _remembering():
    """A child's state: every request so far."""
    seen: list[int] = []

    def serve(x: int) -> tuple[int, list[int]]:
        if x < 0:
            raise ValueError("a request it cannot serve")
        seen.append(x)
        return os.getpid(), list(seen)

    return serve


@pytest.mark.parametrize("death", ["killed", "raises"])
def test_a_companion_keeps_its_state_between_requests_and_a_dead_one_answers_none(death):
    """A ``solver.parallel.Companion`` answers in a process of its own, and what it built stays
    from one request to the next; once it has died (killed, or its ``serve`` raised), a request
    gets None, and the next one is not even sent."""
    with Companion(_remembering) as child:
        assert child.send(1)
        pid, seen = child.receive()
        assert pid != os.getpid() and seen == [1]
        assert child.send(2)
        assert child.receive() == (pid, [1, 2])
        if death == "killed":
            os.kill(pid, signal.SIGKILL)
            child.send(3)  # (may still reach the pipe's buffer)
        else:
            assert child.send(-1)
        assert child.receive() is None
        assert not child.alive and child.send(4) is False and child.receive() is None


def _rechecked(cert: Certificate, deadline: float) -> tuple[str, ...]:
    with ProverSession() as session:
        return session.recheck(cert, deadline)


def _hangs() -> Any:
    """A child's state: it never answers."""

    def serve(x: int) -> None:
        time.sleep(3600)

    return serve


def test_a_read_from_a_child_that_does_not_answer_times_out_and_the_child_is_stopped():
    """Every read from a helper process has a deadline: past it the child is killed and the reader
    gets ``TimeoutError`` (a hung child costs the check its time, never the run)."""
    with Companion(_hangs) as child:
        assert child.send(1)
        t = time.monotonic()
        with pytest.raises(TimeoutError):
            child.receive(time.monotonic() + 0.5)
        assert time.monotonic() - t < 5 and not child.alive
    wait = beside_in_a_child(lambda: time.sleep(3600))
    t = time.monotonic()
    with pytest.raises(TimeoutError):
        wait(time.monotonic() + 0.5)
    assert time.monotonic() - t < 5


def test_a_session_stops_the_helpers_it_forked_when_it_is_closed():
    session = ProverSession()
    child = session.companion(_hangs)
    assert child.alive and child.send(1)
    session.close()
    assert not child.alive
    with pytest.raises(ChildProcessError):
        os.waitpid(child._pid, os.WNOHANG)  # (already reaped)


def test_each_cvc5_query_gets_its_own_share_of_the_time_left():
    """A query may take the time left over the queries left, never all of it while others wait
    (at least ``MIN_SHARE``, at most what is left)."""
    from rollproof.solver.recheck import MIN_SHARE, query_share

    assert query_share(60.0, 30) == pytest.approx(max(MIN_SHARE, 2.0))
    assert query_share(60.0, 1) == 60.0
    assert query_share(60.0, 1000) == MIN_SHARE
    assert query_share(1.0, 1000) == 1.0


def test_a_re_check_out_of_time_is_a_timeout_never_a_rejection():
    """A certificate whose queries the solvers cannot finish in the time left is neither confirmed
    nor rejected: the re-check raises ``Timeout`` (the check's safety cap)."""
    x = z3.Int("x")
    cases = [z3.And(x == i, x < 0) for i in range(20)]
    good = _script([x >= 0], cases)
    init = _script([x == 0, x < 0], [])
    with pytest.raises(Timeout):
        _rechecked(Certificate((), init, good, init), time.monotonic() - 1)


@pytest.mark.parametrize("bad", [0, 7, 19])
def test_the_shared_re_check_rejects_a_sat_case_whichever_process_takes_it(bad):
    """The re-check shares cvc5's queries between two processes (``ProverSession.recheck``): a
    certificate with one satisfiable case among twenty is confirmed by neither solver, wherever
    the case sits; with none, by both."""
    x = z3.Int("x")
    cases = [z3.And(x == i, x < 0) for i in range(20)]
    good = _script([x >= 0], cases)
    cases[bad] = z3.And(x == bad, x >= 0)
    broken = _script([x >= 0], cases)
    init = _script([x == 0, x < 0], [])
    assert _rechecked(Certificate((), init, good, init), time.monotonic() + 600) == ("z3", "cvc5")
    assert _rechecked(Certificate((), init, broken, init), time.monotonic() + 600) == ()


def test_a_script_names_its_logic_only_where_it_is_linear_integer_arithmetic():
    """``(set-logic QF_LIA)`` heads a script whose assertions Z3 finds quantifier-free and linear over
    the integers; a non-linear one names no logic (the solvers then take ``ALL``).  Both re-checkers
    read either kind, and still reject a satisfiable case under the narrower logic."""
    x, y = z3.Ints("x y")
    linear = _script([x >= 0], [x < 0, x - 2 * y < -2 * y - 1])
    nonlinear = _script([x * y >= 1, x >= 0], [x * y < 1, x < 0])
    assert linear.startswith("(set-logic QF_LIA)\n")
    assert "set-logic" not in nonlinear
    init = _script([x == 0, x < 0], [])
    for text in (linear, nonlinear):
        assert _rechecked(Certificate((), init, text, init), time.monotonic() + 600) == ("z3", "cvc5")
    broken = _script([x >= 0], [x < 0, x == 3])
    assert broken.startswith("(set-logic QF_LIA)\n")
    assert _rechecked(Certificate((), init, broken, init), time.monotonic() + 600) == ()


def test_a_case_that_is_false_does_not_hide_a_product_of_variables():
    """An action whose guard is false under the policy has the case ``false``; a Z3 goal given it
    keeps nothing else, and the probe then calls the whole script linear.  A script with a product
    of two variables names no logic however its cases read, so both re-checkers can read it."""
    x, y = z3.Ints("x y")
    # (The ordinary case: numbers times variables and a false case are linear.)
    assert _script([20 * x >= 0, (x - 1) * 3 >= -3], [x < 0, z3.And(x == 1, False)]).startswith("(set-logic QF_LIA)\n")
    with_false = _script([x >= 1, y >= 1, (x - 1) * y >= 0], [(x - 1) * y < 0, z3.And(x == 10, False)])
    assert "set-logic" not in with_false
    assert "set-logic" not in _script([x >= 1], [x / y < 0, z3.BoolVal(False)])
    init = _script([x == 1, y == 1, x < 1], [])
    assert _rechecked(Certificate((), init, with_false, init), time.monotonic() + 600) == ("z3", "cvc5")


def test_a_proof_over_a_range_of_sizes_is_confirmed_by_both_solvers():
    """VMSS-COMPLETES over 2 ≤ N ≤ 3 at once: its certificate multiplies the batch size, a term in
    N, by a count, beside the cases of the actions the policy switches off."""
    from rollproof.solver import engine
    from rollproof.solver.strategies import Facts, Houdini

    policy = S.ScaleSetPolicy(instances="any")
    with ProverSession(policy) as session:
        task = engine.make_task(session, policy, get("VMSS-COMPLETES", "scale_set"), deadline=time.monotonic() + 600)
        out = Houdini(clocks=settings(counting("scale_set")).parametric_clocks, extra=engine._between(2, 3)).run(task, Facts())
    assert not isinstance(out, Facts), out
    assert set(out.certified_by) == {"z3", "cvc5"}


def _nonlinear_by_wrappers(terms) -> bool:
    """The linearity test as first written, over Z3's Python objects (the reference for ``_nonlinear``)."""
    ground: dict[int, bool] = {}

    def is_ground(t) -> bool:
        k = t.get_id()
        if k not in ground:
            ground[k] = (z3.is_const(t) and t.decl().kind() != z3.Z3_OP_UNINTERPRETED) or (
                not z3.is_const(t) and z3.is_app(t) and all(is_ground(c) for c in t.children()))
        return ground[k]

    seen: set[int] = set()
    todo = list(terms)
    while todo:
        t = todo.pop()
        if t.get_id() in seen or not z3.is_app(t):
            continue
        seen.add(t.get_id())
        kids = t.children()
        if z3.is_mul(t) and sum(1 for c in kids if not is_ground(c)) > 1:
            return True
        if (z3.is_div(t) or z3.is_idiv(t) or z3.is_mod(t) or t.decl().kind() in (z3.Z3_OP_REM, z3.Z3_OP_POWER)) \
                and any(not is_ground(c) for c in kids[1:]):
            return True
        todo.extend(kids)
    return False


def test_the_linearity_walk_over_z3_s_c_interface_answers_as_the_python_objects_do(monkeypatch):
    """``_nonlinear`` walks the terms through Z3's C interface: on small terms of every kind it
    names (products, quotients, remainders, powers, constants, quantifiers) and on the scripts of
    real certificates (over fixed and parametric sizes) it answers as the walk over Z3's Python
    objects."""
    from rollproof.solver import prove

    x, y = z3.Ints("x y")
    r = z3.Real("r")
    small = [x * y > 0, x * 3 > 0, 3 * (x + 1) * 2 > y, x / y > 1, x / 2 > 1, x % y == 0, x % 3 == 0,
             z3.ToReal(x) ** 2 > 1, r * r > 1, z3.And(x + y > 1, 2 * x < y), z3.ForAll([x], x * y > 0),
             z3.If(x > 0, x * (y - y), 1) > 0, (x - 1) * y >= 0, z3.BoolVal(False), z3.Exists([y], x > y)]
    for term in small:
        assert prove._nonlinear([term]) == _nonlinear_by_wrappers([term]), term
    seen = []
    real = prove._nonlinear

    def both(terms):
        terms = list(terms)
        seen.append(real(terms))
        assert seen[-1] == _nonlinear_by_wrappers(terms)
        return seen[-1]

    monkeypatch.setattr(prove, "_nonlinear", both)
    from rollproof.solver import engine

    for model, policy, pid in FRAMES:
        engine.check(policy, get(pid, model))
    assert len(seen) >= 6  # (the scripts of the frames' proofs, each compared)
