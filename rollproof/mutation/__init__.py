"""Mutation testing of the model: seeded bugs, the properties that kill them, and vacuity.

``run`` applies each mutant of ``catalogue.MUTANTS`` in turn and asks both engines whether one of
its target properties now fails: the solver (a shortest violation, replayed through the mutated
per-instance model) and the Hypothesis fuzzer (fixed seed, shrunk run).  A solver kill counts only
when the correct model has no violation within the same number of steps, so a property refuted
everywhere kills a mutant only by failing sooner.  A fuzzer kill counts only when the correct model
survives the same fuzzing.  An ``inv``/``step`` property that kills no mutant is vacuous.  The
result is a value; ``to_json`` and ``text`` format it.
"""

from __future__ import annotations

import time
from typing import Any, Iterable

import attrs
from attrs import frozen

from rollproof.properties.registry import Kind, get, properties_for
from rollproof.mutation import engines, vacuity
from rollproof.mutation.catalogue import MUTANTS, Mutant
from rollproof.mutation.patching import patched

SOLVER_TIMEOUT = 60.0

@frozen
class Kill:
    """A property that fails under a mutant: which engine found it, and the length of its run."""

    property: str
    engine: str  # "bmc", "table" (a check property's table) or "hypothesis"
    trace_length: int


@frozen
class MutantResult:
    mutant: Mutant
    killed_by: tuple[Kill, ...]
    survived: tuple[str, ...]  # target properties that did not fail (engine: property)
    seconds: float

    @property
    def by_solver(self) -> bool:
        return any(k.engine in ("bmc", "table") for k in self.killed_by)

    @property
    def by_fuzzer(self) -> bool:
        return any(k.engine == "hypothesis" for k in self.killed_by)


@frozen
class Vacuous:
    model: str
    property: str
    reason: str


@frozen
class RefutedWherever:
    """A property no mutant can kill: the correct model already breaks it under every policy examined."""

    model: str
    property: str
    policies: int  # how many policies were examined (each refuted)
    longest: int  # the longest of their shortest counterexamples (steps)


@frozen
class Report:
    mutants: tuple[MutantResult, ...]
    vacuous: tuple[Vacuous, ...]
    refuted_everywhere: tuple[RefutedWherever, ...]
    antecedents: tuple[vacuity.Witness, ...]
    baseline_failures: tuple[str, ...]  # a target that the correct model already fails: a catalogue bug
    seconds: float

    @property
    def ok(self) -> bool:
        return (
            all(r.by_solver and r.by_fuzzer for r in self.mutants)
            and not self.vacuous and not self.baseline_failures
            and not self.unwitnessed
        )

    @property
    def unwitnessed(self) -> list[tuple[str, str, str]]:
        """Antecedents witnessed under none of the policies searched (a proof there is empty)."""
        seen = {(w.model, w.property, w.antecedent) for w in self.antecedents}
        hit = {(w.model, w.property, w.antecedent) for w in self.antecedents if w.status == "witnessed"}
        return sorted(seen - hit)


class _Baseline:
    """The correct model's behaviour per (policy, property), computed once per run."""

    def __init__(self) -> None:
        self.solver: dict[tuple[Any, str, int], bool] = {}
        self.fuzzer: dict[tuple[Any, str, int], bool] = {}

    def solver_clear(self, policy: Any, pid: str, model: str, depth: int) -> bool:
        key = (policy, f"{model}:{pid}", depth)
        if key not in self.solver:
            self.solver[key] = engines.solver_clear(policy, get(pid, model), max_depth=depth, timeout=SOLVER_TIMEOUT)
        return self.solver[key]

    def fuzzer_clear(self, policy: Any, pid: str, model: str, examples: int, weights: tuple = ()) -> bool:
        key = (policy, f"{model}:{pid}", examples, weights)
        if key not in self.fuzzer:
            self.fuzzer[key] = engines.fuzz_hit(policy, get(pid, model), examples=examples, weights=dict(weights)) is None
        return self.fuzzer[key]


