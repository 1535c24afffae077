"""The guided search: its distances agree with the properties' truth, its runs hit the property.

``solver.distance`` evaluates each property's own predicate over graded values; its truth must be
the concrete logic's, and the distance to the value it has must be 0, to the other one positive.
The best-first search over those distances finds a run exactly where breadth-first search does,
never a shorter one, and shortening keeps a run that still hits the property.  At the
cloud-service seed's defaults it finds CS-ROLE-AVAILABLE's 40-step counterexample, and BMC shows
every shallower depth unsat.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rollproof.model import cloud_service as cs
from rollproof.model import cloud_service_counts as C
from rollproof.model.logic import CONCRETE
from rollproof.properties.registry import Kind, properties_for
from rollproof.properties.verdicts import Refuted
from rollproof.checking import engine_check
from rollproof.policyfile import load
from rollproof.solver import bmc, engine, explicit
from rollproof.solver.decode import first_hit
from rollproof.solver.distance import DISTANCE, Fuzzy, fuzzy, graded
from test_cloud_service_fuzz import policies, run
from test_explicit import SMALL

PROPS = [p for p in properties_for("cloud_service") if p.kind != Kind.CHECK]
#: New code that crashes, one operation at a time: a state space small enough to visit whole.
CRASHING = cs.Policy(roles={"web": 2}, upgrade_domains=2, new_code_crashes=True)


def _agrees(f: Fuzzy, truth: bool, what: str) -> None:
    assert isinstance(f, Fuzzy) and f.t == truth, what
    assert (f.dt == 0) == truth and (f.df == 0) == (not truth), (what, f)
    assert f.dt >= 0 and f.df >= 0, (what, f)


@settings(max_examples=100, deadline=None)
@given(policy=policies(max_roles=3, max_count=5, max_uds=4), choices=st.lists(st.integers(0, 400), max_size=30))
def test_distances_agree_with_the_concrete_truth_of_every_property(policy, choices):
    trace = run(policy, choices)
    views = [C.view(CONCRETE, policy, C.abstract(s)) for s in trace.states]
    acts = [None] + [int(C.abstract_action(s, st_.action)[0]) for s, st_ in zip(trace.states, trace.steps)]
    for prop in PROPS:
        if not prop.applies(policy):
            continue
        for before, after, a in zip([None, *views], views, acts):
            g = graded(after)
            if prop.kind == Kind.REACH:
                _agrees(fuzzy(prop.goal(DISTANCE, policy, g)), bool(prop.goal(CONCRETE, policy, after)), prop.id)
                continue
            if prop.kind != Kind.STEP:
                _agrees(fuzzy(prop.holds(DISTANCE, policy, g)), bool(prop.holds(CONCRETE, policy, after)), prop.id)
            step = prop.holds if prop.kind == Kind.STEP else prop.step_holds
            if step is not None and before is not None:
                _agrees(fuzzy(step(DISTANCE, policy, graded(before), a, g)),
                        bool(step(CONCRETE, policy, before, a, after)), prop.id)
            if prop.allowed is not None and before is not None:
                _agrees(fuzzy(prop.allowed(DISTANCE, policy, graded(before), a, g)),
                        bool(prop.allowed(CONCRETE, policy, before, a, after)), prop.id)


@pytest.mark.parametrize("policy", [SMALL, CRASHING], ids=["small", "crashing"])
def test_a_guided_run_exists_where_a_shortest_one_does_and_is_never_shorter(policy):
    for prop in PROPS:
        if not prop.applies(policy):
            continue
        shortest = explicit.search(C, policy, prop, deadline=time.monotonic() + 600, max_depth=60)
        found = explicit.guided(C, policy, prop, deadline=time.monotonic() + 600, max_depth=60)
        if isinstance(shortest, explicit.Run):
            assert isinstance(found, explicit.Run) and found.depth >= shortest.depth, prop.id
            for r in (found, explicit.shorten(C, policy, prop, found, deadline=time.monotonic() + 600)):
                assert shortest.depth <= r.depth <= found.depth, prop.id
                again = explicit._replay(C, policy, prop, r.counts[0], list(r.acts), list(r.args), 0)
                assert again is not None and again.depth == r.depth and again.counts == r.counts, prop.id
        else:
            # Every reachable state visited without a hit: the guided search visits the same ones.
            assert shortest.exhausted, prop.id
            assert isinstance(found, explicit.Cleared) and found.exhausted, prop.id
            assert found.states == shortest.states, prop.id


def test_the_seed_defaults_deepest_counterexample_is_found_nearest_first_and_shown_shortest():
    """CS-ROLE-AVAILABLE: breadth-first search clears the shallow depths, the guided search finds a
    40-step run, BMC finds every depth between unsat: a shortest counterexample (about 20 s)."""
    pf = load(str(Path(__file__).resolve().parent.parent / "examples" / "policies" / "cs-seed-defaults.toml"))
    prop = next(p for p in properties_for("cloud_service") if p.id == "CS-ROLE-AVAILABLE")
    verdict = engine_check(pf.policy, prop, engine.DEFAULT_TIMEOUT)
    assert isinstance(verdict, Refuted), verdict
    assert verdict.method.startswith(engine.GUIDED), verdict.method
    assert "shortest counterexample" in verdict.method and "not shown" not in verdict.method
    assert verdict.scope.depth == len(verdict.trace) == 40
    assert first_hit("cloud_service", verdict.trace.policy, prop, verdict.trace) == 40


def _cut_short(monkeypatch):
    """The breadth-first search clears only depth 0: the guided search runs."""
    monkeypatch.setattr(explicit, "search", lambda *a, **k: explicit.Cleared(0, 1))


def test_bmc_over_the_depths_between_makes_a_guided_run_shortest_or_finds_a_shorter_one(monkeypatch):
    prop = next(p for p in PROPS if p.id == "CS-ONE-UD")
    shortest = explicit.search(C, SMALL, prop, deadline=time.monotonic() + 600, max_depth=60)
    assert isinstance(shortest, explicit.Run) and shortest.depth > 1
    _cut_short(monkeypatch)
    verdict = engine.check(SMALL, prop)
    assert isinstance(verdict, Refuted) and "shortest counterexample" in verdict.method, verdict
    assert "not shown" not in verdict.method
    assert verdict.scope.depth == len(verdict.trace) == shortest.depth
    assert first_hit("cloud_service", verdict.trace.policy, prop, verdict.trace) == shortest.depth


def test_a_guided_run_bmc_cannot_confirm_within_its_work_is_a_counterexample_not_shown_to_be_shortest(monkeypatch):
    prop = next(p for p in PROPS if p.id == "CS-ONE-UD")
    _cut_short(monkeypatch)
    asked = []

    def out_of_work(*a, **k):
        asked.append((k["min_depth"], k["max_depth"]))
        return bmc.NoHit(k["min_depth"], f"its work bound ran out at depth {k['min_depth'] + 1}")

    monkeypatch.setattr(bmc, "search", out_of_work)
    verdict = engine.check(SMALL, prop)
    assert isinstance(verdict, Refuted) and verdict.method.startswith(engine.GUIDED), verdict
    assert "not shown to be shortest (none within 1 steps)" in verdict.method
    assert asked == [(1, verdict.scope.depth - 1)]
    assert first_hit("cloud_service", verdict.trace.policy, prop, verdict.trace) == len(verdict.trace) == verdict.scope.depth


def _plain_shorten(C, policy, prop, run, max_replays):
    """``explicit.shorten`` as first written: every edit replayed from the run's start, nothing
    remembered (the reference the faster one must agree with)."""
    def replay(s, acts, args, states):
        v = C.view(CONCRETE, policy, s)
        counts = [s]
        for k, (a, x) in enumerate(zip(acts, args)):
            ok, s2 = C.step(CONCRETE, policy, s, a, x, v)
            if not ok:
                return None
            v2 = C.view(CONCRETE, policy, s2)
            if prop.allowed is not None and not prop.allowed(CONCRETE, policy, v, int(a), v2):
                return None
            counts.append(s2)
            if explicit._bad_step(prop, policy, v, int(a), v2) or explicit._bad_state(prop, policy, v2):
                return explicit.Run(k + 1, tuple(counts), tuple(acts[:k + 1]), tuple(args[:k + 1]), states)
            s, v = s2, v2
        return None

    best, improved, tried = run, True, 0
    while improved and tried < max_replays:
        improved = False
        acts, args = list(best.acts), list(best.args)
        for i, j in explicit.edits(best.depth):
            if tried >= max_replays:
                break
            tried += 1
            if j is None:
                a2, x2 = acts[:i] + acts[i + 1:], args[:i] + args[i + 1:]
            else:
                a2 = acts[:i] + [acts[j]] + acts[i + 1:j] + acts[j + 1:]
                x2 = args[:i] + [args[j]] + args[i + 1:j] + args[j + 1:]
            cand = replay(best.counts[0], a2, x2, best.states)
            if cand is not None and cand.depth < best.depth:
                best, improved = cand, True
                break
    return best


def _random_run(policy, prop, seed, steps=120):
    """A run to the property's target by random steps (long, and far from shortest), or None."""
    import random

    rnd = random.Random(seed)
    roots = explicit._roots(C, policy, prop)
    if not isinstance(roots, tuple):
        return None
    parent, views = roots
    s = rnd.choice(sorted(parent, key=repr))
    counts, acts, args = [s], [], []
    for _ in range(steps):
        nxt = list(explicit._successors(C, policy, prop, s, views[s], {}, {}, True))
        if not nxt:
            return None
        a, x, s2, v2, _, bad = nxt[rnd.randrange(len(nxt))]
        counts.append(s2)
        acts.append(a)
        args.append(x)
        if bad or explicit._bad_state(prop, policy, v2):
            return explicit.Run(len(acts), tuple(counts), tuple(acts), tuple(args), 0)
        views[s2] = v2
        s = s2
    return None


