"""Table checks of the scale set's pure functions (VMSS-HISTORY, VMSS-ENABLE-RULES, X-STEP-PURE).

Each check runs a table of cases, written from the seed text with their expected outcome, through
the pure function and returns one line per disagreement (empty: the function agrees with the
seeds).  The tables are data; the policy adds the cases that depend on it (entries derived from the
policy's own runs, the enable request of a set configured like the policy, the states on which
every action is run twice).
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone
from typing import Any

from attrs import frozen

from rollproof.model import scale_set as S
from rollproof.model.core import Action, Refused
from rollproof.model.logic import CONCRETE
from rollproof.model.scale_set_enable import Accepted, EnableConfig, SUPPORTED_IMAGES, enable_automatic_os_upgrade
from rollproof.model.scale_set_history import (
    ImageReference,
    check_history,
    entry_from_state,
    history_to_json,
    read_history,
)

# --------------------------------------------------------------------------------------------
# VMSS-HISTORY

#: The seed's own ``osUpgradeHistory`` example (000_798c555d45c6e093.txt), verbatim.
SEED_HISTORY_EXAMPLE: dict[str, Any] = {
    "value": [
        {
            "properties": {
                "runningStatus": {
                    "code": "RollingForward",
                    "startTime": "2018-07-24T17:46:06.1248429+00:00",
                    "completedTime": "2018-04-21T12:29:25.0511245+00:00",
                },
                "progress": {
                    "successfulInstanceCount": 16,
                    "failedInstanceCount": 0,
                    "inProgressInstanceCount": 4,
                    "pendingInstanceCount": 0,
                },
                "startedBy": "Platform",
                "targetImageReference": {
                    "publisher": "MicrosoftWindowsServer",
                    "offer": "WindowsServer",
                    "sku": "2016-Datacenter",
                    "version": "2016.127.20180613",
                },
                "rollbackInfo": {"successfullyRolledbackInstanceCount": 0, "failedRolledbackInstanceCount": 0},
            },
            "type": "Microsoft.Compute/virtualMachineScaleSets/rollingUpgrades",
            "location": "westeurope",
        }
    ]
}

SEED_DATE = datetime(2018, 9, 25, tzinfo=timezone.utc)  # ms.date of the seed
_T0 = datetime(2018, 8, 1, tzinfo=timezone.utc)


def _t(days_before: float, now: datetime = _T0) -> str:
    return (now - timedelta(days=days_before)).isoformat()


def _raw(code: str, start: str | None, end: str | None = None, *, counts=(20, 0, 0, 0), end_key: str = "endTime") -> dict:
    rs: dict[str, Any] = {"code": code}
    if start is not None:
        rs["startTime"] = start
    if end is not None:
        rs[end_key] = end
    s, f, i, p = counts
    return {
        "properties": {
            "runningStatus": rs,
            "progress": {"successfulInstanceCount": s, "failedInstanceCount": f,
                         "inProgressInstanceCount": i, "pendingInstanceCount": p},
            "startedBy": "Platform",
            "targetImageReference": {"publisher": "Canonical", "offer": "UbuntuServer", "sku": "16.04-LTS",
                                     "version": "16.04.201808140"},
            "rollbackInfo": {"successfullyRolledbackInstanceCount": 0, "failedRolledbackInstanceCount": 0},
        },
        "type": "Microsoft.Compute/virtualMachineScaleSets/rollingUpgrades",
        "location": "westeurope",
    }


@frozen
class HistoryCase:
    """A document, when it is read, the set's size, and the rules the checker must flag (empty: none)."""

    name: str
    doc: Any
    now: datetime
    instances: int | None
    flags: frozenset[str]


def _done(days_before: float, **kw) -> dict:
    return _raw("Completed", _t(days_before), _t(days_before - 0.5), **kw)


