"""Candidate invariants for the prover: the model's own lemmas, plus templates over its view.

The templates are guesses in the model's vocabulary: every count of the view is 0, or ≥ 0; every
flag is false, or true; a flag implies another flag or its negation; a flag (or its absence)
implies a count is 0.  Houdini keeps the ones that are inductive together, so a wrong guess costs
a query, never soundness.
"""

from __future__ import annotations

from typing import Any

import attrs

from rollproof.solver.settings import settings


def _fields(v: Any) -> tuple[list[str], list[str]]:
    """The view's flag fields and count fields (by the type of their value on this view)."""
    flags, counts = [], []
    for f in attrs.fields(type(v)):
        x = getattr(v, f.name)
        if isinstance(x, bool) or getattr(x, "sort", lambda: None)() is not None and str(x.sort()) == "Bool":
            flags.append(f.name)
        elif isinstance(x, int) or (hasattr(x, "sort") and str(x.sort()) in ("Int",) or str(getattr(x, "sort", lambda: "")()).startswith("BitVec")):
            counts.append(f.name)
    return flags, counts


def templates(L: Any, v: Any) -> list[tuple[str, Any]]:
    """Template candidates over the view ``v``."""
    flags, counts = _fields(v)
    out: list[tuple[str, Any]] = []
    for c in counts:
        out.append((f"{c} = 0", getattr(v, c) == 0))
        out.append((f"{c} ≥ 0", getattr(v, c) >= 0))
    for f in flags:
        out.append((f"¬{f}", L.not_(getattr(v, f))))
        out.append((f"{f}", getattr(v, f)))
    for f in flags:
        for g in flags:
            if f != g:
                out.append((f"{f} ⇒ {g}", L.implies(getattr(v, f), getattr(v, g))))
                out.append((f"{f} ⇒ ¬{g}", L.implies(getattr(v, f), L.not_(getattr(v, g)))))
        for c in counts:
            out.append((f"{f} ⇒ {c} = 0", L.implies(getattr(v, f), getattr(v, c) == 0)))
            out.append((f"¬{f} ⇒ {c} = 0", L.implies(L.not_(getattr(v, f)), getattr(v, c) == 0)))
    return out


def candidates(C: Any, L: Any, policy: Any, s: Any, v: Any, t: Any = None) -> list[tuple[str, Any]]:
    """Every candidate for state ``s`` (view ``v``); with ``t``, the clock bounds at ghost time ``t``."""
    out = list(C.lemmas(L, policy, s, v))
    if settings(C).templates:
        seen = {n for n, _ in out}
        out += [(n, x) for n, x in templates(L, v) if n not in seen and not isinstance(x, bool)]
    if t is not None:
        out += C.clock_lemmas(L, policy, s, v, t)
    return out