def check_mutant(m: Mutant, baseline: _Baseline | None = None, *, fuzz: bool = True) -> tuple[MutantResult, list[str]]:
    """Both engines on each target of ``m``; kills confirmed against the correct model."""
    baseline = baseline or _Baseline()
    policy = m.policy_value()
    t0 = time.monotonic()
    kills: list[Kill] = []
    survived: list[str] = []
    hits: dict[str, tuple[int | None, int | None]] = {}
    from rollproof.solver.session import ProverSession

    # A fresh prover session for the mutant: nothing the solver built for the correct model (or
    # another mutant) is reused under the patched rules.
    with patched(m.patches), ProverSession(policy) as session:
        for pid in m.targets:
            prop = get(pid, m.model)
            s = engines.solver_hit(policy, prop, max_depth=m.depth, timeout=SOLVER_TIMEOUT, session=session)
            f = engines.fuzz_hit(policy, prop, examples=m.examples, weights=dict(m.fuzz_weights)) if fuzz else None
            hits[pid] = (s, f)
    bad: list[str] = []
    for pid in m.targets:
        s, f = hits[pid]
        engine = "table" if get(pid, m.model).kind == Kind.CHECK else "bmc"
        if s is not None and baseline.solver_clear(policy, pid, m.model, s):
            kills.append(Kill(pid, engine, s))
        else:
            survived.append(f"{engine}: {pid}")
            if s is not None:
                bad.append(f"{m.name}: {pid} fails within {s} steps on the correct model too")
        if not fuzz:
            continue
        if f is not None and baseline.fuzzer_clear(policy, pid, m.model, m.examples, m.fuzz_weights):
            kills.append(Kill(pid, "hypothesis", f))
        else:
            survived.append(f"hypothesis: {pid}")
            if f is not None:
                bad.append(f"{m.name}: {pid} fails under the fuzzer on the correct model too")
    return MutantResult(m, tuple(kills), tuple(survived), time.monotonic() - t0), bad


def _flipped(p: Any) -> list[Any]:
    """``p`` with each boolean switch turned, one at a time (those the policy accepts: a switch may
    rule another out, as Service Fabric rules out zones)."""
    import attrs

    from rollproof.model.core import PolicyError

    out = []
    for f in attrs.fields(type(p)):
        if isinstance(getattr(p, f.name), bool):
            try:
                out.append(attrs.evolve(p, **{f.name: not getattr(p, f.name)}))
            except PolicyError:
                continue
    return out


def examined_policies(prop: Any, results: Iterable[MutantResult]) -> list[Any]:
    """The mutants' policies, each made to fit ``prop`` if it does not (every single boolean
    switch that makes ``prop`` apply), without repeats, in catalogue order."""
    import attrs

    from rollproof.model.core import PolicyError

    def flipped(p: Any, name: str) -> Any:
        try:
            return attrs.evolve(p, **{name: not getattr(p, name)})
        except PolicyError:  # a switch the policy's other parameters rule out (zones with Service Fabric)
            return None

    out: list[Any] = []
    for r in results:
        p = r.mutant.policy_value()
        fits = [p] if prop.applies(p) else [
            q for f in attrs.fields(type(p)) if isinstance(getattr(p, f.name), bool)
            for q in [flipped(p, f.name)] if q is not None and prop.applies(q)
        ]
        fits = [p] if prop.applies(p) else [q for q in _flipped(p) if prop.applies(q)]
        out += [q for q in fits if q not in out]
    return out