HISTORY_TABLE: tuple[HistoryCase, ...] = (
    HistoryCase("the seed's example is flagged for completedTime < startTime and an end while RollingForward",
                SEED_HISTORY_EXAMPLE, _T0, 20, frozenset({"ends_after_start", "no_end_while_rolling_forward"})),
    HistoryCase("read on the seed's own date, its example is also more than 60 days old",
                SEED_HISTORY_EXAMPLE, SEED_DATE, 20,
                frozenset({"ends_after_start", "no_end_while_rolling_forward", "started_within_60_days"})),
    HistoryCase("today's schema: a completed upgrade with endTime after startTime is well-formed",
                {"value": [_done(3)]}, _T0, 20, frozenset()),
    HistoryCase("a bare list, as the CLI prints it, is read too",
                [_done(3)], _T0, 20, frozenset()),
    HistoryCase("a running upgrade has no end time",
                {"value": [_raw("RollingForward", _t(0.1), counts=(16, 0, 4, 0))]}, _T0, 20, frozenset()),
    HistoryCase("a running upgrade with an endTime is flagged",
                {"value": [_raw("RollingForward", _t(0.2), _t(0.1), counts=(16, 0, 4, 0))]}, _T0, 20,
                frozenset({"no_end_while_rolling_forward"})),
    HistoryCase("five entries, newest first, within 60 days, are well-formed",
                {"value": [_done(d) for d in (1, 10, 20, 30, 59)]}, _T0, 20, frozenset()),
    HistoryCase("six entries are one too many",
                {"value": [_done(d) for d in (1, 2, 3, 4, 5, 6)]}, _T0, 20, frozenset({"at_most_5_entries"})),
    HistoryCase("entries oldest first are flagged",
                {"value": [_done(10), _done(5)]}, _T0, 20, frozenset({"newest_first"})),
    HistoryCase("an upgrade started 61 days ago is outside the history",
                {"value": [_done(61)]}, _T0, 20, frozenset({"started_within_60_days"})),
    HistoryCase("an upgrade started exactly 60 days ago is still inside",
                {"value": [_done(60)]}, _T0, 20, frozenset()),
    HistoryCase("an upgrade starting after the history was read is flagged",
                {"value": [_raw("Completed", _t(-1), _t(-2))]}, _T0, 20, frozenset({"started_within_60_days"})),
    HistoryCase("counts that do not add up to the instance count are flagged",
                {"value": [_done(3, counts=(15, 0, 4, 0))]}, _T0, 20, frozenset({"counts_add_up"})),
    HistoryCase("counts are not checked against a size nobody gave",
                {"value": [_done(3, counts=(15, 0, 4, 0))]}, _T0, None, frozenset()),
    HistoryCase("a Faulted pre-check with all counts 0 (V8) does not add up to the set",
                {"value": [_raw("Faulted", _t(1), _t(1), counts=(0, 0, 0, 0))]}, _T0, 5, frozenset({"counts_add_up"})),
    HistoryCase("an end equal to the start is allowed",
                {"value": [_raw("Faulted", _t(1), _t(1))]}, _T0, 20, frozenset()),
    HistoryCase("the seed's completedTime name is read like endTime",
                {"value": [_raw("Completed", _t(3), _t(4), end_key="completedTime")]}, _T0, 20,
                frozenset({"ends_after_start"})),
    HistoryCase("a status code outside V6's four is flagged",
                {"value": [_raw("Paused", _t(1))]}, _T0, 20, frozenset({"known_status_code"})),
    HistoryCase("an entry without a start time is flagged",
                {"value": [_raw("Completed", None, _t(1))]}, _T0, 20, frozenset({"has_start_time"})),
)


def small_instances(policy: S.ScaleSetPolicy, cap: int = 12, any_n: int = 4) -> int:
    """The instance count the table checks use: the policy's, capped so a check stays fast."""
    return any_n if policy.instances == "any" else min(int(policy.instances), cap)


def small_policy(policy: S.ScaleSetPolicy, cap: int = 12, any_n: int = 4) -> S.ScaleSetPolicy:
    return policy.with_instances(small_instances(policy, cap, any_n))


def start_state(policy: S.ScaleSetPolicy) -> S.ScaleSet:
    """The policy's plainest initial state: all healthy, or the lowest ids down when it fixes a count."""
    iu = policy.initial_unhealthy
    k = iu if isinstance(iu, int) and not isinstance(iu, bool) else 0
    s = S.initial_state(policy, frozenset(range(k)))
    if isinstance(s, Refused):
        raise ValueError(f"no initial state for {policy}: {s}")
    return s


