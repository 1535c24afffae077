"""The one trace renderer: a trace reads as a replayable program with only the changed fields.

Fuzzer failures, solver counterexamples and the report all print through ``render_trace``.  Field
names and values come from the model's own ``instance_record`` / ``global_record`` (found through
``model.systems.reference``), so every model renders the same way; ``changed_fields`` is the one
notion of "what a step changed", shared with trace files and pictures.
"""

from __future__ import annotations

import importlib
from collections import Counter
from types import ModuleType
from typing import Any, Iterable

import attrs

from rollproof.model.core import Trace

#: The verb of the header line for each trace outcome.
_VERBS = {"violates": "refuted", "witnesses": "witnessed"}
_INDENT = "  "
_MAX_CALL_COLUMN = 64


# --------------------------------------------------------------------------------------------
# Changed fields


def _model_module(state: Any, model: str | None = None) -> ModuleType:
    """The per-instance model module that defines ``state`` (or the one named ``model``)."""
    if model is not None:
        from rollproof.model import systems

        if model in systems.MODELS:
            return systems.reference(model)
    module = importlib.import_module(type(state).__module__)
    if not hasattr(module, "instance_record") or not hasattr(module, "global_record"):
        raise TypeError(f"{type(state).__name__} comes from a module without instance_record/global_record")
    return module


def _instances(state: Any) -> list[tuple[Any, Any]]:
    """``(id, instance)`` pairs of a state, whether it keeps a sequence or a mapping."""
    inst = state.instances
    if isinstance(inst, dict):
        return sorted(inst.items(), key=lambda kv: repr(kv[0]))
    return list(enumerate(inst))


def _records_of(mod: ModuleType, state: Any) -> dict[Any, dict[str, Any]]:
    """The model's records of a state's instances: its ``instance_records(state)`` where it has one
    (a record may depend on the policy: a scale set names an instance's domain for it), else
    ``instance_record`` of each instance."""
    whole = getattr(mod, "instance_records", None)
    if callable(whole):
        return dict(whole(state))
    return {i: mod.instance_record(x) for i, x in _instances(state)}


def instance_records(state: Any, *, model: str | None = None) -> dict[Any, dict[str, Any]]:
    """Every instance's plain fields, by instance id."""
    return _records_of(_model_module(state, model), state)


def changed_fields(before: Any, after: Any, *, model: str | None = None) -> list[tuple[str, Any, Any]]:
    """The fields a step changed, as ``(name, old, new)``: instance fields as ``i3.health``, globals as ``status``.

    Instance fields come first, by instance id and then field order; an instance present on one
    side only shows as ``i3: absent → {…}``, so a lost or created instance is never silent.
    """
    mod = _model_module(before, model)
    out: list[tuple[str, Any, Any]] = []
    old_i, new_i = _records_of(mod, before), _records_of(mod, after)
    for i in sorted(old_i.keys() | new_i.keys(), key=_id_order):
        a, b = old_i.get(i), new_i.get(i)
        if a is None or b is None:
            out.append((f"i{i}", "absent" if a is None else a, "absent" if b is None else b))
            continue
        for k in list(a) + [k for k in b if k not in a]:
            if a.get(k) != b.get(k):
                out.append((f"i{i}.{k}", a.get(k), b.get(k)))
    ga, gb = mod.global_record(before), mod.global_record(after)
    for k in list(ga) + [k for k in gb if k not in ga]:
        if ga.get(k) != gb.get(k):
            out.append((k, ga.get(k), gb.get(k)))
    return out


def _id_order(i: Any) -> tuple[int, Any]:
    return (0, i) if isinstance(i, int) else (1, repr(i))


# --------------------------------------------------------------------------------------------
# Values


