"""The cloud service's candidate lemmas at work: proofs that need a particular guess."""

from __future__ import annotations

import attrs
import pytest

from rollproof.model.cloud_service import CloudServicePolicy
from rollproof.properties.registry import properties_for
from rollproof.properties.verdicts import Proved


@pytest.mark.parametrize("rollback_waits", [True, False])
def test_without_start_timeouts_every_role_keeps_an_instance_online_whether_or_not_a_rollback_waits(rollback_waits):
    # A rollback that does not wait turns UD 0 back while the UD it left is still down: two UDs
    # down at once, never more. Houdini needs "at most one UD outside the one walked has instances
    # offline" for it (without that guess the check was unknown, no run within 60 steps).
    pytest.importorskip("z3")
    from rollproof.checking import engine_check

    prop = next(p for p in properties_for("cloud_service") if p.id == "CS-ROLE-AVAILABLE")
    policy = attrs.evolve(CloudServicePolicy(), start_timeout_walks_on=False, rollback_waits_for_current_ud=rollback_waits)
    v = engine_check(policy, prop, timeout=300.0, fuzz=False)
    assert isinstance(v, Proved) and v.certificate is not None, v
    if not rollback_waits:
        assert "at most one UD outside the one walked has instances offline" in v.certificate
