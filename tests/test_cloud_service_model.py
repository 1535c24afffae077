"""The per-instance cloud-service model: refusals the seeds demand, the stuck deployment, purity."""

from __future__ import annotations

import ast
import pathlib

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rollproof.model import cloud_service as cs
from rollproof.model.core import Action, PolicyError, Refused
from rollproof.model.logic import CONCRETE
from test_cloud_service_fuzz import candidates, enabled, first_violation, policies, prop, run


def replay(policy, actions, init=None):
    return cs.replay(policy, init or cs.initial_state(policy), actions)


def walk_whole_ud(s: cs.CloudService, ud: int) -> list[Action]:
    members = [i for i, x in enumerate(s.instances) if x.ud == ud]
    return [Action.of("fabric_updates_ud", ud=ud), Action.of("fabric_starts_ud", ud=ud),
            *(Action.of("instance_comes_online", i=i) for i in members), Action.of("fabric_completes_ud")]


def full_update(policy) -> list[Action]:
    s = cs.initial_state(policy)
    acts = [Action.of("operator_requests_update")]
    for ud in range(policy.upgrade_domains):
        acts += [Action.of("fabric_walks_ud"), *walk_whole_ud(s, ud)]
    return acts


def test_a_whole_automatic_update_leaves_every_instance_online_on_the_new_version():
    p = cs.Policy()
    trace = replay(p, full_update(p))
    assert all(step.refused is None for step in trace.steps)
    last = trace.states[-1]
    assert last.update is None and not last.locked
    assert all(x.phase == cs.Phase.ONLINE and x.config == cs.NEW and x.package == cs.NEW for x in last.instances)


def test_rollback_is_refused_once_every_instance_is_updated():
    p = cs.Policy()
    trace = replay(p, [*full_update(p), Action.of("operator_rolls_back")])
    refused = trace.steps[-1].refused
    assert refused is not None and refused.clause == "U-22(c)"
    assert trace.states[-1] == trace.states[-2]  # a refused step changes nothing
    # ... and also while the last UD is still formally in progress, every instance updated
    almost = replay(p, [*full_update(p)[:-1], Action.of("operator_rolls_back")])
    assert almost.steps[-1].refused.clause == "U-22(c)"


def test_a_u9_change_during_an_update_is_refused_with_its_clause():
    p = cs.Policy(concurrent_operations=True)
    for change in cs.U9_CHANGES:
        for kind in cs.KINDS:
            trace = replay(p, [Action.of("operator_requests_update"),
                               Action.of("operator_requests_update", kind=kind, change=change)])
            assert trace.steps[-1].refused.clause == "U-9"
    # a VIP swap may shrink local storage when no update is in progress (U-9's last sentence)
    ok = replay(p, [Action.of("operator_requests_update", kind="vip_swap", change="local_storage_decrease")])
    assert ok.steps[-1].refused is None


def test_a_manual_walk_out_of_order_is_refused_with_its_clause():
    p = cs.Policy(mode="manual")
    trace = replay(p, [Action.of("operator_requests_update"), Action.of("operator_walks_ud", ud=2),
                       Action.of("fabric_walks_ud"), Action.of("operator_walks_ud", ud=0)])
    assert trace.steps[1].refused.clause == "U-23"
    assert trace.steps[2].refused.clause == "U-23"  # the fabric does not walk in manual mode
    assert trace.steps[3].refused is None and trace.states[-1].update.during


def test_a_mutating_operation_while_locked_is_refused_with_its_clause():
    p = cs.Policy()
    trace = replay(p, [Action.of("operator_requests_update"), Action.of("operator_deletes_deployment"),
                       Action.of("operator_changes_configuration"), Action.of("operator_requests_update")])
    assert trace.states[1].locked
    assert [s.refused.clause for s in trace.steps[1:]] == ["U-29", "U-29", "U-29"]


def test_a_rollback_while_locked_is_accepted_as_u21_allows_so_cs_locked_holds_on_that_run():
    p = cs.Policy()
    trace = replay(p, [Action.of("operator_requests_update"), Action.of("operator_rolls_back")])
    assert trace.steps[-1].refused is None and trace.states[1].locked and cs.rollback_allowed(trace.states[1])
    assert first_violation(prop("CS-LOCKED"), trace) is None


def _stuck(policy) -> cs.CloudService:
    """An automatic update of crashing code, driven until the gate blocks (U-25)."""
    s = cs.initial_state(policy)
    acts = [Action.of("operator_requests_update", crashes=True), Action.of("fabric_walks_ud"),
            Action.of("fabric_updates_ud", ud=0), Action.of("fabric_starts_ud", ud=0)]
    ud0 = [i for i, x in enumerate(s.instances) if x.ud == 0]
    acts += [Action.of("instance_crashes", i=i) for i in ud0] + [Action.of("fabric_completes_ud")]
    trace = replay(policy, acts)
    assert all(step.refused is None for step in trace.steps)
    return trace.states[-1]


