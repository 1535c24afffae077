"""``check(policy, property)``: one verdict, with its scope, method and evidence.

The order: a ``check`` property runs its table.  Otherwise Spacer tries a quick proof, and the
explicit-state search (where the model lists its steps) or a shallow BMC looks for a short
counterexample; where the model lists its steps, a guided search then looks deeper, and a run it
finds ends the check (BMC asks only whether a shallower one exists).  Then the prover looks for an
inductive invariant (Houdini over the model's lemmas); a proof is reported only when Z3 and cvc5 both re-check its three SMT-LIB obligations.
Failing a proof, bounded model checking searches depth by depth past the depths already cleared,
strengthened by the invariants the prover did establish, for a shortest counterexample (or, for
``reach``, a shortest witness), which is decoded, replayed through the per-instance model and
re-checked.  With ``instances = "any"`` a refutation is narrowed to the smallest failing N and,
where it can be computed, the exact region where the property holds.  Running out of time or depth
is ``Unknown`` with the reason, never ``Proved``.
"""

from __future__ import annotations

import time
from typing import Any

import attrs
import z3

from model.logic import CONCRETE
from model.systems import counting
from properties.registry import Kind, Property
from properties.verdicts import NotApplicable, Proved, Refuted, Scope, Unknown
from solver import bmc, explicit, shared
from solver.candidates import candidates
from solver.decode import decode, decode_run
from solver.parallel import Taker, beside_in_a_child
from solver.spacer import spacer
from solver.settings import settings
from solver.prove import Frame, ProofResult, Timeout, houdini, maximal_inductive, recheck_cvc5, recheck_z3, scopes
from solver.symbolic import Z3, to_z3

HOUDINI = "inductive invariant (Houdini over the model's lemmas, 1-induction)"
SPACER = "inductive invariant (Spacer: IC3/PDR over constrained Horn clauses)"
DEFAULT_MAX_DEPTH = 60
REGION_SEARCH_LIMIT = 12  # how many N (from the smallest) are tried one by one for a parametric region
TAIL_SECONDS = 3.0  # the proof for every N past those when each of them fails


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
    scope = Scope(_instances(policy))
    if hasattr(policy, "instantiations") and _instances(policy) == "any":
        # A table is checked on concrete deployments: every one of the first sizes, and the scope says so.
        lo = _smallest(policy)
        hi = lo + TABLE_SIZES - 1
        bad = [f"N = {n} ({_sizes(p)}): {b}" for n in range(lo, hi + 1) for p in _instantiations(policy, n)
               for b in prop.check(p)]
        scope = Scope((lo, hi))
    else:
        bad = prop.check(policy)
    secs = time.monotonic() - start
    if bad:
        return Refuted(scope, "table check", reason="; ".join(bad), seconds=secs)
    return Proved(scope, "table check: the pure function agrees with every row of its table", seconds=secs)


TABLE_SIZES = 8  # instance counts a table check covers under a parametric policy


def _instantiations(policy: Any, n: int) -> list[Any]:
    """The concrete policies with ``n`` instances that a parametric policy covers."""
    if hasattr(policy, "instantiations"):
        return policy.instantiations(n)
    return [policy.with_instances(n)]


def _parameters(policy: Any) -> int:
    """How many sizes a parametric policy leaves open (roles of ``"any"`` instances; 1 for a scale set)."""
    counts = getattr(policy, "counts", None)
    return 1 if counts is None else sum(1 for c in counts if c == "any")


def _smallest(policy: Any) -> int:
    return getattr(policy, "smallest_n", 1)


def _sizes(policy: Any) -> str:
    roles = getattr(policy, "roles", None)
    return ", ".join(f"{r} {c}" for r, c in roles) if roles else f"N = {_instances(policy)}"


def _lemma_invariant(C: Any, policy: Any, kept: tuple[str, ...]):
    """The kept candidate lemmas at state ``t`` of an unrolling, with the ghost clock at ``t``.

    Built once over the unrolling's template state and a symbolic clock, then moved to each
    state by substitution (building the lemmas anew per depth costs far more)."""
    keep = set(kept)
    built: dict[tuple, Any] = {}

    def inv(R: Any, t: int) -> Any:
        key = (id(R.T), R.L.name)
        if key not in built:
            clock = z3.Int("t@tmpl")
            cands = candidates(C, R.L, policy, R.T.s0, R.T.view, clock)
            built[key] = (clock, to_z3(R.L.and_(*(term for name, term in cands if name in keep))))
        clock, term = built[key]
        # (Not simplified here: z3.simplify orders arguments by term id, and a hit's run, asked
        # again in a context of its own, must depend on the formula alone.)
        return z3.substitute(R.at(term, t), (clock, z3.IntVal(t)))

    return inv


