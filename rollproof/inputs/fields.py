"""The mapping from Azure's fields to the model's parameters: one row per field, for every format.

A row names the field in the REST API (``docs/inputs.md`` lists them), where it is written in
Terraform (the current resources and the legacy ``azurerm_virtual_machine_scale_set``) and in Azure
resource JSON, Azure's own type and range, Azure's default, and the model parameter it sets.  A row
with no parameter is still validated, then listed as ignored with what ignoring it means, so a
field modelled later is a one-row change (give it its parameter).  The range errors name the field
as the user wrote it; the facts are in ``research/azure-today.md``.
"""

from __future__ import annotations

import re
from typing import Any, Callable

import attrs
from attrs import frozen

from rollproof.model.durations import duration_seconds
from rollproof.policyfile import Ignored, PolicyFileError, Source, show

# --------------------------------------------------------------------------------------------
# What a format reader hands over


@frozen
class Unresolved:
    """A value the reader could not work out: the expression as written and what would settle it."""

    expr: str
    what: str
    allowed: str
    #: It refers to another resource (a probe's ``.id``): known only once applied, but certainly set.
    reference: bool = False


@frozen
class Found:
    """A field as the input writes it: its value (or ``Unresolved``), its key and where it is.

    ``variable`` / ``value_at``: the value came through a Terraform variable or local, or an ARM
    parameter or variable, whose value is written at ``value_at``.  ``loose``: Terraform converts
    ``"20"`` to a number and ``"true"`` to a bool where the schema asks for one; JSON does not.
    """

    value: Any
    key: str
    at: str
    variable: str | None = None
    value_at: str | None = None
    loose: bool = False
    #: Set for a field written in another block than the resource's own (an extension resource).
    file: str | None = None
    prefix: str | None = None

    def full_key(self, res: "Resource") -> str:
        return (res.prefix if self.prefix is None else self.prefix) + self.key

    def got(self, value: Any = None) -> str:
        text = show(self.value if value is None else value)
        if self.variable:
            text += f" from {self.variable}" + (f", {self.value_at}" if self.value_at else "")
        return text

    def source(self, res: "Resource") -> Source:
        if self.variable:
            return Source("variable", at=self.at, key=self.full_key(res), variable=self.variable,
                          value_at=self.value_at)
        return Source("input", at=self.at, key=self.full_key(res))


class Resource:
    """What a format reader gives for one resource (see ``terraform.py`` and ``azure_json.py``).

    ``dialect`` picks the rows' paths: ``tf`` (azurerm linux/windows/orchestrated), ``tf_legacy``
    (``azurerm_virtual_machine_scale_set``), ``arm`` (REST, ARM templates, the Azure CLI).
    """

    name: str
    address: str
    file: str
    input: str
    format: str
    model: str
    dialect: str
    prefix: str

    def get(self, path: str) -> Found | None:
        raise NotImplementedError

    def children(self, path: str) -> list[Found]:
        """Every field written directly inside the block or object at ``path``."""
        raise NotImplementedError

    def extensions(self) -> list[tuple[Found, str]]:
        """Each VM extension's type (a ``Found``) and publisher."""
        raise NotImplementedError

    def roles(self) -> tuple[Found, list[tuple[Found, Found | None]]] | None:
        """A cloud service's role list, and each role's name and capacity."""
        raise NotImplementedError


def bad(res: Resource, found: Found, what: str, allowed: str, value: Any = None) -> PolicyFileError:
    return PolicyFileError(found.file or res.file, found.full_key(res), what, found.got(value), allowed)


def check_resolved(res: Resource, found: Found) -> None:
    if isinstance(found.value, Unresolved):
        u = found.value
        got = u.expr + (f" from {found.variable}" if found.variable and found.variable not in u.expr else "")
        raise PolicyFileError(found.file or res.file, found.full_key(res), u.what, got, u.allowed)


# --------------------------------------------------------------------------------------------
# Azure's types and ranges


class Kind:
    allowed = ""

    def check(self, res: Resource, found: Found) -> Any:
        raise NotImplementedError


