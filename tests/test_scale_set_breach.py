"""The rollback of failed instances on a policy breach (V6 ``rollbackFailedInstancesOnPolicyBreach``,
``rollback_failed_on_breach``) and the operator's recovery from expired credentials (A-25,
``credentials_recovery``): each action step by step in the per-instance model, the counting model
agreeing on every step, where VMSS-CREDENTIALS-RECOVERY's goal is reachable (exhaustively, on small
sets), and the Azure field reaching the policy.
"""

from __future__ import annotations

import json
from collections import deque

import pytest

from rollproof import inputs
from rollproof.model import scale_set as S
from rollproof.model import scale_set_counts as C
from rollproof.model.core import Action, Refused
from rollproof.model.logic import CONCRETE
from rollproof.policyfile import PolicyFileError

from scale_set_fuzz import REGIONS, prop, view_of


def go(s: S.ScaleSet, name: str, **kw) -> S.ScaleSet:
    """Apply an action the model must accept, and check the counting model takes the same step."""
    a = Action.of(name, **kw)
    r = S.apply(s, a)
    assert not isinstance(r, Refused), r
    ca, args = C.abstract_action(s, a)
    guard, nxt = C.step(CONCRETE, s.policy, C.abstract(s), ca, args)
    assert guard is True and nxt == C.abstract(r), name
    return r


def refused(s: S.ScaleSet, name: str, **kw) -> Refused:
    a = Action.of(name, **kw)
    r = S.apply(s, a)
    assert isinstance(r, Refused), name
    ca, args = C.abstract_action(s, a)
    assert C.step(CONCRETE, s.policy, C.abstract(s), ca, args)[0] is False, name
    return r


def faulted(policy: S.ScaleSetPolicy) -> S.ScaleSet:
    """Instance 0 alone is the first batch; it fails, and the upgraded gate faults the upgrade."""
    s = go(S.initial_state(policy), "orchestrator_starts_upgrade")
    s = go(s, "orchestrator_checks_health")
    s = go(s, "orchestrator_starts_batch", chosen=frozenset({0}))
    s = go(s, "instance_finishes_upgrade", i=0, healthy=False)
    s = go(s, "probe_wait_expires")
    s = go(s, "orchestrator_ends_batch")
    assert s.status == S.Status.FAULTED
    return s


# --------------------------------------------------------------------------------------------
# V6: failed instances rolled back on a breach


def test_without_the_parameter_failed_instances_stay_on_the_new_image():
    s = faulted(S.Policy(instances=5))
    assert refused(s, "orchestrator_rolls_back_failed").clause == "V6"
    assert refused(s, "maintenance_takes_down", i=1).clause == "A-12"  # no upgrade rolls forward


def test_the_rollback_waits_for_the_fault_then_takes_the_failed_instances_back_to_the_old_image():
    p = S.Policy(instances=5, rollback_failed_on_breach=True)
    s = go(S.initial_state(p), "orchestrator_starts_upgrade")
    s = go(s, "orchestrator_checks_health")
    s = go(s, "orchestrator_starts_batch", chosen=frozenset({0}))
    s = go(s, "instance_finishes_upgrade", i=0, healthy=False)
    assert "not faulted" in refused(s, "orchestrator_rolls_back_failed").reason
    s = faulted(p)
    s = go(s, "maintenance_takes_down", i=1)  # maintenance may come between the fault and the rollback
    r = go(s, "orchestrator_rolls_back_failed")
    x0, x1 = r.instances[0], r.instances[1]
    assert (x0.image, x0.os_disk, x0.healthy, x0.attempted) == (S.OLD, S.OLD, False, True)
    assert x0.data_disks == s.instances[0].data_disks
    assert x1 == s.instances[1]  # down by maintenance, never upgraded: not the rollback's
    assert r.status == S.Status.FAULTED
    refused(r, "orchestrator_rolls_back_failed")  # nothing failed is left on the new image
    refused(r, "maintenance_takes_down", i=2)  # the rollback is done: no upgrade, no maintenance
    back = go(r, "instance_recovers", i=0)  # its probe may turn healthy again
    assert back.instances[0].healthy


