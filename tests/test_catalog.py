"""The catalog for people: ``rollproof list`` and ``rollproof explain ID``, IDs in any case."""

from __future__ import annotations

import attrs
import pytest

from rollproof.properties import registry
from rollproof.properties.registry import Antecedent, Kind, properties_for
from rollproof.properties.verdicts import LABELS
from rollproof import catalog


def test_property_ids_are_matched_in_any_case():
    assert catalog.resolve_id("vmss-batch-cap") == "VMSS-BATCH-CAP"
    assert catalog.resolve_id("  Cs-Locked ") == "CS-LOCKED"


def test_an_unknown_id_gets_its_closest_matches():
    with pytest.raises(catalog.UnknownName) as e:
        catalog.resolve_id("VMSS-BACH-CAP")
    assert e.value.suggestions[0] == "VMSS-BATCH-CAP"
    assert e.value.line_what().startswith("unknown property ID; did you mean VMSS-BATCH-CAP")
    assert catalog.closest("rollback", registry.all_ids())  # a word inside IDs finds them too
    assert catalog.did_you_mean([]) == ""
    assert catalog.did_you_mean(["A", "B"]) == "; did you mean A or B?"


def test_the_catalog_lists_every_property_with_its_kind_and_statement_within_100_columns():
    text = catalog.list_text()
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 100
    for model in ("scale_set", "cloud_service"):
        for p in properties_for(model):
            row = next(line for line in lines if line.split()[:1] == [p.id])
            assert row.split()[1] == p.kind.value
            assert p.statement.split()[0] in text
    sf = lines.index(next(line for line in lines if line.split()[:1] == ["VMSS-SF-BY-UD"]))
    assert "not applicable when service_fabric = false" in " ".join(lines[sf:sf + 4])


def test_the_catalog_can_be_filtered_by_model():
    text = catalog.list_text("cloud_service")
    assert "CS-LOCKED" in text and "VMSS-BATCH-CAP" not in text


def test_explaining_a_property_gives_its_statement_clauses_kind_and_how_to_read_its_trace():
    text = catalog.explain_property("vmss-batch-cap")
    p = registry.get("VMSS-BATCH-CAP")
    assert text.splitlines()[0] == "VMSS-BATCH-CAP  (inv, scale set: batch_within_cap)"
    assert p.statement in text and "A-8, A-10.2" in text and p.region.split()[0] in text
    assert "the step that reaches that state is marked ← violates" in " ".join(text.split())
    assert "rollproof replay TRACE.itf.json" in text
    assert max(len(line) for line in text.splitlines()) <= 100


def test_explaining_a_property_shows_only_the_verdict_words_it_can_get():
    reach = catalog.explain_property("VMSS-ONE-UNHEALTHY-TOLERATED")
    assert "proved (witness)" in reach and "holds by construction" not in reach
    check = catalog.explain_property("VMSS-HISTORY")
    assert "checked" in check and "proved (witness)" not in check
    for word in ("checked", "refuted", "not-applicable"):
        assert LABELS[word].split(";")[0][:40] in " ".join(check.split())


def test_explaining_a_property_names_what_it_depends_on_its_premises_and_the_guard_it_restates(monkeypatch):
    p = registry.get("VMSS-PRECHECK", "scale_set")
    richer = attrs.evolve(p, depends_on=("concurrent_maintenance",),
                          antecedents=(Antecedent("a batch starts", lambda *a: True, step=True),),
                          restates="the pre-check's guard", worth="it shows the guard is reached")
    monkeypatch.setitem(registry.REGISTRY, ("scale_set", p.id), richer)
    text = " ".join(catalog.explain_property("VMSS-PRECHECK").split())
    assert "depends on the verdict depends on the named choices and switches concurrent_maintenance" in text
    assert "concurrent_maintenance (default true): planned or unplanned maintenance" in text
    assert "premise a batch starts (where it never happens, a proof is vacuous)" in text
    assert "restates the pre-check's guard; still worth checking: it shows the guard is reached" in text
    assert "proved (vacuous)" in text and "holds by construction" in text


def test_a_property_of_both_models_is_explained_once_when_it_reads_the_same():
    text = catalog.explain_property("X-STEP-PURE")
    assert text.splitlines()[0] == "X-STEP-PURE  (check, scale set and cloud service: steps_are_pure)"
    assert sum(line.startswith("  statement") for line in text.splitlines()) == 1
    # The scale set's X-INSTANCES-CONSERVED says what max_surge does to the count: explained per model.
    text = catalog.explain_property("X-INSTANCES-CONSERVED")
    heads = [line for line in text.splitlines() if line.startswith("X-INSTANCES-CONSERVED")]
    assert heads == ["X-INSTANCES-CONSERVED  (inv, scale set: instances_conserved)",
                     "X-INSTANCES-CONSERVED  (inv, cloud service: instances_conserved)"]


def test_every_kind_says_what_it_means_how_to_read_its_trace_and_which_words_it_gets():
    for kind in Kind:
        meaning, trace = catalog.KINDS[kind]
        assert meaning and trace
        assert set(catalog.KIND_LABELS[kind]) <= set(LABELS)


def test_the_legend_has_every_verdict_word():
    text = "\n".join(catalog.legend())
    for word in LABELS:
        assert f"  {word} " in text


def test_the_catalog_and_an_explanation_fit_an_80_column_terminal():
    from rollproof import keys

    texts = [catalog.list_text(width=80), catalog.explain_property("CS-ROLLBACK-RESTORES", width=80),
             keys.list_text(width=80), keys.explain_text(keys.find("initial_unhealthy")[0], width=80)]
    for text in texts:
        assert max(len(line) for line in text.splitlines()) <= 80


def _grid():
    import itertools

    from rollproof.model import cloud_service as cs
    from rollproof.model import scale_set as ss

    for mode, conc, uds, timeout, crashes in itertools.product(
            ("automatic", "manual", "simultaneous"), (False, True), (1, 3), (False, True), (False, True)):
        yield "cloud_service", cs.Policy(roles={"web": 3}, upgrade_domains=uds, mode=mode, concurrent_operations=conc,
                                         start_timeout_walks_on=timeout, new_code_crashes=crashes)
    for zones, cross in itertools.product((1, 3), (False, True)):
        yield "scale_set", ss.ScaleSetPolicy(instances=6, zones=zones, cross_zone_upgrade=cross)


@pytest.mark.parametrize("model, policy", list(_grid()))
def test_a_not_applicable_verdict_names_only_the_reasons_its_policy_meets(model, policy):
    """A property switched off for several reasons says which one holds for this policy (cs-simultaneous's
    CS-ONE-UD is not applicable because every UD is updated at once, not "concurrent operations or …")."""
    from rollproof.properties.verdicts import NotApplicable, not_applicable

    for p in properties_for(model):
        v = not_applicable(p, policy)
        if not p.not_applicable_when:
            continue
        met = [why for when, why in p.not_applicable_when if when(policy)]
        if v is None:
            continue
        assert isinstance(v, NotApplicable)
        assert met, (p.id, policy)  # every policy it does not apply to meets one of the reasons named
        assert v.reason == "; ".join(met)