@frozen
class Int(Kind):
    lo: int
    hi: int

    @property
    def allowed(self) -> str:
        return f"{self.lo}..{self.hi}"

    def check(self, res: Resource, found: Found) -> int:
        v = found.value
        if found.loose and isinstance(v, str) and re.fullmatch(r"-?\d+", v.strip()):
            v = int(v.strip())  # Terraform converts a string of digits where a number is asked for
        if isinstance(v, bool) or not isinstance(v, int):
            raise bad(res, found, "wrong type: must be a whole number", f"an integer {self.allowed}")
        if not self.lo <= v <= self.hi:
            raise bad(res, found, "out of range", self.allowed)
        return v


@frozen
class Bool(Kind):
    allowed = "true or false"

    def check(self, res: Resource, found: Found) -> bool:
        v = found.value
        if found.loose and isinstance(v, str) and v in ("true", "false"):
            v = v == "true"
        if not isinstance(v, bool):
            raise bad(res, found, "wrong type: must be true or false", self.allowed)
        return v


@frozen
class Duration(Kind):
    """An ISO 8601 duration (``PT0S``, ``PT1M30S``), optionally within Azure's bounds."""

    lo: float | None = None
    hi: float | None = None
    bounds: str = ""

    @property
    def allowed(self) -> str:
        return "an ISO 8601 duration such as PT0S or PT5M" + (f", {self.bounds}" if self.bounds else "")

    def check(self, res: Resource, found: Found) -> str:
        v = found.value
        secs = duration_seconds(v) if isinstance(v, str) else None
        if secs is None:
            raise bad(res, found, "not an ISO 8601 duration", self.allowed)
        if (self.lo is not None and secs < self.lo) or (self.hi is not None and secs > self.hi):
            raise bad(res, found, "out of range", self.allowed)
        return v


@frozen
class Choice(Kind):
    """One of Azure's enumerated values, matched without regard to case (as ARM does)."""

    options: tuple[str, ...]

    @property
    def allowed(self) -> str:
        return ", ".join(show(o) for o in self.options)

    def check(self, res: Resource, found: Found) -> str:
        v = found.value
        if isinstance(v, str):
            for o in self.options:
                if o.lower() == v.lower():
                    return o
        raise bad(res, found, "not one of Azure's values", self.allowed)


@frozen
class Present(Kind):
    """A reference (a probe's ID): set or not; its value is Azure's to check."""

    allowed = "a resource ID"

    def check(self, res: Resource, found: Found) -> bool:
        return found.value is not None


@frozen
class Strings(Kind):
    allowed = "a list of strings"

    def check(self, res: Resource, found: Found) -> list[str]:
        v = found.value
        if not isinstance(v, list) or not all(isinstance(x, (str, int)) and not isinstance(x, bool) for x in v):
            raise bad(res, found, "wrong type: must be a list of strings", self.allowed)
        return [str(x) for x in v]


# --------------------------------------------------------------------------------------------
# The table


@frozen
class Row:
    """One Azure field: where each dialect writes it, its type and range, its default, its use.

    ``param``: the model parameter it sets; ``feeds``: the derived parameter it is read for;
    neither: validated, then listed as ignored with ``why`` (what the verdicts assume instead).
    """

    rest: str
    tf: str | None
    tf_legacy: str | None
    arm: str | None
    kind: Kind
    default: Any = None
    param: str | None = None
    feeds: str | None = None
    why: str = ""
    required: bool = False

    def path(self, dialect: str) -> str | None:
        return {"tf": self.tf, "tf_legacy": self.tf_legacy, "arm": self.arm}[dialect]


RUP = "properties.upgradePolicy.rollingUpgradePolicy."
AOS = "properties.upgradePolicy.automaticOSUpgradePolicy."
REPAIR = "properties.automaticRepairsPolicy."
NO_ZONES = "the verdicts treat the set as one pool, its batches formed across zones"