def test_the_rollback_counts_as_a_downgrade_only_where_the_policy_asks_for_it():
    nd = prop("VMSS-NO-DOWNGRADE")
    p = S.Policy(instances=5, rollback_failed_on_breach=True)
    s = faulted(p)
    r = go(s, "orchestrator_rolls_back_failed")
    code = int(C.A.orchestrator_rolls_back_failed)
    assert nd.holds(CONCRETE, p, view_of(s), code, view_of(r))
    assert not nd.holds(CONCRETE, S.Policy(instances=5), view_of(s), code, view_of(r))
    br = prop("VMSS-BREACH-ROLLBACK")
    assert br.holds(CONCRETE, p, view_of(s), code, view_of(r))
    assert not br.holds(CONCRETE, p, view_of(s), code, view_of(s))  # a rollback that left it there


# --------------------------------------------------------------------------------------------
# renewed credentials and the redeploy


def test_a_new_upgrade_without_renewed_credentials_does_not_heal_a_credentials_failure():
    p = S.Policy(instances=5, credentials_valid=False)
    s = go(faulted(p), "orchestrator_starts_upgrade")
    assert refused(s, "instance_recovers", i=0).clause == "A-25"
    assert 0 not in S.Facts(s).pending_ids
    assert refused(s, "operator_renews_credentials").clause == "A-25"  # credentials_recovery is off


def test_renewed_credentials_and_the_redeploy_update_the_failed_instance_again():
    p = S.Policy(instances=5, credentials_valid=False, credentials_recovery=True)
    s = go(S.initial_state(p), "orchestrator_starts_upgrade")
    assert refused(s, "operator_renews_credentials").clause == "A-5"  # an upgrade rolls forward
    s = faulted(p)
    s = go(s, "operator_renews_credentials")
    assert s.credentials_renewed and s.instances[0].redeploy and s.status == S.Status.FAULTED
    assert refused(s, "operator_renews_credentials").clause == "A-24"  # no longer expired
    assert refused(s, "instance_recovers", i=0).clause == "A-25"  # only its update heals it
    s = go(s, "orchestrator_starts_upgrade")
    assert 0 in S.Facts(s).pending_ids
    s = go(s, "orchestrator_checks_health")
    s = go(s, "orchestrator_starts_batch", chosen=frozenset({0}))
    s = go(s, "instance_finishes_upgrade", i=0, healthy=True)  # refused while they were expired
    s = go(s, "probe_wait_expires")
    s = go(s, "orchestrator_ends_batch")
    assert s.status == S.Status.ROLLING_FORWARD and s.instances[0] == S.Instance(
        image=S.NEW, os_disk=S.NEW, healthy=True, data_disks=S.data_disks_of(0), attempted=True)
    # A later failure is an ordinary one (upgraded_may_fail): its probe may turn healthy again.
    s = go(s, "orchestrator_checks_health")
    s = go(s, "orchestrator_starts_batch", chosen=frozenset({1}))
    s = go(s, "instance_finishes_upgrade", i=1, healthy=False)
    s = go(s, "instance_recovers", i=1)


def test_before_the_renewal_every_upgraded_instance_still_fails():
    p = S.Policy(instances=5, credentials_valid=False, credentials_recovery=True)
    s = go(S.initial_state(p), "orchestrator_starts_upgrade")
    s = go(s, "orchestrator_checks_health")
    s = go(s, "orchestrator_starts_batch", chosen=frozenset({0}))
    assert refused(s, "instance_finishes_upgrade", i=0, healthy=True).clause == "A-24"


# --------------------------------------------------------------------------------------------
# VMSS-CREDENTIALS-RECOVERY: its region, exhaustively on small sets


def _goal_reachable(policy: S.ScaleSetPolicy) -> bool:
    """Whether some run from some allowed start reaches the goal (every state of the model visited)."""
    p = prop("VMSS-CREDENTIALS-RECOVERY")
    n = int(policy.instances)
    starts = [S.initial_state(policy, frozenset(i for i in range(n) if m >> i & 1)) for m in range(2 ** n)]
    todo = deque(s for s in starts if not isinstance(s, Refused))
    seen = set(todo)
    while todo:
        s = todo.popleft()
        if p.goal(CONCRETE, policy, view_of(s)):
            return True
        for a in S.candidate_actions(s):
            r = S.apply(s, a)
            if not isinstance(r, Refused) and r not in seen:
                seen.add(r)
                todo.append(r)
    return False


