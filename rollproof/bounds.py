"""Exact worst cases: the least (or greatest) value an expression over the observables takes in any
reachable state, as a pair a reviewer can check.

For ``--min E``: start from the value ``E`` has in the initial state and ask the engine to prove
``E >= k`` in every reachable state; while it refutes, its counterexample reaches a state with a
smaller value, which becomes the next ``k`` (each round strictly lowers ``k``, and ``k`` stays a
value some run reaches, so the search ends at the least one).  The last proof is the certificate
that no run goes below ``k``; a reach check of ``E <= k`` then gives a shortest run to it (given
the proof, a state with ``E <= k`` has ``E = k``).  ``--max`` is the same with the signs turned.
Every question is a user property (``properties.user``), so every verdict is judged by its plain
reading over the instances like any other; this module only asks and collects.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from attrs import frozen

from model import systems
from model.logic import CONCRETE
from properties import expressions as E
from properties import observables as O
from properties import plain, user
from properties.verdicts import Proved, Refuted
from rollproof import checking
from rollproof.policyfile import PolicyFile

DIRECTIONS = ("min", "max")


@frozen
class Bound:
    """The extremum of ``expression`` in ``direction``: ``value`` (None: unknown, ``reason`` says
    why), the proof that no run goes past it, and the shortest run that reaches it."""

    expression: str
    direction: str
    value: int | None
    proof: Any = None  # the checking.Result of the inv E >= value (min) or E <= value (max)
    witness: Any = None  # the checking.Result of the reach E <= value (min) or E >= value (max)
    rounds: int = 0
    reason: str | None = None


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").upper()[:40] or "EXPR"


def _question(pf: PolicyFile, pid: str, kind: str, source: str) -> Any:
    """The user property ``pid`` asking ``source`` (an ID taken by another question gets a hash)."""
    tree = user.compile_expression(pf.model, pf.policy, source)
    try:
        return user.define(pf.model, pid, kind, source, tree, "")
    except user.Conflict:
        tag = hashlib.sha1(E.text(tree).encode()).hexdigest()[:6].upper()
        return user.define(pf.model, f"{pid}-{tag}", kind, source, tree, "")


def initial_value(pf: PolicyFile, tree: E.Expr) -> int:
    """The expression's value in the model's default initial state."""
    ref = systems.reference(pf.model)
    s = ref.initial_state(pf.policy)
    return int(E.evaluate(tree, CONCRETE, user.plain_values(pf.model, tree, pf.policy, s)))


def value_at(pf: PolicyFile, tree: E.Expr, trace: Any) -> int:
    """The expression's value, read from the instances, in the state a trace records."""
    at = trace.at_step if trace.at_step is not None else len(trace.steps)
    s = plain.run_of(trace, at).now
    return int(E.evaluate(tree, CONCRETE, user.plain_values(pf.model, tree, trace.policy, s)))


