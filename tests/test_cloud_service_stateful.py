"""The cloud-service state machine (``rollproof.testing.CloudServiceMachine``) over random policies,
with the registry's properties as invariants: each checked on the policies inside the region where
the project finds that it holds (``test_cloud_service_fuzz.REGIONS``)."""

from __future__ import annotations

from rollproof.model import cloud_service as cs
from rollproof import testing

from test_cloud_service_fuzz import REGIONS


class CloudServiceMachine(testing.CloudServiceMachine):
    """Random policies (1…4 roles of 1…12 instances, 1…20 UDs) and random runs."""

    regions = REGIONS


TestCloudServiceMachine = CloudServiceMachine.TestCase


def test_every_action_has_a_rule_of_the_same_name():
    rules = {name for name in dir(CloudServiceMachine) if name in cs.ACTIONS}
    assert rules == set(cs.ACTIONS)