def format_value(v: Any) -> str:
    """A field value as a trace shows it: sets as ``{0, 1}``, strings bare, enums by name."""
    if isinstance(v, (set, frozenset)):
        return "{" + ", ".join(format_value(x) for x in sorted(v, key=_id_order)) + "}"
    if isinstance(v, (tuple, list)):
        return "(" + ", ".join(format_value(x) for x in v) + ")"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {format_value(x)}" for k, x in v.items()) + "}"
    if isinstance(v, bool):
        return "true" if v else "false"
    if hasattr(v, "name") and hasattr(v, "value") and not isinstance(v, str):  # an enum member
        return str(v.name)
    return str(v)


def _set_text(ids: Iterable[Any]) -> str:
    return "{" + ", ".join(str(i) for i in sorted(ids, key=_id_order)) + "}"


# --------------------------------------------------------------------------------------------
# Per-model summaries (the key counts after each step) and initial-state arguments


def _scale_set_summary(state: Any) -> str:
    from rollproof.model import scale_set_counts
    from rollproof.model.logic import CONCRETE

    v = scale_set_counts.view(CONCRETE, state.policy, scale_set_counts.abstract(state))
    n = v.n
    line = f"upgrading {v.upgrading}/{n} · unhealthy {v.unhealthy}/{n} · new {v.on_new}/{n}"
    # With os_upgrade_deferral, the instances notified and waiting for their workload's approval.
    return line + f" · awaiting approval {v.awaiting}/{n}" if state.policy.os_upgrade_deferral else line


def _generic_summary(state: Any, model: str | None) -> str:
    """Counts of each phase (or the first instance field) other than the most common one."""
    recs = instance_records(state, model=model)
    if not recs:
        return ""
    n = len(recs)
    first = next(iter(recs.values()))
    key = "phase" if "phase" in first else next(iter(first))
    tally = Counter(format_value(r.get(key)) for r in recs.values())
    return " · ".join(f"{val} {c}/{n}" for val, c in sorted(tally.items()))


def summary(state: Any, model: str | None = None) -> str:
    """A short line of key counts for a state (``upgrading 1/3 · unhealthy 0/3 · new 0/3``)."""
    mod = _model_module(state, model)
    custom = getattr(mod, "summary", None)
    if callable(custom):
        return str(custom(state))
    if getattr(mod, "NAME", None) == "scale_set":
        return _scale_set_summary(state)
    return _generic_summary(state, model)


def init_args(state: Any, model: str | None = None) -> str:
    """The arguments of the ``s0 = init(…)`` line: the instance count and what sets instances apart.

    Lists, for each textual instance field, the instances whose value differs from the value most
    instances hold, e.g. ``unhealthy={1}``; fields that differ on every instance (identities such as
    data disks) are left out.  The scale set always shows ``unhealthy`` (even ``{}``): it is the one
    thing its initial states differ in.
    """
    mod = _model_module(state, model)
    custom = getattr(mod, "init_args", None)
    if callable(custom):
        return ", ".join(f"{k}={format_value(v)}" for k, v in custom(state).items())
    recs = instance_records(state, model=model)
    n = len(recs)
    parts = [f"instances={n}"]
    if getattr(mod, "NAME", None) == "scale_set":
        sick = [i for i, r in recs.items() if r.get("health") == "unhealthy"]
        parts.append(f"unhealthy={_set_text(sick)}")
        return ", ".join(parts)
    if not recs:
        return ", ".join(parts)
    keys = list(next(iter(recs.values())))
    for k in keys:
        vals = {i: r.get(k) for i, r in recs.items()}
        if not all(isinstance(x, str) for x in vals.values()):
            continue
        tally = Counter(vals.values())
        if len(tally) < 2 or len(tally) == n:
            continue
        common, _ = tally.most_common(1)[0]
        for val in sorted(tally):
            if val != common:
                parts.append(f"{k}={val}:{_set_text(i for i, x in vals.items() if x == val)}")
    return ", ".join(parts)


def _policy_text(policy: Any) -> tuple[str | None, str]:
    """The policy's name (if it has one) and its parameters that differ from the defaults."""
    name = getattr(policy, "name", None)
    diffs = []
    if attrs.has(type(policy)):
        for f in attrs.fields(type(policy)):
            if f.name in ("name", "instances"):
                continue
            default = f.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()  # type: ignore[union-attr]
            value = getattr(policy, f.name)
            if default is attrs.NOTHING or value != default:
                diffs.append(f"{f.name}={format_value(value)}")
    return (str(name) if name else None), ", ".join(diffs)


