"""Bounded model checking over a counting model: depth by depth, so the first hit is shortest.

For an ``inv``/``live`` property the query at depth k asks for a run of k steps whose last state
violates the predicate (or whose last step violates an inv's transition part); a ``step`` property
asks for a violating last transition; a ``reach`` property asks for a run ending in the goal.  Every
depth below a hit was unsatisfiable, so the hit is a shortest counterexample (or witness).

Each query is asked in a Z3 context of its own by a fixed pipeline of tactics (``ask``), so its
answer, its model and the solver work it takes (Z3's resource count) depend on the formulas alone,
not on what the process built before nor on a tactic's time limit.  A search is bounded by a depth
and by an ``Account`` of that work: where the work runs out, the depth it cleared is the same on
every machine.
"""

from __future__ import annotations

import time
from typing import Any

import z3
from attrs import frozen

from rollproof.properties.registry import Kind, Property
from rollproof.solver.symbolic import Unrolling, to_z3
from rollproof.solver.work import Account, Timeout


@frozen
class Hit:
    """A satisfying run of ``depth`` steps, as the Z3 model and the unrolling it is over."""

    depth: int
    model: Any
    unrolling: Any


@frozen
class NoHit:
    """No run up to ``depth`` (every depth 0..depth unsatisfiable); ``reason`` if stopped before the
    depth asked for (its work bound)."""

    depth: int
    reason: str | None = None


def init_condition(C: Any, policy: Any, prop: Property, R: Unrolling) -> Any:
    """The initial states a check starts from: the policy's, or the property's own start."""
    L = R.L
    init_policy = prop.start_policy(policy) if prop.start_policy else policy
    cond = C.init(L, init_policy, R.states[0])
    if prop.start is not None:
        cond = L.and_(cond, prop.start(L, policy, R.views[0]))
    return cond


def target(prop: Property, policy: Any, R: Unrolling, k: int) -> Any:
    """What a hit at depth ``k`` must satisfy: a violation, or the goal of a reach property."""
    v, L = R.views[k], R.L
    if prop.kind == Kind.REACH:
        return prop.goal(L, policy, v)
    if prop.kind == Kind.STEP:
        if k == 0:
            return False
        return L.not_(prop.holds(L, policy, R.views[k - 1], R.acts[k - 1], v))
    bad = L.not_(prop.holds(L, policy, v))
    if prop.step_holds is not None and k >= 1:
        bad = L.or_(bad, L.not_(prop.step_holds(L, policy, R.views[k - 1], R.acts[k - 1], v)))
    return bad


def step_constraint(C: Any, policy: Any, prop: Property, R: Unrolling) -> Any:
    """Add one step to ``R``: the transition, restricted by the property's ``allowed`` if any."""
    t = len(R.acts)
    trans = R.add_step()
    if prop.allowed is not None:
        trans = R.L.and_(trans, prop.allowed(R.L, policy, R.views[t], R.acts[t], R.views[t + 1]))
    return trans


def search(
    C: Any,
    policy: Any,
    prop: Property,
    *,
    max_depth: int,
    deadline: float,
    extra: Any = None,
    invariant: Any = None,
    tag: str = "",
    min_depth: int = 0,
    width: int | None = None,
    settled: Any = None,
    session: Any = None,
    work: Account | None = None,
) -> Hit | NoHit:
    """Search depths min_depth..max_depth for the first run hitting the property's target.

    ``extra`` is an optional function ``(state) -> constraint`` on the initial state (e.g. ``n < 7``).
    ``invariant`` is an optional function ``(R, t) -> constraint`` on state ``t`` with the lemma
    names it holds (``ProverSession.lemma_invariant``): a proved inductive invariant of the same
    system, which prunes no reachable state but speeds each query.  ``settled`` is another such,
    the model's own invariant: a hit found over another invariant is asked again over it
    (``again``), so the run shown does not depend on how far the proof attempts got.  ``work``:
    the solver work the search may spend (None: no bound but the deadline).  ``Timeout`` once the
    deadline passes.
    """
    R = Unrolling(C, policy, tag, width, templates=session)
    plain = [to_z3(init_condition(C, policy, prop, R))]
    if extra is not None:
        plain.append(to_z3(extra(R.states[0])))
    invs: list[Any] = []  # the invariant at each depth, built once
    again_over = settled if settled is not None and not _same(invariant, settled) else None
    fixed: list[Any] = []  # the settled invariant at each depth, where a hit is asked again over it
    for k in range(max_depth + 1):
        if k > 0:
            plain.append(to_z3(step_constraint(C, policy, prop, R)))
        if invariant is not None:
            invs.append(to_z3(invariant(R, k)))
        if k < min_depth:
            continue
        if time.monotonic() >= deadline:
            raise Timeout()
        goal = to_z3(target(prop, policy, R, k))
        if invariant is not None and _excluded(goal, invs[k], deadline):
            continue  # the invariants at depth k alone rule the target out: no path needed
        answer = ask(plain + invs + [goal], deadline, work)
        if answer == "work":
            return NoHit(k - 1, f"its work bound ran out at depth {k}")
        if isinstance(answer, str):
            return NoHit(k - 1, f"solver returned unknown at depth {k} ({answer})")
        if answer is None:
            continue
        if again_over is not None:
            # The question again over the settled invariant: the run shown then depends on the
            # question, not on which invariant this search was given.
            fixed = [to_z3(again_over(R, t)) for t in range(k + 1)]
            answer = ask(plain + fixed + [goal], deadline, None)
            assert answer is not None and not isinstance(answer, str), "a hit is a hit over any invariant"
        return Hit(k, answer, R)
    return NoHit(max_depth)


