"""Run the engine over policies and properties, and write what each verdict carries.

``run`` asks ``solver.engine.check`` for one verdict per (policy, property), the checks of a policy
in one prover session, and returns ``Result`` values; ``write_artifacts`` puts the trace (ITF), its
picture and any certificate files under ``<out>/<policy-name>/``.  Exit codes and JSON follow the
interface contract; the shell prints.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterable

import attrs
from attrs import frozen

from properties.registry import Kind, Property, properties_for
from properties.verdicts import NotApplicable, Proved, Refuted, Unknown
from rollproof import itf
from rollproof.policyfile import PolicyFile

PICTURE_SUFFIX = ".svg"


@frozen
class Result:
    """One verdict, what was expected, and the files written for it (paths relative to the output folder)."""

    policy: PolicyFile
    prop: Property
    verdict: Any
    seconds: float
    trace: str | None = None
    picture: str | None = None
    files: tuple[str, ...] = ()

    @property
    def word(self) -> str:
        return self.verdict.verdict

    @property
    def expected(self) -> str:
        return self.policy.expected(self.prop.id)

    @property
    def matches(self) -> bool:
        return self.word == "not-applicable" or self.word == self.expected

    @property
    def trace_value(self) -> Any:
        return getattr(self.verdict, "trace", None)

    @property
    def trace_length(self) -> int | None:
        t = self.trace_value
        return None if t is None else len(t.steps)

    @property
    def witnessed(self) -> bool:
        return isinstance(self.verdict, Proved) and self.trace_value is not None


def engine_check(policy: Any, prop: Property, timeout: float, session: Any = None) -> Any:
    """The engine's verdict (imported late: the shell loads without Z3 until it checks), in
    ``session`` (a ``solver.session.ProverSession`` of the policy; a fresh one if None).

    Where the engine's strategies leave the check undecided, the fuzzer has a last try: a replayed
    counterexample, marked as not shown to be shortest (``rollproof.fuzzcheck.Fuzzer``).
    """
    from rollproof import fuzzcheck
    from solver import engine

    return engine.check(policy, prop, timeout=timeout, session=session, also=(fuzzcheck.Fuzzer(),))


def selected(pf: PolicyFile, ids: Iterable[str] | None) -> list[Property]:
    """The catalog properties of the policy's model, or the named ones among them (catalog order)."""
    props = properties_for(pf.model)
    if not ids:
        return props
    wanted = set(ids)
    return [p for p in props if p.id in wanted]


def check_one(pf: PolicyFile, prop: Property, timeout: float, session: Any = None) -> Result:
    """Ask the engine; an engine crash becomes ``Unknown`` naming the error (the run goes on)."""
    t0 = time.perf_counter()
    try:
        verdict = engine_check(pf.policy, prop, timeout, session)
    except Exception as e:  # noqa: BLE001 - one crashing check must not lose the others' verdicts
        verdict = Unknown(reason=f"internal error: {type(e).__name__}: {e}")
    seconds = time.perf_counter() - t0
    return Result(policy=pf, prop=prop, verdict=verdict, seconds=seconds)


def run(
    policies: list[PolicyFile],
    ids: Iterable[str] | None,
    timeout: float,
    on_start: Callable[[PolicyFile, Property, int, int], None] | None = None,
    on_result: Callable[[Result, int, int], None] | None = None,
    jobs: int = 1,
) -> list[Result]:
    """Every verdict, in policy then catalog order.

    With ``jobs`` > 1 the checks run in that many worker processes at once (each check still gets
    its own ``timeout``); ``on_result`` is then called in the order the checks finish, and
    ``on_start`` names the earliest check still running.
    """
    ids = list(ids or [])
    work = [(pf, p) for pf in policies for p in selected(pf, ids)]
    if jobs > 1 and len(work) > 1:
        return _run_parallel(work, timeout, on_start, on_result, min(jobs, len(work)))
    out = []
    sessions = _Sessions()
    try:
        for k, (pf, p) in enumerate(work, start=1):
            if on_start:
                on_start(pf, p, k, len(work))
            r = check_one(pf, p, timeout, sessions.of(pf))
            if on_result:
                on_result(r, k, len(work))
            out.append(r)
    finally:
        sessions.close()
    return out


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not every platform has it
        return max(1, os.cpu_count() or 1)


