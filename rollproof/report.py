"""REPORT.md: the design-review document, from verdicts already computed.

It opens with the tool and solver versions and a one-screen summary (property × policy), then,
per property, its statement, clauses and kind, and per policy the verdict with its scope, method,
certificate or trace (step table and picture) and the command that reproduces it.  Everything but
the timing figures is a function of the verdicts, so a second run changes nothing else.  ``write``
puts the traces and pictures in a folder beside the report (``report/`` for ``REPORT.md``) and
moves both into place only once everything is written.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import attrs

from rollproof.properties import observables as O
from rollproof.properties.registry import Kind, Property
from rollproof.properties.verdicts import LABELS, NotApplicable, Proved, Refuted, Unknown
from rollproof import checking, render
from rollproof.policyfile import PolicyFile

MODEL_TITLES = {"scale_set": "Scale set automatic OS image upgrade", "cloud_service": "Cloud service update by upgrade domains"}
MODEL_KEYS = {"scale_set": "S", "cloud_service": "C"}


def _clauses(p: Property) -> str:
    """The clauses a property cites, or what it is when it cites none."""
    from rollproof.properties import user

    if p.clauses:
        return ", ".join(p.clauses)
    return "a question of the policy file" if user.is_question(p) else "–"


def anchor(pid: str, policy: str | None = None) -> str:
    """``vmss-batch-cap`` for a property; ``vmss-batch-cap--seed-2018-defaults`` for one policy's verdict."""
    return pid.lower() if policy is None else f"{pid.lower()}--{policy.lower()}"


_CELL_WORDS = {
    "proved": "proved", "proved (vacuous)": "proved (vacuous)", "holds by construction": "by construction",
    "checked": "checked", "proved (witness)": "witness", "proved (witness, not shown shortest)": "witness (not shown shortest)",
    "refuted": "**refuted**", "refuted (not shown shortest)": "**refuted** (not shown shortest)",
    "unknown": "*unknown*", "not-applicable": "n/a",
}


def _cell(r: checking.Result) -> str:
    word = _CELL_WORDS[r.label]
    if r.vacuous and r.label != "proved (vacuous)":  # (some premises, not all, never happen)
        word += " (partly vacuous)"
    if not r.matches:
        word += " ≠"
    return f"[{word}](#{anchor(r.prop.id, r.policy.name)})"


def _changed(pf: PolicyFile) -> dict[str, Any]:
    """The parameters the policy sets away from its model's seed defaults."""
    from rollproof.model import systems
    from rollproof.policyfile import parameters

    default = parameters(systems.reference(pf.model).Policy())
    return {k: v for k, v in pf.parameters.items() if default.get(k) != v}


def _defaults_diff(pf: PolicyFile) -> str:
    diffs = [f"`{k} = {_toml(v)}`" for k, v in _changed(pf).items()]
    return ", ".join(diffs) if diffs else "the seed defaults"


def _toml(v: Any) -> str:
    from rollproof.policyfile import show

    return show(v)


def _keys(pfs: list[PolicyFile]) -> dict[str, str]:
    out: dict[str, str] = {}
    for model in MODEL_KEYS:
        k = 0
        for pf in pfs:
            if pf.model == model:
                k += 1
                out[pf.name] = f"{MODEL_KEYS[model]}{k}"
    return out


def _esc(text: str) -> str:
    return text.replace("|", "\\|")


def summary(results: list[checking.Result], pfs: list[PolicyFile]) -> list[str]:
    """The one-screen tables: property × policy, one per model, then the policies."""
    keys = _keys(pfs)
    lines: list[str] = []
    for model, title in MODEL_TITLES.items():
        mp = [pf for pf in pfs if pf.model == model]
        if not mp:
            continue
        ids: list[str] = []
        for r in results:
            if r.policy.model == model and r.prop.id not in ids:
                ids.append(r.prop.id)
        lines.append(f"### {title}")
        lines.append("")
        lines.append("| property | " + " | ".join(f"[{keys[pf.name]}](#policy-{pf.name.lower()})" for pf in mp) + " |")
        lines.append("|---|" + "---|" * len(mp))
        by = {(r.policy.name, r.prop.id): r for r in results}
        for pid in ids:
            cells = [(_cell(by[(pf.name, pid)]) if (pf.name, pid) in by else "") for pf in mp]
            lines.append(f"| [{pid}](#{anchor(pid)}) | " + " | ".join(cells) + " |")
        lines.append("")
    lines.append("| key | policy | what it shows | parameters (beside the seed defaults) |")
    lines.append("|---|---|---|---|")
    for pf in pfs:
        lines.append(f"| {keys[pf.name]} | <a id=\"policy-{pf.name.lower()}\"></a>`{pf.name}` ([{pf.file}]({pf.file})) "
                     f"| {_esc(pf.description or '–')} | {_esc(_defaults_diff(pf))} |")
    lines.append("")
    lines += imported(pfs, keys)
    return lines


FORMATS = {"terraform": "Terraform", "arm-template": "ARM template", "azure-resource": "Azure resource JSON"}


def imported(pfs: list[PolicyFile], keys: dict[str, str]) -> list[str]:
    """The policies read from Terraform or Azure JSON: where from, and the fields read but not modelled."""
    mine = [pf for pf in pfs if pf.format in FORMATS]
    if not mine:
        return []
    lines = ["Read from Terraform and Azure JSON (`docs/inputs.md`): each parameter's source is in "
             "`rollproof check --format json`; the fields below were validated but are not modelled.", "",
             "| key | resource | input | fields not modelled |", "|---|---|---|---|"]
    for pf in mine:
        fields = ", ".join(f"`{ig.key.removeprefix(pf.address + '.')} = {_toml(ig.value)}`" for ig in pf.ignored) or "–"
        lines.append(f"| {keys[pf.name]} | `{pf.address}` | {FORMATS[pf.format]}, `{pf.reproduce}` | {_esc(fields)} |")
    lines.append("")
    return lines


