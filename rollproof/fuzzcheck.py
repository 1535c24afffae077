"""The fuzzer as a last resort: a replayed counterexample where bounded model checking ran out.

``Fuzzer`` is a check strategy (``solver.strategies``) the shell appends to the engine's plan:
where no other strategy decides an ``inv``/``step``/``live`` property (no proof, and no
counterexample within the depth BMC cleared), a Hypothesis search over random runs of the
per-instance model may still find one.  Its shrunk run is replayed through the model and the
property re-checked on the replay, and the verdict says plainly that this trace is *not* shown to
be shortest: every depth up to the one BMC reached was free of counterexamples, nothing more.
The search is bounded by its runs (derandomized) and the shortening by its replays, never by
seconds, so it finds the same run on every machine.
"""

from __future__ import annotations

import os
import tempfile
import time
from typing import Any

import attrs
from attrs import frozen

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from rollproof.model.core import Refused, Step, Trace
from rollproof.model.systems import reference
from rollproof.properties.registry import Kind, Property
from rollproof.properties.verdicts import Refuted, Scope, Unknown
from rollproof.mutation import engines
from rollproof.solver.decode import first_hit
from rollproof.solver.explicit import edits
from rollproof.solver.strategies import Facts, Task, instances, unknown_reason
from rollproof.solver.work import Timeout

#: The fuzzer's runs after the other strategies leave a check undecided (Hypothesis examples).
FUZZ_RUNS = 400
#: The replays a fuzzer run's shortening may try.
SHORTEN_REPLAYS = 2_000


class _Found(Exception):
    pass


class _OutOfTime(Exception):
    """Raised by every example once the check's time is up and nothing was found: a consistent end."""


def _action_between(model: str, s: Any, r: Any) -> Any:
    """The candidate action that takes ``s`` to ``r`` (the fuzzer records states, not actions)."""
    M = reference(model)
    for a in M.candidate_actions(s):  # the model's one generator, which the fuzzer drew from
        if M.apply(s, a) == r:
            return a
    raise AssertionError(f"no candidate action leads to the recorded successor from {s!r}")


