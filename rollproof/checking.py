"""Run the engine over policies and properties, and write what each verdict carries.

``run`` asks ``solver.engine.check`` for one verdict per (policy, property), the checks of a policy
in one prover session, and returns ``Result`` values; ``write_artifacts`` puts the trace (ITF), its
picture and any certificate files under ``<out>/<policy-name>/``.  Exit codes and JSON follow the
interface contract; the shell prints.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import multiprocessing
import os
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable

import attrs
from attrs import frozen

from rollproof.properties.registry import Kind, Property, properties_for
from rollproof.properties.verdicts import NotApplicable, Proved, Refuted, Unknown
from rollproof import itf
from rollproof.policyfile import PolicyFile

PICTURE_SUFFIX = ".svg"


@frozen
class Result:
    """One verdict, what was expected, and the files written for it (paths relative to the output folder)."""

    policy: PolicyFile
    prop: Property
    verdict: Any
    seconds: float
    trace: str | None = None
    picture: str | None = None
    files: tuple[str, ...] = ()
    #: The premises (``Property.antecedents``) shown never to happen under this policy, and what the
    #: search found of each (``witnessed``, ``unreachable``, ``unknown``).
    vacuous: tuple[str, ...] = ()
    premises: tuple[tuple[str, str], ...] = ()
    #: For a refutation: the causes its trace relies on (``properties.causes`` names, catalog order),
    #: and the property checked again without them: each alone, then cumulatively until it holds.
    used: tuple[str, ...] = ()
    without: tuple["Without", ...] = ()
    #: Causes the run relies on whose switch makes the property not apply: what it is about.
    about: tuple[str, ...] = ()

    @property
    def word(self) -> str:
        """The outcome of schema 1: proved, refuted, unknown or not-applicable (what ``[expect]`` names)."""
        return self.verdict.verdict

    @property
    def label(self) -> str:
        """The verdict word a reader sees (``properties.verdicts.LABELS``): each says what was shown."""
        v = self.verdict
        if isinstance(v, (NotApplicable, Unknown)):
            return v.verdict
        if self.prop.kind == Kind.CHECK:
            return "checked" if isinstance(v, Proved) else "refuted"
        if isinstance(v, Refuted):
            return "refuted" if v.shortest else "refuted (not shown shortest)"
        if self.witnessed:
            return "proved (witness)" if v.shortest else "proved (witness, not shown shortest)"
        if self.prop.antecedents and len(self.vacuous) == len(self.prop.antecedents):
            return "proved (vacuous)"
        if self.prop.restates:
            return "holds by construction"
        return "proved"

    @property
    def expected(self) -> str | None:
        """The ``[expect]`` verdict (``proved`` where the table names none); None for a policy explored."""
        return self.policy.expected(self.prop.id)

    @property
    def matches(self) -> bool:
        """False only where a verdict differs from an expectation: an explored policy has none."""
        return self.expected is None or self.word == "not-applicable" or self.word == self.expected

    @property
    def trace_value(self) -> Any:
        return getattr(self.verdict, "trace", None)

    @property
    def trace_length(self) -> int | None:
        t = self.trace_value
        return None if t is None else len(t.steps)

    @property
    def witnessed(self) -> bool:
        return isinstance(self.verdict, Proved) and self.trace_value is not None

    @property
    def singles(self) -> tuple["Without", ...]:
        """The property checked again without each cause alone."""
        return tuple(w for w in self.without if len(w.names) == 1 and w.names[0] in self.used)

    @property
    def holds_with(self) -> "Without | None":
        """The smallest set of causes found whose switching off makes the property hold, if any (a
        proof whose premises then never happen does not: it says nothing)."""
        proved = [w for w in self.without if w.holds]
        return min(proved, key=lambda w: (len(w.names), w.names)) if proved else None

    @property
    def silenced_by(self) -> tuple["Without", ...]:
        """The causes alone without which the property says nothing under this policy: proved, but
        vacuously (every premise never happens), so no switch that makes it hold."""
        return tuple(w for w in self.singles if w.is_vacuous)

    @property
    def cause(self) -> str | None:
        """A refutation's cause in one line: what its run is because of, and what makes it hold."""
        if not self.used:
            return None
        because = [w.names[0] for w in self.singles if w.holds]
        silent = [w.names[0] for w in self.silenced_by]
        if silent and not because:
            said = f"uses {', '.join(silent)}, without which the proof is vacuous"
            return said if self.holds_with is None else f"{said}; holds with {self.holds_with.switches}"
        if because:
            return "because of " + ", ".join(because) + " (proved without it)"
        hw = self.holds_with
        if hw is not None:
            # (A set found to suffice, none of whose causes suffices alone: not the only way to make it
            # hold, which the property's own "where it holds" says.)
            return f"uses {', '.join(self.used)}; holds with {hw.switches} together (no one alone)"
        if self.about:  # without these the property does not apply: it is about them
            rest = [n for n in self.used if n not in self.about]
            about = f"about {', '.join(self.about)} (not applicable without)"
            return f"uses {', '.join(rest)}; still refuted without them, and {about}" if rest else about
        return f"uses {', '.join(self.used)}; still refuted without them"


@frozen
class Without:
    """The property checked again with some causes switched off (``properties.causes``)."""

    names: tuple[str, ...]  # the causes switched off, catalog order
    switches: str  # as a reader sets them: "concurrent_maintenance = false, no cancel"
    verdict: Any
    seconds: float
    trace: str | None = None  # written files, relative to the output folder
    picture: str | None = None
    files: tuple[str, ...] = ()
    #: For a proof of a property with premises: what the search found of each (as ``Result.premises``),
    #: and those shown never to happen with these causes switched off.
    premises: tuple[tuple[str, str], ...] = ()
    vacuous: tuple[str, ...] = ()

    @property
    def word(self) -> str:
        return self.verdict.verdict

    @property
    def is_vacuous(self) -> bool:
        """A proof every premise of which never happens with these causes off: it says nothing."""
        return isinstance(self.verdict, Proved) and bool(self.premises) and len(self.vacuous) == len(self.premises)

    @property
    def holds(self) -> bool:
        """Switching these causes off makes the property hold, and not only because what it is about
        never happens."""
        return isinstance(self.verdict, Proved) and not self.is_vacuous

    @property
    def label(self) -> str:
        """The verdict word a reader sees, as ``Result.label`` says it (a run not shown shortest, a
        proof whose premises never happen), except that a proof that restates a guard reads
        ``proved``."""
        v = self.verdict
        if isinstance(v, Refuted) and not v.shortest:
            return "refuted (not shown shortest)"
        if self.is_vacuous:
            return "proved (vacuous)"
        return v.verdict

    @property
    def trace_length(self) -> int | None:
        t = getattr(self.verdict, "trace", None)
        return None if t is None else len(t.steps)

    @property
    def stem(self) -> str:
        return "without-" + "+".join(self.names)