# --------------------------------------------------------------------------------------------
# The trace


def header(trace: Trace, *, policy_name: str | None = None) -> str | None:
    """``VMSS-BATCH-CAP refuted at step 1 (policy seed-2018-defaults, instances=3)``, when the trace says."""
    if trace.property_id is None:
        return None
    verb = _VERBS.get(trace.outcome or "", trace.outcome or "shown")
    where = f" at step {trace.at_step}" if trace.at_step is not None else ""
    name = policy_name or _policy_text(trace.policy)[0]
    n = len(_instances(trace.init))
    inside = ", ".join(x for x in (f"policy {name}" if name else None, f"instances={n}") if x)
    return f"{trace.property_id} {verb}{where} ({inside})"


def relabels(model: str | None, step: Any, changes: list[tuple[str, Any, Any]]) -> bool:
    """A cloud service's new request, which relabels the version that was the latest as an older one
    (some instance ran it or was on its way to it)."""
    return (model == "cloud_service" and step.action.name in ("operator_requests_update", "operator_changes_configuration")
            and any(name.endswith((".config", ".landing")) and format_value(old) == "new" and format_value(new) == "old"
                    for name, old, new in changes))


def relabelling_steps(trace: Trace) -> list[int]:
    """The steps of ``trace`` at which a request relabels a version (``relabels``)."""
    out, before = [], trace.init
    for k, step in enumerate(trace.steps, start=1):
        if step.refused is None and relabels(trace.model, step, changed_fields(before, step.state, model=trace.model)):
            out.append(k)
        before = step.state
    return out


def render_trace(trace: Trace, *, title: str | None = None, policy_name: str | None = None) -> str:
    """The trace as a step list: a header, ``s0 = init(…)``, then each step and only what it changed.

    ``title`` replaces the header line; ``policy_name`` names the policy when the policy value has
    no name of its own.  A refused step prints ``refused (clause): reason`` and changes nothing.
    """
    model = trace.model
    lines: list[str] = []
    head = title if title is not None else header(trace, policy_name=policy_name)
    if head:
        lines.append(head)
    _, params = _policy_text(trace.policy)
    if params:
        lines.append(f"{_INDENT}policy: {params}")

    calls = [f"s0 = init({init_args(trace.init, model)})"]
    for k, step in enumerate(trace.steps, start=1):
        calls.append(f"s{k} = {step.action.call_text(f's{k - 1}')}")
    width = min(max(len(c) for c in calls), _MAX_CALL_COLUMN)

    def row(call: str, state: Any, k: int) -> str:
        mark = ""
        if trace.at_step == k and trace.property_id:
            mark = f"   ← {'violates' if trace.outcome != 'witnesses' else 'witnesses'} {trace.property_id}"
            if trace.why:
                mark += f": {trace.why}"
        pad = " " * max(width - len(call), 0) if len(call) <= width else "\n" + " " * (len(_INDENT) + width)
        return f"{_INDENT}{call}{pad}   {summary(state, model)}{mark}"

    lines.append(row(calls[0], trace.init, 0))
    before = trace.init
    for k, step in enumerate(trace.steps, start=1):
        lines.append(row(calls[k], step.state, k))
        if step.refused is not None:
            lines.append(f"{_INDENT * 3}{step.refused}")
            continue
        changes = changed_fields(before, step.state, model=model)
        if not changes:
            lines.append(f"{_INDENT * 3}(no field changed)")
        if relabels(model, step, changes):
            lines.append(f"{_INDENT * 3}(versions are relative to the latest request: the version that was the latest "
                         f"now reads old, though no instance's version changed)")
        for name, old, new in changes:
            lines.append(f"{_INDENT * 3}{name}: {format_value(old)} → {format_value(new)}")
        before = step.state
    return "\n".join(lines)
