"""Values shared by every model: actions, refusals, policy errors and traces.

An action is a value (its name and arguments), so the fuzzer, the solver's decoder, trace files
and the report all speak of the same thing.  An action that the seeds forbid returns ``Refused``
naming its clause; a trace keeps refused requests as steps that change nothing, so a refusal is
visible where it happened.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

import attrs
from attrs import frozen


class PolicyError(ValueError):
    """A policy parameter is outside its domain (well-formedness, never a safety property)."""

    def __init__(self, key: str, value: Any, allowed: str, why: str = "") -> None:
        self.key, self.value, self.allowed, self.why = key, value, allowed, why
        detail = why or f"must be {allowed}"
        super().__init__(f"{key}: {detail} (got {value!r}; allowed {allowed})")


@frozen
class Refused:
    """A request the seeds forbid, with the clause that forbids it."""

    action: str
    clause: str
    reason: str

    def __str__(self) -> str:
        return f"refused ({self.clause}): {self.reason}"


def _freeze(v: Any) -> Any:
    if isinstance(v, (set, frozenset)):
        return frozenset(v)
    if isinstance(v, list):
        return tuple(v)
    return v


@frozen
class Action:
    """One atomic step: an action name (actor then verb) and its arguments."""

    name: str
    args: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, name: str, **args: Any) -> "Action":
        return cls(name, tuple((k, _freeze(v)) for k, v in args.items()))

    def arg(self, key: str, default: Any = None) -> Any:
        for k, v in self.args:
            if k == key:
                return v
        return default

    @property
    def kwargs(self) -> dict[str, Any]:
        return dict(self.args)

    def call_text(self, state_name: str = "") -> str:
        """``orchestrator_starts_batch(s0, chosen={0, 1})``: the action as a program line."""
        parts = [state_name] if state_name else []
        for k, v in self.args:
            if isinstance(v, frozenset):
                v = "{" + ", ".join(repr(x) for x in sorted(v)) + "}" if v else "{}"
            else:
                v = repr(v)
            parts.append(f"{k}={v}")
        return f"{self.name}({', '.join(parts)})"


@frozen
class Step:
    """An action and the state it led to; ``refused`` is set when the model refused it."""

    action: Action
    state: Any
    refused: Refused | None = None


@frozen
class Trace:
    """A run of a model: an initial state and the steps after it.

    ``property_id`` and ``at_step`` say which property the trace violates (or witnesses) and at
    which step index (0 is the initial state).  ``outcome`` is ``"violates"``, ``"witnesses"`` or
    ``None`` for a plain run.
    """

    model: str
    policy: Any
    init: Any
    steps: tuple[Step, ...] = ()
    property_id: str | None = None
    at_step: int | None = None
    outcome: str | None = None
    #: What the state (or step) at ``at_step`` shows, in plain words: the bound that breaks, e.g.
    #: "3 of 10 instances not serving > 20%" (set by the plain reading that judged the trace).
    why: str | None = None

    @property
    def states(self) -> tuple[Any, ...]:
        return (self.init, *(s.state for s in self.steps))

    @property
    def actions(self) -> tuple[Action, ...]:
        return tuple(s.action for s in self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def with_verdict(self, property_id: str, at_step: int | None, outcome: str, why: str | None = None) -> "Trace":
        return attrs.evolve(self, property_id=property_id, at_step=at_step, outcome=outcome,
                            why=why if why is not None else self.why)


class ReplayError(Exception):
    """A trace does not replay through the model (a step is refused or lands elsewhere)."""


def replay(
    apply: Callable[[Any, Action], Any],
    model: str,
    policy: Any,
    init: Any,
    actions: Iterable[Action],
    *,
    allow_refusals: bool = True,
) -> Trace:
    """Run ``actions`` from ``init`` through ``apply`` and return the trace.

    A refused action is kept as a step that leaves the state unchanged; with
    ``allow_refusals=False`` it raises ``ReplayError`` instead (a solver trace never contains one).
    """
    state = init
    steps: list[Step] = []
    for i, action in enumerate(actions, start=1):
        result = apply(state, action)
        if isinstance(result, Refused):
            if not allow_refusals:
                raise ReplayError(f"step {i}: {action.call_text()} was {result}")
            steps.append(Step(action, state, result))
        else:
            state = result
            steps.append(Step(action, state))
    return Trace(model=model, policy=policy, init=init, steps=tuple(steps))
