"""How the solver treats each model's counting encoding: measured choices, not semantics.

The transition's shape, where a certificate splits a case, the order of the parametric searches:
chosen per model from measurements, apart from the model (``model.counting.CountingModel``).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Callable, Mapping

from attrs import frozen


def _no_split(policy: Any) -> dict[str, tuple[tuple[str, tuple[Any, ...]], ...]]:
    return {}


def _cloud_service_split(policy: Any) -> dict[str, tuple[tuple[str, tuple[Any, ...]], ...]]:
    """The walk's successor branches on the current UD and the direction, an update's or a start's
    on its UD: with those fixed, the ``ite`` terms fold away, and cvc5 re-checks the cases faster
    than the one case with every branch in it."""
    uds = tuple(range(policy.upgrade_domains))
    return {
        "fabric_walks_ud": (("current_ud", uds), ("rollback", (False, True))),
        "fabric_updates_ud": (("args.ud", uds),),
        "fabric_starts_ud": (("args.ud", uds),),
    }


@frozen
class Settings:
    """One model's solver settings."""

    #: How ``solver.symbolic.transition`` writes a step: ``"implication"`` (``act = a ⇒ guard ∧
    #: after = effect``, unit propagation along a run) or ``"functional"`` (one ``ite`` chain per
    #: successor field: measured several times faster for the cloud service's BMC, slower for the
    #: scale set's).
    transition: str = "implication"
    #: Where a certificate splits an action's case (``solver.prove.Frame.broken_by_a_step``): per
    #: action name, fields of the state before the step (``args.`` for the action's arguments) and
    #: their values.
    split_cases: Callable[[Any], dict[str, tuple[tuple[str, tuple[Any, ...]], ...]]] = _no_split
    #: With parametric sizes, search over every size at once (a quick proof, BMC at the smallest
    #: deployment and over every size) before the sizes one by one: the cloud service's cells.
    every_size_at_once: bool = False
    #: The clock bounds are candidates in the proofs over ranges of sizes (they cost the cloud
    #: service's proofs more than they give).
    parametric_clocks: bool = True
    #: Templates over the view join the model's lemmas as candidates (``solver.candidates``).
    templates: bool = False


SETTINGS: Mapping[str, Settings] = MappingProxyType({
    "scale_set": Settings(),
    "cloud_service": Settings(
        transition="functional", split_cases=_cloud_service_split, every_size_at_once=True, parametric_clocks=False,
    ),
})


def settings(C: Any) -> Settings:
    """The settings of counting model ``C``."""
    return SETTINGS[C.NAME]
