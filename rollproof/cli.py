"""The ``rollproof`` command: ``check``, ``report``, ``replay``, ``list``, ``explain``, ``mutants``,
``bound`` and ``conform`` (spec: interfaces.md; ``conform``: docs/conformance.md).

Exit codes of ``check`` and ``report``: 0 no verdict differs from an expectation (a policy without
``[expect]`` is explored: its refutations are findings, unless ``--expect-proved``); 1 some verdict
differs (listed); 2 bad input (one line ``error: FILE: KEY: what is wrong (got VALUE; allowed
RANGE)``, nothing written); 3 some expected verdict is unknown and nothing else differs.
``replay`` exits 0 when the trace replays and shows what it records, 1 when it does not, 2 for a
malformed or foreign file.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import attrs
import click

from rollproof import catalog, checking, console, policyfile
from rollproof.policyfile import PolicyFile, PolicyFileError

DEFAULT_OUT = "rollproof-out"
DEFAULT_CACHE = ".rollproof_cache"  # ``rollproof.cache.DEFAULT_DIR`` (not imported: the CLI loads without Z3)
FORMATS = ("text", "json", "markdown")


class BadInput(Exception):
    """Bad input, already worded as the one error line."""


def _fail(file: str, key: str, what: str, got: Any = None, allowed: str | None = None) -> BadInput:
    return BadInput(PolicyFileError(file, key, what, got, allowed).line())


# --------------------------------------------------------------------------------------------
# Inputs


def load_policies(files: list[str], base: Path | None = None, var_items: tuple[str, ...] = ()) -> list[PolicyFile]:
    """Read every input (or the built-in seed defaults); names must be unique (they name folders)."""
    return load_inputs(files, base, var_items)[0]


def load_inputs(files: list[str], base: Path | None = None,
                var_items: tuple[str, ...] = ()) -> tuple[list[PolicyFile], list[str]]:
    """The policies of every input (TOML, Terraform, Azure JSON: ``rollproof.inputs``) and notes
    about what was skipped; with no input, the built-in seed defaults."""
    from rollproof import inputs

    if not files:
        if var_items:
            raise _fail("command line", "--var", "no input to give it to", None, "a Terraform or ARM input")
        return policyfile.seed_defaults(), []
    try:
        loaded = inputs.load(files, var_items, base=base)
    except PolicyFileError as e:
        raise BadInput(e.line()) from None
    return loaded.policies, loaded.notes


def observed_runs(roots: list[str]) -> list[tuple[Any, PolicyFile, list[Any]]]:
    """The observed runs the ``conform.toml`` files under the folders list (``rollproof.observed_index``),
    each with its policy and its observations read: every one checked here, before any solving."""
    from rollproof import observed, observed_index

    out = []
    try:
        for path, shown in observed_index.find(roots):
            for k, case in enumerate(observed_index.read(path, shown), start=1):
                pfs, _ = load_inputs([str(case.policy)])
                chosen = [pf for pf in pfs if case.name is None or pf.name == case.name]
                if len(chosen) != 1:
                    raise _fail(shown, f"run[{k}].name", "names no policy of its input" if case.name else
                                f"is needed: its policy input holds {len(pfs)} policies",
                                policyfile.show(case.name) if case.name else None,
                                "one of " + ", ".join(pf.name for pf in pfs))
                pf = chosen[0]
                out.append((case, pf, observed.read(str(case.run), pf.model, pf.policy)))
    except PolicyFileError as e:
        raise BadInput(e.line()) from None
    return out


def input_folders(roots: list[str]) -> list[Path]:
    """The folders holding inputs under each root, kinds in order (TOML policies, Terraform, Azure
    JSON), then by path; hidden folders (``.terraform``) are not entered."""
    found: list[tuple[int, str, Path]] = []
    for root in roots:
        r = Path(root)
        if not r.is_dir():
            raise _fail(root, "(folder)", "no such folder", None, "a folder of inputs (TOML, Terraform, Azure JSON)")
        for folder in [r, *sorted(p for p in r.rglob("*") if p.is_dir())]:
            if any(part.startswith(".") for part in folder.relative_to(r).parts):
                continue
            names = [p.name for p in folder.iterdir() if p.is_file()]
            if any(n.endswith(".toml") and n not in ("rollproof.toml", "conform.toml") for n in names):
                rank = 0
            elif any(n.endswith(".tf") for n in names):
                rank = 1
            elif any(n.endswith(".json") and not n.endswith(".itf.json") for n in names):  # (a trace: a run, not an input)
                rank = 2
            else:
                continue
            found.append((rank, folder.as_posix(), folder))
    return [f for _, _, f in sorted(set(found))]


def check_ids(ids: list[str], policies: list[PolicyFile]) -> list[str]:
    """The named property IDs as the registry spells them (any case is accepted).

    An unknown ID, or one that belongs to no model among the policies, is bad input; an ID that
    applies to some policies and not to others is checked where it applies, and a note says where not.
    """
    from rollproof.properties.registry import properties_for

    out: list[str] = []
    own = {p.id: pf.model for pf in policies for p in pf.properties}  # the policy files' own questions
    for written in ids:
        if written.strip().upper() in own:
            pid = written.strip().upper()
        else:
            try:
                pid = catalog.resolve_id(written)
            except catalog.UnknownName as e:
                raise _fail("command line", "--property", e.line_what(), written,
                            f"one of the {len(catalog.all_ids())} IDs of 'rollproof list', or a [[property]] "
                            "ID of a policy checked") from None
        if pid not in out:
            out.append(pid)
    models = sorted({pf.model for pf in policies})
    for pid in out:
        if pid in own:
            continue
        theirs = catalog.models_of(pid)
        if not any(m in models for m in theirs):
            ids_here = [p.id for m in models for p in properties_for(m)]
            raise _fail("command line", "--property",
                        f"{pid} is a {' and '.join(theirs)} property, and no policy checked is of that model"
                        + catalog.did_you_mean(catalog.closest(pid, ids_here)),
                        pid, f"the properties of {', '.join(models)}: 'rollproof list --model {models[0]}'")
    return out


def id_notes(ids: list[str], policies: list[PolicyFile]) -> list[str]:
    """A note per named ID that some of the policies do not have (another model's property)."""
    notes = []
    for pid in ids:
        mine = [pf for pf in policies if any(p.id == pid for p in pf.properties)]
        if mine:
            others = [pf for pf in policies if pf not in mine]
            if others:
                names = ", ".join(pf.name for pf in others[:4]) + (f", … ({len(others)} in all)" if len(others) > 4 else "")
                notes.append(f"note: --property {pid}: a question of {', '.join(pf.name for pf in mine[:4])}'s "
                             f"policy file, not asked of {names}")
            continue
        theirs = catalog.models_of(pid)
        skipped = [pf for pf in policies if pf.model not in theirs]
        if skipped:
            names = ", ".join(pf.name for pf in skipped[:4]) + (f", … ({len(skipped)} in all)" if len(skipped) > 4 else "")
            notes.append(f"note: --property {pid}: a {' and '.join(theirs)} property, not checked for {names} "
                         f"({', '.join(sorted({pf.model for pf in skipped}))})")
    return notes


def check_jobs(jobs: int | None) -> int:
    if jobs is None:
        return checking.default_jobs()
    if jobs < 1:
        raise _fail("command line", "--jobs", "must be at least 1", str(jobs), ">= 1")
    return jobs


#: The safety cap of a check (``solver.engine.DEFAULT_TIMEOUT``; not imported: the CLI loads without Z3).
CHECK_CAP = 600.0


def check_cache(cache_dir: str, no_cache: bool) -> str | None:
    """The verdict cache's folder (None with ``--no-cache``): a path that is not a file."""
    if no_cache:
        return None
    path = Path(cache_dir)
    if path.exists() and not path.is_dir():
        raise _fail(cache_dir, "--cache-dir", "is a file, not a folder", None,
                    "a folder (made if missing), or --no-cache")
    return cache_dir


@contextlib.contextmanager
def verdict_cache(folder: str | None) -> Iterator[Any]:
    """The verdict cache in ``folder`` for the checks of a run (``rollproof.cache.using``), made
    when the run starts; a folder that cannot be made is bad input."""
    from rollproof import cache

    try:
        cache.Cache(Path(folder)).prepare() if folder is not None else None
    except cache.CacheError as e:
        raise _fail(str(folder), "--cache-dir", str(e), None, "a folder (made if missing), or --no-cache") from None
    with cache.using(folder) as c:
        yield c


def check_timeout(timeout: float) -> float:
    if not timeout > 0:
        raise _fail("command line", "--timeout", "must be a positive number of seconds", str(timeout), "> 0")
    return timeout


def run_shown(shown: Any, pfs: list[PolicyFile], ids: list[str], timeout: float, jobs: int) -> list[Any]:
    """``checking.run`` with its progress shown by ``shown`` (``progress_for``), stopped however it ends."""
    shown.begin()
    try:
        return checking.run(pfs, ids, timeout, on_start=shown.start, on_result=shown.done, jobs=jobs,
                            on_phase=shown.phase)
    finally:
        shown.stop()


def progress_for(fmt: str, progress: bool | None, verbose: bool, pfs: list[PolicyFile], ids: list[str],
                 jobs: int) -> console.Progress:
    """Progress on stderr: a spinner on a terminal, plain lines in a log; none under ``--format json``
    unless ``--progress`` asks (stdout then carries the JSON alone either way)."""
    on = progress if progress is not None else fmt != "json"
    mode = "off" if not on else ("terminal" if sys.stderr.isatty() else "lines")
    counts = {pf.name: len(checking.selected(pf, ids)) for pf in pfs}
    return console.Progress(mode, pfs, counts, verbose=verbose, jobs=min(jobs, max(1, sum(counts.values()))))


def judge_all(pfs: list[PolicyFile], expect_proved: bool) -> list[PolicyFile]:
    """With ``--expect-proved``, a policy without ``[expect]`` is judged as if it expected every
    property proved (a refutation exits 1, an unknown 3), instead of being explored."""
    if not expect_proved:
        return pfs
    return [pf if pf.judged else attrs.evolve(pf, expect_table=True) for pf in pfs]


EXIT_CODES = (
    "Exit codes: 0 no verdict differs from an expectation; 1 a verdict differs from the policy's [expect] "
    "table (a property it does not name is expected proved); 2 bad input; 3 an expected verdict is unknown. "
    "A policy without an [expect] table is explored: its refutations are findings and exit 0, unless "
    "--expect-proved judges it as if it expected every property proved."
)


# --------------------------------------------------------------------------------------------
# Commands


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="rollproof", prog_name="rollproof")
def cli() -> None:
    """Prove or refute what cloud platforms' rolling-upgrade documentation promises.

    \b
    Start here:
      rollproof list                      the properties: ID, kind, statement, where each applies
      rollproof explain VMSS-BATCH-CAP    one property: statement, clauses, how to read its trace
      rollproof list --keys               every policy key, with its default
      rollproof explain batch_rounding    one policy key: meaning, default, values, source
      rollproof check my-policy.toml      check a policy file (no file: the seed defaults)
      rollproof conform POLICY RUN.json   does a run of the policy explain what was observed?

    A policy file is TOML: model = "scale_set" or "cloud_service", a table of that name with the
    keys to change, and an optional [expect] table of the verdicts it is known to have.
    """