def smooth_run(policy: S.ScaleSetPolicy) -> list[S.ScaleSet]:
    """The states of one upgrade from a healthy start, lowest ids first, every instance finishing as it can."""
    s = start_state(policy)
    states = [s]

    def go(name: str, **kw: Any) -> bool:
        nonlocal s
        r = S.apply(s, Action.of(name, **kw))
        if isinstance(r, Refused):
            return False
        s = r
        states.append(s)
        return True

    go("orchestrator_starts_upgrade")
    for _ in range(s.n + 1):
        if not go("orchestrator_checks_health") or s.status != S.Status.ROLLING_FORWARD:
            break
        pending = [i for i, x in enumerate(s.instances) if S.is_pending(s, x)]
        if policy.service_fabric:
            ud = s.instances[pending[0]].ud
            chosen = frozenset(i for i in pending if s.instances[i].ud == ud)
        else:
            chosen = frozenset(pending[: S.batch_size(CONCRETE, policy, s.n)])
        if not go("orchestrator_starts_batch", chosen=chosen):
            break
        for i in sorted(s.batch):  # (with max_surge, the new instances the batch created)
            go("instance_finishes_upgrade", i=i, healthy=policy.credentials_valid)
        go("probe_wait_expires")
        if not go("orchestrator_ends_batch") or s.status != S.Status.ROLLING_FORWARD:
            break
    return states


def _history_case_disagreements(case: HistoryCase) -> list[str]:
    try:
        entries = read_history(case.doc)
    except ValueError as e:
        return [f"{case.name}: the reader refused the document ({e})"]
    found = check_history(entries, now=case.now, instances=case.instances)
    got = frozenset(f.rule for f in found)
    out = []
    if got - case.flags:
        out.append(f"{case.name}: flagged {sorted(got - case.flags)} as well ({'; '.join(map(str, found))})")
    if case.flags - got:
        out.append(f"{case.name}: did not flag {sorted(case.flags - got)}")
    return out


def history_table_disagreements(policy: S.ScaleSetPolicy) -> list[str]:
    """VMSS-HISTORY: the reader/checker against its table, and the entries of the policy's own run."""
    out: list[str] = []
    for case in HISTORY_TABLE:
        out += _history_case_disagreements(case)
    conc = small_policy(policy)
    now = _T0
    image = ImageReference("Canonical", "UbuntuServer", "16.04-LTS", "latest")
    for k, state in enumerate(smooth_run(conc)):
        e = entry_from_state(state, start_time=now - timedelta(hours=1), end_time=now, target=image)
        if e is None:
            continue
        back = read_history(history_to_json([e]))
        if back != (e,):
            out.append(f"policy run, state {k}: the entry does not read back unchanged from its JSON")
        found = check_history(back, now=now, instances=state.capacity)
        out += [f"policy run, state {k} ({e.code}): {f}" for f in found]
    return out


# --------------------------------------------------------------------------------------------
# VMSS-ENABLE-RULES (A-7, A-13…)


@frozen
class EnableCase:
    """A configuration and the rules a refusal must name (empty: accepted)."""

    name: str
    config: EnableConfig
    fails: tuple[str, ...]


_WIN = dict(publisher="MicrosoftWindowsServer", offer="WindowsServer", sku="2016-Datacenter")

ENABLE_TABLE: tuple[EnableCase, ...] = (
    *(
        EnableCase(f"{r.publisher}/{r.offer}/{r.sku} at version latest with a probe is accepted",
                   EnableConfig(publisher=r.publisher, offer=r.offer, sku=r.sku), ())
        for r in SUPPORTED_IMAGES
    ),
    EnableCase("identifiers are compared without regard to case",
               EnableConfig(publisher="canonical", offer="ubuntuserver", sku="16.04-lts"), ()),
    EnableCase("a pinned version is refused (A-14)",
               EnableConfig(**_WIN, version="2016.127.20180613"), ("version_is_latest",)),
    EnableCase("an image missing from the A-13 table is refused",
               EnableConfig(sku="14.04.5-LTS"), ("image_supported",)),
    EnableCase("Windows Server 2019 was not in the 2018 table",
               EnableConfig(**{**_WIN, "sku": "2019-Datacenter"}), ("image_supported",)),
    EnableCase("a custom image is refused (A-13)",
               EnableConfig(publisher="", offer="", sku="", custom_image=True), ("platform_image",)),
    EnableCase("Azure Disk Encryption is refused (A-7)",
               EnableConfig(disk_encryption=True), ("no_disk_encryption",)),
    EnableCase("no probe outside Service Fabric is refused (A-15)",
               EnableConfig(health_probe=False), ("health_probe_configured",)),
    EnableCase("Service Fabric needs no probe (A-15)",
               EnableConfig(health_probe=False, service_fabric=True), ()),
    EnableCase("several placement groups with a Basic load balancer probe are refused (A-21)",
               EnableConfig(placement_groups=2), ("standard_lb_probe_for_placement_groups",)),
    EnableCase("several placement groups with a Standard load balancer probe are accepted",
               EnableConfig(placement_groups=2, probe_on_standard_lb=True), ()),
    EnableCase("one placement group needs no Standard load balancer",
               EnableConfig(placement_groups=1, probe_on_standard_lb=False), ()),
    EnableCase("Service Fabric with several placement groups still needs a Standard load balancer probe",
               EnableConfig(health_probe=False, service_fabric=True, placement_groups=3),
               ("standard_lb_probe_for_placement_groups",)),
    EnableCase("every failing rule is reported, not only the first",
               EnableConfig(version="18.04.201809110", custom_image=True, disk_encryption=True,
                            health_probe=False, placement_groups=4),
               ("version_is_latest", "platform_image", "no_disk_encryption", "health_probe_configured",
                "standard_lb_probe_for_placement_groups")),
)

