"""A Hypothesis state machine over the scale-set model: one rule per action, the registry as invariants.

The machine is a thin shell: it holds the current state value only; each rule calls one model
action; the invariants are the registry's predicates on the counting view of the state, checked
for the properties whose stated region contains the drawn policy (``scale_set_fuzz.REGIONS``).
"""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from model import scale_set as S
from model.core import Action, Refused
from model.logic import CONCRETE
from properties.registry import Kind

from scale_set_fuzz import REGIONS, code_of, initial_states, pick, policies, prop, view_of

INVARIANTS = [pid for pid in REGIONS if prop(pid).kind == Kind.INV]
STEPS = [pid for pid in REGIONS if prop(pid).kind == Kind.STEP or prop(pid).step_holds is not None]


def _applies(pid: str, policy) -> bool:
    p = prop(pid)
    return p.applies(policy) and REGIONS[pid](policy)


class ScaleSetMachine(RuleBasedStateMachine):
    """Random policies (instances 1…40, every percentage and switch) and random runs."""

    state: S.ScaleSet

    @initialize(data=st.data())
    def a_policy_and_an_initial_state(self, data):
        policy = data.draw(policies(), label="policy")
        self.state = data.draw(initial_states(policy), label="initial state")

    # One rule per action ------------------------------------------------------------------

    def _do(self, action: Action) -> None:
        before = self.state
        after = S.apply(before, action)
        if isinstance(after, Refused):
            assert after.clause and after.reason, after  # a refusal always names its clause
            return
        vb, va = view_of(before), view_of(after)
        for pid in STEPS:
            p = prop(pid)
            if not _applies(pid, before.policy):
                continue
            check = p.holds if p.kind == Kind.STEP else p.step_holds
            assert check(CONCRETE, before.policy, vb, code_of(action), va), (
                f"{pid} fails on {action.call_text()}"
            )
        self.state = after

    def _pick(self, data, name: str, healthy: bool = True) -> Action:
        """Arguments from the model's candidate actions of ``name`` (those ``s`` accepts, if any)."""
        return pick(self.state, name, data.draw(st.integers(0, 2**16), label="option"), fails=not healthy)

    @rule()
    def orchestrator_starts_upgrade(self):
        self._do(Action.of("orchestrator_starts_upgrade"))

    @rule()
    def orchestrator_checks_health(self):
        self._do(Action.of("orchestrator_checks_health"))

    @rule(data=st.data())
    def orchestrator_starts_batch(self, data):
        self._do(self._pick(data, "orchestrator_starts_batch"))

    @rule(data=st.data(), healthy=st.booleans())
    def instance_finishes_upgrade(self, data, healthy):
        self._do(self._pick(data, "instance_finishes_upgrade", healthy))

    @rule()
    def probe_wait_expires(self):
        self._do(Action.of("probe_wait_expires"))

    @rule()
    def orchestrator_ends_batch(self):
        self._do(Action.of("orchestrator_ends_batch"))

    @rule()
    def operator_cancels(self):
        self._do(Action.of("operator_cancels"))

    @rule(data=st.data())
    def maintenance_takes_down(self, data):
        self._do(self._pick(data, "maintenance_takes_down"))

    @rule(data=st.data())
    def instance_recovers(self, data):
        self._do(self._pick(data, "instance_recovers"))

    # Invariants: the registry's predicates --------------------------------------------------

    @invariant()
    def every_invariant_holds_inside_its_region(self):
        v = view_of(self.state)
        for pid in INVARIANTS:
            if _applies(pid, self.state.policy):
                assert prop(pid).holds(CONCRETE, self.state.policy, v), f"{pid} fails"


TestScaleSetMachine = ScaleSetMachine.TestCase


def test_every_action_has_a_rule_of_the_same_name():
    rules = {name for name in dir(ScaleSetMachine) if name in S.ACTIONS}
    assert rules == set(S.ACTIONS)