SCALE_SET_ROWS: tuple[Row, ...] = (
    Row("sku.capacity", "instances", "sku.capacity", "sku.capacity", Int(1, 1000), param="instances", required=True),
    Row("rollingUpgradePolicy.maxBatchInstancePercent", "rolling_upgrade_policy.max_batch_instance_percent",
        "rolling_upgrade_policy.max_batch_instance_percent", RUP + "maxBatchInstancePercent", Int(5, 100), 20,
        param="max_batch_instance_percent"),
    Row("rollingUpgradePolicy.maxUnhealthyInstancePercent", "rolling_upgrade_policy.max_unhealthy_instance_percent",
        "rolling_upgrade_policy.max_unhealthy_instance_percent", RUP + "maxUnhealthyInstancePercent", Int(5, 100), 20,
        param="max_unhealthy_instance_percent"),
    Row("rollingUpgradePolicy.maxUnhealthyUpgradedInstancePercent",
        "rolling_upgrade_policy.max_unhealthy_upgraded_instance_percent",
        "rolling_upgrade_policy.max_unhealthy_upgraded_instance_percent",
        RUP + "maxUnhealthyUpgradedInstancePercent", Int(0, 100), 20, param="max_unhealthy_upgraded_instance_percent"),
    Row("rollingUpgradePolicy.pauseTimeBetweenBatches", "rolling_upgrade_policy.pause_time_between_batches",
        "rolling_upgrade_policy.pause_time_between_batches", RUP + "pauseTimeBetweenBatches", Duration(0), "PT0S",
        param="pause_time_between_batches"),
    Row("rollingUpgradePolicy.prioritizeUnhealthyInstances", "rolling_upgrade_policy.prioritize_unhealthy_instances_enabled",
        None, RUP + "prioritizeUnhealthyInstances", Bool(), False, param="prioritize_unhealthy_instances"),
    Row("rollingUpgradePolicy.enableCrossZoneUpgrade", "rolling_upgrade_policy.cross_zone_upgrades_enabled", None,
        RUP + "enableCrossZoneUpgrade", Bool(), param="cross_zone_upgrade"),
    Row("rollingUpgradePolicy.maxSurge", "rolling_upgrade_policy.maximum_surge_instances_enabled", None,
        RUP + "maxSurge", Bool(), False, param="max_surge"),
    Row("rollingUpgradePolicy.rollbackFailedInstancesOnPolicyBreach", None, None,
        RUP + "rollbackFailedInstancesOnPolicyBreach", Bool(), param="rollback_failed_on_breach"),
    Row("upgradePolicy.mode", "upgrade_mode", "upgrade_policy_mode", "properties.upgradePolicy.mode",
        Choice(("Automatic", "Manual", "Rolling")), "Manual",
        why="an OS image rollout follows the rolling-upgrade policy whatever the mode; a model change's rollout is not checked"),
    Row("automaticOSUpgradePolicy.enableAutomaticOSUpgrade", "automatic_os_upgrade_policy.enable_automatic_os_upgrade",
        "automatic_os_upgrade", AOS + "enableAutomaticOSUpgrade", Bool(), False, feeds="os_disk_rollback_on_timeout"),
    Row("automaticOSUpgradePolicy.disableAutomaticRollback", "automatic_os_upgrade_policy.disable_automatic_rollback",
        None, AOS + "disableAutomaticRollback", Bool(), False, feeds="os_disk_rollback_on_timeout"),
    Row("automaticOSUpgradePolicy.useRollingUpgradePolicy", None, None, AOS + "useRollingUpgradePolicy", Bool(), False,
        why="the verdicts use the rolling-upgrade policy's values for the OS image rollout either way"),
    Row("automaticOSUpgradePolicy.osRollingUpgradeDeferral", None, None, AOS + "osRollingUpgradeDeferral", Bool(),
        False, param="os_upgrade_deferral"),
    Row("virtualMachineProfile.networkProfile.healthProbe.id", "health_probe_id", "health_probe_id",
        "properties.virtualMachineProfile.networkProfile.healthProbe.id", Present(), feeds="health_probe"),
    Row("zones", "zones", "zones", "zones", Strings(), feeds="zones"),
    Row("zoneBalance", "zone_balance", None, "properties.zoneBalance", Bool(),
        why="the verdicts place instance i in zone i mod Z, as balanced as the count allows"),
    Row("automaticRepairsPolicy.enabled", "automatic_instance_repair.enabled", None, REPAIR + "enabled", Bool(),
        why="the verdicts assume an unhealthy instance recovers only as the model lets it (no automatic repairs)"),
    Row("automaticRepairsPolicy.gracePeriod", "automatic_instance_repair.grace_period", None, REPAIR + "gracePeriod",
        Duration(600, 5400, "PT10M..PT90M"), why="the verdicts assume no automatic repairs, so no grace period"),
    Row("automaticRepairsPolicy.repairAction", "automatic_instance_repair.action", None, REPAIR + "repairAction",
        Choice(("Replace", "Restart", "Reimage")), why="the verdicts assume no automatic repairs"),
    Row("orchestrationMode", None, None, "properties.orchestrationMode", Choice(("Uniform", "Flexible")),
        why="the verdicts follow the rolling upgrade as documented for Uniform orchestration"),
)

