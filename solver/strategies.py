"""The check strategies, as values with one interface: ``run(task, facts) -> Facts | verdict``.

A strategy looks at one check (``Task``: the session, the policy, the property, the work bounds,
the safety cap) and what earlier strategies established (``Facts``: depths cleared, the states the
explicit-state search visited, the last proof attempt), and either decides the check (a verdict)
or hands on what it learned.  ``solver.engine`` lists them in order per kind of policy and runs
them (``schedule``); the fuzzer of ``rollproof.fuzzcheck`` is one more, given by the shell.

Every strategy is bounded by work (``solver.work.Bounds``), so what it decides is the same on
every machine; running out of the check's seconds raises ``Timeout`` wherever it happens.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

import attrs
from attrs import frozen

from rollproof.properties.registry import Kind, Property
from rollproof.properties.verdicts import Proved, Refuted, Scope, Unknown
from rollproof.solver import bmc, explicit
from rollproof.solver.decode import decode, decode_run
from rollproof.solver.prove import Frame, ProofResult, houdini
from rollproof.solver.reachable import reachable_proof
from rollproof.solver.session import ProverSession
from rollproof.solver.spacer import spacer
from rollproof.solver.work import Account, Bounds

HOUDINI = "inductive invariant (Houdini over the model's lemmas, 1-induction)"
SPACER = "inductive invariant (Spacer: IC3/PDR over constrained Horn clauses)"
EXPLICIT = "explicit-state search (breadth-first over the counting model's reachable states)"
REACHABLE = ("inductive invariant (the reachable states: the explicit-state search visited every one, "
             "and their set is closed under every step)")
GUIDED = "guided search (best-first over the counting model's states, nearest to a violation first)"


def instances(policy: Any) -> Any:
    """The policy's instance count (an int, or ``"any"``)."""
    n = getattr(policy, "instances", None)
    if n is None:  # cloud services: the total instance count is fixed by the roles
        return getattr(policy, "n", None)
    return n


@frozen
class Task:
    """One check: the property under the policy, in a session, within work bounds and a cap."""

    session: ProverSession
    model: str
    C: Any
    policy: Any
    prop: Property
    start: float  # when the check began (its verdict's seconds count from here)
    deadline: float  # the safety cap
    max_depth: int
    bounds: Bounds
    bmc: Account  # the solver work every BMC search of the check draws on
    likely_fails: bool = False  # a smaller size of a parametric policy failed

    @property
    def inst(self) -> Any:
        return instances(self.policy)

    def frame(self, extra: Any = None, clocks: bool = True) -> Frame:
        return self.session.frame(self.C, self.policy, self.prop, extra, clocks)

    def seconds(self) -> float:
        return time.monotonic() - self.start


@frozen
class Facts:
    """What the strategies of a check have established so far."""

    cleared: int = -1  # every depth up to this one is free of hits
    explored: explicit.Cleared | None = None  # what the breadth-first search cleared
    proof: ProofResult | None = None  # the last Houdini attempt (its kept lemmas help BMC)
    certified_by: tuple[str, ...] = ()  # who confirmed ``proof``'s certificate, if it has one
    stopped: str | None = None  # why BMC stopped before the check's depth bound

    def kept(self) -> tuple[str, ...]:
        return self.proof.kept if self.proof is not None else ()


class Strategy(Protocol):
    """A way to decide a check, or to learn something for the next one."""

    name: str

    def run(self, task: Task, facts: Facts) -> Any:
        """A verdict, or ``facts`` with what was learned (``facts`` itself where it does not apply)."""
        ...


def is_verdict(x: Any) -> bool:
    return not isinstance(x, Facts)


# --------------------------------------------------------------------------------------------
# Verdicts


def legend(C: Any, policy: Any) -> str:
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


def method_of(proof: ProofResult) -> str:
    return {"spacer": SPACER, "reachable": REACHABLE}.get(proof.certificate.method, HOUDINI)


