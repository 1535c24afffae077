"""The ``rollproof`` command: ``check``, ``report``, ``replay`` and ``mutants`` (spec: interfaces.md).

Exit codes: 0 every verdict matches ``[expect]``; 1 some verdict differs (listed); 2 bad input
(one line ``error: FILE: KEY: what is wrong (got VALUE; allowed RANGE)``, nothing written);
3 some verdict is unknown and nothing else differs.  ``replay`` exits 0 when the trace replays and
shows what it records, 1 when it does not, 2 for a malformed or foreign file.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

import click

from rollproof import checking, policyfile
from rollproof.policyfile import PolicyFile, PolicyFileError

DEFAULT_OUT = "rollproof-out"
FORMATS = ("text", "json", "markdown")


class BadInput(Exception):
    """Bad input, already worded as the one error line."""


def _fail(file: str, key: str, what: str, got: Any = None, allowed: str | None = None) -> BadInput:
    return BadInput(PolicyFileError(file, key, what, got, allowed).line())


# --------------------------------------------------------------------------------------------
# Inputs


def load_policies(files: list[str], base: Path | None = None) -> list[PolicyFile]:
    """Read every file (or the built-in seed defaults); names must be unique (they name folders)."""
    if not files:
        return policyfile.seed_defaults()
    out: list[PolicyFile] = []
    seen: dict[str, str] = {}
    for f in files:
        display = _display(Path(f), base) if base else f
        try:
            pf = policyfile.load(f, display=display)
        except PolicyFileError as e:
            raise BadInput(e.line()) from None
        if pf.name in seen:
            raise _fail(display, "name", f"already used by {seen[pf.name]} (outputs would overwrite each other)",
                        policyfile.show(pf.name), "a name unique among the files checked together")
        seen[pf.name] = display
        out.append(pf)
    return out


def _display(path: Path, base: Path) -> str:
    """A path as the report shows it: relative to the report's folder, with forward slashes."""
    try:
        return Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()
    except ValueError:
        return path.as_posix()


def check_ids(ids: list[str], policies: list[PolicyFile]) -> list[str]:
    from properties.registry import all_ids

    known = all_ids()
    for pid in ids:
        if pid not in known:
            raise _fail("command line", "--property", "unknown property ID", policyfile.show(pid),
                        ", ".join(known[:5]) + f", … ({len(known)} in all)")
    if ids and not any(checking.selected(pf, ids) for pf in policies):
        models = sorted({pf.model for pf in policies})
        raise _fail("command line", "--property", f"no named property belongs to model {', '.join(models)}",
                    ", ".join(ids), "properties of the policies' models")
    return ids


def check_jobs(jobs: int | None) -> int:
    if jobs is None:
        return checking.default_jobs()
    if jobs < 1:
        raise _fail("command line", "--jobs", "must be at least 1", str(jobs), ">= 1")
    return jobs


#: The safety cap of a check (``solver.engine.DEFAULT_TIMEOUT``; not imported: the CLI loads without Z3).
CHECK_CAP = 600.0


def check_timeout(timeout: float) -> float:
    if not timeout > 0:
        raise _fail("command line", "--timeout", "must be a positive number of seconds", str(timeout), "> 0")
    return timeout


# --------------------------------------------------------------------------------------------
# Progress (a line per property on a terminal)