def refuted_wherever_it_applies(prop: Any, results: list[MutantResult]) -> RefutedWherever | str:
    """Whether the correct model breaks ``prop`` under every policy of ``examined_policies``
    (nothing left for a mutant to break); otherwise why the property is vacuous."""
    policies = examined_policies(prop, results)
    if not policies:
        return "it applies under none of the mutants' policies"
    depths = []
    for p in policies:
        d = engines.solver_hit(p, prop, max_depth=REFUTE_DEPTH, timeout=SOLVER_TIMEOUT)
        if d is None:
            return (f"it holds (no violation within {REFUTE_DEPTH} steps) under {len(policies)} of the mutants' policies "
                    f"or more, and no mutant of the catalogue makes it fail")
        depths.append(d)
    return RefutedWherever(prop.model, prop.id, len(policies), max(depths))


#: The bound of the search for a property the correct model breaks under the mutants' policies.
REFUTE_DEPTH = 14


#: The policies each model's antecedents (each searched under the next policy only if not yet witnessed) are searched under (small, so the search is quick).
def vacuity_policies() -> list[tuple[str, Any]]:
    from rollproof.model import cloud_service as cs
    from rollproof.model import scale_set as ss

    small = cs.CloudServicePolicy(roles={"web": 2}, upgrade_domains=2)
    return [
        # N = 3: Completed is 16 steps away (about 26 at the seed's N = 10)
        ("scale_set", ss.ScaleSetPolicy(instances=3)),
        ("scale_set", ss.ScaleSetPolicy(instances=3, os_disk_rollback_on_timeout=True)),  # for VMSS-NO-DOWNGRADE
        ("cloud_service", small),
        ("cloud_service", cs.CloudServicePolicy(roles={"web": 2}, upgrade_domains=2, mode="manual")),
    ]


def run(mutants: Iterable[Mutant] = MUTANTS, *, fuzz: bool = True, antecedents: bool = True,
        full_catalogue: bool = True) -> Report:
    """Every mutant through both engines, the vacuous properties, and the antecedent witnesses.

    With ``full_catalogue`` false (a subset of the mutants), vacuity is left out: a property may
    be killed by a mutant that did not run.
    """
    t0 = time.monotonic()
    baseline = _Baseline()
    results, bad = [], []
    for m in mutants:
        r, b = check_mutant(m, baseline, fuzz=fuzz)
        results.append(r)
        bad += b
    vac: list[Vacuous] = []
    everywhere: list[RefutedWherever] = []
    if full_catalogue:
        killers = {(r.mutant.model, k.property) for r in results for k in r.killed_by}
        for model in ("scale_set", "cloud_service"):
            for p in properties_for(model):
                if p.kind in (Kind.INV, Kind.STEP) and (model, p.id) not in killers:
                    found = refuted_wherever_it_applies(p, [m for m in results if m.mutant.model == model])
                    if isinstance(found, RefutedWherever):
                        everywhere.append(found)
                    else:
                        vac.append(Vacuous(model, p.id, found))
    wit: list[vacuity.Witness] = []
    if antecedents:
        for model, policy in vacuity_policies():
            label = policy_text(policy)
            antes = [a for a in vacuity.ANTECEDENTS if a.model == model
                     and not any((a.model, a.property, a.text) == (w.model, w.property, w.antecedent)
                                 for w in wit if w.status == "witnessed")]
            ws = vacuity.witnesses(policy, antes)
            wit += [attrs.evolve(w, policy=label) for w in ws if w.status != "not-applicable"]
    return Report(tuple(results), tuple(vac), tuple(everywhere), tuple(wit), tuple(bad), time.monotonic() - t0)


# --------------------------------------------------------------------------------------------
# Output


