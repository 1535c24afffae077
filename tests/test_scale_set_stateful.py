"""The scale-set state machine (``rollproof.testing.ScaleSetMachine``) over random policies, with the
registry's properties as invariants: each checked on the policies inside the region where the
project finds that it holds (``scale_set_fuzz.REGIONS``)."""

from __future__ import annotations

from rollproof.model import scale_set as S
from rollproof import testing

from scale_set_fuzz import REGIONS


class ScaleSetMachine(testing.ScaleSetMachine):
    """Random policies (instances 1…40, every percentage and switch) and random runs."""

    regions = REGIONS


TestScaleSetMachine = ScaleSetMachine.TestCase


def test_every_action_has_a_rule_of_the_same_name():
    rules = {name for name in dir(ScaleSetMachine) if name in S.ACTIONS}
    assert rules == set(S.ACTIONS)