def _run_options(f: Any) -> Any:
    """The options ``check`` and ``report`` share: judging, progress, the verdict cache."""
    f = click.option("--no-cache", "no_cache", is_flag=True,
                     help="Solve every check anew: neither read nor write the verdict cache.")(f)
    f = click.option("--cache-dir", "cache_dir", default=DEFAULT_CACHE, show_default=True, metavar="DIR",
                     help="The verdict cache: a verdict stored there is used once its proof re-checks "
                          "(Z3) or its trace replays, instead of being solved again.")(f)
    f = click.option("-v", "--verbose", is_flag=True,
                     help="Progress: a line per finished check instead of per finished policy.")(f)
    f = click.option("--progress/--no-progress", "progress", default=None,
                     help="Progress lines on stderr (default: on, except with --format json).")(f)
    f = click.option("--expect-proved", is_flag=True,
                     help="Judge a policy without [expect] as if it expected every property proved: "
                          "a refutation then exits 1, an unknown 3 (default: such a policy is explored, "
                          "and its refutations are findings, exit 0).")(f)
    return f


@cli.command(epilog=EXIT_CODES, short_help="Check policies: a verdict per property.")
@click.argument("policies", nargs=-1, metavar="[POLICY.toml …]")
@click.option("--property", "ids", multiple=True, metavar="ID",
              help="Check only this property (repeatable; any case; the IDs: rollproof list).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--out", "out", default=DEFAULT_OUT, show_default=True, metavar="DIR",
              help="Where traces, pictures and certificates go.")