def to_json(r: Report) -> dict[str, Any]:
    return {
        "mutants": [
            {
                "name": x.mutant.name,
                "model": x.mutant.model,
                "description": x.mutant.description,
                "policy": _policy_fields(x.mutant),
                "killed_by": [{"property": k.property, "engine": k.engine, "trace_length": k.trace_length} for k in x.killed_by],
                "survived": list(x.survived),
                "killed_by_both_engines": x.by_solver and x.by_fuzzer,
                "seconds": round(x.seconds, 2),
            }
            for x in r.mutants
        ],
        "vacuous_properties": [{"model": v.model, "property": v.property, "reason": v.reason} for v in r.vacuous],
        "refuted_wherever_it_applies": [
            {"model": e.model, "property": e.property, "policies": e.policies, "longest_counterexample": e.longest}
            for e in r.refuted_everywhere
        ],
        "antecedents": [
            {"model": w.model, "property": w.property, "antecedent": w.antecedent, "policy": w.policy,
             "status": w.status, "depth": w.depth, "seconds": round(w.seconds, 2)}
            for w in r.antecedents
        ],
        "antecedents_witnessed_nowhere": [{"model": m, "property": p, "antecedent": a} for m, p, a in r.unwitnessed],
        "baseline_failures": list(r.baseline_failures),
        "seconds": round(r.seconds, 1),
        "ok": r.ok,
    }


def policy_text(p: Any) -> str:
    """``instances=5, mode=manual``: a policy as its differences from the seed defaults."""
    diffs = _fields(p)
    return ", ".join(f"{k}={v}" for k, v in diffs.items()) or "the seed defaults"


def _policy_text(w: vacuity.Witness) -> str:
    return w.policy or "the policy"


def _policy_fields(m: Mutant) -> dict[str, Any]:
    return _fields(m.policy_value())


def _fields(p: Any) -> dict[str, Any]:
    default = type(p)()
    out = {}
    for f in attrs.fields(type(p)):
        v = getattr(p, f.name)
        if v != getattr(default, f.name):
            out[f.name] = dict(v) if f.name == "roles" else v
    return out


def text(r: Report) -> str:
    lines = []
    width = max((len(x.mutant.name) for x in r.mutants), default=10)
    for x in r.mutants:
        mark = "killed" if x.by_solver and x.by_fuzzer else "SURVIVED"
        kills = ", ".join(f"{k.property} ({k.engine}, {k.trace_length} steps)" for k in x.killed_by) or "–"
        lines.append(f"{x.mutant.name.ljust(width)}  {mark:8}  {kills}")
        if x.survived:
            lines.append(f"{''.ljust(width)}            survived: {', '.join(x.survived)}")
    lines.append("")
    for v in r.vacuous:
        lines.append(f"vacuous: {v.model} {v.property}: {v.reason}")
    for e in r.refuted_everywhere:
        lines.append(f"refuted wherever it applies: {e.model} {e.property}: nothing for a mutant to break "
                     f"(the correct model breaks it under each of the {e.policies} policies examined, "
                     f"within {e.longest} steps)")
    for b in r.baseline_failures:
        lines.append(f"catalogue error: {b}")
    for w in r.antecedents:
        if w.status == "unreachable":
            lines.append(f"antecedent unreachable under {_policy_text(w)}: {w.model} {w.property}: {w.antecedent} "
                         "(a proof of it is empty there)")
        elif w.status != "witnessed":
            lines.append(f"antecedent {w.status} under {_policy_text(w)}: {w.model} {w.property}: {w.antecedent} "
                         f"(depth {w.depth})")
    for model, pid, text in r.unwitnessed:
        lines.append(f"antecedent witnessed under no policy searched: {model} {pid}: {text}")
    n_wit = len({(w.model, w.property, w.antecedent) for w in r.antecedents}) - len(r.unwitnessed)
    n_all = len({(w.model, w.property, w.antecedent) for w in r.antecedents})
    both = sum(1 for x in r.mutants if x.by_solver and x.by_fuzzer)
    lines.append(
        f"{len(r.mutants)} mutants: {both} killed by both engines; {len(r.vacuous)} vacuous properties; "
        f"{len(r.refuted_everywhere)} refuted wherever they apply; "
        f"{n_wit}/{n_all} antecedents witnessed under some policy ({r.seconds:.1f} s)"
    )
    return "\n".join(lines)
