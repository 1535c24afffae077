"""User properties: a question a policy file asks in its own words, as a registry ``Property``.

A user property is an expression over the model's observables (``properties.observables``,
``properties.expressions``): ``inv`` (``holds`` in every reachable state), ``step`` (``holds`` of
every transition, over ``before_X``, ``after_X`` and ``action``) or ``reach`` (a state where
``goal`` holds is reachable).  Its predicate reads the counting view like a catalog one, so
every engine checks it; its plain reading evaluates the same expression on the observables read
from the instances, so a counterexample (or witness) is judged independently, as a catalog one is.

An ID names one question: the same ID with another expression is refused (``define``), so the
solver's caches and the plain readings, both keyed by the ID, never mix two questions.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from rollproof.model.logic import CONCRETE
from rollproof.properties import expressions as E
from rollproof.properties import observables as O
from rollproof.properties import plain
from rollproof.properties.registry import Kind, Property

KINDS = ("inv", "step", "reach")

@frozen
class Question:
    """A user property as written: kind, expression, description, and its registry ``Property``."""

    kind: str
    source: str
    description: str
    tree: Any  # the parsed expression: two spellings of one expression are one question
    prop: Property


#: (model, ID) -> the question: every user property defined in this process.
DEFINED: dict[tuple[str, str], Question] = {}


def _step_names(model: str, policy: Any) -> dict[str, str]:
    base = {name: o.sort for name, o in O.of(model, policy).items()}
    return {**{f"before_{n}": s for n, s in base.items()}, **{f"after_{n}": s for n, s in base.items()},
            "action": E.INT}


def action_codes(model: str) -> dict[str, int]:
    """The actions a step property compares ``action`` with, by their names (``A`` of the model)."""
    from rollproof.model import systems

    return {a.name: int(a) for a in systems.counting(model).A}


def sorts(model: str, policy: Any, kind: str = "inv") -> dict[str, str]:
    if kind == "step":
        return _step_names(model, policy)
    return {name: o.sort for name, o in O.of(model, policy).items()}


def constants(model: str, kind: str = "inv") -> dict[str, int]:
    return {**O.constants(model), **(action_codes(model) if kind == "step" else {})}


def vocabulary(model: str, policy: Any, kind: str = "inv") -> list[str]:
    """The names an expression may use, observables first."""
    return [*sorts(model, policy, kind), *constants(model, kind)]


def compile_expression(model: str, policy: Any, source: str, want: str = E.BOOL, kind: str = "inv") -> E.Expr:
    """The checked tree of ``source`` over ``policy``'s observables (raises ``ExprError``)."""
    return E.parse(source, sorts(model, policy, kind), constants(model, kind), want=want,
                   families=O.families(model, policy) if kind != "step" else {})


def counted_fn(model: str, tree: E.Expr):
    """``(L, policy, v) -> term``: the expression over the counting view."""
    used = sorted(E.names_in(tree))
    consts = O.constants(model)

    def fn(L: Any, policy: Any, v: Any) -> Any:
        obs = O.of(model, policy)
        values = {n: consts[n] if n in consts else obs[n].counted(L, policy, v) for n in used}
        return E.evaluate(tree, L, values)

    return fn


def counted_step_fn(model: str, tree: E.Expr):
    """``(L, policy, before, a, after) -> term``: a step expression over the two views and the action."""
    used = sorted(E.names_in(tree))
    consts = constants(model, "step")

    def fn(L: Any, policy: Any, before: Any, a: Any, after: Any) -> Any:
        obs = O.of(model, policy)
        values: dict[str, Any] = {}
        for n in used:
            if n in consts:
                values[n] = consts[n]
            elif n == "action":
                values[n] = a
            else:
                when, name = n.split("_", 1)
                values[n] = obs[name].counted(L, policy, before if when == "before" else after)
        return E.evaluate(tree, L, values)

    return fn


def askable(model: str, property_id: str, policy: Any) -> bool:
    """Whether ``property_id`` can be asked of ``policy``: a catalog property always; a user
    question when the policy has every observable it names (``elapsed`` of a cloud service exists
    only with ``start_timeout_walks_on``, ``down_zone1`` only with zones)."""
    q = DEFINED.get((model, property_id))
    if q is None:
        return True
    have = set(O.of(model, policy)) | set(constants(model, q.kind))
    names = {n.split("_", 1)[1] if q.kind == "step" and n.startswith(("before_", "after_")) else n
             for n in E.names_in(q.tree)}
    return names <= have | {"action"}