class _Sessions:
    """One prover session per policy, made at its first check (in the process that runs it), all
    sharing the run's ``memo`` (``solver.shared.Memo``) if given."""

    def __init__(self, memo: Any = None) -> None:
        self.memo = memo
        self.by_policy: dict[str, Any] = {}

    def of(self, pf: PolicyFile) -> Any:
        from solver.session import ProverSession

        if pf.name not in self.by_policy:
            self.by_policy[pf.name] = ProverSession(pf.policy, memo=self.memo)
        return self.by_policy[pf.name]

    def close(self) -> None:
        for s in self.by_policy.values():
            s.close()
        self.by_policy.clear()


@frozen
class _Run:
    """A parallel run as its workers inherit it: the checks, and the sessions each worker makes."""

    work: tuple[tuple[PolicyFile, Property], ...]
    sessions: _Sessions


_RUN: _Run | None = None  # the parallel run under way, inherited by its forked workers


def _check_at(k: int, timeout: float) -> tuple[Any, float]:
    assert _RUN is not None, "a worker of a parallel run"
    pf, prop = _RUN.work[k]
    r = check_one(pf, prop, timeout, _RUN.sessions.of(pf))
    return r.verdict, r.seconds


def _run_parallel(work, timeout, on_start, on_result, jobs) -> list[Result]:
    """``run`` over worker processes forked from this one, so they share the loaded policies (and
    whatever engine is installed).  The workers are started before any progress display runs; each
    keeps a prover session per policy for the checks it is given, as in a serial run, and the
    sessions share the model's invariants through the run's memo folder."""
    global _RUN
    from solver.shared import Memo

    ctx = multiprocessing.get_context("fork")
    results: dict[int, Result] = {}
    with tempfile.TemporaryDirectory(prefix="rollproof-memo-") as memo, \
            concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        _RUN = _Run(tuple(work), _Sessions(Memo(Path(memo))))  # (before the workers are forked)
        futures = {pool.submit(_check_at, k, timeout): k for k in _order(work)}
        if on_start:
            on_start(*work[0], 1, len(work))
        for done, fut in enumerate(concurrent.futures.as_completed(futures), start=1):
            k = futures[fut]
            pf, p = work[k]
            try:
                verdict, seconds = fut.result()
            except Exception as e:  # noqa: BLE001 - a lost worker loses one verdict, not the run
                verdict, seconds = Unknown(reason=f"internal error: {type(e).__name__}: {e}"), 0.0
            results[k] = Result(policy=pf, prop=p, verdict=verdict, seconds=seconds)
            if on_result:
                on_result(results[k], done, len(work))
            pending = [j for j in range(len(work)) if j not in results]
            if on_start and pending:
                on_start(*work[pending[0]], done + 1, len(work))
    _RUN = None
    return [results[k] for k in range(len(work))]


def _order(work: list[tuple[PolicyFile, Property]]) -> list[int]:
    """The order the checks are handed out in: each policy's first solver check before the rest.

    That check computes the policy's own invariant, which its other checks share (through the
    run's ``solver.shared.Memo``): handed out first, the policies' invariants are found by different workers
    at once, rather than the same one by every worker as it reaches the policy.
    """
    first: dict[str, int] = {}
    for k, (pf, p) in enumerate(work):
        if pf.name not in first and p.kind != Kind.CHECK and p.applies(pf.policy):
            first[pf.name] = k
    front = list(first.values())
    return front + [k for k in range(len(work)) if k not in set(front)]


# --------------------------------------------------------------------------------------------
# Files


def _named_trace(r: Result) -> Any:
    t = r.trace_value
    if t.property_id is None:
        outcome = "witnesses" if r.prop.kind == Kind.REACH else "violates"
        t = t.with_verdict(r.prop.id, len(t.steps), outcome)
    return t