def engine_check(policy: Any, prop: Property, timeout: float, fuzz: bool = True, session: Any = None,
                 bounds: Any = None, search_first: bool = False) -> Any:
    """The engine's verdict (imported late: the shell loads without Z3 until it checks), in
    ``session`` (a ``solver.session.ProverSession`` of the policy; the run's session of the policy,
    or a fresh one, if None).

    Where the engine's strategies leave the check undecided, the fuzzer has a last try (unless
    ``fuzz`` is off: a run settles its unknowns after every first verdict is in, ``settle``): a
    replayed counterexample, marked as not shown to be shortest (``rollproof.fuzzcheck.Fuzzer``).
    ``bounds``: the work each strategy may do (``solver.work.Bounds``; None: the default ones).
    ``search_first``: look for a hit before the quick proof (``solver.engine.check``).
    Inside ``rollproof.cache.using`` a verdict already stored, and re-checked, is not solved again.
    """
    from rollproof import cache
    from rollproof.properties.verdicts import not_applicable

    off = not_applicable(prop, policy)  # (decided without the engine, as the engine decides it)
    if off is not None:
        return off

    def solve() -> Any:
        # (Imported here: a verdict read back from the cache needs neither the engine nor Hypothesis.)
        from rollproof import fuzzcheck
        from rollproof.solver import engine

        s = session if session is not None or _ACTIVE is None else _ACTIVE.of(policy)
        return engine.check(policy, prop, timeout=timeout, session=s, bounds=bounds,
                            also=(fuzzcheck.Fuzzer(),) if fuzz else (), search_first=search_first)

    # The run's verdict cache, if any (``rollproof.cache``): a stored verdict whose evidence re-checks.
    return cache.through(policy, prop, timeout, fuzz, solve, bounds)


def selected(pf: PolicyFile, ids: Iterable[str] | None) -> list[Property]:
    """The catalog properties of the policy's model, then the file's own (``[[property]]``), or the
    named ones among them."""
    props = properties_for(pf.model) + list(pf.properties)
    if not ids:
        return props
    wanted = set(ids)
    return [p for p in props if p.id in wanted]


def check_one(pf: PolicyFile, prop: Property, timeout: float, fuzz: bool = True, session: Any = None) -> Result:
    """Ask the engine; an engine crash becomes ``Unknown`` naming the error (the run goes on)."""
    t0 = time.perf_counter()
    try:
        verdict = judged(prop, engine_check(pf.policy, prop, timeout, fuzz, session))
    except Exception as e:  # noqa: BLE001 - one crashing check must not lose the others' verdicts
        verdict = Unknown(reason=f"internal error: {type(e).__name__}: {e}")
    seconds = time.perf_counter() - t0
    return Result(policy=pf, prop=prop, verdict=verdict, seconds=seconds)


def judged(prop: Property, verdict: Any) -> Any:
    """``verdict`` with its trace judged by the property's plain reading (``properties.plain``).

    A counterexample the plain reading finds nothing wrong with (or a witness whose goal it does not
    see reached) is an error in the engine or a reading, never a result: the verdict becomes
    ``unknown`` naming the disagreement.  Otherwise the trace carries the reading's words (``why``).
    """
    from rollproof.properties import plain

    trace = getattr(verdict, "trace", None)
    if trace is None or not isinstance(verdict, (Proved, Refuted)):
        return verdict
    outcome = "witnesses" if prop.kind == Kind.REACH else "violates"
    at = trace.at_step if trace.at_step is not None else len(trace.steps)
    trace = trace.with_verdict(prop.id, at, outcome)
    j = plain.judge(prop.model, prop.id, trace)
    if not j.agrees:
        return Unknown(reason=f"internal error: the engine's trace and the plain reading disagree: {j.detail}",
                       scope=verdict.scope, method=verdict.method, seconds=verdict.seconds)
    return attrs.evolve(verdict, trace=trace.with_verdict(prop.id, at, outcome, why=j.why))


def run(
    policies: list[PolicyFile],
    ids: Iterable[str] | None,
    timeout: float,
    on_start: Callable[[PolicyFile, Property, int, int], None] | None = None,
    on_result: Callable[[Result, int, int], None] | None = None,
    jobs: int = 1,
    causes: bool = True,
    on_phase: Callable[[str], None] | None = None,
) -> list[Result]:
    """Every verdict, in policy then catalog order; with ``causes``, every refutation explained
    (``explain``).

    With ``jobs`` > 1 the checks run in that many worker processes at once (each check still gets
    its own ``timeout``); ``on_result`` is then called in the order the checks finish, and
    ``on_start`` names the earliest check still running.
    """
    ids = list(ids or [])
    work = [(pf, p) for pf in policies for p in selected(pf, ids)]
    say = on_phase or (lambda text: None)
    with _run_sessions(jobs):
        results = settle(_run_work(work, timeout, on_start, on_result, jobs, fuzz=False), timeout, jobs, say)
        if causes:
            results = premises(explain(results, timeout, jobs, say), timeout, jobs, say)
    return results