#: The Terraform spelling of a field renamed in a later azurerm provider (both are read).
TF_ALIASES = {"automatic_os_upgrade_policy.enable_automatic_os_upgrade": "automatic_os_upgrade_policy.automatic_os_upgrade_enabled"}

#: The blocks whose every field is a row: any other field written in them is listed as ignored.
POLICY_BLOCKS = {
    "tf": ("rolling_upgrade_policy", "automatic_os_upgrade_policy", "automatic_instance_repair"),
    "tf_legacy": ("rolling_upgrade_policy",),
    "arm": ("properties.upgradePolicy", RUP[:-1], AOS[:-1], REPAIR[:-1]),
}

#: Extension types (case as Azure documents them) that settle a derived parameter.
HEALTH_EXTENSIONS = ("ApplicationHealthLinux", "ApplicationHealthWindows")
SERVICE_FABRIC_EXTENSIONS = ("ServiceFabricNode", "ServiceFabricLinuxNode", "ServiceFabricMCNode")

CS_MODES = {"Auto": "automatic", "Manual": "manual", "Simultaneous": "simultaneous"}
CLOUD_SERVICE_ROWS: tuple[Row, ...] = (
    Row("upgradeMode", None, None, "properties.upgradeMode", Choice(("Auto", "Manual", "Simultaneous")), "Auto",
        param="mode"),
    Row("zones", None, None, "zones", Strings(), why=NO_ZONES),
)

#: Parameters the resource does not carry, and why the model's default stands for them.
MODEL_DEFAULT_NOTES = {
    "upgrade_domains": "not in the resource: a cloud service's UD count is set in its service definition "
                       "(.csdef upgradeDomainCount); the model's default, Azure's default count",
    "batch_rounding": "a named choice of the reference semantics (how a percentage becomes a batch size)",
    "batch_fill": "a named choice of the reference semantics (a batch of up to b instances, or always b)",
    "upgrading_counts_unhealthy": "a named choice of the reference semantics",
    "upgraded_may_fail": "a named choice of the reference semantics (an upgraded instance may fail its probe)",
    "concurrent_maintenance": "a named choice of the reference semantics (maintenance may take instances down)",
    "credentials_valid": "a named choice of the reference semantics",
    "rollback_failed_on_breach": "absent: Azure leaves rollbackFailedInstancesOnPolicyBreach unset, and an unset "
                                 "one rolls nothing back (the model's default, false); azurerm has no argument for it",
    "credentials_recovery": "a named choice of the reference semantics (whether the operator renews expired "
                            "credentials and redeploys, A-25)",
    "initial_unhealthy": "a named choice of the reference semantics (the world the upgrade starts in)",
    "min_good_instances": "a named choice of the reference semantics",
    "start_timeout_walks_on": "a named choice of the reference semantics",
    "concurrent_operations": "a named choice of the reference semantics",
    "rollback_waits_for_current_ud": "a named choice of the reference semantics",
    "new_code_crashes": "a named choice of the reference semantics",
    "local_resources_increase": "a named choice of the reference semantics",
    "quota_allows_rollback": "a named choice of the reference semantics",
    "initial": "a named choice of the reference semantics",
    "role_to_upgrade": "not in the resource: which roles an update targets is a property of each update "
                       "(Upgrade Deployment's RoleToUpgrade), not of the service; the model's default, every role",
}


# --------------------------------------------------------------------------------------------
# Applying the table


@frozen
class Mapped:
    """A resource's model parameters, where each came from, and the fields read but not modelled."""

    params: dict[str, Any]
    sources: dict[str, Source]
    ignored: tuple[Ignored, ...]
    found: dict[str, Found]  # param -> the field that set it (for rewording the model's own errors)