@click.option("--timeout", type=float, default=CHECK_CAP, show_default=True, metavar="SECONDS",
              help="The most a check may take, a safety cap: past it the check is unknown (timeout).  "
                   "Verdicts are bounded by work, not by this.")
@click.option("--jobs", type=int, default=None, metavar="N",
              help="Checks run at once, each in its own process (default: the number of cores).")
@click.option("--var", "var_items", multiple=True, metavar="NAME=VALUE",
              help="A Terraform variable's or ARM template parameter's value (repeatable; later wins).")
@_run_options
def check(policies: tuple[str, ...], ids: tuple[str, ...], fmt: str, out: str, timeout: float,
          jobs: int | None, var_items: tuple[str, ...], expect_proved: bool, progress: bool | None,
          verbose: bool, cache_dir: str, no_cache: bool) -> None:
    """Check every catalog property (or the named ones) for each policy: TOML policies, Terraform
    (.tf files or a module's folder), ARM templates or Azure resource JSON (default: the seed defaults).

    Text output: per check its verdict, time, scope and statement (the verdict words: rollproof list
    --help); JSON and Markdown carry the details.
    """
    pfs, notes = load_inputs(list(policies), var_items=var_items)
    pfs = judge_all(pfs, expect_proved)
    id_list = check_ids(list(ids), pfs)
    check_timeout(timeout)
    jobs = check_jobs(jobs)
    cache = check_cache(cache_dir, no_cache)
    if fmt != "json":
        for note in notes:
            click.echo(f"warning: {note}", err=True)
        for pf in pfs:
            for w in pf.warnings():
                click.echo(f"warning: {pf.file}: {w}", err=True)
        for note in id_notes(id_list, pfs):
            click.echo(note, err=True)
    shown = progress_for(fmt, progress, verbose, pfs, id_list, jobs)
    with verdict_cache(cache):
        results = run_shown(shown, pfs, id_list, timeout, jobs)
        out_dir = Path(out)
        results = [checking.write_artifacts(r, out_dir) for r in results]  # (pictures kept in the cache)
    if fmt == "json":
        click.echo(json.dumps(checking.to_json(results, pfs), indent=2, ensure_ascii=False))
    elif fmt == "markdown":
        from rollproof import report

        click.echo(report.markdown(results, pfs, artifacts=out_dir.as_posix(), title="rollproof check"))
    else:
        click.echo(console.text_table(results, pfs, out_dir, width=console.width()))
    raise SystemExit(checking.exit_code(results))