def _settled(C: Any, policy: Any, prop: Property) -> Any:
    """A function giving the model's own invariant for the check's initial states and steps
    (``_lemma_invariant``), or None while not yet found: what a BMC hit's run is asked again over,
    the same whichever proof attempts finished in their time."""

    def get() -> Any:
        for clocks in (True, False):
            kept = _BASE.get((prop.model, policy, prop.start, prop.start_policy, prop.allowed, None, clocks))
            if kept:
                return _lemma_invariant(C, policy, kept)
        return None

    return get


def _search(C: Any, policy: Any, prop: Property, settle_by: float, **kw: Any) -> Any:
    """``bmc.search``, a hit's run asked again over the model's own invariant where found, by
    ``settle_by`` (the check's deadline)."""
    return bmc.search(C, policy, prop, settled=_settled(C, policy, prop), settle_by=settle_by, **kw)


def _legend(C: Any, policy: Any) -> str:
    """SMT-LIB comments naming what each count variable counts, for a reviewer reading the files."""
    lines = ["; cntJ@p0: instances in class J before the step.  The consecution and safety scripts have a",
             "; case (a push/pop scope) for each action act@p0 = a below, in order, its successor written out",
             "; in these terms; an action whose guard is false under the policy has the case (and (= act@p0 a) false).",
             "; An action whose successor branches on a field (the walk on current_ud and rollback, an update or",
             "; a start on its UD ud@p0) has a case per value of it, each stating its value (and, for an integer,",
             "; one for none of the values); together they are the action's one case.",
             "; t@pre: the ghost step clock"]
    lines += [f"; act@p0 = {int(a)}: {a.name}" for a in C.A]
    lines += C.legend(policy)
    return "\n".join(lines) + "\n"


def _files(C: Any, policy: Any, cert: Any, stem: str) -> tuple[tuple[str, str], ...]:
    legend = _legend(C, policy)
    return tuple((name, legend + text) for name, text in cert.files(stem))


def _prove(C: Any, policy: Any, prop: Property, deadline: float, extra: Any = None, full: bool = True,
           clocks: bool = True, spacer_too: bool = True):
    """Houdini over the property's own lemma and the model's invariant, then Spacer, then Houdini
    over every candidate lemma, then the two re-checks.  Returns (ProofResult, certified_by).
    Without ``full``, not every candidate lemma at once; without ``spacer_too``, no Spacer; without
    ``clocks``, the clock bounds are no candidates.

    The order is measured: over the model's own invariant, Houdini proves every catalog property
    that holds under the example policies, most in well under a second once that invariant is
    known (it is computed once per policy); Spacer fails on some of them within its share, and a
    failed attempt costs its whole share."""
    frame = Frame(C, policy, prop, extra, clocks=clocks)
    result = _lemma_proof(frame, deadline)
    if result.certificate is None and spacer_too:
        early = _spacer_proof(frame, deadline)
        if early is not None:
            return early
    if result.certificate is None and full:
        result = houdini(frame, deadline)
    if result.certificate is None:
        return result, ()
    return result, _rechecked(result.certificate, deadline)


_LEMMA_PROOFS: dict[tuple, Any] = {}


def _lemma_proof(frame: Frame, deadline: float) -> Any:
    """Houdini over the property's own lemma (and its region) alone, then on top of the model's
    own invariant, which is the same for every property checked from the same initial states
    over the same steps (computed once).  Memoised per property and frame: a later attempt of the
    same check (after a search, with more time) goes on from here."""
    key = (frame.prop.id, frame.key)
    if key in _LEMMA_PROOFS:
        if frame.key in _BASE:
            _base_invariant(frame, deadline)  # the frame learns the invariant (no query)
        return _LEMMA_PROOFS[key]
    # The property alone first: a certificate as small as the proof allows.
    own = frame.own(frame.pre)
    first = {n for n, _ in frame.cands_pre if n.startswith("the region: ")} | ({own[0]} if own else set())
    result = houdini(frame, deadline, only=first)
    if result.certificate is None:
        base = _base_invariant(frame, deadline)
        result = houdini(frame, deadline, only=set(base) | first)
    _LEMMA_PROOFS[key] = result
    return result


_lemma_proof.cache_clear = _LEMMA_PROOFS.clear  # type: ignore[attr-defined]


SPACER_SECONDS = 2.0  # Spacer's share of a proof attempt, before Houdini
SPACER_REGION_SECONDS = 0.0  # none for a proof restricted to some sizes (a ≤ N ≤ b, N ≥ t): Houdini at once

_SPACER_FAILED: set[tuple] = set()  # (property, frame key) where Spacer gave no certified proof


