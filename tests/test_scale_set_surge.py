"""max_surge (today's rollingUpgradePolicy.maxSurge): a batch creates a new instance per chosen old
one, the old ones serve until the batch ends and deletes them.  What a batch does to the set, the
two models kept together on every state of small sets, and the verdicts the switch flips."""

from __future__ import annotations

import attrs
import pytest

from rollproof.model import scale_set as S
from rollproof.model import scale_set_counts as C
from rollproof.model.core import Action, Refused
from rollproof.model.logic import CONCRETE
from rollproof.properties import observables as O
from rollproof.properties import plain
from rollproof.properties.registry import properties_for

SURGE = S.ScaleSetPolicy(instances=5, max_surge=True, concurrent_maintenance=False)


def _go(s, name, **kw):
    r = S.apply(s, Action.of(name, **kw))
    assert not isinstance(r, Refused), r
    return r


def _batch_of(s, chosen):
    s = _go(_go(s, "orchestrator_starts_upgrade"), "orchestrator_checks_health")
    return _go(s, "orchestrator_starts_batch", chosen=frozenset(chosen))


def test_a_surge_batch_adds_new_instances_beside_the_old_ones_which_keep_serving():
    s0 = S.initial_state(SURGE)
    checked = _go(_go(s0, "orchestrator_starts_upgrade"), "orchestrator_checks_health")
    two = S.apply(checked, Action.of("orchestrator_starts_batch", chosen=frozenset({1, 3})))
    assert isinstance(two, Refused) and two.clause == "A-10.2"  # b = 1 at 20% of 5, surge or not
    s = _batch_of(s0, {3})
    assert (s.n, s.capacity, s.batch) == (6, 5, frozenset({5}))
    old, new = s.instances[3], s.instances[5]
    assert old.retiring and old.healthy and old.phase == S.Phase.IDLE and old.image == S.OLD
    assert new.phase == S.Phase.UPGRADING and new.data_disks == S.SURGE_DATA_DISKS and not new.retiring
    f = S.Facts(s)
    # The percentages keep N as their base; the old instance is neither pending nor upgraded.
    assert (f.n, f.total, f.pending, f.upgrading, f.upgraded, f.b) == (5, 6, 4, 1, 0, 1)
    # Five serve: the one being replaced still does; the new one does not until it is up.
    assert O.plain_values("scale_set", SURGE, s)["serving"] == 5


def test_the_batch_end_deletes_the_old_instances_and_the_new_ones_take_their_places():
    s = _batch_of(S.initial_state(SURGE), {3})
    s = _go(s, "instance_finishes_upgrade", i=5, healthy=True)
    assert O.plain_values("scale_set", SURGE, s)["serving"] == 6  # more than N while both serve
    s = _go(_go(s, "probe_wait_expires"), "orchestrator_ends_batch")
    assert (s.n, s.capacity, s.batch) == (5, 5, frozenset())
    assert not any(x.retiring for x in s.instances)
    x = s.instances[3]
    assert (x.image, x.healthy, x.attempted, x.data_disks) == (S.NEW, True, True, S.SURGE_DATA_DISKS)
    assert [y.data_disks for i, y in enumerate(s.instances) if i != 3] == [S.data_disks_of(i) for i in (0, 1, 2, 4)]


def test_without_surge_the_same_batch_upgrades_in_place():
    p = attrs.evolve(SURGE, max_surge=False)
    s = _batch_of(S.initial_state(p), {3})
    assert (s.n, s.batch) == (5, frozenset({3})) and s.instances[3].phase == S.Phase.UPGRADING


def _reachable(policy, limit=250):
    """States reachable from the policy's initial states, breadth first (at most ``limit``), each
    with its candidate actions and their results."""
    n = int(policy.instances)
    starts = [S.initial_state(policy, frozenset(range(k)), n=n) for k in range(n + 1)]
    seen, todo = set(), [s for s in starts if not isinstance(s, Refused)]
    while todo and len(seen) < limit:
        s = todo.pop(0)
        if s in seen:
            continue
        seen.add(s)
        moves = [(a, S.apply(s, a)) for a in S.candidate_actions(s)]
        todo += [r for _, r in moves if not isinstance(r, Refused) and r not in seen]
        yield s, moves