# --------------------------------------------------------------------------------------------
# Findings, dependences and choices: what a design review reads first

#: The named choices and switches of each model (semantics.md), in the order the report shows them.
CHOICES: dict[str, tuple[str, ...]] = {
    "scale_set": ("concurrent_maintenance", "batch_fill", "batch_rounding", "upgrading_counts_unhealthy",
                  "health_probe", "upgraded_may_fail", "os_disk_rollback_on_timeout",
                  "max_unhealthy_upgraded_instance_percent", "initial_unhealthy", "prioritize_unhealthy_instances",
                  "credentials_valid", "service_fabric", "zones", "cross_zone_upgrade",
                  "os_upgrade_deferral", "max_surge", "rollback_failed_on_breach", "credentials_recovery",
                  "pause_time_between_batches"),
    "cloud_service": ("mode", "min_good_instances", "start_timeout_walks_on", "concurrent_operations",
                      "rollback_waits_for_current_ud", "new_code_crashes", "local_resources_increase",
                      "quota_allows_rollback", "role_to_upgrade"),
}


def is_seed_default(pf: PolicyFile) -> bool:
    """The policy is its model's seed defaults (the document's own words, nothing turned)."""
    from rollproof.model import systems

    return pf.policy == systems.reference(pf.model).Policy()


def _trace_words(r: Any, prefix: str, policy_name: str) -> str:
    """``a 10-step run (trace): why`` for a refutation (``r``: a Result or a Without)."""
    v = r.verdict
    t = getattr(v, "trace", None)
    if t is None:
        return "no run"
    link = f" ([trace]({_link(prefix, r.trace)}))" if getattr(r, "trace", None) else ""
    shortest = "" if getattr(v, "shortest", True) else " (not shown shortest)"
    if checking.SUPPLIED in (getattr(v, "method", "") or ""):  # found by hand, not by a search: say so
        shortest = f"{shortest[:-1]}; {checking.SUPPLIED})" if shortest else f" ({checking.SUPPLIED})"
    n = len(t.steps)
    article = "an" if str(n).startswith("8") or n in (11, 18) else "a"
    return f"{article} {n}-step run{shortest}{link}: {t.why or 'see the trace'}"


def cause_lines(r: checking.Result, prefix: str) -> list[str]:
    """What a refutation is because of: each cause its run relies on, checked again without it; where
    none alone makes the property hold, the smallest set found that does (or the last tried)."""
    from rollproof.properties import causes as C

    if not r.used:
        if isinstance(r.verdict, Refuted) and r.trace_value is not None:
            return ["Its run relies on no actor or named choice that can be switched off: the policy itself allows it."]
        return []
    out = []
    for name in r.about:
        c = C.by_name(r.prop.model, name)
        out.append(f"It is about {name}: {c.text}; without it ({c.without}) the property does not apply.")
    for w in r.silenced_by:
        c = C.by_name(r.prop.model, w.names[0])
        out.append(f"Its run uses {w.names[0]} ({c.text}); with {w.switches} it is **proved (vacuous)**: "
                   f"{_never(w)} never happens under this policy, so the proof says nothing.")
    because = [w for w in r.singles if w.holds]
    still = [w for w in r.singles if isinstance(w.verdict, Refuted)]
    other = [w for w in r.singles if not isinstance(w.verdict, (Proved, Refuted))]
    for w in because:
        c = C.by_name(r.prop.model, w.names[0])
        out.append(f"Because of {w.names[0]}: {c.text}; with {w.switches} it is **{_label_of(w.verdict, r.prop)}**.")
    if still:
        parts = [f"{w.names[0]} ({w.switches}: {_trace_words(w, prefix, r.policy.name)})" for w in still]
        lead = "Its run also uses" if because else "Its run uses"
        out.append(f"{lead} {', '.join(w.names[0] for w in still)}, yet without each it is still refuted: "
                   + "; ".join(parts) + ".")
    for w in other:
        out.append(f"Without {w.names[0]} ({w.switches}): {w.verdict.verdict}"
                   + (f" ({w.verdict.reason})" if getattr(w.verdict, "reason", None) else "") + ".")
    if not because and not r.about and not r.silenced_by:
        hw = r.holds_with
        if hw is not None:
            out.append(f"No one cause alone: it holds with {hw.switches} together "
                       f"(**{_label_of(hw.verdict, r.prop)}**; other settings may also make it hold: see where it holds).")
        else:
            rest = [w for w in r.without if len(w.names) > 1]
            if rest:
                last = max(rest, key=lambda w: len(w.names))
                out.append(f"Even with {last.switches} it is {last.label}"
                           + (f": {_trace_words(last, prefix, r.policy.name)}" if isinstance(last.verdict, Refuted) else "")
                           + ".")
    return out


def _never(w: Any) -> str:
    """The premises a proof without causes shows never to happen, joined: "a rollback is accepted"."""
    return " and ".join(f"“{t}”" for t in w.vacuous)


def _label_of(verdict: Any, prop: Any) -> str:
    return "holds by construction" if prop.restates and isinstance(verdict, Proved) else verdict.verdict


def _says(p: Any, mark: str) -> str:
    """Whose words the promise is: the seed document's, or, for a policy file's own question
    (``[[property]]``), the policy file's."""
    from rollproof.properties import user

    asked = user.DEFINED.get((p.model, p.id))
    who = "The policy file asks:" if asked is not None and asked.prop is p else "The document says:"
    return f"{mark}{who}{mark}"


