"""Traces as ITF JSON (Apalache ADR-015), and their replay through the model.

A file holds ``#meta`` (format, source ``rollproof``, model, property, policy name, the policy's
parameters, the outcome and its step, the arguments of the initial state), ``vars`` and one state
per step.  Each state has ``#meta.index``, an ``action`` variable ``{name, args}`` (``init`` for
state 0), the instances as ``{"#map": [[id, record], …]}`` (each record the model's own: a scale
set's instance names its domain ``zone`` in a zonal set, ``ud`` under Service Fabric, and neither in
a set of one domain) and the model's global fields.  Reading
checks the structure and rebuilds the policy, the initial state and the actions; ``replay`` runs
them through ``model.core.replay``, compares every state with the file, and re-evaluates the
registry's predicates on the counting view of each state to say which property fails (or is
witnessed) at which step.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
from attrs import frozen

from rollproof.model import systems
from rollproof.model.core import Action, PolicyError, Refused, Trace, replay as core_replay
from rollproof.model.logic import CONCRETE
from rollproof import policyfile

FORMAT = "ITF"
FORMAT_DESCRIPTION = "https://apalache-mc.org/docs/adr/015adr-trace.html"
SOURCE = "rollproof"
OUTCOMES = ("violates", "witnesses")
_SAFE_INT = 2**53 - 1
NONE = {"tag": "None", "value": {"#tup": []}}


class ItfError(Exception):
    """A trace file that is malformed or foreign: ``error: FILE: KEY: what (got …; allowed …)``."""

    def __init__(self, file: str, key: str, what: str, got: Any = None, allowed: str | None = None) -> None:
        self.inner = policyfile.PolicyFileError(file, key, what, got, allowed)
        super().__init__(self.inner.line())

    def line(self) -> str:
        return self.inner.line()


# --------------------------------------------------------------------------------------------
# Values


def encode(v: Any) -> Any:
    """A Python value as an ITF expression."""
    if v is None:  # ITF has no null: the Quint-style variant of an absent option
        return dict(NONE)
    if isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if -_SAFE_INT <= v <= _SAFE_INT else {"#bigint": str(v)}
    if hasattr(v, "name") and hasattr(v, "value"):  # an enum member
        return str(v.name)
    if isinstance(v, (set, frozenset)):
        items = [encode(x) for x in v]
        return {"#set": sorted(items, key=_sort_key)}
    if isinstance(v, dict):
        if all(isinstance(k, str) and not k.startswith("#") for k in v):
            return {k: encode(x) for k, x in v.items()}
        return {"#map": [[encode(k), encode(x)] for k, x in v.items()]}
    if isinstance(v, (list, tuple)):
        return [encode(x) for x in v]
    raise TypeError(f"no ITF form for {type(v).__name__}")


def _sort_key(x: Any) -> str:
    return json.dumps(x, sort_keys=True)


def decode(e: Any) -> Any:
    """An ITF expression as a Python value: sets → frozenset, maps → dict, sequences → tuple."""
    if isinstance(e, dict):
        if "#bigint" in e:
            return int(e["#bigint"])
        if "#set" in e:
            return frozenset(decode(x) for x in e["#set"])
        if "#tup" in e:
            return tuple(decode(x) for x in e["#tup"])
        if "#map" in e:
            return {decode(k): decode(x) for k, x in e["#map"]}
        if e == NONE:
            return None
        if "#unserializable" in e:
            raise ValueError(f"unserializable value {e['#unserializable']!r}")
        return {k: decode(x) for k, x in e.items()}
    if isinstance(e, list):
        return tuple(decode(x) for x in e)
    return e


# --------------------------------------------------------------------------------------------
# Writing


def _records(model: str, state: Any) -> tuple[dict[Any, dict[str, Any]], dict[str, Any]]:
    from rollproof import render

    return render.instance_records(state, model=model), systems.reference(model).global_record(state)


def init_kwargs(model: str, state: Any) -> dict[str, Any]:
    """The arguments of ``initial_state(policy, …)`` that rebuild ``state`` (beside the policy)."""
    ref = systems.reference(model)
    custom = getattr(ref, "init_kwargs", None)
    if callable(custom):
        return dict(custom(state))
    inst, glob = _records(model, state)
    if model == "scale_set":
        sick = frozenset(i for i, r in inst.items() if r["health"] == "unhealthy")
        return {"n": len(inst), "unhealthy": sick}
    if model == "cloud_service" and glob.get("update") is not None and state.policy.initial == "stuck":
        crashed = frozenset(i for i, r in inst.items() if r["phase"] == "crashed")
        return {"at_ud": glob["update"]["current_ud"], "crashed": crashed}
    return {}


def _state_json(model: str, index: int, action: Any, state: Any, refused: Refused | None) -> dict[str, Any]:
    inst, glob = _records(model, state)
    if action is None:
        act: dict[str, Any] = {"name": "init", "args": {}}
    else:
        act = {"name": action.name, "args": {k: encode(v) for k, v in action.args}}
    if refused is not None:
        act["refused"] = str(refused)
    out: dict[str, Any] = {"#meta": {"index": index}, "action": act,
                           "instances": {"#map": [[encode(i), encode(r)] for i, r in inst.items()]}}
    for k, v in glob.items():
        out[k] = encode(v)
    return out


def to_json(trace: Trace, *, policy_name: str, property_id: str | None = None) -> dict[str, Any]:
    """The ITF document of ``trace`` (a plain JSON value)."""
    from rollproof import __version__

    model = trace.model
    states = [_state_json(model, 0, None, trace.init, None)]
    for k, step in enumerate(trace.steps, start=1):
        states.append(_state_json(model, k, step.action, step.state, step.refused))
    pid = trace.property_id or property_id
    meta = {
        "format": FORMAT,
        "format-description": FORMAT_DESCRIPTION,
        "source": SOURCE,
        "version": __version__,
        "description": f"{pid} {trace.outcome or 'run'} at step {trace.at_step} (policy {policy_name})",
        "model": model,
        "property": pid,
        "policy": policy_name,
        "parameters": encode(policyfile.parameters(trace.policy)),
        "init": encode(init_kwargs(model, trace.init)),
        "outcome": trace.outcome,
        "at_step": trace.at_step,
        "length": len(trace.steps),
    }
    if trace.why:
        meta["why"] = trace.why
    from rollproof.properties import user

    asked = user.DEFINED.get((model, pid))
    if asked is not None:  # a policy file's own question: the trace carries it, so it replays alone
        meta["question"] = {"kind": asked.kind, "expression": asked.source, "description": asked.description}
    gvars = [k for k in states[0] if k not in ("#meta", "action", "instances")]
    return {"#meta": meta, "vars": ["action", "instances", *gvars], "states": states}


def dumps(doc: dict[str, Any]) -> str:
    """The document with one line per state: compact, and a changed step is a one-line diff."""
    def one(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False, separators=(", ", ": "))

    head = [f' "{k}": {one(v)}' for k, v in doc.items() if k != "states"]
    states = ",\n".join(f"  {one(st)}" for st in doc["states"])
    return "{\n" + ",\n".join([*head, f' "states": [\n{states}\n ]']) + "\n}\n"


def write(path: str | Path, trace: Trace, *, policy_name: str, property_id: str | None = None) -> None:
    Path(path).write_text(dumps(to_json(trace, policy_name=policy_name, property_id=property_id)), encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Reading


@frozen
class Loaded:
    """A structurally valid trace file: what it claims, and the values rebuilt from it."""

    file: str
    model: str
    property_id: str
    policy_name: str
    outcome: str | None
    at_step: int | None
    policy: Any
    init: Any
    actions: tuple[Action, ...]
    states: tuple[dict[str, Any], ...]  # each state decoded: instances and globals, no action


def _need(cond: bool, file: str, key: str, what: str, got: Any = None, allowed: str | None = None) -> None:
    if not cond:
        raise ItfError(file, key, what, None if got is None else _short(got), allowed)


def _short(v: Any) -> str:
    text = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else json.dumps(v)
    return text if len(text) <= 60 else text[:57] + "…"


def read(path: str | Path, *, display: str | None = None) -> Loaded:
    """Read and check a trace file; raises ``ItfError`` for a malformed or foreign file."""
    path = Path(path)
    file = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ItfError(file, "(file)", "no such file", None, "an .itf.json trace written by rollproof") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ItfError(file, "(file)", f"cannot be read: {e}", None, "an .itf.json trace written by rollproof") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise ItfError(file, f"line {e.lineno}", f"not JSON: {e.msg}", None, "ITF JSON (ADR-015)") from None
    return parse(doc, file=file)


def parse(doc: Any, *, file: str) -> Loaded:
    """Check an ITF document written by rollproof and rebuild its policy, initial state and actions."""
    from rollproof.properties.registry import properties_for

    _need(isinstance(doc, dict), file, "(top level)", "must be an object", type(doc).__name__, "an ITF trace object")
    for key in ("#meta", "vars", "states"):
        _need(key in doc, file, key, "missing", None, "an ITF trace with #meta, vars and states")
    meta = doc["#meta"]
    _need(isinstance(meta, dict), file, "#meta", "must be an object", meta)
    _need(meta.get("source") == SOURCE, file, "#meta.source", "not a trace written by rollproof",
          meta.get("source"), f'"{SOURCE}"')
    _need(meta.get("format") == FORMAT, file, "#meta.format", "unknown format", meta.get("format"), f'"{FORMAT}"')
    model = meta.get("model")
    _need(model in systems.MODELS, file, "#meta.model", "unknown model", model, ", ".join(systems.MODELS))
    try:
        ref = systems.reference(model)
    except ImportError:
        raise ItfError(file, "#meta.model", "this model is not available in this version", _short(model)) from None
    ids = [p.id for p in _properties(model)]
    pid = meta.get("property")
    question = meta.get("question")
    # (No property and no outcome: a plain run, such as ``rollproof conform`` writes.)
    _need(pid in ids or question is not None or (pid is None and meta.get("outcome") is None), file, "#meta.property",
          f"unknown property ID for model {model}", pid, ", ".join(ids[:4]) + ", …, or null for a plain run")
    name = meta.get("policy")
    _need(isinstance(name, str) and bool(name), file, "#meta.policy", "must name the policy", name, "a string")
    outcome = meta.get("outcome")
    _need(outcome is None or outcome in OUTCOMES, file, "#meta.outcome", "unknown outcome", outcome,
          ", ".join(OUTCOMES) + " or null")

    params = meta.get("parameters")
    _need(isinstance(params, dict), file, "#meta.parameters", "must be an object of policy parameters", params)
    names = policyfile.parameter_names(model)
    for key in params:
        _need(key in names, file, f"#meta.parameters.{key}", "unknown parameter", params[key], f"parameters of {model}")
    try:
        policy = policyfile.build_policy(model, {k: decode(v) for k, v in params.items()})
    except PolicyError as e:
        raise ItfError(file, f"#meta.parameters.{e.key.split('.')[-1]}", policyfile.policy_error_what(e),
                       policyfile.show(e.value), e.allowed) from None
    except (TypeError, ValueError) as e:
        raise ItfError(file, "#meta.parameters", f"invalid: {e}") from None

    if question is not None:
        _define_question(file, model, pid, question, policy)

    vars_ = doc["vars"]
    _need(isinstance(vars_, list) and all(isinstance(v, str) for v in vars_), file, "vars",
          "must be a list of variable names", vars_)
    for v in ("action", "instances"):
        _need(v in vars_, file, "vars", f"lacks the {v!r} variable", vars_, '"action", "instances" and the globals')
    states = doc["states"]
    _need(isinstance(states, list) and len(states) >= 1, file, "states", "must be a non-empty list", states)

    actions: list[Action] = []
    decoded: list[dict[str, Any]] = []
    for k, st in enumerate(states):
        where = f"states[{k}]"
        _need(isinstance(st, dict), file, where, "must be an object", st)
        smeta = st.get("#meta")
        _need(isinstance(smeta, dict) and smeta.get("index") == k, file, f"{where}.#meta.index",
              "must be the state's position", None if not isinstance(smeta, dict) else smeta.get("index"), str(k))
        for v in vars_:
            _need(v in st, file, f"{where}.{v}", "missing (every state holds every variable)")
        act = st["action"]
        _need(isinstance(act, dict) and isinstance(act.get("name"), str) and isinstance(act.get("args"), dict),
              file, f"{where}.action", "must be {name, args}", act)
        if k == 0:
            _need(act["name"] == "init", file, f"{where}.action.name", "state 0 is reached by init", act["name"], '"init"')
        else:
            _need(act["name"] in ref.ACTIONS, file, f"{where}.action.name", f"unknown action of model {model}",
                  act["name"], ", ".join(ref.ACTIONS))
            try:
                args = {a: decode(x) for a, x in act["args"].items()}
            except (TypeError, ValueError, KeyError) as e:
                raise ItfError(file, f"{where}.action.args", f"malformed value: {e}") from None
            actions.append(Action.of(act["name"], **args))
        inst = st["instances"]
        _need(isinstance(inst, dict) and isinstance(inst.get("#map"), list)
              and all(isinstance(p, list) and len(p) == 2 for p in inst["#map"]),
              file, f"{where}.instances", "must be a #map from instance id to record", inst)
        try:
            rec = {v: decode(st[v]) for v in vars_ if v != "action"}
        except (TypeError, ValueError, KeyError) as e:
            raise ItfError(file, where, f"malformed value: {e}") from None
        decoded.append(rec)

    at_step = meta.get("at_step")
    _need(at_step is None or (isinstance(at_step, int) and not isinstance(at_step, bool) and 0 <= at_step < len(states)),
          file, "#meta.at_step", "must be a state index of this trace", at_step, f"0..{len(states) - 1} or null")

    kwargs = meta.get("init", {})
    _need(isinstance(kwargs, dict), file, "#meta.init", "must be an object of initial-state arguments", kwargs)
    try:
        init_args = {k: decode(v) for k, v in kwargs.items()}
        prop = next((p for p in _properties(model) if p.id == pid), None)
        candidates = [ref.initial_state(policy, **init_args)]
        if prop is not None and prop.start_policy is not None:
            # A reach property searches from the initial states of its own start policy.
            start = ref.initial_state(prop.start_policy(policy), **init_args)
            candidates.append(start if isinstance(start, Refused) else attrs.evolve(start, policy=policy))
    except (TypeError, ValueError) as e:
        raise ItfError(file, "#meta.init", f"does not build an initial state: {e}") from None
    states_ok = [c for c in candidates if not isinstance(c, Refused)]
    if not states_ok:
        raise ItfError(file, "#meta.init", f"not an initial state this policy allows: {candidates[0].reason}")
    init = next((c for c in states_ok if _decoded_state(model, c) == decoded[0]), states_ok[0])
    return Loaded(file=file, model=model, property_id=pid, policy_name=name, outcome=outcome, at_step=at_step,
                  policy=policy, init=init, actions=tuple(actions), states=tuple(decoded))


# --------------------------------------------------------------------------------------------
# Replay and re-evaluation


@frozen
class Finding:
    """A property the run violates (or witnesses), and the first step where it does."""

    property_id: str
    kind: str
    outcome: str  # "violates" or "witnesses"
    at_step: int


@frozen
class Replayed:
    """The replayed trace, where it departs from the file (if anywhere), and what it shows."""

    trace: Trace
    mismatch: str | None
    findings: tuple[Finding, ...]

    def finding(self, property_id: str) -> Finding | None:
        return next((f for f in self.findings if f.property_id == property_id), None)


def _decoded_state(model: str, state: Any) -> dict[str, Any]:
    """A model state as the reader sees a file's state: written, then decoded."""
    doc = _state_json(model, 0, None, state, None)
    return {k: decode(v) for k, v in doc.items() if k not in ("#meta", "action")}