class Progress:
    """Prints ``[k/n] policy · ID … verdict (s)`` on stderr when it is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.console = None
        if enabled:
            from rich.console import Console

            self.console = Console(stderr=True, highlight=False)
        self._status = None

    def start(self, pf: PolicyFile, prop: Any, k: int, n: int) -> None:
        if self.console is not None:
            self._status = self.console.status(f"[{k}/{n}] {pf.name} · {prop.id} …")
            self._status.start()

    def done(self, r: checking.Result, k: int, n: int) -> None:
        if self.console is None:
            return
        if self._status is not None:
            self._status.stop()
        colour = {"proved": "green", "refuted": "red", "unknown": "yellow"}.get(r.word, "dim")
        mark = "" if r.matches else f"  [bold]≠ expected {r.expected}[/bold]"
        self.console.print(
            f"[{k:>{len(str(n))}}/{n}] {r.policy.name} · {r.prop.id} … "
            f"[{colour}]{_word(r)}[/{colour}] ({r.seconds:.2f} s){mark}",
            soft_wrap=True,
        )


def _word(r: checking.Result) -> str:
    return "proved (witness)" if r.witnessed else r.word


# --------------------------------------------------------------------------------------------
# Text output


def text_table(results: list[checking.Result], policies: list[PolicyFile], out: Path) -> str:
    lines: list[str] = []
    for pf in policies:
        rs = [r for r in results if r.policy is pf]
        if not rs:
            continue
        lines.append(f"{pf.name}  ({pf.model}, {pf.file})")
        rows = [("property", "verdict", "expected", "scope", "method", "seconds", "trace / reason")]
        for r in rs:
            v = r.verdict
            tail = ""
            if r.trace:
                tail = f"{(out / r.trace).as_posix()} ({r.trace_length} steps)"
            elif checking.reason_of(v):
                tail = checking.reason_of(v) or ""
            rows.append((
                r.prop.id,
                _word(r),
                r.expected + ("" if r.matches else "  ≠"),
                checking.scope_text(getattr(v, "scope", None), pf.policy),
                getattr(v, "method", "") or "–",
                f"{r.seconds:.2f}",
                tail,
            ))
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
        for row in rows:
            cells = [c.ljust(w) if i != 5 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
            lines.append("  " + "  ".join(cells) + "  " + row[-1])
        lines.append("")
    lines.extend(summary_lines(results))
    return "\n".join(lines)


def summary_lines(results: list[checking.Result]) -> list[str]:
    tally: dict[str, int] = {}
    for r in results:
        tally[r.word] = tally.get(r.word, 0) + 1
    counts = ", ".join(f"{tally.get(w, 0)} {w}" for w in policyfile.VERDICTS)
    noun = "verdict" if len(results) == 1 else "verdicts"
    differ = [r for r in results if not r.matches]
    if not differ:
        return [f"{len(results)} {noun}: {counts}; every verdict matches [expect]"]
    out = [f"{len(results)} {noun}: {counts}; {len(differ)} {'differs' if len(differ) == 1 else 'differ'} from [expect]:"]
    for r in differ:
        why = " (no [expect] entry: expected proved)" if r.prop.id not in r.policy.expect else ""
        out.append(f"  {r.policy.name}  {r.prop.id}: got {r.word}, expected {r.expected}{why}")
    return out


# --------------------------------------------------------------------------------------------
# Commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rollproof", prog_name="rollproof")
def cli() -> None:
    """Prove or refute what cloud platforms' rolling-upgrade documentation promises."""


@cli.command()
@click.argument("policies", nargs=-1, metavar="[POLICY.toml …]")
@click.option("--property", "ids", multiple=True, metavar="ID", help="Check only this property (repeatable).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--out", "out", default=DEFAULT_OUT, show_default=True, metavar="DIR",
              help="Where traces, pictures and certificates go.")
@click.option("--timeout", type=float, default=CHECK_CAP, show_default=True, metavar="SECONDS",
              help="The most a check may take, a safety cap: past it the check is unknown (timeout).  "
                   "Verdicts are bounded by work, not by this.")
@click.option("--jobs", type=int, default=None, metavar="N",
              help="Checks run at once, each in its own process (default: the number of cores).")