def _finding(main: checking.Result, refuted: list[checking.Result], prefix: str) -> str:
    """One paragraph: what the document says, the shortest run that breaks it, its cause, where it holds."""
    p = main.prop
    if is_seed_default(main.policy):
        where = "the seed's defaults"
    else:
        where = f"`{main.policy.name}` ({_esc(_defaults_diff(main.policy))})"
    if main.trace_value is not None:
        what = f"Under {where}, {_trace_words(main, prefix, main.policy.name)}."
    else:
        what = f"Under {where} it is refuted: {main.verdict.reason or main.verdict.method}."
    others = [f"`{r.policy.name}`" for r in refuted if r is not main]
    para = [f"**[{p.id}](#{anchor(p.id)})**: {p.statement} ({_clauses(p)}).",
            f"{_says(p, '*')} {p.promise or '–'}",
            f"*What happens:* {what}"]
    causes = cause_lines(main, prefix)
    if causes:
        para.append(f"*Cause:* {' '.join(causes)}")
    para.append(f"*Where it holds* (the project's finding): {p.region}."
                + (f" Also refuted under {', '.join(others)}." if others else ""))
    return "  \n".join(para)


def findings(results: list[checking.Result], prefix: str) -> list[str]:
    """One paragraph per promise of the seeds that does not hold as a reader would take it: first
    those refuted under the seed's own defaults, then those refuted under other settings the seeds
    allow or describe (a named choice turned, a scenario such as a second update), each under the
    example policy that refutes it with the fewest settings changed from the seed's defaults (the
    first of those)."""
    lines = ["## Findings", "",
             "Each paragraph is a promise of the seed documents that does not hold as a reader would take it: what "
             "the document says, the shortest run that breaks it (judged by the property's plain reading), what "
             "that run relies on, and what makes the promise hold.", ""]
    shown = 0
    for model, title in MODEL_TITLES.items():
        rs = [r for r in results if r.policy.model == model and r.prop.kind != Kind.CHECK]
        ids: list[str] = []
        for r in rs:
            if r.prop.id not in ids:
                ids.append(r.prop.id)
        at_seed, elsewhere = [], []
        for pid in ids:
            refuted = [r for r in rs if r.prop.id == pid and isinstance(r.verdict, Refuted)]
            if not refuted:
                continue
            seed = next((r for r in refuted if is_seed_default(r.policy)), None)
            if seed is not None:
                at_seed.append(_finding(seed, refuted, prefix))
            else:
                # Shown under the example closest to the seed's defaults (the fewest settings
                # changed): the refutation a reader can most nearly take for the document's own case.
                examples = [r for r in refuted if r.policy.format == "toml"] or refuted
                closest = min(examples, key=lambda r: len(_changed(r.policy)))
                elsewhere.append(_finding(closest, refuted, prefix))
        if at_seed or elsewhere:
            lines += [f"### {title}", ""]
        if at_seed:
            lines += ["Under the seed's own defaults:", ""]
            for para in at_seed:
                lines += [para, ""]
        if elsewhere:
            lines += ["Under other settings the seeds allow or describe:", ""]
            for para in elsewhere:
                lines += [para, ""]
        shown += len(at_seed) + len(elsewhere)
    if not shown:
        lines += ["No promise is refuted under the policies checked.", ""]
    return lines


def _choices_that_make_it_hold(r: checking.Result, by: dict[tuple[Any, Any, str], checking.Result]) -> list[str]:
    """The named choices the policy of ``r`` turns whose default makes the property hold (the same
    policy with that choice at its default is proved, or witnessed, in this run, and not vacuously):
    what the choice sections show, said where the refutation is listed."""
    import attrs as _attrs

    from rollproof.model import systems
    from rollproof.policyfile import show

    default = systems.reference(r.policy.model).Policy()
    out = []
    for k in CHOICES.get(r.policy.model, ()):
        if getattr(r.policy.policy, k) == getattr(default, k):
            continue
        b = by.get((r.policy.model, _attrs.evolve(r.policy.policy, **{k: getattr(default, k)}), r.prop.id))
        if b is not None and isinstance(b.verdict, Proved) and b.label != "proved (vacuous)":  # (one about nothing: no)
            out.append(f"{k} = {show(getattr(default, k))} (the choice's default)")
    return out


def _minimal_sets(r: checking.Result) -> list[Any]:
    """Every set of causes found whose switching off makes the property hold and that holds no smaller
    such set: the alternatives, smallest first."""
    proved = sorted((w for w in r.without if w.holds), key=lambda w: (len(w.names), w.names))
    out: list[Any] = []
    for w in proved:
        if not any(set(x.names) <= set(w.names) for x in out):
            out.append(w)
    return out


def dependences(results: list[checking.Result], everything: list[checking.Result] | None = None) -> list[str]:
    """Property by property: under which policies it is refuted, what the runs rely on, and which
    switches make it hold: the causes switched off, and the named choices the policy turns whose
    default makes it hold (from ``everything``, the hidden baselines of the choices included)."""
    by = {(x.policy.model, x.policy.policy, x.prop.id): x for x in (everything or results)}
    lines = ["## What each promise depends on", "",
             "For every refutation: what its run relies on, and which switches make the property hold "
             "(each cause switched off alone, then together until it holds; then any named choice the policy "
             "turns whose default makes it hold, as the *Named choices* sections show; `–` where none was found).", "",
             "| property | policy | relies on | holds with |", "|---|---|---|---|"]
    for r in results:
        if not isinstance(r.verdict, Refuted) or r.prop.kind == Kind.CHECK:
            continue
        hw = r.holds_with
        if hw is not None:
            holds = "; or ".join(w.switches for w in _minimal_sets(r))
        elif not r.used:
            holds = "nothing to switch off"
        elif r.silenced_by:
            holds = "none found (" + "; ".join(f"with {w.switches} it says nothing: proved (vacuous)"
                                               for w in r.silenced_by) + ")"
        else:
            rest = [w for w in r.without if not w.holds]
            last = max(rest, key=lambda w: len(w.names)) if rest else None
            holds = f"none found (still {last.verdict.verdict} with {last.switches})" if last else "–"
        said = {part for w in _minimal_sets(r) for part in w.switches.split(", ")}
        chosen = [c for c in _choices_that_make_it_hold(r, by) if c.split(" (")[0] not in said]  # (said already)
        if chosen:
            if hw is None:
                among = "none to switch off" if not r.used else "none found" if holds == "–" else holds
                holds = f"{'; '.join(chosen)} (among the causes: {among})"
            else:
                holds = f"{holds}; or {'; '.join(chosen)}"
        lines.append(f"| [{r.prop.id}](#{anchor(r.prop.id, r.policy.name)}) | `{r.policy.name}` | "
                     f"{', '.join(r.used) or '–'} | {_esc(holds)} |")
    lines.append("")
    return lines


