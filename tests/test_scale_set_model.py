"""The per-instance scale-set model, its history reader and its enable rules (A-1…A-28)."""

from __future__ import annotations

import ast
import copy
import json
from datetime import datetime, timezone
from pathlib import Path

import attrs
import pytest

from rollproof.model import scale_set as S
from rollproof.model import scale_set_checks as checks
from rollproof.model.core import Action, PolicyError, Refused
from rollproof.model.scale_set_enable import Accepted, EnableConfig, enable_automatic_os_upgrade
from rollproof.model.scale_set_enable import Refused as EnableRefused
from rollproof.model.scale_set_history import (
    HistoryFormatError,
    check_history,
    entry_from_state,
    history_to_json,
    read_history,
)

ROOT = Path(__file__).resolve().parent.parent
SEED_FIXTURE = Path(__file__).parent / "data" / "seed_os_upgrade_history.json"


def run(policy, names, unhealthy=frozenset()):
    s = S.initial_state(policy, unhealthy)
    for a in names:
        a = a if isinstance(a, Action) else Action.of(a)
        r = S.apply(s, a)
        assert not isinstance(r, Refused), f"{a.call_text()}: {r}"
        s = r
    return s


START = ["orchestrator_starts_upgrade", "orchestrator_checks_health"]


# --------------------------------------------------------------------------------------------
# Actions


def test_an_upgrade_walks_batch_by_batch_to_completed():
    p = S.Policy(instances=3)
    s = run(p, START)
    for i in range(3):
        s = run_from(s, [Action.of("orchestrator_starts_batch", chosen={i}),
                         Action.of("instance_finishes_upgrade", i=i, healthy=True),
                         "probe_wait_expires", "orchestrator_ends_batch"])
        if s.status == S.Status.ROLLING_FORWARD:
            s = run_from(s, ["orchestrator_checks_health"])
    assert s.status == S.Status.COMPLETED
    assert all(x.image == S.NEW and x.os_disk == S.NEW for x in s.instances)
    assert [x.data_disks for x in s.instances] == ["data-0", "data-1", "data-2"]


def run_from(s, names):
    for a in names:
        a = a if isinstance(a, Action) else Action.of(a)
        r = S.apply(s, a)
        assert not isinstance(r, Refused), f"{a.call_text()}: {r}"
        s = r
    return s


def test_the_pre_check_faults_an_upgrade_with_too_many_unhealthy():
    p = S.Policy(instances=2, initial_unhealthy="any")
    s = run(p, START, frozenset({0}))  # opencga#987: 1 of 2 is 50% > 20%
    assert s.status == S.Status.FAULTED


def test_a_batch_larger_than_b_is_refused_with_its_clause():
    s = run(S.Policy(instances=10), START)
    r = S.orchestrator_starts_batch(s, frozenset({0, 1, 2}))
    assert isinstance(r, Refused) and r.clause == "A-10.2" and "b=2" in r.reason


def test_no_batch_starts_after_a_cancel():
    s = run(S.Policy(instances=10), START + [Action.of("orchestrator_starts_batch", chosen={0}), "operator_cancels"])
    s = run_from(s, [Action.of("instance_finishes_upgrade", i=0, healthy=True), "probe_wait_expires",
                     "orchestrator_ends_batch"])
    assert s.status == S.Status.CANCELLED
    r = S.orchestrator_starts_batch(s, frozenset({1}))
    assert isinstance(r, Refused) and r.clause == "A-10.1"


def test_maintenance_is_refused_when_the_policy_switches_it_off():
    s = run(S.Policy(instances=5, concurrent_maintenance=False), START)
    r = S.maintenance_takes_down(s, 0)
    assert isinstance(r, Refused) and r.clause == "A-12"


def test_service_fabric_refuses_a_batch_that_is_not_one_whole_update_domain():
    s = run(S.Policy(instances=6, service_fabric=True, update_domains=3), START)
    r = S.orchestrator_starts_batch(s, frozenset({0, 1}))
    assert isinstance(r, Refused) and r.clause == "A-23"
    assert not isinstance(S.orchestrator_starts_batch(s, frozenset({0, 3})), Refused)


def test_expired_credentials_refuse_a_healthy_finish():
    s = run(S.Policy(instances=5, credentials_valid=False), START + [Action.of("orchestrator_starts_batch", chosen={0})])
    r = S.instance_finishes_upgrade(s, 0, True)
    assert isinstance(r, Refused) and r.clause == "A-24"