BOUND_EXIT = ("Exit codes: 0 every bound found (a run reaching it, a proof nothing goes past it); 2 bad input; "
              "3 some bound unknown (a check timed out or the search found no proof).")


def check_n_range(text: str | None) -> tuple[int, int] | None:
    """``--n-range A..B`` as a pair of instance counts (``A`` at least 1, at most ``B``)."""
    if text is None:
        return None
    m = re.fullmatch(r"\s*(\d+)\s*\.\.\s*(\d+)\s*", text)
    if not m or not 1 <= int(m.group(1)) <= int(m.group(2)):
        raise _fail("command line", "--n-range", "not a range of instance counts", policyfile.show(text),
                    "A..B with 1 <= A <= B, such as 1..20")
    return int(m.group(1)), int(m.group(2))


def _is_any(pf: PolicyFile) -> bool:
    return bool(getattr(pf.policy, "parametric", False) or getattr(pf.policy, "instances", 0) == "any")


@cli.command("bound", epilog=BOUND_EXIT, short_help="Exact worst cases: the least or greatest value over every run.")
@click.argument("policy", metavar="POLICY.toml")
@click.option("--min", "mins", multiple=True, metavar="EXPR",
              help="The least value of EXPR (an observable, or arithmetic over them) in any reachable state (repeatable).")
@click.option("--max", "maxs", multiple=True, metavar="EXPR", help="The greatest value of EXPR (repeatable).")
@click.option("--min-step", "min_steps", multiple=True, metavar="EXPR",
              help="The least value of a step expression (before_X, after_X, action) over every step (repeatable).")
@click.option("--max-step", "max_steps", multiple=True, metavar="EXPR",
              help="The greatest value of a step expression over every step, such as the largest batch started: "
                   "\"after_upgrading - before_upgrading\" (repeatable).")
@click.option("--n-range", "n_range", default=None, metavar="A..B",
              help='For instances = "any": the instance counts to bound one by one (default: the 12 smallest, '
                   "5 where several roles are of any size); a closed form in N is then fitted and proved.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@click.option("--out", "out", default=DEFAULT_OUT, show_default=True, metavar="DIR",
              help="Where the runs reaching each bound, the certificates and the plots go.")
