"""The policy-key reference is read from the policy classes' field metadata, so it cannot drift."""

from __future__ import annotations

import types

import attrs
import pytest

from rollproof.model import systems
from rollproof import keys, policyfile


@pytest.mark.parametrize("model", keys.models())
def test_every_policy_field_has_its_meaning_range_and_source(model):
    for f in attrs.fields(systems.reference(model).Policy):
        for m in keys.METADATA:
            assert str(f.metadata.get(m, "")).strip(), f"{model}.{f.name} has no {m!r} in its field metadata"


def test_a_field_without_metadata_is_refused(monkeypatch):
    @attrs.frozen
    class Bare:
        documented: int = attrs.field(default=1, metadata={"meaning": "m", "range": "r", "source": "s"})
        silent: int = 2

    monkeypatch.setattr(keys.systems, "reference", lambda model: types.SimpleNamespace(Policy=Bare))
    with pytest.raises(keys.MissingMetadata, match="toy.silent: no meaning, range, source"):
        keys.keys("toy")


def test_the_committed_key_reference_is_the_generated_one():
    assert keys.DOC.read_text(encoding="utf-8") == keys.markdown(), (
        "docs/policy-keys.md is stale: regenerate it with `python -m rollproof.keys`")


def test_the_reference_names_every_key_of_every_model_and_of_the_file():
    text = keys.markdown()
    for m in keys.models():
        for name in policyfile.parameter_names(m):
            assert f"| `{name}`" in text, name
    for name in policyfile.TOP_KEYS:
        assert f"| `{name}` |" in text
    assert "| `[expect]` |" in text
    assert set(keys.FILE_KEYS) == {*policyfile.TOP_KEYS, "expect"}


@pytest.mark.parametrize("model", keys.models())
def test_the_defaults_in_the_reference_are_the_policy_s_own(model):
    defaults = policyfile.parameters(systems.reference(model).Policy())
    for k in keys.keys(model):
        assert k.default_text == policyfile.show(defaults[k.name])


def test_a_key_is_found_bare_or_with_its_model_in_any_case():
    (bare,) = keys.find("batch_rounding")
    assert bare.qualified == "scale_set.batch_rounding"
    assert keys.find("Scale_Set.Batch-Rounding") == [bare]
    assert [k.qualified for k in keys.find("CLOUD_SERVICE.ROLES")] == ["cloud_service.roles"]
    assert keys.find("no_such_key") == []


def test_explaining_a_key_gives_its_meaning_default_values_and_source_within_100_columns():
    (k,) = keys.find("batch_rounding")
    text = keys.explain_text(k)
    assert text.splitlines()[0] == "scale_set.batch_rounding  (named choice of the scale set policy)"
    for label, part in (("meaning", "the batch size b"), ("default", '"floor_min_1"'),
                        ("values", '"floor_min_1" or "ceil"'), ("source", "A-8 note")):
        assert any(line.strip().startswith(label) and part in line for line in text.splitlines()), (label, text)
    assert max(len(line) for line in text.splitlines()) <= 100


def test_a_key_lists_the_properties_whose_verdict_depends_on_it(monkeypatch):
    from rollproof.properties import registry

    p = registry.get("VMSS-CANCEL")
    monkeypatch.setitem(registry.REGISTRY, ("scale_set", p.id), attrs.evolve(p, depends_on=("batch_rounding",)))
    (k,) = keys.find("batch_rounding")
    text = " ".join(keys.explain_text(k).split())
    read_by = text.split("read by", 1)[1].split("the verdicts of", 1)[1]
    assert "VMSS-CANCEL" in read_by and "VMSS-BATCH-CAP" in read_by and "VMSS-PRECHECK" not in read_by


def test_the_key_list_shows_every_key_with_its_default_within_100_columns():
    text = keys.list_text()
    for m in keys.models():
        for k in keys.keys(m):
            assert any(line.split()[:2] == [k.name, k.default_text.split()[0]] for line in text.splitlines()), k.name
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "cloud_service" not in keys.list_text("scale_set")


def test_the_file_s_own_keys_are_explained_too():
    text = keys.file_key_text("[expect]")
    assert text.splitlines()[0] == "[expect]  (a table of the policy file)"
    assert "without one, the policy is explored" in " ".join(text.split())
    assert keys.file_key_text("Model").startswith("model  (a top-level key of the policy file)")
    assert keys.file_key_text("batch_rounding") is None