def test_with_deferral_a_batch_notifies_its_instances_which_serve_until_each_approves():
    p = S.Policy(instances=5, os_upgrade_deferral=True, max_batch_instance_percent=40)
    s = run(p, START + [Action.of("orchestrator_starts_batch", chosen={0, 1})])
    f = S.Facts(s)
    # Notified, nothing done yet: serving, in the batch, in progress; not pending, upgrading or upgraded.
    assert [x.phase for x in s.instances[:2]] == [S.Phase.AWAITING] * 2 and s.instances[0].os_disk == S.OLD
    assert (f.awaiting, f.in_batch, f.in_progress, f.upgrading, f.unhealthy, f.pending, f.upgraded, f.failed) == \
        (2, 2, 2, 0, 0, 3, 0, 0)
    # The batch waits for every approval: no probe wait, no batch end; only an approval moves it on.
    r = S.apply(s, Action.of("probe_wait_expires"))
    assert isinstance(r, Refused) and r.clause == "V6" and "approval" in r.reason
    assert isinstance(S.apply(s, Action.of("orchestrator_ends_batch")), Refused)
    assert f.held_for_approval and not f.stuck
    assert S.enabled_actions(s) & set(S.rules.PROGRESS) == {"instance_approves_upgrade"}
    # A cancel waits for the batch too.
    c = run_from(s, ["operator_cancels"])
    assert c.status == S.Status.ROLLING_FORWARD and S.Facts(c).held_for_approval
    # Approved, instance 0 upgrades as without deferral; the batch ends once 1 is approved and done.
    s = run_from(s, [Action.of("instance_approves_upgrade", i=0)])
    assert s.instances[0].phase == S.Phase.UPGRADING and s.instances[0].os_disk == S.NEW
    assert isinstance(S.apply(s, Action.of("instance_approves_upgrade", i=0)), Refused)
    s = run_from(s, [Action.of("instance_finishes_upgrade", i=0, healthy=True)])
    assert S.Facts(s).held_for_approval
    s = run_from(s, [Action.of("instance_approves_upgrade", i=1), Action.of("instance_finishes_upgrade", i=1, healthy=True),
                     "probe_wait_expires", "orchestrator_ends_batch"])
    assert s.status == S.Status.ROLLING_FORWARD and S.Facts(s).successful == 2


def test_without_deferral_no_instance_waits_and_no_approval_is_accepted():
    s = run(S.Policy(instances=5), START + [Action.of("orchestrator_starts_batch", chosen={0})])
    assert s.instances[0].phase == S.Phase.UPGRADING
    r = S.apply(s, Action.of("instance_approves_upgrade", i=0))
    assert isinstance(r, Refused) and r.clause == "V6" and "os_upgrade_deferral is off" in r.reason


def test_an_unknown_action_is_refused_by_name():
    r = S.apply(S.initial_state(S.Policy()), Action.of("operator_reboots_everything"))
    assert isinstance(r, Refused) and "operator_reboots_everything" in r.reason


# --------------------------------------------------------------------------------------------
# Bad policy values


@pytest.mark.parametrize(
    "key, value, domain",
    [
        ("max_batch_instance_percent", 0, "1..100"),
        ("max_batch_instance_percent", 101, "1..100"),
        ("max_unhealthy_instance_percent", "20", "1..100"),
        ("max_unhealthy_upgraded_instance_percent", -1, "0..100"),
        ("instances", 0, 'an integer >= 1, or "any"'),
        ("batch_rounding", "round", "'floor_min_1' or 'ceil'"),
        ("health_probe", 1, "true or false"),
        ("update_domains", 21, "1..20"),
        ("initial_unhealthy", -2, '"within_cap", "any", or a count >= 0'),
    ],
)
def test_a_bad_policy_value_is_refused_naming_parameter_value_and_domain(key, value, domain):
    with pytest.raises(PolicyError) as e:
        S.Policy(**{key: value})
    msg = str(e.value)
    assert f"scale_set.{key}" in msg and repr(value) in msg and domain in msg


def test_a_safety_threshold_is_never_enforced_by_the_policy_validator():
    # 1% is below Azure's 5..100 but allowed for analysis, with a warning rather than an error.
    p = S.Policy(max_batch_instance_percent=1)
    assert p.warnings() and "5..100" in p.warnings()[0]


# --------------------------------------------------------------------------------------------
# Purity


def test_no_action_mutates_its_input():
    s = run(S.Policy(instances=6, service_fabric=False), START)
    for a in S.candidate_actions(s):
        before = copy.deepcopy(s)
        S.apply(s, a)
        assert s == before and repr(s) == repr(before), a.call_text()


def test_the_purity_check_catches_an_action_that_mutates_its_input(monkeypatch):
    def sneaky(s):
        object.__setattr__(s, "checked", not s.checked)
        return s

    monkeypatch.setitem(S.ACTIONS, "orchestrator_checks_health", sneaky)
    found = checks.purity_disagreements(S.Policy(instances=3))
    assert any("changed its input state" in x for x in found)


