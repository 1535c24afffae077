"""OS upgrade history of a scale set (A-26, A-27): a reader of ``osUpgradeHistory`` JSON and its checker.

Theory of operation.  ``read_history`` turns the JSON that Azure returns (``{"value": [...]}`` or a
bare list; end time as today's ``endTime`` or the seed's ``completedTime``) into frozen entries and
refuses only what it cannot read.  ``check_history`` then returns findings, each naming its clause:
at most 5 entries, each started within 60 days of ``now``, newest first (A-26); counts that add up to
the instance count, an end no earlier than the start, no end while ``RollingForward`` (A-27).
The seed's own example has ``completedTime`` before ``startTime``: it is read, and flagged.
``entry_from_state`` derives the entry a model state would show.  Pure: ``now`` is a parameter.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

from attrs import frozen

MAX_ENTRIES = 5  # "the last 5 OS upgrades"
MAX_AGE = timedelta(days=60)  # "in the past 2 months", read as 60 days
CODES = ("RollingForward", "Cancelled", "Completed", "Faulted")  # V6 runningStatus.code
ROLLING_FORWARD = "RollingForward"
ENTRY_TYPE = "Microsoft.Compute/virtualMachineScaleSets/rollingUpgrades"


class HistoryFormatError(ValueError):
    """The document is not an ``osUpgradeHistory`` answer: says where, what was found, what was expected."""

    def __init__(self, where: str, value: Any, expected: str) -> None:
        self.where, self.value, self.expected = where, value, expected
        shown = repr(value)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        super().__init__(f"{where}: expected {expected} (got {shown})")


@frozen
class Progress:
    """A-27 ``progress``: the four instance counts."""

    successful: int
    failed: int
    in_progress: int
    pending: int

    @property
    def total(self) -> int:
        return self.successful + self.failed + self.in_progress + self.pending


@frozen
class ImageReference:
    """A-27 ``targetImageReference``."""

    publisher: str | None = None
    offer: str | None = None
    sku: str | None = None
    version: str | None = None


@frozen
class RollbackInfo:
    """A-27 ``rollbackInfo``."""

    successfully_rolled_back: int = 0
    failed_rolled_back: int = 0


@frozen
class HistoryEntry:
    """One upgrade attempt as the history reports it.

    ``end_key`` records which name the end time came under (``endTime`` or the seed's
    ``completedTime``), so findings quote the document's own words.
    """

    code: str | None
    start_time: datetime | None
    end_time: datetime | None = None
    end_key: str = "endTime"
    progress: Progress | None = None
    started_by: str | None = None
    target: ImageReference | None = None
    rollback: RollbackInfo | None = None
    type: str | None = None
    location: str | None = None


@frozen
class Finding:
    """A way a history breaks A-26/A-27: the clause, a rule name, the entry (0 = newest), and why."""

    clause: str
    rule: str
    entry: int | None
    message: str

    def __str__(self) -> str:
        where = f"entry {self.entry}: " if self.entry is not None else ""
        return f"{self.clause} {self.rule}: {where}{self.message}"


# --------------------------------------------------------------------------------------------
# Reading


def _obj(v: Any, where: str) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise HistoryFormatError(where, v, "an object")
    return v


def _opt_obj(d: dict[str, Any], key: str, where: str) -> dict[str, Any] | None:
    v = d.get(key)
    return None if v is None else _obj(v, f"{where}.{key}")


def _opt_str(d: dict[str, Any], key: str, where: str) -> str | None:
    v = d.get(key)
    if v is not None and not isinstance(v, str):
        raise HistoryFormatError(f"{where}.{key}", v, "a string")
    return v


def _count(d: dict[str, Any], key: str, where: str) -> int:
    v = d.get(key, 0)
    if v is None:
        return 0
    if isinstance(v, bool) or not isinstance(v, int):
        raise HistoryFormatError(f"{where}.{key}", v, "an integer count")
    return v


def parse_time(text: Any, where: str = "time") -> datetime | None:
    """An ISO-8601 timestamp as Azure writes it (7 fractional digits, ``+00:00`` or ``Z``); naive means UTC."""
    if text is None:
        return None
    if not isinstance(text, str):
        raise HistoryFormatError(where, text, "an ISO-8601 timestamp string")
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        raise HistoryFormatError(where, text, "an ISO-8601 timestamp") from None
    return t if t.tzinfo is not None else t.replace(tzinfo=timezone.utc)


def _entry(raw: Any, where: str) -> HistoryEntry:
    raw = _obj(raw, where)
    props = _obj(raw.get("properties", {}), f"{where}.properties")
    pw = f"{where}.properties"
    rs = _opt_obj(props, "runningStatus", pw) or {}
    rw = f"{pw}.runningStatus"
    end_key = "endTime" if rs.get("endTime") is not None or "completedTime" not in rs else "completedTime"
    pg = _opt_obj(props, "progress", pw)
    gw = f"{pw}.progress"
    progress = None
    if pg is not None:
        progress = Progress(
            successful=_count(pg, "successfulInstanceCount", gw),
            failed=_count(pg, "failedInstanceCount", gw),
            in_progress=_count(pg, "inProgressInstanceCount", gw),
            pending=_count(pg, "pendingInstanceCount", gw),
        )
    img = _opt_obj(props, "targetImageReference", pw)
    iw = f"{pw}.targetImageReference"
    target = None
    if img is not None:
        target = ImageReference(*(_opt_str(img, k, iw) for k in ("publisher", "offer", "sku", "version")))
    rb = _opt_obj(props, "rollbackInfo", pw)
    bw = f"{pw}.rollbackInfo"
    rollback = None
    if rb is not None:
        rollback = RollbackInfo(
            _count(rb, "successfullyRolledbackInstanceCount", bw),
            _count(rb, "failedRolledbackInstanceCount", bw),
        )
    return HistoryEntry(
        code=_opt_str(rs, "code", rw),
        start_time=parse_time(rs.get("startTime"), f"{rw}.startTime"),
        end_time=parse_time(rs.get(end_key), f"{rw}.{end_key}"),
        end_key=end_key,
        progress=progress,
        started_by=_opt_str(props, "startedBy", pw),
        target=target,
        rollback=rollback,
        type=_opt_str(raw, "type", where),
        location=_opt_str(raw, "location", where),
    )


def read_history(doc: Any) -> tuple[HistoryEntry, ...]:
    """The entries of an ``osUpgradeHistory`` answer, in the document's order.

    ``doc`` is the parsed JSON (or its text): ``{"value": [...]}`` as the REST API returns it, or a
    bare list as ``az vmss get-os-upgrade-history`` prints it.  Only unreadable shapes raise
    ``HistoryFormatError``; what A-26/A-27 forbid is for ``check_history`` to report.
    """
    if isinstance(doc, (str, bytes)):
        try:
            doc = json.loads(doc)
        except ValueError as e:
            raise HistoryFormatError("document", str(e), "JSON text") from None
    where = "value"
    if isinstance(doc, dict):
        if "value" not in doc:
            raise HistoryFormatError("document", sorted(doc), 'an object with a "value" list, or a list')
        doc = doc["value"]
    if not isinstance(doc, list):
        raise HistoryFormatError(where, doc, "a list of history entries")
    return tuple(_entry(raw, f"{where}[{k}]") for k, raw in enumerate(doc))


# --------------------------------------------------------------------------------------------
# Checking


def _iso(t: datetime) -> str:
    return t.isoformat()


def check_history(
    entries: tuple[HistoryEntry, ...] | list[HistoryEntry],
    *,
    now: datetime,
    instances: int | None = None,
) -> list[Finding]:
    """Every way ``entries`` break A-26/A-27, as findings (empty: well-formed).

    ``now`` is when the history was read (A-26's "past 2 months" is counted back from it);
    ``instances`` is the scale set's size, when known (A-27 counts must add up to it).
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    out: list[Finding] = []
    if len(entries) > MAX_ENTRIES:
        out.append(Finding("A-26", "at_most_5_entries", None,
                           f"{len(entries)} entries; the history keeps the last {MAX_ENTRIES}"))
    for k, e in enumerate(entries):
        if e.code not in CODES:
            out.append(Finding("A-27", "known_status_code", k,
                               f"runningStatus.code {e.code!r} is none of {', '.join(CODES)}"))
        if e.start_time is None:
            out.append(Finding("A-27", "has_start_time", k, "runningStatus.startTime is missing"))
        else:
            if e.start_time > now:
                out.append(Finding("A-26", "started_within_60_days", k,
                                   f"startTime {_iso(e.start_time)} is after now ({_iso(now)})"))
            elif now - e.start_time > MAX_AGE:
                days = (now - e.start_time).days
                out.append(Finding("A-26", "started_within_60_days", k,
                                   f"startTime {_iso(e.start_time)} is {days} days before now ({_iso(now)}); the history keeps 60"))
            if e.end_time is not None and e.end_time < e.start_time:
                out.append(Finding("A-27", "ends_after_start", k,
                                   f"{e.end_key} {_iso(e.end_time)} is earlier than startTime {_iso(e.start_time)}"))
        if e.code == ROLLING_FORWARD and e.end_time is not None:
            out.append(Finding("A-27", "no_end_while_rolling_forward", k,
                               f"{e.end_key} {_iso(e.end_time)} is set while the upgrade is still RollingForward"))
        if e.progress is not None:
            pg = e.progress
            negative = [n for n, v in (("successful", pg.successful), ("failed", pg.failed),
                                       ("inProgress", pg.in_progress), ("pending", pg.pending)) if v < 0]
            if negative:
                out.append(Finding("A-27", "counts_add_up", k, f"negative {', '.join(negative)} instance count"))
            if instances is not None and pg.total != instances:
                out.append(Finding("A-27", "counts_add_up", k,
                                   f"progress counts {pg.successful}+{pg.failed}+{pg.in_progress}+{pg.pending} = {pg.total}, "
                                   f"not the {instances} instances of the set"))
        elif instances is not None:
            out.append(Finding("A-27", "counts_add_up", k, "progress is missing"))
    for k in range(1, len(entries)):
        a, b = entries[k - 1].start_time, entries[k].start_time
        if a is not None and b is not None and b > a:
            out.append(Finding("A-26", "newest_first", k,
                               f"starts at {_iso(b)}, after the entry before it ({_iso(a)})"))
    return out


# --------------------------------------------------------------------------------------------
# From the model, and back to JSON


def entry_from_state(
    state: Any,
    *,
    start_time: datetime,
    end_time: datetime | None = None,
    started_by: str = "Platform",
    target: ImageReference | None = None,
    location: str | None = None,
) -> HistoryEntry | None:
    """The A-27 entry a scale-set model state shows for its current upgrade (``None`` before any).

    Counts come from the state's own instances (``model.scale_set.Facts``); times are parameters
    (the model has no clock).  ``end_time`` is dropped while the upgrade is rolling forward, as Azure shows none.
    """
    from rollproof.model.scale_set import Facts, Status

    if state.status == Status.IDLE:
        return None
    v = Facts(state)
    code = {
        Status.ROLLING_FORWARD: "RollingForward",
        Status.COMPLETED: "Completed",
        Status.CANCELLED: "Cancelled",
        Status.FAULTED: "Faulted",
    }[Status(state.status)]
    return HistoryEntry(
        code=code,
        start_time=start_time,
        end_time=None if code == ROLLING_FORWARD else end_time,
        progress=Progress(int(v.successful), int(v.failed), int(v.in_progress), int(v.pending)),
        started_by=started_by,
        target=target,
        rollback=RollbackInfo(0, 0),
        type=ENTRY_TYPE,
        location=location,
    )


def entry_to_json(e: HistoryEntry) -> dict[str, Any]:
    """An entry in today's ``osUpgradeHistory`` shape (``endTime``), so it reads back unchanged."""
    status: dict[str, Any] = {"code": e.code}
    if e.start_time is not None:
        status["startTime"] = _iso(e.start_time)
    if e.end_time is not None:
        status[e.end_key] = _iso(e.end_time)
    props: dict[str, Any] = {"runningStatus": status}
    if e.progress is not None:
        props["progress"] = {
            "successfulInstanceCount": e.progress.successful,
            "failedInstanceCount": e.progress.failed,
            "inProgressInstanceCount": e.progress.in_progress,
            "pendingInstanceCount": e.progress.pending,
        }
    if e.started_by is not None:
        props["startedBy"] = e.started_by
    if e.target is not None:
        props["targetImageReference"] = {
            k: v for k, v in (("publisher", e.target.publisher), ("offer", e.target.offer),
                              ("sku", e.target.sku), ("version", e.target.version)) if v is not None
        }
    if e.rollback is not None:
        props["rollbackInfo"] = {
            "successfullyRolledbackInstanceCount": e.rollback.successfully_rolled_back,
            "failedRolledbackInstanceCount": e.rollback.failed_rolled_back,
        }
    out: dict[str, Any] = {"properties": props}
    if e.type is not None:
        out["type"] = e.type
    if e.location is not None:
        out["location"] = e.location
    return out


def history_to_json(entries: tuple[HistoryEntry, ...] | list[HistoryEntry]) -> dict[str, Any]:
    """A whole history as the REST API returns it: ``{"value": [...]}``."""
    return {"value": [entry_to_json(e) for e in entries]}
