"""Unbounded proofs by Z3's Spacer engine: IC3/PDR over constrained Horn clauses.

The frame's system becomes three kinds of Horn clauses over one unknown relation ``Inv`` of the
counting state: ``init(s) ⇒ Inv(s)``, ``Inv(s) ∧ T(s, a, s') ⇒ Inv(s')``, and ``Inv(s) ∧ bad ⇒ ⊥``
(``bad``: the property's state part fails, or a step breaks its transition part).  When Spacer
finds them satisfiable, its solution for ``Inv`` is an inductive invariant that excludes every
bad state; it becomes a certificate of the same three obligations as a Houdini proof, exported as
SMT-LIB 2 and re-checked by Z3 and cvc5, so nothing rests on Spacer's word.  Spacer needs no
candidate lemmas: it often proves in a fraction of a second what Houdini needs the model's whole
lemma pool for, and where it does not answer within its share of the work Houdini takes over.
Spacer works in a Z3 context of its own, its terms copied in in a fixed order, and is bounded by
Z3's resource count (``units``): what it finds does not depend on the process's history or the
machine's speed.
"""

from __future__ import annotations

import time
from types import MappingProxyType
from typing import Any

import z3

from rollproof.solver.prove import Frame, ProofResult, certificate
from rollproof.solver.symbolic import leaves, to_z3
from rollproof.solver.work import Timeout


def _state_vars(state: Any) -> list[Any]:
    return [x for x in leaves(state) if isinstance(x, z3.ExprRef)]


def spacer(frame: Frame, deadline: float, units: int = 0) -> ProofResult | None:
    """An inductive invariant that proves the frame's property, found by Spacer; None if Spacer
    finds a counterexample, gives up, or runs out of its ``units`` of work (another engine decides
    then; 0: no bound but the deadline).  ``Timeout`` at the deadline."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise Timeout()
    ctx = z3.Context()

    def mine(t: Any) -> Any:
        return t.translate(ctx)

    pre, post = [mine(x) for x in _state_vars(frame.s0)], [mine(x) for x in _state_vars(frame.s1)]
    own = frame.own(frame.pre)
    step = frame.step_obligation()
    bad_state = z3.Not(to_z3(own[1])) if own is not None else None
    bad_step = z3.And(frame.trans_core, z3.Not(to_z3(step))) if step is not None else None
    fp = z3.Fixedpoint(ctx=ctx)
    fp.set(engine="spacer")
    fp.set("timeout", max(1, int(remaining * 1000)))
    if units:
        fp.set("rlimit", units)
    inv = z3.Function("Inv", *(x.sort() for x in pre), z3.BoolSort(ctx))
    bad = z3.Bool("Bad", ctx)
    fp.register_relation(inv, bad.decl())
    # The rules' variables: both states, the action and its arguments (a parameter of the
    # policy, such as a symbolic role size, is a state field the steps leave unchanged).
    for v in pre + post + [mine(frame.act)] + [mine(x) for x in _state_vars(frame.R.args[0])]:
        fp.declare_var(v)
    fp.rule(inv(*pre), mine(frame.init_core))
    fp.rule(inv(*post), [inv(*pre), mine(frame.trans_core)])
    if bad_state is not None:
        fp.rule(bad, [inv(*pre), mine(bad_state)])
    if bad_step is not None:
        fp.rule(bad, [inv(*pre), mine(bad_step)])
    try:
        answer = fp.query(bad)
    except z3.Z3Exception:  # cancelled: out of its work, or of the check's time
        answer = z3.unknown
    if answer == z3.unknown and time.monotonic() >= deadline:
        raise Timeout()
    if answer != z3.unsat:
        return None
    # (Simplified in Spacer's context: the simplifier orders arguments by term id.)
    cover = fp.get_cover_delta(-1, inv)
    inv_pre = z3.simplify(z3.substitute_vars(cover, *pre)).translate(z3.main_ctx())
    inv_post = z3.simplify(z3.substitute_vars(cover, *post)).translate(z3.main_ctx())
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
