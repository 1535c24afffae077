"""``check(policy, property)``: one verdict, with its scope, method and evidence.

A ``check`` property runs its table.  Any other check is a ``Task`` run by ``schedule`` through a
plan of strategies (``solver.strategies``), each bounded by work, so the verdict's text is the same
on every machine; the check's seconds are only a safety cap, whose expiry is an ``Unknown`` saying
"timeout".  For a concrete policy the plan is: Houdini over the property's lemma and the model's
own invariant (a quick proof once that invariant is known); where the model lists its steps, the
explicit-state search (a shortest counterexample among few reachable states), then the guided
search past the depths it cleared; BMC over the lemmas the quick proof kept, on the check's BMC
work; Spacer, then Houdini over every lemma; the shell may add a last strategy (the fuzzer).  A proof
is reported only when Z3 and cvc5 both re-check its three SMT-LIB obligations; a counterexample
only once it is decoded, replayed through the per-instance model and re-checked.  With
``instances = "any"`` a refutation is narrowed to the smallest failing N and, where it can be
computed, the exact region where the property holds (``SizeSearch``).
"""

from __future__ import annotations

import attrs

import time
from typing import Any

from attrs import frozen

from rollproof.model.systems import counting
from rollproof.properties.registry import Kind, Property
from rollproof.properties.verdicts import Proved, Refuted, Scope, Unknown, not_applicable
from rollproof.solver import bmc
from rollproof.solver.session import ProverSession
from rollproof.solver.settings import settings
from rollproof.solver.strategies import (
    BMC,
    EXPLICIT,
    GUIDED,
    HOUDINI,
    SPACER,
    Exhausted,
    Explicit,
    Facts,
    Guided,
    Houdini,
    Spacer,
    Task,
    from_hit,
    instances,
    is_verdict,
    schedule,
    settled,
)
from rollproof.solver.symbolic import Z3
from rollproof.solver.work import Account, Bounds, Timeout

__all__ = ["check", "make_task", "HOUDINI", "SPACER", "EXPLICIT", "GUIDED", "DEFAULT_MAX_DEPTH", "DEFAULT_TIMEOUT"]

DEFAULT_MAX_DEPTH = 60
#: The safety cap of a check, in seconds: far above what any example check needs (the work bounds
#: decide every verdict), so that running out of it means something went wrong.
DEFAULT_TIMEOUT = 600.0
REGION_SEARCH_LIMIT = 12  # how many N (from the smallest) are tried one by one for a parametric region
TABLE_SIZES = 8  # instance counts a table check covers under a parametric policy


def check(policy: Any, prop: Property, *, timeout: float = DEFAULT_TIMEOUT, max_depth: int = DEFAULT_MAX_DEPTH,
          session: ProverSession | None = None, bounds: Bounds | None = None, also: tuple[Any, ...] = (),
          search_first: bool = False) -> Any:
    """The verdict of ``prop`` under ``policy``; ``timeout`` seconds at most (a safety cap).

    ``session``: the prover session of the policy's checks (what they share; a fresh one, closed
    after, if None).  ``bounds``: the work each strategy may do.  ``also``: strategies to try last,
    where the others leave a concrete check undecided (the shell's fuzzer).  ``search_first``: a
    hit is likely (a premise searched for), so a concrete check looks for it before the quick
    proof: the verdict is the same either way (a proof and a hit exclude each other), only the
    order of the work differs."""
    start = time.monotonic()
    off = not_applicable(prop, policy)
    if off is not None:
        return off
    if prop.kind == Kind.CHECK:
        return _table(policy, prop, start)
    if prop.kind == Kind.REACH and prop.every_start and instances(policy) != "any":
        # "From every start": a run to the goal from each initial state (its budgets count states).
        from rollproof.solver import every_start

        return every_start.check(prop.model, counting(prop.model), policy, prop, max_depth=max_depth,
                                 deadline=start + timeout)
    own = session is None
    session = ProverSession(policy) if own else session
    try:
        task = _task(session, policy, prop, start, start + timeout, max_depth, bounds or Bounds(),
                     likely_fails=search_first)
        return schedule(task, plan(task, also))
    except Timeout:
        return Unknown(f"timeout after {timeout:g} s (the check's safety cap)", Scope(instances(policy)), "",
                       time.monotonic() - start)
    finally:
        if own:
            session.close()