def _spacer_proof(frame: Frame, deadline: float) -> tuple[Any, tuple[str, ...]] | None:
    """Spacer within a small share of the time, once per frame: it needs no lemmas and, where it
    answers, answers fast.  Its invariant counts only when both solvers confirm it."""
    key = (frame.prop.id, frame.key)
    if key in _SPACER_FAILED:
        return None
    # Over a range of sizes (the search for the smallest failing N tries many) a shorter share.
    # and never more than a tenth of the check's time (the per-size checks of that search are short).
    now = time.monotonic()
    share = min(SPACER_SECONDS if frame.extra is None else SPACER_REGION_SECONDS, max(0.2, (deadline - now) / 10))
    result = spacer(frame, min(deadline, now + share))
    if result is not None:
        by = _rechecked(result.certificate, deadline)
        if len(by) == 2:
            return result, by
    _SPACER_FAILED.add(key)
    return None


_spacer_proof.cache_clear = _SPACER_FAILED.clear  # type: ignore[attr-defined]


def _rechecked(cert: Any, deadline: float) -> tuple[str, ...]:
    """The solvers that confirm the certificate's three obligations from their SMT-LIB text.

    Two processes share the work: a forked child re-checks with Z3, then joins this process in
    taking cvc5's queries one at a time (``Taker``) until none is left.  (Threads would not do:
    cvc5's binding holds Python's lock while it solves.)  cvc5 confirms when every query either
    process took is unsat."""
    remaining = max(1.0, deadline - time.monotonic())
    take = Taker()  # (made before the child is forked, so both share it)
    for text in (cert.initiation, cert.consecution, cert.safety):
        scopes(text)  # (cut once, before the fork: the child inherits the cut)

    def beside() -> tuple[bool, bool]:
        return recheck_z3(cert, remaining), recheck_cvc5(cert, remaining, take)

    child = beside_in_a_child(beside)
    here = False
    try:
        here = recheck_cvc5(cert, remaining, take)
    finally:
        if not here:
            take.stop()  # (the child need not go on)
        z3_confirms, there = child() or (False, False)
    return tuple(name for name, ok in (("z3", z3_confirms), ("cvc5", here and there)) if ok)


def _method(proof: Any) -> str:
    return SPACER if proof.certificate.method == "spacer" else HOUDINI


SMALLEST_SECONDS = 2.5  # BMC at the smallest N of a parametric policy, before the search over every N


def _at_smallest(model: str, C: Any, policy: Any, prop: Property, start: float, deadline: float, max_depth: int) -> Any:
    """A hit at the smallest N a parametric policy allows, as its verdict (None if none in time)."""
    lo = _smallest(policy)
    for p in _instantiations(policy, lo):
        hit = _search(C, p, prop, deadline, max_depth=max_depth, deadline=deadline)
        if isinstance(hit, bmc.Hit):
            trace = decode(model, p, prop, hit)
            how = f"bounded model checking at N = {lo}, the smallest N the policy allows"
            if prop.kind == Kind.REACH:
                return Proved(Scope(lo, hit.depth), f"{how}: shortest witness (every shorter depth unsat)",
                              trace=trace, seconds=time.monotonic() - start)
            return Refuted(Scope(lo, hit.depth), f"{how}: shortest counterexample (every shorter depth unsat)",
                           trace=trace, seconds=time.monotonic() - start, notes=(f"fails for N in {{{lo}}}",))
    return None


def _prove_within(C: Any, policy: Any, prop: Property, deadline: float, full: bool = True, clocks: bool = True,
                  extra: Any = None, spacer_too: bool = True):
    """``_prove``, with a timeout as ``(None, ())``."""
    try:
        return _prove(C, policy, prop, deadline, extra=extra, full=full, clocks=clocks, spacer_too=spacer_too)
    except Timeout:
        return None, ()


_BASE: dict[tuple, tuple[str, ...]] = {}
_BASE_SO_FAR: dict[tuple, list[str]] = {}  # where a search that ran out of time had got to