def certified(proof: ProofResult | None, by: tuple[str, ...]) -> bool:
    return proof is not None and proof.certificate is not None and set(by) == {"z3", "cvc5"}


def proved(task: Task, proof: ProofResult, by: tuple[str, ...]) -> Any:
    """The verdict of a certified proof: proved, or for a reach property refuted (unreachable)."""
    cert = proof.certificate
    text = legend(task.C, task.policy)
    files = tuple((name, text + body) for name, body in cert.files(task.prop.id))
    if task.prop.kind == Kind.REACH:
        return Refuted(Scope(task.inst), method_of(proof), reason="the goal is unreachable: an inductive invariant excludes it",
                       certificate=cert.text(), certified_by=by, seconds=task.seconds(), artifacts=files)
    return Proved(Scope(task.inst), method_of(proof), cert.text(), certified_by=by, seconds=task.seconds(), artifacts=files)


def shortest(task: Task, trace: Any, depth: int, how: str, why: str) -> Any:
    n_hit = len(trace.init.instances) if hasattr(trace.init, "instances") else task.inst
    if task.prop.kind == Kind.REACH:
        return Proved(Scope(n_hit, depth), f"{how}: shortest witness ({why})", trace=trace, seconds=task.seconds())
    return Refuted(Scope(n_hit, depth), f"{how}: shortest counterexample ({why})", trace=trace, seconds=task.seconds())


def from_hit(task: Task, hit: bmc.Hit) -> Any:
    """The verdict of a BMC hit: decoded, replayed and re-checked (decode raises otherwise)."""
    return shortest(task, decode(task.model, task.policy, task.prop, hit), hit.depth, "bounded model checking",
                    "every shorter depth unsat")


def from_run(task: Task, run: explicit.Run) -> Any:
    """The verdict of an explicit-state search's run: decoded, replayed and re-checked."""
    trace = decode_run(task.model, task.policy, task.prop, list(run.counts), list(run.acts), list(run.args))
    return shortest(task, trace, run.depth, EXPLICIT,
                    f"every shallower reachable state and step checked: {run.states} counting states")


def unknown_reason(task: Task, facts: Facts) -> str:
    """Why a check that no strategy decided is unknown, from what they established."""
    what = "witness" if task.prop.kind == Kind.REACH else "counterexample"
    why = f"no {what} within {facts.cleared} steps"
    if facts.stopped:
        why += f" (bounded model checking stopped: {facts.stopped})"
    proof = facts.proof
    if proof is not None and proof.certificate is not None:
        why += ("; an invariant was found but not confirmed by both solvers "
                f"(confirmed by: {', '.join(facts.certified_by) or 'none'})")
    else:
        why += "; no inductive invariant among the model's lemmas implies it"
    return why


def settled(task: Task, clocks: bool = True) -> Any:
    """The model's own invariant for the check's frame, as BMC's ``settled`` (found if not yet):
    a hit found over another invariant is asked again over it, so the run shown is the same
    whichever proof attempts came first."""
    frame = task.frame(clocks=clocks)
    return task.session.lemma_invariant(task.C, task.policy, task.session.base_invariant(frame, task.deadline))


# --------------------------------------------------------------------------------------------
# Proofs


def lemma_proof(task: Task, frame: Frame) -> ProofResult:
    """Houdini over the property's own lemma (and its region) alone, then on top of the model's own
    invariant, which is the same for every property checked from the same initial states over the
    same steps (the session finds it once)."""
    own = frame.own(frame.pre)
    first = {n for n, _ in frame.cands_pre if n.startswith("the region: ")} | ({own[0]} if own else set())
    # The property alone first: a certificate as small as the proof allows.
    result = houdini(frame, task.deadline, only=first)
    if result.certificate is None:
        base = task.session.base_invariant(frame, task.deadline)
        result = houdini(frame, task.deadline, only=set(base) | first, known=task.session.known(frame))
    return result


