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