def _base_invariant(frame: Frame, deadline: float) -> tuple[str, ...]:
    """The largest inductive subset of the model's candidate lemmas (the property's own left out),
    for the frame's initial states and steps; memoised per policy, start, step restriction and
    region.  The next Houdini run checks every lemma it keeps again, except those of the
    unrestricted frame's invariant (``frame.known``), which are inductive here by construction."""
    key = frame.key
    kept = _BASE.get(key)
    if frame.parent_key is not None and frame.parent_key != key:
        # The unrestricted frame's invariant, if already found, holds here as well: Houdini then
        # only asks about the other lemmas.
        frame.known = frozenset(_BASE.get(frame.parent_key) or shared.get("base", frame.parent_share_key) or ())
    if kept is None:
        kept = shared.get("base", frame.share_key)  # found by another worker of the run
        if kept is not None:
            _BASE[key] = kept
    if kept is None:
        own = frame.own(frame.pre)
        names = {n for n, _ in frame.cands_pre} - ({own[0]} if own else set())
        # Houdini only ever drops lemmas, and what it has kept so far still contains the largest
        # inductive subset: a search that runs out of time is taken up again from there.
        so_far = _BASE_SO_FAR.get(key)
        start = so_far or [n for n, _ in frame.cands_pre if n in names]
        kept = _BASE[key] = tuple(maximal_inductive(frame, start, deadline, initiated=so_far is not None,
                                                    progress=lambda k: _BASE_SO_FAR.__setitem__(key, list(k)))[0])
        _BASE_SO_FAR.pop(key, None)
        shared.put("base", frame.share_key, kept)
    # Inductive on its own over this frame's initial states and steps, so with more lemmas assumed
    # as well: Houdini then asks only about the others (the property's own, above all).
    frame.known = frame.known | frozenset(kept)
    return kept


def _base_clear() -> None:
    _BASE.clear()
    _BASE_SO_FAR.clear()


_base_invariant.cache_clear = _base_clear  # type: ignore[attr-defined]


QUICK_DEPTH, QUICK_SECONDS = 6, 2.0  # a shallow search before any proof attempt


def _from_hit(model: str, policy: Any, prop: Property, hit: Any, start: float) -> Any:
    """The verdict of a BMC hit: decoded, replayed and re-checked (decode raises otherwise)."""
    return _shortest(prop, policy, decode(model, policy, prop, hit), hit.depth, start,
                     "bounded model checking", "every shorter depth unsat")


def _from_run(model: str, policy: Any, prop: Property, run: explicit.Run, start: float) -> Any:
    """The verdict of an explicit-state search's run: decoded, replayed and re-checked."""
    trace = decode_run(model, policy, prop, list(run.counts), list(run.acts), list(run.args))
    return _shortest(prop, policy, trace, run.depth, start, EXPLICIT,
                     f"every shallower reachable state and step checked: {run.states} counting states")


def _shortest(prop: Property, policy: Any, trace: Any, depth: int, start: float, how: str, why: str) -> Any:
    n_hit = len(trace.init.instances) if hasattr(trace.init, "instances") else _instances(policy)
    if prop.kind == Kind.REACH:
        return Proved(Scope(n_hit, depth), f"{how}: shortest witness ({why})", trace=trace,
                      seconds=time.monotonic() - start)
    return Refuted(Scope(n_hit, depth), f"{how}: shortest counterexample ({why})", trace=trace,
                   seconds=time.monotonic() - start)


def _explore(model: str, C: Any, policy: Any, prop: Property, start: float, deadline: float,
             max_depth: int) -> Any:
    """The explicit-state search within its share: a verdict from its run, or what it cleared
    (``explicit.Cleared``), or None where it does not apply."""
    now = time.monotonic()
    share = min(EXPLICIT_SECONDS, max(0.2, (deadline - now) / 5))
    found = explicit.search(C, policy, prop, deadline=min(deadline, now + share), max_depth=max_depth)
    if isinstance(found, explicit.Run):
        return _from_run(model, policy, prop, found, start)
    return found


EXPLICIT = "explicit-state search (breadth-first over the counting model's reachable states)"
EXPLICIT_SECONDS = 2.0  # the explicit-state search's share of a check, before the proof attempt
GUIDED = "guided search (best-first over the counting model's states, nearest to a violation first)"
GUIDED_SECONDS = 1.0  # the guided search's share of a check, after the breadth-first one