def settle(results: list[Result], timeout: float, jobs: int = 1, say: Callable[[str], None] = lambda t: None,
           donors: list[Result] | tuple[Result, ...] = (), fuzz: bool = True) -> list[Result]:
    """The unknowns of a run given more chances, cheapest first: a counterexample another policy of
    the run has (``results``, or ``donors``) that replays here too (``fuzzcheck.borrowed``), then
    the fuzzer (``fuzzcheck.fallback``; not with ``fuzz`` false: checks that ran it already), then
    borrowing again from what the fuzzer found, then from the policy's neighbours, last a run the
    policy file supplies (``runs``).  Every one is judged by the plain reading like any counterexample."""
    def traces_for(r: Result) -> list[Any]:
        # In an order of their own (length, then the donor's name, then the steps): the order of
        # ``results`` may follow how long each check took (the checks without causes are handed out
        # costliest first), and of two runs of one length the first that replays is taken.
        found = [(o.trace_value, o.policy.name) for o in (*results, *donors) if o is not r
                 and o.prop.model == r.prop.model and o.prop.id == r.prop.id and o.prop.allowed is r.prop.allowed
                 and isinstance(o.verdict, Refuted) and o.trace_value is not None]
        found.sort(key=lambda tn: (len(tn[0]), tn[1], [repr(st.action) for st in tn[0].steps]))
        return [t for t, _ in found]

    out = list(results)

    def borrow() -> None:
        for k, r in enumerate(out):
            if isinstance(r.verdict, Unknown):
                from rollproof import fuzzcheck  # (Hypothesis, loaded only where there is an unknown)

                v = judged(r.prop, fuzzcheck.borrowed(r.policy.policy, r.prop, r.verdict, traces_for(r),
                                                      seconds=BORROW_SECONDS))
                out[k] = attrs.evolve(r, verdict=v, seconds=r.seconds + (v.seconds - r.verdict.seconds))

    unknown = sum(isinstance(r.verdict, Unknown) for r in out)
    if unknown:
        say(f"settling {unknown} unknown{'s' if unknown != 1 else ''}: runs other policies have, then the fuzzer")
    borrow()
    still = [k for k, r in enumerate(out) if isinstance(r.verdict, Unknown)] if fuzz else []

    def fuzzed(r: Result) -> Callable[[], Any]:
        from rollproof import cache, fuzzcheck

        # The engine's unknown, then the fuzzer: what the engine gives with the fuzzer as its last
        # strategy (``fuzz``), so it is read from and stored in the verdict cache as that.
        return lambda: judged(r.prop, cache.through(
            r.policy.policy, r.prop, timeout, True,
            lambda: fuzzcheck.fallback(r.policy.policy, r.prop, r.verdict, timeout=timeout)))

    for k, v in zip(still, pool_map([fuzzed(out[k]) for k in still], jobs) if still else []):
        if not isinstance(v, Exception):
            out[k] = attrs.evolve(out[k], verdict=v, seconds=out[k].seconds + (v.seconds - out[k].verdict.seconds))
    if still:
        borrow()  # what the fuzzer found for one policy may replay under another
    still = [k for k, r in enumerate(out) if isinstance(r.verdict, Unknown)]

    def from_neighbours(r: Result) -> Callable[[], Any]:
        return lambda: judged(r.prop, neighbours_borrowed(r.policy.policy, r.prop, r.verdict, timeout))

    if still:
        say(f"settling {len(still)} unknown{'s' if len(still) != 1 else ''}: runs of the policy with a parameter "
            f"at its default")
    for k, v in zip(still, pool_map([from_neighbours(out[k]) for k in still], jobs) if still else []):
        if not isinstance(v, Exception):
            out[k] = attrs.evolve(out[k], verdict=v, seconds=out[k].seconds + (v.seconds - out[k].verdict.seconds))
    for k, r in enumerate(out):  # last, the runs the policy file supplies (found by hand: often long)
        for rel, t in zip(r.policy.run_files, r.policy.runs):
            if not isinstance(out[k].verdict, Unknown):
                break
            from rollproof import fuzzcheck

            v = judged(r.prop, fuzzcheck.borrowed(r.policy.policy, r.prop, r.verdict, [t], seconds=BORROW_SECONDS,
                                                  source=f"{SUPPLIED} ({rel})"))
            out[k] = attrs.evolve(r, verdict=v, seconds=r.seconds + (v.seconds - r.verdict.seconds))
    return out


def neighbours(model: str, policy: Any) -> list[tuple[str, Any]]:
    """The policy with one parameter at its model's default, for each parameter it changes (the
    instance count and the roles kept: a run starts from the same instances): a policy that switches
    a behaviour on keeps every run of the one without it, so their counterexamples are candidates."""
    from rollproof.model import systems
    from rollproof.policyfile import parameters

    default = systems.reference(model).Policy()
    mine, theirs = parameters(policy), parameters(default)
    out = []
    for k in mine:
        if k in SIZE_KEYS or mine[k] == theirs.get(k):
            continue
        try:
            out.append((f"{k} = {show_value(theirs.get(k))}", attrs.evolve(policy, **{k: getattr(default, k)})))
        except Exception:  # noqa: BLE001 - a default that does not fit the others (a validator) is no neighbour
            continue
    return out


#: The parameters that size the fleet: kept by ``neighbours`` (a run of another size cannot replay).
SIZE_KEYS = frozenset({"instances", "roles", "upgrade_domains", "update_domains", "initial_unhealthy", "initial"})


def show_value(v: Any) -> str:
    return ("true" if v else "false") if isinstance(v, bool) else repr(v) if isinstance(v, str) else str(v)


def neighbours_borrowed(policy: Any, prop: Property, verdict: Any, timeout: float) -> Any:
    """``verdict``, or, when it is an ``Unknown``, a counterexample that a neighbour of the policy
    (``neighbours``: one parameter at its default) has and that replays here and breaks the property
    here too: so a policy's verdict does not depend on which other policies its run holds."""
    from rollproof import fuzzcheck
    from rollproof.properties.verdicts import not_applicable

    if not isinstance(verdict, Unknown) or verdict.exhausted or prop.kind not in (Kind.INV, Kind.STEP, Kind.LIVE):
        return verdict
    if getattr(policy, "instances", None) == "any" or getattr(policy, "parametric", False):
        return verdict
    for what, other in neighbours(prop.model, policy):
        if not_applicable(prop, other) is not None:
            continue
        theirs = engine_check(other, prop, timeout, fuzz=False)
        trace = getattr(theirs, "trace", None)
        if not isinstance(theirs, Refuted) or trace is None:
            continue
        got = fuzzcheck.borrowed(policy, prop, verdict, [trace], seconds=BORROW_SECONDS,
                                 source=f"the same policy with {what}")
        if not isinstance(got, Unknown):
            return got
    return verdict


#: How a counterexample from a run the policy file supplies (``runs``) names its source.
SUPPLIED = "a run the policy file supplies"

BORROW_SECONDS = 10.0  # the budget for shortening a counterexample borrowed from another policy


#: The most checks ``_run_work`` reads from the cache in the run's own process (measured: a pool of
#: worker processes costs about as much as reading a few dozen cached verdicts here).
READ_HERE = 48


