"""The property catalog for people: ``rollproof list`` and ``rollproof explain ID``.

Reads the registry (``properties.registry``) and the verdict words (``properties.verdicts.LABELS``);
IDs are matched in any case, and a name that matches nothing gets its closest matches (difflib).
"""

from __future__ import annotations

import difflib
import textwrap
from typing import Iterable

from rollproof.properties.registry import Kind, Property, all_ids, properties_for
from rollproof.properties.verdicts import LABELS
from rollproof import keys as policy_keys

WIDTH = 100

#: What each kind of property states, and how to read a trace of it.
KINDS: dict[Kind, tuple[str, str]] = {
    Kind.INV: ("the statement holds in every reachable state of the policy (some also "
               "constrain each step)",
               "a refutation's trace is a shortest run from an initial state to the first state that "
               "breaks it; the step that reaches that state is marked ← violates"),
    Kind.STEP: ("every transition (the state before, the action, the state after) "
                "satisfies the statement",
                "a refutation's trace ends with the one step that breaks it: read that action and the "
                "fields it changed (the lines under it)"),
    Kind.REACH: ("from the start states, the goal can be reached using only the "
                 "actions the statement allows",
                 "a witness trace is a shortest run to the goal, marked ← witnesses; a refutation has no "
                 "trace: an inductive invariant shows the goal unreachable"),
    Kind.LIVE: ("bounded progress: with only the actions the statement allows (no maintenance, no failed "
                "upgrade, …), the upgrade gets on within the stated bound; checked as an invariant of "
                "that restricted system",
                "a refutation's trace is a run of allowed steps only, ending where the bound is "
                "exceeded or progress stops"),
    Kind.CHECK: ("a table check: a pure function of the model (a table of the seeds) is compared with every "
                 "row of its table; tested over the stated range, not proved over states",
                 "no trace: a refutation lists the rows where the function and the table disagree"),
}

#: The verdict words a property of each kind can get.
KIND_LABELS: dict[Kind, tuple[str, ...]] = {
    Kind.INV: ("proved", "proved (vacuous)", "holds by construction", "refuted", "refuted (not shown shortest)",
               "unknown", "not-applicable"),
    Kind.STEP: ("proved", "proved (vacuous)", "holds by construction", "refuted", "refuted (not shown shortest)",
                "unknown", "not-applicable"),
    Kind.LIVE: ("proved", "proved (vacuous)", "refuted", "refuted (not shown shortest)", "unknown",
                "not-applicable"),
    Kind.REACH: ("proved (witness)", "proved (witness, not shown shortest)", "refuted", "unknown",
                 "not-applicable"),
    Kind.CHECK: ("checked", "refuted", "unknown", "not-applicable"),
}

TRACE_HELP = ("Replay a trace with 'rollproof replay TRACE.itf.json': s0 = init(…) is the start, each "
              "line after it one action (actor then verb, with its arguments) and under it only the fields "
              "it changed; the counts at the right are the state after the step. The .svg beside it draws "
              "the same run, instances by step.")


class UnknownName(Exception):
    """A property ID or key that matches nothing; ``suggestions`` are the closest matches."""

    def __init__(self, name: str, suggestions: list[str], what: str) -> None:
        self.name, self.suggestions, self.what = name, suggestions, what
        super().__init__(f"unknown {what}: {name}")

    def line_what(self) -> str:
        """``unknown property ID; did you mean A, B or C?``"""
        return f"unknown {self.what}" + did_you_mean(self.suggestions)


def did_you_mean(near: list[str]) -> str:
    """``; did you mean A, B or C?`` (empty when nothing is near)."""
    if not near:
        return ""
    return "; did you mean " + (near[0] if len(near) == 1 else ", ".join(near[:-1]) + " or " + near[-1]) + "?"


def normal_id(pid: str) -> str:
    """A property ID as the registry spells it (IDs are matched in any case)."""
    return pid.strip().upper()