_CLAUSE_OF = {
    "version_is_latest": "A-14",
    "platform_image": "A-13",
    "image_supported": "A-13",
    "no_disk_encryption": "A-7",
    "health_probe_configured": "A-15",
    "standard_lb_probe_for_placement_groups": "A-21",
}


def _enable_case_disagreements(case: EnableCase) -> list[str]:
    r = enable_automatic_os_upgrade(case.config)
    if not case.fails:
        return [] if isinstance(r, Accepted) else [f"{case.name}: expected accepted, got {r}"]
    if isinstance(r, Accepted):
        return [f"{case.name}: expected refusal by {', '.join(case.fails)}, got accepted"]
    out = []
    if r.rules != case.fails:
        out.append(f"{case.name}: expected refusal by {', '.join(case.fails)}, got {r}")
    for f in r.failures:
        if _CLAUSE_OF.get(f.rule) != f.clause or not f.reason:
            out.append(f"{case.name}: rule {f.rule} names clause {f.clause!r} (expected {_CLAUSE_OF.get(f.rule)}) "
                       f"with reason {f.reason!r}")
    return out


def enable_table_disagreements(policy: S.ScaleSetPolicy) -> list[str]:
    """VMSS-ENABLE-RULES: the enable check against its table, plus a set configured like the policy."""
    out: list[str] = []
    own = EnableCase(
        "a seed image configured like this policy (probe, Service Fabric)",
        EnableConfig(health_probe=policy.health_probe, service_fabric=policy.service_fabric),
        () if policy.health_probe or policy.service_fabric else ("health_probe_configured",),
    )
    for case in (*ENABLE_TABLE, own):
        out += _enable_case_disagreements(case)
    return out


# --------------------------------------------------------------------------------------------
# X-STEP-PURE


def purity_states(policy: S.ScaleSetPolicy, limit: int = 40) -> list[S.ScaleSet]:
    """States reachable from the policy's initial states (breadth first, at most ``limit``)."""
    conc = small_policy(policy)
    n = int(conc.instances)
    starts = [start_state(conc), S.initial_state(conc, frozenset({0}))]
    seen: list[S.ScaleSet] = []
    frontier = [x for x in starts if not isinstance(x, Refused)]
    while frontier and len(seen) < limit:
        nxt: list[S.ScaleSet] = []
        for s in frontier:
            if s in seen or len(seen) >= limit:
                continue
            seen.append(s)
            for a in S.candidate_actions(s):
                r = S.apply(s, a)
                if not isinstance(r, Refused) and r not in seen:
                    nxt.append(r)
        frontier = nxt
    assert all(x.capacity == n for x in seen)
    return seen


def purity_disagreements(policy: S.ScaleSetPolicy) -> list[str]:
    """X-STEP-PURE: every action, run twice on each state, gives equal results and leaves its inputs alone."""
    out: list[str] = []
    for k, s in enumerate(purity_states(policy)):
        for a in S.candidate_actions(s):
            before_s, before_a = copy.deepcopy(s), copy.deepcopy(a)
            results = []
            for _ in range(2):  # compare after each call: two mutations could cancel out
                results.append(copy.deepcopy(S.apply(s, a)))
                if s != before_s or repr(s) != repr(before_s):
                    out.append(f"state {k}: {a.call_text()} changed its input state")
                    s = copy.deepcopy(before_s)
                if a != before_a:
                    out.append(f"state {k}: {a.call_text()} changed its action value")
            if results[0] != results[1]:
                out.append(f"state {k}: {a.call_text()} gave two different results")
    return out