def _confirmed(task: Task, facts: Facts, result: ProofResult) -> Any:
    """``proved`` when both solvers confirm ``result``'s certificate; else ``facts`` with it."""
    if result.certificate is None:
        return attrs.evolve(facts, proof=result, certified_by=())
    by = task.session.recheck(result.certificate, task.deadline)
    if certified(result, by):
        return proved(task, result, by)
    return attrs.evolve(facts, proof=result, certified_by=by)


@frozen
class Houdini:
    """Houdini over the model's lemmas: the property's own lemma, then on top of the model's own
    invariant (``every_lemma`` false: quick once that invariant is known), or over every candidate
    lemma at once.  ``extra`` restricts the initial sizes (``N ≥ t``); ``clocks``: with the ghost
    clock bounds among the candidates."""

    every_lemma: bool = False
    clocks: bool = True
    extra: Any = None
    name = "houdini"

    def run(self, task: Task, facts: Facts) -> Any:
        frame = task.frame(self.extra, self.clocks)
        if not self.every_lemma:
            return _confirmed(task, facts, lemma_proof(task, frame))
        return _confirmed(task, facts, houdini(frame, task.deadline, known=task.session.known(frame)))


@frozen
class Spacer:
    """Z3's Spacer (IC3/PDR over Horn clauses), within ``Bounds.spacer_units``; its invariant counts
    only when both solvers confirm it."""

    clocks: bool = True
    extra: Any = None
    name = "spacer"

    def run(self, task: Task, facts: Facts) -> Any:
        result = spacer(task.frame(self.extra, self.clocks), task.deadline, task.bounds.spacer_units)
        if result is None:
            return facts
        by = task.session.recheck(result.certificate, task.deadline)
        return proved(task, result, by) if certified(result, by) else facts


# --------------------------------------------------------------------------------------------
# Searches


@frozen
class Explicit:
    """Breadth-first search over the reachable counting states, within ``Bounds.explicit_states``:
    its first hit is a shortest counterexample; the depths it finishes are cleared."""

    name = "explicit"

    def run(self, task: Task, facts: Facts) -> Any:
        if facts.explored is not None:
            return facts
        found = explicit.search(task.C, task.policy, task.prop, deadline=task.deadline, max_depth=task.max_depth,
                                max_states=task.bounds.explicit_states, session=task.session)
        if found is None:
            return facts
        if isinstance(found, explicit.Run):
            return from_run(task, found)
        return attrs.evolve(facts, explored=found, cleared=max(facts.cleared, found.depth))


@frozen
class Guided:
    """Past the depths breadth-first search cleared, a run found nearest-first (within
    ``Bounds.guided_states``), shortened, then BMC over the model's own invariant on the depths
    between: a hit there is BMC's shortest counterexample, none makes the run a shortest one, and
    BMC's work running out first leaves it a counterexample not shown to be shortest."""

    name = "guided"

    def run(self, task: Task, facts: Facts) -> Any:
        seen = facts.explored
        if seen is None or seen.exhausted:
            return facts
        found = explicit.guided(task.C, task.policy, task.prop, deadline=task.deadline, max_depth=task.max_depth,
                                max_states=task.bounds.guided_states, session=task.session)
        if found is None:
            return facts
        if isinstance(found, explicit.Cleared):
            return attrs.evolve(facts, explored=found)
        run = explicit.shorten(task.C, task.policy, task.prop, found, deadline=task.deadline,
                               max_replays=task.bounds.shorten_replays, session=task.session)
        trace = decode_run(task.model, task.policy, task.prop, list(run.counts), list(run.acts), list(run.args))
        clear = facts.cleared
        if run.depth <= clear + 1:
            return shortest(task, trace, run.depth, GUIDED, f"every depth up to {clear} cleared by the explicit-state search")
        base = settled(task)
        hit = bmc.search(task.C, task.policy, task.prop, max_depth=run.depth - 1, min_depth=clear + 1,
                         deadline=task.deadline, invariant=base, settled=base, session=task.session, work=task.bmc)
        if isinstance(hit, bmc.Hit):
            return from_hit(task, hit)
        how = f"{GUIDED} and bounded model checking"
        if hit.depth == run.depth - 1:
            return shortest(task, trace, run.depth, how,
                            f"every depth up to {clear} cleared by the explicit-state search, "
                            f"from {clear + 1} to {hit.depth} unsat")
        what = "witness" if task.prop.kind == Kind.REACH else "counterexample"
        scope = Scope(len(trace.init.instances) if hasattr(trace.init, "instances") else task.inst, run.depth)
        cls = Proved if task.prop.kind == Kind.REACH else Refuted
        return cls(scope, f"{how}: a {what}, not shown to be shortest (none within {hit.depth} steps)", trace=trace,
                   seconds=task.seconds(), shortest=False)


