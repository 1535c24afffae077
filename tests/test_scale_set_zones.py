"""Availability zones and cross-zone upgrades (V6 ``enableCrossZoneUpgrade``): the batch rule in both
encodings, the zone observables and their family, VMSS-ONE-ZONE, and the policy's bounds."""

from __future__ import annotations

import tomllib

import pytest

from rollproof import checking, policyfile
from rollproof.model import scale_set as S
from rollproof.model import scale_set_counts as C
from rollproof.model.core import Action, PolicyError, Refused
from rollproof.model.logic import CONCRETE
from rollproof.properties import observables as O
from rollproof.properties import user

START = [Action.of("orchestrator_starts_upgrade"), Action.of("orchestrator_checks_health")]


def started(policy: S.ScaleSetPolicy) -> S.ScaleSet:
    s = S.initial_state(policy)
    for a in START:
        s = S.apply(s, a)
    return s


def counting_accepts(s: S.ScaleSet, chosen: set[int]) -> bool:
    guard, _ = C.step(CONCRETE, s.policy, C.abstract(s), *C.abstract_action(s, Action.of("orchestrator_starts_batch", chosen=frozenset(chosen))))
    return bool(guard)


def test_instances_spread_over_the_zones_round_robin():
    s = S.initial_state(S.Policy(instances=7, zones=3))
    assert [x.ud for x in s.instances] == [0, 1, 2, 0, 1, 2, 0]


def test_without_cross_zone_upgrades_a_batch_spanning_two_zones_is_refused_in_both_encodings():
    s = started(S.Policy(instances=10, zones=3))  # b = 2
    r = S.orchestrator_starts_batch(s, frozenset({0, 1}))
    assert isinstance(r, Refused) and r.clause == "V6" and "one zone" in r.reason
    assert not counting_accepts(s, {0, 1})
    assert not isinstance(S.orchestrator_starts_batch(s, frozenset({0, 3})), Refused)
    assert counting_accepts(s, {0, 3})


def test_zones_go_one_after_the_other_in_both_encodings():
    s = started(S.Policy(instances=10, zones=3))
    r = S.orchestrator_starts_batch(s, frozenset({1, 4}))  # zone 1 while zone 0 has pending instances
    assert isinstance(r, Refused) and "earlier zone" in r.reason
    assert not counting_accepts(s, {1, 4})
    # Once zone 0 is attempted (here: already on the new image), zone 1 is next.
    done = S.ScaleSet(policy=s.policy, instances=tuple(
        x if i % 3 else S.attrs.evolve(x, attempted=True, image=S.NEW, os_disk=S.NEW) for i, x in enumerate(s.instances)),
        status=s.status, checked=True)
    assert not isinstance(S.orchestrator_starts_batch(done, frozenset({1, 4})), Refused)
    assert counting_accepts(done, {1, 4})


def test_with_cross_zone_upgrades_a_batch_may_span_zones_but_not_exceed_b():
    s = started(S.Policy(instances=10, zones=3, cross_zone_upgrade=True))
    assert not isinstance(S.orchestrator_starts_batch(s, frozenset({1, 2})), Refused)
    assert counting_accepts(s, {1, 2})
    r = S.orchestrator_starts_batch(s, frozenset({0, 1, 2}))
    assert isinstance(r, Refused) and r.clause == "A-10.2"


def test_a_full_batch_is_as_large_as_its_zone_allows():
    """batch_fill = full: min(b, pending in the zone), so a zone's last batch may be short."""
    p = S.Policy(instances=10, zones=3, batch_fill="full", max_batch_instance_percent=30)  # b = 3, zone 0 holds 4
    s = started(p)
    assert isinstance(S.orchestrator_starts_batch(s, frozenset({0, 3})), Refused)
    s = S.orchestrator_starts_batch(s, frozenset({0, 3, 6}))
    assert not isinstance(s, Refused)
    for a in [Action.of("instance_finishes_upgrade", i=i, healthy=True) for i in (0, 3, 6)] + [
            Action.of("probe_wait_expires"), Action.of("orchestrator_ends_batch"), Action.of("orchestrator_checks_health")]:
        s = S.apply(s, a)
    assert not isinstance(S.orchestrator_starts_batch(s, frozenset({9})), Refused)  # zone 0's last one
    assert counting_accepts(s, {9})
    assert not counting_accepts(s, {9, 1})


def test_unhealthy_first_is_read_within_the_zone_being_upgraded():
    p = S.Policy(instances=6, zones=2, max_batch_instance_percent=50, prioritize_unhealthy_instances=True,
                 initial_unhealthy="any")
    s = S.initial_state(p, frozenset({1}))  # instance 1 is in zone 1
    for a in START:
        s = S.apply(s, a)
    # Zone 0 goes first, though zone 1 holds the unhealthy instance.
    assert not isinstance(S.orchestrator_starts_batch(s, frozenset({0, 2})), Refused)
    assert counting_accepts(s, {0, 2})