def _differs_in(a: Any, b: Any) -> list[str]:
    from rollproof.policyfile import parameters

    pa, pb = parameters(a), parameters(b)
    return [k for k in pa if pa[k] != pb.get(k)]


def baselines(pfs: list[PolicyFile]) -> list[PolicyFile]:
    """For each example policy that turns a named choice, the same policy with that choice at its
    default, where no example policy is that already: the report compares the two."""
    import attrs
    from rollproof.model import systems

    have = {(pf.model, pf.policy) for pf in pfs}
    out: list[PolicyFile] = []
    for pf in pfs:
        if pf.format != "toml":
            continue  # an imported resource is compared with nothing: it is the user's own
        default = systems.reference(pf.model).Policy()
        for k in _differs_in(pf.policy, default):
            if k not in CHOICES[pf.model]:
                continue
            base = attrs.evolve(pf.policy, **{k: getattr(default, k)})
            if (pf.model, base) not in have:
                have.add((pf.model, base))
                out.append(attrs.evolve(pf, name=f"{pf.name}~{k}-default", policy=base, expect={}, expect_table=False, hidden=True,
                                        description=f"{pf.name} with {k} at its default"))
    return out


def choices(results: list[checking.Result], pfs: list[PolicyFile]) -> list[str]:
    """A section per named choice: the example policies that turn it, and the verdicts that flip
    against the same policy with the choice at its default."""
    from rollproof.model import systems
    from rollproof.policyfile import show

    by = {(r.policy.model, r.policy.policy, r.prop.id): r for r in results}
    lines = ["## Named choices", "",
             "Where the seeds are vague, the model has a named choice (`semantics.md`). Each section compares an "
             "example policy that turns the choice with the same policy at the choice's default: the verdicts that "
             "flip are what the choice decides.", ""]
    shown: dict[str, str] = {}  # (what several choices of one policy decide together: said once)
    for model, names in CHOICES.items():
        default = systems.reference(model).Policy()
        for k in names:
            rows, notes = [], []
            users = [pf for pf in pfs if pf.model == model and not pf.hidden and pf.format == "toml"
                     and k in _differs_in(pf.policy, default)]
            for pf in users:
                import attrs

                base = attrs.evolve(pf.policy, **{k: getattr(default, k)})
                rows += [row for r in results if r.policy is pf
                         and (row := _flip_row(r, by.get((model, base, r.prop.id)), notes, k)) is not None]
            if not users:
                lines += [f"### `{k}`", "", "No example policy file turns this choice.", ""]
                continue
            turned = ", ".join(f"`{pf.name}` ({k} = {show(getattr(pf.policy, k))})" for pf in users)
            lines += [f"### `{k}` (default {show(getattr(default, k))})", "",
                      f"Turned by the example policy files {turned} (an imported Terraform or Azure resource is "
                      f"the user's own and is compared with nothing).", ""]
            if rows:
                lines += ["| policy | property | at the default | turned |", "|---|---|---|---|", *rows, ""]
                lines += [f"{j}. `{name}` with `{choice}` at its default, {pid}: unknown: {why}."
                          for j, (name, choice, pid, why) in enumerate(notes, start=1)] + ([""] if notes else [])
            else:
                alone = "s" if len(users) > 1 else ""
                lines += [f"No verdict flips between the polic{'ies' if alone else 'y'} above and the same "
                          f"polic{'ies' if alone else 'y'} with `{k}` alone at its default.", ""]
            lines += _together(results, by, users, model, k, shown)
            elsewhere = _decides_as_a_cause(results, model, k)
            if elsewhere:
                lines += [f"Switched off as one of the causes a run relies on, `{k}` is part of what makes these "
                          f"refutations hold (the smallest sets found): " + "; ".join(elsewhere) + ".", ""]
    return lines


def _together(results: list[checking.Result], by: dict[tuple[Any, Any, str], checking.Result],
              users: list[PolicyFile], model: str, k: str, shown: dict[str, str]) -> list[str]:
    """For an example policy that turns ``k`` with other named choices: the verdicts that flip with
    every choice it turns at its default, where the report has that policy (an example, or a
    choice's baseline), and that no one of its choices flips alone: what the choices decide together
    (``cs-no-rollback`` turns two choices, either of which forbids a rollback).  Said once, in the
    first section of those choices (``shown``: policy name -> that section's choice); the others
    point to it."""
    import attrs

    from rollproof.model import systems
    from rollproof.policyfile import show

    default = systems.reference(model).Policy()
    names = {(r.policy.model, r.policy.policy): r.policy for r in results}
    out: list[str] = []
    for pf in users:
        turned = [c for c in _differs_in(pf.policy, default) if c in CHOICES[model]]
        if len(turned) < 2:
            continue
        others = ", ".join(f"`{c}` = {show(getattr(pf.policy, c))}" for c in turned if c != k)
        if pf.name in shown:
            if shown[pf.name]:
                out += [f"`{pf.name}` turns {others} too: what its choices decide together is under `{shown[pf.name]}`.", ""]
            continue
        together = attrs.evolve(pf.policy, **{c: getattr(default, c) for c in turned})
        alone = [attrs.evolve(pf.policy, **{c: getattr(default, c)}) for c in turned]
        rows, notes = [], []
        for r in results:
            if r.policy is not pf or any((a := by.get((model, base, r.prop.id))) is not None
                                         and _flip_key(a) != _flip_key(r) for base in alone):
                continue  # (one choice alone flips it: its own section says so)
            row = _flip_row(r, by.get((model, together, r.prop.id)), notes, ", ".join(turned))
            if row is not None:
                rows.append(row)
        shown[pf.name] = k if rows else ""
        if not rows:
            continue
        base = names.get((model, together))
        called = f" (that is `{base.name}`)" if base is not None and not base.hidden else ""
        out += [f"`{pf.name}` turns {others} too. With every choice it turns at its default{called}, these verdicts "
                f"flip, though none flips with any one of them alone at its default (each alone keeps them as they are): only "
                f"the choices together decide them.", "",
                "| policy | property | every choice at its default | turned |", "|---|---|---|---|", *rows, ""]
        out += [f"{j}. `{name}` with `{choice}` at their defaults, {pid}: unknown: {why}."
                for j, (name, choice, pid, why) in enumerate(notes, start=1)] + ([""] if notes else [])
    return out


