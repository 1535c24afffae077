"""The fuzzer as a last resort: a replayed counterexample where bounded model checking ran out.

When the engine answers ``unknown`` for an ``inv``/``step``/``live`` property (no proof, and no
counterexample within the depth BMC reached), a Hypothesis search over random runs of the
per-instance model may still find one.  Its shrunk run is replayed through the model and the
property re-checked on the replay, and the verdict says plainly that this trace is *not* shown to
be shortest: every depth up to the one BMC reached was free of counterexamples, nothing more.
"""

from __future__ import annotations

import os
import tempfile
import time
from typing import Any

import attrs

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from model.core import Refused, Step, Trace
from model.systems import reference
from properties.registry import Kind, Property
from properties.verdicts import Refuted, Scope, Unknown
from rollproof.mutation import engines
from solver.decode import first_hit
from solver.explicit import edits


class _Found(Exception):
    pass


class _OutOfTime(Exception):
    """Raised by every example once the budget is spent and nothing was found: a consistent end."""


def _action_between(model: str, s: Any, r: Any) -> Any:
    """The candidate action that takes ``s`` to ``r`` (the fuzzer records states, not actions)."""
    M = reference(model)
    for a in M.candidate_actions(s):  # the model's one generator, which the fuzzer drew from
        if M.apply(s, a) == r:
            return a
    raise AssertionError(f"no candidate action leads to the recorded successor from {s!r}")


def find_trace(policy: Any, prop: Property, *, seconds: float, max_steps: int = 60) -> Trace | None:
    """A shrunk failing run of ``prop`` found within about ``seconds``, replayed; or None."""
    if prop.kind not in (Kind.INV, Kind.STEP, Kind.LIVE) or not prop.applies(policy):
        return None
    names = tuple(a.name for a in engines._counting(prop.model).A)
    memo: dict = {}
    found: list[list[Any]] = []
    stop = time.monotonic() + seconds

    @settings(max_examples=5_000, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck), phases=(Phase.generate, Phase.shrink),
              report_multiple_bugs=False)
    @given(st.data())
    def probe(data: Any) -> None:
        if not found and time.monotonic() > stop:
            raise _OutOfTime()  # every later example raises it too, so Hypothesis stops consistently
        pick = data.draw(engines.CHOICE)
        swarm = data.draw(st.lists(engines.CHOICE, min_size=len(names), max_size=len(names)))
        off = frozenset(n for n, x in zip(names, swarm) if x >= 100 - engines.SWARM_OFF)
        choices = (data.draw(st.tuples(engines.CHOICE, engines.CHOICE)) for _ in range(max_steps))
        record: list[Any] = []
        at = engines.run_until_violation(policy, prop, choices, memo, pick, off, record)
        if at is not None:
            found.append(record[: at + 1])
            raise _Found()

    # Hypothesis keeps a cache under its home directory (``.hypothesis`` in the working directory);
    # a check leaves nothing behind there unless the user chose a directory.
    own = os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY") is None
    with tempfile.TemporaryDirectory(prefix="rollproof-hypothesis-") as home:
        if own:
            set_hypothesis_home_dir(home)
        try:
            probe()
        except _Found:
            pass
        except _OutOfTime:
            return None
        except Exception as e:  # noqa: BLE001 - a fuzzer mishap leaves the verdict unknown, never wrong
            if not isinstance(e, AssertionError) and type(e).__module__.startswith("hypothesis"):
                return None
            raise
        finally:
            if own:
                set_hypothesis_home_dir(None)
    if not found:
        return None
    states = found[-1]
    model = prop.model
    steps = tuple(Step(_action_between(model, s, r), r) for s, r in zip(states, states[1:]))
    for st_ in steps:
        if isinstance(st_.state, Refused):
            raise AssertionError("a recorded fuzzing step was refused")
    trace = Trace(model=model, policy=policy, init=states[0], steps=steps)
    at = first_hit(model, policy, prop, trace)
    if at is None:
        raise AssertionError(f"{prop.id}: the fuzzer's run does not violate the property on replay")
    return shorten(prop, trace.with_verdict(prop.id, at, "violates"), deadline=time.monotonic() + SHORTEN_SECONDS)


SHORTEN_SECONDS = 20.0  # the budget for removing steps from a fuzzer's trace


def _violation(prop: Property, trace: Trace, actions: list[Any]) -> Trace | None:
    """``actions`` replayed from ``trace``'s initial state, cut at the first violation; None if a
    step is refused or nothing is violated."""
    M = reference(trace.model)
    state, steps = trace.init, []
    for action in actions:
        state = M.apply(state, action)
        if isinstance(state, Refused):
            return None
        steps.append(Step(action, state))
    run = attrs.evolve(trace, steps=tuple(steps), property_id=None, at_step=None, outcome=None)
    at = first_hit(trace.model, trace.policy, prop, run)
    if at is None:
        return None
    return attrs.evolve(run, steps=run.steps[:at]).with_verdict(prop.id, at, "violates")


def shorten(prop: Property, trace: Trace, *, deadline: float) -> Trace:
    """``trace`` with steps removed while it still replays and violates ``prop``, until no edit of
    ``solver.explicit.edits`` shortens it or the deadline passes.

    Hypothesis shrinks the random choices that drive a run, not the run itself, so a shrunk run
    may still carry steps the violation does not need.
    """
    best = trace
    improved = True
    while improved and time.monotonic() < deadline:
        improved = False
        actions = [st_.action for st_ in best.steps]
        for i, j in edits(len(actions)):
            if time.monotonic() >= deadline:
                break
            if j is None:
                cand = actions[:i] + actions[i + 1:]
            else:
                cand = actions[:i] + [actions[j]] + actions[i + 1:j] + actions[j + 1:]
            shorter = _violation(prop, best, cand)
            if shorter is not None and len(shorter.steps) < len(best.steps):
                best, improved = shorter, True
                break
    return best


def fallback(policy: Any, prop: Property, verdict: Any, *, seconds: float) -> Any:
    """``verdict``, or, when it is an ``Unknown``, a fuzzer counterexample if one turns up."""
    if not isinstance(verdict, Unknown) or getattr(policy, "instances", None) == "any" or getattr(policy, "parametric", False):
        return verdict
    if verdict.exhausted:  # every reachable state was visited: there is no counterexample to find
        return verdict
    start = time.monotonic()
    trace = find_trace(policy, prop, seconds=seconds)
    if trace is None:
        return verdict
    bmc_depth = verdict.scope.depth if verdict.scope is not None else None
    n = len(trace.init.instances) if hasattr(trace.init, "instances") else getattr(policy, "n", None)
    secs = verdict.seconds + (time.monotonic() - start)
    if bmc_depth is not None and len(trace) == bmc_depth + 1:
        # Every depth up to bmc_depth is unsat, and the fuzzer's run, shortened, is one step longer.
        return Refuted(
            Scope(n, len(trace)),
            f"bounded model checking (every depth up to {bmc_depth} unsat) and a fuzzer's run shortened to "
            f"{len(trace)} steps, replayed: shortest counterexample",
            trace=trace, seconds=secs,
        )
    return Refuted(
        Scope(n, len(trace)),
        "stateful fuzzing (Hypothesis, shrunk) after bounded model checking ran out; not shown to be shortest"
        + (f": BMC found no counterexample within {bmc_depth} steps" if bmc_depth is not None else ""),
        trace=trace, reason=verdict.reason, seconds=secs,
    )
