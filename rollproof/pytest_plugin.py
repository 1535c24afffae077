"""pytest plugin: ``pytest --rollproof PATH…`` checks policies as tests (docs/testing.md).

Off unless asked.  With ``--rollproof``, every input under the paths (TOML policies, Terraform,
Azure JSON, read as ``rollproof report`` reads a folder and ``rollproof check`` a file) becomes one
test item per policy and property, ``POLICY::PROPERTY``, that runs ``rollproof.checking.check_one``
and settles an unknown as ``rollproof check`` does (``checking.settle``):

* a verdict that matches the policy's ``[expect]`` table passes (a policy without one is explored:
  its refutations are findings and pass, unless ``--rollproof-expect-proved``);
* a verdict that differs fails, with the verdict, the path of its trace (ITF, under
  ``--rollproof-out``) and the trace's step table as the failure text (what ``--junitxml`` carries);
* ``unknown`` is a skip naming its reason (a failure under ``--rollproof-strict``).

Items carry the markers ``rollproof``, their model (``scale_set``, ``cloud_service``) and their kind
(``inv``, ``step``, ``reach``, ``live``, ``check``), and ``xdist_group`` = the policy's name, so
``--dist loadgroup`` keeps a policy's checks on one worker, where they share its prover session.
A broken input is one collection error: the ``error: FILE: KEY: …`` line of ``rollproof check``.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any, Iterator

import pytest

#: What ``pytest --markers`` says of each marker the items carry.
MARKERS = {
    "rollproof": "a rollproof check: one policy's property (pytest --rollproof PATH)",
    "scale_set": "a rollproof check of a scale-set policy",
    "cloud_service": "a rollproof check of a cloud-service policy",
    "inv": "a rollproof check of an invariant (every reachable state)",
    "step": "a rollproof check of a step property (every transition)",
    "reach": "a rollproof check of a reachability property (a run reaching a goal)",
    "live": "a rollproof check of a bounded-progress property",
    "check": "a rollproof table check (a pure function against the seeds)",
}

DEFAULT_TIMEOUT = 600.0  # ``rollproof.cli.CHECK_CAP``: the safety cap of one check


class InputError(Exception):
    """Bad input, worded as the one line ``rollproof check`` prints."""


class CheckFailed(Exception):
    """A verdict that differs from its expectation (or an unknown under ``--rollproof-strict``)."""


# --------------------------------------------------------------------------------------------
# Options


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("rollproof", "rollproof: each policy's verdicts as tests")
    group.addoption("--rollproof", action="extend", nargs="+", dest="rollproof", default=[], metavar="PATH",
                    help="Check the policies under these paths (TOML policies, Terraform, Azure JSON; "
                         "folders are read with their subfolders): one test per policy and property. "
                         "Put pytest's own paths before this option.")
    group.addoption("--rollproof-property", action="append", dest="rollproof_property", default=[], metavar="ID",
                    help="Check only this property (repeatable; any case; the IDs: rollproof list).")
    group.addoption("--rollproof-var", action="append", dest="rollproof_var", default=[], metavar="NAME=VALUE",
                    help="A Terraform variable's or ARM template parameter's value (repeatable; later wins).")
    group.addoption("--rollproof-timeout", type=float, dest="rollproof_timeout", default=DEFAULT_TIMEOUT,
                    metavar="SECONDS", help="The most a check may take, a safety cap: past it the check is "
                                            "unknown (default: %(default)s).")
    group.addoption("--rollproof-out", dest="rollproof_out", default=None, metavar="DIR",
                    help="Where traces, pictures and certificates go (default: rollproof-out under pytest's "
                         "base temporary folder).")
    group.addoption("--rollproof-cache-dir", dest="rollproof_cache_dir", default=None, metavar="DIR",
                    help="The verdict cache (default: .rollproof_cache in the rootdir).")
    group.addoption("--rollproof-no-cache", dest="rollproof_no_cache", action="store_true",
                    help="Solve every check anew: neither read nor write the verdict cache.")
    group.addoption("--rollproof-expect-proved", dest="rollproof_expect_proved", action="store_true",
                    help="Judge a policy without [expect] as if it expected every property proved "
                         "(default: such a policy is explored, and its refutations pass).")
    group.addoption("--rollproof-strict", dest="rollproof_strict", action="store_true",
                    help="An unknown verdict fails instead of being skipped.")


class Run:
    """The options of a ``--rollproof`` session, and what its checks share."""

    def __init__(self, config: pytest.Config) -> None:
        from rollproof import cli

        opt = config.option
        self.config = config
        self.paths: list[str] = list(opt.rollproof)
        self.ids: list[str] = list(opt.rollproof_property)
        self.var_items: tuple[str, ...] = tuple(opt.rollproof_var)
        self.timeout = float(opt.rollproof_timeout)
        self.expect_proved = bool(opt.rollproof_expect_proved)
        self.strict = bool(opt.rollproof_strict)
        try:
            cli.check_timeout(self.timeout)
            cache_dir = opt.rollproof_cache_dir or str(config.rootpath / cli.DEFAULT_CACHE)
            self.cache = cli.check_cache(cache_dir, bool(opt.rollproof_no_cache))
        except cli.BadInput as e:
            raise pytest.UsageError(_ours(str(e))) from None
        self._out = Path(opt.rollproof_out) if opt.rollproof_out else None
        self.stack = contextlib.ExitStack()

    @property
    def out(self) -> Path:
        """The folder traces go to (made on first use; pytest's base temporary folder by default)."""
        if self._out is None:
            factory = getattr(self.config, "_tmp_path_factory", None)
            self._out = factory.getbasetemp() / "rollproof-out" if factory is not None else Path(".rollproof_out")
        return self._out.resolve()

    def load(self) -> tuple[list[Any], list[str]]:
        """The policies under the paths (as ``rollproof check`` and ``report`` read them), judged as
        ``--rollproof-expect-proved`` says, and the notes to show as warnings (inputs skipped,
        properties a policy does not have); ``InputError`` for bad input.  A policy's own warnings
        (fields read but not modelled) go with each of its verdicts."""
        from rollproof import cli
        from rollproof.policyfile import PolicyFileError

        try:
            files: list[str] = []
            for p in self.paths:
                if Path(p).is_dir():
                    found = [f.as_posix() for f in cli.input_folders([p])]
                    if not found:
                        raise InputError(PolicyFileError(p, "(folder)", "holds no input", None, "TOML policies, "
                                                         "Terraform .tf files or Azure JSON in it or its subfolders").line())
                    files += [f for f in found if f not in files]
                elif p not in files:
                    files.append(p)
            pfs, notes = cli.load_inputs(files, var_items=self.var_items)
            pfs = cli.judge_all(pfs, self.expect_proved)
            self.ids = cli.check_ids(self.ids, pfs)
        except cli.BadInput as e:
            raise InputError(_ours(str(e))) from None
        return pfs, list(notes) + [_ours(n.removeprefix("note: ")) for n in cli.id_notes(self.ids, pfs)]


def _ours(text: str) -> str:
    """A message of the command line with its options named as this plugin names them."""
    return re.sub(r"(?<![\w-])--(property|var|timeout|cache-dir|no-cache)\b", r"--rollproof-\1", text)


RUN = pytest.StashKey[Run]()


def _run(config: pytest.Config) -> Run | None:
    return config.stash.get(RUN, None)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"rollproof: {MARKERS['rollproof']}")
    profile = config.getoption("hypothesis_profile", None)
    if isinstance(profile, str) and profile.startswith("rollproof-"):
        import rollproof.testing  # noqa: F401 - registers the rollproof-* settings profiles before they load
    if not config.option.rollproof:
        return
    for name, doc in MARKERS.items():
        if name != "rollproof":
            config.addinivalue_line("markers", f"{name}: {doc}")
    config.stash[RUN] = Run(config)


