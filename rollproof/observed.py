"""Observed runs: what ``rollproof conform`` reads, and what it answers.

A run is a JSON array, or JSON Lines (one value a line), of observations, oldest first (or one
object, pretty-printed or not: a run of one observation).  Each
observation is a partial view of one state of the fleet, in one of three shapes:

* an object of observables (``properties.observables``: ``status``, ``upgrading``, ``failed``,
  ``successful``, ``pending``…, any subset), with an optional ``time``;
* a rolling-upgrade status, ``RollingUpgradeStatusInfo`` as ``az vmss rolling-upgrade
  get-latest`` prints it: ``properties.runningStatus.code`` (RollingForward, Cancelled, Completed,
  Faulted) and ``properties.progress`` (successfulInstanceCount, failedInstanceCount,
  inProgressInstanceCount, pendingInstanceCount), its time ``runningStatus.lastActionTime`` or
  ``startTime``;
* an OS-upgrade history entry, ``UpgradeOperationHistoricalStatusInfo`` as ``az vmss
  get-os-upgrade-history`` lists them (``properties.runningStatus.code``, ``properties.progress``),
  its time ``runningStatus.endTime`` or ``startTime``.  That command lists the newest first: a run
  lists them oldest first.

The Azure shapes are read by the REST API specification's field names (Microsoft.Compute,
virtualMachineScaleSets); their other fields (the policy, the error, the image) are not
constrained.  Bad input is one line naming the file, the observation, the key as written, the
value and what is allowed (``PolicyFileError``).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from attrs import frozen

from rollproof.model import scale_set as ss
from rollproof.properties import observables
from rollproof.policyfile import PolicyFileError, show
from rollproof.solver.conform import Fact

#: ``runningStatus.code`` and the observable ``status``'s names, as the model's status values.
STATUS_CODES = {"RollingForward": ss.Status.ROLLING_FORWARD, "Completed": ss.Status.COMPLETED,
                "Cancelled": ss.Status.CANCELLED, "Faulted": ss.Status.FAULTED}
STATUS_NAMES = {**{k.lower(): v for k, v in STATUS_CODES.items()}, "idle": ss.Status.IDLE,
                **{s.name.lower(): s for s in ss.Status}}
#: ``properties.progress``'s counts, as observables.
PROGRESS = {"successfulInstanceCount": "successful", "failedInstanceCount": "failed",
            "inProgressInstanceCount": "upgrading", "pendingInstanceCount": "pending"}


@frozen
class Observation:
    """One observation: its number (from 1), where it is in the file, its shape, time and facts."""

    number: int
    where: str  # "observation 3" or "line 5"
    shape: str  # "observables", "rolling-upgrade status" or "os-upgrade history entry"
    time: str | None
    facts: tuple[Fact, ...]


def _fail(file: str, key: str, what: str, got: Any = None, allowed: str | None = None) -> PolicyFileError:
    return PolicyFileError(file, key, what, None if got is None else show(got), allowed)


def _kind(v: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
            type(None): "null"}.get(type(v), "a number")


def read(path: str, model: str, policy: Any) -> list[Observation]:
    """The observations of the run at ``path`` for a policy of ``model``; ``PolicyFileError`` for a
    missing or malformed file, or an observation that names no observable or a value out of range."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _fail(path, "(file)", "no such file", None, "a JSON array or JSON Lines of observations") from None
    except (OSError, UnicodeDecodeError) as e:
        raise _fail(path, "(file)", f"cannot be read ({type(e).__name__})", None, "a UTF-8 text file") from None
    values: list[tuple[str, Any]] = []
    whole: Any = None
    if text.lstrip().startswith("{"):
        try:  # one object, pretty-printed (as az prints one status): a run of one observation
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None
    if isinstance(whole, dict):
        values = [("observation 1", whole)]
    elif text.lstrip().startswith("["):
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as e:
            raise _fail(path, f"line {e.lineno}", f"not JSON: {e.msg} at column {e.colno}", None,
                        "a JSON array of observations, or JSON Lines") from None
        values = [(f"observation {i + 1}", v) for i, v in enumerate(doc)]
    else:
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                values.append((f"line {n}", json.loads(line)))
            except json.JSONDecodeError as e:
                raise _fail(path, f"line {n}", f"not JSON: {e.msg} at column {e.colno}", None,
                            "one JSON object per line (JSON Lines), or a JSON array") from None
    if not values:
        raise _fail(path, "(file)", "holds no observation", None, "at least one observation, oldest first")
    found = observables.of(model, policy)
    out: list[Observation] = []
    last_time: tuple[datetime, str] | None = None
    for number, (where, v) in enumerate(values, start=1):
        o = _observation(path, where, number, v, model, found)
        if o.time is not None:
            t = _parse_time(path, f"{where}: {_time_key(o.shape)}", o.time)
            if last_time is not None and t < last_time[0]:
                raise _fail(path, f"{where}: {_time_key(o.shape)}", f"earlier than the observation before ({last_time[1]})",
                            o.time, "observations oldest first")
            last_time = (t, o.time)
        out.append(o)
    return out