@click.option("--timeout", type=float, default=CHECK_CAP, show_default=True, metavar="SECONDS",
              help="The most each check of the search may take.")
@click.option("--no-cache", "no_cache", is_flag=True, help="Solve every check anew: neither read nor write the verdict cache.")
@click.option("--cache-dir", "cache_dir", default=DEFAULT_CACHE, show_default=True, metavar="DIR",
              help="The verdict cache (as for check).")
def bound_cmd(policy: str, mins: tuple[str, ...], maxs: tuple[str, ...], min_steps: tuple[str, ...],
              max_steps: tuple[str, ...], n_range: str | None, fmt: str, out: str, timeout: float,
              no_cache: bool, cache_dir: str) -> None:
    """The exact least (--min) or greatest (--max) value of an expression over the observables in any
    reachable state (--min-step, --max-step: over any step) of a policy, as a pair a reviewer can
    check: a shortest run that reaches the value, and a certified proof that no run goes past it
    (docs/user-properties.md).  For instances = "any": that pair at each N of --n-range, and a closed
    form in N proved for every N where one fits every value.
    """
    from rollproof.properties import expressions as E
    from rollproof.properties import user
    from rollproof import bounds

    check_timeout(timeout)
    asks = ([("min", x, "state") for x in mins] + [("max", x, "state") for x in maxs]
            + [("min", x, "step") for x in min_steps] + [("max", x, "step") for x in max_steps])
    if not asks:
        raise _fail("command line", "--min/--max", "nothing to bound", None,
                    "--min EXPR, --max EXPR, --min-step EXPR or --max-step EXPR, repeatable")
    sizes = check_n_range(n_range)
    cache = check_cache(cache_dir, no_cache)
    pfs, _ = load_inputs([policy])
    for pf in pfs:
        if sizes is not None and not _is_any(pf):
            key = "scale_set.instances" if pf.model == "scale_set" else "cloud_service.roles"
            got = policyfile.parameters(pf.policy)[key.split(".")[1]]
            raise _fail("command line", "--n-range", f"{pf.file} has a fixed instance count ({key} = "
                        f"{policyfile.show(got)})", n_range, 'a policy of instances = "any" (or a role of "any" size)')
        if sizes is not None and sizes[0] < bounds.smallest(pf.policy):
            raise _fail("command line", "--n-range", f"starts below the smallest deployment of {pf.file} "
                        f"(N = {bounds.smallest(pf.policy)}: every role at least 1)", n_range,
                        f"A >= {bounds.smallest(pf.policy)}")
        for direction, source, over in asks:
            try:
                bounds.compile_bound(pf.model, pf.policy, source, over)
            except E.ExprError as e:
                kind = "step" if over == "step" else "inv"
                names = user.vocabulary(pf.model, pf.policy, kind)
                shown = ", ".join(names) if len(names) <= 40 else ", ".join(names[:40]) + ", …"
                raise _fail("command line", f"--{direction}{'-step' if over == 'step' else ''}",
                            f"{e.what} at column {e.column}", policyfile.show(e.got),
                            f"the {'step ' if over == 'step' else ''}names {shown}; integers; + - * (by a constant), "
                            "// (by a nonzero integer); min, max; parentheses") from None
    docs, found = [], []
    with verdict_cache(cache):
        for pf in pfs:
            mine: list[Any] = []
            for direction, source, over in asks:
                what = f"{direction}{'-step' if over == 'step' else ''} {source}"
                if _is_any(pf):
                    lo, hi = sizes or bounds.default_range(pf.policy)
                    if fmt == "text":
                        click.echo(f"[{pf.name}] {what}, N = {lo}..{hi} …", err=True)
                    s = bounds.sized(pf, source, direction, timeout, (lo, hi), over,
                                     on_point=(lambda p: click.echo(f"[{pf.name}]   N = {p.instances}: {p.value}", err=True))
                                     if fmt == "text" else None)
                    mine.append(bounds.sized_written(s, Path(out), pf))
                else:
                    if fmt == "text":
                        click.echo(f"[{pf.name}] {what} …", err=True)
                    mine.append(bounds.written(bounds.bound(pf, source, direction, timeout, over=over), Path(out)))
            found += mine
            docs.append(bounds.to_json(pf, mine))
            if fmt == "text":
                click.echo(bounds.text(pf, mine, Path(out)))
    if fmt == "json":
        click.echo(json.dumps({"schema": 1, "tool": checking.versions(), "policies": docs}, indent=2, ensure_ascii=False))
    unknown = any(any(p.value is None for p in b.points) if isinstance(b, bounds.Sized) else b.value is None
                  for b in found)
    raise SystemExit(3 if unknown else 0)