@frozen
class Exhausted:
    """Where breadth-first search visited every reachable state and found no hit: those states as
    the invariant (``solver.reachable``), then the rest of the proof attempts (Spacer, Houdini over
    every lemma); without a certified invariant that is not reported as a proof."""

    name = "exhausted"

    def run(self, task: Task, facts: Facts) -> Any:
        seen = facts.explored
        if seen is None or not seen.exhausted:
            return facts
        # The states visited first: that proof depends on nothing but the search's own order.
        found = reachable_proof(task.frame(), seen.reached)
        if found is not None:
            out = _confirmed(task, facts, found)
            if is_verdict(out):
                return out
            facts = out
        for strategy in (Spacer(), Houdini(every_lemma=True)):
            out = strategy.run(task, facts)
            if is_verdict(out):
                return out
            facts = out
        why = (f"the explicit-state search visited every reachable state ({seen.states} counting states, "
               f"{seen.depth} steps deep) and found no {'witness' if task.prop.kind == Kind.REACH else 'counterexample'}; "
               "without a certified inductive invariant that is not reported as a proof")
        if facts.proof is not None and facts.proof.certificate is not None:
            why += f" (an invariant was found but confirmed by: {', '.join(facts.certified_by) or 'none'})"
        return Unknown(why, Scope(task.inst, seen.depth), f"{EXPLICIT} + Houdini", task.seconds(), exhausted=True)


@frozen
class BMC:
    """Bounded model checking from the first depth not yet cleared, up to ``depth`` (None: the
    check's depth bound), on the check's BMC work left, over the lemmas the proof attempts kept
    (``over_kept``)."""

    depth: int | None = None
    over_kept: bool = True
    name = "bmc"

    def run(self, task: Task, facts: Facts) -> Any:
        top = task.max_depth if self.depth is None else min(self.depth, task.max_depth)
        if facts.cleared >= top or task.bmc.left <= 0:
            return facts
        invariant = task.session.lemma_invariant(task.C, task.policy, facts.kept()) if self.over_kept and facts.kept() else None
        hit = bmc.search(task.C, task.policy, task.prop, max_depth=top, min_depth=facts.cleared + 1,
                         deadline=task.deadline, invariant=invariant, settled=settled(task), session=task.session,
                         work=task.bmc)
        if isinstance(hit, bmc.Hit):
            return from_hit(task, hit)
        return attrs.evolve(facts, cleared=hit.depth, stopped=hit.reason)


def schedule(task: Task, plan: list[Any] | tuple[Any, ...], facts: Facts | None = None) -> Any:
    """The strategies of ``plan`` in turn, each given what the ones before established (from
    ``facts``, if given), until one decides the check; an ``Unknown`` with the reason if none does."""
    facts = Facts() if facts is None else facts
    for strategy in plan:
        out = strategy.run(task, facts)
        if is_verdict(out):
            return out
        facts = out
    return Unknown(unknown_reason(task, facts), Scope(task.inst, facts.cleared), "bounded model checking + Houdini",
                   task.seconds())
