"""A Hypothesis state machine over random cloud-service policies: a thin shell over the model.

Each rule calls one model action; the invariants evaluate the registry's predicates on the
counting view of the current state, for the properties whose region contains the drawn policy.
The machine holds nothing but the current state (its policy is ``state.policy``).
"""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from model import cloud_service as cs
from model import cloud_service_counts as C
from model.core import Action, Refused
from model.logic import CONCRETE
from properties.registry import Kind
from test_cloud_service_fuzz import REGIONS, policies, prop

L = CONCRETE


class CloudServiceMachine(RuleBasedStateMachine):
    state: cs.CloudService | None = None

    @initialize(policy=policies(max_roles=4, max_count=12, max_uds=20))
    def deploy(self, policy):
        self.state = cs.initial_state(policy)

    def _do(self, name, **args):
        before = self.state
        result = cs.apply(before, Action.of(name, **args))
        if isinstance(result, Refused):
            return
        self.state = result
        for pid, in_region in REGIONS.items():
            p = prop(pid)
            if p.kind == Kind.STEP and p.applies(before.policy) and in_region(before.policy):
                vb = C.view(L, before.policy, C.abstract(before))
                va = C.view(L, result.policy, C.abstract(result))
                assert p.holds(L, before.policy, vb, int(C.A[name]), va), (pid, name, args)

    def _ud(self, data):
        return data.draw(st.integers(0, self.state.policy.upgrade_domains - 1))

    def _i(self, data):
        return data.draw(st.integers(0, self.state.n - 1))

    @rule(kind=st.sampled_from(cs.KINDS), change=st.sampled_from(cs.CHANGES), crashes=st.booleans())
    @precondition(lambda self: self.state is not None)
    def operator_requests_update(self, kind, change, crashes):
        self._do("operator_requests_update", kind=kind, change=change, crashes=crashes)

    @rule()
    @precondition(lambda self: self.state is not None)
    def operator_changes_configuration(self):
        self._do("operator_changes_configuration")

    @rule()
    @precondition(lambda self: self.state is not None)
    def operator_rolls_back(self):
        self._do("operator_rolls_back")

    @rule()
    @precondition(lambda self: self.state is not None)
    def operator_deletes_deployment(self):
        self._do("operator_deletes_deployment")

    @rule()
    @precondition(lambda self: self.state is not None)
    def fabric_walks_ud(self):
        self._do("fabric_walks_ud")

    @rule(data=st.data())
    @precondition(lambda self: self.state is not None)
    def operator_walks_ud(self, data):
        self._do("operator_walks_ud", ud=self._ud(data))

    @rule(data=st.data())
    @precondition(lambda self: self.state is not None)
    def fabric_updates_ud(self, data):
        self._do("fabric_updates_ud", ud=self._ud(data))

    @rule(data=st.data())
    @precondition(lambda self: self.state is not None)
    def fabric_starts_ud(self, data):
        self._do("fabric_starts_ud", ud=self._ud(data))

    @rule(data=st.data())
    @precondition(lambda self: self.state is not None)
    def instance_comes_online(self, data):
        self._do("instance_comes_online", i=self._i(data))

    @rule(data=st.data())
    @precondition(lambda self: self.state is not None)
    def instance_start_times_out(self, data):
        self._do("instance_start_times_out", i=self._i(data))

    @rule(data=st.data())
    @precondition(lambda self: self.state is not None)
    def instance_crashes(self, data):
        self._do("instance_crashes", i=self._i(data))

    @rule()
    @precondition(lambda self: self.state is not None)
    def fabric_completes_ud(self):
        self._do("fabric_completes_ud")

    @rule()
    @precondition(lambda self: self.state is not None)
    def fabric_swaps_vip(self):
        self._do("fabric_swaps_vip")

    @invariant()
    def properties_hold_inside_their_regions(self):
        if self.state is None:
            return
        p = self.state.policy
        v = C.view(L, p, C.abstract(self.state))
        for pid, in_region in REGIONS.items():
            pr = prop(pid)
            if pr.kind == Kind.INV and pr.applies(p) and in_region(p):
                assert pr.holds(L, p, v), pid


TestCloudServiceMachine = CloudServiceMachine.TestCase
