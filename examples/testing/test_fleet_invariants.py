"""A test file of one's own over two policy files: rollproof's state machines with invariants added.

Each machine runs random upgrades of its policy through the per-instance model, checks after every
step the properties the policy's ``[expect]`` table expects proved, and checks the invariants below,
written over the observables (the quantities docs/user-properties.md lists: ``serving``,
``upgrading``, ``online_web``…).  Run it with pytest; fuzz it for longer with HypoFuzz::

    python -m pytest -n 0 examples/testing/test_fleet_invariants.py
    hypothesis fuzz -- -n 0 examples/testing/test_fleet_invariants.py

docs/testing.md explains each part.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import settings
from hypothesis.stateful import invariant

from rollproof.testing import CloudServiceMachine, ScaleSetMachine

POLICIES = Path(__file__).resolve().parent.parent / "policies"


class ThreeInstances(ScaleSetMachine.for_policy(POLICIES / "vmss-three-instances.toml")):
    """Three instances upgraded in batches of one (20% of 3 rounds down, to at least one instance)."""

    @invariant()
    def at_most_one_instance_upgrades_at_a_time(self):
        assert self.observe("upgrading") <= 1

    @invariant()
    def every_instance_is_serving_or_not(self):
        assert self.observe("serving") + self.observe("not_serving") == self.observe("instances")

    def after_step(self, before, action, after):
        # A step takes at most one more instance out of service: a batch of one, or maintenance.
        assert self.observe("not_serving", after) <= self.observe("not_serving", before) + 1, action


class AnyRoleSizes(CloudServiceMachine.for_policy(POLICIES / "cs-any-roles.toml")):
    """A web and a worker role of any size (drawn for each run), five upgrade domains."""

    @invariant()
    def the_roles_online_add_up(self):
        assert self.observe("online_web") + self.observe("online_worker") == self.observe("online")

    @invariant()
    def locked_only_while_an_update_is_in_progress(self):
        # U-21, U-29: one operation at a time locks the deployment until its update ends.
        if self.observe("locked"):
            assert self.observe("update_active")


TestThreeInstances = ThreeInstances.TestCase
TestThreeInstances.settings = settings(max_examples=50, stateful_step_count=30, deadline=None)

TestAnyRoleSizes = AnyRoleSizes.TestCase
TestAnyRoleSizes.settings = settings(max_examples=30, stateful_step_count=30, deadline=None)