def _flip_row(r: checking.Result, b: checking.Result | None, notes: list[tuple[str, str, str, str]],
              choice: str) -> str | None:
    """A choice table's row: ``r``'s verdict beside ``b``'s, the same policy with ``choice`` at its
    default; None where the report has no such verdict or it does not flip."""
    if b is None or _flip_key(b) == _flip_key(r):
        return None
    pf = r.policy
    return (f"| `{pf.name}` | [{r.prop.id}](#{anchor(r.prop.id, pf.name)}) | "
            f"{_at_default(b, notes, pf.name, choice)}{_na_why(b)} | {_cell(r)}{_na_why(r)} |")


def _flip_key(r: checking.Result) -> tuple[str, bool]:
    """What a flip changes: the verdict, and whether a proof is about anything (a run shown or not
    shown shortest is the same verdict)."""
    return r.label.replace(" (not shown shortest)", "").replace(", not shown shortest", ""), bool(r.vacuous)


def _na_why(r: checking.Result) -> str:
    """A not-applicable cell's reason, said where the cell sits (a property switched off is not one that holds)."""
    return f" ({_esc(r.verdict.reason)})" if isinstance(r.verdict, NotApplicable) else ""


def _decides_as_a_cause(results: list[checking.Result], model: str, k: str, most: int = 6) -> list[str]:
    """The refutations of the example policies that the choice ``k``, switched off as one of their
    causes, makes hold: where the choice decides a verdict beyond the one-choice comparison above."""
    found: list[tuple[int, str]] = []
    for r in results:
        if r.policy.model != model or r.policy.hidden:
            continue
        for w in _minimal_sets(r):
            if any(part.startswith(f"{k} = ") for part in w.switches.split(", ")):
                alone = "alone" if len(w.names) == 1 else "together"
                found.append((len(w.names), f"[{r.prop.id}](#{anchor(r.prop.id, r.policy.name)}) under `{r.policy.name}` "
                                            f"(with {_esc(w.switches)} {alone})"))
                break
    out = [text for _, text in sorted(found, key=lambda x: x[0])]  # (stable: the report's order within a size)
    if len(out) > most:
        out = out[:most] + [f"and {len(out) - most} more (the table *What each promise depends on*)"]
    return out


def _at_default(b: checking.Result, notes: list[tuple[str, str, str, str]], name: str, choice: str) -> str:
    """The cell of the verdict of policy ``name`` with ``choice`` at its default: a link where an
    example policy is that already; else (a policy the report has no section of) the word, with a
    refutation's length, and for an unknown a numbered note (in ``notes``) saying what stopped it."""
    if not b.policy.hidden:
        return _cell(b)
    word = _CELL_WORDS[b.label]
    if b.label.startswith("refuted") and b.trace_length is not None:
        return f"{word}: {b.trace_length} steps"
    if b.label == "unknown":
        notes.append((name, choice, b.prop.id, _esc(checking.reason_of(b.verdict) or "no reason given")))
        return f"{word} ({len(notes)})"
    return word


def _solve_seconds(r: checking.Result) -> float:
    """The seconds the engine took to reach ``r``'s verdict: kept with the verdict, so that one read
    back from the cache (re-checked in a fraction of that) says what solving it cost, not the re-check."""
    v = getattr(r.verdict, "seconds", None)
    return v if isinstance(v, (int, float)) and v > 0 else r.seconds


def _link(prefix: str, rel: str) -> str:
    return f"{prefix}/{rel}" if prefix else rel


