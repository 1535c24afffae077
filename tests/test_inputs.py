"""Reading the user's own files: Terraform, ARM templates and Azure resource JSON into policies.

Each test writes a small input shaped like the public ones and reads it with ``rollproof.inputs``:
the values and where they came from, variables and template expressions, Azure's ranges (one error
line naming the field as written), the fields listed as not modelled, and detection by content.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rollproof import inputs
from rollproof.inputs import fields
from rollproof.policyfile import PolicyFileError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

WEB = '''
variable "instance_count" {
  type    = number
  default = 2
}

locals {
  batch = 25
}

resource "azurerm_lb_probe" "http" {
  name = "http"
}

resource "azurerm_linux_virtual_machine_scale_set" "web" {
  name            = "web"
  instances       = var.instance_count
  upgrade_mode    = "Rolling"
  health_probe_id = azurerm_lb_probe.http.id

  rolling_upgrade_policy {
    max_batch_instance_percent              = local.batch
    max_unhealthy_instance_percent          = 30
    max_unhealthy_upgraded_instance_percent = 0
    pause_time_between_batches              = "PT1M"
  }
}
'''


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def load(*paths: Path | str, var: tuple[str, ...] = (), cwd: Path | None = None):
    import os

    old = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return inputs.load([str(p) for p in paths], var)
    finally:
        os.chdir(old)


def error_line(*paths, var=(), cwd=None) -> str:
    with pytest.raises(PolicyFileError) as e:
        load(*paths, var=var, cwd=cwd)
    line = e.value.line()
    assert "\n" not in line
    return line


def tf_resource(body: str, rtype: str = "azurerm_linux_virtual_machine_scale_set", extra: str = "") -> str:
    return f'{extra}\nresource "{rtype}" "web" {{\n  name = "web"\n{body}\n}}\n'


# --------------------------------------------------------------------------------------------
# Terraform


def test_a_terraform_scale_set_gives_each_parameter_and_where_it_came_from(tmp_path):
    write(tmp_path, {"main.tf": WEB})
    (pf,) = load("main.tf", cwd=tmp_path).policies
    assert (pf.name, pf.model, pf.file, pf.format) == ("azurerm_linux_virtual_machine_scale_set.web", "scale_set",
                                                       "main.tf", "terraform")
    p = pf.parameters
    assert (p["instances"], p["max_batch_instance_percent"], p["max_unhealthy_instance_percent"],
            p["max_unhealthy_upgraded_instance_percent"], p["health_probe"]) == (2, 25, 30, 0, True)
    s = pf.sources_json()
    assert s["instances"] == {"kind": "variable", "at": "main.tf:17",
                              "key": "azurerm_linux_virtual_machine_scale_set.web.instances",
                              "variable": "var.instance_count", "value_at": "main.tf:2 (default)", "note": None}
    assert s["max_batch_instance_percent"]["variable"] == "local.batch"
    assert s["max_batch_instance_percent"]["value_at"] == "main.tf:8"
    assert s["max_unhealthy_instance_percent"]["kind"] == "input"
    assert s["max_unhealthy_instance_percent"]["at"] == "main.tf:23"
    assert s["health_probe"]["key"].endswith(".health_probe_id")
    assert s["batch_rounding"]["kind"] == "model-default"


def test_variables_take_the_last_of_default_tfvars_auto_tfvars_and_the_command_line(tmp_path):
    write(tmp_path, {"main.tf": WEB})
    assert load("main.tf", cwd=tmp_path).policies[0].parameters["instances"] == 2
    write(tmp_path, {"terraform.tfvars": "instance_count = 3\n"})
    (pf,) = load("main.tf", cwd=tmp_path).policies
    assert pf.parameters["instances"] == 3 and pf.sources["instances"].value_at == "terraform.tfvars:1"
    write(tmp_path, {"b.auto.tfvars": "instance_count = 5\n", "a.auto.tfvars": "instance_count = 4\n"})
    (pf,) = load("main.tf", cwd=tmp_path).policies
    assert pf.parameters["instances"] == 5 and pf.sources["instances"].value_at == "b.auto.tfvars:1"
    (pf,) = load("main.tf", var=("instance_count=6", "instance_count=7"), cwd=tmp_path).policies
    assert pf.parameters["instances"] == 7 and pf.sources["instances"].value_at == "command line (--var)"


def test_a_variable_with_no_value_is_one_error_naming_it_and_how_to_pass_it(tmp_path):
    write(tmp_path, {"main.tf": WEB.replace("  default = 2\n", "")})
    assert error_line("main.tf", cwd=tmp_path) == (
        "error: main.tf: azurerm_linux_virtual_machine_scale_set.web.instances: variable instance_count has no value "
        "(got var.instance_count; allowed a default, terraform.tfvars, *.auto.tfvars, or --var instance_count=…)")
    assert load("main.tf", var=("instance_count=4",), cwd=tmp_path).policies[0].parameters["instances"] == 4


def test_a_var_that_is_not_a_number_for_a_number_variable_is_refused(tmp_path):
    write(tmp_path, {"main.tf": WEB})
    assert error_line("main.tf", var=("instance_count=two",), cwd=tmp_path).startswith(
        'error: command line: --var instance_count: not a number (got "two"; allowed a number, as variable '
        "instance_count at main.tf:2 declares)")


def test_a_var_that_no_input_declares_is_refused_and_a_malformed_one_too(tmp_path):
    write(tmp_path, {"main.tf": WEB})
    assert error_line("main.tf", var=("instance_cnt=3",), cwd=tmp_path) == (
        'error: command line: --var: no input declares this variable (got "instance_cnt"; allowed instance_count)')
    assert error_line("main.tf", var=("instance_count",), cwd=tmp_path).startswith(
        'error: command line: --var: expected NAME=VALUE (got "instance_count"')


def test_a_module_folder_is_read_as_one_module_and_a_file_of_it_sees_its_variables(tmp_path):
    folder = write(tmp_path / "mod", {
        "variables.tf": 'variable "n" {\n  type = number\n}\nvariable "zones" {\n  default = ["1", "2"]\n}\n',
        "main.tf": tf_resource("  instances = var.n\n  zones = var.zones\n"),
        "other.tf": tf_resource("  instances = 1\n", rtype="azurerm_windows_virtual_machine_scale_set"),
        "terraform.tfvars": "n = 4\n",
        "prod.tfvars": "n = 9\n",  # not loaded on its own, as in Terraform
    })
    pfs = load(folder).policies
    assert [(pf.name, pf.parameters["instances"]) for pf in pfs] == [
        ("azurerm_linux_virtual_machine_scale_set.web", 4), ("azurerm_windows_virtual_machine_scale_set.web", 1)]
    assert pfs[0].input == folder.as_posix() and pfs[0].file == f"{folder.as_posix()}/main.tf"
    (one,) = load(folder / "main.tf").policies
    assert one.parameters["instances"] == 4
    (explicit,) = load(folder / "main.tf", folder / "prod.tfvars").policies
    assert explicit.parameters["instances"] == 9


def test_the_legacy_resource_reads_sku_capacity_and_its_own_field_names(tmp_path):
    write(tmp_path, {"main.tf": tf_resource(
        '  upgrade_policy_mode = "Rolling"\n  automatic_os_upgrade = true\n'
        "  sku {\n    name = \"Standard_F2\"\n    capacity = 3\n  }\n"
        "  rolling_upgrade_policy {\n    max_batch_instance_percent = 50\n  }\n",
        rtype="azurerm_virtual_machine_scale_set")})
    (pf,) = load("main.tf", cwd=tmp_path).policies
    p = pf.parameters
    assert (p["instances"], p["max_batch_instance_percent"], p["max_unhealthy_instance_percent"]) == (3, 50, 20)
    assert p["os_disk_rollback_on_timeout"] is True and p["health_probe"] is False
    assert pf.sources["instances"].key == "azurerm_virtual_machine_scale_set.web.sku.capacity"
    assert pf.sources["max_unhealthy_instance_percent"].kind == "azure-default"
    assert [ig.key for ig in pf.ignored] == ["azurerm_virtual_machine_scale_set.web.upgrade_policy_mode"]


def test_an_expression_only_terraform_can_evaluate_is_named_in_the_error(tmp_path):
    write(tmp_path, {"main.tf": tf_resource("  instances = max(1, var.n)\n")})
    assert error_line("main.tf", cwd=tmp_path) == (
        "error: main.tf: azurerm_linux_virtual_machine_scale_set.web.instances: cannot be evaluated without running "
        "Terraform (got max(1, var.n); allowed a literal, var.NAME or local.NAME (a variable's value may be given "
        "with --var))")


def test_terraform_converts_strings_to_numbers_and_bools_as_terraform_does(tmp_path):
    write(tmp_path, {"main.tf": tf_resource(
        '  instances = "3"\n  rolling_upgrade_policy {\n    max_batch_instance_percent = "40"\n'
        '    prioritize_unhealthy_instances_enabled = "true"\n  }\n')})
    p = load("main.tf", cwd=tmp_path).policies[0].parameters
    assert (p["instances"], p["max_batch_instance_percent"], p["prioritize_unhealthy_instances"]) == (3, 40, True)


def test_health_comes_from_a_probe_or_the_application_health_extension_even_as_its_own_resource(tmp_path):
    write(tmp_path, {"main.tf": tf_resource("  instances = 2\n")})
    (pf,) = load("main.tf", cwd=tmp_path).policies
    assert pf.parameters["health_probe"] is False and pf.sources["health_probe"].kind == "azure-default"
    write(tmp_path, {"main.tf": tf_resource("  instances = 2\n") + '''
resource "azurerm_virtual_machine_scale_set_extension" "health" {
  name                         = "health"
  virtual_machine_scale_set_id = azurerm_linux_virtual_machine_scale_set.web.id
  publisher                    = "Microsoft.ManagedServices"
  type                         = "ApplicationHealthLinux"
  type_handler_version         = "1.0"
}
'''})
    (pf,) = load("main.tf", cwd=tmp_path).policies
    assert pf.parameters["health_probe"] is True
    assert pf.sources["health_probe"].key == "azurerm_virtual_machine_scale_set_extension.health.type"
    assert pf.sources["health_probe"].note == "the ApplicationHealthLinux extension"


def test_a_service_fabric_node_extension_makes_a_service_fabric_scale_set(tmp_path):
    write(tmp_path, {"main.tf": tf_resource(
        '  instances = 3\n  extension {\n    name = "sf"\n    publisher = "Microsoft.Azure.ServiceFabric"\n'
        '    type = "ServiceFabricNode"\n    type_handler_version = "1.1"\n  }\n',
        rtype="azurerm_windows_virtual_machine_scale_set")})
    (pf,) = load("main.tf", cwd=tmp_path).policies
    assert pf.parameters["service_fabric"] is True
    assert pf.sources["service_fabric"].key.endswith(".extension[0].type")
    assert pf.sources["update_domains"].kind == "model-default"


@pytest.mark.parametrize("block, rollback", [
    ("", False),
    ("enable_automatic_os_upgrade = false\n    disable_automatic_rollback = false", False),
    ("enable_automatic_os_upgrade = true\n    disable_automatic_rollback = false", True),
    ("enable_automatic_os_upgrade = true\n    disable_automatic_rollback = true", False),
    ("automatic_os_upgrade_enabled = true\n    disable_automatic_rollback = false", True),  # azurerm's newer name
])
def test_os_disk_rollback_is_on_only_where_automatic_os_upgrade_is_on_and_rollback_not_disabled(tmp_path, block, rollback):
    body = "  instances = 2\n" + (f"  automatic_os_upgrade_policy {{\n    {block}\n  }}\n" if block else "")
    write(tmp_path, {"main.tf": tf_resource(body)})
    (pf,) = load("main.tf", cwd=tmp_path).policies
    assert pf.parameters["os_disk_rollback_on_timeout"] is rollback


def test_count_and_dynamic_blocks_are_named_as_not_expanded(tmp_path):
    write(tmp_path, {"main.tf": tf_resource("  count = 2\n  instances = 2\n")})
    assert error_line("main.tf", cwd=tmp_path).startswith(
        "error: main.tf: azurerm_linux_virtual_machine_scale_set.web.count: count and for_each are not expanded")
    write(tmp_path, {"main.tf": tf_resource(
        '  instances = 2\n  dynamic "rolling_upgrade_policy" {\n    for_each = [1]\n    content {}\n  }\n')})
    assert error_line("main.tf", cwd=tmp_path).startswith(
        "error: main.tf: azurerm_linux_virtual_machine_scale_set.web.dynamic.rolling_upgrade_policy: dynamic blocks "
        "are not expanded")


def test_a_terraform_syntax_error_is_one_line_naming_the_file_and_line(tmp_path):
    write(tmp_path, {"main.tf": 'resource "azurerm_linux_virtual_machine_scale_set" "web" {\n  instances = \n}\n'})
    assert error_line("main.tf", cwd=tmp_path).startswith("error: main.tf: line 2: not valid HCL: ")


# --------------------------------------------------------------------------------------------
# Azure's ranges, with the field as written

TF_RANGE = {
    "max_batch_instance_percent = 2": ("rolling_upgrade_policy.max_batch_instance_percent", "out of range (got 2; allowed 5..100)"),
    "max_unhealthy_instance_percent = 101": ("rolling_upgrade_policy.max_unhealthy_instance_percent", "out of range (got 101; allowed 5..100)"),
    "max_unhealthy_upgraded_instance_percent = -1": ("rolling_upgrade_policy.max_unhealthy_upgraded_instance_percent", "out of range (got -1; allowed 0..100)"),
    'pause_time_between_batches = "5 minutes"': ("rolling_upgrade_policy.pause_time_between_batches", 'not an ISO 8601 duration (got "5 minutes"; allowed an ISO 8601 duration such as PT0S or PT5M)'),
    'max_batch_instance_percent = "twenty"': ("rolling_upgrade_policy.max_batch_instance_percent", 'wrong type: must be a whole number (got "twenty"; allowed an integer 5..100)'),
    'maximum_surge_instances_enabled = "yes"': ("rolling_upgrade_policy.maximum_surge_instances_enabled", 'wrong type: must be true or false (got "yes"; allowed true or false)'),
}


@pytest.mark.parametrize("assignment", sorted(TF_RANGE))
def test_each_terraform_range_error_is_one_line_with_the_field_as_written(tmp_path, assignment):
    write(tmp_path, {"main.tf": tf_resource(f"  instances = 2\n  rolling_upgrade_policy {{\n    {assignment}\n  }}\n")})
    key, tail = TF_RANGE[assignment]
    assert error_line("main.tf", cwd=tmp_path) == f"error: main.tf: azurerm_linux_virtual_machine_scale_set.web.{key}: {tail}"


def test_a_range_error_through_a_variable_says_where_the_value_is_written(tmp_path):
    write(tmp_path, {"main.tf": WEB, "terraform.tfvars": "instance_count = 0\n"})
    assert error_line("main.tf", cwd=tmp_path) == (
        "error: main.tf: azurerm_linux_virtual_machine_scale_set.web.instances: out of range "
        "(got 0 from var.instance_count, terraform.tfvars:1; allowed 1..1000)")


def _vmss(policy: dict | None = None, **extra) -> dict:
    props = {"upgradePolicy": {"mode": "Rolling", "rollingUpgradePolicy": policy or {}}}
    return {"type": "Microsoft.Compute/virtualMachineScaleSets", "name": "web", "sku": {"capacity": 4},
            "properties": props, **extra}


JSON_RANGE = {
    "maxBatchInstancePercent": (4, "out of range (got 4; allowed 5..100)"),
    "maxUnhealthyInstancePercent": (0, "out of range (got 0; allowed 5..100)"),
    "maxUnhealthyUpgradedInstancePercent": (101, "out of range (got 101; allowed 0..100)"),
    "pauseTimeBetweenBatches": ("PT5", 'not an ISO 8601 duration (got "PT5"; allowed an ISO 8601 duration such as PT0S or PT5M)'),
    "maxSurge": ("yes", 'wrong type: must be true or false (got "yes"; allowed true or false)'),
    "MaxBatchInstancePercent": ("20", 'wrong type: must be a whole number (got "20"; allowed an integer 5..100)'),
}


@pytest.mark.parametrize("field", sorted(JSON_RANGE))
def test_each_azure_json_range_error_is_one_line_with_the_field_as_written(tmp_path, field):
    value, tail = JSON_RANGE[field]
    (tmp_path / "vmss.json").write_text(json.dumps(_vmss({field: value})))
    assert error_line("vmss.json", cwd=tmp_path) == (
        f"error: vmss.json: properties.upgradePolicy.rollingUpgradePolicy.{field}: {tail}")


@pytest.mark.parametrize("value", [True, False])
def test_an_arm_max_surge_reaches_the_policy_and_unset_is_azures_default(tmp_path, value):
    (tmp_path / "vmss.json").write_text(json.dumps(_vmss({"maxSurge": value})))
    (pf,) = load("vmss.json", cwd=tmp_path).policies
    assert pf.parameters["max_surge"] is value and pf.policy.max_surge is value
    assert pf.sources["max_surge"].key.endswith("rollingUpgradePolicy.maxSurge")
    (tmp_path / "vmss.json").write_text(json.dumps(_vmss({})))
    (pf,) = load("vmss.json", cwd=tmp_path).policies
    assert pf.parameters["max_surge"] is False and pf.sources["max_surge"].kind == "azure-default"


# --------------------------------------------------------------------------------------------
# Fields not modelled


def test_fields_not_modelled_are_validated_and_listed_as_ignored_with_a_warning_each(tmp_path):
    write(tmp_path, {"main.tf": tf_resource(
        '  instances = 2\n  zones = ["1", "2"]\n  rolling_upgrade_policy {\n    pause_time_between_batches = "PT30S"\n'
        "    maximum_surge_instances_enabled = true\n    cross_zone_upgrades_enabled = true\n"
        "    future_field_enabled = true\n  }\n"
        '  automatic_instance_repair {\n    enabled = true\n    grace_period = "PT30M"\n  }\n')})
    (pf,) = load("main.tf", cwd=tmp_path).policies
    prefix = "azurerm_linux_virtual_machine_scale_set.web."
    assert [ig.key.removeprefix(prefix) for ig in pf.ignored] == [
        "automatic_instance_repair.enabled", "automatic_instance_repair.grace_period",
        "rolling_upgrade_policy.future_field_enabled"]
    assert pf.ignored[1].at == "main.tf:14" and pf.ignored[1].value == "PT30M"
    # pauseTimeBetweenBatches is modelled: 30 seconds, from where it was written.
    assert pf.parameters["pause_time_between_batches"] == 30
    assert pf.sources["pause_time_between_batches"].at == "main.tf:7"
    warnings = pf.warnings()
    assert len(warnings) == len(pf.ignored)
    # maxSurge is modelled: it reaches the policy, with where it came from.
    assert pf.parameters["max_surge"] is True
    assert pf.sources["max_surge"].key == prefix + "rolling_upgrade_policy.maximum_surge_instances_enabled"
    # Still validated: Azure's bounds on the repairs' grace period.
    write(tmp_path, {"main.tf": tf_resource(
        '  instances = 2\n  automatic_instance_repair {\n    enabled = true\n    grace_period = "PT5M"\n  }\n')})
    assert error_line("main.tf", cwd=tmp_path).endswith(
        'automatic_instance_repair.grace_period: out of range (got "PT5M"; allowed an ISO 8601 duration such as '
        "PT0S or PT5M, PT10M..PT90M)")


# --------------------------------------------------------------------------------------------
# ARM templates and resources as Azure prints them

TEMPLATE = {
    "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
    "contentVersion": "1.0.0.0",
    "parameters": {
        "vmssName": {"type": "string", "defaultValue": "frontend"},
        "instanceCount": {"type": "int", "defaultValue": 3},
        "batchPercent": {"type": "int", "defaultValue": 20},
    },
    "variables": {"rolling": {"maxBatchInstancePercent": "[parameters('batchPercent')]",
                              "maxUnhealthyInstancePercent": 50}},
    "resources": [
        {"type": "Microsoft.Network/loadBalancers", "name": "lb", "properties": {}},
        {"type": "Microsoft.Compute/virtualMachineScaleSets", "name": "[parameters('vmssName')]",
         "sku": {"name": "Standard_D2s_v3", "capacity": "[parameters('instanceCount')]"},
         "properties": {"upgradePolicy": {"mode": "Rolling", "rollingUpgradePolicy": "[variables('rolling')]"},
                        "virtualMachineProfile": {"networkProfile": {"healthProbe": {
                            "id": "[resourceId('Microsoft.Network/loadBalancers/probes', 'lb', 'http')]"}}}}},
    ],
}


def test_an_arm_template_resolves_parameters_and_variables_from_defaults_the_parameters_file_and_var(tmp_path):
    (tmp_path / "azuredeploy.json").write_text(json.dumps(TEMPLATE))
    (pf,) = load("azuredeploy.json", cwd=tmp_path).policies
    assert (pf.name, pf.format) == ("frontend", "arm-template")
    p = pf.parameters
    assert (p["instances"], p["max_batch_instance_percent"], p["max_unhealthy_instance_percent"]) == (3, 20, 50)
    assert pf.sources["instances"].to_json() == {
        "kind": "variable", "at": "azuredeploy.json", "key": "resources[1].sku.capacity",
        "variable": "parameters('instanceCount')", "value_at": "azuredeploy.json: parameters.instanceCount.defaultValue",
        "note": None}
    # A probe ID written as a template expression still says a probe is configured.
    assert p["health_probe"] is True
    (tmp_path / "azuredeploy.parameters.json").write_text(json.dumps({
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
        "contentVersion": "1.0.0.0", "parameters": {"instanceCount": {"value": 6}, "batchPercent": {"value": 50}}}))
    (pf,) = load("azuredeploy.json", cwd=tmp_path).policies
    assert (pf.parameters["instances"], pf.parameters["max_batch_instance_percent"]) == (6, 50)
    assert pf.sources["instances"].value_at == "azuredeploy.parameters.json: parameters.instanceCount.value"
    assert pf.sources["max_batch_instance_percent"].variable == "parameters('batchPercent')"
    (pf,) = load("azuredeploy.json", var=("instanceCount=7",), cwd=tmp_path).policies
    assert pf.parameters["instances"] == 7 and pf.sources["instances"].value_at == "command line (--var)"
    # The parameters file given alone reads its template.
    assert load("azuredeploy.parameters.json", cwd=tmp_path).policies[0].parameters["instances"] == 6


def test_an_arm_expression_that_is_not_a_parameter_or_variable_is_named_in_the_error(tmp_path):
    t = json.loads(json.dumps(TEMPLATE))
    t["resources"][1]["sku"]["capacity"] = "[mul(parameters('instanceCount'), 2)]"
    (tmp_path / "t.json").write_text(json.dumps(t))
    assert error_line("t.json", cwd=tmp_path) == (
        "error: t.json: resources[1].sku.capacity: template expression not resolved by this version "
        "(got [mul(parameters('instanceCount'), 2)]; allowed a value, [parameters('NAME')] or [variables('NAME')])")


def test_an_arm_parameter_without_a_value_says_how_to_give_one(tmp_path):
    t = json.loads(json.dumps(TEMPLATE))
    del t["parameters"]["instanceCount"]["defaultValue"]
    (tmp_path / "t.json").write_text(json.dumps(t))
    assert error_line("t.json", cwd=tmp_path) == (
        "error: t.json: resources[1].sku.capacity: parameter instanceCount has no value "
        "(got [parameters('instanceCount')]; allowed a defaultValue, a parameters file or --var instanceCount=…)")
    assert error_line("t.json", var=("instanceCount=x",), cwd=tmp_path).startswith(
        'error: command line: --var instanceCount: not an integer (got "x"')


def test_az_vmss_show_output_with_its_properties_at_the_top_is_read_as_it_is(tmp_path):
    shown = {"name": "workers", "type": "Microsoft.Compute/virtualMachineScaleSets", "sku": {"capacity": 2},
             "upgradePolicy": {"mode": "Automatic",
                               "automaticOsUpgradePolicy": {"enableAutomaticOsUpgrade": True,
                                                            "disableAutomaticRollback": False},
                               "rollingUpgradePolicy": {"maxBatchInstancePercent": 50, "maxSurge": None,
                                                        "pauseTimeBetweenBatches": "PT0S"}},
             "virtualMachineProfile": {"extensionProfile": {"extensions": [
                 {"name": "h", "type": None, "typePropertiesType": "ApplicationHealthLinux",
                  "publisher": "Microsoft.ManagedServices"}]}},
             "zones": None}
    (tmp_path / "show.json").write_text(json.dumps(shown))
    (pf,) = load("show.json", cwd=tmp_path).policies
    p = pf.parameters
    assert (pf.name, pf.format, p["instances"], p["max_batch_instance_percent"]) == ("workers", "azure-resource", 2, 50)
    assert p["health_probe"] is True and p["os_disk_rollback_on_timeout"] is True
    assert pf.sources["health_probe"].key == "virtualMachineProfile.extensionProfile.extensions[0].typePropertiesType"
    assert [ig.key for ig in pf.ignored] == ["upgradePolicy.mode"]
    assert p["pause_time_between_batches"] == 0
    # A list of them (az vmss list), each named by its resource name.
    (tmp_path / "list.json").write_text(json.dumps([shown, {**shown, "name": "workers2"}]))
    assert [pf.name for pf in load("list.json", cwd=tmp_path).policies] == ["workers", "workers2"]


def test_os_rolling_upgrade_deferral_reaches_the_policy_from_arm_and_from_the_cli_output(tmp_path):
    aos = {"enableAutomaticOSUpgrade": True, "osRollingUpgradeDeferral": True}
    template = {**TEMPLATE, "resources": [TEMPLATE["resources"][0], {
        **TEMPLATE["resources"][1], "properties": {**TEMPLATE["resources"][1]["properties"], "upgradePolicy": {
            "mode": "Rolling", "automaticOSUpgradePolicy": aos}}}]}
    (tmp_path / "t.json").write_text(json.dumps(template))
    (pf,) = load("t.json", cwd=tmp_path).policies
    assert pf.parameters["os_upgrade_deferral"] is True
    assert pf.sources["os_upgrade_deferral"].key.endswith("automaticOSUpgradePolicy.osRollingUpgradeDeferral")
    assert not [ig for ig in pf.ignored if "Deferral" in ig.key]
    # As the CLI prints a resource (its casing), and absent: Azure's default, false.
    shown = {"name": "w", "type": "Microsoft.Compute/virtualMachineScaleSets", "sku": {"capacity": 2},
             "upgradePolicy": {"mode": "Automatic", "automaticOsUpgradePolicy": {"osRollingUpgradeDeferral": True}}}
    (tmp_path / "show.json").write_text(json.dumps(shown))
    assert load("show.json", cwd=tmp_path).policies[0].parameters["os_upgrade_deferral"] is True
    del shown["upgradePolicy"]["automaticOsUpgradePolicy"]
    (tmp_path / "show.json").write_text(json.dumps(shown))
    (pf,) = load("show.json", cwd=tmp_path).policies
    assert pf.parameters["os_upgrade_deferral"] is False and pf.sources["os_upgrade_deferral"].kind == "azure-default"
    # A value of the wrong type is one line naming the field as written.
    shown["upgradePolicy"]["automaticOsUpgradePolicy"] = {"osRollingUpgradeDeferral": "yes"}
    (tmp_path / "show.json").write_text(json.dumps(shown))
    assert error_line("show.json", cwd=tmp_path) == (
        'error: show.json: upgradePolicy.automaticOsUpgradePolicy.osRollingUpgradeDeferral: wrong type: must be '
        'true or false (got "yes"; allowed true or false)')


def test_a_cloud_service_gives_its_roles_and_mode_and_says_where_the_ud_count_comes_from(tmp_path):
    cs = {"type": "Microsoft.Compute/cloudServices", "name": "contoso",
          "properties": {"upgradeMode": "Auto", "roleProfile": {"roles": [
              {"name": "web", "sku": {"capacity": 3}}, {"name": "worker", "sku": {"capacity": 2}}]}}}
    (tmp_path / "cs.json").write_text(json.dumps(cs))
    (pf,) = load("cs.json", cwd=tmp_path).policies
    assert (pf.model, pf.parameters["roles"], pf.parameters["mode"]) == ("cloud_service", {"web": 3, "worker": 2},
                                                                        "automatic")
    assert pf.sources["upgrade_domains"].kind == "model-default" and ".csdef" in pf.sources["upgrade_domains"].note
    assert pf.sources["mode"].key == "properties.upgradeMode"
    cs["properties"]["upgradeMode"] = "Manual"
    (tmp_path / "cs.json").write_text(json.dumps(cs))
    assert load("cs.json", cwd=tmp_path).policies[0].parameters["mode"] == "manual"
    cs["properties"]["upgradeMode"] = "Simultaneous"
    (tmp_path / "cs.json").write_text(json.dumps(cs))
    (pf,) = load("cs.json", cwd=tmp_path).policies
    assert pf.parameters["mode"] == "simultaneous" and pf.sources["mode"].key == "properties.upgradeMode"
    assert pf.sources["role_to_upgrade"].kind == "model-default" and "RoleToUpgrade" in pf.sources["role_to_upgrade"].note
    cs["properties"]["upgradeMode"] = "Rolling"
    (tmp_path / "cs.json").write_text(json.dumps(cs))
    assert error_line("cs.json", cwd=tmp_path) == (
        "error: cs.json: properties.upgradeMode: not one of Azure's values (got \"Rolling\"; allowed \"Auto\", "
        '"Manual", "Simultaneous")')
    cs["properties"]["upgradeMode"] = "Auto"
    cs["properties"]["roleProfile"]["roles"][1]["sku"]["capacity"] = 0
    (tmp_path / "cs.json").write_text(json.dumps(cs))
    assert error_line("cs.json", cwd=tmp_path) == (
        "error: cs.json: properties.roleProfile.roles[1].sku.capacity: out of range (got 0; allowed 1..1000)")


def test_a_cloud_service_in_an_arm_template_is_read_too(tmp_path):
    t = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "contentVersion": "1.0.0.0", "parameters": {"webCount": {"type": "int", "defaultValue": 2}},
         "resources": [{"type": "Microsoft.Compute/cloudServices", "name": "cs",
                        "properties": {"roleProfile": {"roles": [
                            {"name": "web", "sku": {"capacity": "[parameters('webCount')]"}}]}}}]}
    (tmp_path / "t.json").write_text(json.dumps(t))
    (pf,) = load("t.json", var=("webCount=4",), cwd=tmp_path).policies
    assert pf.parameters["roles"] == {"web": 4} and pf.parameters["mode"] == "automatic"
    assert pf.sources["mode"].kind == "azure-default"


# --------------------------------------------------------------------------------------------
# By content, names, expectations


def test_inputs_are_told_apart_by_content_not_by_extension(tmp_path):
    write(tmp_path, {"scale-set": WEB, "vmss.txt": json.dumps(_vmss()),
                     "policy.conf": 'model = "scale_set"\nname = "p"\n[scale_set]\ninstances = 3\n'})
    pfs = load("scale-set", "vmss.txt", "policy.conf", cwd=tmp_path).policies
    assert [(pf.name, pf.format) for pf in pfs] == [("azurerm_linux_virtual_machine_scale_set.web", "terraform"),
                                                    ("web", "azure-resource"), ("p", "toml")]
    write(tmp_path, {"main.tf.json": json.dumps({"resource": {"azurerm_linux_virtual_machine_scale_set": {}}}),
                     "notes.txt": "just some words\n"})
    assert "Terraform's JSON syntax is not read" in error_line("main.tf.json", cwd=tmp_path)
    assert error_line("notes.txt", cwd=tmp_path).startswith("error: notes.txt: (file): not an input rollproof reads")


def test_the_same_address_in_two_folders_is_qualified_by_its_folder(tmp_path):
    write(tmp_path / "prod", {"main.tf": tf_resource("  instances = 5\n")})
    write(tmp_path / "staging", {"main.tf": tf_resource("  instances = 2\n")})
    names = [pf.name for pf in load("prod", "staging", cwd=tmp_path).policies]
    assert names == ["prod.azurerm_linux_virtual_machine_scale_set.web", "staging.azurerm_linux_virtual_machine_scale_set.web"]


def test_rollproof_toml_gives_each_resource_its_expected_verdicts_checked_like_expect(tmp_path):
    write(tmp_path, {"main.tf": WEB, "rollproof.toml":
                     '[expect."azurerm_linux_virtual_machine_scale_set.web"]\nVMSS-BATCH-CAP = "refuted"\n'
                     '[description]\n"azurerm_linux_virtual_machine_scale_set.web" = "two instances"\n'})
    (pf,) = load(".", cwd=tmp_path).policies
    assert pf.expect == {"VMSS-BATCH-CAP": "refuted"} and pf.description == "two instances"
    write(tmp_path, {"rollproof.toml": '[expect."azurerm_linux_virtual_machine_scale_set.web"]\nVMSS-BATCH-CAP = "no"\n'})
    assert error_line(".", cwd=tmp_path).startswith(
        'error: rollproof.toml: expect."azurerm_linux_virtual_machine_scale_set.web".VMSS-BATCH-CAP: unknown verdict '
        '(got "no"')
    write(tmp_path, {"rollproof.toml": '[expect."azurerm_linux_virtual_machine_scale_set.wbe"]\nVMSS-BATCH-CAP = "refuted"\n'})
    assert error_line(".", cwd=tmp_path).startswith(
        'error: rollproof.toml: expect."azurerm_linux_virtual_machine_scale_set.wbe": names no resource of this folder')
    write(tmp_path, {"rollproof.toml": '[expect."azurerm_linux_virtual_machine_scale_set.web"]\nCS-ONE-UD = "refuted"\n'})
    assert "unknown property ID for model scale_set" in error_line(".", cwd=tmp_path)


def test_every_example_resource_has_a_description_and_its_expected_verdicts():
    for folder in ("terraform/incidents", "terraform/web-tier", "azure"):
        pfs = load(EXAMPLES / folder).policies
        assert pfs, folder
        for pf in pfs:
            assert pf.description and pf.expect, (folder, pf.name)
            assert pf.format in ("terraform", "arm-template", "azure-resource")


def test_docs_inputs_lists_every_row_of_the_mapping_table():
    from rollproof.inputs import fields

    text = (Path(__file__).resolve().parent.parent / "docs" / "inputs.md").read_text(encoding="utf-8")
    for row in (*fields.SCALE_SET_ROWS, *fields.CLOUD_SERVICE_ROWS):
        assert f"`{row.rest}`" in text or f"`properties.{row.rest}`" in text, row.rest
        for path in (row.tf, row.tf_legacy):
            assert path is None or f"`{path}`" in text, path
        assert row.param is None or f"`{row.param}`" in text, row.param


# --------------------------------------------------------------------------------------------
# Availability zones


def test_terraform_zones_and_cross_zone_upgrades_reach_the_policy_with_their_sources(tmp_path):
    write(tmp_path, {"main.tf": tf_resource(
        '  instances = 6\n  zones = ["1", "2", "3"]\n  rolling_upgrade_policy {\n'
        "    max_batch_instance_percent = 34\n    cross_zone_upgrades_enabled = true\n  }\n")})
    (pf,) = load("main.tf", cwd=tmp_path).policies
    assert (pf.policy.zones, pf.policy.cross_zone_upgrade) == (3, True)
    assert pf.sources["zones"].key == "azurerm_linux_virtual_machine_scale_set.web.zones"
    assert pf.sources["cross_zone_upgrade"].key.endswith("rolling_upgrade_policy.cross_zone_upgrades_enabled")
    assert not any("zone" in ig.key for ig in pf.ignored)


def test_an_arm_template_zones_list_and_enable_cross_zone_upgrade_reach_the_policy(tmp_path):
    res = {"type": "Microsoft.Compute/virtualMachineScaleSets", "apiVersion": "2024-07-01", "name": "zonal",
           "location": "westeurope", "sku": {"name": "Standard_D2s_v5", "capacity": 4}, "zones": ["1", "2"],
           "properties": {"upgradePolicy": {"mode": "Rolling", "rollingUpgradePolicy": {"enableCrossZoneUpgrade": False}}}}
    (tmp_path / "t.json").write_text(json.dumps({
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        "contentVersion": "1.0.0.0", "resources": [res]}))
    (pf,) = load("t.json", cwd=tmp_path).policies
    assert (pf.policy.zones, pf.policy.cross_zone_upgrade) == (2, False)
    # None listed: a regional set, one pool.
    del res["zones"]
    (tmp_path / "t.json").write_text(json.dumps({
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        "contentVersion": "1.0.0.0", "resources": [res]}))
    (pf,) = load("t.json", cwd=tmp_path).policies
    assert pf.policy.zones == 1 and pf.sources["zones"].kind == "azure-default"


def test_more_than_three_zones_and_zones_with_service_fabric_are_one_line_errors(tmp_path):
    write(tmp_path, {"main.tf": tf_resource('  instances = 6\n  zones = ["1", "2", "3", "4"]\n')})
    assert error_line("main.tf", cwd=tmp_path) == (
        'error: main.tf: azurerm_linux_virtual_machine_scale_set.web.zones: must list at most 3 zones '
        '(got ["1", "2", "3", "4"]; allowed a list of 1..3 zone names (or none))')
    write(tmp_path, {"main.tf": tf_resource(
        '  instances = 3\n  zones = ["1", "2"]\n  extension {\n    name = "sf"\n'
        '    publisher = "Microsoft.Azure.ServiceFabric"\n    type = "ServiceFabricNode"\n'
        '    type_handler_version = "1.1"\n  }\n', rtype="azurerm_windows_virtual_machine_scale_set")})
    line = error_line("main.tf", cwd=tmp_path)
    assert line.startswith("error: main.tf: azurerm_windows_virtual_machine_scale_set.web.zones: zones > 1 with "
                           "service_fabric = true is not modelled"), line
