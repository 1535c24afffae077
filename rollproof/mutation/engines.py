"""Two ways to kill a mutant: the solver's bounded search, and a Hypothesis run of the model.

``solver_hit`` searches the counting model (as patched) for a shortest violation, decodes it and
replays it through the per-instance model (as patched): a trace that does not replay means the
mutant changed one encoding only, and raises.  ``fuzz_hit`` draws runs of the per-instance model
with a fixed seed, evaluates the registry's predicate on the counting view of every state, and
returns the length of the shrunk failing run.  Both return ``None`` when the property survives.
"""

from __future__ import annotations

import time
from typing import Any

import attrs
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

from rollproof.model.core import Refused
from rollproof.model.logic import CONCRETE
from rollproof.properties.registry import Kind, Property


def _counting(model: str) -> Any:
    from rollproof.model.systems import counting

    return counting(model)


def _reference(model: str) -> Any:
    from rollproof.model.systems import reference

    return reference(model)


# --------------------------------------------------------------------------------------------
# Solver


def solver_hit(policy: Any, prop: Property, *, max_depth: int, timeout: float, session: Any = None) -> int | None:
    """The length of a shortest replayed violation within ``max_depth`` steps, or None (also when
    the search runs out of ``timeout`` seconds).  ``session``: the prover session to search in."""
    if not prop.applies(policy):
        return None
    from rollproof.solver import engine

    if prop.kind == Kind.CHECK:
        return 0 if engine.check(policy, prop, timeout=timeout, session=session).verdict == "refuted" else None
    from rollproof.solver import bmc
    from rollproof.solver.decode import decode
    from rollproof.solver.work import Timeout

    try:
        hit = bmc.search(_counting(prop.model), policy, prop, max_depth=max_depth,
                         deadline=time.monotonic() + timeout, session=session)
    except Timeout:
        return None
    if not isinstance(hit, bmc.Hit):
        return None
    trace = decode(prop.model, policy, prop, hit)
    return len(trace.steps)


def solver_clear(policy: Any, prop: Property, *, max_depth: int, timeout: float, session: Any = None) -> bool:
    """Whether the (unpatched) model has no violation within ``max_depth`` steps, established in time."""
    if not prop.applies(policy):
        return False
    from rollproof.solver import engine

    if prop.kind == Kind.CHECK:
        return engine.check(policy, prop, timeout=timeout, session=session).verdict == "proved"
    from rollproof.solver import bmc
    from rollproof.solver.work import Timeout

    try:
        hit = bmc.search(_counting(prop.model), policy, prop, max_depth=max_depth,
                         deadline=time.monotonic() + timeout, session=session)
    except Timeout:
        return False
    return isinstance(hit, bmc.NoHit) and hit.depth >= max_depth


# --------------------------------------------------------------------------------------------
# Fuzzer


def _initial(model: str, policy: Any, pick: int) -> Any:
    M = _reference(model)
    if model == "cloud_service":
        return M.initial_state(policy)
    n = int(policy.instances)
    iu = policy.initial_unhealthy
    if isinstance(iu, int) and not isinstance(iu, bool):
        sick = iu
    else:
        top = n if iu == "any" else policy.max_unhealthy_instance_percent * n // 100
        sick = pick % (top + 1)
    return M.initial_state(policy, frozenset(range(sick)))


class _Violation(Exception):
    pass


def _view(model: str, s: Any) -> Any:
    C = _counting(model)
    return C.view(CONCRETE, s.policy, C.abstract(s))


def _fails(prop: Property, policy: Any, before: Any, code: int | None, after: Any) -> bool:
    if prop.kind in (Kind.INV, Kind.LIVE):
        if not prop.holds(CONCRETE, policy, after):
            return True
        return bool(before is not None and prop.step_holds is not None
                    and not prop.step_holds(CONCRETE, policy, before, code, after))
    if prop.kind == Kind.STEP:
        return before is not None and not prop.holds(CONCRETE, policy, before, code, after)
    return False


def _enabled(model: str, s: Any, memo: dict) -> list[tuple[str, int, Any, Any]]:
    """``(name, code, successor, its view)`` for every candidate the model accepts from ``s``."""
    got = memo.get(s)
    if got is None:
        M, C = _reference(model), _counting(model)
        got = []
        for a in M.candidate_actions(s):  # the model's one generator: keep what it accepts
            r = M.apply(s, a)
            if not isinstance(r, Refused):
                got.append((a.name, int(C.A[a.name]), r, _view(model, r)))
        memo[s] = got
    return got