def _verdict_section(r: checking.Result, prefix: str) -> list[str]:
    v = r.verdict
    pf = r.policy
    pid = r.prop.id
    head = r.label
    if r.vacuous and head != "proved (vacuous)":  # (some premises, not all, never happen: as its cell says)
        head += " (partly vacuous)"
    lines = [f'<a id="{anchor(pid, pf.name)}"></a>', "", f"#### {pid} · {pf.name}: {head}", ""]
    if not pf.judged:
        exp = "explored: the policy has no [expect] table"
    else:
        exp = "matches [expect]" if r.matches else f"**differs from [expect]: expected {r.expected}**"
    if r.word == "not-applicable":
        lines.append(f"- **Verdict:** not applicable: {v.reason}.")
        lines.append("")
        return lines
    no_entry = pf.judged and pid not in pf.expect and r.matches
    lines.append(f"- **Verdict:** {head} ({exp}{'; no entry: expected proved' if no_entry else ''})")
    scope = getattr(v, "scope", None)
    lines.append(f"- **Scope:** {checking.scope_text(scope, pf.policy, r.prop)} · **method:** {getattr(v, 'method', '') or '–'} · "
                 f"**time:** {_solve_seconds(r):.2f} s")
    if isinstance(v, (Unknown, NotApplicable)) or (isinstance(v, Refuted) and v.reason):
        lines.append(f"- **Reason:** {v.reason}")
    if isinstance(v, Refuted) and v.holds_for:
        lines.append(f"- **Holds for:** {v.holds_for}")
    if r.label == "holds by construction":
        lines.append(f"- **By construction:** it restates {r.prop.restates}; still worth checking: {r.prop.worth}.")
    for text, status in r.premises:
        if status == "unreachable":
            lines.append(f"- **Premise never happens:** {text} (an inductive invariant excludes it), so the proof "
                         "says nothing about that case")
        elif status == "unknown":
            lines.append(f"- **Premise not witnessed:** {text} was neither found nor shown impossible within the "
                         "search's bound")
    certified = getattr(v, "certified_by", ()) or ()
    if certified:
        lines.append(f"- **Certified by:** {', '.join(certified)}")
    for note in getattr(v, "notes", ()) or ():
        lines.append(f"- **Note:** {note}")
    causes = cause_lines(r, prefix)
    if causes:
        lines.append("- **Cause:** " + " ".join(causes))
    cert = getattr(v, "certificate", None)
    if cert:
        lines += ["- **Certificate:**", "", "  ```text", *[f"  {x}" if x else "" for x in cert.rstrip().splitlines()], "  ```"]
    if r.files:
        lines.append("- **Files:** " + ", ".join(f"[{Path(f).name}]({_link(prefix, f)})" for f in r.files))
    cmd = f"rollproof check {pf.reproduce} --property {pid}" if pf.file != "(built-in)" else f"rollproof check --property {pid}"
    lines.append(f"- **Reproduce:** `{cmd}`")
    t = r.trace_value
    if t is not None and r.trace:
        trace_link = _link(prefix, r.trace)
        lines.append(f"- **Trace:** [{Path(r.trace).name}]({trace_link}) ({r.trace_length} steps); "
                     f"replay it: `rollproof replay {trace_link}`")
        lines += ["", "```text", render.render_trace(checking._named_trace(r), policy_name=pf.name), "```", ""]
        if r.picture:
            verb = "witnessed" if r.witnessed else "refuted"
            lines.append(f"![{pid} {verb}, policy {pf.name}: instances by step]({_link(prefix, r.picture)})")
    # The shortest run without maintenance, where the shortest one blames it (A-12 concedes it).
    for w in r.singles:
        if w.names == ("maintenance",) and isinstance(w.verdict, Refuted) and w.trace:
            lines += ["", f"Without maintenance ({w.switches}) the shortest run is {w.trace_length} steps "
                      f"([trace]({_link(prefix, w.trace)})):", "", "```text",
                      render.render_trace(w.verdict.trace, policy_name=f"{pf.name}, {w.switches}"), "```"]
    lines.append("")
    return lines


#: Which example policies get a worst-case table (``rollproof report --worst-cases``).
WORST_CASES = ("seeds", "all", "none")


def worst_policies(pfs: list[PolicyFile], which: str) -> list[PolicyFile]:
    """The policies whose worst cases the report computes: the seed-default policies (``seeds``),
    every example shown (``all``), or none."""
    shown = [pf for pf in pfs if not pf.hidden]
    if which == "all":
        return shown
    if which == "seeds":
        return [pf for pf in shown if is_seed_default(pf)]
    return []


def _run_link(r: Any, prefix: str) -> str:
    if r is None or not getattr(r, "trace", None):
        return "–"
    n = r.trace_length
    shortest = "" if r.label in ("proved (witness)", "refuted") else ", not shown shortest"
    return f"[{n}-step run{shortest}]({_link(prefix, r.trace)})"


def _cert_link(r: Any, prefix: str, policy: Any) -> str:
    cert = next((f for f in getattr(r, "files", ()) if f.endswith(".certificate.txt")), None)
    if r is None or cert is None:
        return "–"
    v = r.verdict
    by = ", ".join(getattr(v, "certified_by", ()) or ()) or "–"
    return f"[certificate]({_link(prefix, cert)}) ({checking.scope_text(v.scope, policy, r.prop)}; re-checked by {by})"


def _shell(text: str) -> str:
    return f'"{text}"' if re.search(r"[^A-Za-z0-9_]", text) else text


