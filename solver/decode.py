"""From a Z3 model (or an explicit-state search's run) to a replayed model trace.

A hit of the counting model is decoded into counting states and actions (a run of the
explicit-state search already is one), each counting action is
realised as a per-instance action (``concretize``), and the run is replayed through the
per-instance model.  Every replayed state must abstract to the decoded counting state, and the
property is re-evaluated on the replayed states: a trace that does not replay, or does not violate
(or witness) the property on replay, is an encoding error and raises ``EncodingError``.
"""

from __future__ import annotations

from typing import Any

import attrs

from rollproof.model.core import Action, Refused, Step, Trace
from rollproof.model.logic import CONCRETE
from rollproof.model.systems import counting, reference
from rollproof.properties.registry import Kind, Property
from rollproof.solver.bmc import Hit
from rollproof.solver.symbolic import evaluate


class EncodingError(AssertionError):
    """The symbolic encoding and the model disagree: a bug, never a result."""


def decode(model_name: str, policy: Any, prop: Property, hit: Hit) -> Trace:
    """The per-instance trace of ``hit``, replayed and re-checked against ``prop``."""
    C = counting(model_name)
    R = hit.unrolling
    counts = [evaluate(hit.model, s) for s in R.states[: hit.depth + 1]]
    acts = [C.A(hit.model.eval(a, model_completion=True).as_long()) for a in R.acts[: hit.depth]]
    args = [evaluate(hit.model, x) for x in R.args[: hit.depth]]
    # Parametric role sizes: the run at the sizes the solver chose, in that policy's classes.
    policy, counts, args = C.specialise(policy, counts, args)
    return decode_run(model_name, policy, prop, counts, acts, args)


def decode_run(model_name: str, policy: Any, prop: Property, counts: list[Any], acts: list[Any],
               args: list[Any]) -> Trace:
    """The per-instance trace of a counting run (states, action codes, arguments), replayed and
    re-checked against ``prop``: it must hit the property at its last step, and not before."""
    C = counting(model_name)
    M = reference(model_name)
    depth = len(acts)
    init_policy = prop.start_policy(policy) if prop.start_policy else policy
    state = C.initial_from_counts(init_policy, counts[0])
    if prop.start_policy:
        state = attrs.evolve(state, policy=_concrete(policy, counts[0]))
    run_policy = state.policy
    if C.abstract(state) != counts[0]:
        raise EncodingError(f"{prop.id}: initial state does not abstract to the decoded counts")
    init = state
    steps: list[Step] = []
    for t, (a, x) in enumerate(zip(acts, args)):
        action = C.concretize(state, a, x)
        nxt = M.apply(state, action)
        if isinstance(nxt, Refused):
            raise EncodingError(f"{prop.id}: step {t + 1} {action.call_text()} refused on replay: {nxt}")
        if C.abstract(nxt) != counts[t + 1]:
            raise EncodingError(
                f"{prop.id}: step {t + 1} {action.call_text()} lands on other counts than the solver's"
            )
        steps.append(Step(action, nxt))
        state = nxt
    trace = Trace(model=model_name, policy=run_policy, init=init, steps=tuple(steps))
    outcome = "witnesses" if prop.kind == Kind.REACH else "violates"
    at = first_hit(model_name, run_policy, prop, trace)
    if at != depth:
        raise EncodingError(f"{prop.id}: the replayed trace hits the property at step {at}, the search said {depth}")
    return trace.with_verdict(prop.id, at, outcome)


def _concrete(policy: Any, c0: Any) -> Any:
    if getattr(policy, "instances", None) == "any":
        return policy.with_instances(int(c0.n))
    return policy


def action_code(model_name: str, action: Action) -> int:
    return int(counting(model_name).A[action.name])


def first_hit(model_name: str, policy: Any, prop: Property, trace: Trace) -> int | None:
    """The first step at which ``trace`` violates (or, for reach, witnesses) ``prop``; None if never."""
    C = counting(model_name)
    views = [C.view(CONCRETE, policy, C.abstract(s)) for s in trace.states]
    for k, v in enumerate(views):
        if k > 0 and prop.allowed is not None:
            a = action_code(model_name, trace.steps[k - 1].action)
            if not prop.allowed(CONCRETE, policy, views[k - 1], a, v):
                return None
        if prop.kind == Kind.REACH:
            if k == 0 and prop.start is not None and not prop.start(CONCRETE, policy, v):
                return None
            if prop.goal(CONCRETE, policy, v):
                return k
            continue
        if prop.kind == Kind.STEP:
            if k > 0 and trace.steps[k - 1].refused is None:
                a = action_code(model_name, trace.steps[k - 1].action)
                if not prop.holds(CONCRETE, policy, views[k - 1], a, v):
                    return k
            continue
        if not prop.holds(CONCRETE, policy, v):
            return k
        if prop.step_holds is not None and k > 0 and trace.steps[k - 1].refused is None:
            a = action_code(model_name, trace.steps[k - 1].action)
            if not prop.step_holds(CONCRETE, policy, views[k - 1], a, v):
                return k
    return None
