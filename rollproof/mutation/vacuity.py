"""Vacuity: is the antecedent of each ``step`` property and each implication reachable?

A proof of ``A ⇒ B`` says nothing when no run reaches ``A``.  Each antecedent is searched for as a
witness with the solver's bounded search (a ``reach`` target for a state antecedent, a transition
target for a step one); the result is a value the report or the command line can print.  The
search is bounded by depth and solver work, not seconds, so its answer is the same on every machine.
"""

from __future__ import annotations

import time
from typing import Any, Callable

from attrs import frozen

from rollproof.model.cloud_service_counts import A as CA
from rollproof.model.scale_set import Status
from rollproof.model.scale_set_counts import A as SA
from rollproof.properties.registry import Kind, Property, get

TERMINALS = (int(Status.COMPLETED), int(Status.CANCELLED), int(Status.FAULTED))


@frozen
class Antecedent:
    """One antecedent of a property: state-level (``(L, policy, v)``) or step-level (``(L, policy, b, a, w)``)."""

    model: str
    property: str
    text: str
    step: bool
    holds: Callable[..., Any]


def _s(model: str, pid: str, text: str, fn: Callable[..., Any]) -> Antecedent:
    return Antecedent(model, pid, text, False, fn)


def _t(model: str, pid: str, text: str, fn: Callable[..., Any]) -> Antecedent:
    return Antecedent(model, pid, text, True, fn)


SSM, CSM = "scale_set", "cloud_service"
_starts_batch = lambda L, p, b, a, w: a == int(SA.orchestrator_starts_batch)  # noqa: E731

ANTECEDENTS: tuple[Antecedent, ...] = (
    _t(SSM, "VMSS-BATCH-NONEMPTY", "a batch starts", _starts_batch),
    _t(SSM, "VMSS-PRECHECK", "a batch starts", _starts_batch),
    _t(SSM, "VMSS-STOP-RULE", "a batch starts", _starts_batch),
    _s(SSM, "VMSS-STOP-RULE", "a batch ended over the stop threshold", lambda L, p, v: v.stop_tripped),
    _t(SSM, "VMSS-UPGRADED-GATE", "a batch starts", _starts_batch),
    _t(SSM, "VMSS-NO-DOWNGRADE", "an instance leaves the new image", lambda L, p, b, a, w: w.on_new < b.on_new),
    _s(SSM, "VMSS-TERMINAL", "Completed", lambda L, p, v: v.status == int(Status.COMPLETED)),
    _t(SSM, "VMSS-TERMINAL", "a step from a terminal status",
       lambda L, p, b, a, w: L.or_(*(b.status == t for t in TERMINALS))),
    _t(SSM, "VMSS-CANCEL", "a batch starts", _starts_batch),
    _t(SSM, "VMSS-BREACH-ROLLBACK", "the failed instances are rolled back",
       lambda L, p, b, a, w: a == int(SA.orchestrator_rolls_back_failed)),
    _s(SSM, "VMSS-CANCEL", "a cancel is requested", lambda L, p, v: v.cancel_requested),
    _s(CSM, "CS-ROLE-AVAILABLE", "an in-place update is in progress", lambda L, p, v: L.and_(v.in_place, L.not_(v.deleted))),
    _s(CSM, "CS-ROLLBACK-ALLOWED", "RollbackAllowed", lambda L, p, v: v.rollback_allowed),
    _t(CSM, "CS-NO-ROLLBACK-AFTER-COMPLETE", "a rollback is accepted", lambda L, p, b, a, w: a == int(CA.operator_rolls_back)),
    _s(CSM, "CS-ROLLBACK-RESTORES", "a rollback completed", lambda L, p, v: v.rolled_back),
    _t(CSM, "CS-MANUAL-WALK", "a UD starts",
       lambda L, p, b, a, w: L.or_(L.and_(L.not_(b.during), w.during), w.stopped > b.stopped)),
    _t(CSM, "CS-HEALTH-GATE", "a UD after UD 0 starts",
       lambda L, p, b, a, w: L.and_(L.not_(b.during), w.during, w.current_ud >= 1)),
    _t(CSM, "CS-LOCKED", "a step from a locked deployment", lambda L, p, b, a, w: b.locked),
    _s(CSM, "CS-VIP-SWAP-NO-ROLLBACK", "a VIP swap is in progress", lambda L, p, v: v.vip_swap),
    _s(CSM, "CS-SIMULTANEOUS", "a forward walk is in progress",
       lambda L, p, v: L.and_(v.forward, v.during, L.not_(v.deleted))),
    _s(CSM, "CS-ONE-ROLE", "a UD is being walked", lambda L, p, v: L.and_(v.in_place, v.during, L.not_(v.deleted))),
)


@frozen
class Witness:
    """Whether an antecedent is reachable under ``policy``: ``witnessed`` (at ``depth``),
    ``unreachable`` (proved by an inductive invariant both solvers confirm), ``unknown`` (neither:
    no run within ``depth`` steps, where the search's depth or work bound stopped it; or out of
    time, ``depth`` None) or ``not-applicable``."""

    model: str
    property: str
    antecedent: str
    status: str
    depth: int | None
    seconds: float
    policy: str = ""  # the policy searched, as its differences from the seed defaults


