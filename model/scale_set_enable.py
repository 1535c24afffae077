"""Enabling automatic OS image upgrades on a scale set (A-7, A-13…A-17, A-21).

Theory of operation.  Setting ``automaticOSUpgradePolicy.enableAutomaticOSUpgrade = true`` (A-17)
is accepted iff every rule below holds; a refusal lists *every* failing rule with its clause, so a
user fixes them all in one go.  The supported-image table of A-13 is data (``SUPPORTED_IMAGES``).
A-16 (referenced resources kept current) is not a gate at enable time: it bites during an upgrade,
as the expired-credentials failure of A-24, which the upgrade model covers.
"""

from __future__ import annotations

from typing import Any

import attrs
from attrs import field, frozen

from rollproof.model.core import PolicyError


@frozen
class SupportedImage:
    """One row of the A-13 table (API identifiers); ``rolling_out`` marks the seed's asterisk."""

    publisher: str
    offer: str
    sku: str
    rolling_out: bool = False


#: A-13: the platform images automatic OS upgrade supports (2018 seed).  The seed's table shows
#: display names ("Microsoft Corporation", "Rogue Wave (OpenLogic)", CoreOS "安定版"); these are the
#: API identifiers the clause gives.
SUPPORTED_IMAGES: tuple[SupportedImage, ...] = (
    SupportedImage("Canonical", "UbuntuServer", "16.04-LTS"),
    SupportedImage("Canonical", "UbuntuServer", "18.04-LTS", rolling_out=True),
    SupportedImage("OpenLogic", "CentOS", "7.5", rolling_out=True),
    SupportedImage("CoreOS", "CoreOS", "Stable"),
    SupportedImage("MicrosoftWindowsServer", "WindowsServer", "2012-R2-Datacenter"),
    SupportedImage("MicrosoftWindowsServer", "WindowsServer", "2016-Datacenter"),
    SupportedImage("MicrosoftWindowsServer", "WindowsServer", "2016-Datacenter-Smalldisk"),
    SupportedImage("MicrosoftWindowsServer", "WindowsServer", "2016-Datacenter-with-Containers"),
)


def _text(inst: Any, a: attrs.Attribute, v: Any) -> None:
    if not isinstance(v, str):
        raise PolicyError(f"enable.{a.name}", v, "a string")


def _flag(inst: Any, a: attrs.Attribute, v: Any) -> None:
    if not isinstance(v, bool):
        raise PolicyError(f"enable.{a.name}", v, "true or false")


def _groups(inst: Any, a: attrs.Attribute, v: Any) -> None:
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        raise PolicyError("enable.placement_groups", v, "an integer >= 1")


@frozen
class EnableConfig:
    """What the enable rules read of a scale set model (A-7, A-13…A-15, A-21)."""

    publisher: str = field(default="Canonical", validator=_text)
    offer: str = field(default="UbuntuServer", validator=_text)
    sku: str = field(default="16.04-LTS", validator=_text)
    #: A-14: must be ``latest``.
    version: str = field(default="latest", validator=_text)
    #: A-13: "custom images you created yourself cannot be used".
    custom_image: bool = field(default=False, validator=_flag)
    #: A-7: Azure Disk Encryption (preview) is not supported.
    disk_encryption: bool = field(default=False, validator=_flag)
    #: A-15, A-22: ``networkProfile.healthProbe`` is set.
    health_probe: bool = field(default=True, validator=_flag)
    #: A-15, A-23: a Service Fabric scale set needs no probe.
    service_fabric: bool = field(default=False, validator=_flag)
    #: A-21: how many placement groups the set uses (``singlePlacementGroup = false`` means several).
    placement_groups: int = field(default=1, validator=_groups)
    #: A-21: the health probe belongs to a Standard Load Balancer (not Basic).
    probe_on_standard_lb: bool = field(default=False, validator=_flag)


@frozen
class Accepted:
    """Enabling is accepted."""

    def __str__(self) -> str:
        return "accepted"


@frozen
class RuleFailure:
    """One enable rule that fails: its name, its clause, and why."""

    rule: str
    clause: str
    reason: str

    def __str__(self) -> str:
        return f"{self.rule} ({self.clause}): {self.reason}"


@frozen
class Refused:
    """Enabling is refused; ``failures`` lists every failing rule, in rule order."""

    failures: tuple[RuleFailure, ...]

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(f.rule for f in self.failures)

    @property
    def clauses(self) -> tuple[str, ...]:
        return tuple(f.clause for f in self.failures)

    @property
    def rule(self) -> str:
        return ", ".join(self.rules)

    @property
    def clause(self) -> str:
        return ", ".join(self.clauses)

    @property
    def reason(self) -> str:
        return "; ".join(f.reason for f in self.failures)

    def __str__(self) -> str:
        return "refused: " + "; ".join(str(f) for f in self.failures)


#: The rules, in the order a refusal lists them.
RULES = (
    "version_is_latest",
    "platform_image",
    "image_supported",
    "no_disk_encryption",
    "health_probe_configured",
    "standard_lb_probe_for_placement_groups",
)


def _same(a: str, b: str) -> bool:
    # Azure compares image identifiers without regard to case (Canonical = canonical).
    return a.casefold() == b.casefold()


def supported(publisher: str, offer: str, sku: str) -> SupportedImage | None:
    """The A-13 row for this image, if any."""
    for row in SUPPORTED_IMAGES:
        if _same(row.publisher, publisher) and _same(row.offer, offer) and _same(row.sku, sku):
            return row
    return None


def enable_automatic_os_upgrade(config: EnableConfig) -> Accepted | Refused:
    """Accept or refuse ``enableAutomaticOSUpgrade = true`` (A-7, A-13, A-14, A-15, A-17, A-21)."""
    c = config
    out: list[RuleFailure] = []
    if not _same(c.version, "latest"):
        out.append(RuleFailure("version_is_latest", "A-14", f"image version is {c.version!r}; it must be 'latest'"))
    if c.custom_image:
        out.append(RuleFailure("platform_image", "A-13", "custom images are not supported; use a platform image"))
    elif supported(c.publisher, c.offer, c.sku) is None:
        out.append(RuleFailure("image_supported", "A-13",
                               f"{c.publisher}/{c.offer}/{c.sku} is not in the supported-image table"))
    if c.disk_encryption:
        out.append(RuleFailure("no_disk_encryption", "A-7", "Azure Disk Encryption is not supported"))
    if not c.health_probe and not c.service_fabric:
        out.append(RuleFailure("health_probe_configured", "A-15",
                               "a scale set other than Service Fabric needs an application health probe"))
    if c.placement_groups > 1 and not (c.health_probe and c.probe_on_standard_lb):
        why = "no health probe" if not c.health_probe else "the probe is not on a Standard Load Balancer"
        out.append(RuleFailure("standard_lb_probe_for_placement_groups", "A-21",
                               f"{c.placement_groups} placement groups need a probe on a Standard Load Balancer ({why})"))
    return Refused(tuple(out)) if out else Accepted()