def _first_difference(file_state: dict[str, Any], model_state: dict[str, Any]) -> str | None:
    for key in sorted(file_state.keys() | model_state.keys()):
        a, b = file_state.get(key), model_state.get(key)
        if a == b:
            continue
        if key == "instances" and isinstance(a, dict) and isinstance(b, dict):
            for i in sorted(a.keys() | b.keys(), key=repr):
                ra, rb = a.get(i), b.get(i)
                if ra == rb:
                    continue
                if isinstance(ra, dict) and isinstance(rb, dict):
                    for f in sorted(ra.keys() | rb.keys()):
                        if ra.get(f) != rb.get(f):
                            return f"instance {i} {f}: file says {ra.get(f)!r}, the model gives {rb.get(f)!r}"
                return f"instance {i}: file says {ra!r}, the model gives {rb!r}"
        return f"{key}: file says {a!r}, the model gives {b!r}"
    return None


def _named_now(model: str, policy: Any, file_state: dict[str, Any]) -> dict[str, Any]:
    """A file's state with its fields named as this version names them.  Scale-set traces written
    before an instance's domain was named for its policy hold it as ``ud`` on every instance: it is
    the zone of a zonal set (``zone`` now), and says nothing of a set that is one domain (0, now left
    out); a Service Fabric set's update domain keeps the name ``ud``."""
    if model != "scale_set":
        return file_state
    ref = systems.reference(model)
    now = ref.domain_field(policy)
    inst = file_state.get("instances")
    if now == "ud" or not isinstance(inst, dict):
        return file_state
    renamed = {}
    for i, rec in inst.items():
        if isinstance(rec, dict) and "ud" in rec and (now is None or now not in rec):
            rec = dict(rec)
            ud = rec.pop("ud")
            if now is not None:
                rec[now] = ud
            elif ud != 0:  # (a set of one domain has every instance in domain 0)
                rec["ud"] = ud
        renamed[i] = rec
    return {**file_state, "instances": renamed}