def _time_key(shape: str) -> str:
    return "time" if shape == "observables" else "properties.runningStatus.(time)"


def _parse_time(path: str, key: str, text: Any) -> datetime:
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return datetime.fromtimestamp(float(text))
    try:
        t = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        raise _fail(path, key, "not a time", text, "an ISO 8601 time such as 2024-05-01T10:00:00Z, or seconds") from None
    return t if t.tzinfo is not None else t.astimezone()


def _observation(path: str, where: str, number: int, v: Any, model: str, found: dict) -> Observation:
    if not isinstance(v, dict):
        raise _fail(path, where, f"must be an object, is {_kind(v)}", None,
                    "an object of observables, a RollingUpgradeStatusInfo or an OS-upgrade history entry")
    props = v.get("properties")
    if isinstance(props, dict) and ("runningStatus" in props or "progress" in props):
        return _azure(path, where, number, props, model)
    if "properties" in v:
        raise _fail(path, f"{where}: properties", "has neither runningStatus nor progress", None,
                    "a RollingUpgradeStatusInfo or UpgradeOperationHistoricalStatusInfo (az vmss rolling-upgrade "
                    "get-latest, az vmss get-os-upgrade-history)")
    facts = []
    time = None
    for key, value in v.items():
        if key == "time":
            time = value if isinstance(value, (str, int, float)) and not isinstance(value, bool) else _bad_time(path, where, value)
            continue
        if key not in found:
            raise _fail(path, f"{where}: {key}", "names no observable of this policy", None,
                        ", ".join(["time", *found]))
        o = found[key]
        if key == "status" and model == "scale_set" and isinstance(value, str):
            code = STATUS_NAMES.get(value.lower())
            if code is None:
                raise _fail(path, f"{where}: {key}", "is no upgrade status", value,
                            ", ".join([*STATUS_CODES, "Idle"]))
            facts.append(Fact(number, key, int(code)))
            continue
        if o.sort == observables.BOOL:
            if not isinstance(value, bool):
                raise _fail(path, f"{where}: {key}", "must be true or false", value, "true or false")
        elif key == "status" and model == "scale_set":
            if isinstance(value, bool) or not isinstance(value, int) or value not in {int(s) for s in ss.Status}:
                raise _fail(path, f"{where}: {key}", "is no upgrade status", value,
                            ", ".join([*STATUS_CODES, "Idle"]) + f", or its number 0..{max(map(int, ss.Status))}")
        elif isinstance(value, bool) or not isinstance(value, int) or value < 0:
            # (A count beyond the fleet is no malformed file: it is an observation no run explains.)
            raise _fail(path, f"{where}: {key}", "must be a count", value, "an integer >= 0")
        facts.append(Fact(number, key, value))
    if not facts:
        raise _fail(path, where, "observes nothing", None, "at least one observable (rollproof list --help names them)")
    return Observation(number, where, "observables", time, tuple(facts))


def _bad_time(path: str, where: str, value: Any) -> Any:
    raise _fail(path, f"{where}: time", f"must be a time, is {_kind(value)}", None,
                "an ISO 8601 time such as 2024-05-01T10:00:00Z, or seconds")


def _azure(path: str, where: str, number: int, props: dict, model: str) -> Observation:
    if model != "scale_set":
        raise _fail(path, f"{where}: properties", "is a scale set's upgrade status, and the policy is a cloud service's",
                    None, "an object of the cloud service's observables")
    facts: list[Fact] = []
    rs = props.get("runningStatus")
    history = isinstance(rs, dict) and ("endTime" in rs or any(k in props for k in ("startedBy", "targetImageReference", "rollbackInfo")))
    shape = "os-upgrade history entry" if history else "rolling-upgrade status"
    time = None
    if rs is not None:
        if not isinstance(rs, dict):
            raise _fail(path, f"{where}: properties.runningStatus", f"must be an object, is {_kind(rs)}", None,
                        "{code, startTime, …}")
        code = rs.get("code")
        if code is not None:
            if code not in STATUS_CODES:
                raise _fail(path, f"{where}: properties.runningStatus.code", "is no running status", code,
                            ", ".join(STATUS_CODES))
            facts.append(Fact(number, "status", int(STATUS_CODES[code])))
        for key in (("endTime", "startTime") if history else ("lastActionTime", "startTime")):
            if rs.get(key) is not None:
                time = rs[key]
                _parse_time(path, f"{where}: properties.runningStatus.{key}", time)
                break
    progress = props.get("progress")
    if progress is not None:
        if not isinstance(progress, dict):
            raise _fail(path, f"{where}: properties.progress", f"must be an object, is {_kind(progress)}", None,
                        ", ".join(PROGRESS))
        for key, name in PROGRESS.items():
            value = progress.get(key)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise _fail(path, f"{where}: properties.progress.{key}", "must be a count", value, "an integer >= 0")
            facts.append(Fact(number, name, value))
    if not facts:
        raise _fail(path, f"{where}: properties", "observes nothing", None,
                    "runningStatus.code or progress counts")
    return Observation(number, where, shape, time if isinstance(time, str) else None, tuple(facts))


