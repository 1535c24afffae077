"""Pictures of traces: a timeline of instances (rows) by step (columns), coloured by state.

Each cell shows one instance after one step: its image (or package) version, its health and its
phase, read from the model's own ``instance_record`` through ``rollproof.render``.  The step where
the property fails (or is witnessed) is framed in red.  Output is byte-for-byte deterministic: a
fixed SVG hash salt, no dates or tool names in the metadata, and text kept as text.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch, Rectangle  # noqa: E402

from model.core import Trace  # noqa: E402
from rollproof import render  # noqa: E402

#: (label, colour) per cell category, in legend order.
CATEGORIES: dict[str, tuple[str, str]] = {
    "old": ("old, healthy", "#a0cbe8"),
    "old-unhealthy": ("old, unhealthy", "#ff9d9a"),
    "upgrading": ("upgrading / updating", "#f28e2b"),
    "stopped": ("stopped", "#bab0ac"),
    "starting": ("starting", "#edc948"),
    "new": ("new, healthy", "#59a14f"),
    "new-unhealthy": ("new, unhealthy", "#e15759"),
    "crashed": ("crashed", "#7b1e1e"),
}
_BUSY = {"upgrading": "upgrading", "updating": "upgrading", "stopped": "stopped", "starting": "starting",
         "crashed": "crashed"}
_MARK = "#d62728"


def category(rec: dict[str, Any]) -> str:
    """The colour category of an instance record: its phase if busy, else version and health."""
    phase = str(rec.get("phase", ""))
    if phase in _BUSY:
        return _BUSY[phase]
    version = rec.get("image", rec.get("package", "old"))
    new = str(version) == "new"
    sick = str(rec.get("health", "healthy")) == "unhealthy"
    return ("new" if new else "old") + ("-unhealthy" if sick else "")


def _short_action(step: Any) -> str:
    call = step.action.call_text().replace("()", "")
    call = call.replace("orchestrator_", "").replace("instance_", "").replace("operator_", "op_")
    return call if len(call) <= 42 else call[:41] + "…"


def _instance_label(i: Any, rec: dict[str, Any]) -> str:
    if "role" in rec:
        ud = f" UD{rec['ud']}" if "ud" in rec else ""
        return f"{rec['role']} {i}{ud}"
    return f"i{i}"


def _globals(model: str, state: Any) -> dict[str, Any]:
    from model import systems

    return systems.reference(model).global_record(state)


def figure(trace: Trace, *, policy_name: str) -> Figure:
    """The timeline figure of ``trace``."""
    states = trace.states
    rows = [render.instance_records(s, model=trace.model) for s in states]
    ids = list(rows[0].keys())
    ncol, nrow = len(states), len(ids)
    width = min(max(6.0, 0.62 * ncol + 2.6), 24.0)
    height = max(2.8, 0.34 * nrow + 2.6)
    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)

    used: list[str] = []
    hatched = False
    for x, recs in enumerate(rows):
        for y, i in enumerate(ids):
            rec = recs.get(i)
            cat = category(rec) if rec is not None else "stopped"
            if cat not in used:
                used.append(cat)
            ax.add_patch(Rectangle((x, y), 1, 1, facecolor=CATEGORIES[cat][1], edgecolor="white", linewidth=1.2))
            if rec is not None and cat in _BUSY.values() and str(rec.get("health", "")) == "unhealthy":
                hatched = True  # busy and unhealthy: the phase colour, hatched
                ax.add_patch(Rectangle((x, y), 1, 1, fill=False, hatch="///", edgecolor="#b00020", linewidth=0))
    globals_ = [_globals(trace.model, st) for st in states]
    status_row = all("status" in g for g in globals_)
    top = -1.0 if status_row else 0.0
    if status_row:
        for x, g in enumerate(globals_):
            text = re.sub(r"(?<=[a-z])(?=[A-Z])", "\n", render.format_value(g["status"]))
            ax.text(x + 0.5, -0.5, text, ha="center", va="center", fontsize=6.5, color="#333333", linespacing=0.95)
    at = trace.at_step
    if at is not None and 0 <= at < ncol:
        ax.add_patch(Rectangle((at, top), 1, nrow - top, fill=False, edgecolor=_MARK, linewidth=2.4, zorder=5))
        verb = "witnessed" if trace.outcome == "witnesses" else "violated"
        ax.text(at + 0.5, top - 0.12, f"{verb} here", ha="center", va="bottom", color=_MARK, fontsize=8,
                fontweight="bold")

    ax.set_xlim(0, ncol)
    ax.set_ylim(nrow, top - 0.9)
    yticks = ([-0.5] if status_row else []) + [y + 0.5 for y in range(nrow)]
    ax.set_yticks(yticks)
    ax.set_yticklabels((["status"] if status_row else []) + [_instance_label(i, rows[0][i]) for i in ids], fontsize=8)
    ax.set_xticks([x + 0.5 for x in range(ncol)])
    labels = ["0 init"] + [f"{k} {_short_action(st)}" for k, st in enumerate(trace.steps, start=1)]
    ax.set_xticklabels(labels, rotation=40, ha="right", rotation_mode="anchor", fontsize=7)
    for k, lab in enumerate(ax.get_xticklabels()):
        if k == at:
            lab.set_color(_MARK)
            lab.set_fontweight("bold")
    ax.set_xlabel("step (action that led to the state)", fontsize=8)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(length=0)

    verb = {"violates": "refuted", "witnesses": "witnessed"}.get(trace.outcome or "", "run")
    where = f" at step {at}" if at is not None else ""
    ax.set_title(f"{trace.property_id or 'trace'} {verb}{where}\npolicy {policy_name}, {nrow} instances",
                 fontsize=10, loc="left")
    order = [c for c in CATEGORIES if c in used]
    handles = [Patch(facecolor=CATEGORIES[c][1], edgecolor="none", label=CATEGORIES[c][0]) for c in order]
    if hatched:
        handles.append(Patch(facecolor="white", edgecolor="#b00020", hatch="///", linewidth=0, label="(hatched) unhealthy"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7.5, frameon=False,
              title="instance", title_fontsize=8)
    fig.tight_layout()
    return fig


def render_bytes(trace: Trace, *, policy_name: str, fmt: str = "svg") -> bytes:
    """The picture as SVG or PNG bytes, identical on every run."""
    fig = figure(trace, policy_name=policy_name)
    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "rollproof", "svg.fonttype": "none"}):
        if fmt == "svg":
            fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
        elif fmt == "png":
            fig.savefig(buf, format="png", metadata={"Software": None})
        else:
            raise ValueError(f"unknown picture format {fmt!r}")
    return buf.getvalue()


def write(path: str | Path, trace: Trace, *, policy_name: str) -> None:
    """Write the picture; the format follows the suffix (``.svg`` or ``.png``)."""
    path = Path(path)
    path.write_bytes(render_bytes(trace, policy_name=policy_name, fmt=path.suffix.lstrip(".").lower()))