def run_of(loaded: Loaded) -> tuple[Trace, str | None]:
    """The file's actions run through the model, and where the run first departs from the file (a
    step refused, a state that differs), or None."""
    ref = systems.reference(loaded.model)
    trace = core_replay(ref.apply, loaded.model, loaded.policy, loaded.init, loaded.actions)
    for k, state in enumerate(trace.states):
        if k > 0 and trace.steps[k - 1].refused is not None:
            return trace, f"step {k}: {trace.steps[k - 1].action.call_text()} is {trace.steps[k - 1].refused}"
        diff = _first_difference(_named_now(loaded.model, loaded.policy, loaded.states[k]),
                                 _decoded_state(loaded.model, state))
        if diff is not None:
            return trace, f"state {k} differs: {diff}"
    return trace, None


def replay(loaded: Loaded) -> Replayed:
    """Run the file's actions through the model, compare each state, and evaluate every property."""
    trace, mismatch = run_of(loaded)
    findings = evaluate(trace, loaded.policy)
    f = next((x for x in findings if x.property_id == loaded.property_id), None)
    if f is not None:
        from rollproof.properties import plain

        trace = trace.with_verdict(f.property_id, f.at_step, f.outcome)
        j = plain.judge(loaded.model, f.property_id, trace)
        trace = trace.with_verdict(f.property_id, f.at_step, f.outcome, why=j.why)
    elif loaded.property_id is not None:
        trace = trace.with_verdict(loaded.property_id, None, loaded.outcome or "violates")
    return Replayed(trace=trace, mismatch=mismatch, findings=tuple(findings))


