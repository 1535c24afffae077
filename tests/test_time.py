"""Time: in the scale set A-10.4's 5-minute probe wait, today's ``pauseTimeBetweenBatches`` and the
batches' own update time; in the cloud service U-16's 30-minute start wait per UD.  The policies'
time fields, the ``elapsed`` observables in both readings, and ``rollproof bound --max elapsed``
against an exhaustive search of the instances."""

from __future__ import annotations

import tomllib

import pytest
from attrs import evolve as attrs_evolve

from rollproof import bounds, policyfile
from rollproof.model import cloud_service as CS
from rollproof.model import cloud_service_abstraction as CA
from rollproof.model import scale_set as S
from rollproof.model import scale_set_counts as C
from rollproof.model.core import Action, PolicyError
from rollproof.model.logic import CONCRETE
from rollproof.properties import expressions as E
from rollproof.properties import observables as O
from rollproof.properties import user


def test_time_fields_take_seconds_or_an_iso_8601_duration_as_azure_writes_it():
    p = S.Policy(pause_time_between_batches="PT10M", instance_update_time="PT1M30S")
    assert (p.pause_time_between_batches, p.instance_update_time) == (600, 90)
    assert S.Policy(pause_time_between_batches=45).pause_time_between_batches == 45
    for bad in ("10 minutes", "PT1.5S", -1, True, 2.5):
        with pytest.raises(PolicyError) as e:
            S.Policy(pause_time_between_batches=bad)
        assert e.value.key == "scale_set.pause_time_between_batches"


def test_a_toml_policy_with_a_bad_pause_is_one_line_naming_the_key(tmp_path):
    f = tmp_path / "p.toml"
    f.write_text('name = "p"\nmodel = "scale_set"\n[scale_set]\npause_time_between_batches = "5 min"\n')
    with pytest.raises(policyfile.PolicyFileError) as e:
        policyfile.load(str(f))
    line = e.value.line()
    assert "\n" not in line and "scale_set.pause_time_between_batches" in line and "5 min" in line, line
    assert "ISO 8601" in line


def _run(policy: S.ScaleSetPolicy, batches: int) -> list[S.ScaleSet]:
    """Batches of one, each upgraded healthy, ended and checked: the states after each step."""
    s = S.initial_state(policy, frozenset())
    out = [s]
    for a in [Action.of("orchestrator_starts_upgrade"), Action.of("orchestrator_checks_health")]:
        s = S.apply(s, a)
        out.append(s)
    for _ in range(batches):
        i = next(k for k, x in enumerate(s.instances) if not x.attempted)
        wait = [Action.of("probe_wait_expires")] if policy.health_probe else []
        for a in [Action.of("orchestrator_starts_batch", chosen=frozenset({i})),
                  Action.of("instance_finishes_upgrade", i=i, healthy=True), *wait,
                  Action.of("orchestrator_ends_batch"), Action.of("orchestrator_checks_health")]:
            s = S.apply(s, a)
            out.append(s)
    return out


def test_elapsed_counts_each_batch_its_probe_wait_and_the_pauses_between_batches():
    p = S.Policy(instances=4, initial_unhealthy=0, pause_time_between_batches="PT10M", instance_update_time=60)
    states = _run(p, 3)
    values = [O.plain_values("scale_set", p, s)["elapsed"] for s in states]
    assert values[0] == 0
    # After three batches: 3 x (60 + 300) + 2 x 600.
    assert values[-1] == 3 * 360 + 2 * 600
    for s, v in zip(states, values):  # the solver's reading, from the counts
        assert O.counted("scale_set", CONCRETE, p, C.view(CONCRETE, p, C.abstract(s)))["elapsed"] == v
    # Without a health probe no wait is documented: only the update time and the pauses.
    q = S.Policy(instances=4, initial_unhealthy=0, health_probe=False, pause_time_between_batches=600,
                 instance_update_time=60)
    assert O.plain_values("scale_set", q, _run(q, 3)[-1])["elapsed"] == 3 * 60 + 2 * 600


FOUR = ('name = "four"\nmodel = "scale_set"\n[scale_set]\ninstances = 4\nconcurrent_maintenance = false\n'
        'max_batch_instance_percent = 50\npause_time_between_batches = "PT1M"\ninstance_update_time = 30\n')