def test_zones_are_1_to_3_and_not_combined_with_service_fabric():
    for bad in (0, 4, True, "3"):
        with pytest.raises(PolicyError, match=r"scale_set.zones: must be 1..3"):
            S.Policy(zones=bad)
    with pytest.raises(PolicyError) as e:
        S.Policy(zones=2, service_fabric=True)
    assert e.value.key == "scale_set.zones" and "service_fabric" in str(e.value)
    with pytest.raises(PolicyError, match="cross_zone_upgrade: must be true or false"):
        S.Policy(cross_zone_upgrade="yes")
    assert S.Policy(zones=1, service_fabric=True).zones == 1


def test_a_toml_policy_with_five_zones_is_one_line_naming_the_key(tmp_path):
    f = tmp_path / "p.toml"
    f.write_text('name = "p"\nmodel = "scale_set"\n[scale_set]\ninstances = 6\nzones = 5\n')
    with pytest.raises(policyfile.PolicyFileError) as e:
        policyfile.load(str(f))
    line = e.value.line()
    assert "\n" not in line and "scale_set.zones" in line and "got 5" in line and "1..3" in line, line


def test_the_zone_observables_read_the_same_from_the_instances_and_from_the_counts():
    p = S.Policy(instances=7, zones=3, cross_zone_upgrade=True, max_batch_instance_percent=50, initial_unhealthy="any")
    s = S.initial_state(p, frozenset({4}))
    for a in START + [Action.of("orchestrator_starts_batch", chosen=frozenset({0, 2, 3}))]:
        s = S.apply(s, a)
    plain = O.plain_values("scale_set", p, s)
    counted = O.counted("scale_set", CONCRETE, p, C.view(CONCRETE, p, C.abstract(s)))
    assert {k: plain[k] for k in ("down_zone0", "down_zone1", "down_zone2", "zones_down", "zones_upgrading")} == {
        "down_zone0": 2, "down_zone1": 1, "down_zone2": 1, "zones_down": 3, "zones_upgrading": 2}
    assert plain == counted
    assert O.families("scale_set", p) == {"down_zones": ("down_zone0", "down_zone1", "down_zone2")}
    assert O.families("scale_set", S.Policy()) == {}
    assert "down_zone0" not in O.of("scale_set", S.Policy())


ZONAL = ('name = "zonal"\nmodel = "scale_set"\n[scale_set]\ninstances = 6\nzones = 3\nmax_batch_instance_percent = 34\n'
         'concurrent_maintenance = false\nupgraded_may_fail = false\ninitial_unhealthy = 0\n')


def _load(text: str):
    return policyfile.from_dict(tomllib.loads(text), file="p.toml", default_name="p")


def test_a_user_property_over_the_down_zones_family_holds_within_zones_and_breaks_across_them():
    prop = '[[property]]\nid = "ONE-DOWN-PER-ZONE"\nholds = "all(d <= 1 for d in down_zones)"\n'
    pf = _load(ZONAL + prop)  # b = 2, batches within a zone of 2: both of a zone may be down
    t = user.compile_expression("scale_set", pf.policy, "all(d <= 1 for d in down_zones)")
    assert "down_zone0" in str(t) and "down_zone2" in str(t)
    r = checking.check_one(pf, pf.properties[0], timeout=120)
    assert r.word == "refuted"
    assert r.verdict.trace.why.startswith("all(d <= 1 for d in down_zones) is false (down_zone0 = 2"), r.verdict.trace.why
    # Batches of one (20% of 6): never two down in a zone.
    pf = _load(ZONAL.replace("max_batch_instance_percent = 34", "max_batch_instance_percent = 20")
               + prop.replace("ONE-DOWN-PER-ZONE", "ONE-DOWN-PER-ZONE-B1"))
    r = checking.check_one(pf, pf.properties[0], timeout=120)
    assert r.word == "proved", r.verdict


@pytest.mark.parametrize("cross, word", [(False, "proved"), (True, "not-applicable")])
def test_one_zone_holds_without_cross_zone_upgrades_and_is_no_promise_with_them(cross, word):
    from rollproof.properties.registry import get

    pf = _load(ZONAL + f"cross_zone_upgrade = {'true' if cross else 'false'}\n")
    r = checking.check_one(pf, get("VMSS-ONE-ZONE", "scale_set"), timeout=120)
    assert r.word == word, r.verdict
    if cross:  # V6: "unless allowed to": batches across zones are what the operator allowed
        assert "cross_zone_upgrade = true" in r.verdict.reason
    regional = _load(ZONAL.replace("zones = 3\n", ""))
    assert checking.check_one(regional, get("VMSS-ONE-ZONE", "scale_set"), timeout=120).word == "not-applicable"