def evaluate(trace: Trace, policy: Any) -> list[Finding]:
    """Every property of the trace's model that the run violates or witnesses, with its first step.

    Predicates read ``counting(model).view(CONCRETE, policy, abstract(state))``; a refused step is
    no transition.  ``inv``: the state predicate (and its transition part); ``step``: each
    transition; ``live``: the invariant of the restricted system, on the prefix whose transitions
    are all ``allowed``; ``reach``: the goal, from a ``start`` state along ``allowed`` transitions.
    """
    from rollproof.properties import user
    from rollproof.properties.registry import Kind

    views, moves = _views(trace, policy)
    # (A question another policy file asked in this process is asked only where its observables exist.)
    out = [finding_of(p, policy, views, moves) for p in _properties(trace.model)
           if p.kind != Kind.CHECK and p.applies(policy) and user.askable(trace.model, p.id, policy)]
    return [f for f in out if f is not None]


def _views(trace: Trace, policy: Any) -> tuple[list[Any], list[tuple[int, Any]]]:
    """The counting view of each state of ``trace``, and its moves (step number, action code)."""
    cm = systems.counting(trace.model)
    views = [cm.view(CONCRETE, policy, cm.abstract(s)) for s in trace.states]
    moves = [(k, cm.A[st.action.name]) for k, st in enumerate(trace.steps, start=1) if st.refused is None]
    return views, moves