def test_the_longest_upgrade_is_the_most_an_exhaustive_search_of_the_instances_finds():
    from test_bound import _exhaustive

    pf = policyfile.from_dict(tomllib.loads(FOUR), file="p.toml", default_name="p")
    b = bounds.bound(pf, "elapsed", "max", timeout=120)
    _lo, hi = _exhaustive(pf, "elapsed")
    # Batches of one (batch_fill = "up_to_b"): 4 x (30 + 300) + 3 x 60.
    assert b.value == hi == 4 * 330 + 3 * 60, b.reason
    assert b.proof.verdict.__class__.__name__ == "Proved" and b.proof.verdict.certificate
    assert bounds.value_at(pf, user.compile_expression(pf.model, pf.policy, "elapsed", want=E.INT),
                           b.witness.trace_value) == b.value
    assert O.shown(pf.model, pf.policy, "elapsed", b.value) == "1500 s (25 min)"


# --------------------------------------------------------------------------------------------
# Cloud service: U-16's start wait


def _cs_values(p, s):
    plain = O.plain_values("cloud_service", p, s)["elapsed"]
    counted = O.counted("cloud_service", CONCRETE, p, CA.view(CONCRETE, p, CA.abstract(s)))["elapsed"]
    assert plain == counted
    return plain


def test_a_walk_takes_each_ud_it_begins_its_update_and_start_wait_and_a_rollback_is_not_timed():
    p = CS.Policy(roles={"web": 4, "worker": 2}, upgrade_domains=3, instance_update_time="PT5M")
    s = CS.initial_state(p)
    assert _cs_values(p, s) == 0
    s = CS.apply(s, Action.of("operator_requests_update", kind="in_place", change="os_version", crashes=False))
    assert _cs_values(p, s) == 0  # requested, no UD begun
    s = CS.apply(s, Action.of("fabric_walks_ud"))
    assert _cs_values(p, s) == 2100  # UD 0: 5 min + 30 min
    for a in [Action.of("fabric_updates_ud", ud=0), Action.of("fabric_starts_ud", ud=0),
              *(Action.of("instance_comes_online", i=i) for i in (0, 3, 4)), Action.of("fabric_completes_ud"),
              Action.of("fabric_walks_ud")]:
        s = CS.apply(s, a)
    assert _cs_values(p, s) == 4200
    s = CS.apply(s, Action.of("operator_rolls_back"))
    assert s.update.rollback_pending and _cs_values(p, s) == 4200  # UD 1 finishes first (U-20)
    for a in [Action.of("fabric_updates_ud", ud=1), Action.of("fabric_starts_ud", ud=1),
              *(Action.of("instance_comes_online", i=i) for i in (1, 5)), Action.of("fabric_completes_ud")]:
        s = CS.apply(s, a)
    assert s.update.rollback and _cs_values(p, s) == 0  # a rollback's walk is not timed


def test_a_ud_holding_no_instance_the_update_targets_takes_no_time():
    # web 2 over 3 UDs: UD 2 holds no instance, so a whole walk is two UDs' time.
    p = CS.Policy(roles={"web": 2}, upgrade_domains=3)
    assert CS.timed_uds(p) == (0, 1)
    s = CS.Update(current_ud=2, during=True)
    st = attrs_evolve(CS.initial_state(p), update=s)
    assert _cs_values(p, st) == 2 * 1800
    # An update of one role walks only the UDs that role has instances in.
    q = CS.Policy(roles={"web": 3, "worker": 1}, upgrade_domains=3, role_to_upgrade="worker")
    assert CS.timed_uds(q) == (0,)


def test_without_the_start_timeout_or_with_a_role_of_any_size_a_walk_has_no_elapsed():
    assert "elapsed" not in O.of("cloud_service", CS.Policy(start_timeout_walks_on=False))
    assert "elapsed" not in O.of("cloud_service", CS.Policy(roles={"web": "any"}))
    assert O.of("cloud_service", CS.Policy())["elapsed"].unit == "seconds"
    with pytest.raises(PolicyError):
        CS.Policy(instance_update_time="five minutes")


SMALL_CS = ('name = "small-cs"\nmodel = "cloud_service"\n[cloud_service]\nroles = { web = 2, worker = 1 }\n'
            'upgrade_domains = 2\ninstance_update_time = 60\n')


def test_the_longest_walk_is_the_most_an_exhaustive_search_of_the_instances_finds():
    from test_bound import _exhaustive

    pf = policyfile.from_dict(tomllib.loads(SMALL_CS), file="p.toml", default_name="p")
    b = bounds.bound(pf, "elapsed", "max", timeout=120)
    _lo, hi = _exhaustive(pf, "elapsed")
    assert b.value == hi == 2 * (60 + 1800), b.reason
    assert b.proof.verdict.__class__.__name__ == "Proved" and b.proof.verdict.certificate