def find_trace(policy: Any, prop: Property, *, runs: int = FUZZ_RUNS, replays: int = SHORTEN_REPLAYS,
               deadline: float | None = None, max_steps: int = 60) -> Trace | None:
    """A shrunk failing run of ``prop`` found within ``runs`` runs, replayed and shortened; or None.
    ``Timeout`` if ``deadline`` (the check's safety cap) passes first."""
    if prop.kind not in (Kind.INV, Kind.STEP, Kind.LIVE) or not prop.applies(policy):
        return None
    names = tuple(a.name for a in engines._counting(prop.model).A)
    memo: dict = {}
    found: list[list[Any]] = []
    stop = float("inf") if deadline is None else deadline

    @settings(max_examples=runs, derandomize=True, database=None, deadline=None,
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
            raise Timeout() from None
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
    return shorten(prop, trace.with_verdict(prop.id, at, "violates"), deadline=stop, max_replays=replays)


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


def shorten(prop: Property, trace: Trace, *, deadline: float, max_replays: int = SHORTEN_REPLAYS) -> Trace:
    """``trace`` with steps removed while it still replays and violates ``prop``, until no edit of
    ``solver.explicit.edits`` shortens it or ``max_replays`` replays have been tried (``Timeout``
    if ``deadline`` passes first).

    Hypothesis shrinks the random choices that drive a run, not the run itself, so a shrunk run
    may still carry steps the violation does not need.
    """
    best = trace
    improved, tried = True, 0
    while improved and tried < max_replays:
        improved = False
        actions = [st_.action for st_ in best.steps]
        for i, j in edits(len(actions)):
            if time.monotonic() >= deadline:
                raise Timeout()
            if tried >= max_replays:
                break
            tried += 1
            if j is None:
                cand = actions[:i] + actions[i + 1:]
            else:
                cand = actions[:i] + [actions[j]] + actions[i + 1:j] + actions[j + 1:]
            shorter = _violation(prop, best, cand)
            if shorter is not None and len(shorter.steps) < len(best.steps):
                best, improved = shorter, True
                break
    return best


def _start_under(policy: Any, init: Any) -> Any:
    """``init`` as an initial state of ``policy``, or None where the policy allows no such start."""
    s = attrs.evolve(init, policy=policy)
    if hasattr(s, "status"):  # a scale set: as many instances, the same ones unhealthy
        from rollproof.model import scale_set as ss

        if policy.instances != len(s.instances):
            return None
        start = ss.initial_state(policy, frozenset(i for i, x in enumerate(s.instances) if not x.healthy),
                                 n=len(s.instances))
        return s if not isinstance(start, Refused) and start == s else None
    from rollproof.model import cloud_service as cs

    if getattr(policy, "parametric", False) or policy.initial != "idle":
        return None
    return s if cs.initial_state(policy) == s else None


def borrowed(policy: Any, prop: Property, verdict: Any, traces: list[Trace], *, seconds: float,
             source: str = "another policy of the run") -> Any:
    """``verdict``, or, when it is an ``Unknown``, a counterexample found under another policy whose
    actions replay under this one and violate the property here too (shortened).  The same run is a
    run of both policies (a policy that switches a behaviour on keeps every run of the one without
    it); it is marked as not shown to be shortest unless it is one step past the depth BMC cleared."""
    if not isinstance(verdict, Unknown) or verdict.exhausted or prop.kind not in (Kind.INV, Kind.STEP, Kind.LIVE):
        return verdict
    if getattr(policy, "instances", None) == "any" or getattr(policy, "parametric", False):
        return verdict
    best = None
    for t in sorted(traces, key=len):
        init = _start_under(policy, t.init)
        if init is None:
            continue
        base = Trace(model=t.model, policy=policy, init=init)
        found = _violation(prop, base, [st_.action for st_ in t.steps if st_.refused is None])
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    if best is None:
        return verdict
    start = time.monotonic()
    try:  # (bounded by replays; ``seconds`` only a safety cap, past which the run stays as found)
        best = shorten(prop, best, deadline=start + seconds)
    except Timeout:
        pass
    cleared = verdict.scope.depth if verdict.scope is not None else None
    n = len(best.init.instances)
    secs = verdict.seconds + (time.monotonic() - start)
    shortest = cleared is not None and len(best) == cleared + 1
    what = "shortest counterexample" if shortest else "not shown to be shortest"
    return Refuted(
        Scope(n, len(best)),
        f"a counterexample of {source} whose steps replay under this one, shortened to "
        f"{len(best)} steps; {what}" + (f" (every depth up to {cleared} cleared)" if cleared is not None else ""),
        trace=best, reason=None if shortest else verdict.reason, seconds=secs, shortest=shortest,
    )


@frozen
class Fuzzer:
    """The fuzzer as a check strategy: ``runs`` Hypothesis runs of the per-instance model where
    the engine's strategies left a concrete check undecided; its shortened run, replayed, is a
    counterexample, shortest only when it is one step longer than the depth BMC cleared."""

    runs: int = FUZZ_RUNS
    replays: int = SHORTEN_REPLAYS
    name = "fuzzer"

    def run(self, task: Task, facts: Facts) -> Any:
        policy, prop = task.policy, task.prop
        if instances(policy) == "any" or getattr(policy, "parametric", False):
            return facts
        trace = find_trace(policy, prop, runs=self.runs, replays=self.replays, deadline=task.deadline)
        if trace is None:
            return facts
        return _as_verdict(policy, trace, facts.cleared, unknown_reason(task, facts), task.seconds())


def _as_verdict(policy: Any, trace: Trace, cleared: int, reason: str | None, seconds: float) -> Any:
    """The fuzzer's replayed run as a refutation: a shortest counterexample only when it is one step
    longer than the depth the searches cleared (-1: none cleared)."""
    n = len(trace.init.instances) if hasattr(trace.init, "instances") else getattr(policy, "n", None)
    if cleared >= 0 and len(trace) == cleared + 1:
        # Every depth up to the one cleared is free of hits, and the fuzzer's run, shortened, is one step longer.
        return Refuted(
            Scope(n, len(trace)),
            f"bounded model checking (every depth up to {cleared} unsat) and a fuzzer's run shortened to "
            f"{len(trace)} steps, replayed: shortest counterexample",
            trace=trace, seconds=seconds,
        )
    return Refuted(
        Scope(n, len(trace)),
        "stateful fuzzing (Hypothesis, shrunk) after bounded model checking ran out; not shown to be shortest"
        + (f": BMC found no counterexample within {cleared} steps" if cleared >= 0 else ""),
        trace=trace, reason=reason, seconds=seconds, shortest=False,
    )


def fallback(policy: Any, prop: Property, verdict: Any, *, timeout: float) -> Any:
    """``verdict``, or, when it is an ``Unknown`` of a concrete policy whose states were not all
    visited, the fuzzer's counterexample if its runs (``FUZZ_RUNS``, a count, not seconds) find
    one: the ``Fuzzer`` strategy, after the engine's verdict is in.  ``timeout`` is a safety cap."""
    if not isinstance(verdict, Unknown) or verdict.exhausted:
        return verdict
    if instances(policy) == "any" or getattr(policy, "parametric", False):
        return verdict
    if prop.kind not in (Kind.INV, Kind.STEP, Kind.LIVE):
        return verdict
    start = time.monotonic()
    try:
        trace = find_trace(policy, prop, deadline=start + timeout)
    except Timeout:
        return verdict
    if trace is None:
        return verdict
    depth = verdict.scope.depth if verdict.scope is not None and verdict.scope.depth is not None else -1
    return _as_verdict(policy, trace, depth, verdict.reason, verdict.seconds + (time.monotonic() - start))
