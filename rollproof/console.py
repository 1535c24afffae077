"""What ``check`` and ``report`` print for people: the verdict list, the summary, and progress.

The text output fits ``WIDTH`` columns: per check its verdict word (``Result.label``), scope, time,
statement, ``holds_for`` and cause where there is one; the details stay in JSON, Markdown and the
report.  A policy without ``[expect]`` is explored, not judged: its refutations are findings.
Progress goes to stderr: a spinner and a line per check on a terminal, else one line per finished
policy (per check with ``verbose``), so a CI log shows the run moving.
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path
from typing import Any, Callable

from rollproof.properties.registry import Kind
from rollproof.properties.verdicts import LABELS, NotApplicable, Unknown
from rollproof import checking
from rollproof.policyfile import PolicyFile

WIDTH = 100
_INDENT = "    "


def width() -> int:
    """The columns to fill: ``WIDTH``, or a narrower terminal's width (down to 60)."""
    import shutil
    import sys

    if not sys.stdout.isatty():
        return WIDTH
    return max(60, min(WIDTH, shutil.get_terminal_size((WIDTH, 24)).columns))


# --------------------------------------------------------------------------------------------
# Verdicts, a few lines each


def cause_of(r: checking.Result) -> str | None:
    """The one-line cause of a refutation (the actor or named choice its trace relies on), when known."""
    for where in (r, r.verdict):
        c = getattr(where, "cause", None)
        if c:
            return str(c)
    return None


def scope_short(scope: Any, prop: Any = None) -> str:
    """The scope in a few words; a cloud service's role sizes are said once, in the policy's heading.
    A table check (``prop`` of kind ``check``) covers its table's rows, never "unbounded": what
    the table holds is said on a line of its own (``covers``)."""
    if scope is None:
        return "–"
    inst = scope.instances
    if isinstance(inst, (tuple, list)):
        n = f"N={inst[0]}..{inst[1]}"
    elif inst == "any":
        n = "every size"
    else:
        n = f"N={inst}"
    if prop is not None and prop.kind == Kind.CHECK:
        return n + ", its table"
    return n + (", unbounded" if scope.depth is None else f", depth ≤ {scope.depth}")


def _wrap(text: str, indent: str = _INDENT, width: int = WIDTH) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent + "  ",
                         break_on_hyphens=False, break_long_words=False) or [indent]


def policy_heading(pf: PolicyFile, out: Path, width: int = WIDTH) -> list[str]:
    how = "judged against its [expect] table" if pf.judged else "explored: no [expect] table, so refutations are findings"
    lines = _wrap(f"{pf.name} · {pf.model} · {pf.file}", "", width)
    lines += _wrap(how, "  ", width)
    roles = getattr(pf.policy, "roles", None)
    if roles and any(c == "any" for _, c in roles):
        lines += _wrap("every size: " + ", ".join(f"{r} ≥ 1" if c == "any" else f"{r} = {c}" for r, c in roles)
                       + " (N counts every instance)", "  ", width)
    lines += _wrap(f"traces, pictures and certificates: {(out / pf.name).as_posix()}/", "  ", width)
    return lines


def _mark(r: checking.Result) -> str:
    return "" if r.matches else f" ≠ {r.expected}"


def check_lines(r: checking.Result, idw: int, labw: int, width: int = WIDTH) -> list[str]:
    """One check: ``ID  verdict  time  scope``, then its statement and what its verdict carries."""
    v = r.verdict
    label = r.label + _mark(r)
    secs = "" if isinstance(v, NotApplicable) else f"{r.seconds:6.2f} s"
    scope = scope_short(getattr(v, "scope", None), r.prop) if not isinstance(v, NotApplicable) else ""
    head = f"  {r.prop.id:<{idw}}  {label:<{labw}}  {secs:>8}"
    lines = []
    if len(head) + 2 + len(scope) <= width:
        lines.append((head + "  " + scope).rstrip())
    else:
        lines.append(head.rstrip())
        lines += _wrap(f"scope {scope}", _INDENT, width)
    lines += _wrap(r.prop.statement, _INDENT, width)
    if r.prop.kind == Kind.CHECK and r.prop.covers and not isinstance(v, NotApplicable):
        tested = "" if "not proved" in r.prop.statement else " (tested, not proved)"
        lines += _wrap(f"covers {r.prop.covers}{tested}", _INDENT, width)
    holds_for = getattr(v, "holds_for", None)
    if holds_for:
        lines += _wrap(f"holds for {holds_for}", _INDENT, width)
    cause = cause_of(r)
    if cause:
        lines += _wrap(f"cause: {cause}", _INDENT, width)
    if r.trace:
        n = r.trace_length
        steps = "" if n is None else f" ({n} step{'s' if n != 1 else ''})"
        lines += _wrap(f"trace {Path(r.trace).name}{steps}", _INDENT, width)
    reason = checking.reason_of(v)
    if reason and (isinstance(v, (Unknown, NotApplicable)) or not r.trace):
        lines += _wrap(("because " if isinstance(v, NotApplicable) else "") + reason, _INDENT, width)
    return lines