def _recover(s: cs.CloudService, first: Action) -> cs.CloudService:
    """After ``first``, walk every UD (coming online) until no update is left."""
    s = cs.apply(s, first)
    assert not isinstance(s, Refused), s
    for _ in range(500):
        if s.update is None:
            return s
        u = s.update
        if not u.during:
            s = cs.fabric_walks_ud(s)
            assert not isinstance(s, Refused), s
            continue
        for a in [*walk_whole_ud(s, u.current_ud)]:
            r = cs.apply(s, a)
            s = s if isinstance(r, Refused) else r
    raise AssertionError("did not finish")


def test_a_stuck_deployment_is_reached_and_recovered_by_rollback_and_by_a_new_update():
    p = cs.Policy(new_code_crashes=True)
    stuck = _stuck(p)
    v = prop("CS-STUCK-RECOVERABLE")
    from test_cloud_service_fuzz import view
    assert v.start(CONCRETE, p, view(stuck))  # the gate is blocked by crashing instances
    assert isinstance(cs.fabric_walks_ud(stuck), Refused) and cs.fabric_walks_ud(stuck).clause == "U-15"
    back = _recover(stuck, Action.of("operator_rolls_back"))
    assert all(x.phase == cs.Phase.ONLINE and x.config == cs.OLD for x in back.instances)
    assert v.goal(CONCRETE, p, view(back))
    pc = cs.Policy(new_code_crashes=True, concurrent_operations=True)
    fixed = _recover(_stuck(pc), Action.of("operator_requests_update"))
    assert all(x.phase == cs.Phase.ONLINE and x.config == cs.NEW for x in fixed.instances)
    assert v.goal(CONCRETE, pc, view(fixed))
    # one operation at a time, the new update is refused while locked: only rollback is left
    assert cs.operator_requests_update(stuck).clause == "U-29"


def test_a_stuck_deployment_with_no_way_out_is_not_recoverable():
    """CS-STUCK-RECOVERABLE outside its region: rollback forbidden (U-22b), updates locked."""
    p = cs.Policy(new_code_crashes=True, quota_allows_rollback=False)
    stuck = _stuck(p)
    names = {a.name for a, _ in enabled(stuck)}
    assert not names & {"operator_rolls_back", "operator_requests_update", "fabric_walks_ud"}


def test_the_stuck_initial_states_are_stuck():
    p = cs.Policy(new_code_crashes=True, initial="stuck")
    s = cs.initial_state(p, at_ud=1, crashed=frozenset(i for i, x in enumerate(cs.initial_state(cs.Policy()).instances) if x.ud == 0))
    from test_cloud_service_fuzz import view
    assert view(s).stuck


def test_policy_errors_name_the_key_value_and_domain():
    with pytest.raises(PolicyError, match="cloud_service.upgrade_domains"):
        cs.Policy(upgrade_domains=21)
    with pytest.raises(PolicyError, match="cloud_service.roles.web"):
        cs.Policy(roles={"web": 0})
    with pytest.raises(PolicyError, match="cloud_service.mode"):
        cs.Policy(mode="rolling")
    with pytest.raises(PolicyError, match=r"cloud_service.role_to_upgrade.*'all' or 'web' or 'worker'"):
        cs.Policy(role_to_upgrade="db")
    assert cs.Policy(mode="simultaneous", role_to_upgrade="web").role_to_upgrade == "web"
    assert cs.Policy(roles={"a": 1}).roles == (("a", 1),)
    assert hash(cs.Policy()) == hash(cs.Policy(roles={"web": 8, "worker": 9}))


@settings(max_examples=20)
@given(policy=policies(max_roles=2, max_count=5, max_uds=5), choices=st.lists(st.integers(0, 400), max_size=15))
def test_no_action_mutates_its_input_and_each_is_deterministic(policy, choices):
    import copy

    s = run(policy, choices).states[-1]
    snapshot = copy.deepcopy(s)
    for a in candidates(s):
        assert cs.apply(s, a) == cs.apply(s, a)
        assert s == snapshot


def test_model_imports_nothing_from_hypothesis_or_z3_and_does_no_io():
    for name in ("cloud_service.py", "cloud_service_counts.py"):
        tree = ast.parse((pathlib.Path(cs.__file__).parent / name).read_text())
        mods = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        mods |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not mods & {"hypothesis", "z3", "random", "os", "io", "time"}, (name, mods)
        calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        assert "open" not in calls and "print" not in calls


def test_check_properties_agree_with_their_tables():
    for pid in ("CS-UD-SPREAD", "CS-DRIVES", "CS-CHANGE-RULES", "X-STEP-PURE"):
        for policy in (cs.Policy(), cs.Policy(mode="manual", upgrade_domains=2), cs.Policy(roles={"a": 14}, upgrade_domains=20)):
            assert prop(pid).check(policy) == [], pid