@pytest.mark.parametrize("policy", [
    S.ScaleSetPolicy(instances=3, max_surge=True, max_batch_instance_percent=50, initial_unhealthy="any"),
    S.ScaleSetPolicy(instances=3, max_surge=True, os_disk_rollback_on_timeout=True, batch_fill="full",
                     max_unhealthy_upgraded_instance_percent=100, initial_unhealthy="any"),
    S.ScaleSetPolicy(instances=4, max_surge=True, service_fabric=True, update_domains=2, credentials_valid=False),
], ids=["up_to_b", "rollback-full", "service-fabric"])
def test_on_the_first_states_of_a_small_surge_set_both_models_take_the_same_step(policy):
    conserved = next(p for p in properties_for("scale_set") if p.id == "X-INSTANCES-CONSERVED")
    grew = False
    for s, moves in _reachable(policy):
        c = C.abstract(s)
        v = C.view(CONCRETE, policy, c)
        f = S.Facts(s)
        assert {k: getattr(f, k) for k in attrs.fields_dict(C.View)} == attrs.asdict(v, recurse=False)
        assert conserved.holds(CONCRETE, policy, v)
        assert v.in_batch > 0 or s.n == policy.instances  # N again at every batch boundary
        grew = grew or s.n > policy.instances
        for a, r in moves:
            ca, args = C.abstract_action(s, a)
            guard, succ = C.step(CONCRETE, policy, c, ca, args, v)
            assert bool(guard) == (not isinstance(r, Refused)), (a, s)
            if guard:
                assert succ == C.abstract(r), (a, s)
    assert grew


def test_instances_conserved_is_false_of_a_set_that_keeps_its_old_instances_past_the_batch():
    """The restated X-INSTANCES-CONSERVED still catches a set that does not come back to N."""
    s = _batch_of(S.initial_state(SURGE), {3})
    s = _go(_go(s, "instance_finishes_upgrade", i=5, healthy=True), "probe_wait_expires")
    kept = attrs.evolve(s, batch=frozenset())  # the batch over, the old instance not deleted
    conserved = next(p for p in properties_for("scale_set") if p.id == "X-INSTANCES-CONSERVED")
    assert conserved.holds(CONCRETE, SURGE, S.Facts(s))
    assert not conserved.holds(CONCRETE, SURGE, S.Facts(kept))


@pytest.mark.parametrize("pid, with_surge, without", [
    ("VMSS-AVAILABILITY", "proved", "refuted"),
    ("VMSS-DATA-DISKS", "refuted", "proved"),
    ("X-INSTANCES-CONSERVED", "proved", "proved"),
])
def test_the_example_policy_flips_availability_and_data_disks_against_the_same_policy_without_surge(pid, with_surge, without):
    pytest.importorskip("z3")
    from rollproof.checking import engine_check

    prop = next(p for p in properties_for("scale_set") if p.id == pid)
    policy = S.ScaleSetPolicy(instances=10, max_surge=True, concurrent_maintenance=False, upgraded_may_fail=False)
    on = engine_check(policy, prop, timeout=60.0, fuzz=False)
    off = engine_check(attrs.evolve(policy, max_surge=False), prop, timeout=60.0, fuzz=False)
    assert (on.verdict, off.verdict) == (with_surge, without)