def text_table(results: list[checking.Result], policies: list[PolicyFile], out: Path, width: int = WIDTH) -> str:
    """Every verdict, policy by policy, then the summary; every line within ``width`` columns
    (a path the user gave may be longer)."""
    lines: list[str] = []
    for pf in policies:
        rs = [r for r in results if r.policy is pf]
        if not rs:
            continue
        lines += policy_heading(pf, out, width)
        idw = max(len(r.prop.id) for r in rs)
        labw = max(len(r.label + _mark(r)) for r in rs)
        for r in rs:
            lines += check_lines(r, idw, labw, width)
        lines.append("")
    lines.extend(summary_lines(results, width))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# The summary


def tally(results: list[checking.Result]) -> str:
    """``12 proved, 2 checked, 6 refuted, 2 not-applicable``: the verdict words, in LABELS order."""
    counts: dict[str, int] = {}
    for r in results:
        counts[r.label] = counts.get(r.label, 0) + 1
    order = [w for w in LABELS if w in counts] + sorted(w for w in counts if w not in LABELS)
    return ", ".join(f"{counts[w]} {w}" for w in order)


def summary_lines(results: list[checking.Result], width: int = WIDTH) -> list[str]:
    """What the run means: whether every judged verdict matches ``[expect]``, and the findings of the
    policies explored (no ``[expect]`` table), which are news, not failures."""
    noun = "verdict" if len(results) == 1 else "verdicts"
    head = f"{len(results)} {noun}: {tally(results)}"
    judged = [r for r in results if r.policy.judged]
    explored = [r for r in results if not r.policy.judged]
    differ = [r for r in judged if not r.matches]
    out: list[str] = []
    if not explored:
        if not differ:
            return _wrap(f"{head}; every verdict matches [expect]", "", width)
        return _wrap(f"{head}; {len(differ)} {'differs' if len(differ) == 1 else 'differ'} from [expect]:", "",
                     width) + _differ_lines(differ)
    out += _wrap(head, "", width)
    if judged:
        names = _names(judged)
        if differ:
            out += _wrap(f"judged against [expect] ({names}): {len(differ)} "
                         f"{'differs' if len(differ) == 1 else 'differ'}:", "", width)
            out += _differ_lines(differ)
        else:
            out += _wrap(f"judged against [expect] ({names}): every verdict matches", "", width)
    findings = [r for r in explored if r.word == "refuted"]
    unknown = [r for r in explored if r.word == "unknown"]
    what = [f"{len(findings)} finding{'s' if len(findings) != 1 else ''} (refuted)"]
    if unknown:
        what.append(f"{len(unknown)} unknown")
    out += _wrap(f"explored, not judged ({_names(explored)}: no [expect] table): {' and '.join(what)}"
                 + (", news rather than failures:" if findings or unknown else ""), "", width)
    for r in findings + unknown:
        out += _wrap(f"{r.policy.name}  {r.prop.id}: {r.label}", "  ", width)
    if findings or unknown:
        out += _wrap("these do not change the exit code; --expect-proved fails on them, and an [expect] table "
                     "records them so later runs are judged against them", "  ", width)
    return out


def _names(results: list[checking.Result]) -> str:
    names: list[str] = []
    for r in results:
        if r.policy.name not in names:
            names.append(r.policy.name)
    return ", ".join(names) if len(names) <= 3 else f"{len(names)} policies"