def _read_rows(res: Resource, rows: tuple[Row, ...]) -> tuple[dict[str, Any], dict[str, Found | None],
                                                                dict[str, Any], dict[str, Source], list[Ignored],
                                                                dict[str, Found]]:
    values: dict[str, Any] = {}
    where: dict[str, Found | None] = {}
    params: dict[str, Any] = {}
    sources: dict[str, Source] = {}
    ignored: list[Ignored] = []
    found_by_param: dict[str, Found] = {}
    for row in rows:
        path = row.path(res.dialect)
        if path is None:
            continue
        found = res.get(path)
        if found is None and res.dialect == "tf" and path in TF_ALIASES:
            found = res.get(TF_ALIASES[path])
        if found is None or found.value is None:  # absent, or null (Terraform's "unset")
            if row.required:
                raise PolicyFileError(res.file, res.prefix + path, "missing", None, f"{row.kind.allowed} (Azure's {row.rest})")
            values[row.rest], where[row.rest] = row.default, None
            if row.param and row.default is not None:
                params[row.param] = row.default
                sources[row.param] = Source("azure-default", key=res.prefix + path,
                                            note=f"absent: Azure fills in {show(row.default)} "
                                                 "(terraform-provider-azurerm#13075)")
            continue
        if isinstance(found.value, Unresolved) and not (row.param or row.feeds) and not row.required:
            ignored.append(Ignored(found.full_key(res), found.at, found.value.expr,
                                   f"{row.why} (its value was not resolved: {found.value.what})"))
            continue
        if isinstance(row.kind, Present) and isinstance(found.value, Unresolved) and found.value.reference:
            v = True  # a reference to the probe resource: set, whatever its ID will be
        else:
            check_resolved(res, found)
            v = row.kind.check(res, found)
        values[row.rest], where[row.rest] = v, found
        if row.param:
            params[row.param] = v
            sources[row.param] = found.source(res)
            found_by_param[row.param] = found
        elif not row.feeds:
            ignored.append(Ignored(found.full_key(res), found.at, v, row.why))
    # Any other field written in a policy block: read, and listed (never dropped silently).
    known = {p.lower() for r in rows for p in (r.path(res.dialect), TF_ALIASES.get(r.path(res.dialect) or ""))
             if p}
    for block in POLICY_BLOCKS.get(res.dialect, ()) if rows is SCALE_SET_ROWS else ():
        for f in res.children(block):
            full = f"{block}.{f.key.rsplit('.', 1)[-1]}".lower()
            if full in known or any(k.startswith(full + ".") for k in known) or f.value is None:
                continue  # a row's field, or null (unset, as the CLI prints fields it has no value for)
            value = f.value.expr if isinstance(f.value, Unresolved) else f.value
            ignored.append(Ignored(f.full_key(res), f.at, value,
                                   "a field this version does not know: not checked, not modelled"))
    return values, where, params, sources, ignored, found_by_param


def _extension(res: Resource, types: tuple[str, ...]) -> tuple[Found, str] | None:
    wanted = {t.lower(): t for t in types}
    for found, _publisher in res.extensions():
        check_resolved(res, found)
        if isinstance(found.value, str) and found.value.lower() in wanted:
            return found, wanted[found.value.lower()]
    return None