def _guided(model: str, C: Any, policy: Any, prop: Property, start: float, deadline: float, max_depth: int,
            clear: int) -> Any:
    """A run found nearest-first (every depth up to ``clear`` known to be free of hits), as a
    verdict: shortest once BMC finds every depth between ``clear`` and the run's unsat (over the
    model's own invariant), else a counterexample not shown to be shortest.  ``explicit.Cleared``
    when the search visited every reachable state, None when it found nothing in its share."""
    now = time.monotonic()
    share = min(GUIDED_SECONDS, max(0.2, (deadline - now) / 10))
    run = explicit.guided(C, policy, prop, deadline=min(deadline, now + share), max_depth=max_depth)
    if not isinstance(run, explicit.Run):
        return run
    run = explicit.shorten(C, policy, prop, run, deadline=min(deadline, time.monotonic() + share))
    trace = decode_run(model, policy, prop, list(run.counts), list(run.acts), list(run.args))
    if run.depth <= clear + 1:
        return _shortest(prop, policy, trace, run.depth, start, GUIDED,
                         f"every depth up to {clear} cleared by the explicit-state search")
    # The depths between: BMC, over the model's own invariant (memoised per policy) where found in time.
    try:
        base = _base_invariant(Frame(C, policy, prop), time.monotonic() + (deadline - time.monotonic()) * 2 / 3)
    except Timeout:
        base = ()
    hit = _search(C, policy, prop, deadline, max_depth=run.depth - 1, min_depth=clear + 1, deadline=deadline,
                     invariant=_lemma_invariant(C, policy, base) if base else None)
    if isinstance(hit, bmc.Hit):
        return _from_hit(model, policy, prop, hit, start)
    how = f"{GUIDED} and bounded model checking"
    if hit.depth == run.depth - 1:
        return _shortest(prop, policy, trace, run.depth, start, how,
                         f"every depth up to {clear} cleared by the explicit-state search, "
                         f"from {clear + 1} to {hit.depth} unsat")
    what = "witness" if prop.kind == Kind.REACH else "counterexample"
    scope = Scope(len(trace.init.instances) if hasattr(trace.init, "instances") else _instances(policy), run.depth)
    cls = Proved if prop.kind == Kind.REACH else Refuted
    return cls(scope, f"{how}: a {what}, not shown to be shortest (none within {hit.depth} steps)", trace=trace,
               seconds=time.monotonic() - start)


def _symbolic(model: str, C: Any, policy: Any, prop: Property, start: float, deadline: float, max_depth: int,
              likely_fails: bool = False) -> Any:
    """Proof, explicit-state search and BMC in turn; ``likely_fails``: the explicit-state search
    goes before the quick proof attempt (a smaller size of a parametric policy failed)."""
    inst = _instances(policy)
    clear = -1  # every depth up to this one is known to be free of hits
    # With parametric sizes (a role of "any" instances) BMC runs over every size at once: a hit
    # shows the property fails for some N, and the search for the smallest N takes over.
    searched = inst != "any" or settings(C).every_size_at_once

    def found(hit: Any) -> Any:
        if inst == "any":
            return _parametric(model, C, policy, prop, start, deadline, max_depth, known=hit)
        return _from_hit(model, policy, prop, hit, start)

    if inst == "any" and searched:
        # A quick proof over every size (Houdini over the model's own invariant, which the
        # policy's checks share) spares a proved property the look at the smallest.
        now = time.monotonic()
        early = _prove_within(C, policy, prop, min(deadline, now + (deadline - now) / 2), full=False, clocks=False,
                              spacer_too=False)
        if _certified(*early):
            return _proved(C, policy, prop, inst, start, *early)
        # Most failures show at the smallest sizes, where BMC is far cheaper than over every size.
        v = _at_smallest(model, C, policy, prop, start, min(deadline, time.monotonic() + SMALLEST_SECONDS), max_depth)
        if v is not None:
            if prop.kind == Kind.REACH or _parameters(policy) > 1:
                return v
            return _parametric(model, C, policy, prop, start, deadline, max_depth, smallest=v)
    elif searched:
        # A quick proof (Houdini over the model's own invariant, which the policy's checks
        # share) spares a proved property the bounded look below, and most counterexamples are
        # short: a look at the shallow states spares them the rest of the proof attempt (Spacer,
        # every lemma at once).  Where the model lists its steps, the reachable states one by
        # one, else BMC.
        seen = _explore(model, C, policy, prop, start, deadline, max_depth) if likely_fails else None
        if seen is not None and not isinstance(seen, explicit.Cleared):
            return seen
        now = time.monotonic()
        early = _prove_within(C, policy, prop, min(deadline, now + (deadline - now) / 2), full=False, spacer_too=False)
        if _certified(*early):
            return _proved(C, policy, prop, inst, start, *early)
        if not likely_fails:
            seen = _explore(model, C, policy, prop, start, deadline, max_depth)
            if seen is not None and not isinstance(seen, explicit.Cleared):
                return seen
        if isinstance(seen, explicit.Cleared):
            clear = seen.depth
            if not seen.exhausted:
                # Deeper than breadth-first search went: a run nearest-first, then BMC on the depths between.
                seen = _guided(model, C, policy, prop, start, deadline, max_depth, clear)
                if seen is not None and not isinstance(seen, explicit.Cleared):
                    return seen
            if seen is not None and seen.exhausted:
                return _exhausted(C, policy, prop, inst, start, deadline, seen)
        if clear < QUICK_DEPTH:
            quick = _search(C, policy, prop, deadline, max_depth=min(QUICK_DEPTH, max_depth), min_depth=clear + 1,
                               deadline=min(deadline, time.monotonic() + QUICK_SECONDS))
            if isinstance(quick, bmc.Hit):
                return found(quick)
            clear = max(clear, quick.depth)
    if inst == "any" and searched:
        # Parametric sizes: a proof for every size is tried within a share of the time, so that
        # the search for the smallest failing N keeps the rest.
        # Without the clock bounds: over parametric sizes they cost the proof more than they give
        # (measured: the model's own invariant in 7 s instead of 19 s for the seed's roles).
        proof, by = _prove_within(C, policy, prop, time.monotonic() + (deadline - time.monotonic()) * 2 / 3, clocks=False)
        if not _certified(proof, by):
            kept = proof.kept if proof is not None else ()
            hit = _search(C, policy, prop, deadline, max_depth=max_depth, invariant=_lemma_invariant(C, policy, kept),
                             deadline=time.monotonic() + (deadline - time.monotonic()) / 2)
            if isinstance(hit, bmc.Hit):
                return found(hit)
            return _parametric(model, C, policy, prop, start, deadline, max_depth)
    else:
        # Out of time here leaves no proof, not an unknown: the depth BMC cleared still counts.
        # After the searches, Spacer and every lemma at once wait for BMC's look below (a deep
        # counterexample is more likely than a proof the model's own invariant does not give).
        proof, by = _prove_within(C, policy, prop, deadline, full=not searched, spacer_too=not searched)
        if proof is None:
            proof = ProofResult(None, (), "out of time")
    if inst != "any" and not _certified(proof, by):
        # A deep counterexample is more likely now than a proof that needs every lemma at once:
        # a third of the time goes to BMC over the invariant found so far, then the full search.
        invariant = _lemma_invariant(C, policy, proof.kept)
        hit = _search(C, policy, prop, deadline, max_depth=max_depth, invariant=invariant, min_depth=clear + 1,
                         deadline=time.monotonic() + (deadline - time.monotonic()) / 3)
        if isinstance(hit, bmc.Hit):
            return found(hit)
        clear = hit.depth
        later, later_by = _prove_within(C, policy, prop, deadline)
        if later is not None:
            proof, by = later, later_by
        else:
            proof = attrs.evolve(proof, reason="out of time")
    if _certified(proof, by):
        return _proved(C, policy, prop, inst, start, proof, by)
    if inst == "any":
        return _parametric(model, C, policy, prop, start, deadline, max_depth)
    unconfirmed = proof.certificate is not None
    invariant = _lemma_invariant(C, policy, proof.kept)
    hit = _search(C, policy, prop, deadline, max_depth=max_depth, deadline=deadline, invariant=invariant, min_depth=clear + 1)
    if isinstance(hit, bmc.Hit):
        return _from_hit(model, policy, prop, hit, start)
    secs = time.monotonic() - start
    why = hit.reason or f"no counterexample within {hit.depth} steps"
    if unconfirmed:
        why += f"; an invariant was found but not confirmed by both solvers (confirmed by: {', '.join(by) or 'none'})"
    elif proof.reason == "out of time":
        why += "; the search for an inductive invariant ran out of time"
    else:
        why += "; no inductive invariant among the model's lemmas implies it"
    return Unknown(why, Scope(inst, hit.depth), "bounded model checking + Houdini", secs)


