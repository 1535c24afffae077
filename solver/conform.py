"""Which runs of a model explain a sequence of observations: bounded model checking with the
observations as constraints on the counting model.

An observation is a partial view of one state: some observables (``properties.observables``) and
their values (``Fact``).  Every query is over the counting model's own unrolling (``Unrolling``:
the transition ``model.*_counts.step`` builds), strengthened by the model's inductive invariant
(the lemmas Houdini keeps, as the prover finds them: it prunes no reachable state).  The fleet's
size is a constant of the counting state, so a step costs the same for 2 instances as for 2000;
what grows with a fleet is the number of steps between two observations (each instance finishing
its upgrade is a step).

``explain`` goes observation by observation: the shortest run (at most ``gap`` steps, depth by
depth as ``solver.bmc`` asks) from the state the run so far ends in to a state meeting the next
observation.  Where none exists, an earlier choice of run may be to blame, so the observations are
asked again over windows ending at this one and widening back towards the initial state: a window
of ``gap`` slots per observation (each slot a step of the model or a pause that keeps the state;
pauses last in a gap, so a run has one layout), starting from any state of the invariant that meets
the window's first observation, every fact under an assumption literal of its own.  An
unsatisfiable window proves that no run explains the observations up to this one: the facts of Z3's
unsat core over those literals (made minimal where the work allows), and SMT-LIB scripts (the invariant holds initially, every step
keeps it, the window with only the core's facts is unsatisfiable) solved again from their text, are
the certificate.  A satisfiable window from the initial state gives a run of every observation so
far, and the search goes on from it.  Every answer is bounded: at most ``gap`` steps before the
first observation and between two.
"""

from __future__ import annotations

import time
from typing import Any, Sequence

import z3
from attrs import frozen

from rollproof.model.systems import counting
from rollproof.properties import observables
from rollproof.properties.registry import Kind, Property
from rollproof.solver import bmc
from rollproof.solver.session import ProverSession
from rollproof.solver.symbolic import Z3, Unrolling, eq, evaluate, to_z3
from rollproof.solver.work import Account, Timeout

@frozen
class Fact:
    """One observed value: observation ``obs`` (numbered from 1) saw ``name`` = ``value``."""

    obs: int
    name: str
    value: Any

    def text(self) -> str:
        v = str(self.value).lower() if isinstance(self.value, bool) else self.value
        return f"{self.name} = {v}"


@frozen
class Consistent:
    """Every observation is explained: the counting run (its states, action codes and arguments,
    pauses left out), and the state index of the run each observation is of."""

    counts: tuple[Any, ...]
    acts: tuple[Any, ...]
    args: tuple[Any, ...]
    at: tuple[int, ...]
    gap: int
    work: int


@frozen
class Inconsistent:
    """No run of at most ``gap`` steps before and between observations explains observations
    1..``at``; 1..``at - 1`` are explained (``prefix``: a run of them, as in ``Consistent``).
    ``core``: facts no run explains together; ``scripts``: the certificate, SMT-LIB scripts each
    unsatisfiable (what each states, its text), re-checked by ``rechecked``."""

    at: int
    core: tuple[Fact, ...]
    prefix: Consistent | None
    gap: int
    scripts: tuple[tuple[str, str], ...]
    rechecked: str
    work: int
    minimal: bool = True


@frozen
class Unknown:
    """The work (or the seconds) ran out; ``explained``: the observations explained so far."""

    reason: str
    explained: int
    gap: int
    work: int
    prefix: Consistent | None = None


def _observation_terms(model: str, policy: Any, view: Any, facts: Sequence[Fact]) -> list[Any]:
    found = observables.of(model, policy)
    return [to_z3(found[f.name].counted(Z3, policy, view)) == to_z3(f.value) for f in facts]


def _any_run(model: str) -> Property:
    """A property every step keeps: its frame is the model's own initial states and steps."""
    return Property(id="CONFORM", model=model, kind=Kind.STEP, name="any_run", statement="any run of the model",
                    clauses=(), region="", holds=lambda L, p, before, a, after: True)