def _differ_lines(differ: list[checking.Result]) -> list[str]:
    out = []
    for r in differ:
        why = " (no [expect] entry: expected proved)" if r.prop.id not in r.policy.expect else ""
        out.append(f"  {r.policy.name}  {r.prop.id}: got {r.label}, expected {r.expected}{why}")
    return out


# --------------------------------------------------------------------------------------------
# Progress


class Progress:
    """Progress on stderr while checks run.

    ``terminal``: a spinner naming the check in flight and a line per finished check (rich).
    ``lines``: plain lines for a log: one when the run starts, one per finished policy, and with
    ``verbose`` one per finished check.  ``off``: nothing.
    """

    def __init__(self, mode: str, policies: list[PolicyFile], counts: dict[str, int], *, verbose: bool = False,
                 jobs: int = 1, echo: Callable[[str], None] | None = None) -> None:
        self.mode, self.verbose, self.jobs = mode, verbose, jobs
        self.policies = [pf for pf in policies if counts.get(pf.name)]
        self.counts = counts
        self.total = sum(counts.values())
        self.done_by: dict[str, list[checking.Result]] = {}
        self.policies_done = 0
        self.t0 = time.monotonic()
        self._echo = echo
        self.console = None
        self._status = None
        if mode == "terminal":
            from rich.console import Console

            self.console = Console(stderr=True, highlight=False)

    def echo(self, line: str) -> None:
        if self._echo is not None:
            self._echo(line)
        else:
            import click

            click.echo(line, err=True)

    def begin(self) -> None:
        if self.mode == "lines":
            n = len(self.policies)
            self.echo(f"rollproof: {self.total} check{'s' if self.total != 1 else ''} of {n} "
                      f"polic{'ies' if n != 1 else 'y'} over {self.jobs} worker process{'es' if self.jobs != 1 else ''}")

    def start(self, pf: PolicyFile, prop: Any, k: int, n: int) -> None:
        if self.console is not None:
            if self._status is not None:
                self._status.stop()
            self._status = self.console.status(f"[{k}/{n}] {pf.name} · {prop.id} …")
            self._status.start()

    def done(self, r: checking.Result, k: int, n: int) -> None:
        mine = self.done_by.setdefault(r.policy.name, [])
        mine.append(r)
        if self.console is not None:
            if self._status is not None:
                self._status.stop()
                self._status = None
            colour = {"proved": "green", "refuted": "red", "unknown": "yellow"}.get(r.word, "dim")
            mark = "" if r.matches else f"  [bold]≠ expected {r.expected}[/bold]"
            self.console.print(f"[{k:>{len(str(n))}}/{n}] {r.policy.name} · {r.prop.id} … "
                               f"[{colour}]{r.label}[/{colour}] ({r.seconds:.2f} s){mark}", soft_wrap=True)
            return
        if self.mode != "lines":
            return
        if self.verbose:
            mark = "" if r.matches else f"  ≠ expected {r.expected}"
            self.echo(f"[{k:>{len(str(n))}}/{n}] {r.policy.name} · {r.prop.id}: {r.label} ({r.seconds:.2f} s){mark}")
        if len(mine) == self.counts.get(r.policy.name):
            self.policies_done += 1
            differ = [x for x in mine if not x.matches]
            tail = f"; {len(differ)} ≠ [expect]" if differ else ""
            self.echo(f"[{self.policies_done}/{len(self.policies)} policies, {k}/{n} checks, {self._elapsed()}] "
                      f"{r.policy.name}: {tally(mine)}{tail}")

    def phase(self, text: str) -> None:
        """A line when the run moves on to a later phase (causes, premises): they print nothing else."""
        if self.console is not None:
            self.console.print(f"[dim]{text} ({self._elapsed()})[/dim]", soft_wrap=True)
        elif self.mode == "lines":
            self.echo(f"[{self._elapsed()}] {text}")

    def _elapsed(self) -> str:
        s = int(time.monotonic() - self.t0)
        return f"{s // 60}:{s % 60:02d}"

    def stop(self) -> None:
        if self._status is not None:
            self._status.stop()
            self._status = None
