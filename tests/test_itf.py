"""ITF traces: what the tool writes, it reads back, replays through the model, and re-checks."""

from __future__ import annotations

import copy
import json
import re

import pytest

from rollproof.model import scale_set as ss
from rollproof.model.core import Action
from rollproof import itf, pictures

A = Action.of


def health_cap_trace():
    """Maintenance takes two instances down during a batch: VMSS-HEALTH-CAP fails at step 5."""
    policy = ss.Policy(instances=5)
    init = ss.initial_state(policy)
    actions = [
        A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
        A("orchestrator_starts_batch", chosen=frozenset({0})), A("maintenance_takes_down", i=1),
        A("maintenance_takes_down", i=2), A("instance_finishes_upgrade", i=0, healthy=False),
    ]
    return ss.replay(policy, init, actions).with_verdict("VMSS-HEALTH-CAP", 4, "violates")


def _doc(trace=None):
    return itf.to_json(trace or health_cap_trace(), policy_name="five")


def test_values_survive_encoding():
    value = {"a": frozenset({3, 1}), "big": 2**60, "none": None, "seq": (1, 2), "m": {(1, 2): "x"}}
    doc = itf.encode(value)
    assert doc["big"] == {"#bigint": str(2**60)}
    assert doc["a"] == {"#set": [1, 3]}
    assert itf.decode(json.loads(json.dumps(doc))) == value


def test_a_written_trace_has_the_adr_015_shape():
    doc = _doc()
    meta = doc["#meta"]
    assert meta["format"] == "ITF" and meta["source"] == "rollproof"
    assert (meta["property"], meta["policy"], meta["outcome"], meta["at_step"]) == ("VMSS-HEALTH-CAP", "five", "violates", 4)
    assert meta["parameters"]["instances"] == 5
    assert set(doc["vars"]) >= {"action", "instances", "status"}
    for k, state in enumerate(doc["states"]):
        assert state["#meta"] == {"index": k}
        assert set(doc["vars"]) <= set(state)
        assert not any(key.startswith("#") for key in state["action"])
        assert set(state["instances"]) == {"#map"}
    assert doc["states"][0]["action"] == {"name": "init", "args": {}}
    assert doc["states"][3]["action"] == {"name": "orchestrator_starts_batch", "args": {"chosen": {"#set": [0]}}}
    rec = doc["states"][3]["instances"]["#map"][0][1]
    assert (rec["image"], rec["health"], rec["phase"]) == ("old", "healthy", "upgrading")


def test_a_written_trace_reads_back_and_replays_to_the_same_finding(tmp_path):
    path = tmp_path / "t.itf.json"
    itf.write(path, health_cap_trace(), policy_name="five")
    loaded = itf.read(path)
    assert loaded.policy == ss.Policy(instances=5)
    assert len(loaded.actions) == 6 and loaded.actions[2] == A("orchestrator_starts_batch", chosen=frozenset({0}))
    rp = itf.replay(loaded)
    assert rp.mismatch is None
    f = rp.finding("VMSS-HEALTH-CAP")
    assert (f.outcome, f.at_step) == ("violates", 4)
    assert rp.finding("VMSS-DATA-DISKS") is None


def test_a_tampered_state_does_not_replay():
    doc = _doc()
    doc["states"][4]["instances"]["#map"][1][1]["health"] = "healthy"
    rp = itf.replay(itf.parse(doc, file="t.json"))
    assert rp.mismatch is not None and "state 4" in rp.mismatch and "health" in rp.mismatch


