"""``check(policy, property)``: one verdict, with its scope, method and evidence.

The order: a ``check`` property runs its table.  Otherwise the prover looks for an inductive
invariant (Houdini over the model's lemmas); a proof is reported only when Z3 and cvc5 both
re-check its three SMT-LIB obligations.  Failing a proof, bounded model checking searches depth by
depth, strengthened by the invariants the prover did establish, for a shortest counterexample (or,
for ``reach``, a shortest witness), which is decoded, replayed through the per-instance model and
re-checked.  With ``instances = "any"`` a refutation is narrowed to the smallest failing N and,
where it can be computed, the exact region where the property holds.  Running out of time or depth
is ``Unknown`` with the reason, never ``Proved``.
"""

from __future__ import annotations

import time
from typing import Any

import z3

from model.logic import CONCRETE
from model.systems import counting
from properties.registry import Kind, Property
from properties.verdicts import NotApplicable, Proved, Refuted, Scope, Unknown
from solver import bmc
from solver.candidates import candidates
from solver.decode import decode
from solver.prove import Frame, Timeout, houdini, recheck_cvc5, recheck_z3
from solver.symbolic import Z3

HOUDINI = "inductive invariant (Houdini over the model's lemmas, 1-induction)"
DEFAULT_MAX_DEPTH = 60
REGION_SEARCH_LIMIT = 12  # largest N tried one by one when computing a parametric region


def model_of(policy: Any) -> str:
    name = type(policy).__module__.rsplit(".", 1)[-1]
    return name


def _instances(policy: Any) -> Any:
    n = getattr(policy, "instances", None)
    if n is None:  # cloud services: the total instance count is fixed by the roles
        return getattr(policy, "n", None)
    return n


def check(policy: Any, prop: Property, *, timeout: float = 60.0, max_depth: int = DEFAULT_MAX_DEPTH) -> Any:
    """The verdict of ``prop`` under ``policy`` within ``timeout`` seconds."""
    start = time.monotonic()
    deadline = start + timeout
    if not prop.applies(policy):
        return NotApplicable(prop.not_applicable_why or "the policy switches this feature off")
    if prop.kind == Kind.CHECK:
        return _table(policy, prop, start)
    model = prop.model
    C = counting(model)
    try:
        return _symbolic(model, C, policy, prop, start, deadline, max_depth)
    except Timeout:
        return Unknown(f"timeout after {timeout:g} s", Scope(_instances(policy)), "", time.monotonic() - start)


def _table(policy: Any, prop: Property, start: float) -> Any:
    bad = prop.check(policy)
    secs = time.monotonic() - start
    if bad:
        return Refuted(Scope(_instances(policy)), "table check", reason="; ".join(bad), seconds=secs)
    return Proved(Scope(_instances(policy)), "table check: the pure function agrees with every row of its table", seconds=secs)


def _lemma_invariant(C: Any, policy: Any, kept: tuple[str, ...]):
    keep = set(kept)

    def inv(R: Any, t: int) -> Any:
        cands = candidates(C, R.L, policy, R.states[t], R.views[t], t)
        return R.L.and_(*(term for name, term in cands if name in keep))

    return inv


def _prove(C: Any, policy: Any, prop: Property, deadline: float, extra: Any = None):
    """Houdini, then the two re-checks.  Returns (ProofResult, certified_by)."""
    frame = Frame(C, policy, prop, extra)
    result = houdini(frame, deadline)
    if result.certificate is None:
        return result, ()
    remaining = max(1.0, deadline - time.monotonic())
    by = []
    if recheck_z3(result.certificate, remaining):
        by.append("z3")
    if recheck_cvc5(result.certificate, remaining):
        by.append("cvc5")
    return result, tuple(by)