def _ready(pf: PolicyFile, prop: Property, timeout: float, fuzz: bool) -> Result | None:
    """The check's result without solving, where it needs none: not applicable, or a verdict the
    active cache holds that stands its re-check; else None."""
    from rollproof import cache
    from rollproof.properties.verdicts import not_applicable

    t0 = time.perf_counter()
    verdict = not_applicable(prop, pf.policy) or cache.stored(pf.policy, prop, timeout, fuzz)
    if verdict is None:
        return None
    return Result(policy=pf, prop=prop, verdict=judged(prop, verdict), seconds=time.perf_counter() - t0)


def _run_work(work: list[tuple[PolicyFile, Property]], timeout: float, on_start: Any = None, on_result: Any = None,
              jobs: int = 1, fuzz: bool = True) -> list[Result]:
    """One ``Result`` per (policy file, property), in the order given.

    With ``jobs`` > 1 and at most ``READ_HERE`` checks, what needs no solving (``_ready``: a cached
    verdict, a property the policy switches off) is read here first, and only the rest goes to
    worker processes: a small run whose verdicts all come from the cache starts none.  A larger run
    hands every check to the workers, whose re-checks and replays then run side by side (threads
    here would share Python's lock for the replays)."""
    if jobs > 1 and len(work) > READ_HERE:
        return _run_parallel(work, timeout, on_start, on_result, min(jobs, len(work)), fuzz)
    if jobs > 1 and len(work) > 1:
        ready: dict[int, Result] = {}
        # Threads: the re-checks of cached certificates are Z3 calls, which run outside Python's lock.
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as threads:
            found = list(threads.map(lambda item: _ready(*item, timeout, fuzz), work))
        for k, r in enumerate(found):
            if r is not None:
                ready[k] = r
                if on_result:
                    on_result(r, len(ready), len(work))
        rest = [k for k in range(len(work)) if k not in ready]
        if len(rest) > 1:
            shift = len(ready)
            got = _run_parallel([work[k] for k in rest], timeout,
                                on_start and (lambda pf, p, k, n: on_start(pf, p, k + shift, len(work))),
                                on_result and (lambda r, k, n: on_result(r, k + shift, len(work))),
                                min(jobs, len(rest)), fuzz)
            ready.update(zip(rest, got))
        elif rest:
            (k,) = rest
            pf, p = work[k]
            if on_start:
                on_start(pf, p, len(ready) + 1, len(work))
            with _run_sessions(1):
                ready[k] = check_one(pf, p, timeout, fuzz)
            if on_result:
                on_result(ready[k], len(ready), len(work))
        return [ready[k] for k in range(len(work))]
    out = []
    with _run_sessions(1):
        for k, (pf, p) in enumerate(work, start=1):
            if on_start:
                on_start(pf, p, k, len(work))
            r = check_one(pf, p, timeout, fuzz)
            if on_result:
                on_result(r, k, len(work))
            out.append(r)
    return out


# --------------------------------------------------------------------------------------------
# Causes: each refutation checked again without what its trace relies on

#: How many times the chain switches off the causes of the latest trace on top of the ones before.
CHAIN_ROUNDS = 3


def _key(model: str, policy: Any, prop: Property) -> tuple[Any, ...]:
    """What a check's verdict depends on: the model, the policy value, the property and its restriction."""
    return (model, policy, prop.id, prop.allowed)