def finding(prop: Any, trace: Trace, policy: Any) -> Finding | None:
    """What the run shows of the one property ``prop`` (any property value, a restricted one too):
    ``evaluate``'s reading of it."""
    return finding_of(prop, policy, *_views(trace, policy))


def finding_of(p: Any, policy: Any, views: list[Any], moves: list[tuple[int, Any]]) -> Finding | None:
    from rollproof.properties.registry import Kind

    L = CONCRETE
    at: int | None = None
    if p.kind in (Kind.INV, Kind.LIVE):
        allowed_upto = len(views) - 1
        if p.kind == Kind.LIVE and p.allowed is not None:
            bad = [k for k, a in moves if not p.allowed(L, policy, views[k - 1], int(a), views[k])]
            allowed_upto = bad[0] - 1 if bad else allowed_upto
        for k in range(allowed_upto + 1):
            if p.holds is not None and not p.holds(L, policy, views[k]):
                at = k
                break
            if p.step_holds is not None and k > 0 and any(m == k for m, _ in moves):
                a = next(a for m, a in moves if m == k)
                if not p.step_holds(L, policy, views[k - 1], int(a), views[k]):
                    at = k
                    break
        if at is not None:
            return Finding(p.id, p.kind.value, "violates", at)
    elif p.kind == Kind.STEP:
        for k, a in moves:
            if not p.holds(L, policy, views[k - 1], int(a), views[k]):
                return Finding(p.id, p.kind.value, "violates", k)
    elif p.kind == Kind.REACH:
        if p.start is not None and not p.start(L, policy, views[0]):
            return None
        bad = [k for k, a in moves if p.allowed is not None and not p.allowed(L, policy, views[k - 1], int(a), views[k])]
        upto = bad[0] - 1 if bad else len(views) - 1
        for k in range(upto + 1):
            if p.goal(L, policy, views[k]):
                return Finding(p.id, p.kind.value, "witnesses", k)
    return None