QUICK_POLICIES = [
    S.Policy(instances=2, credentials_valid=False),  # never renewed: every upgrade fails
    S.Policy(instances=2, credentials_valid=False, credentials_recovery=True),  # 1 of 2 down > 20%
    S.Policy(instances=2, credentials_valid=False, credentials_recovery=True, max_unhealthy_instance_percent=50),
    S.Policy(instances=2, credentials_valid=False, credentials_recovery=True, rollback_failed_on_breach=True),
]


@pytest.mark.parametrize("policy", QUICK_POLICIES, ids=["no-recovery", "small-set", "half-allowed", "breach-rollback"])
def test_the_recovery_region_is_exact_on_two_instances(policy):
    assert _goal_reachable(policy) == REGIONS["VMSS-CREDENTIALS-RECOVERY"](policy)


@pytest.mark.deep
def test_the_recovery_region_is_exact_for_small_sets():
    for policy in (S.Policy(instances=n, credentials_valid=False, credentials_recovery=rec,
                            max_unhealthy_instance_percent=pu, max_unhealthy_upgraded_instance_percent=pg,
                            rollback_failed_on_breach=rb, os_disk_rollback_on_timeout=v1, batch_fill=fill,
                            max_batch_instance_percent=pb, zones=z)
                   for n in (1, 2, 3) for rec in (False, True) for pu in (20, 50, 100) for pg in (20, 100)
                   for rb in (False, True) for v1 in (False, True) for fill in ("up_to_b", "full")
                   for pb in (20, 100) for z in (1, 2) if z <= n):
        assert _goal_reachable(policy) == REGIONS["VMSS-CREDENTIALS-RECOVERY"](policy), policy


# --------------------------------------------------------------------------------------------
# The Azure field


def _shown(rolling: dict) -> dict:
    return {"name": "workers", "type": "Microsoft.Compute/virtualMachineScaleSets", "sku": {"capacity": 4},
            "upgradePolicy": {"mode": "Rolling", "rollingUpgradePolicy": rolling}}


def _load(tmp_path, doc: dict):
    (tmp_path / "r.json").write_text(json.dumps(doc))
    return inputs.load([str(tmp_path / "r.json")], ())


def test_rollback_failed_instances_on_policy_breach_reaches_the_policy(tmp_path):
    (pf,) = _load(tmp_path, _shown({"rollbackFailedInstancesOnPolicyBreach": True})).policies
    assert pf.policy.rollback_failed_on_breach is True
    assert pf.sources["rollback_failed_on_breach"].key == "upgradePolicy.rollingUpgradePolicy.rollbackFailedInstancesOnPolicyBreach"
    assert not [ig for ig in pf.ignored if "rollbackFailed" in ig.key]
    template = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                "contentVersion": "1.0.0.0", "parameters": {"rollback": {"type": "bool", "defaultValue": True}},
                "resources": [{"type": "Microsoft.Compute/virtualMachineScaleSets", "name": "web", "sku": {"capacity": 3},
                               "properties": {"upgradePolicy": {"mode": "Rolling", "rollingUpgradePolicy": {
                                   "rollbackFailedInstancesOnPolicyBreach": "[parameters('rollback')]"}}}}]}
    (pf,) = _load(tmp_path, template).policies
    assert pf.policy.rollback_failed_on_breach is True and pf.sources["rollback_failed_on_breach"].variable
    (pf,) = _load(tmp_path, _shown({})).policies
    assert pf.policy.rollback_failed_on_breach is False
    assert pf.sources["rollback_failed_on_breach"].kind == "model-default"


def test_a_bad_rollback_value_is_one_line_naming_the_field(tmp_path):
    with pytest.raises(PolicyFileError) as e:
        _load(tmp_path, _shown({"rollbackFailedInstancesOnPolicyBreach": "yes"}))
    assert e.value.line() == (
        f"error: {tmp_path / 'r.json'}: upgradePolicy.rollingUpgradePolicy.rollbackFailedInstancesOnPolicyBreach: "
        'wrong type: must be true or false (got "yes"; allowed true or false)')