def _target(ante: Antecedent, prop: Property) -> Property:
    """A property whose bounded search hits exactly where the antecedent holds."""
    import attrs

    if ante.step:
        return attrs.evolve(prop, kind=Kind.STEP, holds=lambda L, p, b, a, w: L.not_(ante.holds(L, p, b, a, w)),
                            step_holds=None, goal=None, start=None, start_policy=None, allowed=None)
    return attrs.evolve(prop, kind=Kind.REACH, goal=ante.holds, holds=None, step_holds=None, start=None,
                        start_policy=None, allowed=None)


def witness(policy: Any, ante: Antecedent, *, max_depth: int = 30, units: int = 0, timeout: float = 300.0,
            session: Any = None) -> Witness:
    """Whether ``ante`` happens under ``policy``: a shallow search, then a proof that it never
    does (an inductive invariant of the model's lemmas excludes it), then a deep search that
    takes the lemmas the proof kept as an invariant (which prunes no reachable state).  The searches
    together spend ``units`` of solver work at most (``DEEP_UNITS`` if 0); ``timeout`` seconds are a
    safety cap only (``unknown`` with no depth).  ``session``: the policy's prover session."""
    from rollproof.model.systems import counting
    from rollproof.solver import bmc
    from rollproof.solver.engine import make_task
    from rollproof.solver.session import ProverSession
    from rollproof.solver.strategies import Facts, Houdini, Spacer, certified, is_verdict
    from rollproof.solver.work import Account, Timeout

    prop = get(ante.property, ante.model)
    t0 = time.monotonic()
    if not prop.applies(policy):
        return Witness(ante.model, ante.property, ante.text, "not-applicable", None, 0.0)
    C, target, deadline = counting(ante.model), _target(ante, prop), t0 + timeout
    own = session is None
    session = ProverSession(policy) if own else session
    work = Account(units or DEEP_UNITS)

    def done(status: str, depth: int | None) -> Witness:
        return Witness(ante.model, ante.property, ante.text, status, depth, time.monotonic() - t0)

    try:
        # A parametric policy's antecedent happens if it happens at some size: the smallest
        # deployment is searched first (far cheaper than every size at once).
        small = policy.instantiations(policy.smallest_n)[0] if getattr(policy, "parametric", False) else policy
        hit = bmc.search(C, small, target, max_depth=min(SHALLOW, max_depth), deadline=deadline, session=session,
                         work=work.share(SHALLOW_SHARE))
        if isinstance(hit, bmc.Hit):
            return done("witnessed", hit.depth)
        task = make_task(session, policy, target, deadline=deadline)
        facts = Facts()
        for strategy in (Houdini(), Spacer(), Houdini(every_lemma=True)):
            out = strategy.run(task, facts)
            if is_verdict(out):
                return done("unreachable", None)
            facts = out
        if certified(facts.proof, facts.certified_by):
            return done("unreachable", None)
        hit = bmc.search(C, policy, target, max_depth=max_depth, deadline=deadline, session=session, work=work,
                         invariant=session.lemma_invariant(C, policy, facts.kept()) if facts.kept() else None)
        if isinstance(hit, bmc.Hit):
            return done("witnessed", hit.depth)
        return done("unknown", hit.depth)
    except Timeout:  # the safety cap: nothing is known
        return done("unknown", None)
    finally:
        if own:
            session.close()


#: The depth of the first, quick search (most antecedents happen within a few steps).
SHALLOW = 8
#: The share of the searches' solver work the first, quick search may take.
SHALLOW_SHARE = 0.25
#: The solver work (Z3 resource units) of an antecedent's searches, unless given.
DEEP_UNITS = 100_000_000


def antecedents_of(model: str, property_id: str) -> list[Antecedent]:
    return [a for a in ANTECEDENTS if a.model == model and a.property == property_id]


def witnesses(policy: Any, antecedents: list[Antecedent], *, max_depth: int = 30, units: int = 0) -> list[Witness]:
    """``witness`` for each of ``antecedents`` under ``policy``, in one prover session."""
    from rollproof.solver.session import ProverSession

    with ProverSession(policy) as session:
        return [witness(policy, a, max_depth=max_depth, units=units, session=session) for a in antecedents]


def antecedent_witnesses(policy: Any, model: str, *, max_depth: int = 30, units: int = 0) -> list[Witness]:
    """A witness search for every antecedent of ``model``'s properties under ``policy``.

    ``witnessed`` (at ``depth``), ``unreachable`` (proved: the proof of that property under this
    policy is vacuous), ``unknown`` (neither within ``max_depth`` steps and ``units`` of solver work).
    """
    return witnesses(policy, [a for a in ANTECEDENTS if a.model == model], max_depth=max_depth, units=units)
