"""Unbounded proofs by Z3's Spacer engine: IC3/PDR over constrained Horn clauses.

The frame's system becomes three kinds of Horn clauses over one unknown relation ``Inv`` of the
counting state: ``init(s) ⇒ Inv(s)``, ``Inv(s) ∧ T(s, a, s') ⇒ Inv(s')``, and ``Inv(s) ∧ bad ⇒ ⊥``
(``bad``: the property's state part fails, or a step breaks its transition part).  When Spacer
finds them satisfiable, its solution for ``Inv`` is an inductive invariant that excludes every
bad state; it becomes a certificate of the same three obligations as a Houdini proof, exported as
SMT-LIB 2 and re-checked by Z3 and cvc5, so nothing rests on Spacer's word.  Spacer needs no
candidate lemmas: it often proves in a fraction of a second what Houdini needs the model's whole
lemma pool for, and where it does not answer within its share of the work Houdini takes over.
Spacer is bounded by Z3's resource count (``units``), and its choices follow the addresses of its
own data: the same question asked twice in one process can get two answers within the same work.
So it is asked as SMT-LIB text, in a context of its own, in a process forked from one that has done
nothing but import the modules: what it finds depends on the question alone, not on the
process's history or the machine's speed.
"""

from __future__ import annotations

import time
from types import MappingProxyType
from typing import Any

import z3
from attrs import frozen

from rollproof.solver import parallel
from rollproof.solver.prove import Frame, ProofResult, certificate
from rollproof.solver.symbolic import leaves, to_z3
from rollproof.solver.work import Timeout


def _state_vars(state: Any) -> list[Any]:
    return [x for x in leaves(state) if isinstance(x, z3.ExprRef)]


def _sort(v: Any) -> str:
    k = v.sort().kind()
    if k == z3.Z3_INT_SORT:
        return "Int"
    if k == z3.Z3_BOOL_SORT:
        return "Bool"
    if k == z3.Z3_REAL_SORT:
        return "Real"
    raise ValueError(f"a state variable of sort {v.sort()}")


def _constants(terms: list[Any]) -> list[Any]:
    """The uninterpreted constants of ``terms``, in the order a walk over their structure meets them."""
    seen: set[int] = set()
    out: list[Any] = []
    todo = list(reversed(terms))
    while todo:
        t = todo.pop()
        if t.get_id() in seen:
            continue
        seen.add(t.get_id())
        if z3.is_const(t) and t.decl().kind() == z3.Z3_OP_UNINTERPRETED:
            out.append(t)
        elif z3.is_app(t):
            todo.extend(reversed(t.children()))
    return out


@frozen
class Problem:
    """Spacer's question as text: the variables (name and sort) of the state before and after a
    step, the step's action and arguments, the other constants, and the Horn clauses' formulas in
    SMT-LIB (``bad_state``, ``bad_step``: None where the property has no such part)."""

    pre: tuple[tuple[str, str], ...]
    post: tuple[tuple[str, str], ...]
    others: tuple[tuple[str, str], ...]  # declared as the rules' variables too
    constants: tuple[tuple[str, str], ...]  # any other constant the formulas name
    init: str
    trans: str
    bad_state: str | None
    bad_step: str | None


def solve(problem: Problem, units: int, seconds: float) -> tuple[str, str | None, str | None]:
    """Spacer on ``problem`` in a context of its own, built from the text alone: ``("unsat", the
    invariant over the state before, and after, as SMT-LIB)`` when it proves the property, else
    ``("sat" or "unknown", None, None)``."""
    ctx = z3.Context()
    make = {"Int": lambda n: z3.Int(n, ctx), "Bool": lambda n: z3.Bool(n, ctx), "Real": lambda n: z3.Real(n, ctx)}
    pre, post, others, constants = ([make[s](n) for n, s in vs] for vs in
                                    (problem.pre, problem.post, problem.others, problem.constants))
    decls = {str(v): v for v in pre + post + others + constants}

    def read(text: str | None) -> Any:
        return None if text is None else z3.parse_smt2_string(f"(assert {text})", decls=decls, ctx=ctx)[0]

    fp = z3.Fixedpoint(ctx=ctx)
    fp.set(engine="spacer")
    fp.set("timeout", max(1, int(seconds * 1000)))
    if units:
        fp.set("rlimit", units)
    inv = z3.Function("Inv", *(x.sort() for x in pre), z3.BoolSort(ctx))
    bad = z3.Bool("Bad", ctx)
    fp.register_relation(inv, bad.decl())
    # The rules' variables: both states, the action and its arguments (a parameter of the
    # policy, such as a symbolic role size, is a state field the steps leave unchanged).
    for v in pre + post + others:
        fp.declare_var(v)
    fp.rule(inv(*pre), read(problem.init))
    fp.rule(inv(*post), [inv(*pre), read(problem.trans)])
    if problem.bad_state is not None:
        fp.rule(bad, [inv(*pre), read(problem.bad_state)])
    if problem.bad_step is not None:
        fp.rule(bad, [inv(*pre), read(problem.bad_step)])
    try:
        answer = fp.query(bad)
    except z3.Z3Exception:  # cancelled: out of its work, or of the check's time
        answer = z3.unknown
    if answer != z3.unsat:
        return str(answer), None, None
    # (Simplified here: the simplifier orders arguments by term id, which follow the text alone.)
    cover = fp.get_cover_delta(-1, inv)
    return ("unsat", z3.simplify(z3.substitute_vars(cover, *pre)).sexpr(),
            z3.simplify(z3.substitute_vars(cover, *post)).sexpr())