def write_artifacts(r: Result, out: Path, *, pictures_too: bool = True) -> Result:
    """Write the trace, picture, certificate and solver files of ``r`` under ``out/<policy>/``."""
    folder = out / r.policy.name
    pid = r.prop.id
    files: list[str] = []
    trace_rel = picture_rel = None
    if r.trace_value is not None:
        folder.mkdir(parents=True, exist_ok=True)
        t = _named_trace(r)
        itf.write(folder / f"{pid}.itf.json", t, policy_name=r.policy.name)
        trace_rel = f"{r.policy.name}/{pid}.itf.json"
        if pictures_too:
            from rollproof import pictures  # matplotlib loads only when there is a picture to draw

            pictures.write(folder / f"{pid}{PICTURE_SUFFIX}", t, policy_name=r.policy.name)
            picture_rel = f"{r.policy.name}/{pid}{PICTURE_SUFFIX}"
    cert = getattr(r.verdict, "certificate", None)
    if cert:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{pid}.certificate.txt").write_text(cert.rstrip() + "\n", encoding="utf-8")
        files.append(f"{r.policy.name}/{pid}.certificate.txt")
    for name, text in getattr(r.verdict, "artifacts", ()) or ():
        folder.mkdir(parents=True, exist_ok=True)
        fname = name if name.startswith(pid) else f"{pid}.{name}"
        fname = fname.replace("/", "_")
        (folder / fname).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        files.append(f"{r.policy.name}/{fname}")
    return attrs.evolve(r, trace=trace_rel, picture=picture_rel, files=tuple(files))


# --------------------------------------------------------------------------------------------
# Summaries


def exit_code(results: list[Result]) -> int:
    """0 all match; 1 some (non-unknown) verdict differs; 3 some unexpected unknown and nothing else differs."""
    if any(not r.matches and r.word != "unknown" for r in results):
        return 1
    if any(not r.matches for r in results):
        return 3
    return 0


def scope_json(scope: Any) -> Any:
    if scope is None:
        return None
    inst = scope.instances
    if isinstance(inst, tuple):
        inst = list(inst)
    return {"instances": inst, "depth": scope.depth}


def scope_text(scope: Any, policy: Any = None) -> str:
    """The scope in words; ``policy`` (the model's policy) names the roles a parametric cloud
    service leaves open, whose sizes are what "every size" ranges over."""
    if scope is None:
        return "–"
    inst = scope.instances
    roles = getattr(policy, "roles", None)
    if isinstance(inst, (tuple, list)):
        n = f"N={inst[0]}..{inst[1]}"
    elif inst == "any" and roles:
        n = "every size (" + ", ".join(f"{r} ≥ 1" if c == "any" else f"{r} = {c}" for r, c in roles) + ")"
    elif inst == "any":
        n = "every N≥1"
    else:
        n = f"N={inst}"
    d = "unbounded" if scope.depth is None else f"depth ≤ {scope.depth}"
    return f"{n}, {d}"


def reason_of(v: Any) -> str | None:
    if isinstance(v, (Unknown, NotApplicable)):
        return v.reason
    if isinstance(v, Refuted):
        return v.reason
    return None


def result_json(r: Result) -> dict[str, Any]:
    v = r.verdict
    return {
        "id": r.prop.id,
        "kind": r.prop.kind.value,
        "clauses": list(r.prop.clauses),
        "statement": r.prop.statement,
        "verdict": r.word,
        "method": getattr(v, "method", None) or None,
        "scope": scope_json(getattr(v, "scope", None)),
        "seconds": round(r.seconds, 3),
        "certificate": getattr(v, "certificate", None),
        "trace": r.trace,
        "trace_length": r.trace_length,
        "at_step": getattr(r.trace_value, "at_step", None),
        "picture": r.picture,
        "files": list(r.files),
        "reason": reason_of(v),
        "holds_for": getattr(v, "holds_for", None),
        "certified_by": list(getattr(v, "certified_by", ()) or ()),
        "notes": list(getattr(v, "notes", ()) or ()),
        "expected": r.expected,
        "matches": r.matches,
    }


def versions() -> dict[str, str]:
    """The tool's and the solvers' versions."""
    from rollproof import __version__

    out = {"name": "rollproof", "version": __version__}
    try:
        import z3

        out["z3"] = z3.get_version_string()
    except ImportError:  # pragma: no cover - z3 is a dependency
        out["z3"] = "unavailable"
    return out


def to_json(results: list[Result], policies: list[PolicyFile]) -> dict[str, Any]:
    """The schema-1 document of the interface contract."""
    docs = []
    for pf in policies:
        docs.append({
            "name": pf.name,
            "file": pf.file,
            "model": pf.model,
            "parameters": pf.parameters,
            "results": [result_json(r) for r in results if r.policy is pf],
        })
    return {"schema": 1, "tool": versions(), "policies": docs}