def explain(results: list[Result], timeout: float, jobs: int = 1, say: Callable[[str], None] = lambda t: None) -> list[Result]:
    """Each refutation with the causes its trace relies on, and the property checked again without
    them: each cause alone, then, where none alone makes it hold, cumulatively (the causes of each
    new trace added to the ones before) until it holds or no cause is left to switch off.

    A check another result already made (an example policy that differs by the same switch) is not
    made again; a switch that makes the property not applicable is left out (the property is about it)."""
    from rollproof.properties import causes as C
    from rollproof.properties import plain

    known: dict[tuple[Any, ...], Any] = {_key(r.prop.model, r.policy.policy, r.prop): r.verdict for r in results}
    done: dict[tuple[Any, ...], Without] = {}

    def uses(model: str, policy: Any, verdict: Any) -> tuple[str, ...]:
        t = getattr(verdict, "trace", None)
        if not isinstance(verdict, Refuted) or t is None:
            return ()
        return tuple(c.name for c in C.used_by(model, t.property_id, policy, plain.run_of(t)))

    def variant(r: Result, names: frozenset[str]) -> tuple[PolicyFile, Property] | None:
        pol, prop = C.without(r.prop.model, r.policy.policy, r.prop, names)
        if not prop.applies(pol):
            return None
        return attrs.evolve(r.policy, policy=pol, expect={}), prop

    # Each check asked for is likely to cost about what the refutation it varies cost: over worker
    # processes the costliest are handed out first, so that no worker is left with a long one at the end.
    cost: dict[tuple[Any, ...], float] = {}

    def want(asks: dict[tuple[Any, ...], tuple[PolicyFile, Property]], r: Result, v: tuple[PolicyFile, Property]) -> None:
        k = _key(r.prop.model, v[0].policy, v[1])
        asks[k] = v
        cost[k] = max(cost.get(k, 0.0), r.seconds)

    said: list[str] = []

    def ask(asks: dict[tuple[Any, ...], tuple[PolicyFile, Property]], what: str) -> None:
        todo = [(k, v) for k, v in asks.items() if k not in known]
        if jobs > 1:
            todo.sort(key=lambda kv: -cost.get(kv[0], 0.0))
        if todo and what not in said:  # (once per kind of round: the later rounds of a kind are short)
            said.append(what)
            say(f"causes: {len(todo)} check{'s' if len(todo) != 1 else ''} {what}")
        # A check without causes that ends unknown gets the chances the run's own unknowns get
        # (``settle``; its fuzzer has run already): a run of another policy of the run, or of a
        # neighbour of the policy, may replay here and still break the property.
        got = settle(_run_work([v for _, v in todo], timeout, jobs=jobs), timeout, jobs, donors=results, fuzz=False)
        for (k, _), res in zip(todo, got):
            known[k] = res.verdict

    used = [uses(r.prop.model, r.policy.policy, r.verdict) if r.prop.kind != Kind.CHECK and not r.policy.hidden else ()
            for r in results]
    # Each cause alone.
    plans: dict[int, list[frozenset[str]]] = {}
    asks: dict[tuple[Any, ...], tuple[PolicyFile, Property]] = {}
    for i, r in enumerate(results):
        for name in used[i]:
            v = variant(r, frozenset({name}))
            if v is not None:
                plans.setdefault(i, []).append(frozenset({name}))
                want(asks, r, v)
    ask(asks, "without each cause a refutation relies on")

    def without(r: Result, names: frozenset[str]) -> Without:
        pf, prop = variant(r, names)  # type: ignore[misc]
        verdict = known[_key(r.prop.model, pf.policy, prop)]
        order = tuple(c.name for c in C.CAUSES[r.prop.model] if c.name in names)
        return Without(order, C.switches(r.prop.model, names), verdict, getattr(verdict, "seconds", 0.0))

    # Cumulatively, where no cause alone makes it hold: switch off every cause of the trace, then
    # the causes of the new trace on top, until it holds or the trace relies on nothing switchable.
    chains = {i: [frozenset(used[i])] for i, ns in plans.items()
              if not any(isinstance(without(results[i], n).verdict, Proved) for n in ns)}
    for _ in range(CHAIN_ROUNDS + 1):
        asks = {}
        for i, chain in chains.items():
            if not chain:  # (every set tried left the property not applicable)
                continue
            r, names = results[i], chain[-1]
            v = variant(r, names)
            if v is None:
                chain.pop()
                continue
            k = _key(r.prop.model, v[0].policy, v[1])
            if k not in known:
                want(asks, r, v)
                continue
            more = names | frozenset(uses(r.prop.model, v[0].policy, known[k]))
            if more == names or len(chain) > CHAIN_ROUNDS or variant(r, more) is None:
                continue
            chain.append(more)
            v = variant(r, more)
            want(asks, r, v)
        if not asks:
            break
        ask(asks, "without every cause so far, where none alone makes the property hold (then more, round by round)")
    # A set that makes it hold, made minimal: drop each cause in turn (the last added first) and keep
    # it dropped where the property still holds without the rest.
    trials = {}
    for i, chain in chains.items():
        r = results[i]
        last = chain[-1] if chain else None
        v = variant(r, last) if last else None
        if v is not None and isinstance(known.get(_key(r.prop.model, v[0].policy, v[1])), Proved) and len(last) > 1:
            trials[i] = [last, sorted(last, key=lambda n: [c.name for c in C.CAUSES[r.prop.model]].index(n), reverse=True)]
    while trials:
        asks = {}
        for i, (kept, todo) in list(trials.items()):
            r = results[i]
            while todo:
                smaller = kept - {todo[0]}
                v = variant(r, smaller) if smaller else None
                if v is None:
                    todo.pop(0)
                    continue
                k = _key(r.prop.model, v[0].policy, v[1])
                if k not in known:
                    want(asks, r, v)
                    break
                if isinstance(known[k], Proved):
                    kept = smaller
                    chains[i].append(kept)
                todo.pop(0)
            trials[i] = [kept, todo]
            if not todo:
                del trials[i]
        if not asks:
            break
        ask(asks, "to make the set of causes that makes the property hold minimal (then more, round by round)")
    out = []
    for i, r in enumerate(results):
        if not used[i]:
            out.append(r)
            continue
        about = tuple(n for n in used[i] if variant(r, frozenset({n})) is None)
        ws = [without(r, n) for n in plans.get(i, [])]
        for names in chains.get(i, []):
            v = variant(r, names)
            if v is not None and _key(r.prop.model, v[0].policy, v[1]) in known and all(w.names != tuple(
                    c.name for c in C.CAUSES[r.prop.model] if c.name in names) for w in ws):
                ws.append(without(r, names))
        out.append(attrs.evolve(r, used=used[i], without=tuple(ws), about=about))
    return out


# --------------------------------------------------------------------------------------------
# Premises: is a proof about anything?

