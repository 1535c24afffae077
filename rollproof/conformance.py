"""Model-based testing of an implementation: the model as the oracle of your orchestrator's tests.

You write an adapter (``ScaleSetAdapter``) between the model and your system:

* ``start(state)``: build a fresh system like the model's initial state (its instance count, which
  instances are unhealthy);
* ``perform(action)``: the world does ``action`` to your system (an image is published, an
  instance's upgrade finishes healthy or not, the probe wait expires, an operator cancels,
  maintenance takes an instance down, an instance recovers, a workload approves its upgrade, the
  operator renews expired credentials and redeploys): call your system's handler for it;
* ``step()``: let your system take its own next step, and say what it did as model actions
  (``orchestrator_checks_health``, ``orchestrator_starts_batch(chosen=…)``,
  ``orchestrator_ends_batch``, and with ``rollback_failed_on_breach`` ``orchestrator_rolls_back_failed``),
  the instances numbered as the model numbers them; none if it does nothing;
* ``observe()``: your system's state as observables (``properties.observables``: ``status``,
  ``upgrading``, ``unhealthy``, ``failed``, ``successful``, ``pending``…, any subset).

``ScaleSetConformance`` is a Hypothesis state machine that drives the model and your system side by
side.  Each world action the model allows goes to both; after it your system takes its own steps at
once, or the world acts again first (both are drawn).  Each step of your system is applied to the
model, and a step the model refuses fails the test with the refusal, which names its clause
(``A-10.1: no passed health check at a batch boundary``); after every step every observable your
adapter reports must equal the model's (``status`` as the number or the name of
``model.scale_set.Status``, or as Azure's ``runningStatus.code``).  Hypothesis shrinks a failing run to a short one::

    from rollproof.conformance import ScaleSetConformance

    class WebTier(ScaleSetConformance.for_policy("infra/web.toml")):
        def adapter(self):
            return MyOrchestratorAdapter()

    TestWebTier = WebTier.TestCase

The orchestrator's own steps come only from your system (the machine never takes them for it);
the world's come only from the model (your system is never asked to handle what the model says
cannot happen).  docs/conformance.md has a worked example.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Protocol

from hypothesis import strategies as st
from hypothesis.stateful import precondition, rule

from rollproof.model import scale_set as S
from rollproof.model.core import Action, Refused
from rollproof.testing import ScaleSetMachine, observe as _observe

__all__ = ["ScaleSetAdapter", "ScaleSetConformance", "Departure", "SYSTEM_ACTIONS", "WORLD_ACTIONS"]

#: The actions your system takes on its own (``step``): the orchestrator's decisions.
SYSTEM_ACTIONS = ("orchestrator_checks_health", "orchestrator_starts_batch", "orchestrator_ends_batch",
                  "orchestrator_rolls_back_failed")
#: The actions the world does to your system (``perform``): triggers, outcomes, time, operators.
WORLD_ACTIONS = ("orchestrator_starts_upgrade", "instance_finishes_upgrade", "probe_wait_expires",
                 "operator_cancels", "maintenance_takes_down", "instance_recovers", "instance_approves_upgrade",
                 "operator_renews_credentials")


_STATUS = {**{s.name.lower(): int(s) for s in S.Status}, **{s.name.title().replace("_", "").lower(): int(s) for s in S.Status}}


class ScaleSetAdapter(Protocol):
    """What the conformance machine asks of your system (see the module's documentation)."""

    def start(self, state: S.ScaleSet) -> None:
        """Build a fresh system like the model's initial ``state``."""

    def perform(self, action: Action) -> None:
        """The world does ``action`` (one of ``WORLD_ACTIONS``) to your system."""

    def step(self) -> Iterable[Action] | Action | None:
        """Your system's next step of its own, as the model actions it took (``SYSTEM_ACTIONS``)."""

    def observe(self) -> Mapping[str, Any]:
        """Your system's state as observables (any subset)."""


def _enabled(machine: Any, name: str) -> bool:
    """Whether the model allows the world action ``name`` now (a rule the world cannot take is not drawn)."""
    return machine.state is not None and S.enabled(machine.state, name)


class Departure(AssertionError):
    """The implementation did what the model refuses, or reached a state the model cannot."""


class ScaleSetConformance(ScaleSetMachine):
    """The model and an implementation side by side (``adapter``): random policies unless fixed with
    ``for_policy``; the catalog properties checked on the model's side are those of ``for_policy``."""

    #: The largest number of system steps taken in a row while the world waits (one rule draw).
    max_steps_per_turn = 3

    def adapter(self) -> ScaleSetAdapter:
        """Your adapter, a fresh one per run (override)."""
        raise NotImplementedError("subclass ScaleSetConformance and return your adapter from adapter()")

    # ---------------------------------------------------------------------------------------

    def __init__(self) -> None:
        super().__init__()
        self.impl: ScaleSetAdapter | None = None

    def _start_implementation(self) -> None:
        self.impl = self.adapter()
        self.impl.start(self.state)
        self._compare("the initial state")

    def _world(self, action: Action, react: bool) -> None:
        """A world action: to the model first; where it accepts, to the implementation too, which
        then takes its own steps at once if ``react`` (else the world may act again first)."""
        if self.impl is None:
            self._start_implementation()
        after = S.apply(self.state, action)
        if isinstance(after, Refused):
            return  # the world does only what the model allows
        self._do(action)
        self.impl.perform(action)
        self._compare(action.call_text())
        if react:
            self.the_system_steps()

    def _compare(self, after_what: str) -> None:
        seen = dict(self.impl.observe())
        for name, value in seen.items():
            if name == "status" and isinstance(value, str):
                value = _STATUS.get(value.lower(), value)
            try:
                expected = _observe(self.state, name)
            except KeyError as e:
                raise Departure(f"the adapter reports {name!r}, no observable of the model ({e})") from None
            if isinstance(expected, bool) or isinstance(value, bool):
                same = bool(expected) == bool(value) and isinstance(value, bool) == isinstance(expected, bool)
            else:
                same = expected == value
            if not same:
                raise Departure(f"after {after_what}: the implementation's {name} is {value!r}, the model's "
                                f"{expected!r}")

    # ---------------------------------------------------------------------------------------
    # The world's actions (the orchestrator's own rules of ScaleSetMachine are the system's now)

    @precondition(lambda self: _enabled(self, "orchestrator_starts_upgrade"))
    @rule(react=st.booleans())
    def orchestrator_starts_upgrade(self, react: bool) -> None:
        self._world(Action.of("orchestrator_starts_upgrade"), react)

    @precondition(lambda self: _enabled(self, "instance_finishes_upgrade"))
    @rule(data=st.data(), healthy=st.booleans(), react=st.booleans())
    def instance_finishes_upgrade(self, data: Any, healthy: bool, react: bool) -> None:
        self._world(self._pick(data, "instance_finishes_upgrade", healthy), react)

    @precondition(lambda self: _enabled(self, "probe_wait_expires"))
    @rule(react=st.booleans())
    def probe_wait_expires(self, react: bool) -> None:
        self._world(Action.of("probe_wait_expires"), react)

    @precondition(lambda self: _enabled(self, "operator_cancels"))
    @rule(react=st.booleans())
    def operator_cancels(self, react: bool) -> None:
        self._world(Action.of("operator_cancels"), react)

    @precondition(lambda self: _enabled(self, "maintenance_takes_down"))
    @rule(data=st.data(), react=st.booleans())
    def maintenance_takes_down(self, data: Any, react: bool) -> None:
        self._world(self._pick(data, "maintenance_takes_down"), react)

    @precondition(lambda self: _enabled(self, "instance_recovers"))
    @rule(data=st.data(), react=st.booleans())
    def instance_recovers(self, data: Any, react: bool) -> None:
        self._world(self._pick(data, "instance_recovers"), react)

    @precondition(lambda self: _enabled(self, "instance_approves_upgrade"))
    @rule(data=st.data(), react=st.booleans())
    def instance_approves_upgrade(self, data: Any, react: bool) -> None:
        self._world(self._pick(data, "instance_approves_upgrade"), react)

    @precondition(lambda self: _enabled(self, "operator_renews_credentials"))
    @rule(react=st.booleans())
    def operator_renews_credentials(self, react: bool) -> None:
        self._world(Action.of("operator_renews_credentials"), react)

    @rule()
    def the_system_steps(self) -> None:
        """The implementation takes its next step(s); each is applied to the model, which must accept it."""
        if self.impl is None:
            self._start_implementation()
        for _ in range(self.max_steps_per_turn):
            took = self.impl.step()
            actions = [] if took is None else [took] if isinstance(took, Action) else list(took)
            if not actions:
                return
            for a in actions:
                if a.name not in SYSTEM_ACTIONS:
                    raise Departure(f"the system's step {a.call_text()} is no orchestrator action "
                                    f"({', '.join(SYSTEM_ACTIONS)})")
                after = S.apply(self.state, a)
                if isinstance(after, Refused):
                    raise Departure(f"the implementation's {a.call_text()} is refused by the model "
                                    f"({after.clause}): {after.reason}")
                self._do(a)
            self._compare(" then ".join(a.call_text() for a in actions))

    # Disable the model-only orchestrator rules: the system takes those steps.
    orchestrator_checks_health = None  # type: ignore[assignment]
    orchestrator_starts_batch = None  # type: ignore[assignment]
    orchestrator_ends_batch = None  # type: ignore[assignment]
    orchestrator_rolls_back_failed = None  # type: ignore[assignment]  (V6 breach rollback: the system's step)