@pytest.mark.parametrize("maintenance", [False, True])
def test_a_surge_upgrade_ends_with_every_instance_on_the_target_image_with_or_without_maintenance(maintenance):
    # With maintenance on, Houdini needs "no attempted instance is back on the old image while the
    # upgrade rolls forward": without it the check was unknown, its counterexample to induction an
    # unreachable state (an instance done with the old image while rolling forward).
    pytest.importorskip("z3")
    from rollproof.checking import engine_check
    from rollproof.properties.verdicts import Proved

    prop = next(p for p in properties_for("scale_set") if p.id == "VMSS-TERMINAL")
    policy = S.ScaleSetPolicy(instances=10, max_surge=True, concurrent_maintenance=maintenance, upgraded_may_fail=False)
    v = engine_check(policy, prop, timeout=120.0, fuzz=False)
    assert isinstance(v, Proved) and v.certificate is not None, v
    if maintenance:
        assert "no attempted instance is back on the old image while the upgrade rolls forward or is Completed" in v.certificate


def test_a_surge_run_reads_and_draws_the_instances_a_batch_creates_and_deletes():
    from rollproof import pictures
    from rollproof.render import changed_fields

    s0 = S.initial_state(SURGE)
    run = S.replay(SURGE, s0, [Action.of("orchestrator_starts_upgrade"), Action.of("orchestrator_checks_health"),
                               Action.of("orchestrator_starts_batch", chosen=frozenset({3})),
                               Action.of("instance_finishes_upgrade", i=5, healthy=True),
                               Action.of("probe_wait_expires"), Action.of("orchestrator_ends_batch")])
    started, ended = run.steps[2].state, run.steps[5].state
    changed = {k for k, _, _ in changed_fields(run.steps[1].state, started)}
    assert {"i3.retiring", "i5"} <= changed  # the old one marked, the new one created
    assert ("i5", S.instance_record(run.steps[4].state.instances[5]), "absent") in changed_fields(run.steps[4].state, ended)
    assert pictures.category(S.instance_record(started.instances[3])) == "retiring"
    svg = pictures.render_bytes(run, policy_name="surge").decode()
    assert ">i5<" in svg and "serving until its batch deletes it" in svg and "not in the set" in svg


@pytest.mark.parametrize("surge", [False, True])
def test_the_health_cap_counts_against_every_instance_in_the_set_a_surge_batch_s_new_ones_included(surge):
    """Three unhealthy of 3 and a surge batch's new instance being created are 4 of the set's 4
    instances, not "4 of 3": a 100% allowance holds.  One unhealthy and a batch of another is 2 of 4
    with surge (the old one serves on), 2 of 3 without: over 34% either way, by both readings."""
    cap = next(q for q in properties_for("scale_set") if q.id == "VMSS-HEALTH-CAP")
    extra = 1 if surge else 0
    for pct, sick, batch, holds, words in ((100, {0, 1, 2}, {0}, True, None),
                                           (34, {0}, {1}, False, f"2 of {3 + extra} instances")):
        p = S.ScaleSetPolicy(instances=3, max_unhealthy_instance_percent=pct, initial_unhealthy=len(sick),
                             concurrent_maintenance=False, max_surge=surge)
        s = _batch_of(S.initial_state(p, frozenset(sick)), batch)
        assert len(s.instances) == 3 + extra
        assert bool(cap.holds(CONCRETE, p, C.view(CONCRETE, p, C.abstract(s)))) is holds
        why = plain.reading_of("scale_set", "VMSS-HEALTH-CAP")(plain.Run(p, (s,), ()))
        assert (why is None) is holds and (holds or why.startswith(words)), why


def test_max_surge_with_os_upgrade_deferral_is_one_line_naming_the_key(tmp_path):
    from rollproof import policyfile
    from rollproof.model.core import PolicyError

    with pytest.raises(PolicyError) as e:
        S.ScaleSetPolicy(max_surge=True, os_upgrade_deferral=True)
    assert e.value.key == "scale_set.max_surge" and "os_upgrade_deferral" in str(e.value)
    f = tmp_path / "p.toml"
    f.write_text('name = "p"\nmodel = "scale_set"\n[scale_set]\nos_upgrade_deferral = true\nmax_surge = true\n')
    with pytest.raises(policyfile.PolicyFileError) as e:
        policyfile.load(str(f))
    line = e.value.line()
    assert "\n" not in line and "scale_set.max_surge" in line and "got true" in line, line
    assert "false when os_upgrade_deferral = true" in line, line