def worst_section(worst: list[Any], pfs: list[PolicyFile], which: str, prefix: str,
                  seconds: float | None = None) -> list[str]:
    """*Worst cases*: per policy a short table of ``rollproof bound``'s exact extrema, each with the
    run that reaches it and the certificate that no run goes past it."""
    from rollproof import bounds

    if which == "none":
        return []
    mine = worst_policies(pfs, which)
    lines = ["## Worst cases", "",
             "The exact worst value of a few quantities over every reachable state (or every step) of a policy, as "
             "`rollproof bound` finds them (docs/user-properties.md): the run that reaches the value, whose last "
             "state (or step) has it (as read from the instances, or for `elapsed` from the batches or UDs the "
             "run has begun, each charged its documented waits at the longest: the most those waits add up to, not how "
             "long an upgrade takes, which also spends time the documents give no figure for), and "
             "the certificate that no run goes past it "
             "(an inductive invariant re-checked by Z3 and cvc5). For a policy of `instances = \"any\"`: the value "
             "at each N of a range, and a closed form in N where the engine proves it for every N."]
    if which == "seeds":
        lines += ["", "Computed for the seed-default policies only (each bound is a search of several checks: "
                      "`rollproof report --worst-cases all` computes them for every example policy)."]
    if seconds is not None:
        lines += ["", f"The bound searches took {seconds:.1f} s together."]
    lines.append("")
    if not mine:
        lines += ["No policy checked is a seed-default policy.", ""]
        return lines
    for pf in mine:
        ws = [w for w in worst if w.policy is pf]
        lines += [f"### *Worst cases* · `{pf.name}`", "",
                  "| worst case | expression | value | reached by | no run goes past it |", "|---|---|---|---|---|"]
        for w in ws:
            b, a = w.bound, w.ask
            expr = f"`{a.source}`" + (" (a step)" if a.over == "step" else "")
            if isinstance(b, bounds.Sized):
                vals = ", ".join("?" if p.value is None else str(p.value) for p in b.points)
                last = next((p for p in reversed(b.points) if p.worst is not None), None)
                run = f"{_run_link(last.worst.witness, prefix)} at N = {last.instances}" if last is not None else "–"
                plot = f"; [plot]({_link(prefix, b.picture)})" if b.picture else ""
                if b.form is not None:
                    value = (f"`{b.form}` (exact at N = {b.lo}..{b.hi}: {vals}{plot})")
                    cert = _cert_link(b.proof, prefix, pf.policy)
                else:
                    value = f"N = {b.lo}..{b.hi}: {vals}; no closed form proved{plot}"
                    cert = "per N (see `rollproof bound`)"
                lines.append(f"| {a.label} | {_esc(expr)} | {_esc(value)} | {run} | {cert} |")
                continue
            if b.value is None:
                lines.append(f"| {a.label} | {_esc(expr)} | *unknown* | – | {_esc(b.reason or '–')} |")
                continue
            value = O.shown(pf.model, b.policy or pf.policy, b.expression, b.value)
            run = _run_link(b.witness, prefix)
            if b.witness is not None and b.witness.prop.kind != Kind.REACH and run != "–":
                # (over a step the run is the counterexample of the value before it: its file says so)
                run += f" (a counterexample to {_esc(b.witness.prop.statement)})"
            cert = _cert_link(b.proof, prefix, b.policy or pf.policy)
            if b.at_range_end:  # (the certificate holds of every state there is: the run is the finding)
                cert += (f"; {b.value} is the end of the range the expression can take "
                         f"({b.span[0]}..{'' if b.span[1] is None else b.span[1]}), so no state could pass it: "
                         f"the certificate says nothing, the run is the finding")
            lines.append(f"| {a.label} | {_esc(expr)} | {value} | {run} | {cert} |")
        flags = " ".join(f"--{w.ask.direction}{'-step' if w.ask.over == 'step' else ''} {_shell(w.ask.source)}" for w in ws)
        where = pf.reproduce if pf.file != "(built-in)" else "POLICY.toml"
        lines += ["", f"Reproduce: `rollproof bound {where} {flags}`", ""]
    return lines


def legend() -> list[str]:
    lines = ["| verdict | what it means |", "|---|---|"]
    lines += [f"| {_CELL_WORDS[w]} | {_esc(m)} |" for w, m in LABELS.items()]
    return lines + ["", "≠ marks a verdict that differs from the policy's `[expect]` table; *(partly vacuous)* a proof "
                        "one of whose premises never happens in scope (the property's section names it): the proof "
                        "says nothing about that case.", ""]


def markdown(results: list[checking.Result], pfs: list[PolicyFile], *, artifacts: str, title: str = "rollproof report",
             intro: list[str] | None = None, wall: tuple[float, int] | None = None, worst: list[Any] | None = None,
             worst_which: str = "none", worst_seconds: float | None = None, observed: list[str] | None = None) -> str:
    """The whole document; ``artifacts`` is the link prefix of the folder holding traces and pictures.
    ``wall``: the run's elapsed seconds and its worker processes, said beside the checks' own total.
    Results of hidden policies (the baselines of named choices) feed the choice sections only."""
    tool = checking.versions()
    shown = [r for r in results if not r.policy.hidden]
    shown_pfs = [pf for pf in pfs if not pf.hidden]
    lines = [f"# {title}", ""]
    lines.append(f"rollproof {tool['version']} · Z3 {tool['z3']}")
    lines.append("")
    lines += intro or []
    lines += legend()
    lines += findings(shown, artifacts)
    lines += dependences(shown, results)
    if any(pf.hidden for pf in pfs) or len(shown_pfs) > 2:
        lines += choices(results, shown_pfs)
    lines += ["## Summary", ""]
    lines += summary(shown, shown_pfs)
    lines += worst_section(worst or [], pfs, worst_which, artifacts, worst_seconds)
    lines += observed or []
    for model, mtitle in MODEL_TITLES.items():
        rs = [r for r in shown if r.policy.model == model]
        if not rs:
            continue
        lines += [f"## {mtitle}", ""]
        ids: list[str] = []
        for r in rs:
            if r.prop.id not in ids:
                ids.append(r.prop.id)
        for pid in ids:
            mine = [r for r in rs if r.prop.id == pid]
            p = mine[0].prop
            clauses = _clauses(p)
            lines += [f'<a id="{anchor(pid)}"></a>', "", f"### {pid}: `{p.name}`", ""]
            lines.append(f"**Statement:** {p.statement}  ")
            if p.promise:
                lines.append(f"{_says(p, '**')} {p.promise}  ")
            lines.append(f"**Kind:** {p.kind.value} · **clauses:** {clauses}  ")
            if p.restates:
                lines.append(f"**Restates:** {p.restates}  ")
            lines.append(f"**Where it holds** (the project's finding): {p.region}")
            lines.append("")
            lines.append("| policy | verdict | scope | method |")
            lines.append("|---|---|---|---|")
            for r in mine:
                lines.append(f"| `{r.policy.name}` | {_cell(r)} | {checking.scope_text(getattr(r.verdict, 'scope', None), r.policy.policy, r.prop)} "
                             f"| {_esc(getattr(r.verdict, 'method', '') or '–')} |")
            lines.append("")
            for r in mine:
                lines += _verdict_section(r, artifacts)
    total = sum(_solve_seconds(r) for r in results)
    end = f"{len(shown)} verdicts; solving them took {total:.1f} s together (a verdict read back from the cache counts its first solve)"
    if wall is not None:
        end += f", {wall[0]:.1f} s elapsed over {wall[1]} worker process{'es' if wall[1] != 1 else ''}"
    lines += ["---", "", end + ".", ""]
    return "\n".join(lines)