def _mutations():
    def drop(key):
        return lambda d: d.pop(key)

    def meta(key, value):
        return lambda d: d["#meta"].__setitem__(key, value)

    def state(k, key, value):
        return lambda d: d["states"][k].__setitem__(key, value)

    return [
        ("foreign source", meta("source", "apalache"), "#meta.source"),
        ("unknown model", meta("model", "kubernetes"), "#meta.model"),
        ("unknown property", meta("property", "VMSS-NOPE"), "#meta.property"),
        ("bad parameter", lambda d: d["#meta"]["parameters"].__setitem__("instances", 0), "#meta.parameters.instances"),
        ("unknown parameter", lambda d: d["#meta"]["parameters"].__setitem__("speed", 1), "#meta.parameters.speed"),
        ("no states", drop("states"), "states"),
        ("no vars", drop("vars"), "vars"),
        ("bad index", lambda d: d["states"][2]["#meta"].__setitem__("index", 7), "states[2].#meta.index"),
        ("unknown action", state(2, "action", {"name": "operator_panics", "args": {}}), "states[2].action.name"),
        ("first state not init", state(0, "action", {"name": "orchestrator_starts_upgrade", "args": {}}),
         "states[0].action.name"),
        ("action not a record", state(1, "action", "go"), "states[1].action"),
        ("instances not a map", state(1, "instances", [1, 2]), "states[1].instances"),
        ("missing variable", lambda d: d["states"][1].pop("status"), "states[1].status"),
        ("step out of range", meta("at_step", 99), "#meta.at_step"),
    ]


@pytest.mark.parametrize("what, mutate, key", _mutations(), ids=[m[0] for m in _mutations()])
def test_a_malformed_or_foreign_trace_is_one_line_naming_the_key(what, mutate, key):
    doc = copy.deepcopy(_doc())
    mutate(doc)
    with pytest.raises(itf.ItfError) as e:
        itf.parse(doc, file="t.itf.json")
    line = e.value.line()
    assert "\n" not in line and line.startswith(f"error: t.itf.json: {key}: "), line


def test_a_file_that_is_not_json_is_one_line(tmp_path):
    path = tmp_path / "x.itf.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(itf.ItfError) as e:
        itf.read(path, display="x.itf.json")
    assert re.match(r"^error: x\.itf\.json: line 1: not JSON", e.value.line())


def test_a_reach_witness_from_its_start_policy_replays():
    """VMSS-ONE-UNHEALTHY-TOLERATED starts from one unhealthy instance, whatever the policy's own start."""
    policy = ss.Policy(instances=5)
    start = ss.initial_state(ss.Policy(instances=5, initial_unhealthy="any"), frozenset({0}))
    import attrs

    init = attrs.evolve(start, policy=policy)
    actions = [A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
               A("orchestrator_starts_batch", chosen=frozenset({0})), A("instance_finishes_upgrade", i=0, healthy=True),
               A("probe_wait_expires"), A("orchestrator_ends_batch")]
    for k in range(1, 5):
        actions += [A("orchestrator_checks_health"), A("orchestrator_starts_batch", chosen=frozenset({k})),
                    A("instance_finishes_upgrade", i=k, healthy=True), A("probe_wait_expires"),
                    A("orchestrator_ends_batch")]
    trace = ss.replay(policy, init, actions)
    assert trace.states[-1].status == ss.Status.COMPLETED
    trace = trace.with_verdict("VMSS-ONE-UNHEALTHY-TOLERATED", len(actions), "witnesses")
    rp = itf.replay(itf.parse(itf.to_json(trace, policy_name="five"), file="w.itf.json"))
    assert rp.mismatch is None
    f = rp.finding("VMSS-ONE-UNHEALTHY-TOLERATED")
    assert (f.outcome, f.at_step) == ("witnesses", len(actions))


def test_cloud_service_traces_round_trip():
    cs = pytest.importorskip("rollproof.model.cloud_service")
    from rollproof.properties.registry import properties_for

    if not properties_for("cloud_service"):
        pytest.skip("the cloud-service catalog is not registered yet")
    policy = cs.Policy(roles={"web": 2, "worker": 3}, upgrade_domains=2)
    actions = [A("operator_requests_update"), A("fabric_walks_ud"), A("fabric_updates_ud", ud=0)]
    trace = cs.replay(policy, cs.initial_state(policy), actions)
    doc = itf.to_json(trace, policy_name="two", property_id="X-INSTANCES-CONSERVED")
    assert doc["states"][0]["update"] == itf.NONE
    loaded = itf.parse(json.loads(itf.dumps(doc)), file="c.itf.json")
    assert loaded.policy == policy
    assert itf.replay(loaded).mismatch is None


