"""The property registry: one entry per catalog ID, read by every engine.

A property is written once, as predicates over a *view* (named counts and flags of a state) and a
``Logic``, so the fuzzer evaluates it on concrete states and the solver on Z3 terms.  Kinds follow
the catalog: ``inv`` (``holds(L, policy, v)`` in every reachable state), ``step``
(``holds(L, policy, before, act, after)`` for every transition), ``reach`` (``goal(L, policy, v)``
reachable from the ``start`` states using only ``allowed`` actions), ``live`` (bounded progress,
stated as an invariant of the system restricted by ``allowed``: see each property), and ``check``
(``check(policy)`` returns the rows of a table where a pure function disagrees with the seeds).
"""

from __future__ import annotations

import enum
from typing import Any, Callable

from attrs import field, frozen


class Kind(str, enum.Enum):
    INV = "inv"
    STEP = "step"
    REACH = "reach"
    LIVE = "live"
    CHECK = "check"


@frozen
class Antecedent:
    """The situation a property is about (its premise): a state condition ``(L, policy, v)`` or, with
    ``step``, a transition condition ``(L, policy, before, a, after)``.  A proof of the property says
    something only where its premise happens: where every premise is shown unreachable the proof is
    reported as ``proved (vacuous)``."""

    text: str
    holds: Callable[..., Any]
    step: bool = False


@frozen
class Property:
    """A catalog property: stable ID, kind, statement, clauses, and its predicates."""

    id: str
    model: str  # "scale_set" or "cloud_service"
    kind: Kind
    name: str  # what holds, e.g. ``batch_within_cap``; witnesses start with ``can_``
    statement: str
    clauses: tuple[str, ...]
    region: str  # where it holds: the project's own finding, stated for people
    holds: Callable[..., Any] | None = None  # inv / live: (L, policy, v); step: (L, policy, before, a, after)
    step_holds: Callable[..., Any] | None = None  # an inv's transition part, if any: (L, policy, before, a, after)
    goal: Callable[..., Any] | None = None  # reach: (L, policy, v)
    start: Callable[..., Any] | None = None  # reach/live: extra condition on initial states (L, policy, v)
    start_policy: Callable[[Any], Any] | None = None  # reach/live: the policy whose initial states start the search
    #: reach: the goal must be reachable from *every* start (else: from some start)
    every_start: bool = False
    allowed: Callable[..., Any] | None = None  # reach/live: (L, policy, before, a, after) -> which transitions count
    check: Callable[[Any], list[str]] | None = None  # check: (policy) -> list of disagreements
    applies: Callable[[Any], bool] = field(default=lambda policy: True)
    not_applicable_why: str = ""
    #: ``not_applicable_why``'s alternatives, each with the condition that makes it the reason
    #: (``(policy) -> bool``, words): a not-applicable verdict names only those its policy meets.
    not_applicable_when: tuple[tuple[Callable[[Any], bool], str], ...] = ()
    depth_hint: int | None = None  # bounded checks: a depth known to suffice, if any
    #: The premises of the statement (``Antecedent``): where none happens, a proof is vacuous.
    antecedents: tuple[Antecedent, ...] = ()
    #: The guard of the model this property restates, in words ("" when it restates none): a proof
    #: then holds by construction, and ``worth`` says why the check is still worth running.
    restates: str = ""
    worth: str = ""
    #: The policy parameters (named choices and switches) the verdict depends on, in the model's names.
    depends_on: tuple[str, ...] = ()
    #: What the seed document says, in its own (translated) words: the promise a finding is about.
    promise: str = ""
    #: For a ``check``: what its table covers, in words (rows, sizes).
    covers: str = ""

    @property
    def anchor(self) -> str:
        return self.id.lower()


REGISTRY: dict[tuple[str, str], Property] = {}


def register(p: Property) -> Property:
    """Add ``p`` to the registry; an ID may appear once per model (the ``X-*`` ones in both)."""
    key = (p.model, p.id)
    if key in REGISTRY:
        raise ValueError(f"property {p.id} registered twice for {p.model}")
    REGISTRY[key] = p
    return p


def properties_for(model: str) -> list[Property]:
    """Every property of ``model``, in catalog order."""
    _load()
    return [p for p in REGISTRY.values() if p.model == model]


def get(property_id: str, model: str | None = None) -> Property:
    """The property with this ID (for an ``X-*`` ID, name the model)."""
    _load()
    hits = [p for (m, i), p in REGISTRY.items() if i == property_id and (model is None or m == model)]
    if len(hits) != 1:
        raise KeyError(f"{property_id} ({model or 'any model'}): {len(hits)} properties match")
    return hits[0]


def all_ids() -> list[str]:
    _load()
    return sorted({i for (_, i) in REGISTRY})


def _load() -> None:
    # Importing the catalog modules registers their properties.
    from rollproof.properties import scale_set  # noqa: F401
    try:
        from rollproof.properties import cloud_service  # noqa: F401
    except ImportError:  # the cloud-service catalog may not exist yet
        pass