def make_task(session: ProverSession, policy: Any, prop: Property, *, deadline: float,
              max_depth: int = DEFAULT_MAX_DEPTH, bounds: Bounds | None = None) -> Task:
    """A check of ``prop`` under ``policy`` in ``session``, starting now, for strategies run by hand."""
    return _task(session, policy, prop, time.monotonic(), deadline, max_depth, bounds or Bounds())


def _task(session: ProverSession, policy: Any, prop: Property, start: float, deadline: float, max_depth: int,
          bounds: Bounds, likely_fails: bool = False) -> Task:
    C = counting(prop.model)
    units = bounds.parametric_bmc_units if instances(policy) == "any" else bounds.bmc_units
    return Task(session, prop.model, C, policy, prop, start, deadline, max_depth, bounds, Account(units), likely_fails)


def plan(task: Task, also: tuple[Any, ...] = ()) -> list[Any]:
    """The strategies of a check, in order."""
    if task.inst == "any":
        if settings(task.C).every_size_at_once:
            # Role sizes as parameters: a quick proof over every size, BMC at the smallest sizes
            # (most failures show there, where BMC is far cheaper), the rest of the proof, BMC over
            # every size at once, then the sizes one by one.  Without the clock bounds: over
            # parametric sizes they cost the proof more than they give (the model's own invariant
            # in 7 s instead of 19 s for the seed's roles).
            return [Houdini(clocks=False), Smallest(), Spacer(clocks=False), Houdini(every_lemma=True, clocks=False),
                    EverySize(), SizeSearch()]
        return [Houdini(), Spacer(), Houdini(every_lemma=True), SizeSearch()]
    # A quick proof (Houdini over the model's own invariant, which the policy's checks share)
    # spares a proved property the searches below, and most counterexamples are short: a look at
    # the shallow states spares them the rest of the proof attempts (Spacer, every lemma at once).
    # After a smaller size of a parametric policy failed, a failure is likely: the search first.
    first = [Explicit(), Houdini()] if task.likely_fails else [Houdini(), Explicit()]
    # Then BMC over the lemmas the quick proof kept, until its work runs out or its depth bound is
    # reached (neither is helped by a proof found after), and the last proof attempts.
    return [*first, Guided(), Exhausted(), BMC(), Spacer(), Houdini(every_lemma=True), *also]


def _table(policy: Any, prop: Property, start: float) -> Any:
    scope = Scope(instances(policy))
    if hasattr(policy, "instantiations") and instances(policy) == "any":
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
    return ", ".join(f"{r} {c}" for r, c in roles) if roles else f"N = {instances(policy)}"


# --------------------------------------------------------------------------------------------
# Parametric policies


@frozen
class Smallest:
    """BMC at the smallest deployment a parametric policy allows (a hit there is the smallest
    failing N at once), within ``Bounds.smallest_units``; with one size open, the search over the
    sizes above it follows."""

    name = "bmc at the smallest N"

    def run(self, task: Task, facts: Facts) -> Any:
        lo = _smallest(task.policy)
        work = Account(task.bounds.smallest_units)
        for p in _instantiations(task.policy, lo):
            hit = bmc.search(task.C, p, task.prop, max_depth=task.max_depth, deadline=task.deadline,
                             session=task.session, work=work)
            if not isinstance(hit, bmc.Hit):
                continue
            v = from_hit(_at(task, p), hit)
            how = f"bounded model checking at N = {lo}, the smallest N the policy allows"
            if task.prop.kind == Kind.REACH:
                return Proved(Scope(lo, hit.depth), f"{how}: shortest witness (every shorter depth unsat)",
                              trace=v.trace, seconds=task.seconds())
            v = Refuted(Scope(lo, hit.depth), f"{how}: shortest counterexample (every shorter depth unsat)",
                        trace=v.trace, seconds=task.seconds(), notes=(f"fails for N in {{{lo}}}",))
            if _parameters(task.policy) > 1:
                return v
            return SizeSearch(smallest=v).run(task, facts)
        return facts


def _at(task: Task, policy: Any, likely_fails: bool = False) -> Task:
    """The task of the same property at one concrete size of a parametric policy (its own BMC work)."""
    return _task(task.session, policy, task.prop, time.monotonic(), task.deadline, task.max_depth, task.bounds,
                 likely_fails)