def _symbolic(model: str, C: Any, policy: Any, prop: Property, start: float, deadline: float, max_depth: int) -> Any:
    inst = _instances(policy)
    proof, by = _prove(C, policy, prop, deadline)
    stem = prop.id
    if proof.certificate is not None and set(by) == {"z3", "cvc5"}:
        secs = time.monotonic() - start
        cert = proof.certificate
        if prop.kind == Kind.REACH:
            return Refuted(
                Scope(inst), HOUDINI, reason="the goal is unreachable: an inductive invariant excludes it",
                certificate=cert.text(), certified_by=by, seconds=secs, artifacts=cert.files(stem),
            )
        return Proved(Scope(inst), HOUDINI, cert.text(), certified_by=by, seconds=secs, artifacts=cert.files(stem))
    unconfirmed = proof.certificate is not None
    invariant = _lemma_invariant(C, policy, proof.kept)
    hit = bmc.search(C, policy, prop, max_depth=max_depth, deadline=deadline, invariant=invariant)
    if isinstance(hit, bmc.Hit):
        trace = decode(model, policy, prop, hit)
        n_hit = len(trace.init.instances) if hasattr(trace.init, "instances") else inst
        if prop.kind == Kind.REACH:
            return Proved(
                Scope(n_hit, hit.depth), "bounded model checking: shortest witness (every shorter depth unsat)",
                trace=trace, seconds=time.monotonic() - start,
            )
        if inst == "any":
            return _parametric_refutation(model, C, policy, prop, hit, trace, start, deadline, invariant)
        return Refuted(
            Scope(n_hit, hit.depth), "bounded model checking: shortest counterexample (every shorter depth unsat)",
            trace=trace, seconds=time.monotonic() - start,
        )
    secs = time.monotonic() - start
    why = hit.reason or f"no counterexample within {hit.depth} steps"
    if unconfirmed:
        why += f"; an invariant was found but not confirmed by both solvers (confirmed by: {', '.join(by) or 'none'})"
    else:
        why += "; no inductive invariant among the model's lemmas implies it"
    return Unknown(why, Scope(inst, hit.depth), "bounded model checking + Houdini", secs)


def _parametric_refutation(model, C, policy, prop, hit, trace, start, deadline, invariant) -> Any:
    """Narrow a parametric counterexample to the smallest N, and compute where the property holds."""
    best_n, best = len(trace.init.instances), (hit, trace)
    depth_bound = hit.depth + 6
    # Smallest failing N within the depth bound: ask again for a smaller n until none exists.
    while best_n > 1 and time.monotonic() < deadline:
        h = bmc.search(
            C, policy, prop, max_depth=depth_bound, deadline=deadline, invariant=invariant,
            extra=lambda s, b=best_n: s.n < b, tag=f"m{best_n}",
        )
        if not isinstance(h, bmc.Hit):
            break
        t = decode(model, policy, prop, h)
        best_n, best = len(t.init.instances), (h, t)
    h, t = best
    holds_for = _region(C, policy, prop, best_n, deadline, depth_bound)
    return Refuted(
        Scope(best_n, h.depth),
        f"bounded model checking over every N at once; smallest failing N within {depth_bound} steps",
        trace=t, holds_for=holds_for, seconds=time.monotonic() - start,
    )


def _at_least(t: int):
    def extra(s: Any) -> Any:
        return s.n >= t

    extra.text = f"N ≥ {t}"
    return extra


def _region(C, policy, prop, smallest: int, deadline: float, depth_bound: int) -> str | None:
    """``"N >= t"`` when N ≥ t is proved (both solvers) and every 1 ≤ N < t fails; else None."""
    failing = []
    for n in range(1, REGION_SEARCH_LIMIT + 1):
        if time.monotonic() > deadline:
            return None
        h = bmc.search(C, policy, prop, max_depth=depth_bound, deadline=deadline,
                       extra=lambda s, n=n: s.n == n, tag=f"r{n}")
        if isinstance(h, bmc.Hit):
            failing.append(n)
        elif h.timed_out:
            return None
    t = max(failing) + 1 if failing else 1
    if t > REGION_SEARCH_LIMIT:
        return None
    try:
        proof, by = _prove(C, policy, prop, deadline, extra=_at_least(t))
    except Timeout:
        return None
    if proof.certificate is None or set(by) != {"z3", "cvc5"}:
        return None
    below = [n for n in range(1, t) if n not in failing]
    if below:
        # Some N below t did not fail within the bound: not a proof for them, so no exact region.
        return None
    return f"N >= {t}"
