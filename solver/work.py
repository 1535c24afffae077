"""What bounds a check: work, counted alike on every machine; seconds only as a safety cap.

Whatever a verdict says (which strategy answers, the depth cleared, the counterexample shown,
whether the fuzzer runs and what it finds) must not depend on how fast the machine is.  So each
strategy is bounded by work (``Bounds``): states visited by a search, steps of a run replayed,
fuzzer runs, BMC depths, and solver work in Z3's deterministic resource units (its ``rlimit``
count, the same for the same query on every machine: a query is asked in a Z3 context of its own,
by a fixed pipeline of tactics, so neither the process's history nor a tactic's time limit
changes it).  The seconds of a check are an outer cap only: running out of them raises
``Timeout``, reported as an ``unknown`` whose reason says so.
"""

from __future__ import annotations

from attrs import frozen


class Timeout(Exception):
    """Out of the check's seconds: the safety cap, never a bound that shapes a verdict's text."""


class Account:
    """Solver work (Z3 resource units) a strategy may still spend; shared by the strategies that
    draw on it, in the order they run."""

    def __init__(self, units: int) -> None:
        self.units = units
        self.spent = 0

    @property
    def left(self) -> int:
        return max(0, self.units - self.spent)

    def spend(self, n: int) -> None:
        self.spent += n

    def share(self, fraction: float) -> "Account":
        """A sub-account of at most ``fraction`` of what is left here, drawing on this one."""
        return _Share(self, int(self.left * fraction))


class _Share(Account):
    def __init__(self, parent: Account, units: int) -> None:
        super().__init__(units)
        self.parent = parent

    def spend(self, n: int) -> None:
        super().spend(n)
        self.parent.spend(n)


@frozen
class Bounds:
    """The work each strategy of a check may do.  Chosen so that every verdict of the example
    catalog is reached (its deepest counterexamples included) and every search that cannot end
    stops well within the default cap on a loaded 2-core machine; the figures are in the README."""

    #: Counting states the breadth-first search visits before it stops (the depth it finished is
    #: what it cleared).  A search that visits every reachable state proves by those states
    #: (``solver.reachable``), the same on every run: the web tier's 4-instance surge pool has 3,610,
    #: and its VMSS-TERMINAL was otherwise left to Spacer, whose outcome depends on the process.
    explicit_states: int = 4_000
    #: Counting states the guided search visits before it gives up.
    guided_states: int = 2_000
    #: Replays a run's shortening may try (each replays the whole run once).
    shorten_replays: int = 2_000
    #: Z3 resource units for every BMC query of a concrete check (the guided search's included):
    #: the deepest catalog refutations found by BMC need about 62 million (CS-ONE-UD's 22 steps
    #: over a single UD, in one query) and 75 million (VMSS-UPGRADED-GATE under Service Fabric,
    #: ten depths); where no counterexample is near, BMC stops once they are spent.
    bmc_units: int = 100_000_000
    #: Z3 resource units for Spacer (IC3/PDR), in a context of its own.
    spacer_units: int = 10_000_000
    #: Z3 resource units for BMC at the smallest deployment of a parametric policy.
    smallest_units: int = 40_000_000
    #: Z3 resource units for BMC over every size of a parametric policy at once.
    parametric_bmc_units: int = 60_000_000