def _same(a: Any, b: Any) -> bool:
    """Whether two invariants are the same lemmas (their ``names``)."""
    return a is not None and b is not None and getattr(a, "names", a) == getattr(b, "names", b)


PIPELINE = ("simplify", "propagate-values", "solve-eqs", "smt")


def _solver(ctx: Any) -> Any:
    # A fixed pipeline of tactics: Z3's default strategy for integer problems gives some of its
    # tactics a time limit, so its answer (and the work it spends) could follow the machine's load.
    return z3.Then(*(z3.Tactic(t, ctx=ctx) for t in PIPELINE), ctx=ctx).solver()


def _limits(solver: Any, deadline: float, work: Account | None) -> int:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise Timeout()
    solver.set("timeout", max(1, int(remaining * 1000)))
    units = 0
    if work is not None:
        units = work.left
        if units <= 0:
            return -1
        solver.set("rlimit", units)
    return units


def _spent(solver: Any) -> int:
    try:
        return int(solver.statistics().get_key_value("rlimit count"))
    except (z3.Z3Exception, KeyError):
        return 0


def ask(terms: list[Any], deadline: float, work: Account | None) -> Any:
    """A model of ``terms`` (in the main context), None if they are unsatisfiable, "work" if
    ``work`` runs out first, or the solver's reason for another unknown; ``Timeout`` at the deadline.

    The terms are copied into a Z3 context of their own, in order, and solved there by a fixed
    pipeline of tactics: the answer, the model and the work spent depend on these formulas alone.
    In the process's main context they would depend on term ids, which follow everything built
    before (which checks ran first, which worker of a parallel run got the check)."""
    ctx = z3.Context()
    solver = _solver(ctx)
    solver.add(*(t.translate(ctx) for t in terms))
    units = _limits(solver, deadline, work)
    if units < 0:
        return "work"
    r = solver.check()
    spent = _spent(solver)
    if work is not None:
        work.spend(spent)
    if r == z3.sat:
        return solver.model().translate(z3.main_ctx())
    if r == z3.unsat:
        return None
    if work is not None and spent >= units:
        return "work"
    why = solver.reason_unknown()
    if why in ("timeout", "canceled") or time.monotonic() >= deadline:
        raise Timeout()
    return why


def again(terms: list[Any], deadline: float) -> Any:
    """A model of ``terms`` that depends on these formulas alone (``ask``), or None if there is none."""
    answer = ask(terms, deadline, None)
    if isinstance(answer, str):
        raise Timeout()
    return answer


def _excluded(goal: Any, inv: Any, deadline: float) -> bool:
    """Whether ``goal ∧ inv`` is unsatisfiable on its own: a look at one state, asked in the main
    context (a fresh one costs more than the question).  Its answer does not depend on how it is
    asked, and it spends none of the search's work."""
    quick = z3.Solver()
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise Timeout()
    quick.set("timeout", max(1, int(remaining * 1000)))
    quick.add(goal, inv)
    r = quick.check()
    if r == z3.unknown:
        raise Timeout()
    return r == z3.unsat