def test_model_imports_nothing_from_hypothesis_or_z3():
    for path in sorted((ROOT / "model").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for n in names:
                top = n.split(".")[0]
                assert top not in ("hypothesis", "z3", "random", "time", "os", "pathlib", "io"), f"{path.name} imports {n}"
        src = path.read_text(encoding="utf-8")
        assert ".now(" not in src and "open(" not in src, f"{path.name} reads a clock or a file"


# --------------------------------------------------------------------------------------------
# History

NOW = datetime(2018, 8, 1, tzinfo=timezone.utc)


def test_the_seed_fixture_is_the_seed_example_verbatim():
    assert json.loads(SEED_FIXTURE.read_text(encoding="utf-8")) == checks.SEED_HISTORY_EXAMPLE


def test_the_seed_history_example_is_flagged_for_completed_time_before_start_time():
    entries = read_history(SEED_FIXTURE.read_text(encoding="utf-8"))
    assert len(entries) == 1 and entries[0].end_key == "completedTime"
    found = check_history(entries, now=NOW, instances=20)
    rules = {f.rule: f for f in found}
    assert "ends_after_start" in rules and rules["ends_after_start"].clause == "A-27"
    assert "completedTime" in rules["ends_after_start"].message and "earlier than startTime" in str(rules["ends_after_start"])


def test_the_seed_example_counts_add_up_to_twenty_with_a_twenty_percent_batch_in_progress():
    (e,) = read_history(checks.SEED_HISTORY_EXAMPLE)
    assert e.progress.total == 20 and e.progress.in_progress == 4


def test_the_reader_accepts_a_bare_list_and_todays_end_time():
    doc = [{"properties": {"runningStatus": {"code": "Completed", "startTime": "2018-07-30T10:00:00Z",
                                              "endTime": "2018-07-30T11:00:00Z"}}}]
    (e,) = read_history(doc)
    assert e.end_key == "endTime" and e.end_time > e.start_time
    assert check_history((e,), now=NOW) == []


def test_the_reader_refuses_what_it_cannot_read_and_says_where():
    with pytest.raises(HistoryFormatError, match=r"value\[0\]\.properties\.progress\.failedInstanceCount"):
        read_history({"value": [{"properties": {"progress": {"failedInstanceCount": "two"}}}]})
    with pytest.raises(HistoryFormatError, match="startTime"):
        read_history([{"properties": {"runningStatus": {"startTime": "yesterday"}}}])


def test_the_history_table_agrees_with_the_reader():
    assert checks.history_table_disagreements(S.Policy()) == []


def test_a_checker_without_the_end_rule_disagrees_with_the_table(monkeypatch):
    import rollproof.model.scale_set_history as H

    real = H.check_history

    def lax(entries, *, now, instances=None):
        return [f for f in real(entries, now=now, instances=instances) if f.rule != "ends_after_start"]

    monkeypatch.setattr(checks, "check_history", lax)
    assert any("seed's example" in x for x in checks.history_table_disagreements(S.Policy()))


def test_an_entry_derived_from_a_model_state_reads_back_and_is_well_formed():
    p = S.Policy(instances=10)
    s = run(p, START + [Action.of("orchestrator_starts_batch", chosen={0, 1})])
    e = entry_from_state(s, start_time=NOW)
    assert e.code == "RollingForward" and e.end_time is None
    assert (e.progress.successful, e.progress.failed, e.progress.in_progress, e.progress.pending) == (0, 0, 2, 8)
    assert read_history(history_to_json([e])) == (e,)
    assert check_history((e,), now=NOW, instances=10) == []


def test_no_history_entry_exists_before_any_upgrade():
    assert entry_from_state(S.initial_state(S.Policy()), start_time=NOW) is None


# --------------------------------------------------------------------------------------------
# Enabling (A-7, A-13…A-21)


def test_a_seed_image_at_latest_with_a_probe_is_accepted():
    assert isinstance(enable_automatic_os_upgrade(EnableConfig()), Accepted)


def test_every_refusal_names_its_rule_and_clause_and_all_failing_rules_are_reported():
    r = enable_automatic_os_upgrade(EnableConfig(version="1.0", disk_encryption=True, health_probe=False))
    assert isinstance(r, EnableRefused)
    assert r.rules == ("version_is_latest", "no_disk_encryption", "health_probe_configured")
    assert r.clauses == ("A-14", "A-7", "A-15")
    assert "A-14" in str(r) and "'1.0'" in str(r)


def test_the_enable_table_agrees_with_the_rules():
    assert checks.enable_table_disagreements(S.Policy()) == []
    assert checks.enable_table_disagreements(S.Policy(health_probe=False)) == []


def test_an_enable_check_that_ignores_disk_encryption_disagrees_with_the_table(monkeypatch):
    real = checks.enable_automatic_os_upgrade
    monkeypatch.setattr(checks, "enable_automatic_os_upgrade",
                        lambda c: real(attrs.evolve(c, disk_encryption=False)))
    assert any("Disk Encryption" in x for x in checks.enable_table_disagreements(S.Policy()))


def test_a_bad_enable_config_value_is_refused_naming_the_parameter():
    with pytest.raises(PolicyError, match=r"enable\.placement_groups.*got 0.*an integer >= 1"):
        EnableConfig(placement_groups=0)