class Invariant:
    """The model's own inductive invariant under the policy: the largest inductive subset of its
    candidate lemmas (Houdini, as the prover finds it), which prunes no reachable state and makes
    each query of a layout far cheaper.  ``obligations``: that it holds initially and every step
    keeps it (a pause keeps every state), as terms whose unsatisfiability the certificate states."""

    def __init__(self, model: str, policy: Any, deadline: float) -> None:
        C = counting(model)
        self.session = ProverSession(policy)
        frame = self.session.frame(C, policy, _any_run(model), clocks=False)
        self.kept = self.session.base_invariant(frame, deadline)
        self.at = self.session.lemma_invariant(C, policy, self.kept)
        keep = set(self.kept)
        pre = z3.And(*[to_z3(x) for n, x in frame.cands_pre if n in keep] or [z3.BoolVal(True)])
        post = z3.And(*[to_z3(x) for n, x in frame.cands_post if n in keep] or [z3.BoolVal(True)])
        self.obligations = (
            ("the invariant holds in every initial state", [frame.init_core, z3.Not(pre)]),
            ("every step keeps the invariant", [pre, frame.trans_core, z3.Not(post)]),
        )


class Layout:
    """``gaps`` gaps of ``gap`` slots each (a step of the model, or a pause), after a start: the
    model's initial states, or (``start`` given) any state of the invariant meeting the facts of an
    earlier observation, which every run explaining that observation passes through.  Observation
    ``observations[i]`` constrains the state at the end of gap ``i + 1``; every fact, the start's
    included, is asked under an assumption literal of its own."""

    def __init__(self, model: str, policy: Any, observations: Sequence[Sequence[Fact]], gap: int,
                 inv: Invariant, start: Sequence[Fact] | None = None) -> None:
        C = counting(model)
        self.model, self.policy, self.gap = model, policy, gap
        self.R = R = Unrolling(C, policy, tag="o", templates=inv.session)
        L = R.L
        self.from_init = start is None
        self.base: list[Any] = [to_z3(inv.at(R, 0))]
        if start is None:
            self.base.append(to_z3(C.init(L, policy, R.states[0])))
        self.stays: list[Any] = []
        for t in range(gap * len(observations)):
            trans = to_z3(R.add_step())
            stay = z3.Bool(f"pause@{t}")
            self.stays.append(stay)
            self.base.append(z3.If(stay, eq(R.states[t], R.states[t + 1]), trans))
            self.base.append(to_z3(inv.at(R, t + 1)))
            if t % gap:  # pauses last within a gap: once paused, paused to the gap's end
                self.base.append(z3.Implies(self.stays[t - 1], stay))
        self.facts: list[Fact] = []
        self.literals: list[Any] = []
        self.terms: list[Any] = []
        placed = ([(0, start)] if start is not None else []) + [((i + 1) * gap, o) for i, o in enumerate(observations)]
        for at, obs in placed:
            for f, term in zip(obs, _observation_terms(model, policy, R.views[at], obs)):
                lit = z3.Bool(f"obs{f.obs}:{f.name}")
                self.facts.append(f)
                self.literals.append(lit)
                self.terms.append(term)
                self.base.append(z3.Implies(lit, term))

    def run(self, m: Any) -> Consistent:
        """The run of model ``m``, pauses left out (from the initial state: a start from an
        observation is no run of its own)."""
        R, gap = self.R, self.gap
        last = len(self.stays)
        states = [evaluate(m, s) for s in R.states[: last + 1]]
        counts, acts, args, at = [states[0]], [], [], []
        C = counting(self.model)
        for t in range(last):
            if not z3.is_true(m.eval(self.stays[t], model_completion=True)):
                acts.append(C.A(m.eval(R.acts[t], model_completion=True).as_long()))
                args.append(evaluate(m, R.args[t]))
                counts.append(states[t + 1])
            if (t + 1) % gap == 0:
                at.append(len(acts))
        return Consistent(tuple(counts), tuple(acts), tuple(args), tuple(at), gap, 0)