def premise_bounds() -> Any:
    """The work a premise search may do: a tenth of a check's solver work and a third of its
    states, so that a premise out of reach ends in seconds.  Work, not seconds, so that whether a
    premise is witnessed does not depend on the machine; the run's safety cap still applies."""
    from rollproof.solver.work import Bounds

    b = Bounds()
    return attrs.evolve(b, explicit_states=b.explicit_states // 3, guided_states=b.guided_states // 3,
                        bmc_units=b.bmc_units // 10, spacer_units=b.spacer_units // 10,
                        smallest_units=b.smallest_units // 10, parametric_bmc_units=b.parametric_bmc_units // 10)


def premise_target(prop: Property, ante: Any) -> Property:
    """A property whose search hits exactly where the premise ``ante`` happens, in the property's own
    system (its start and restriction kept): a reach goal for a state premise, the negation of a
    step premise as a step property for a step one.

    The same value for the same property and premise, remembered with what it was made from
    (``_PREMISES``), so the verdict cache can name it (``rollproof.cache.identity``)."""
    k = prop.antecedents.index(ante)
    try:
        made = _PREMISE_TARGETS.get((prop, k))
    except TypeError:  # (a property with an unhashable field: made anew, and never cached)
        made, k = None, -1
    if made is not None:
        return made
    pid = f"{prop.id}~premise"
    if ante.step:
        made = attrs.evolve(prop, id=pid, kind=Kind.STEP, holds=lambda L, p, b, a, w: L.not_(ante.holds(L, p, b, a, w)),
                            step_holds=None, goal=None, statement=f"never: {ante.text}")
    else:
        made = attrs.evolve(prop, id=pid, kind=Kind.REACH, goal=ante.holds, holds=None, step_holds=None,
                            statement=f"reach: {ante.text}")
    if k >= 0:
        _PREMISE_TARGETS[(prop, k)] = made
        _PREMISES[made] = (prop, k)
    return made


_PREMISE_TARGETS: dict[tuple[Property, int], Property] = {}
_PREMISES: dict[Property, tuple[Property, int]] = {}  # each premise search: its property, the premise's index


def premise_status(policy: Any, prop: Property, ante: Any, timeout: float, solve: bool = True) -> str | None:
    """``witnessed`` (a run reaches the premise), ``unreachable`` (an inductive invariant, re-checked,
    excludes it: a proof of ``prop`` says nothing here) or ``unknown``; with ``solve`` off, only
    from a verdict the active cache holds (None if it holds none)."""
    from rollproof import cache

    target = premise_target(prop, ante)
    if solve:
        # Most premises happen within a few steps: the search before the quick proof (which almost
        # always fails for them: 59 s of the 132 s the example report's premise searches took).
        v = engine_check(policy, target, timeout, fuzz=False, bounds=premise_bounds(), search_first=True)
    else:
        v = cache.stored(policy, target, timeout, False, premise_bounds())
        if v is None:
            return None
    if ante.step:
        return {"refuted": "witnessed", "proved": "unreachable"}.get(v.verdict, "unknown")
    return {"proved": "witnessed", "refuted": "unreachable"}.get(v.verdict, "unknown")


def borrowed_premises(unknown: dict[tuple[Any, ...], tuple[Any, Property, Any]], results: list[Result]) -> dict[tuple[Any, ...], str]:
    """The premises a search left unknown that a run of the same system, found by another check of
    the run, does reach: ``witnessed``.  A run is one of the same system when it was replayed under
    the very policy the premise's search starts from (its initial state is one of that policy's);
    it is judged as ``rollproof.itf`` judges a file's run, the premise's start and restriction kept
    (a reach goal from a start state along allowed steps, or a step).  The same on every machine: it
    depends on the runs the checks found, not on which was found first."""
    if not unknown:
        return {}
    runs: list[Any] = []
    for r in results:
        for t in [r.trace_value, *(getattr(w.verdict, "trace", None) for w in r.without)]:
            if t is not None and not any(t is x for x in runs):
                runs.append(t)
    views: dict[int, Any] = {}
    out: dict[tuple[Any, ...], str] = {}
    for key, (policy, prop, ante) in unknown.items():
        target = premise_target(prop, ante)
        start = target.start_policy(policy) if target.start_policy else policy
        for t in runs:
            if t.model != prop.model or t.policy != start:
                continue
            if id(t) not in views:
                views[id(t)] = itf._views(t, start)
            f = itf.finding_of(target, start, *views[id(t)])
            if f is not None and f.outcome == ("violates" if ante.step else "witnesses"):
                out[key] = "witnessed"
                break
    return out


def premises(results: list[Result], timeout: float, jobs: int = 1, say: Callable[[str], None] = lambda t: None) -> list[Result]:
    """Each proof of a property with premises, marked with the premises shown never to happen: where
    all are, the label is ``proved (vacuous)``.  Each premise is searched once per policy and system.
    Hidden policies (a choice's baseline) are searched too: their labels are what the choice sections
    compare, and a vacuous proof there is no "proved"."""
    from rollproof.properties import causes as C

    asks: dict[tuple[Any, ...], tuple[Any, Property, Any]] = {}

    def searched(policy: Any, prop: Property, verdict: Any) -> list[tuple[Any, ...]]:
        """The keys of ``prop``'s premises under ``policy`` (asked for here), if its proof is about any."""
        if not (isinstance(verdict, Proved) and getattr(verdict, "trace", None) is None
                and prop.kind != Kind.CHECK and prop.antecedents):
            return []
        p = prop.start_policy(policy) if prop.start_policy else policy
        keys = [(prop.model, p, ante.text, prop.start, prop.allowed) for ante in prop.antecedents]
        for key, ante in zip(keys, prop.antecedents):
            asks.setdefault(key, (policy, prop, ante))
        return keys

    mine = {i: searched(r.policy.policy, r.prop, r.verdict) for i, r in enumerate(results)}
    # A proof with causes switched off is searched too: without what the property is about (a
    # rollback, a cancel) it may say nothing, and such a proof is no "holds without it".
    theirs = {(i, j): searched(*C.without(r.prop.model, r.policy.policy, r.prop, frozenset(w.names)), w.verdict)
              for i, r in enumerate(results) for j, w in enumerate(r.without)}
    keys = list(asks)
    if keys:
        say(f"premises: {len(keys)} search{'es' if len(keys) != 1 else ''} for the states and steps proofs are about")
    # What the cache holds is read here (for a few: ``READ_HERE``); only the rest goes to workers.
    status = {k: v for k in (keys if len(keys) <= READ_HERE or jobs <= 1 else [])
              if (v := premise_status(*asks[k], timeout=timeout, solve=False)) is not None}
    rest = [k for k in keys if k not in status]
    got = pool_map([(lambda a=asks[k]: premise_status(*a, timeout=timeout)) for k in rest], jobs)
    status.update({k: (v if isinstance(v, str) else "unknown") for k, v in zip(rest, got)})
    status.update(borrowed_premises({k: asks[k] for k in keys if status[k] == "unknown"}, results))
    def found(keys: list[tuple[Any, ...]]) -> dict[str, Any]:
        seen = tuple((k[2], status[k]) for k in keys)
        return {"premises": seen, "vacuous": tuple(t for t, st in seen if st == "unreachable")} if keys else {}

    out = []
    for i, r in enumerate(results):
        ws = tuple(attrs.evolve(w, **found(theirs[(i, j)])) for j, w in enumerate(r.without))
        out.append(attrs.evolve(r, without=ws, **found(mine[i])))
    return out


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not every platform has it
        return max(1, os.cpu_count() or 1)


_TASKS: list[Callable[[], Any]] = []  # the tasks of a parallel map, inherited by the forked workers


def _task_at(k: int) -> Any:
    return _TASKS[k]()


class _Sessions:
    """One prover session per policy, made at its first check in the process that runs it (a forked
    worker makes its own: the helpers of its parent's sessions are not its), all sharing the run's
    ``memo`` (``solver.shared.Memo``) if given."""

    def __init__(self, memo: Any = None) -> None:
        self.memo = memo
        self.pid = os.getpid()
        self.by_policy: dict[str, Any] = {}

    def of(self, policy: Any) -> Any:
        from rollproof.solver.session import ProverSession

        if os.getpid() != self.pid:
            self.pid, self.by_policy = os.getpid(), {}
        key = repr(policy)
        if key not in self.by_policy:
            self.by_policy[key] = ProverSession(policy, memo=self.memo)
        return self.by_policy[key]

    def close(self) -> None:
        if os.getpid() == self.pid:
            for s in self.by_policy.values():
                s.close()
        self.by_policy.clear()


_ACTIVE: _Sessions | None = None  # the sessions of the run under way, inherited by its forked workers


@contextlib.contextmanager
def _run_sessions(jobs: int):
    """The prover sessions every phase of a run shares, one per policy and process; with ``jobs`` > 1
    a memo folder (``solver.shared.Memo``) through which the worker processes share the model's own
    invariant of each policy: it is found once per run, not once per phase or per worker.  Inside a
    run already under way, that run's."""
    global _ACTIVE
    if _ACTIVE is not None:
        yield _ACTIVE
        return
    from rollproof.solver.shared import Memo

    with tempfile.TemporaryDirectory(prefix="rollproof-memo-") as memo:
        _ACTIVE = _Sessions(Memo(Path(memo)) if jobs > 1 else None)
        try:
            yield _ACTIVE
        finally:
            _ACTIVE.close()
            _ACTIVE = None


def pool_map(tasks: list[Callable[[], Any]], jobs: int, order: list[int] | None = None,
             on_done: Callable[[int, Any, int], None] | None = None) -> list[Any]:
    """Run the tasks in ``jobs`` worker processes forked from this one (so they share what is loaded
    and the run's memo), handing them out in ``order``; ``on_done(k, value, finished)`` as each
    ends.  A task whose worker fails gives the exception as its value."""
    global _TASKS
    if jobs <= 1 or len(tasks) <= 1:
        out = []
        for k, t in enumerate(tasks):
            out.append(t())
            if on_done:
                on_done(k, out[-1], k + 1)
        return out
    from rollproof.solver import parallel

    _TASKS = list(tasks)
    ctx = multiprocessing.get_context("fork")
    values: dict[int, Any] = {}
    workers = min(jobs, len(tasks))
    # Workers that keep every core busy fork no helpers of their own (``solver.parallel.FORK_HELPERS``,
    # inherited when they are forked): the same work, without the forks.
    helpers, parallel.FORK_HELPERS = parallel.FORK_HELPERS, parallel.FORK_HELPERS and workers < default_jobs()
    try:
        values = _pooled(tasks, workers, ctx, jobs, order, on_done)
    finally:
        parallel.FORK_HELPERS = helpers
    _TASKS = []
    return [values[k] for k in range(len(tasks))]


def _pooled(tasks: list[Callable[[], Any]], workers: int, ctx: Any, jobs: int, order: list[int] | None,
            on_done: Callable[[int, Any, int], None] | None) -> dict[int, Any]:
    values: dict[int, Any] = {}
    with _run_sessions(jobs), concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        futures = {pool.submit(_task_at, k): k for k in (order or range(len(tasks)))}
        for done, fut in enumerate(concurrent.futures.as_completed(futures), start=1):
            k = futures[fut]
            try:
                values[k] = fut.result()
            except Exception as e:  # noqa: BLE001 - a lost worker loses one value, not the run
                values[k] = e
            if on_done:
                on_done(k, values[k], done)
    return values


def _run_parallel(work, timeout, on_start, on_result, jobs, fuzz: bool = True) -> list[Result]:
    """``run`` over worker processes (``pool_map``); ``on_result`` in the order checks finish, and
    ``on_start`` names the earliest check still running."""
    results: dict[int, Result] = {}

    def task(pf: PolicyFile, p: Property) -> Callable[[], Any]:
        return lambda: (lambda r: (r.verdict, r.seconds))(check_one(pf, p, timeout, fuzz))

    def done(k: int, value: Any, finished: int) -> None:
        pf, p = work[k]
        if isinstance(value, Exception):
            value = (Unknown(reason=f"internal error: {type(value).__name__}: {value}"), 0.0)
        results[k] = Result(policy=pf, prop=p, verdict=value[0], seconds=value[1])
        if on_result:
            on_result(results[k], finished, len(work))
        pending = [j for j in range(len(work)) if j not in results]
        if on_start and pending:
            on_start(*work[pending[0]], finished + 1, len(work))

    if on_start and work:
        on_start(*work[0], 1, len(work))
    pool_map([task(pf, p) for pf, p in work], jobs, order=_order(work), on_done=done)
    return [results[k] for k in range(len(work))]


def _order(work: list[tuple[PolicyFile, Property]]) -> list[int]:
    """The order the checks are handed out in: each policy's first solver check before the rest.

    That check computes the policy's own invariant, which its other checks share (through the
    run's ``solver.shared.Memo``): handed out first, the policies' invariants are found by different workers
    at once, rather than the same one by every worker as it reaches the policy.
    """
    first: dict[str, int] = {}
    for k, (pf, p) in enumerate(work):
        if pf.name not in first and p.kind != Kind.CHECK and p.applies(pf.policy):
            first[pf.name] = k
    front = list(first.values())
    return front + [k for k in range(len(work)) if k not in set(front)]


# --------------------------------------------------------------------------------------------
# Files


def _named_trace(r: Result) -> Any:
    t = r.trace_value
    if t.property_id is None:
        outcome = "witnesses" if r.prop.kind == Kind.REACH else "violates"
        t = t.with_verdict(r.prop.id, len(t.steps), outcome)
    return t


def write_artifacts(r: Result, out: Path, *, pictures_too: bool = True) -> Result:
    """Write the trace, picture, certificate and solver files of ``r`` under ``out/<policy>/``."""
    folder = out / r.policy.name
    pid = r.prop.id
    files: list[str] = []
    trace_rel = picture_rel = None
    if r.trace_value is not None:
        folder.mkdir(parents=True, exist_ok=True)
        t = _named_trace(r)
        itf.write(folder / f"{pid}.itf.json", t, policy_name=r.policy.name)
        trace_rel = f"{r.policy.name}/{pid}.itf.json"
        if pictures_too:
            from rollproof import pictures  # matplotlib loads only when there is a picture to draw

            cause = getattr(r, "cause", None) or getattr(r.verdict, "cause", None)
            pictures.write(folder / f"{pid}{PICTURE_SUFFIX}", t, policy_name=r.policy.name, cause=cause)
            picture_rel = f"{r.policy.name}/{pid}{PICTURE_SUFFIX}"
    cert = getattr(r.verdict, "certificate", None)
    if cert:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{pid}.certificate.txt").write_text(cert.rstrip() + "\n", encoding="utf-8")
        files.append(f"{r.policy.name}/{pid}.certificate.txt")
    for name, text in getattr(r.verdict, "artifacts", ()) or ():
        folder.mkdir(parents=True, exist_ok=True)
        fname = name if name.startswith(pid) else f"{pid}.{name}"
        fname = fname.replace("/", "_")
        (folder / fname).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        files.append(f"{r.policy.name}/{fname}")
    withouts = []
    for w in r.without:
        t = getattr(w.verdict, "trace", None)
        if t is None:
            withouts.append(w)
            continue
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"{pid}.{w.stem}"
        itf.write(folder / f"{stem}.itf.json", t, policy_name=r.policy.name)
        pic = None
        if pictures_too:
            from rollproof import pictures

            pictures.write(folder / f"{stem}{PICTURE_SUFFIX}", t, policy_name=r.policy.name)
            pic = f"{r.policy.name}/{stem}{PICTURE_SUFFIX}"
        withouts.append(attrs.evolve(w, trace=f"{r.policy.name}/{stem}.itf.json", picture=pic))
    return attrs.evolve(r, trace=trace_rel, picture=picture_rel, files=tuple(files), without=tuple(withouts))


# --------------------------------------------------------------------------------------------
# Summaries


def exit_code(results: list[Result]) -> int:
    """0 all match; 1 some (non-unknown) verdict differs; 3 some unexpected unknown and nothing else differs.

    A policy explored (no ``[expect]`` table) has no expectation to differ from: its refutations are
    findings, whatever their number.
    """
    if any(not r.matches and r.word != "unknown" for r in results):
        return 1
    if any(not r.matches for r in results):
        return 3
    return 0


def scope_json(scope: Any, prop: Property | None = None) -> Any:
    """``{"instances", "depth"}``; for a table check (``prop`` of kind ``check``) ``depth`` is null
    (no run is searched) and ``covers`` says what its table holds: never a claim about every run."""
    if scope is None:
        return None
    inst = scope.instances
    if isinstance(inst, tuple):
        inst = list(inst)
    if prop is not None and prop.kind == Kind.CHECK:
        return {"instances": inst, "depth": None, "covers": prop.covers or "its table"}
    return {"instances": inst, "depth": scope.depth}


def scope_text(scope: Any, policy: Any = None, prop: Property | None = None) -> str:
    """The scope in words; ``policy`` (the model's policy) names the roles a parametric cloud
    service leaves open, whose sizes are what "every size" ranges over.  A table check (``prop`` of
    kind ``check``) covers its table at the sizes named, never "every N, unbounded"."""
    if scope is None:
        return "–"
    if prop is not None and prop.kind == Kind.CHECK:
        inst = scope.instances
        sizes = (f"N = {inst[0]}..{inst[1]}" if isinstance(inst, (tuple, list))
                 else f"N = {inst}" if inst != "any" else "the sizes named")
        return f"{prop.covers or 'its table'}; {sizes}"
    inst = scope.instances
    roles = getattr(policy, "roles", None)
    if isinstance(inst, (tuple, list)):
        n = f"N={inst[0]}..{inst[1]}"
    elif inst == "any" and roles:
        n = "every size (" + ", ".join(f"{r} ≥ 1" if c == "any" else f"{r} = {c}" for r, c in roles) + ")"
    elif inst == "any":
        n = "every N≥1"
    else:
        n = f"N={inst}"
    d = "unbounded" if scope.depth is None else f"depth ≤ {scope.depth}"
    return f"{n}, {d}"


def reason_of(v: Any) -> str | None:
    if isinstance(v, (Unknown, NotApplicable)):
        return v.reason
    if isinstance(v, Refuted):
        return v.reason
    return None


def result_json(r: Result) -> dict[str, Any]:
    v = r.verdict
    return {
        "id": r.prop.id,
        "kind": r.prop.kind.value,
        "clauses": list(r.prop.clauses),
        "statement": r.prop.statement,
        "verdict": r.label,
        "outcome": r.word,
        "method": getattr(v, "method", None) or None,
        "scope": scope_json(getattr(v, "scope", None), r.prop),
        "why": getattr(r.trace_value, "why", None),
        "cause": r.cause,
        "relies_on": list(r.used),
        "without": [{"switches": w.switches, "causes": list(w.names), "verdict": w.label, "outcome": w.word,
                     "trace": w.trace, "trace_length": w.trace_length,
                     "shortest": getattr(w.verdict, "shortest", None) if isinstance(w.verdict, Refuted) else None,
                     "method": getattr(w.verdict, "method", None)} for w in r.without],
        "premises": [{"premise": t, "status": st} for t, st in r.premises],
        "seconds": round(r.seconds, 3),
        "certificate": getattr(v, "certificate", None),
        "trace": r.trace,
        "trace_length": r.trace_length,
        "at_step": getattr(r.trace_value, "at_step", None),
        "picture": r.picture,
        "files": list(r.files),
        "reason": reason_of(v),
        "holds_for": getattr(v, "holds_for", None),
        "question": _question_json(r.prop),
        "certified_by": list(getattr(v, "certified_by", ()) or ()),
        "notes": list(getattr(v, "notes", ()) or ()),
        "expected": r.expected,
        "matches": r.matches,
    }


def _question_json(prop: Property) -> dict[str, Any] | None:
    """A policy file's own question as written (``properties.user``); None for a catalog property."""
    from rollproof.properties import user

    q = user.DEFINED.get((prop.model, prop.id))
    return None if q is None or q.prop is not prop else {"kind": q.kind, "expression": q.source,
                                                         "description": q.description}


def versions() -> dict[str, str]:
    """The tool's and the solvers' versions."""
    from rollproof import __version__

    out = {"name": "rollproof", "version": __version__}
    try:
        import z3

        out["z3"] = z3.get_version_string()
    except ImportError:  # pragma: no cover - z3 is a dependency
        out["z3"] = "unavailable"
    return out


def to_json(results: list[Result], policies: list[PolicyFile]) -> dict[str, Any]:
    """The schema-2 document (docs/json-output.md): schema 1's fields, with ``verdict`` the word a reader
    sees (``properties.verdicts.LABELS``), ``outcome`` schema 1's four-valued verdict, and the plain
    reading's words, causes and premises of each result."""
    docs = []
    for pf in policies:
        docs.append({
            "name": pf.name,
            "file": pf.file,
            "model": pf.model,
            "parameters": pf.parameters,
            "judged": pf.judged,
            # Where the policy came from (docs/json-output.md).
            "input": {"format": pf.format, "path": pf.reproduce, "address": pf.address or None},
            "sources": pf.sources_json(),
            "ignored": [ig.to_json() for ig in pf.ignored],
            "results": [result_json(r) for r in results if r.policy is pf],
        })
    return {"schema": 2, "tool": versions(), "policies": docs}
