"""REPORT.md: the design-review document, from verdicts already computed.

It opens with the tool and solver versions and a one-screen summary (property × policy), then,
per property, its statement, clauses and kind, and per policy the verdict with its scope, method,
certificate or trace (step table and picture) and the command that reproduces it.  Everything but
the timing figures is a function of the verdicts, so a second run changes nothing else.  ``write``
puts the traces and pictures in a folder beside the report (``report/`` for ``REPORT.md``) and
moves both into place only once everything is written.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from properties.verdicts import NotApplicable, Proved, Refuted, Unknown
from rollproof import checking, render
from rollproof.policyfile import PolicyFile

MODEL_TITLES = {"scale_set": "Scale set automatic OS image upgrade", "cloud_service": "Cloud service update by upgrade domains"}
MODEL_KEYS = {"scale_set": "S", "cloud_service": "C"}


def anchor(pid: str, policy: str | None = None) -> str:
    """``vmss-batch-cap`` for a property; ``vmss-batch-cap--seed-2018-defaults`` for one policy's verdict."""
    return pid.lower() if policy is None else f"{pid.lower()}--{policy.lower()}"


def _cell(r: checking.Result) -> str:
    word = {"proved": "proved", "refuted": "**refuted**", "unknown": "*unknown*", "not-applicable": "n/a"}[r.word]
    if r.witnessed:
        word = "proved (witness)"
    if not r.matches:
        word += " ≠"
    return f"[{word}](#{anchor(r.prop.id, r.policy.name)})"


def _defaults_diff(pf: PolicyFile) -> str:
    from model import systems
    from rollproof.policyfile import parameters

    default = parameters(systems.reference(pf.model).Policy())
    mine = pf.parameters
    diffs = [f"`{k} = {_toml(v)}`" for k, v in mine.items() if default.get(k) != v]
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
    return lines


def _link(prefix: str, rel: str) -> str:
    return f"{prefix}/{rel}" if prefix else rel


#: The bound of each antecedent search of ``antecedent_notes``: steps, and Z3's resource units
#: (a count of solver work, the same on every machine).
ANTECEDENT_DEPTH, ANTECEDENT_UNITS = 30, 100_000_000


def antecedent_notes(results: list[checking.Result]) -> dict[tuple[str, str], list[str]]:
    """Per proved ``step`` property or implication and policy, a line when its antecedent never
    happens (the proof is vacuous there) or was not found in the bound; each antecedent is searched
    once per policy however many properties share it (``rollproof.mutation.vacuity``), the searches
    of a policy in one prover session.  The searches are bounded by depth and solver work, not
    seconds, so a rerun writes the same text."""
    from rollproof.mutation import vacuity
    from solver.session import ProverSession

    seen: dict[tuple[Any, str, str], Any] = {}
    out: dict[tuple[str, str], list[str]] = {}
    sessions: dict[str, Any] = {}
    try:
        for r in results:
            if not isinstance(r.verdict, Proved) or r.witnessed:
                continue
            for a in vacuity.antecedents_of(r.policy.model, r.prop.id):
                key = (r.policy.policy, a.model, a.text)
                if key not in seen:
                    session = sessions.setdefault(r.policy.name, ProverSession(r.policy.policy))
                    seen[key] = vacuity.witness(r.policy.policy, a, max_depth=ANTECEDENT_DEPTH, units=ANTECEDENT_UNITS,
                                                session=session)
                w = seen[key]
                if w.status == "unreachable":
                    line = (f"vacuous for this policy: {a.text} never happens (an inductive invariant excludes it), "
                            "so the proof says nothing about that case")
                elif w.status == "unknown" and w.depth is None:
                    line = f"not witnessed: {a.text} was neither found nor shown impossible (the search ran out of time)"
                elif w.status == "unknown":
                    line = (f"not witnessed: {a.text} was neither found nor shown impossible within the search's bound "
                            f"({ANTECEDENT_DEPTH} steps, {ANTECEDENT_UNITS // 1_000_000} million units of solver work)")
                else:
                    continue
                out.setdefault((r.policy.name, r.prop.id), []).append(line)
    finally:
        for s in sessions.values():
            s.close()
    return out


def _verdict_section(r: checking.Result, prefix: str, vacuity_notes: tuple[str, ...] | list[str] = ()) -> list[str]:
    v = r.verdict
    pf = r.policy
    pid = r.prop.id
    head = "proved (witness found)" if r.witnessed else r.word
    lines = [f'<a id="{anchor(pid, pf.name)}"></a>', "", f"#### {pid} · {pf.name}: {head}", ""]
    exp = "matches [expect]" if r.matches else f"**differs from [expect]: expected {r.expected}**"
    if r.word == "not-applicable":
        lines.append(f"- **Verdict:** not applicable: {v.reason}.")
        lines.append("")
        return lines
    lines.append(f"- **Verdict:** {head} ({exp}{'' if pid in pf.expect or not r.matches else '; no entry: expected proved'})")
    scope = getattr(v, "scope", None)
    lines.append(f"- **Scope:** {checking.scope_text(scope, pf.policy)} · **method:** {getattr(v, 'method', '') or '–'} · "
                 f"**time:** {r.seconds:.2f} s")
    if isinstance(v, (Unknown, NotApplicable)) or (isinstance(v, Refuted) and v.reason):
        lines.append(f"- **Reason:** {v.reason}")
    if isinstance(v, Refuted) and v.holds_for:
        lines.append(f"- **Holds for:** {v.holds_for}")
    certified = getattr(v, "certified_by", ()) or ()
    if certified:
        lines.append(f"- **Certified by:** {', '.join(certified)}")
    for note in getattr(v, "notes", ()) or ():
        lines.append(f"- **Note:** {note}")
    for note in vacuity_notes:
        lines.append(f"- **Antecedent:** {note}")
    cert = getattr(v, "certificate", None)
    if cert:
        lines += ["- **Certificate:**", "", "  ```text", *[f"  {x}" if x else "" for x in cert.rstrip().splitlines()], "  ```"]
    if r.files:
        lines.append("- **Files:** " + ", ".join(f"[{Path(f).name}]({_link(prefix, f)})" for f in r.files))
    cmd = f"rollproof check {pf.file} --property {pid}" if pf.file != "(built-in)" else f"rollproof check --property {pid}"
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
    lines.append("")
    return lines