@cli.command("report", epilog=EXIT_CODES)
@click.option("--out", "out", default="REPORT.md", show_default=True, metavar="REPORT.md")
@click.option("--policies", "policies_dirs", multiple=True, metavar="DIR",
              help="A folder of inputs, read with its subfolders (repeatable; default: examples/).")
@click.option("--property", "ids", multiple=True, metavar="ID", help="Report only this property (repeatable).")
@click.option("--timeout", type=float, default=CHECK_CAP, show_default=True, metavar="SECONDS",
              help="The most a check may take, a safety cap: past it the check is unknown (timeout).  "
                   "Verdicts are bounded by work, not by this.")
@click.option("--jobs", type=int, default=None, metavar="N",
              help="Checks run at once, each in its own process (default: the number of cores).")
@click.option("--worst-cases", "worst_which", type=click.Choice(("seeds", "all", "none")), default="seeds",
              show_default=True,
              help="Which policies get a table of worst cases (rollproof bound: least serving, most unhealthy, "
                   "largest batch, …): the seed-default policies, every example, or none.")
@_run_options
def report_cmd(out: str, policies_dirs: tuple[str, ...], ids: tuple[str, ...], timeout: float, jobs: int | None,
               worst_which: str, expect_proved: bool, progress: bool | None, verbose: bool, cache_dir: str,
               no_cache: bool) -> None:
    """Check every example (TOML policies, Terraform, Azure JSON) and write the design-review report,
    with traces and pictures beside it."""
    from rollproof import observed, report

    check_timeout(timeout)
    jobs = check_jobs(jobs)
    target = Path(out)
    roots = list(policies_dirs) or ["examples"]
    folders = input_folders(roots)
    if not folders:
        raise _fail(", ".join(roots), "(folder)", "holds no input", None,
                    "TOML policies, Terraform .tf files or Azure JSON in it or its subfolders")
    if target.is_dir():
        raise _fail(out, "--out", "is a folder", None, "a Markdown file path such as REPORT.md")
    if not target.parent.exists():
        raise _fail(out, "--out", "its folder does not exist", None, "a path in an existing folder")
    pfs = judge_all(load_policies([str(f) for f in folders], base=target.parent), expect_proved)
    id_list = check_ids(list(ids), pfs)
    cache = check_cache(cache_dir, no_cache)
    runs = observed_runs(roots) if not id_list else []
    pfs = pfs + report.baselines(pfs)  # each named choice compared with its default
    shown = progress_for("text", progress, verbose, pfs, id_list, jobs)
    t0 = time.monotonic()
    with verdict_cache(cache), checking._run_sessions(jobs):  # (the bounds share the checks' sessions)
        results = run_shown(shown, pfs, id_list, timeout, jobs)
        worst, worst_seconds = [], None
        todo = report.worst_policies(pfs, worst_which) if not id_list else []
        if todo:
            from rollproof import bounds

            if shown.mode != "off":
                click.echo(f"worst cases: {sum(len(bounds.worst_asks(pf)) for pf in todo)} bounds of "
                           f"{len(todo)} polic{'ies' if len(todo) != 1 else 'y'} …", err=True)
            t1 = time.monotonic()
            worst = bounds.worst_cases(todo, timeout, jobs)
            worst_seconds = time.monotonic() - t1
        if runs and shown.mode != "off":
            click.echo(f"observed runs: {len(runs)} against their policies …", err=True)
        answers = [(case, pf, observed.conform(pf.model, pf.policy, obs, timeout=timeout)) for case, pf, obs in runs]
        if shown.mode == "lines":
            click.echo(f"writing {target.as_posix()}: traces and pictures …", err=True)
        written = report.write(results, pfs, target, wall=(time.monotonic() - t0, jobs), worst=worst,
                               worst_which=worst_which if not id_list else "none", worst_seconds=worst_seconds,
                               observed=answers, jobs=jobs)
    visible = [r for r in results if not r.policy.hidden]
    click.echo(f"wrote {target.as_posix()} and {written.as_posix()}/ ({sum(not pf.hidden for pf in pfs)} policies, "
               f"{len(visible)} verdicts)")
    for line in console.summary_lines(visible, width=console.width()):
        click.echo(line)
    raise SystemExit(checking.exit_code(visible))