def test_shortening_that_remembers_steps_and_starts_at_the_edit_gives_the_plain_shortenings_run():
    """Long random runs to every property's target under the small policies, and the seed
    defaults' 40-step CS-ROLE-AVAILABLE run, shortened both ways within the same replays: the same run, state
    by state (a cut-off budget included, so that the replays are counted alike)."""
    pf = load(str(Path(__file__).resolve().parent.parent / "examples" / "policies" / "cs-seed-defaults.toml"))
    seed_prop = next(p for p in PROPS if p.id == "CS-ROLE-AVAILABLE")
    runs = [(pf.policy, seed_prop, explicit.guided(C, pf.policy, seed_prop, deadline=time.monotonic() + 600, max_depth=60))]
    runs += [(policy, prop, _random_run(policy, prop, seed)) for policy in (SMALL, CRASHING)
             for prop in PROPS if prop.applies(policy) and prop.kind != Kind.REACH for seed in range(3)]
    shortened = 0
    for policy, prop, found in runs:
        if not isinstance(found, explicit.Run):
            continue
        for replays in (60, 2_000):
            fast = explicit.shorten(C, policy, prop, found, deadline=time.monotonic() + 600, max_replays=replays)
            assert fast == _plain_shorten(C, policy, prop, found, replays), (prop.id, replays)
            shortened += fast.depth < found.depth
    assert shortened >= 2  # (runs the shortening changes, not only runs it keeps)
