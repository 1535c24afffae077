"""Benchmarks of the engines: ``python bench/run.py [--quick]`` writes bench/results.json and results.md.

What is measured (issues 4, 5, 7): BMC depth reached in a fixed budget against fleet size; the time
to each shortest counterexample of the seed defaults (and of a 1000-instance scale set); proof time
per property against instance count (5, 50, 500, 5000, "any"); the whole default catalog's wall
time; fuzzer steps per second; the fuzzer's shrunk trace length against BMC's minimum; and the
integer against the bit-vector encoding.  ``--quick`` shrinks every budget for a smoke run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import z3  # noqa: E402
from hypothesis import HealthCheck, Phase, find, settings  # noqa: E402
from hypothesis.errors import NoSuchExample  # noqa: E402

from rollproof.model import cloud_service as CS  # noqa: E402
from rollproof.model import scale_set as S  # noqa: E402
from rollproof.model.core import Refused  # noqa: E402
from rollproof.model.logic import CONCRETE  # noqa: E402
from rollproof.model.systems import counting  # noqa: E402
from rollproof.properties.registry import Kind, get, properties_for  # noqa: E402
from rollproof.properties.verdicts import Proved, Refuted  # noqa: E402
from rollproof import checking  # noqa: E402
from rollproof.mutation.patching import clear_caches  # noqa: E402
from rollproof.policyfile import seed_defaults  # noqa: E402
from rollproof.solver import bmc, engine, prove  # noqa: E402
from rollproof.solver.session import ProverSession  # noqa: E402
from rollproof.solver.work import Timeout  # noqa: E402

import scale_set_fuzz as F  # noqa: E402


def clock() -> float:
    return time.monotonic()


# --------------------------------------------------------------------------------------------
# (a) BMC depth against size, with the time at which each depth was done


def bmc_depths(model: str, policy: Any, pid: str, budget: float, width: int | None = None) -> dict[str, Any]:
    """Run ``bmc.search`` for ``budget`` seconds; the depth reached and when each depth finished."""
    C = counting(model)
    prop = get(pid, model)
    marks: list[float] = []
    real_target = bmc.target

    def timed_target(p, pol, R, k):
        marks.append(clock() - t0)  # depth k-1's query is done when depth k's target is built
        return real_target(p, pol, R, k)

    bmc.target = timed_target
    t0 = clock()
    r: Any = None
    try:
        r = bmc.search(C, policy, prop, max_depth=10_000, deadline=t0 + budget, width=width)
        depth = r.depth
    except Timeout:  # (the measure: how deep it got in the time)
        depth = len(marks) - 2  # the depth whose target was built last was being asked
    finally:
        bmc.target = real_target
    total = clock() - t0
    done = [round(x, 3) for x in marks[1:]]  # time at which depth 0, 1, … had been answered
    return {"property": pid, "depth_reached": depth, "hit": isinstance(r, bmc.Hit), "seconds": round(total, 3),
            "seconds_to_depth": done[: depth + 1] if depth >= 0 else []}


# --------------------------------------------------------------------------------------------
# (b)-(d) the engine


# Where a check's time goes: (module or class, function, label) of the phases a proof's time is split into.
PHASES = ((ProverSession, "base_invariant", "model_invariant"), (prove, "_inductive_core", "certificate_cut"),
          (ProverSession, "recheck", "recheck"))  # (Z3 and cvc5 side by side, in two processes)


class phases:
    """Seconds spent in each of ``PHASES`` while in the block (the functions patched meanwhile)."""

    def __enter__(self) -> dict[str, float]:
        self.spent = {label: 0.0 for _, _, label in PHASES}
        self.saved = []
        for mod, name, label in PHASES:
            real = getattr(mod, name)
            self.saved.append((mod, name, real))

            def timed(*a: Any, _real: Any = real, _label: str = label, **k: Any) -> Any:
                t = clock()
                try:
                    return _real(*a, **k)
                finally:
                    self.spent[_label] += clock() - t

            setattr(mod, name, timed)
        return self.spent

    def __exit__(self, *exc: Any) -> None:
        for mod, name, real in self.saved:
            setattr(mod, name, real)


_SESSIONS: dict[Any, ProverSession] = {}  # the prover session of each policy since the last ``cold``


def verdict_row(policy: Any, pid: str, model: str, timeout: float) -> dict[str, Any]:
    prop = get(pid, model)
    session = _SESSIONS.setdefault(policy, ProverSession(policy))
    with phases() as spent:
        t0 = clock()
        v = engine.check(policy, prop, timeout=timeout, session=session)
        secs = clock() - t0
    scope = getattr(v, "scope", None)
    return {
        "property": pid, "verdict": v.verdict, "seconds": round(secs, 3),
        "instances": getattr(scope, "instances", None), "depth": getattr(scope, "depth", None),
        "certified_by": list(getattr(v, "certified_by", ()) or ()),
        "reason": getattr(v, "reason", None),
        "phases": {k: round(x, 3) for k, x in spent.items()},
    }


def shortest_counterexamples(timeout: float, big: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pf in seed_defaults():
        rows = []
        for p in properties_for(pf.model):
            if p.kind == Kind.CHECK or not p.applies(pf.policy):
                continue
            row = verdict_row(pf.policy, p.id, pf.model, timeout)
            if row["verdict"] != "proved" or p.kind == Kind.REACH:  # refutations, witnesses, and what ran out of time
                rows.append(row)
        out[pf.name] = rows
    policy = S.ScaleSetPolicy(instances=big)
    out[f"scale-set-{big}"] = [
        verdict_row(policy, pid, "scale_set", timeout)
        for pid in ("VMSS-PRECHECK", "VMSS-HEALTH-CAP", "VMSS-AVAILABILITY", "VMSS-UPGRADED-GATE")
    ]
    return out


def proof_times(sizes: list[Any], timeout: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in sizes:
        policy = S.ScaleSetPolicy(instances=n)
        cold()  # each size's column starts cold: its first proof finds the model's invariant
        rows = []
        for p in properties_for("scale_set"):
            if p.kind in (Kind.CHECK, Kind.REACH) or not p.applies(policy):
                continue
            rows.append(verdict_row(policy, p.id, "scale_set", timeout))
        out[str(n)] = rows
    return out


def cs_parametric(timeout: float, runs: int = 3) -> dict[str, Any]:
    """Cloud-service verdicts over every role size at once (roles of ``"any"`` instances): each
    catalog ``runs`` times from cold, each property's median run shown (run-to-run noise on a
    shared 2-core machine is large)."""
    out: dict[str, Any] = {}
    for name, roles in (("web any, worker any", {"web": "any", "worker": "any"}), ("web any", {"web": "any"})):
        policy = CS.Policy(roles=roles)
        catalogs = []
        for _ in range(runs):
            cold()
            t0 = clock()
            rows = [verdict_row(policy, p.id, "cloud_service", timeout)
                    for p in properties_for("cloud_service") if p.kind != Kind.CHECK and p.applies(policy)]
            catalogs.append({"seconds": round(clock() - t0, 2), "rows": rows})
        median = []
        for i, row in enumerate(catalogs[0]["rows"]):
            each = sorted((c["rows"][i] for c in catalogs), key=lambda y: y["seconds"])
            median.append({**each[len(each) // 2], "seconds_range": [each[0]["seconds"], each[-1]["seconds"]]})
        totals = sorted(c["seconds"] for c in catalogs)
        out[name] = {"seconds": totals[len(totals) // 2], "seconds_range": [totals[0], totals[-1]], "rows": median,
                     "runs": runs}
    out["timeout_per_property"] = timeout
    return out


def cold() -> None:
    """Start from fresh prover sessions (and the model's own caches emptied): each timed run
    starts as a fresh ``rollproof check`` does, not with what an earlier section found."""
    for s in _SESSIONS.values():
        s.close()
    _SESSIONS.clear()
    clear_caches()


def whole_catalog(timeout: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    t_all = clock()
    for pf in seed_defaults():
        cold()
        t0 = clock()
        results = checking.run([pf], None, timeout)
        counts = _tally(results)
        slowest = sorted(results, key=lambda r: -r.seconds)[:3]
        out[pf.name] = {"seconds": round(clock() - t0, 2), "verdicts": counts,
                        "slowest": [(r.prop.id, r.word, round(r.seconds, 2)) for r in slowest]}
    out["total_seconds"] = round(clock() - t_all, 2)
    out["timeout_per_property"] = timeout
    # The same checks over both models in one run, one worker process per core (`--jobs`).
    jobs = checking.default_jobs()
    cold()
    t0 = clock()
    results = checking.run(seed_defaults(), None, timeout, jobs=jobs)
    out["parallel"] = {"jobs": jobs, "seconds": round(clock() - t0, 2),
                       "verdicts": _tally(results)}
    # The checks alone, without the causes and premise phases: the work the runs before those
    # phases existed measured (like for like with their figures).
    checks_only: dict[str, float] = {}
    cold()
    t0 = clock()
    for pf in seed_defaults():
        checking.run([pf], None, timeout, causes=False)
    checks_only["serial"] = round(clock() - t0, 2)
    cold()
    t0 = clock()
    checking.run(seed_defaults(), None, timeout, jobs=jobs, causes=False)
    checks_only["parallel"] = round(clock() - t0, 2)
    out["checks_only"] = checks_only
    return out


def _tally(results: list[Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in results:
        counts[r.word] = counts.get(r.word, 0) + 1
    return counts


# --------------------------------------------------------------------------------------------
# (e), (f) the fuzzer


def fuzzer_rate(n: int, budget: float, seed: int = 0) -> dict[str, Any]:
    """Steps per second of the fuzzer's step: choose an action, apply it, evaluate every predicate."""
    rng = random.Random(seed)
    policy = S.ScaleSetPolicy(instances=n)
    props = [p for p in properties_for("scale_set") if p.kind in (Kind.INV, Kind.STEP) and p.applies(policy)]
    s = S.initial_state(policy)
    steps = accepted = 0
    t0 = clock()
    while clock() - t0 < budget:
        x = F.action_from(s, (rng.randrange(32), rng.randrange(2**16), rng.random() < 0.2))
        r = S.apply(s, x)
        steps += 1
        if isinstance(r, Refused):
            continue
        vb, va, a = F.view_of(s), F.view_of(r), F.code_of(x)
        for p in props:
            (p.holds(CONCRETE, policy, vb, a, va) if p.kind == Kind.STEP else p.holds(CONCRETE, policy, va))
        accepted += 1
        s = r if rng.random() > 0.01 else S.initial_state(policy)
    secs = clock() - t0
    return {"instances": n, "steps_per_second": round(steps / secs, 1),
            "accepted_per_second": round(accepted / secs, 1), "seconds": round(secs, 2)}


def shrunk_vs_bmc(n: int, examples: int, timeout: float) -> list[dict[str, Any]]:
    policy = S.ScaleSetPolicy(instances=n)
    search = settings(max_examples=examples, deadline=None, database=None, derandomize=True,
                      suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink])
    rows = []
    for p in properties_for("scale_set"):
        if p.kind not in (Kind.INV, Kind.STEP, Kind.LIVE) or not p.applies(policy):
            continue
        v = engine.check(policy, p, timeout=timeout, session=_SESSIONS.setdefault(policy, ProverSession(policy)))
        if not isinstance(v, Refuted):
            continue
        t0 = clock()
        try:
            t = find(F.runs(policy, max_steps=30, allowed=p.allowed, until=p),
                     lambda tr: F.first_violation(p, tr) is not None, settings=search)
            k = F.first_violation(p, t)
        except NoSuchExample:
            k = None
        rows.append({"property": p.id, "instances": n, "bmc_minimum": v.scope.depth, "fuzzer_shrunk": k,
                     "fuzzer_seconds": round(clock() - t0, 2), "bmc_seconds": round(v.seconds, 2)})
    return rows