@frozen
class EverySize:
    """BMC over every size at once, over the lemmas the proof kept: a hit shows the property fails
    for some N, and the search for the smallest N takes over (its sizes, if that search finds none)."""

    name = "bmc over every size"

    def run(self, task: Task, facts: Facts) -> Any:
        invariant = task.session.lemma_invariant(task.C, task.policy, facts.kept()) if facts.kept() else None
        hit = bmc.search(task.C, task.policy, task.prop, max_depth=task.max_depth, deadline=task.deadline,
                         invariant=invariant, settled=settled(task, clocks=False), session=task.session,
                         work=task.bmc)
        if isinstance(hit, bmc.Hit):
            return SizeSearch(known=hit).run(task, facts)
        return facts


def _proof(task: Task, extra: Any, full: bool = True) -> Any:
    """A proof over the sizes ``extra`` allows: the verdict if certified, else None.  Without
    ``full``, only Houdini over the model's own invariant."""
    clocks = settings(task.C).parametric_clocks
    steps = [Houdini(clocks=clocks, extra=extra)]
    if full:
        steps.append(Houdini(every_lemma=True, clocks=clocks, extra=extra))
    facts = Facts()
    for s in steps:
        out = s.run(task, facts)
        if is_verdict(out):
            return out
        facts = out
    return None