def spacer(frame: Frame, deadline: float, units: int = 0) -> ProofResult | None:
    """An inductive invariant that proves the frame's property, found by Spacer; None if Spacer
    finds a counterexample, gives up, or runs out of its ``units`` of work (another engine decides
    then; 0: no bound but the deadline).  ``Timeout`` at the deadline.

    Spacer's choices follow the addresses of its own data (the same question asked twice in one
    process can get two answers within the same work), so it is asked, as SMT-LIB text, in a
    process forked from one that has done nothing yet (``parallel.in_a_fresh_process``)."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise Timeout()
    pre, post = _state_vars(frame.s0), _state_vars(frame.s1)
    others = [frame.act] + _state_vars(frame.R.args[0])
    own = frame.own(frame.pre)
    step = frame.step_obligation()
    bad_state = z3.Not(to_z3(own[1])) if own is not None else None
    bad_step = z3.And(frame.trans_core, z3.Not(to_z3(step))) if step is not None else None
    formulas = [frame.init_core, frame.trans_core] + [b for b in (bad_state, bad_step) if b is not None]
    named = {str(v) for v in pre + post + others}
    constants = [c for c in _constants(formulas) if str(c) not in named]
    problem = Problem(*(tuple((str(v), _sort(v)) for v in vs) for vs in (pre, post, others, constants)),
                      frame.init_core.sexpr(), frame.trans_core.sexpr(),
                      None if bad_state is None else bad_state.sexpr(), None if bad_step is None else bad_step.sexpr())
    try:
        got = parallel.in_a_fresh_process(solve, (problem, units, remaining), deadline + 5.0)
    except TimeoutError:
        raise Timeout() from None
    if got is None or got[0] != "unsat":
        if time.monotonic() >= deadline:
            raise Timeout()
        return None
    decls = {str(v): v for v in pre + post + others + constants}
    inv_pre, inv_post = (z3.parse_smt2_string(f"(assert {text})", decls=decls)[0] for text in got[1:])
    bads = []
    if bad_state is not None:
        bads.append(bad_state)
    consecution, bad_steps = frame.broken_by_a_step(inv_post, step)
    bads += bad_steps
    parts = inv_pre.children() if z3.is_and(inv_pre) else ([] if z3.is_true(inv_pre) else [inv_pre])
    cert = certificate(frame, tuple(readable(p) for p in parts), inv_pre, consecution, bads, method="spacer")
    return ProofResult(cert, (), None, 1)


_LOGIC = MappingProxyType({z3.Z3_OP_AND: "∧", z3.Z3_OP_OR: "∨", z3.Z3_OP_IMPLIES: "⇒", z3.Z3_OP_IFF: "⇔"})
_COMPARE = MappingProxyType({z3.Z3_OP_LE: "≤", z3.Z3_OP_GE: "≥", z3.Z3_OP_LT: "<", z3.Z3_OP_GT: ">", z3.Z3_OP_EQ: "="})
_ARITH = MappingProxyType({z3.Z3_OP_ADD: (" + ", 3), z3.Z3_OP_SUB: (" - ", 3), z3.Z3_OP_MUL: ("·", 4)})


def readable(e: Any) -> str:
    """A linear-arithmetic formula in infix notation, with state variables named by field
    (``cnt17``, ``active``) rather than by the solver's copy (``cnt17@p0``)."""
    return _show(e)[0]


def _show(e: Any) -> tuple[str, int]:
    """The text of ``e`` and its binding level (1 logic, 2 comparison, 3 sum, 4 product, 5 atom)."""
    if z3.is_const(e):
        if z3.is_true(e) or z3.is_false(e):
            return str(z3.is_true(e)).lower(), 5
        if z3.is_int_value(e):
            return str(e.as_long()), 5
        return str(e).split("@")[0], 5
    k = e.decl().kind()
    args = e.children()

    def sub(x: Any, level: int) -> str:
        text, own = _show(x)
        return text if own > level else f"({text})"

    if k == z3.Z3_OP_NOT:
        return "¬" + sub(args[0], 4), 5
    if k == z3.Z3_OP_UMINUS:
        return "-" + sub(args[0], 4), 5
    if k == z3.Z3_OP_ITE:
        return f"if {readable(args[0])} then {readable(args[1])} else {readable(args[2])}", 1
    if k in _LOGIC and len(args) >= 2:
        return f" {_LOGIC[k]} ".join(sub(a, 1) for a in args), 1
    if k in _COMPARE and len(args) == 2:
        return f" {_COMPARE[k]} ".join(sub(a, 2) for a in args), 2
    if k in _ARITH and len(args) >= 2:
        sep, level = _ARITH[k]
        return sep.join(sub(a, level - (k == z3.Z3_OP_ADD)) for a in args), level
    return e.sexpr(), 5