def scale_set(res: Resource) -> Mapped:
    """The scale-set parameters of one resource (``model.scale_set.ScaleSetPolicy`` names)."""
    values, where, params, sources, ignored, found_by_param = _read_rows(res, SCALE_SET_ROWS)

    # health_probe: a load-balancer probe, or the Application Health extension.
    probe, ext = where.get("virtualMachineProfile.networkProfile.healthProbe.id"), _extension(res, HEALTH_EXTENSIONS)
    params["health_probe"] = probe is not None or ext is not None
    if probe is not None:
        sources["health_probe"] = attrs_evolve(probe.source(res), note="a load-balancer health probe")
    elif ext is not None:
        sources["health_probe"] = attrs_evolve(ext[0].source(res), note=f"the {ext[1]} extension")
    else:
        sources["health_probe"] = Source("azure-default", note="no load-balancer probe and no Application Health "
                                                               "extension: health is whether extensions provisioned (A-19)")

    # service_fabric: a Service Fabric node extension.
    sf = _extension(res, SERVICE_FABRIC_EXTENSIONS)
    params["service_fabric"] = sf is not None
    sources["service_fabric"] = (attrs_evolve(sf[0].source(res), note=f"the {sf[1]} extension") if sf else
                                 Source("azure-default", note="no Service Fabric node extension"))

    # zones: the availability zones listed (V6); none listed is a regional set, one pool.
    zones, zones_at = values.get("zones"), where.get("zones")
    if zones_at is not None and len(zones) > 3:
        raise bad(res, zones_at, "must list at most 3 zones", "a list of 1..3 zone names (or none)", zones)
    params["zones"] = max(1, len(zones or ()))
    if zones_at is not None:
        sources["zones"] = attrs_evolve(zones_at.source(res), note=f"{len(zones)} zones listed")
        found_by_param["zones"] = zones_at
    else:
        sources["zones"] = Source("azure-default", note="no zones listed: a regional set, one pool")

    # os_disk_rollback_on_timeout: today's OS image rollback (V1), where automatic OS upgrade is on.
    enabled = values.get("automaticOSUpgradePolicy.enableAutomaticOSUpgrade")
    disabled = values.get("automaticOSUpgradePolicy.disableAutomaticRollback") or False
    en_at = where.get("automaticOSUpgradePolicy.enableAutomaticOSUpgrade")
    dis_at = where.get("automaticOSUpgradePolicy.disableAutomaticRollback")
    if enabled:
        params["os_disk_rollback_on_timeout"] = not disabled
        src = dis_at if dis_at is not None else en_at
        note = (f"not disableAutomaticRollback ({show(disabled)}), automatic OS upgrade being enabled: "
                f"{'no OS disk rollback' if disabled else 'the previous OS disk comes back (V1)'}"
                if dis_at is not None else
                "automatic OS upgrade enabled, disableAutomaticRollback absent (Azure's default false): "
                "the previous OS disk comes back (V1)")
        sources["os_disk_rollback_on_timeout"] = attrs_evolve(src.source(res), note=note)
    else:
        params["os_disk_rollback_on_timeout"] = False
        note = "automatic OS upgrade not enabled: the 2018 behaviour, no OS disk rollback"
        sources["os_disk_rollback_on_timeout"] = (attrs_evolve(en_at.source(res), note=note) if en_at else
                                                  Source("azure-default", note=note))
    return Mapped(params, sources, tuple(ignored), found_by_param)


def cloud_service(res: Resource) -> Mapped:
    """The cloud-service parameters of one resource (``model.cloud_service.CloudServicePolicy`` names)."""
    values, where, params, sources, ignored, found_by_param = _read_rows(res, CLOUD_SERVICE_ROWS)
    params["mode"] = CS_MODES[params.get("mode")]

    got = res.roles()
    if got is None:
        raise PolicyFileError(res.file, res.prefix + "properties.roleProfile.roles", "missing", None,
                              "a list of roles, each with a name and sku.capacity")
    roles_found, items = got
    check_resolved(res, roles_found)
    if not items:
        raise bad(res, roles_found, "a cloud service needs at least one role", "one or more roles")
    roles: dict[str, int] = {}
    for name_f, cap_f in items:
        check_resolved(res, name_f)
        if not isinstance(name_f.value, str) or not name_f.value:
            raise bad(res, name_f, "wrong type: a role's name must be a non-empty string", "a role name")
        if name_f.value in roles:
            raise bad(res, name_f, "role named twice", "distinct role names")
        if cap_f is None or cap_f.value is None:
            raise PolicyFileError(res.file, res.prefix + name_f.key.rsplit(".", 1)[0] + ".sku.capacity", "missing",
                                  None, "an instance count 1..1000")
        check_resolved(res, cap_f)
        roles[name_f.value] = Int(1, 1000).check(res, cap_f)
        found_by_param[f"roles.{name_f.value}"] = cap_f
    params["roles"] = roles
    sources["roles"] = roles_found.source(res)
    return Mapped(params, sources, tuple(ignored), found_by_param)


def attrs_evolve(src: Source, **changes: Any) -> Source:
    return attrs.evolve(src, **changes)


MAPPERS: dict[str, Callable[[Resource], Mapped]] = {"scale_set": scale_set, "cloud_service": cloud_service}