@frozen
class SizeSearch:
    """``instances = "any"`` when no proof covers every N: N = 1, 2, … in turn.

    The smallest N with a counterexample (or, for reach, with a witness) is exact when every
    smaller N was proved.  Where the property holds is computed when the small N are all decided
    and a parametric proof covers every N above them; otherwise the notes say what is known.
    ``smallest``: the verdict already found at the smallest N, a failure; ``known``: a BMC hit over
    every size, the counterexample if the search finds none.  Before the first failing N, the sizes
    are covered by ranges where one parametric proof (restricted to a ≤ N ≤ b) settles them at
    once: a range doubles after each proof, halves after a failed one, and a size on its own is
    checked concretely.  Each size's check is a concrete check with its own work bounds.
    """

    smallest: Any = None
    known: Any = None
    name = "one size at a time"

    def run(self, task: Task, facts: Facts) -> Any:
        prop, policy = task.prop, task.policy
        decided: dict[int, Any] = {}
        first_hit: tuple[int, Any] | None = None
        lo = _smallest(policy)
        hi = lo + REGION_SEARCH_LIMIT - 1
        region, tail = None, None
        width, failed_end = 1, None
        n = lo
        if self.smallest is not None:
            decided[lo] = self.smallest
            first_hit = (lo, self.smallest)
            n, width = lo + 1, 2
        while n <= hi:
            if failed_end is not None and n > failed_end:
                failed_end = None
            b = min(n + width - 1, hi, failed_end if failed_end is not None else hi)
            if first_hit is None and b > n:
                v = _proof(task, _between(n, b))
                if v is not None:
                    how = f"{v.method}, one proof over {n} ≤ N ≤ {b}"
                    for m in range(n, b + 1):
                        if prop.kind == Kind.REACH:  # the goal is unreachable at these sizes
                            decided[m] = Refuted(Scope(m), how, reason="the goal is unreachable",
                                                 certificate=v.certificate, certified_by=v.certified_by,
                                                 seconds=v.seconds)
                        else:
                            decided[m] = Proved(Scope(m), how, v.certificate, certified_by=v.certified_by,
                                                seconds=v.seconds)
                    n, width = b + 1, (width * 2 if failed_end is None else width)
                    continue
                failed_end, width = b, max(1, (b - n + 1) // 2)
                continue
            insts = _instantiations(policy, n)
            if (first_hit is not None and prop.kind != Kind.REACH and len(insts) == 1
                    and all(m in decided and not isinstance(decided[m], Unknown) for m in range(lo, n))):
                # After a failure: a short counterexample at this size, if there is one; if not, the
                # property may hold from this size on, which one proof over N' ≥ N settles at once.
                at = _at(task, insts[0], likely_fails=True)
                seen: Any = Explicit().run(at, Facts())
                if is_verdict(seen):
                    decided[n] = seen
                    n += 1
                    continue
                if seen.explored is not None and _proof(task, _at_least(n)) is not None:
                    region, tail = _describe(sorted(m for m, w in decided.items() if _holds(prop, w)), lo, n - 1), n
                    break
            else:
                seen = None
            verdicts = []
            for p in insts:
                at = _at(task, p, likely_fails=first_hit is not None)
                # (Where the explicit-state search just ran at this size, what it cleared goes on.)
                v = schedule(at, plan(at), seen if seen is not None and len(insts) == 1 else None)
                verdicts.append(v)
                if not _holds(prop, v):
                    break  # one failing or undecided deployment decides this N
            v = verdicts[-1]
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
                if _proof(task, _at_least(n - 1)) is not None:
                    region, tail = _describe(sorted(m for m, w in decided.items() if _holds(prop, w)), lo, n - 2), n - 1
                    break
        if first_hit is None and self.known is not None:
            # The search found no failing size among those it checks: the hit BMC found over every
            # size at once, decoded at its own sizes, is the counterexample.
            v = from_hit(task, self.known)
            first_hit = (v.scope.instances, v)
            decided.setdefault(first_hit[0], v)
        return _sized_verdict(task, decided, first_hit, region, tail, lo, hi)


def _sized_verdict(task: Task, decided: dict[int, Any], first_hit: Any, region: Any, tail: Any, lo: int, hi: int) -> Any:
    prop = task.prop
    holds = sorted(n for n, v in decided.items() if _holds(prop, v))
    fails = sorted(n for n, v in decided.items() if not _holds(prop, v) and not isinstance(v, Unknown))
    unknown = sorted(n for n in range(lo, hi + 1) if n not in holds and n not in fails and (tail is None or n < tail))
    exact_below = first_hit is not None and all(n in holds for n in range(lo, first_hit[0]))
    if prop.kind == Kind.REACH:
        # In the property's own words: a size whose search hit nothing is one where the goal is
        # unreachable (the reach property fails there), a hit is a witness.
        notes = [_summary("the goal is unreachable", holds), _summary("the goal is reached", fails)]
    else:
        notes = [_summary("holds", holds), _summary("fails", fails)]
    if tail is not None:
        notes.append(f"holds for every N >= {tail}: a parametric proof over those N")
    if unknown:
        notes.append(_summary("undecided", unknown))
    if first_hit is None:
        return Unknown(f"no parametric proof; N = {lo}..{hi} checked one by one: " + "; ".join(x for x in notes if x),
                       Scope("any"), "per-N checks", task.seconds())
    n, v = first_hit
    if n == lo:
        qualifier = "smallest N the policy allows"
    else:
        qualifier = "smallest N (every smaller N proved)" if exact_below else f"N = {n}; some smaller N undecided"
    if prop.kind == Kind.REACH and holds and holds[0] < n:
        # The goal is reachable at some size but not at every one: over every size the property
        # fails, first at the smallest size whose search shows the goal unreachable.
        m = holds[0]
        w = decided[m]
        return attrs.evolve(
            w, method=f"N = {lo}, {lo + 1}, … in turn: the goal is unreachable at the "
                      f"{'smallest N the policy allows' if m == lo else f'smallest N decided (N = {m})'}, "
                      f"reached at N = {n}; at N = {m}: {w.method}",
            reason=f"the goal is unreachable for N in {{{', '.join(map(str, holds))}}} (at N = {m}: "
                   f"{w.reason or 'the goal is unreachable'}); it is first reached at N = {n}",
            seconds=task.seconds(), notes=tuple(x for x in notes if x))
    if prop.kind == Kind.REACH:
        if n > lo:
            qualifier = f"N = {n}; some smaller N undecided"
        return Proved(Scope(n, v.scope.depth),
                      f"bounded model checking, N = {lo}, {lo + 1}, … in turn: shortest witness at "
                      f"{'the ' if exact_below else ''}{qualifier}",
                      trace=v.trace, seconds=task.seconds(), notes=tuple(x for x in notes if x))
    if region is None and not unknown and all(n in decided for n in range(lo, hi + 1)):
        # A proof for every larger size: where every size checked fails one is unlikely, so only the
        # quick one (Houdini over the model's own invariant), else every lemma too.
        if _proof(task, _at_least(hi + 1), full=bool(holds)) is not None:
            region = _describe(holds, lo, hi)
    return Refuted(
        Scope(n, v.scope.depth),
        f"N = {lo}, {lo + 1}, … in turn, each by a proof (Houdini, then Spacer), the explicit-state search or BMC: "
        f"shortest counterexample at {'the ' if exact_below else ''}{qualifier}",
        trace=v.trace, holds_for=region, seconds=task.seconds(), notes=tuple(x for x in notes if x),
    )


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

