"""Proofs from an exhausted explicit-state search: the reachable states themselves as the invariant.

Where breadth-first search (``solver.explicit``) visited every reachable counting state and none
breaks the property, the property holds; what is left is to show it to a solver.  The set of the
states visited is an inductive invariant by construction: it holds the initial states, every step
from one of them leads to another, and each satisfies the property.  Written as a disjunction, one
conjunction of equations per state, it becomes a certificate of the same three obligations as a
Houdini or Spacer proof, exported as SMT-LIB 2 and re-checked by Z3 and cvc5, so nothing rests on
the search's word.  Unlike Spacer's, its outcome depends only on the states the search visits, in
the order it visits them: the same on every machine and whatever the process did before.
"""

from __future__ import annotations

from typing import Any

import z3

from rollproof.solver.prove import Frame, ProofResult, certificate
from rollproof.solver.symbolic import leaves, to_z3

#: The most states a certificate lists: past this the invariant is left to the other provers.
MAX_STATES = 5_000


def _one_of(state: Any, reached: tuple[Any, ...]) -> Any:
    """``state`` is one of the counting states ``reached``: a disjunction over the values of the
    state's first field, each with the same over the next field among the states that share it,
    and so on (a trie: the states' common prefixes written once, so the formula grows with the
    branches, not with states × fields).  Written as SMT-LIB text and read once (building tens of
    thousands of terms one API call at a time costs seconds)."""
    xs = leaves(state)
    rows = [leaves(r) for r in reached]
    fixed = [i for i, x in enumerate(xs) if not isinstance(x, z3.ExprRef)]
    # (A field the frame fixes: a state that differs there is not the frame's.)
    rows = [r for r in rows if all(r[i] == xs[i] for i in fixed)]
    if not rows:
        return z3.BoolVal(False)
    free = [i for i, x in enumerate(xs) if isinstance(x, z3.ExprRef)]
    names = {f"v{k}": xs[i] for k, i in enumerate(free)}

    def value(x: Any, v: Any) -> str:
        if z3.is_bool(x):
            return "true" if v else "false"
        return str(int(v)) if int(v) >= 0 else f"(- {-int(v)})"

    def node(group: list[list[Any]], k: int) -> str:
        if k == len(free):
            return "true"
        x = xs[free[k]]
        branches: dict[Any, list[list[Any]]] = {}
        for r in group:  # (in the order visited: the formula is the same on every run)
            branches.setdefault(r[free[k]], []).append(r)
        parts = []
        for v, sub in branches.items():
            rest = node(sub, k + 1)
            eq = f"(= v{k} {value(x, v)})"
            parts.append(eq if rest == "true" else f"(and {eq} {rest})")
        return parts[0] if len(parts) == 1 else f"(or {' '.join(parts)})"

    return z3.And(*z3.parse_smt2_string(f"(assert {node(rows, 0)})", decls=names))


def reachable_proof(frame: Frame, reached: tuple[Any, ...]) -> ProofResult | None:
    """The certificate that the ``reached`` counting states (every state the search visited, none
    breaking the property) are closed under the frame's steps; None if there are too many."""
    if not reached or len(reached) > MAX_STATES:
        return None
    inv_pre = _one_of(frame.s0, reached)
    pre, post = leaves(frame.s0), leaves(frame.s1)
    inv_post = z3.substitute(inv_pre, *((x, y) for x, y in zip(pre, post) if isinstance(x, z3.ExprRef)))
    own = frame.own(frame.pre)
    step = frame.step_obligation()
    bads = [z3.Not(to_z3(own[1]))] if own is not None else []
    consecution, bad_steps = frame.broken_by_a_step(inv_post, step)
    bads += bad_steps
    text = (f"the state is one of the {len(reached)} counting states the explicit-state search reached "
            "(each listed in the .smt2 files)",)
    return ProofResult(certificate(frame, text, inv_pre, consecution, bads, method="reachable"), (), None, 1)