def _exhausted(C: Any, policy: Any, prop: Property, inst: Any, start: float, deadline: float,
               seen: explicit.Cleared) -> Any:
    """Every reachable state visited, none a counterexample: a proof is still needed to say so."""
    proof, by = _prove_within(C, policy, prop, deadline)
    if _certified(proof, by):
        return _proved(C, policy, prop, inst, start, proof, by)
    why = (f"the explicit-state search visited every reachable state ({seen.states} counting states, "
           f"{seen.depth} steps deep) and found no {'witness' if prop.kind == Kind.REACH else 'counterexample'}; "
           "without a certified inductive invariant that is not reported as a proof")
    if proof is not None and proof.certificate is not None:
        why += f" (an invariant was found but confirmed by: {', '.join(by) or 'none'})"
    return Unknown(why, Scope(inst, seen.depth), f"{EXPLICIT} + Houdini", time.monotonic() - start, exhausted=True)


def _proved(C: Any, policy: Any, prop: Property, inst: Any, start: float, proof: Any, by: tuple[str, ...]) -> Any:
    """The verdict of a certified proof: proved, or for a reach property refuted (unreachable)."""
    secs = time.monotonic() - start
    cert = proof.certificate
    files = _files(C, policy, cert, prop.id)
    if prop.kind == Kind.REACH:
        return Refuted(
            Scope(inst), _method(proof), reason="the goal is unreachable: an inductive invariant excludes it",
            certificate=cert.text(), certified_by=by, seconds=secs, artifacts=files,
        )
    return Proved(Scope(inst), _method(proof), cert.text(), certified_by=by, seconds=secs, artifacts=files)