def bound(pf: PolicyFile, source: str, direction: str, timeout: float, max_rounds: int = 200) -> Bound:
    """The exact least (``min``) or greatest (``max``) value of ``source`` over the reachable states
    of ``pf``'s policy (raises ``ExprError`` for a bad expression).

    Bisection between a value some run reaches (first the initial state's, then each
    counterexample's) and a value nothing goes past (first a sound range of the expression, then
    each proof), until they meet; the proof at the meeting value is the certificate.
    """
    tree = user.compile_expression(pf.model, pf.policy, source, want=E.INT)
    # An int expression has no and/or/not at its top, so a comparison after it needs no parentheses.
    text = source.strip()
    lo_dir = direction == "min"
    sign = 1 if lo_dir else -1  # work with f = sign * E: a min of f either way
    lo_e, hi_e = E.span(tree, O.ranges(pf.model, pf.policy), O.constants(pf.model))
    floor = lo_e if lo_dir else (None if hi_e is None else -hi_e)  # nothing goes below it (f)
    reached = sign * initial_value(pf, tree)  # some run reaches it (f)
    proofs: dict[int, Any] = {}
    stem = f"{direction.upper()}-{_slug(text)}"

    def ask(f: int) -> Any:
        k = sign * f
        num = str(k) if k >= 0 else f"M{-k}"
        prop = _question(pf, f"{stem}-{'GE' if lo_dir else 'LE'}-{num}", "inv", f"{text} {'>=' if lo_dir else '<='} {k}")
        return checking.check_one(pf, prop, timeout)

    with checking._run_sessions(1):  # one prover session for every round: the model's invariant is found once
        rounds = 0
        while floor is None or floor < reached or reached not in proofs:
            rounds += 1
            if rounds > max_rounds:
                return Bound(text, direction, None, None, None, max_rounds, f"no bound within {max_rounds} rounds")
            if floor is None:  # no range below: step down from the value reached, doubling
                step = 2 ** (rounds - 1)
                f = reached - step + 1 if rounds > 1 else reached
            else:
                f = (floor + reached + 1) // 2 if floor < reached else reached
            r = ask(f)
            if isinstance(r.verdict, Proved):
                proofs[f] = r
                floor = f if floor is None else max(floor, f)
                continue
            if not isinstance(r.verdict, Refuted) or r.trace_value is None:
                return Bound(text, direction, None, r, None, rounds,
                             f"{r.prop.statement}: {checking.reason_of(r.verdict) or r.label}")
            v = sign * value_at(pf, tree, r.trace_value)
            if v >= f:  # a counterexample that does not go past f: a bug, not a bound
                return Bound(text, direction, None, r, None, rounds,
                             f"internal error: a counterexample of {r.prop.statement} reaches {sign * v}")
            reached = v
        k = sign * reached
        goal = _question(pf, stem, "reach", f"{text} {'<=' if lo_dir else '>='} {k}")
        w = checking.check_one(pf, goal, timeout)
        if not (isinstance(w.verdict, Proved) and getattr(w.verdict, "trace", None) is not None):
            return Bound(text, direction, None, proofs[reached], w, rounds,
                         f"no run reaching {k} was found: {checking.reason_of(w.verdict) or w.label}")
        return Bound(text, direction, k, proofs[reached], w, rounds)


def to_json(pf: PolicyFile, bounds: list[Bound]) -> dict[str, Any]:
    """One policy of ``rollproof bound --format json`` (docs/user-properties.md)."""
    out = []
    for b in bounds:
        proof, wit = b.proof, b.witness
        pv = getattr(proof, "verdict", None)
        out.append({
            "expression": b.expression,
            "direction": b.direction,
            "value": b.value,
            "scope": checking.scope_json(getattr(pv, "scope", None)) if b.value is not None else None,
            "trace": getattr(wit, "trace", None) if b.value is not None else None,
            "trace_length": getattr(wit, "trace_length", None) if b.value is not None else None,
            "witness": getattr(wit, "label", None),
            "certified_by": list(getattr(pv, "certified_by", ()) or ()) if b.value is not None else [],
            "certificate": getattr(pv, "certificate", None) if b.value is not None else None,
            "files": [*getattr(proof, "files", ()), *getattr(wit, "files", ())] if b.value is not None else [],
            "method": getattr(pv, "method", None),
            "rounds": b.rounds,
            "reason": b.reason,
        })
    return {"name": pf.name, "file": pf.file, "model": pf.model, "parameters": pf.parameters, "bounds": out}


def text(pf: PolicyFile, bounds: list[Bound], out: Any) -> str:
    """The bounds of one policy for a terminal: each value, the run reaching it, the proof."""
    lines = [f"{pf.name} · {pf.model} · {pf.file}"]
    for b in bounds:
        head = f"  {b.direction} {b.expression}"
        if b.value is None:
            lines.append(f"{head}: unknown ({b.reason})")
            continue
        p, w = b.proof, b.witness
        past = "below" if b.direction == "min" else "above"
        lines.append(f"{head} = {b.value}")
        lines.append(f"    reached: {w.label}, {w.trace_length} steps: {out / w.trace}")
        if w.trace_value is not None and w.trace_value.why:
            lines.append(f"      {w.trace_value.why}")
        cert = next((f for f in p.files if f.endswith(".certificate.txt")), None)
        lines.append(f"    no run goes {past}: {p.label} ({checking.scope_text(p.verdict.scope, pf.policy, p.prop)})"
                     + (f", certificate {out / cert}" if cert else ""))
    return "\n".join(lines)