def observed_section(rows: list[tuple[Any, PolicyFile, Any, dict[str, str]]], prefix: str) -> list[str]:
    """*Observed runs against the policy*: each run a ``conform.toml`` lists, and what ``rollproof
    conform`` answers (``rows``: the case, its policy, the answer, its files relative to the folder)."""
    if not rows:
        return []
    lines = ["## Observed runs against the policy", "",
             "Each run a `conform.toml` lists, checked as `rollproof conform POLICY RUN` checks it "
             "([docs/conformance.md](docs/conformance.md)): *consistent* with a run of the model (its trace), "
             "*inconsistent at observation k* (no run within the steps allowed between two observations "
             "explains the first k; an unsat core of the observed facts, its certificate solved again), or "
             "*unknown* (its work ran out).", "",
             "| run | policy | answer | evidence |", "|---|---|---|---|"]
    for case, pf, answer, files in rows:
        n = len(answer.observations)
        if answer.verdict == "consistent":
            m = len(answer.trace.steps)
            what = f"**consistent**: a run of {m} step{'s' if m != 1 else ''} explains all {n} observations"
        elif answer.verdict == "inconsistent":
            k = answer.inconsistent_at
            core = "; ".join(f"observation {f.obs}: {fact_text_of(pf.model, f)}" for f in answer.core)
            what = (f"**inconsistent at observation {k}** of {n}: no run with at most {answer.steps} steps between two "
                    f"observations meets {core} ({'a minimal' if answer.minimal else 'an'} unsat core, solved again "
                    f"by {answer.rechecked})")
        else:
            what = f"unknown: {answer.reason}"
        evidence = ", ".join(f"[{kind}]({prefix}/{rel})" for kind, rel in files.items()) or "–"
        run = f"`{case.shown_run}`" + (f": {_esc(case.description)}" if case.description else "")
        lines.append(f"| {run} | `{pf.name}` | {what} | {evidence} |")
    return lines + [""]


def fact_text_of(model: str, fact: Any) -> str:
    from rollproof import observed

    return observed.fact_text(model, fact)


def write(results: list[checking.Result], pfs: list[PolicyFile], target: Path,
          wall: tuple[float, int] | None = None, worst: list[Any] | None = None, worst_which: str = "none",
          worst_seconds: float | None = None, observed: list[tuple[Any, PolicyFile, Any]] | None = None,
          jobs: int = 1) -> Path:
    """Write ``target`` and its artifacts folder (``report/`` beside ``REPORT.md``) atomically, the
    artifacts over ``jobs`` worker processes; return the folder."""
    target = Path(target)
    parent = target.parent
    folder = parent / target.stem.lower()
    if folder.resolve() == target.resolve():
        folder = parent / (target.stem.lower() + "-files")
    tmp_dir = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-", dir=parent))
    tmp_md = None
    old = None
    try:
        # Each verdict's files (its pictures take the time) in the run's worker processes at once.
        shown = [k for k, r in enumerate(results) if not r.policy.hidden]
        made = checking.pool_map([functools.partial(_artifacts, results[k], tmp_dir) for k in shown], jobs)
        results = list(results)
        for k, got in zip(shown, made):
            if isinstance(got, Exception):
                raise got
            r = results[k]
            trace, picture, files, withouts = got
            results[k] = attrs.evolve(r, trace=trace, picture=picture, files=files, without=tuple(
                attrs.evolve(w, trace=t, picture=p) for w, (t, p) in zip(r.without, withouts)))
        worst = [_worst_written(w, tmp_dir) for w in worst or []]
        rows = []
        for case, pf, answer in observed or []:
            from rollproof import observed as obs_files

            stem = f"{pf.name}.{case.run.name.removesuffix('.jsonl').removesuffix('.json')}"
            files = obs_files.write(answer, tmp_dir / "conform", stem, pf.name, case.shown_run)
            rows.append((case, pf, answer, {k: Path(v).relative_to(tmp_dir).as_posix() for k, v in files.items()}))
        intro = [
            f"Generated by `rollproof report` from the policies in `{_common_folder(pfs)}`; traces, pictures "
            f"and certificates are in [`{folder.name}/`]({folder.name}/). Regenerating gives the same text but for "
            "the timing figures, on any machine: every search is bounded by the work it does (states visited, depths, "
            "fuzzer runs, and solver work in Z3's deterministic resource units), never by seconds, and each solver "
            "query is asked in a context of its own by a fixed strategy; a check's seconds are only a safety cap, and "
            "a check that reaches it says so (unknown, timeout).",
            "",
        ]
        text = markdown(results, pfs, artifacts=folder.name, intro=intro, wall=wall, worst=worst,
                        worst_which=worst_which, worst_seconds=worst_seconds,
                        observed=observed_section(rows, folder.name))
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.tmp-", dir=parent)
        tmp_md = Path(name)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old-", dir=parent))
            os.rmdir(old)
            os.replace(folder, old)
        os.replace(tmp_dir, folder)
        os.replace(tmp_md, target)
        tmp_md = None
    except BaseException:
        shutil.rmtree(tmp_dir, ignore_errors=True)
        if tmp_md is not None:
            tmp_md.unlink(missing_ok=True)
        if old is not None and not folder.exists():
            os.replace(old, folder)
            old = None
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return folder


def _artifacts(r: checking.Result, out: Path) -> tuple[Any, ...]:
    """``checking.write_artifacts`` in a worker process, and what it names (the paths written), as
    plain values: a result holds its property, whose functions do not travel between processes."""
    w = checking.write_artifacts(r, out)
    return w.trace, w.picture, w.files, tuple((x.trace, x.picture) for x in w.without)


def _worst_written(w: Any, out: Path) -> Any:
    import attrs

    from rollproof import bounds

    b = bounds.sized_written(w.bound, out, w.policy) if isinstance(w.bound, bounds.Sized) else bounds.written(w.bound, out)
    return attrs.evolve(w, bound=b)


def _common_folder(pfs: list[PolicyFile]) -> str:
    folders = sorted({Path(pf.file).parent.as_posix() for pf in pfs})
    return folders[0] + "/" if len(folders) == 1 else ", ".join(f + "/" for f in folders)