def run_until_violation(policy: Any, prop: Property, choices: list[tuple[int, int]], memo: dict | None = None,
                        pick: int = 0, off: frozenset[str] = frozenset(), record: list | None = None,
                        weights: dict[str, int] | None = None) -> int | None:
    """Read ``choices`` as a run of the model; the number of steps to the first violation, or None.

    Each choice ``(which, arg)`` picks an action name among the enabled ones (``which`` in 0..99 as
    a share of their ``weights``, by default ``WEIGHTS``; the names in ``off`` or of weight 0 only
    when nothing else is enabled), then its arguments; ``pick`` chooses the initial state; ``memo``
    keeps each state's enabled steps for the length of one fuzzing run.
    """
    model = prop.model
    weights = WEIGHTS if weights is None else weights
    memo = {} if memo is None else memo
    s = _initial(model, policy, pick)
    if record is not None:  # the caller wants the run itself: its start, then each (name, state)
        record.append(s)
    v = _view(model, s)
    if _fails(prop, policy, None, None, v):
        return 0
    steps = 0
    for which, arg in choices:
        by_name: dict[str, list[tuple[int, Any, Any]]] = {}
        for name, code, r, w in _enabled(model, s, memo):
            if prop.allowed is None or prop.allowed(CONCRETE, policy, v, code, w):
                by_name.setdefault(name, []).append((code, r, w))
        if not by_name:
            return None
        on = [n for n in by_name if n not in off and weights.get(n, 1) > 0] or list(by_name)
        weight = {n: max(1, weights.get(n, 1)) for n in on}
        total = sum(weight.values())
        at = which * total // 100
        for name, w_ in weight.items():
            if at < w_:
                break
            at -= w_
        opts = by_name[name]
        code, r, w = opts[arg % len(opts)]
        steps += 1
        if record is not None:
            record.append(r)
        if _fails(prop, policy, v, code, w):
            return steps
        s, v = r, w
    return None


#: The orchestrator's and the instances' own steps are drawn more often than the environment's
#: (maintenance, recovery, operators), so random runs get deep into an upgrade.
WEIGHTS = {
    "orchestrator_checks_health": 4, "orchestrator_starts_batch": 4, "instance_finishes_upgrade": 4,
    "probe_wait_expires": 4, "orchestrator_ends_batch": 4,
    "fabric_walks_ud": 4, "operator_walks_ud": 4, "fabric_updates_ud": 4, "fabric_starts_ud": 4,
    "fabric_completes_ud": 4, "fabric_swaps_vip": 2, "instance_comes_online": 4,
}

#: Every number the fuzzer draws lies in 0..99.  Hypothesis (6.131 on) sometimes draws an integer
#: constant found in the source of the local modules loaded at the time, but never one of
#: magnitude below 100; within this range the draws depend only on the seed, not on which modules
#: a run happened to import or on an edit elsewhere in the project.
CHOICE = st.integers(0, 99)
#: Swarm testing, for a caller that switches actions off outright (``off``): the chance (in %) of
#: each.  Measured on the catalogue, it loses more deep bugs than it finds (a run without the
#: recovery or the health check it needs goes nowhere), so ``fuzz_hit`` does not use it.
SWARM_OFF = 25



def _variants(policy: Any) -> Any:
    """Policies near ``policy`` for a ``check`` property (the cloud service's shape)."""
    if not hasattr(policy, "roles"):
        return st.just(policy)
    return st.builds(
        lambda n, k, mode: attrs.evolve(policy, roles={"web": n}, upgrade_domains=k, mode=mode),
        st.integers(1, 4), st.integers(1, 4), st.sampled_from(("automatic", "manual")),
    )


def fuzz_hit(policy: Any, prop: Property, *, examples: int, max_steps: int = 24, seed: int | None = None,
             weights: dict[str, int] | None = None) -> int | None:
    """The length of the shrunk failing run Hypothesis finds, or None.

    ``weights`` adds to or overrides ``WEIGHTS`` (a mutant's directed bias).

    Without ``seed`` the run is derandomized (the same draws every time); a ``seed`` draws another
    fixed sequence (for measuring how reliably a bug is found).
    """
    if prop.kind == Kind.REACH or not prop.applies(policy):
        return None
    found: list[int] = []
    config = settings(
        max_examples=examples, derandomize=seed is None, database=None, deadline=None,
        suppress_health_check=list(HealthCheck), phases=(Phase.generate, Phase.shrink), report_multiple_bugs=False,
    )
    if prop.kind == Kind.CHECK:
        @config
        @given(_variants(policy))
        def probe(p: Any) -> None:
            if prop.check(p):
                found.append(0)
                raise _Violation(prop.id)
    else:
        memo: dict = {}
        bias = {**WEIGHTS, **(weights or {})}

        # Runs of at least half the budget: Hypothesis's lists average about six elements, too
        # short for a bug that takes ten steps to show (and a shrunk run still ends at its violation).
        @config
        @given(CHOICE, st.lists(st.tuples(CHOICE, CHOICE), min_size=max_steps // 2, max_size=max_steps))
        def probe(pick: int, choices: list[tuple[int, int]]) -> None:
            at = run_until_violation(policy, prop, choices, memo, pick, weights=bias)
            if at is not None:
                found.append(at)
                raise _Violation(prop.id)

    if seed is not None:
        probe = hypothesis_seed(seed)(probe)
    try:
        probe()
    except _Violation:
        return found[-1]
    return None