def _is_controller(config: pytest.Config) -> bool:
    """The xdist controller: it runs no test, its workers do."""
    return config.pluginmanager.hasplugin("dsession")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Each process that runs checks (every xdist worker) enters the verdict cache and the prover
    sessions of its checks, one per policy, which ``checking.check_one`` uses while they are active."""
    run = _run(session.config)
    if run is None or _is_controller(session.config):
        return
    from rollproof import checking, cli

    try:
        run.stack.enter_context(cli.verdict_cache(run.cache))
    except cli.BadInput as e:
        raise pytest.UsageError(_ours(str(e))) from None
    run.stack.enter_context(checking._run_sessions(1))


def pytest_sessionfinish(session: pytest.Session) -> None:
    run = _run(session.config)
    if run is not None:
        run.stack.close()


# --------------------------------------------------------------------------------------------
# Collection


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[Any]:
    """The session's collection gets one more node: the policies under ``--rollproof``."""
    rep = yield
    if isinstance(collector, pytest.Session) and _run(collector.config) is not None and rep.passed:
        rep.result.append(Policies.from_parent(collector, name="rollproof", nodeid="rollproof"))
    return rep


class Policies(pytest.Collector):
    """Every policy under the ``--rollproof`` paths (a broken input: this node's one error)."""

    def collect(self) -> list[pytest.Collector]:
        run = _run(self.config)
        assert run is not None
        pfs, notes = run.load()
        for note in notes:
            self.warn(pytest.PytestWarning(f"rollproof: {note}"))
        out: list[pytest.Collector] = []
        for pf in pfs:
            path = Path(pf.file).resolve() if Path(pf.file).exists() else self.path
            out.append(PolicyNode.from_parent(self, name=pf.name, nodeid=pf.name, path=path, policy_file=pf))
        return out

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:  # type: ignore[override]
        if isinstance(excinfo.value, InputError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


class PolicyNode(pytest.Collector):
    """One policy: an item per property (the catalog's, then the file's own ``[[property]]``)."""

    def __init__(self, *, policy_file: Any, **kw: Any) -> None:
        super().__init__(**kw)
        self.policy_file = policy_file

    def collect(self) -> list[pytest.Item]:
        from rollproof import checking

        run = _run(self.config)
        assert run is not None
        pf = self.policy_file
        xdist = self.config.pluginmanager.hasplugin("xdist")
        items: list[pytest.Item] = []
        for prop in checking.selected(pf, run.ids or None):
            item = CheckItem.from_parent(self, name=prop.id, nodeid=f"{pf.name}::{prop.id}", policy_file=pf, prop=prop)
            for mark in ("rollproof", pf.model, prop.kind.value):
                item.add_marker(mark)
            if xdist:
                item.add_marker(pytest.mark.xdist_group(name=pf.name))
            items.append(item)
        return items


class CheckItem(pytest.Item):
    """One policy's property: its verdict against the policy's expectation."""

    def __init__(self, *, policy_file: Any, prop: Any, **kw: Any) -> None:
        super().__init__(**kw)
        self.policy_file = policy_file
        self.prop = prop
        self.result: Any = None

    def reportinfo(self) -> tuple[Any, int | None, str]:
        """The policy file, at the line of its ``[expect]`` entry for the property (else its top)."""
        return self.path, _expect_line(self.path, self.prop.id), f"{self.policy_file.name}::{self.prop.id}"

    def runtest(self) -> None:
        from rollproof import checking

        run = _run(self.config)
        assert run is not None
        # As ``rollproof check`` of this one property: the engine, then an unknown settled (the
        # fuzzer, the runs of the policy with a parameter at its default).
        r = checking.check_one(self.policy_file, self.prop, run.timeout, fuzz=False)
        if r.word == "unknown":
            (r,) = checking.settle([r], run.timeout)
        if r.trace_value is not None or getattr(r.verdict, "certificate", None) or getattr(r.verdict, "artifacts", None):
            r = checking.write_artifacts(r, run.out)
        self.result = r
        self.user_properties += [("verdict", r.label), ("expected", r.expected or "explored")]
        if r.trace:
            self.user_properties.append(("trace", (run.out / r.trace).as_posix()))
        unknown = r.word == "unknown" and r.expected != "unknown"
        if (unknown and run.strict) or (not unknown and not r.matches):
            raise CheckFailed("\n".join(failure_text(r, run.out)))
        self.add_report_section("call", "rollproof", "\n".join(summary(r, run.out)))  # (shown by -rP, -rs)
        if unknown:  # (reported at the policy file, as a skip marker is)
            raise pytest.skip.Exception(f"{r.policy.name}::{r.prop.id}: unknown: "
                                        f"{checking.reason_of(r.verdict) or 'no verdict'}", _use_item_location=True)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:  # type: ignore[override]
        if isinstance(excinfo.value, CheckFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


def _expect_line(path: Path, pid: str) -> int:
    """The 0-based line of ``PID = …`` in ``path`` (0 if none, or not a text file)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    except (OSError, UnicodeDecodeError):
        return 0
    pattern = re.compile(rf"^\s*\"?{re.escape(pid)}\"?\s*=")
    return next((k for k, line in enumerate(lines) if pattern.match(line)), 0)


# --------------------------------------------------------------------------------------------
# What a verdict says


def summary(r: Any, out: Path) -> list[str]:
    """The verdict as ``rollproof check`` prints it, and where its files are."""
    from rollproof import console

    pf = r.policy
    how = "judged against its [expect] table" if pf.judged else "explored: no [expect] table, so refutations are findings"
    lines = [f"{pf.name} · {pf.model} · {pf.file}: {how}"]
    lines += console.check_lines(r, len(r.prop.id), len(r.label) + 3 + len(r.expected or ""))
    method = getattr(r.verdict, "method", None)
    if method:
        lines.append(f"  method: {method}")
    lines += [f"  warning: {w}" for w in pf.warnings()]
    for rel, what in [(r.trace, "trace"), (r.picture, "picture"), *((f, "file") for f in r.files)]:
        if rel:
            lines.append(f"  {what}: {(out / rel).as_posix()}")
    if r.trace:
        lines.append(f"  replay: rollproof replay {(out / r.trace).as_posix()}")
    return lines


def failure_text(r: Any, out: Path) -> list[str]:
    """What a failing check says: the verdict against the expectation, the trace's path, and its
    step table."""
    from rollproof import render

    expected = r.expected or "explored"
    head = (f"{r.policy.name}::{r.prop.id}: {r.label}, expected {expected}" if r.word != "unknown" or expected == "unknown"
            else f"{r.policy.name}::{r.prop.id}: unknown (--rollproof-strict), expected {expected}")
    lines = [head, *summary(r, out)]
    if r.trace_value is not None:
        lines += ["", render.render_trace(r.trace_value, policy_name=r.policy.name)]
    return lines