def markdown(results: list[checking.Result], pfs: list[PolicyFile], *, artifacts: str, title: str = "rollproof report",
             intro: list[str] | None = None, antecedents: bool = False, wall: tuple[float, int] | None = None) -> str:
    """The whole document; ``artifacts`` is the link prefix of the folder holding traces and pictures.
    ``wall``: the run's elapsed seconds and its worker processes, said beside the checks' own total.

    With ``antecedents``, each proved step property or implication says where its antecedent never
    happens (``antecedent_notes``: a bounded search per antecedent and policy).
    """
    tool = checking.versions()
    lines = [f"# {title}", ""]
    lines.append(f"rollproof {tool['version']} · Z3 {tool['z3']}")
    lines.append("")
    lines += intro or []
    lines += [
        "Verdicts: **proved** (holds in the stated scope; certificate below), **refuted** (a shortest trace "
        "that replays in the Python model breaks it), **proved (witness)** (a *reach* property: the trace "
        "shows the state is reachable), *unknown* (no verdict in time, with the reason), n/a (the policy "
        "switches the feature off). ≠ marks a verdict that differs from the policy's `[expect]` table.",
        "",
        "## Summary",
        "",
    ]
    lines += summary(results, pfs)
    notes = antecedent_notes(results) if antecedents else {}
    for model, mtitle in MODEL_TITLES.items():
        rs = [r for r in results if r.policy.model == model]
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
            clauses = ", ".join(p.clauses) if p.clauses else "–"
            lines += [f'<a id="{anchor(pid)}"></a>', "", f"### {pid}: `{p.name}`", ""]
            lines.append(f"**Statement:** {p.statement}  ")
            lines.append(f"**Kind:** {p.kind.value} · **clauses:** {clauses}  ")
            lines.append(f"**Where it holds** (the project's finding): {p.region}")
            lines.append("")
            lines.append("| policy | verdict | scope | method |")
            lines.append("|---|---|---|---|")
            for r in mine:
                lines.append(f"| `{r.policy.name}` | {_cell(r)} | {checking.scope_text(getattr(r.verdict, 'scope', None), r.policy.policy)} "
                             f"| {_esc(getattr(r.verdict, 'method', '') or '–')} |")
            lines.append("")
            for r in mine:
                lines += _verdict_section(r, artifacts, notes.get((r.policy.name, r.prop.id), []))
    total = sum(r.seconds for r in results)
    end = f"{len(results)} verdicts; the checks took {total:.1f} s together"
    if wall is not None:
        end += f", {wall[0]:.1f} s elapsed over {wall[1]} worker process{'es' if wall[1] != 1 else ''}"
    lines += ["---", "", end + ".", ""]
    return "\n".join(lines)


def write(results: list[checking.Result], pfs: list[PolicyFile], target: Path,
          wall: tuple[float, int] | None = None) -> Path:
    """Write ``target`` and its artifacts folder (``report/`` beside ``REPORT.md``) atomically; return the folder."""
    target = Path(target)
    parent = target.parent
    folder = parent / target.stem.lower()
    if folder.resolve() == target.resolve():
        folder = parent / (target.stem.lower() + "-files")
    tmp_dir = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-", dir=parent))
    tmp_md = None
    old = None
    try:
        results = [checking.write_artifacts(r, tmp_dir) for r in results]
        intro = [
            f"Generated by `rollproof report` from the policies in `{_common_folder(pfs)}`; traces, pictures "
            f"and certificates are in [`{folder.name}/`]({folder.name}/). Regenerating gives the same text but for "
            "the timing figures, on any machine: every search is bounded by the work it does (states visited, depths, "
            "fuzzer runs, and solver work in Z3's deterministic resource units), never by seconds, and each solver "
            "query is asked in a context of its own by a fixed strategy; a check's seconds are only a safety cap, and "
            "a check that reaches it says so (unknown, timeout).",
            "",
        ]
        text = markdown(results, pfs, artifacts=folder.name, intro=intro, antecedents=True, wall=wall)
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


def _common_folder(pfs: list[PolicyFile]) -> str:
    folders = sorted({Path(pf.file).parent.as_posix() for pf in pfs})
    return folders[0] + "/" if len(folders) == 1 else ", ".join(f + "/" for f in folders)