@cli.command()
@click.argument("trace", metavar="TRACE.itf.json")
def replay(trace: str) -> None:
    """Replay a trace through the model and say which property it violates (or witnesses), and where.

    A trace that does not replay (a step the model refuses, or a state that differs from the file)
    gets no verdict: the failure is said first, and the model's own run of the file's actions follows.
    """
    from rollproof import itf, render

    try:
        loaded = itf.read(trace)
    except itf.ItfError as e:
        raise BadInput(e.line()) from None
    rp = itf.replay(loaded)
    n = len(loaded.actions)
    verb = {"violates": "violated", "witnesses": "witnessed"}
    recorded = (f"{verb.get(loaded.outcome or '', loaded.outcome)} at step {loaded.at_step}"
                if loaded.outcome else "no outcome")
    if rp.mismatch:
        click.echo(f"replay: the trace does not replay in the {loaded.model} model: {rp.mismatch}")
        if loaded.property_id is not None:
            click.echo(f"{loaded.property_id}: no verdict, since the file's states are not the model's "
                       f"(the file records: {recorded})")
        click.echo("")
        plain = attrs.evolve(rp.trace, property_id=None, at_step=None, outcome=None, why=None)
        click.echo(render.render_trace(plain, policy_name=loaded.policy_name,
                                       title=f"the model's run of the file's {n} action{'s' if n != 1 else ''} "
                                             f"(policy {loaded.policy_name})"))
        raise SystemExit(1)
    click.echo(render.render_trace(rp.trace, policy_name=loaded.policy_name))
    click.echo("")
    click.echo(f"replay: {n} step{'s' if n != 1 else ''} through the {loaded.model} model; every state matches the file")
    if loaded.property_id is None:
        click.echo("a plain run: the file claims no property")
        raise SystemExit(0)
    f = rp.finding(loaded.property_id)
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
    ok = f is not None and f.outcome == loaded.outcome and f.at_step == loaded.at_step
    raise SystemExit(0 if ok else 1)


CONFORM_EXIT = ("Exit codes: 0 consistent (a run of the model explains every observation); 1 inconsistent "
                "(no run within the bound explains them); 2 bad input; 3 unknown (the work bound ran out).")


@cli.command("conform", epilog=CONFORM_EXIT, short_help="Check an observed run against a policy: which run explains it, or where it departs.")
@click.argument("policy", metavar="POLICY")
@click.argument("run", metavar="RUN.json")
@click.option("--name", "name", default=None, metavar="NAME", help="The policy, where the input holds several.")
@click.option("--steps-between", "steps", type=int, default=None, metavar="K",
              help="Model steps allowed before the first observation and between two (default: 8).  A larger "
                   "bound explains sparser runs and costs more.")