def closest(name: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    """The candidates nearest ``name`` (difflib), in order; a candidate containing it counts too."""
    cands = sorted(set(candidates))
    up = {c.upper(): c for c in cands}
    word = name.strip().upper()
    near = [up[c] for c in difflib.get_close_matches(word, list(up), n=n, cutoff=0.55)]
    if len(near) < n and word:
        near += [c for c in cands if word in c.upper() and c not in near][: n - len(near)]
    return near


def resolve_id(pid: str) -> str:
    """The registry's spelling of ``pid``; raises ``UnknownName`` with the closest IDs."""
    known = all_ids()
    want = normal_id(pid)
    if want in known:
        return want
    raise UnknownName(pid, closest(want, known), "property ID")


def models_of(pid: str) -> list[str]:
    """The models that have a property with this (registry-spelled) ID."""
    return [m for m in policy_keys.models() if any(p.id == pid for p in properties_for(m))]


# --------------------------------------------------------------------------------------------
# list


def _wrap(text: str, indent: int, width: int = WIDTH) -> list[str]:
    pad = " " * indent
    return textwrap.wrap(text, width=width, initial_indent=pad, subsequent_indent=pad, break_on_hyphens=False)


def applies_text(p: Property) -> str:
    if p.not_applicable_why:
        return f"not applicable when {p.not_applicable_why}"
    return "every policy of the model"


def list_text(model: str | None = None, width: int = WIDTH) -> str:
    """The catalog: per property its ID, kind, statement and where it applies, within ``width`` columns."""
    lines: list[str] = []
    for m in policy_keys.models():
        if model is not None and m != model:
            continue
        props = properties_for(m)
        lines.append(f"{policy_keys.MODEL_NAMES.get(m, m)} ({m}): {len(props)} properties")
        w = max(len(p.id) for p in props)
        for p in props:
            clauses = ", ".join(p.clauses) if p.clauses else "(the model's own)"
            lines += textwrap.wrap(clauses, width=width, initial_indent=f"  {p.id:<{w}}  {p.kind.value:<5}  ",
                                   subsequent_indent=" " * (w + 11), break_on_hyphens=False)
            lines += _wrap(p.statement, 4, width)
            if p.not_applicable_why:
                lines += _wrap(applies_text(p), 6, width)
        lines.append("")
    lines += _wrap("One property in full (statement, clauses, where it holds, how to read its trace): "
                   "rollproof explain ID. The verdict words: rollproof list --help.", 0, width)
    return "\n".join(lines)


def _clauses(p: Property) -> str:
    return ", ".join(p.clauses) if p.clauses else "(no clause: a property of the model itself)"


def legend(width: int = WIDTH) -> list[str]:
    """Every verdict word and what it means (``properties.verdicts.LABELS``)."""
    return _legend_lines(list(LABELS), width)


# --------------------------------------------------------------------------------------------
# explain


def _field(label: str, text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=f"  {label:<12}", subsequent_indent=" " * 14,
                         break_on_hyphens=False) or [f"  {label}"]


def _same(p: Property) -> tuple:
    return (p.kind, p.name, p.statement, p.clauses, p.region, p.not_applicable_why, p.depends_on, p.restates,
            tuple(a.text for a in p.antecedents))


def explain_property(pid: str, width: int = WIDTH) -> str:
    """``rollproof explain ID``: one property in full (once for the models where it reads the same)."""
    pid = resolve_id(pid)
    groups: list[tuple[list[str], Property]] = []
    for m in models_of(pid):
        p = next(x for x in properties_for(m) if x.id == pid)
        same = next((g for g in groups if _same(g[1]) == _same(p)), None)
        if same:
            same[0].append(m)
        else:
            groups.append(([m], p))
    blocks = []
    for ms, p in groups:
        meaning, trace = KINDS[p.kind]
        where = " and ".join(policy_keys.MODEL_NAMES.get(m, m) for m in ms)
        lines = [f"{p.id}  ({p.kind.value}, {where}: {p.name})"]
        lines += _field("statement", p.statement, width)
        lines += _field("clauses", _clauses(p), width)
        lines += _field("applies", applies_text(p), width)
        lines += _field("holds when", f"{p.region} (the project's finding)", width)
        if p.depends_on:
            lines += _field("depends on", "the verdict depends on the named choices and switches "
                            + ", ".join(p.depends_on), width)
            for name in p.depends_on:
                for k in policy_keys.find(f"{ms[0]}.{name}"):
                    lines += _wrap(f"{k.name} (default {k.default_text}): {k.meaning}", 16, width)
        for a in p.antecedents:
            lines += _field("premise", f"{a.text} (where it never happens, a proof is vacuous)", width)
        if p.restates:
            lines += _field("restates", p.restates + (f"; still worth checking: {p.worth}" if p.worth else ""),
                            width)
        lines += _field("kind", f"{p.kind.value}: {meaning}", width)
        lines += _field("trace", trace, width)
        lines.append("  verdicts")
        lines += [f"  {x}" for x in legend_for(p, width - 2)]
        blocks.append("\n".join(lines))
    blocks.append("\n".join(_wrap(TRACE_HELP, 0, width)))
    return "\n\n".join(blocks)


def legend_for(p: Property, width: int = WIDTH) -> list[str]:
    """The verdict words ``p`` can get: those of its kind, less the ones its registry entry rules out."""
    words = [w for w in KIND_LABELS[p.kind]
             if not (w == "proved (vacuous)" and not p.antecedents) and not (w == "holds by construction" and not p.restates)]
    return _legend_lines(words, width)


def _legend_lines(words: list[str], width: int) -> list[str]:
    w = max(len(x) for x in words)
    out: list[str] = []
    for word in words:
        out += textwrap.wrap(LABELS[word], width=width, initial_indent=f"  {word:<{w}}  ",
                             subsequent_indent=" " * (w + 4), break_on_hyphens=False)
    return out