# --------------------------------------------------------------------------------------------
# rollproof bound at a fixed N


BOUNDS = (("min", "serving", "state"), ("max", "upgrading", "state"),
          ("max", "after_upgrading - before_upgrading", "step"))
BOUND_TARGET = 2.0  # seconds: a worst case at N = 10 should cost about as much as a check or two


def bound_times(runs: int = 3) -> dict[str, Any]:
    """``rollproof bound`` on the 2018 seed's defaults (N = 10), each search ``runs`` times from cold
    (fresh prover sessions, the model's caches emptied, no verdict cache), as a fresh command runs it:
    the value, the rounds of the search, and the median seconds with their range."""
    from rollproof import bounds

    pf = next(p for p in seed_defaults() if p.model == "scale_set")
    rows = []
    for direction, source, over in BOUNDS:
        seconds, b = [], None
        for _ in range(runs):
            cold()
            t0 = clock()
            b = bounds.bound(pf, source, direction, engine.DEFAULT_TIMEOUT, over=over)
            seconds.append(clock() - t0)
        seconds.sort()
        rows.append({"direction": direction, "expression": source, "over": over, "value": b.value, "rounds": b.rounds,
                     "witness": getattr(b.witness, "label", None), "trace_length": getattr(b.witness, "trace_length", None),
                     "seconds": round(seconds[len(seconds) // 2], 2), "seconds_range": [round(seconds[0], 2), round(seconds[-1], 2)]})
    return {"policy": pf.name, "instances": pf.policy.instances, "runs": runs, "target_seconds": BOUND_TARGET, "rows": rows}


# --------------------------------------------------------------------------------------------


SECTIONS = ("bmc_depth", "int_vs_bitvector", "shortest_counterexamples", "proof_times", "fuzzer",
            "shrunk_vs_bmc", "whole_catalog", "cs_parametric", "bound")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small budgets: a smoke run of every section")
    ap.add_argument("--out", default=str(HERE), help="folder for results.json and results.md")
    ap.add_argument("--only", nargs="+", metavar="SECTION",
                    help="run only these sections; the others are kept from the folder's results.json")
    args = ap.parse_args(argv)
    unknown = sorted(set(args.only or ()) - set(SECTIONS))
    if unknown:
        ap.error(f"--only: no section {', '.join(unknown)} (sections: {', '.join(SECTIONS)})")
    q = args.quick
    out = Path(args.out)
    budget = 3.0 if q else 10.0
    load0 = os.getloadavg()
    t_start = clock()
    res: dict[str, Any] = json.loads((out / "results.json").read_text()) if args.only else {}
    res |= {
        "quick": q,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "z3": z3.get_version_string(),
                    "platform": platform.platform(terse=True)},
        "load_average_start": [round(x, 2) for x in load0],
    }

    def section(name: str, fn, *a):
        if args.only and name not in args.only:
            return
        cold()
        t0 = clock()
        print(f"[bench] {name} …", flush=True)
        res[name] = fn(*a)
        print(f"[bench] {name}: {clock() - t0:.1f} s", flush=True)

    sizes_a = [5, 20, 100, 1000]
    section("bmc_depth", lambda: {
        "budget_seconds": budget,
        "scale_set": {str(n): bmc_depths("scale_set", S.ScaleSetPolicy(instances=n), "VMSS-STOP-RULE", budget)
                      for n in sizes_a},
        "cloud_service_20_uds": bmc_depths(
            "cloud_service", CS.Policy(roles={"web": 20, "worker": 20}, upgrade_domains=20), "X-INSTANCES-CONSERVED", budget),
    })
    section("int_vs_bitvector", lambda: {
        "budget_seconds": budget, "instances": 20, "property": "VMSS-STOP-RULE",
        "integers": bmc_depths("scale_set", S.ScaleSetPolicy(instances=20), "VMSS-STOP-RULE", budget),
        "bitvectors_16": bmc_depths("scale_set", S.ScaleSetPolicy(instances=20), "VMSS-STOP-RULE", budget, width=16),
    })
    # The checks are bounded by work; their seconds are a safety cap (the engine's default, or a
    # short one for a smoke run, where a check past it is unknown).
    cap = 30.0 if q else engine.DEFAULT_TIMEOUT
    section("shortest_counterexamples", shortest_counterexamples, cap, 1000)
    section("proof_times", proof_times, [5, "any"] if q else [5, 50, 500, 5000, "any"], cap)
    section("fuzzer", lambda: [fuzzer_rate(n, 1.0 if q else 5.0) for n in (10, 100, 1000)])
    section("shrunk_vs_bmc", lambda: shrunk_vs_bmc(5, 100 if q else 1000, cap) + shrunk_vs_bmc(10, 100 if q else 1000, cap))
    section("whole_catalog", whole_catalog, cap)
    section("cs_parametric", cs_parametric, cap, 1 if q else 3)
    section("bound", bound_times, 1 if q else 3)
    res["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    if not args.only:
        res["total_seconds"] = round(clock() - t_start, 1)
        res.pop("rerun", None)
    else:
        res["rerun"] = sorted(set(res.get("rerun", [])) | set(args.only))
    (out / "results.json").write_text(json.dumps(res, indent=1, default=str) + "\n")
    (out / "results.md").write_text(markdown(res))
    print(f"[bench] wrote {out / 'results.json'} and {out / 'results.md'}")
    return 0


def markdown(r: dict[str, Any]) -> str:
    L: list[str] = []
    m = r["machine"]
    L += ["# Benchmark results", "",
          f"`python bench/run.py{' --quick' if r['quick'] else ''}`: {m['cpus']} cores, Python {m['python']}, "
          f"Z3 {m['z3']}; total {r['total_seconds']} s.",
          f"Load average (1, 5, 15 min) at the start {r['load_average_start']}, at the end {r['load_average_end']}"
          + (": the machine was busy when the run started, so these figures are under load." if r['load_average_start'][0] >= 1.0
             else " (the run itself keeps one core busy)."), ""]
    if r.get("rerun"):
        L += [f"Sections rerun on their own later (`--only`; the machine line and the load averages above are from that run): "
              f"{', '.join(r['rerun'])}.", ""]
    a = r["bmc_depth"]
    L += [f"## BMC depth reached in {a['budget_seconds']:g} s", "",
          "| system | property | depth reached | seconds to depth 5 / 10 / 20 |", "|---|---|---|---|"]

    def at(row, d):
        xs = row["seconds_to_depth"]
        return f"{xs[d]:.2f}" if len(xs) > d else "–"

    rows = [(f"scale set, N = {n}", x) for n, x in a["scale_set"].items()] + [("cloud service, 20 UDs × 2 roles of 20", a["cloud_service_20_uds"])]
    for name, x in rows:
        L.append(f"| {name} | {x['property']} | {x['depth_reached']} | {at(x, 5)} / {at(x, 10)} / {at(x, 20)} |")
    b = r["int_vs_bitvector"]
    L += ["", f"## Integers against 16-bit bit-vectors (N = {b['instances']}, {b['property']}, {b['budget_seconds']:g} s)", "",
          "| encoding | depth reached | seconds to depth 5 / 10 / 20 |", "|---|---|---|"]
    for name in ("integers", "bitvectors_16"):
        x = b[name]
        L.append(f"| {name} | {x['depth_reached']} | {at(x, 5)} / {at(x, 10)} / {at(x, 20)} |")
    L += ["", "## Shortest counterexamples and witnesses (engine: proof attempt, then BMC, decode, replay; unknown = out of work or time)", "",
          "| policy | property | verdict | depth | N | seconds |", "|---|---|---|---|---|---|"]
    for pol, rows_ in r["shortest_counterexamples"].items():
        for x in rows_:
            L.append(f"| {pol} | {x['property']} | {x['verdict']} | {x['depth']} | {x['instances']} | {x['seconds']:.2f} |")
    pt = r["proof_times"]
    sizes = list(pt)
    pids = sorted({x["property"] for rows_ in pt.values() for x in rows_},
                  key=lambda pid: [p.id for p in properties_for("scale_set")].index(pid))
    L += ["", "## Scale-set verdict time (s) against instance count", "",
          "| property | " + " | ".join(f"N = {n}" for n in sizes) + " |", "|---|" + "---|" * len(sizes)]
    for pid in pids:
        cells = []
        for n in sizes:
            x = next((y for y in pt[n] if y["property"] == pid), None)
            cells.append("–" if x is None else f"{x['seconds']:.2f} {x['verdict']}")
        L.append(f"| {pid} | " + " | ".join(cells) + " |")
    L += ["", "## Fuzzer steps per second (choose, apply, evaluate every inv/step predicate)", "",
          "| N | steps/s | accepted steps/s |", "|---|---|---|"]
    for x in r["fuzzer"]:
        L.append(f"| {x['instances']} | {x['steps_per_second']} | {x['accepted_per_second']} |")
    L += ["", "## Fuzzer's shrunk counterexample against BMC's minimum (seed defaults)", "",
          "| property | N | BMC minimum | fuzzer shrunk | fuzzer s | engine s |", "|---|---|---|---|---|---|"]
    for x in r["shrunk_vs_bmc"]:
        L.append(f"| {x['property']} | {x['instances']} | {x['bmc_minimum']} | {x['fuzzer_shrunk'] if x['fuzzer_shrunk'] is not None else 'not found'} | {x['fuzzer_seconds']} | {x['bmc_seconds']} |")
    w = r["whole_catalog"]
    L += ["", f"## Whole default catalog (both models, certificates re-checked; safety cap {w['timeout_per_property']:g} s per property)", "",
          "| policy | seconds | verdicts | slowest |", "|---|---|---|---|"]
    for name, x in w.items():
        if isinstance(x, dict) and name not in ("parallel", "checks_only"):
            L.append(f"| {name} | {x['seconds']} | {x['verdicts']} | {'; '.join(f'{a} {b} {c}s' for a, b, c in x['slowest'])} |")
    L += [f"| total | {w['total_seconds']} | | |", ""]
    par = w.get("parallel")
    if par:
        L += [f"Both policies in one run over {par['jobs']} worker processes (`--jobs {par['jobs']}`): "
              f"{par['seconds']} s, verdicts {par['verdicts']}.", ""]
    only = w.get("checks_only")
    if only:
        L += [f"The checks alone, without the causes and premise phases (the work runs before those phases "
              f"measured): {only['serial']} s one policy after the other, {only['parallel']} s over "
              f"{par['jobs'] if par else 2} worker processes.", ""]
    c = r.get("cs_parametric")
    if c:
        runs = next((x.get("runs", 1) for x in c.values() if isinstance(x, dict)), 1)
        L += [f"## Cloud-service verdicts over every role size at once (5 UDs; safety cap {c['timeout_per_property']:g} s per property)", "",
              (f"Each catalog was run {runs} times, each from cold (nothing remembered); a row is the property's median run, "
               "its range over the runs beside it." if runs > 1 else ""), "",
              "Of a check's seconds: the model's own invariant (found once per policy, by the first check that needs it, "
              "and remembered); the certificate cut down to what the proof needs (unsat cores among the lemmas Houdini "
              "kept, asked for this property alone); the re-checks by Z3 and cvc5 (a fresh solver per case of the "
              "certificate's scripts; a forked child process re-checks with Z3, then shares cvc5's queries with the "
              "check's process, so the column is the wall time of both); "
              "and the rest (the proof itself and the searches for a counterexample). *The check's own* is the check's "
              "seconds without the model's invariant, what a check costs once another check of the policy found it.", "",
              "| roles | property | verdict | N (smallest failing) | depth | seconds | range | model's invariant | certificate cut | re-check (z3, cvc5) | the rest | the check's own | certified by |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for name, x in c.items():
            if isinstance(x, dict):
                for y in x["rows"]:
                    ph = y.get("phases") or {}
                    parts = [ph.get("model_invariant", 0.0), ph.get("certificate_cut", 0.0), ph.get("recheck", 0.0)]
                    cells = " | ".join(f"{v:.2f}" if v >= 0.005 else "–" for v in parts)
                    own = y['seconds'] - parts[0]
                    L.append(f"| {name} | {y['property']} | {y['verdict']} | {y['instances']} | {y['depth'] if y['depth'] is not None else '–'} "
                             f"| {y['seconds']:.2f} | {_range(y)} | {cells} | {max(0.0, y['seconds'] - sum(parts)):.2f} | {own:.2f} "
                             f"| {', '.join(y['certified_by']) or '–'} |")
                L.append(f"| {name} | whole catalog | | | | {x['seconds']} | {_range(x)} | | | | | | | |")
        L.append("")
    bt = r.get("bound")
    if bt:
        L += [f"## `rollproof bound` at N = {bt['instances']} ({bt['policy']}; each search {bt['runs']} times from cold, "
              f"the median and the range; target under {bt['target_seconds']:g} s)", "",
              "| bound | value | rounds | run reaching it | seconds | range |", "|---|---|---|---|---|---|"]
        for x in bt["rows"]:
            what = f"{x['direction']}{'-step' if x['over'] == 'step' else ''} `{x['expression']}`"
            L.append(f"| {what} | {x['value']} | {x['rounds']} | {x['trace_length']} steps, {x['witness']} | "
                     f"{x['seconds']:.2f} | {_range(x)} |")
        L.append("")
    return "\n".join(L)


def _range(row: dict[str, Any]) -> str:
    r = row.get("seconds_range")
    return f"{r[0]:.2f}–{r[1]:.2f}" if r else "–"


if __name__ == "__main__":
    raise SystemExit(main())