# --------------------------------------------------------------------------------------------
# Checking a run against a policy


#: The default bound: model steps before the first observation and between two.
DEFAULT_STEPS = 8
#: Z3 resource units every query of one run may spend together.
DEFAULT_UNITS = 300_000_000


@frozen
class Answer:
    """What ``conform`` found: ``verdict`` (consistent, inconsistent, unknown), the run (a ``Trace``
    of the model, as far as it is explained), each explained observation's state in it, and for an
    inconsistency the observation no run reaches, the core's facts and the certificate."""

    verdict: str
    observations: tuple[Observation, ...]
    steps: int
    work: int
    seconds: float
    trace: Any = None
    at: tuple[int, ...] = ()
    inconsistent_at: int | None = None
    core: tuple[Fact, ...] = ()
    certificate: tuple[tuple[str, str], ...] = ()
    rechecked: str | None = None
    reason: str | None = None
    minimal: bool = True


def conform(model: str, policy: Any, observations: list[Observation], *, steps: int = DEFAULT_STEPS,
            units: int = DEFAULT_UNITS, timeout: float = 600.0) -> Answer:
    """Whether a run of the policy's model explains the observations (``solver.conform.explain``);
    the run found is replayed by the per-instance model, and each observation it explains is read
    again off that run's states by the observables' per-instance readings."""
    import time

    from rollproof.solver import conform as SC
    from rollproof.solver.work import Timeout

    t0 = time.monotonic()
    facts = [list(o.facts) for o in observations]
    try:
        r = SC.explain(model, policy, facts, gap=steps, work_units=units, timeout=timeout)
    except Timeout:
        return Answer("unknown", tuple(observations), steps, 0, time.monotonic() - t0,
                      reason=f"its {timeout:g} s ran out")
    seconds = time.monotonic() - t0
    run = r if isinstance(r, SC.Consistent) else r.prefix
    if isinstance(r, SC.Unknown):
        trace = _replayed(model, policy, run, observations) if run is not None else None
        return Answer("unknown", tuple(observations), steps, r.work, seconds, trace,
                      tuple(run.at) if run is not None else (), reason=r.reason)
    trace = _replayed(model, policy, run, observations) if run is not None else None
    at = tuple(run.at) if run is not None else ()
    if isinstance(r, SC.Consistent):
        return Answer("consistent", tuple(observations), steps, r.work, seconds, trace, at)
    return Answer("inconsistent", tuple(observations), steps, r.work, seconds, trace, at, r.at, r.core,
                  r.scripts, r.rechecked, minimal=r.minimal)


def _replayed(model: str, policy: Any, run: Any, observations: list[Observation]) -> Any:
    from rollproof.model.systems import counting
    from rollproof.solver.decode import EncodingError, realise

    C = counting(model)
    pol, counts, args = C.specialise(policy, list(run.counts), list(run.args))
    trace = realise(model, pol, counts, list(run.acts), args, label="conform")
    states = trace.states
    found = observables.of(model, trace.policy)
    for o, k in zip(observations, run.at):
        for f in o.facts:
            seen = found[f.name].plain(trace.policy, states[k])
            if seen != f.value:
                raise EncodingError(f"conform: observation {o.number}: the run's state {k} reads "
                                    f"{f.name} = {seen}, the solver said {f.value}")
    return trace


def status_name(value: int) -> str:
    return next((k for k, v in STATUS_CODES.items() if int(v) == value), ss.Status(value).name.title())


def fact_text(model: str, f: Fact) -> str:
    if model == "scale_set" and f.name == "status":
        return f"status = {status_name(int(f.value))}"
    return f.text()


def certificate_text(scripts: tuple[tuple[str, str], ...]) -> str:
    """The certificate's scripts as one SMT-LIB file: each in a scope of its own, each unsat."""
    parts = ["; rollproof conform: an inconsistency certificate.  Each scope below is unsatisfiable;",
             "; together they show that no run of the model explains the observations named."]
    for k, (what, text) in enumerate(scripts, start=1):
        parts += [f"; ({k}) {what}", "(push 1)", text.strip(), "(pop 1)"]
    return "\n".join(parts) + "\n"