def _properties(model: str) -> list[Any]:
    """The catalog's properties of ``model``, then the policy files' own questions defined so far."""
    from rollproof.properties import user
    from rollproof.properties.registry import properties_for

    return properties_for(model) + [q.prop for (m, _), q in user.DEFINED.items() if m == model]


def _define_question(file: str, model: str, pid: Any, q: Any, policy: Any) -> None:
    """The trace's own question (``#meta.question``: a policy file's ``[[property]]``), defined again."""
    from rollproof.properties import expressions as E
    from rollproof.properties import user

    _need(isinstance(q, dict) and q.get("kind") in user.KINDS and isinstance(q.get("expression"), str),
          file, "#meta.question", "must be {kind, expression, description}", q,
          f"kind one of {', '.join(user.KINDS)}, expression a string")
    _need(isinstance(pid, str) and bool(pid), file, "#meta.property", "must name the question", pid, "a string")
    try:
        tree = user.compile_expression(model, policy, q["expression"], kind=q["kind"])
        user.define(model, pid, q["kind"], q["expression"], tree, str(q.get("description") or ""))
    except E.ExprError as e:
        raise ItfError(file, "#meta.question.expression", f"{e.what} at column {e.column}", _short(e.got)) from None
    except user.Conflict as e:
        raise ItfError(file, "#meta.property", str(e), _short(pid)) from None