def _check(s: Any, assumptions: list[Any], deadline: float, work: Account) -> Any:
    """``s.check(assumptions)`` within the work left and the seconds left: sat, unsat, or "work"."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise Timeout()
    if work.left <= 0:
        return "work"
    s.set("timeout", max(1, int(left * 1000)))
    before = _spent(s)
    s.set("rlimit", before + work.left)
    r = s.check(*assumptions)
    work.spend(_spent(s) - before)
    if r == z3.unknown:
        if time.monotonic() >= deadline or s.reason_unknown() in ("timeout", "canceled"):
            raise Timeout()
        return "work"
    return r


def _spent(s: Any) -> int:
    try:
        return int(s.statistics().get_key_value("rlimit count"))
    except (z3.Z3Exception, KeyError):
        return 0


class _OutOfWork(Exception):
    pass


def _segment(model: str, policy: Any, inv: Invariant, start: Any, obs: Sequence[Fact], gap: int,
             deadline: float, work: Account) -> tuple[list[Any], list[Any], list[Any]] | None:
    """The shortest run (at most ``gap`` steps) from the concrete counting state ``start`` (None:
    from an initial state) to a state meeting ``obs``: its states, action codes and arguments; None
    if there is none.  Bounded model checking depth by depth, each depth asked as ``solver.bmc``
    asks (a context of its own, a fixed pipeline of tactics, the work counted)."""
    C = counting(model)
    R = Unrolling(C, policy, tag="g", templates=inv.session)
    plain = [to_z3(C.init(R.L, policy, R.states[0])) if start is None else eq(R.states[0], start)]
    for d in range(gap + 1):
        if d:
            plain += [to_z3(R.add_step()), to_z3(inv.at(R, d))]
        answer = bmc.ask(plain + _observation_terms(model, policy, R.views[d], obs), deadline, work)
        if isinstance(answer, str):
            raise _OutOfWork()
        if answer is not None:
            m = answer
            states = [evaluate(m, x) for x in R.states[: d + 1]]
            acts = [C.A(m.eval(a, model_completion=True).as_long()) for a in R.acts[:d]]
            args = [evaluate(m, x) for x in R.args[:d]]
            return states, acts, args
    return None


def explain(model: str, policy: Any, observations: Sequence[Sequence[Fact]], *, gap: int,
            work_units: int, timeout: float) -> Consistent | Inconsistent | Unknown:
    """Whether some run of the model, with at most ``gap`` steps before the first observation and
    between two, matches every fact of every observation (numbered from 1, oldest first).

    Observation by observation: the shortest run from the state the run so far ends in to the next
    observation.  Where there is none from that state, another run of the observations so far might
    end elsewhere: the question is asked again over windows of the observations, widening back
    towards the initial state, each window starting from any state of the model's invariant that
    meets the observation it starts at: an unsatisfiable window proves that no run explains the
    observations up to this one (its facts in the unsat core are the certificate); a satisfiable
    window from the initial state gives a run of every observation so far, which goes on."""
    deadline = time.monotonic() + timeout
    work = Account(work_units)
    K = len(observations)
    inv = Invariant(model, policy, deadline)
    counts: list[Any] = []
    acts: list[Any] = []
    args: list[Any] = []
    at: list[int] = []
    try:
        k = 0
        while k < K:
            seg = _segment(model, policy, inv, counts[-1] if counts else None, observations[k], gap, deadline, work)
            if seg is not None:
                states, a, x = seg
                counts = counts + (states[1:] if counts else states)
                acts, args = acts + a, args + x
                at.append(len(acts))
                k += 1
                continue
            found = _windows(model, policy, inv, observations, k + 1, gap, deadline, work)
            if isinstance(found, Inconsistent):
                prefix = Consistent(tuple(counts), tuple(acts), tuple(args), tuple(at), gap, 0) if k else None
                return Inconsistent(found.at, found.core, prefix, gap, found.scripts, found.rechecked, work.spent,
                                    found.minimal)
            # A run of observations 1..k+1 from the initial state: it replaces the run so far.
            counts, acts, args, at = list(found.counts), list(found.acts), list(found.args), list(found.at)
            k += 1
    except _OutOfWork:
        prefix = Consistent(tuple(counts), tuple(acts), tuple(args), tuple(at), gap, 0) if at else None
        return Unknown(f"its work bound ran out after observation {len(at)}" if at else
                       "its work bound ran out before the first observation", len(at), gap, work.spent, prefix)
    return Consistent(tuple(counts), tuple(acts), tuple(args), tuple(at), gap, work.spent)


def _windows(model: str, policy: Any, inv: Invariant, observations: Sequence[Sequence[Fact]], k: int, gap: int,
             deadline: float, work: Account) -> Inconsistent | Consistent:
    """Observations 1..k asked over windows ending at observation k, each one observation wider."""
    for first in range(k - 1, -1, -1):  # the window starts at observation ``first`` (0: the initial state)
        lay = Layout(model, policy, observations[first:k], gap, inv,
                     start=observations[first - 1] if first else None)
        s = z3.SimpleSolver()
        # Z3's earlier simplex solver: measured twice as fast on these windows and their cores.
        s.set("arith.solver", 2)
        s.add(*lay.base)
        r = _check(s, lay.literals, deadline, work)
        if r == "work":
            raise _OutOfWork()
        if r == z3.sat:
            if first == 0:
                return lay.run(s.model())
            continue
        core, minimal = _core(s, lay, deadline, work)
        scripts = certificate(lay, core, inv)
        return Inconsistent(k, core, None, gap, scripts, recheck(scripts, deadline), work.spent, minimal)
    raise AssertionError("the window from the initial state decides")


def _core(s: Any, lay: Layout, deadline: float, work: Account) -> tuple[tuple[Fact, ...], bool]:
    """The facts of Z3's unsat core over the facts' literals, made minimal where the work allows:
    each fact left out in turn, and kept out where the rest is still unsatisfiable.  The core, and
    whether it is minimal (a fact left in may be one the contradiction does not need, where the
    minimisation's share of the work, a third of what is left, ran out)."""
    names = {str(x) for x in s.unsat_core()}
    core = [lit for lit in lay.literals if str(lit) in names]
    share = work.share(1 / 3)
    minimal = True
    for lit in list(core):
        rest = [x for x in core if not x.eq(lit)]
        r = _check(s, rest, deadline, share)
        if r == "work":
            minimal = False
            break
        if r == z3.unsat:
            core = rest
    keep = {str(x) for x in core}
    return tuple(f for f, lit in zip(lay.facts, lay.literals) if str(lit) in keep), minimal


def certificate(lay: Layout, core: Sequence[Fact], inv: Invariant) -> tuple[tuple[str, str], ...]:
    """The inconsistency as SMT-LIB scripts, each unsatisfiable: the invariant holds initially, every
    step keeps it, and no run of the layout (the invariant at each state) meets the core's facts,
    asserted outright (no assumption literals)."""
    out = []
    for what, terms in inv.obligations:
        out.append((what, _text(terms)))
    keep = set(core)
    terms = [t for t in lay.base if not _is_fact_implication(t, lay)]
    terms += [term for f, term in zip(lay.facts, lay.terms) if f in keep]
    where = "the initial states" if lay.from_init else "any state of the invariant meeting its first observation's facts"
    out.append((f"no run from {where}, of at most {lay.gap} steps between observations, meets the core's facts",
                _text(terms)))
    return tuple(out)


def _text(terms: Sequence[Any]) -> str:
    """SMT-LIB text of the assertions, the same whatever the process built before: copied into a
    fresh Z3 context first (the printer's ``let`` names follow term ids, as in ``solver.prove``)."""
    ctx = z3.Context()
    s = z3.Solver(ctx=ctx)
    for t in terms:
        s.add(t.translate(ctx))
    return s.to_smt2()


def _is_fact_implication(t: Any, lay: Layout) -> bool:
    if not z3.is_implies(t):
        return False
    lhs = t.arg(0)
    return any(lhs.eq(lit) for lit in lay.literals)


def recheck(scripts: Sequence[tuple[str, str]], deadline: float) -> str:
    """Solve each script of the certificate again from its text, by Z3 in a context of its own with
    the BMC's pipeline of tactics (no assumption literals, no state kept from the search); the
    solver that answered unsat to each.
    Anything but unsat is an ``AssertionError``: the encoding and its certificate disagree, a bug,
    never a result.  ``Timeout`` past the deadline."""
    for what, text in scripts:
        left = deadline - time.monotonic()
        if left <= 0:
            raise Timeout()
        ctx = z3.Context()
        s = bmc._solver(ctx)
        s.from_string(text)
        s.set("timeout", max(1, int(left * 1000)))
        r = s.check()
        if r == z3.unknown:
            raise Timeout()
        if r != z3.unsat:
            raise AssertionError(f"the certificate's script '{what}' is not unsatisfiable on its own")
    return "z3"