def write(answer: Answer, out_dir: Path, stem: str, policy_name: str, run_file: str) -> dict[str, str]:
    """Write the run (ITF) and the certificate (SMT-LIB) under ``out_dir``; their paths."""
    from rollproof import itf

    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}
    if answer.trace is not None:
        doc = itf.to_json(answer.trace, policy_name=policy_name)
        explained = len(answer.at)
        doc["#meta"]["description"] = (
            f"a run of the model explaining observations 1..{explained} of {run_file} (policy {policy_name})")
        doc["#meta"]["observations"] = [{"observation": o.number, "state": k}
                                        for o, k in zip(answer.observations, answer.at)]
        for o, k in zip(answer.observations, answer.at):
            doc["states"][k]["#meta"]["observation"] = o.number
        path = out_dir / f"{stem}.itf.json"
        path.write_text(itf.dumps(doc), encoding="utf-8")
        files["trace"] = path.as_posix()
    if answer.certificate:
        path = out_dir / f"{stem}.unsat.smt2"
        path.write_text(certificate_text(answer.certificate), encoding="utf-8")
        files["certificate"] = path.as_posix()
    return files


def to_json(answer: Answer, model: str, policy_name: str, run_file: str, files: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "schema": 1,
        "policy": policy_name,
        "run": run_file,
        "verdict": answer.verdict,
        "observations": len(answer.observations),
        "steps_between": answer.steps,
        "work": answer.work,
        "seconds": round(answer.seconds, 3),
        "explained": len(answer.at),
        "states": [{"observation": o.number, "state": k} for o, k in zip(answer.observations, answer.at)],
        "steps": len(answer.trace.steps) if answer.trace is not None else None,
        "actions": [s.action.call_text() for s in answer.trace.steps] if answer.trace is not None else [],
        "files": files,
    }
    if answer.verdict == "inconsistent":
        out["inconsistent_at"] = answer.inconsistent_at
        out["core"] = [{"observation": f.obs, "observable": f.name, "value": f.value,
                        "text": fact_text(model, f)} for f in answer.core]
        out["rechecked_by"] = answer.rechecked
        out["core_minimal"] = answer.minimal
    if answer.reason:
        out["reason"] = answer.reason
    return out


def text(answer: Answer, model: str, policy_name: str, run_file: str, files: dict[str, str]) -> str:
    n = len(answer.observations)
    bound = f"at most {answer.steps} model steps before the first observation and between two"
    lines = []
    if answer.verdict == "consistent":
        m = len(answer.trace.steps)
        what = f"all {n} observations" if n > 1 else "the observation"
        lines.append(f"{run_file}: consistent with {policy_name}: a run of {m} step{'s' if m != 1 else ''} "
                     f"explains {what} ({answer.seconds:.2f} s)")
    elif answer.verdict == "inconsistent":
        k = answer.inconsistent_at
        lines.append(f"{run_file}: inconsistent with {policy_name} at observation {k} of {n}: no run of the model "
                     f"with {bound} explains observations 1..{k} ({answer.seconds:.2f} s)")
        lines.append(f"  explained: observations 1..{k - 1}" if k > 1 else "  explained: none (not even the first)")
        lines.append(f"  no run meets these facts together ({'a minimal' if answer.minimal else 'an'} unsat core, "
                     f"its certificate solved again by {answer.rechecked}):")
        for f in answer.core:
            lines.append(f"    observation {f.obs}: {fact_text(model, f)}")
    else:
        lines.append(f"{run_file}: unknown for {policy_name}: {answer.reason} ({answer.seconds:.2f} s)")
        lines.append(f"  explained so far: observations 1..{len(answer.at)}" if answer.at else "  explained so far: none")
    if answer.trace is not None:
        where: dict[int, list[int]] = {}
        for o, k in zip(answer.observations, answer.at):
            where.setdefault(k, []).append(o.number)

        def mark(k: int) -> str:
            nums = where.get(k)
            return f"   <- observation{'s' if len(nums) > 1 else ''} {', '.join(map(str, nums))}" if nums else ""

        lines.append("  the run:" if answer.verdict == "consistent" else "  a run of the explained observations:")
        if 0 in where:
            lines.append(f"      0. (the initial state){mark(0)}")
        for k, step in enumerate(answer.trace.steps, start=1):
            lines.append(f"    {k:3}. {step.action.call_text()}{mark(k)}")
    for what, path in files.items():
        lines.append(f"  {what}: {path}")
    if answer.verdict != "consistent":
        lines.append(f"  bound: {bound} (--steps-between)")
    return "\n".join(lines)