def plain_values(model: str, tree: E.Expr, policy: Any, s: Any) -> dict[str, Any]:
    """The values of the names the expression reads, read from the instances of ``s``."""
    obs, consts = O.of(model, policy), O.constants(model)
    return {n: consts[n] if n in consts else obs[n].plain(policy, s) for n in sorted(E.names_in(tree))}


def plain_step_values(model: str, tree: E.Expr, policy: Any, before: Any, action: Any, after: Any) -> dict[str, Any]:
    """The values of the names a step expression reads: the instances before and after, the action's name."""
    obs, consts = O.of(model, policy), constants(model, "step")
    out: dict[str, Any] = {}
    for n in sorted(E.names_in(tree)):
        if n in consts:
            out[n] = consts[n]
        elif n == "action":
            out[n] = consts[action.name]
        else:
            when, name = n.split("_", 1)
            out[n] = obs[name].plain(policy, before if when == "before" else after)
    return out


def _shown(values: dict[str, Any], consts: dict[str, int]) -> str:
    parts = [f"{n} = {str(v).lower() if isinstance(v, bool) else v}" for n, v in values.items() if n not in consts]
    return ", ".join(parts)


def reading_fn(model: str, kind: str, source: str, tree: E.Expr):
    """The plain reading: the expression on the observables read from the run's last state (a
    step: its last step, the action by its name)."""
    consts = constants(model, kind)

    def read(run: plain.Run) -> str | None:
        if kind == "step":
            if run.action is None:
                return None
            values = plain_step_values(model, tree, run.policy, run.before, run.action, run.now)
            shown = _shown({k: v for k, v in values.items() if k != "action"}, consts)
            ok = bool(E.evaluate(tree, CONCRETE, values))
            return None if ok else f"{source} is false at {run.action.name} ({shown})"
        values = plain_values(model, tree, run.policy, run.now)
        ok = bool(E.evaluate(tree, CONCRETE, values))
        if kind == "inv":
            return None if ok else f"{source} is false ({_shown(values, consts)})"
        return f"{source} holds ({_shown(values, consts)})" if ok else None

    return read


class Conflict(Exception):
    """The ID is already a question of another expression (or kind) in this run."""


def is_question(prop: Property) -> bool:
    """Whether ``prop`` is a question of a policy file (``[[property]]``), not a catalog property."""
    q = DEFINED.get((prop.model, prop.id))
    return q is not None and q.prop is prop


def define(model: str, pid: str, kind: str, source: str, tree: E.Expr, description: str = "") -> Property:
    """The registry ``Property`` of a user question, with its plain reading registered; the same
    property object for the same ID, kind and expression (raises ``Conflict`` for another)."""
    key = (model, pid)
    if key in DEFINED:
        q = DEFINED[key]
        if q.kind == kind and q.tree == tree:
            return q.prop
        raise Conflict(f"{pid} already asks {'goal' if q.kind == 'reach' else 'holds'} = {q.source!r} in this run")
    fn = counted_step_fn(model, tree) if kind == "step" else counted_fn(model, tree)
    word = "goal" if kind == "reach" else "holds"
    statement = description or {"inv": f"`{source}` in every reachable state",
                                "step": f"`{source}` for every step",
                                "reach": f"a state where `{source}` is reachable"}[kind]
    common = dict(id=pid, model=model, name=pid.lower().replace("-", "_").replace(".", "_"),
                  statement=statement, clauses=(), region=f"the user's question: {word} = {source!r}",
                  promise=description)
    if kind == "inv":
        prop = Property(kind=Kind.INV, holds=fn, **common)
    elif kind == "step":
        prop = Property(kind=Kind.STEP, holds=fn, **common)
    else:
        prop = Property(kind=Kind.REACH, goal=fn, **common)
    plain.READINGS[key] = reading_fn(model, kind, source, tree)
    DEFINED[key] = Question(kind, source, description, tree, prop)
    return prop