def _parametric(model: str, C: Any, policy: Any, prop: Property, start: float, deadline: float, max_depth: int,
                known: Any = None, smallest: Any = None) -> Any:
    """``instances = "any"`` when no proof covers every N: check N = 1, 2, … one by one.

    The smallest N with a counterexample (or, for reach, with a witness) is exact when every
    smaller N was proved.  Where the property holds is computed when the small N are all decided
    and a parametric proof covers every N above them; otherwise the notes say what is known.
    ``smallest``: the verdict already found at the smallest N, a failure.
    """
    decided: dict[int, Any] = {}
    first_hit: tuple[int, Any] | None = None
    lo = _smallest(policy)
    hi = lo + REGION_SEARCH_LIMIT - 1
    region, tail = None, None
    # Before the first failing N, the sizes are covered by ranges where one parametric proof
    # (restricted to a ≤ N ≤ b) settles them at once: a range doubles after each proof, halves after
    # a failed one, and a size on its own is checked concretely (proof, then BMC).
    width, failed_end = 1, None
    n = lo
    if smallest is not None:
        decided[lo] = smallest
        first_hit = (lo, smallest)
        n, width = lo + 1, 2
    while n <= hi:
        now = time.monotonic()
        if now >= deadline:
            break
        share = max(2.0, (deadline - now) / 3) if first_hit is None else (deadline - now) / 2
        if failed_end is not None and n > failed_end:
            failed_end = None
        b = min(n + width - 1, hi, failed_end if failed_end is not None else hi)
        if first_hit is None and b > n:
            proof, by = _prove_within(C, policy, prop, min(deadline, now + share),
                                      clocks=settings(C).parametric_clocks, extra=_between(n, b))
            if _certified(proof, by):
                secs = time.monotonic() - now
                how, cert = f"{_method(proof)}, one proof over {n} ≤ N ≤ {b}", proof.certificate.text()
                for m in range(n, b + 1):
                    if prop.kind == Kind.REACH:  # the goal is unreachable at these sizes
                        decided[m] = Refuted(Scope(m), how, reason="the goal is unreachable", certificate=cert,
                                             certified_by=by, seconds=secs)
                    else:
                        decided[m] = Proved(Scope(m), how, cert, certified_by=by, seconds=secs)
                n, width = b + 1, (width * 2 if failed_end is None else width)
                continue
            failed_end, width = b, max(1, (b - n + 1) // 2)
            continue
        insts = _instantiations(policy, n)
        if (first_hit is not None and prop.kind != Kind.REACH and len(insts) == 1
                and all(m in decided and not isinstance(decided[m], Unknown) for m in range(lo, n))):
            # After a failure: a short counterexample at this size, if there is one; if not, the
            # property may hold from this size on, which one proof over N' ≥ N settles at once.
            now = time.monotonic()
            seen = _explore(model, C, insts[0], prop, now, min(deadline, now + share), max_depth)
            if seen is not None and not isinstance(seen, explicit.Cleared):
                decided[n] = seen
                n += 1
                continue
            if seen is not None:
                proof, by = _prove_within(C, policy, prop, min(deadline, now + (deadline - now) / 2),
                                          clocks=settings(C).parametric_clocks, extra=_at_least(n))
                if _certified(proof, by):
                    region, tail = _describe(sorted(m for m, w in decided.items() if _holds(prop, w)), lo, n - 1), n
                    break
        verdicts = []
        for i, p in enumerate(insts):
            now = time.monotonic()
            if now >= deadline:
                break
            each = max(1.0, share / (len(insts) - i))
            share -= each
            try:
                v = _symbolic(model, C, p, prop, now, min(deadline, now + each), max_depth,
                              likely_fails=first_hit is not None)
            except Timeout:
                v = Unknown(f"timeout after {each:.0f} s", Scope(n), "", time.monotonic() - now)
            verdicts.append(v)
            if not _holds(prop, v):
                break  # one failing or undecided deployment decides this N
        v = verdicts[-1] if verdicts else Unknown("out of time", Scope(n), "", 0.0)
        if len(verdicts) < len(insts) and _holds(prop, v):
            v = Unknown("out of time before every deployment of this size was checked", Scope(n), "", 0.0)
        decided[n] = v
        n += 1
        width = max(width, 2)
        hit = (prop.kind == Kind.REACH and isinstance(v, Proved)) or (prop.kind != Kind.REACH and isinstance(v, Refuted))
        if hit and first_hit is None:
            first_hit = (n - 1, v)
            if prop.kind == Kind.REACH or _parameters(policy) > 1:
                break  # no region is computed for a witness, or over several sizes at once
        if (first_hit is not None and _holds(prop, v) and prop.kind != Kind.REACH
                and all(not isinstance(decided.get(m), Unknown) and m in decided for m in range(lo, n - 1))):
            # It fails below N and holds at N: perhaps for every size from N on, which one
            # parametric proof (restricted to N' ≥ N) settles without checking them one by one.
            now = time.monotonic()
            proof, by = _prove_within(C, policy, prop, min(deadline, now + (deadline - now) / 2),
                                      clocks=settings(C).parametric_clocks, extra=_at_least(n - 1))
            if _certified(proof, by):
                region, tail = _describe(sorted(m for m, w in decided.items() if _holds(prop, w)), lo, n - 2), n - 1
                break
    if first_hit is None and known is not None:
        # The search ran out of time before it reached the sizes of the hit BMC found over every
        # size at once: that hit, decoded at its own sizes, is the counterexample.
        v = _from_hit(model, policy, prop, known, start)
        first_hit = (v.scope.instances, v)
        decided.setdefault(first_hit[0], v)
    holds = sorted(n for n, v in decided.items() if _holds(prop, v))
    fails = sorted(n for n, v in decided.items() if not _holds(prop, v) and not isinstance(v, Unknown))
    unknown = sorted(n for n in range(lo, hi + 1) if n not in holds and n not in fails and (tail is None or n < tail))
    exact_below = first_hit is not None and all(n in holds for n in range(lo, first_hit[0]))
    notes = [_summary("holds", holds), _summary("fails", fails)]
    if tail is not None:
        notes.append(f"holds for every N >= {tail}: a parametric proof over those N")
    if unknown:
        notes.append(_summary("undecided", unknown))
    secs = time.monotonic() - start
    if first_hit is None:
        return Unknown(
            f"no parametric proof; N = {lo}..{hi} checked one by one: " + "; ".join(x for x in notes if x),
            Scope("any"), "per-N checks", secs,
        )
    n, v = first_hit
    if n == lo:
        qualifier = "smallest N the policy allows"
    else:
        qualifier = "smallest N (every smaller N proved)" if exact_below else f"N = {n}; some smaller N undecided"
    if prop.kind == Kind.REACH:
        return Proved(
            Scope(n, v.scope.depth), f"bounded model checking, N = {lo}, {lo + 1}, … in turn: shortest witness at {'the ' if exact_below else ''}{qualifier}",
            trace=v.trace, seconds=secs, notes=tuple(x for x in notes if x),
        )
    if region is None and not unknown and all(n in decided for n in range(lo, hi + 1)):
        # Where every size checked fails, a proof for every larger one is unlikely: a short share.
        tail_deadline = deadline if holds else min(deadline, time.monotonic() + TAIL_SECONDS)
        try:
            proof, by = _prove(C, policy, prop, tail_deadline, extra=_at_least(hi + 1))
        except Timeout:
            proof, by = None, ()
        if proof is not None and proof.certificate is not None and set(by) == {"z3", "cvc5"}:
            region = _describe(holds, lo, hi)
    return Refuted(
        Scope(n, v.scope.depth), f"N = {lo}, {lo + 1}, … in turn, each by a proof (Houdini, then Spacer), the explicit-state search or BMC: shortest counterexample at {'the ' if exact_below else ''}{qualifier}",
        trace=v.trace, holds_for=region, seconds=secs, notes=tuple(x for x in notes if x),
    )


def _certified(proof: Any, by: tuple[str, ...]) -> bool:
    return proof is not None and proof.certificate is not None and set(by) == {"z3", "cvc5"}


def _holds(prop: Property, v: Any) -> bool:
    return isinstance(v, Refuted) if prop.kind == Kind.REACH else isinstance(v, Proved)


def _summary(word: str, ns: list[int]) -> str:
    return f"{word} for N in {{{', '.join(map(str, ns))}}}" if ns else ""


def _describe(holds: list[int], lo: int, hi: int) -> str:
    """The set ``holds ∪ {N > hi}`` (N ≥ ``lo``) as a region: ``N >= 5``, or ``N in {2, 4} or N >= 6``."""
    t = hi + 1
    while t - 1 in holds:
        t -= 1
    rest = [n for n in holds if n < t]
    tail = f"N >= {t}"
    return tail if not rest else f"N in {{{', '.join(map(str, rest))}}} or {tail}"


def _between(a: int, b: int):
    def extra(s: Any) -> Any:
        return Z3.and_(s.n >= a, s.n <= b)

    extra.text = f"{a} ≤ N ≤ {b}"
    return extra


def _at_least(t: int):
    def extra(s: Any) -> Any:
        return s.n >= t

    extra.text = f"N ≥ {t}"
    return extra