def test_pictures_are_identical_on_every_run():
    trace = health_cap_trace()
    a = pictures.render_bytes(trace, policy_name="five", fmt="svg")
    b = pictures.render_bytes(trace, policy_name="five", fmt="svg")
    assert a == b
    text = a.decode()
    assert "<dc:date>" not in text and "VMSS-HEALTH-CAP" in text and "violated here" in text
    assert pictures.render_bytes(trace, policy_name="five", fmt="png").startswith(b"\x89PNG")


def test_a_question_another_policy_asked_is_evaluated_only_where_its_observables_exist():
    # A process that has read a policy file asking about `elapsed` (a cloud service's exists only
    # with start timeouts walking on) replays a trace of a policy without them: the question is
    # not asked of it (it used to raise KeyError), and the catalog's findings are unchanged.
    import tomllib

    from rollproof import policyfile
    from rollproof.model import cloud_service as cs

    asked = policyfile.from_dict(tomllib.loads(
        'model = "cloud_service"\n[[property]]\nid = "within-an-hour-itf"\nholds = "elapsed <= 3600"\n'
        '[cloud_service]\ninstance_update_time = 300\n'), file="q.toml", default_name="q")
    assert [p.id for p in asked.properties] == ["WITHIN-AN-HOUR-ITF"]
    policy = cs.Policy(roles={"web": 2}, upgrade_domains=1, start_timeout_walks_on=False)
    trace = cs.replay(policy, cs.initial_state(policy), [A("operator_requests_update"), A("fabric_walks_ud")])
    loaded = itf.parse(json.loads(itf.dumps(itf.to_json(trace, policy_name="two"))), file="t.itf.json")
    found = itf.replay(loaded)
    assert found.mismatch is None
    assert "WITHIN-AN-HOUR-ITF" not in {f.property_id for f in found.findings}
    assert "CS-ROLE-AVAILABLE" in {f.property_id for f in found.findings}


def _first_batch(policy):
    """The upgrade started and a first batch of one instance: a run of any scale set."""
    init = ss.initial_state(policy)
    chosen = frozenset({0, 3}) if policy.service_fabric else frozenset({0})  # (SF: a whole UD, A-23)
    actions = [A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
               A("orchestrator_starts_batch", chosen=chosen)]
    trace = ss.replay(policy, init, actions)
    assert all(step.refused is None for step in trace.steps)
    return trace


@pytest.mark.parametrize("policy, field", [
    (ss.Policy(instances=6, zones=3), "zone"),
    (ss.Policy(instances=6, service_fabric=True, update_domains=3), "ud"),
    (ss.Policy(instances=6), None),
])
def test_an_instance_domain_is_named_as_the_operator_knows_it(policy, field):
    """A zonal set's instances carry their availability ``zone``, a Service Fabric set's their update
    domain ``ud``, a set of one domain neither (its domain says nothing); pictures label them so."""
    doc = itf.to_json(_first_batch(policy), policy_name="p")
    recs = [r for _, r in doc["states"][0]["instances"]["#map"]]
    for other in {"zone", "ud"} - {field}:
        assert all(other not in r for r in recs)
    if field is not None:
        assert [r[field] for r in recs] == [i % 3 for i in range(6)]
        assert pictures._instance_label(1, recs[1]) == ("i1 · zone 1" if field == "zone" else "i1 · UD1")
    else:
        assert pictures._instance_label(1, recs[1]) == "i1"
    assert itf.replay(itf.parse(doc, file="t.json")).mismatch is None


def test_a_trace_written_before_domains_were_named_still_replays_and_is_still_checked():
    """Older scale-set traces hold every instance's domain as ``ud``: read as the zone of a zonal
    set, dropped for a set of one domain; a wrong value is still a difference."""
    for policy in (ss.Policy(instances=6, zones=3), ss.Policy(instances=6)):
        doc = itf.to_json(_first_batch(policy), policy_name="p")
        field = ss.domain_field(policy)
        for st in doc["states"]:
            for pair in st["instances"]["#map"]:
                rec = pair[1]
                rec["ud"] = rec.pop(field) if field else 0
        assert itf.replay(itf.parse(copy.deepcopy(doc), file="t.json")).mismatch is None
        doc["states"][2]["instances"]["#map"][1][1]["ud"] = 2
        rp = itf.replay(itf.parse(doc, file="t.json"))
        assert rp.mismatch is not None and "state 2" in rp.mismatch, rp.mismatch