@click.option("--work", "units", type=int, default=None, metavar="UNITS",
              help="Z3 resource units the search may spend (default: 300 million; the same count on every "
                   "machine): past them the answer is unknown.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
@click.option("--out", "out", default=DEFAULT_OUT, show_default=True, metavar="DIR",
              help="Where the run (ITF) and the certificate (SMT-LIB) go.")
@click.option("--timeout", type=float, default=CHECK_CAP, show_default=True, metavar="SECONDS",
              help="A safety cap: past it the answer is unknown.  Answers are bounded by work, not by this.")
@click.option("--var", "var_items", multiple=True, metavar="NAME=VALUE",
              help="A Terraform variable's or ARM template parameter's value (repeatable; later wins).")
def conform_cmd(policy: str, run: str, name: str | None, steps: int | None, units: int | None, fmt: str, out: str,
                timeout: float, var_items: tuple[str, ...]) -> None:
    """Whether a run of POLICY's model explains the observations of RUN (a JSON array or JSON Lines,
    oldest first): objects of observables (rollproof list shows the names; any subset, an optional
    time), rolling-upgrade statuses as 'az vmss rolling-upgrade get-latest' prints them, or entries
    of 'az vmss get-os-upgrade-history'.

    Consistent: the run, written as an ITF trace.  Inconsistent at observation k: the observations
    before it are explained, and an unsat core of the observed facts shows that no run explains the
    first k; its SMT-LIB certificate is solved again.  Unknown: the work bound ran out.
    """
    from rollproof import observed

    check_timeout(timeout)
    if steps is not None and not 1 <= steps <= 128:
        raise _fail("command line", "--steps-between", "out of range", steps, "1..128")
    if units is not None and units < 1:
        raise _fail("command line", "--work", "out of range", units, "a count of Z3 resource units >= 1")
    pfs, _ = load_inputs([policy], var_items=var_items)
    chosen = [pf for pf in pfs if name is None or pf.name == name]
    if len(chosen) != 1:
        names = ", ".join(pf.name for pf in pfs)
        raise _fail(policy, "--name", "names no policy of this input" if name is not None else
                    f"holds {len(pfs)} policies", policyfile.show(name) if name is not None else None,
                    f"one of {names}")
    pf = chosen[0]
    try:
        obs = observed.read(run, pf.model, pf.policy)
    except PolicyFileError as e:
        raise BadInput(e.line()) from None
    answer = observed.conform(pf.model, pf.policy, obs, steps=steps or observed.DEFAULT_STEPS,
                              units=units or observed.DEFAULT_UNITS, timeout=timeout)
    stem = Path(run).name.removesuffix(".jsonl").removesuffix(".json")
    files = observed.write(answer, Path(out) / "conform", f"{pf.name}.{stem}", pf.name, run)
    if fmt == "json":
        click.echo(json.dumps(observed.to_json(answer, pf.model, pf.name, run, files), indent=2, ensure_ascii=False))
    else:
        click.echo(observed.text(answer, pf.model, pf.name, run, files))
    raise SystemExit({"consistent": 0, "inconsistent": 1}.get(answer.verdict, 3))


def _legend_epilog() -> str:
    """The verdict words (``properties.verdicts.LABELS``), each above its meaning, for 80 columns."""
    import textwrap

    from rollproof.properties.verdicts import LABELS

    lines = ["The verdict words (what check prints for each property):"]
    for word, meaning in LABELS.items():
        lines += [f"  {word}", *textwrap.wrap(meaning, width=76, initial_indent="      ", subsequent_indent="      ")]
    return "\b\n" + "\n".join(lines)


MODELS = ("scale_set", "cloud_service")


@cli.command("list", epilog=_legend_epilog(), short_help="The property catalog (or, with --keys, the policy keys).")
@click.option("--model", type=click.Choice(MODELS), default=None, help="Only this model's properties (or keys).")
@click.option("--keys", "show_keys", is_flag=True, help="List the policy keys (with their defaults) instead.")
def list_cmd(model: str | None, show_keys: bool) -> None:
    """The property catalog: ID, kind, clauses, statement, and where each applies (or, with --keys,
    every policy key)."""
    from rollproof import keys

    w = console.width()
    click.echo(keys.list_text(model, width=w) if show_keys else catalog.list_text(model, width=w))


@cli.command(short_help="One property or one policy key in full.")
@click.argument("name", metavar="ID|KEY")
def explain(name: str) -> None:
    """One property in full (statement, clauses, where it holds, what it depends on, how to read its
    trace), or one policy key (meaning, default, values, source).

    IDs in any case (vmss-batch-cap); a key bare (batch_rounding) or with its model
    (scale_set.batch_rounding). The IDs: rollproof list; the keys: rollproof list --keys.
    """
    from rollproof import keys

    w = console.width()
    found = keys.find(name)
    file_key = keys.file_key_text(name, width=w)
    if file_key:
        click.echo(file_key)
        return
    if found:
        click.echo("\n\n".join(keys.explain_text(k, width=w) for k in found))
        return
    try:
        click.echo(catalog.explain_property(name, width=w))
    except catalog.UnknownName:
        near = catalog.closest(name, catalog.all_ids() + keys.names())
        raise _fail("command line", "ID|KEY", "neither a property ID nor a policy key" + catalog.did_you_mean(near),
                    name, "an ID of 'rollproof list' or a key of 'rollproof list --keys'") from None


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


@cli.group("cache")
def cache_group() -> None:
    """The verdict cache of check and report (default: .rollproof_cache in the current folder)."""


@cache_group.command("clear")
@click.option("--cache-dir", "cache_dir", default=DEFAULT_CACHE, show_default=True, metavar="DIR",
              help="The cache folder to empty.")
def cache_clear(cache_dir: str) -> None:
    """Remove the cache folder and every verdict in it."""
    from rollproof import cache

    path = Path(cache_dir)
    try:
        n = cache.Cache(path).clear()
    except cache.CacheError as e:
        raise _fail(cache_dir, "--cache-dir", str(e), None, "a folder rollproof check or report made") from None
    click.echo(f"cleared {path.as_posix()} ({n} verdict{'s' if n != 1 else ''})")


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