def check(policies: tuple[str, ...], ids: tuple[str, ...], fmt: str, out: str, timeout: float,
          jobs: int | None) -> None:
    """Check every catalog property (or the named ones) for each policy (default: the seed defaults)."""
    pfs = load_policies(list(policies))
    check_ids(list(ids), pfs)
    check_timeout(timeout)
    jobs = check_jobs(jobs)
    if fmt != "json":
        for pf in pfs:
            for w in getattr(pf.policy, "warnings", lambda: [])():
                click.echo(f"warning: {pf.file}: {w}", err=True)
    progress = Progress(fmt != "json" and sys.stderr.isatty())
    results = checking.run(pfs, ids, timeout, on_start=progress.start, on_result=progress.done, jobs=jobs)
    out_dir = Path(out)
    results = [checking.write_artifacts(r, out_dir) for r in results]
    if fmt == "json":
        click.echo(json.dumps(checking.to_json(results, pfs), indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        from rollproof import report

        click.echo(report.markdown(results, pfs, artifacts=out_dir.as_posix(), title="rollproof check"))
    else:
        click.echo(text_table(results, pfs, out_dir))
    raise SystemExit(checking.exit_code(results))


@cli.command("report")
@click.option("--out", "out", default="REPORT.md", show_default=True, metavar="REPORT.md")
@click.option("--policies", "policies_dir", default="examples/policies", show_default=True, metavar="DIR",
              help="The policy files to check.")
@click.option("--property", "ids", multiple=True, metavar="ID", help="Report only this property (repeatable).")
@click.option("--timeout", type=float, default=CHECK_CAP, show_default=True, metavar="SECONDS",
              help="The most a check may take, a safety cap: past it the check is unknown (timeout).  "
                   "Verdicts are bounded by work, not by this.")
@click.option("--jobs", type=int, default=None, metavar="N",
              help="Checks run at once, each in its own process (default: the number of cores).")
def report_cmd(out: str, policies_dir: str, ids: tuple[str, ...], timeout: float, jobs: int | None) -> None:
    """Check every example policy and write the design-review report, with traces and pictures beside it."""
    from rollproof import report

    check_timeout(timeout)
    jobs = check_jobs(jobs)
    target = Path(out)
    pdir = Path(policies_dir)
    if not pdir.is_dir():
        raise _fail(policies_dir, "(folder)", "no such folder", None, "a folder of .toml policy files")
    files = sorted(pdir.glob("*.toml"))
    if not files:
        raise _fail(policies_dir, "(folder)", "holds no .toml policy file", None, "one or more policy files")
    if target.is_dir():
        raise _fail(out, "--out", "is a folder", None, "a Markdown file path such as REPORT.md")
    if not target.parent.exists():
        raise _fail(out, "--out", "its folder does not exist", None, "a path in an existing folder")
    pfs = load_policies([str(f) for f in files], base=target.parent)
    check_ids(list(ids), pfs)
    progress = Progress(sys.stderr.isatty())
    t0 = time.monotonic()
    results = checking.run(pfs, ids, timeout, on_start=progress.start, on_result=progress.done, jobs=jobs)
    written = report.write(results, pfs, target, wall=(time.monotonic() - t0, jobs))
    click.echo(f"wrote {target.as_posix()} and {written.as_posix()}/ ({len(pfs)} policies, {len(results)} verdicts)")
    for line in summary_lines(results):
        click.echo(line)
    raise SystemExit(checking.exit_code(results))


@cli.command()
@click.argument("trace", metavar="TRACE.itf.json")
def replay(trace: str) -> None:
    """Replay a trace through the model and say which property it violates (or witnesses), and where."""
    from rollproof import itf, render

    try:
        loaded = itf.read(trace)
    except itf.ItfError as e:
        raise BadInput(e.line()) from None
    rp = itf.replay(loaded)
    click.echo(render.render_trace(rp.trace, policy_name=loaded.policy_name))
    click.echo("")
    n = len(loaded.actions)
    if rp.mismatch:
        click.echo(f"replay: the trace does not replay in the {loaded.model} model: {rp.mismatch}")
    else:
        click.echo(f"replay: {n} step{'s' if n != 1 else ''} through the {loaded.model} model; every state matches the file")
    f = rp.finding(loaded.property_id)
    verb = {"violates": "violated", "witnesses": "witnessed"}
    recorded = (f"{verb.get(loaded.outcome or '', loaded.outcome)} at step {loaded.at_step}"
                if loaded.outcome else "no outcome")
    if f is None:
        click.echo(f"{loaded.property_id}: not {verb.get(loaded.outcome or 'violates', 'violated')} on replay "
                   f"(the file records: {recorded})")
    else:
        same = f.outcome == loaded.outcome and f.at_step == loaded.at_step
        click.echo(f"{loaded.property_id} ({f.kind}): {verb[f.outcome]} at step {f.at_step}"
                   + (", as the trace records" if same else f" (the file records: {recorded})"))
    others = [x for x in rp.findings if x.property_id != loaded.property_id]
    if others:
        click.echo("also on this run: " + "; ".join(f"{x.property_id} {verb[x.outcome]} at step {x.at_step}" for x in others))
    ok = rp.mismatch is None and f is not None and f.outcome == loaded.outcome and f.at_step == loaded.at_step
    raise SystemExit(0 if ok else 1)


@cli.command("mutants")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@click.option("--mutant", "names", multiple=True, metavar="NAME", help="Run only this mutant (repeatable; skips vacuity).")
def mutants_cmd(fmt: str, names: tuple[str, ...]) -> None:
    """Seeded bugs of the model: is each killed by the solver and the fuzzer, and does every property kill one?"""
    from rollproof import mutation
    from rollproof.mutation.catalogue import MUTANTS

    known = {m.name: m for m in MUTANTS}
    for n in names:
        if n not in known:
            raise _fail("command line", "--mutant", "unknown mutant", policyfile.show(n),
                        ", ".join(list(known)[:4]) + f", … ({len(known)} in all)")
    chosen = [known[n] for n in names] if names else list(MUTANTS)
    result = mutation.run(chosen, full_catalogue=not names, antecedents=not names)
    if fmt == "json":
        click.echo(json.dumps(mutation.to_json(result), indent=2, ensure_ascii=False))
    else:
        click.echo(mutation.text(result))
    raise SystemExit(0 if result.ok else 1)


def main(argv: list[str] | None = None) -> None:
    """Entry point: bad input of any kind is one line on stderr and exit 2, never a traceback."""
    args = sys.argv[1:] if argv is None else argv
    try:
        cli.main(args=args, prog_name="rollproof", standalone_mode=False)
    except BadInput as e:
        click.echo(str(e), err=True)
        raise SystemExit(2) from None
    except click.UsageError as e:
        where = e.ctx.command_path if e.ctx else "rollproof"
        param = getattr(e, "param", None)
        key = param.opts[0] if param is not None and getattr(param, "opts", None) else "arguments"
        what = re.sub(r"^Invalid value for '[^']*': ", "", e.format_message()).rstrip(".")
        click.echo(f"error: command line: {key}: {what} (see '{where} --help')", err=True)
        raise SystemExit(2) from None
    except click.Abort:
        click.echo("error: command line: (interrupted): aborted", err=True)
        raise SystemExit(130) from None
    except click.exceptions.Exit as e:
        raise SystemExit(e.exit_code) from None
    raise SystemExit(0)
