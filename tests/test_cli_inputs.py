"""``rollproof check`` and ``report`` on Terraform and Azure JSON, end to end in a subprocess.

The examples are copied to a temporary folder and checked there with the real engine on a property
or two (``--jobs 1``, a short ``--timeout``); bad inputs exit 2 with one line and write nothing; the
JSON output follows ``rollproof/schemas/check-2.schema.json``; the report over several folders uses the fake
engine of ``_fake_engine`` (instant).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from _fake_engine import REPO, fake_cmd, rollproof_cmd

HAS_ENGINE = importlib.util.find_spec("rollproof.solver.engine") is not None
SCHEMA = json.loads((REPO / "rollproof" / "schemas" / "check-2.schema.json").read_text(encoding="utf-8"))
FAST = ["--jobs", "1", "--timeout", "20"]


def run(args, cwd, *, fake=not HAS_ENGINE, timeout=300):
    cmd = (fake_cmd() if fake else rollproof_cmd()) + list(args)
    env = dict(os.environ, PYTHONPATH=str(REPO), COLUMNS="200")
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.fixture()
def examples(tmp_path):
    for kind in ("terraform", "azure", "policies"):
        shutil.copytree(REPO / "examples" / kind, tmp_path / "examples" / kind)
    return tmp_path


def test_check_on_a_terraform_folder_gives_a_verdict_per_resource_and_a_warning_per_field_not_modelled(examples):
    r = run(["check", "examples/terraform/incidents", "--property", "VMSS-TERMINAL", "--property",
             "VMSS-ONE-UNHEALTHY-TOLERATED", *FAST], examples)
    assert r.returncode == 0, r.stdout + r.stderr
    flat = " ".join(r.stdout.split())  # headers wrap at the terminal's width
    assert ("azurerm_linux_virtual_machine_scale_set.opencga_workers · scale_set · "
            "examples/terraform/incidents/main.tf") in flat
    assert "azurerm_linux_virtual_machine_scale_set.resource_processor · scale_set · " in flat
    assert "every verdict matches [expect]" in r.stdout
    assert ("warning: examples/terraform/incidents/main.tf: azurerm_linux_virtual_machine_scale_set.resource_processor"
            ".upgrade_mode: not modelled, ignored (got \"Automatic\")") in r.stderr
    assert "pause_time_between_batches" not in r.stderr  # modelled: it sets the policy's pause
    trace = examples / "rollproof-out" / "azurerm_linux_virtual_machine_scale_set.resource_processor" / "VMSS-TERMINAL.itf.json"
    assert trace.is_file()
    rp = run(["replay", str(trace.relative_to(examples))], examples)
    assert rp.returncode == 0 and "as the trace records" in rp.stdout


def test_check_on_azure_json_reads_a_template_a_cli_resource_and_a_cloud_service(examples):
    r = run(["check", "examples/azure", "--property", "VMSS-HEALTH-CAP", "--property", "CS-LOCKED", *FAST], examples)
    assert r.returncode == 0, r.stdout + r.stderr
    flat = " ".join(r.stdout.split())
    for name in ("sfnode0 · scale_set · examples/azure/sf-cluster.json",
                 "opencga-workers · scale_set · examples/azure/opencga-workers.vmss-show.json",
                 "contoso-cs · cloud_service · examples/azure/contoso-cs.resource.json",
                 "fabrikam-batch · cloud_service · examples/azure/fabrikam-batch-cs.resource.json"):
        assert name in flat


def test_a_single_tf_file_of_a_module_is_checked_with_its_variables_and_var(examples):
    r = run(["check", "examples/terraform/web-tier/main.tf", "--var", "api_instances=2", "--property",
             "VMSS-BATCH-CAP", "--format", "json", *FAST], examples)
    assert r.returncode in (0, 1), r.stderr
    doc = json.loads(r.stdout)
    api = next(p for p in doc["policies"] if p["name"] == "azurerm_windows_virtual_machine_scale_set.api")
    assert api["parameters"]["instances"] == 2
    assert api["sources"]["instances"]["value_at"] == "command line (--var)"


def test_json_output_gains_sources_and_ignored_fields_and_follows_the_documented_schema(examples):
    r = run(["check", "examples/terraform/incidents", "examples/azure/contoso-cs.resource.json",
             "examples/policies/vmss-three-instances.toml", "--format", "json", "--property", "VMSS-BATCH-CAP",
             "--property", "CS-UD-SPREAD", *FAST], examples)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    doc = json.loads(r.stdout)
    jsonschema.validate(doc, SCHEMA)
    ocga, _tre, cs, toml = doc["policies"]
    assert ocga["input"] == {"format": "terraform", "path": "examples/terraform/incidents",
                             "address": "azurerm_linux_virtual_machine_scale_set.opencga_workers"}
    assert ocga["sources"]["instances"]["variable"] == "var.worker_count"
    assert ocga["sources"]["max_batch_instance_percent"]["variable"] == "local.rolling_percent"
    assert [i["key"].rsplit(".", 1)[-1] for i in ocga["ignored"]] == ["upgrade_mode"]
    assert ocga["parameters"]["pause_time_between_batches"] == 0
    assert ocga["sources"]["pause_time_between_batches"]["at"] == "examples/terraform/incidents/main.tf:50"
    assert cs["sources"]["roles"]["key"] == "properties.roleProfile.roles"
    assert toml["input"]["format"] == "toml" and toml["sources"]["instances"]["kind"] == "input"
    assert toml["sources"]["batch_rounding"]["kind"] == "model-default" and toml["ignored"] == []


BAD = {
    "range": ("main.tf", 'resource "azurerm_linux_virtual_machine_scale_set" "web" {\n  instances = 2\n'
                         "  rolling_upgrade_policy {\n    max_batch_instance_percent = 2\n  }\n}\n", (),
              "error: main.tf: azurerm_linux_virtual_machine_scale_set.web.rolling_upgrade_policy."
              "max_batch_instance_percent: out of range (got 2; allowed 5..100)"),
    "unresolved": ("main.tf", 'variable "n" {}\nresource "azurerm_linux_virtual_machine_scale_set" "web" {\n'
                              "  instances = var.n\n}\n", (),
                   "error: main.tf: azurerm_linux_virtual_machine_scale_set.web.instances: variable n has no value "
                   "(got var.n; allowed a default, terraform.tfvars, *.auto.tfvars, or --var n=…)"),
    "upgrade-mode": ("cs.json", json.dumps({"type": "Microsoft.Compute/cloudServices", "name": "cs", "properties": {
        "upgradeMode": "Rolling", "roleProfile": {"roles": [{"name": "web", "sku": {"capacity": 2}}]}}}), (),
                     "error: cs.json: properties.upgradeMode: not one of Azure's values "
                     '(got "Rolling"; allowed "Auto", "Manual", "Simultaneous")'),
    "expression": ("t.json", json.dumps({
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        "contentVersion": "1.0.0.0", "resources": [{"type": "Microsoft.Compute/virtualMachineScaleSets",
                                                    "name": "web", "sku": {"capacity": "[add(1, 2)]"}}]}), (),
                   "error: t.json: resources[0].sku.capacity: template expression not resolved by this version "
                   "(got [add(1, 2)]; allowed a value, [parameters('NAME')] or [variables('NAME')])"),
    "var": ("main.tf", 'resource "azurerm_linux_virtual_machine_scale_set" "web" {\n  instances = 2\n}\n',
            ("--var", "n=3"), 'error: command line: --var: no input declares this variable (got "n"; allowed '
                              "a variable or parameter some input declares)"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_input_is_one_line_naming_the_field_as_written_exit_2_and_nothing_written(tmp_path, case):
    name, text, extra, line = BAD[case]
    (tmp_path / name).write_text(text, encoding="utf-8")
    r = run(["check", name, *extra, "--property", "VMSS-BATCH-CAP"], tmp_path, fake=True)
    assert r.returncode == 2
    assert r.stdout == "" and r.stderr == line + "\n"
    assert _files(tmp_path) == [name]


def test_report_lists_imported_resources_like_toml_policies_and_reproduces_them_from_their_folder(examples):
    shutil.rmtree(examples / "examples" / "azure")
    for p in (examples / "examples" / "policies").glob("*.toml"):
        if p.name != "vmss-three-instances.toml":
            p.unlink()
    r = run(["report", "--property", "VMSS-BATCH-CAP", "--property", "VMSS-DATA-DISKS"], examples, fake=True)
    assert r.returncode in (0, 1), r.stdout + r.stderr
    assert "(6 policies, 12 verdicts)" in r.stdout
    text = (examples / "REPORT.md").read_text()
    keys = [line.split("|")[1].strip() for line in text.splitlines() if '<a id="policy-' in line]
    assert keys == ["S1", "S2", "S3", "S4", "S5", "S6"]
    rows = [line for line in text.splitlines() if '<a id="policy-' in line]
    assert "`three-instances`" in rows[0]  # TOML policies first, then Terraform, by folder
    assert "`azurerm_linux_virtual_machine_scale_set.opencga_workers` ([examples/terraform/incidents/main.tf]" in rows[1]
    assert "opencb/opencga#987" in rows[1]
    assert ("`rollproof check examples/terraform/web-tier --property VMSS-BATCH-CAP`") in text
    r = run(["report", "--policies", "examples/terraform/incidents", "--policies", "examples/policies", "--out",
             "R2.md", "--property", "VMSS-BATCH-CAP"], examples, fake=True)
    assert "(3 policies, 3 verdicts)" in r.stdout, r.stdout + r.stderr


@pytest.mark.deep
@pytest.mark.parametrize("folder", ["terraform/incidents", "terraform/web-tier", "azure"])
def test_every_verdict_of_the_terraform_and_azure_examples_matches_their_rollproof_toml(folder):
    from rollproof.properties.registry import properties_for
    from rollproof import inputs
    from rollproof.checking import engine_check

    differ = []
    for pf in inputs.load([str(REPO / "examples" / folder)]).policies:
        for prop in properties_for(pf.model):
            verdict = engine_check(pf.policy, prop, 60.0)
            if verdict.verdict not in (pf.expected(prop.id), "not-applicable"):
                differ.append(f"{pf.name} {prop.id}: got {verdict.verdict}, expected {pf.expected(prop.id)}")
    assert not differ, "\n".join(differ)
