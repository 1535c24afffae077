"""ISO 8601 durations (``PT0S``, ``PT10M``, ``P1DT2H``), as Azure writes its time fields, in seconds."""

from __future__ import annotations

import re
from typing import Any

from rollproof.model.core import PolicyError

_DURATION = re.compile(
    r"P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?"
)


def duration_seconds(text: str) -> float | None:
    """An ISO 8601 duration in seconds (years as 365 days, months as 30), or None if it is not one."""
    m = _DURATION.fullmatch(text)
    if m is None:
        return None
    y, mo, w, d, h, mi, s = (float(x) if x else 0.0 for x in m.groups())
    return ((((y * 365 + mo * 30 + w * 7 + d) * 24 + h) * 60 + mi) * 60) + s


def show(seconds: int) -> str:
    """Seconds as a person reads them: ``0 s``, ``45 s``, ``10 min``, ``2 h 20 min``."""
    if seconds < 60:
        return f"{seconds} s"
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    parts = ([f"{h} h"] if h else []) + ([f"{m} min"] if m else []) + ([f"{s} s"] if s else [])
    return " ".join(parts)


_ALLOWED = "an ISO 8601 duration in whole seconds (PT0S, PT10M, PT1H30M), or seconds as an integer >= 0"


def seconds_field(key: str) -> dict[str, Any]:
    """A policy's time field ``key`` (``scale_set.pause_time_between_batches``): seconds (an integer
    >= 0), or an ISO 8601 duration as Azure writes it (``PT10M``), kept as seconds."""

    def convert(v: Any) -> Any:
        if isinstance(v, str):
            secs = duration_seconds(v.strip())
            if secs is None or secs != int(secs):
                raise PolicyError(key, v, _ALLOWED, why="not an ISO 8601 duration in whole seconds")
            return int(secs)
        return v

    def check(inst: Any, a: Any, v: Any) -> None:
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise PolicyError(key, v, _ALLOWED)

    return {"converter": convert, "validator": check}
