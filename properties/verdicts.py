"""Verdicts are values: Proved, Refuted, Unknown, NotApplicable, each with the size of its check."""

from __future__ import annotations

from typing import Any

from attrs import field, frozen


@frozen
class Scope:
    """What a verdict covers: instance counts (an int, ``"any"`` or ``(lo, hi)``) and depth."""

    instances: Any
    depth: int | None = None  # None = unbounded


@frozen
class Proved:
    """Holds within ``scope``; ``certificate`` is the inductive invariant where one exists.

    For a ``reach`` property, ``trace`` is the witness run.
    """

    scope: Scope
    method: str
    certificate: str | None = None
    trace: Any = None
    certified_by: tuple[str, ...] = ()
    seconds: float = 0.0
    notes: tuple[str, ...] = field(default=())
    artifacts: tuple[tuple[str, str], ...] = ()  # (file name, text): SMT-LIB certificate queries
    #: For a witness: every shorter depth was shown free of one (False: found, not shown shortest).
    shortest: bool = True
    #: For a reach property asked from every start: how many starts each got a witness (the trace
    #: is the longest); 0 otherwise.
    starts: int = 0

    verdict = "proved"


@frozen
class Refuted:
    """A replayed counterexample (or, for ``reach``, a proof that the goal is unreachable)."""

    scope: Scope
    method: str
    trace: Any = None
    reason: str | None = None
    holds_for: str | None = None
    certificate: str | None = None
    certified_by: tuple[str, ...] = ()
    seconds: float = 0.0
    artifacts: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    #: Every shorter depth was shown free of a counterexample (False: found, not shown shortest).
    shortest: bool = True

    verdict = "refuted"


@frozen
class Unknown:
    """No verdict: the reason says why (timeout, unsupported fragment, bound reached)."""

    reason: str
    scope: Scope | None = None
    method: str = ""
    seconds: float = 0.0
    #: Every reachable state was visited and none is a counterexample: only a certificate is missing
    #: (so no fuzzer is sent after a counterexample).
    exhausted: bool = False

    verdict = "unknown"


@frozen
class NotApplicable:
    """The policy switches the feature off."""

    reason: str

    verdict = "not-applicable"


Verdict = Proved | Refuted | Unknown | NotApplicable


def not_applicable(prop: Any, policy: Any) -> NotApplicable | None:
    """The verdict of a property the policy switches off (``prop.applies``), else None."""
    if prop.applies(policy):
        return None
    met = [why for when, why in prop.not_applicable_when if when(policy)]
    return NotApplicable("; ".join(met) or prop.not_applicable_why or "the policy switches this feature off")

#: The words a reader sees, each with one meaning (JSON schema 2's ``verdict``; ``outcome`` keeps the
#: four of schema 1: ``proved``, ``refuted``, ``unknown``, ``not-applicable``).
LABELS: dict[str, str] = {
    "proved": "holds in every reachable state (or step) of the stated scope; an inductive invariant, "
              "re-checked by Z3 and cvc5, is the certificate",
    "proved (vacuous)": "proved, but the state or step the property is about never happens in scope: "
                        "the proof says nothing about it",
    "holds by construction": "proved, and the property restates a guard of the model: the proof shows the "
                             "guard is the only way in, not that the seeds' rule is right",
    "checked": "a pure function agrees with every row of its table, over the stated range (tested, not proved)",
    "proved (witness)": "a reach property: a shortest run reaching the state",
    "proved (witness, not shown shortest)": "a reach property: a run reaching the state; a shorter one may exist",
    "refuted": "a shortest run that replays through the Python model and breaks the property "
               "(every shorter depth was shown free of one); for a reach property, no run reaches the state: "
               "every reachable state was visited, or an inductive invariant excludes it (the certificate)",
    "refuted (not shown shortest)": "a run that replays through the Python model and breaks the property; "
                                    "a shorter one may exist",
    "unknown": "no verdict within the budget; the reason says what stopped it",
    "not-applicable": "the policy switches the feature off",
}
