"""Pictures of traces: a timeline of instances (rows) by step (columns), coloured by state.

Each cell shows one instance after a step: its image (or package) version, its health and its phase,
read from the model's own ``instance_record`` through ``rollproof.render``; an instance taken down
by maintenance, one whose start timed out and one that crashed each have a look of their own (a
colour and a letter), since they are what a counterexample usually turns on.  A long trace is
folded so a reviewer can read it at 1,200 px: a step that changes nothing drawn, or repeats the
action of the step before (instances finishing one after another), shares its column with the
steps before it, and the columns are split over rows.  Every label is horizontal; the step key
under each row spells out each step's action.  The step where the property fails (or is witnessed)
is framed in red, with the bound that breaks there (``Trace.why``) written beside it.  Output is
byte-for-byte deterministic: a fixed SVG hash salt, no dates or tool names, text kept as text.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import functools
from types import SimpleNamespace
from typing import TYPE_CHECKING

import attrs

from rollproof.model.core import Trace
from rollproof import render

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@functools.cache
def _mpl() -> SimpleNamespace:
    """matplotlib, imported when a picture is first drawn (a run whose pictures all come from the
    cache never pays for it), on its Agg backend."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    return SimpleNamespace(matplotlib=matplotlib, FigureCanvasAgg=FigureCanvasAgg, Figure=Figure, Rectangle=Rectangle)

#: (legend label, colour, letter drawn in the cell) per cell category, in legend order.
CATEGORIES: dict[str, tuple[str, str, str]] = {
    "old": ("old, healthy", "#a0cbe8", ""),
    "old-unhealthy": ("old, unhealthy", "#ff9d9a", ""),
    "taken": ("taken down by maintenance (M)", "#6a51a3", "M"),
    "upgrading": ("upgrading / updating", "#f28e2b", ""),
    "awaiting": ("notified, awaiting approval (W)", "#76b7b2", "W"),
    "stopped": ("stopped", "#bab0ac", ""),
    "starting": ("starting", "#edc948", ""),
    "timed-out": ("start timed out (T)", "#8c564b", "T"),
    "new": ("new, healthy", "#59a14f", ""),
    "new-unhealthy": ("new, unhealthy", "#e15759", ""),
    "crashed": ("crashed (X)", "#3b0a0a", "X"),
    "retiring": ("old, serving until its batch deletes it (D)", "#b07aa1", "D"),
    "absent": ("not in the set (created or deleted by a surge batch)", "#eeeeee", ""),
}
_BUSY = {"upgrading": "upgrading", "updating": "upgrading", "stopped": "stopped", "starting": "starting",
         "crashed": "crashed", "awaiting approval": "awaiting"}
_MARK = "#d62728"
_DPI = 100
WIDTH_PX = 1200  # the picture's width: readable as it stands in a review
MAX_COLUMNS = 18  # columns per row of the timeline before it is split
_CELL_H = 18  # px per instance row
_MAX_COL_W = 90  # px: a short trace's columns stay this narrow
_KEY_LINE = 12  # px per line of the step key
_KEY_CHARS = 92  # characters per column of the step key (two columns)
_CHAR_W = 6.6  # px per character of 8 pt text, to lay out the legend


# --------------------------------------------------------------------------------------------
# What each cell shows


def category(rec: dict[str, Any], taken: bool = False) -> str:
    """The look of an instance record: its phase if busy, else version and health.

    ``taken``: the instance is down because maintenance took it (the trace says so, not the record).
    """
    phase = str(rec.get("phase", ""))
    if phase == "starting" and rec.get("timed_out") is True:
        return "timed-out"
    if phase in _BUSY:
        return _BUSY[phase]
    sick = str(rec.get("health", "healthy")) == "unhealthy"
    if taken and sick:
        return "taken"
    if rec.get("retiring") is True and not sick:
        return "retiring"
    version = rec.get("image", rec.get("package", "old"))
    new = str(version) == "new"
    return ("new" if new else "old") + ("-unhealthy" if sick else "")


#: The cloud service's versions are relative (``model.cloud_service``): "new" is the latest
#: request's, "old" any version before it.
_RELATIVE = {"old": "older version, online", "new": "latest request's version, online"}


def _legend_label(model: str, cat: str) -> str:
    if model == "cloud_service" and cat in _RELATIVE:
        return _RELATIVE[cat]
    return CATEGORIES[cat][0]


def _relabelling_steps(trace: Trace) -> list[int]:
    """The steps of a cloud service's trace at which a new request makes the version that was the
    latest draw as an older one, though no instance changed (as the replay says, ``render.relabels``)."""
    return render.relabelling_steps(trace) if trace.model == "cloud_service" else []


def _relabel_note(steps: list[int]) -> str:
    at = ", ".join(str(k) for k in steps)
    return (f"versions are relative to the latest request: at step{'s' if len(steps) > 1 else ''} {at} a new request "
            "makes the version that was the latest an older one (blue), though no instance's version changed")


def _taken_sets(trace: Trace, rows: list[dict[Any, dict[str, Any]]]) -> list[frozenset[Any]]:
    """Per state, the instances down because a ``maintenance_*`` action took them (until they are
    healthy again or picked for an upgrade)."""
    out: list[frozenset[Any]] = [frozenset()]
    taken: set[Any] = set()
    for k, step in enumerate(trace.steps, start=1):
        recs = rows[k]
        if step.refused is None and step.action.name.startswith("maintenance_") and step.action.arg("i") is not None:
            taken.add(step.action.arg("i"))
        taken = {i for i in taken if i in recs and str(recs[i].get("health", "")) == "unhealthy"
                 and str(recs[i].get("phase", "idle")) not in _BUSY}
        out.append(frozenset(taken))
    return out


def status_text(model: str, g: dict[str, Any]) -> str | None:
    """What the orchestrator is doing, in a word or two (the row above the instances), if the model says."""
    if "status" in g:
        return re.sub(r"(?<=[a-z])(?=[A-Z])", "\n", render.format_value(g["status"]))
    if "update" in g:
        u = g["update"]
        if not u:
            return "no update"
        text = f"UD {u.get('current_ud')}\n{u.get('ud_state')}"
        return text + ("\nrollback" if u.get("rollback") else "")
    return None


def _globals(model: str, state: Any) -> dict[str, Any]:
    from rollproof.model import systems

    return systems.reference(model).global_record(state)


def _instance_label(i: Any, rec: dict[str, Any]) -> str:
    if "role" in rec:
        ud = f" · UD{rec['ud']}" if "ud" in rec else ""
        return f"{rec['role']} {i}{ud}"
    if "zone" in rec:  # a zonal scale set: its zone; Service Fabric's: its update domain
        return f"i{i} · zone {rec['zone']}"
    if "ud" in rec:
        return f"i{i} · UD{rec['ud']}"
    return f"i{i}"


# --------------------------------------------------------------------------------------------
# Folding


@attrs.frozen
class Column:
    """A column of the timeline: the steps ``first..last`` (0 is the initial state), drawn as the
    state after ``last``."""

    first: int
    last: int

    @property
    def label(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}–{self.last}"


def columns(trace: Trace, looks: list[tuple[Any, ...]]) -> list[Column]:
    """The columns of ``trace``: a step joins the column before it when it changes nothing drawn
    (``looks[k] == looks[k-1]``) or repeats the previous step's action; never the initial state's
    column, and never the violating step's (which always has a column of its own)."""
    at = trace.at_step
    cols = [Column(0, 0)]
    for k, step in enumerate(trace.steps, start=1):
        prev = cols[-1]
        joinable = prev.first != 0 and at not in (k, prev.last) and not (prev.first <= (at or -1) <= prev.last)
        same_action = k >= 2 and trace.steps[k - 2].action.name == step.action.name
        if joinable and (looks[k] == looks[k - 1] or same_action):
            cols[-1] = Column(prev.first, k)
        else:
            cols.append(Column(k, k))
    return cols


def _rows_of(cols: list[Column]) -> list[list[Column]]:
    """The columns split over rows of at most ``MAX_COLUMNS``, as evenly as possible."""
    n = len(cols)
    nrows = -(-n // MAX_COLUMNS)
    per = -(-n // nrows)
    return [cols[i:i + per] for i in range(0, n, per)]


def _step_text(step: Any) -> str:
    call = step.action.call_text()
    if step.refused is not None:
        call += f"  refused ({step.refused.clause})"
    return call


# --------------------------------------------------------------------------------------------
# The figure


def figure(trace: Trace, *, policy_name: str, cause: str | None = None) -> Figure:
    """The timeline figure of ``trace``, ``WIDTH_PX`` wide; ``cause`` (a refutation's one-line
    cause, when known) is written under the title."""
    states = trace.states
    model = trace.model
    rows = [render.instance_records(s, model=model) for s in states]
    # Every instance of any state (a max_surge batch adds instances and deletes others).
    ids = sorted({i for recs in rows for i in recs}, key=render._id_order)
    first = {i: next(recs[i] for recs in rows if i in recs) for i in ids}
    taken = _taken_sets(trace, rows)
    cats = [[category(recs[i], i in taken[k]) if i in recs else "absent" for i in ids] for k, recs in enumerate(rows)]
    hatch = [[i in recs and cats[k][y] in _BUSY.values() and str(recs[i].get("health", "")) == "unhealthy"
              for y, i in enumerate(ids)] for k, recs in enumerate(rows)]
    globals_ = [_globals(model, st) for st in states]
    statuses = [status_text(model, g) for g in globals_]
    status_label = "status" if "status" in globals_[0] else "update"
    status_row = all(s is not None for s in statuses)
    looks = [(tuple(cats[k]), tuple(hatch[k]), statuses[k]) for k in range(len(states))]
    cols = columns(trace, looks)
    panels = _rows_of(cols)
    at = trace.at_step
    nrow = len(ids)

    relabels = _relabelling_steps(trace)
    # Layout, in pixels from the top.
    title_lines = 2 + (1 if trace.why else 0) + (1 if cause else 0) + (1 if relabels else 0)
    title_h = 16 * title_lines + 8
    used = [c for c in CATEGORIES if any(c in row for row in cats)]
    entries = [(CATEGORIES[c][1], CATEGORIES[c][2], False, _legend_label(model, c)) for c in used]
    if any(any(h) for h in hatch):
        entries.append(("white", "", True, "(hatched) busy and unhealthy"))
    legend_w = sum(26 + _CHAR_W * len(e[3]) + 14 for e in entries)
    legend_h = 18 * (1 + int(legend_w // (WIDTH_PX - 24))) + 12
    labels = [_instance_label(i, first[i]) for i in ids] + ["status"]
    label_w = int(16 + 6.2 * max(len(x) for x in labels))
    grid_w = WIDTH_PX - label_w - 24
    col_w = min(grid_w / max(len(p) for p in panels), _MAX_COL_W)
    status_h = (12 + 9 * max(s.count("\n") + 1 for s in statuses)) if status_row else 0
    head_h = 18
    note_h = 18  # the line above the violating step's column: "violated here: <the bound>"
    panel_heights = []
    for p in panels:
        nsteps = sum(c.last - c.first + 1 for c in p)
        key_lines = -(-nsteps // 2)
        panel_heights.append(note_h * _holds_at(p, at) + head_h + status_h + nrow * _CELL_H + 10
                             + key_lines * _KEY_LINE + 18)
    height = title_h + legend_h + sum(panel_heights) + 10
    fig = _mpl().Figure(figsize=(WIDTH_PX / _DPI, height / _DPI), dpi=_DPI)
    _mpl().FigureCanvasAgg(fig)

    def fy(px: float) -> float:  # a distance from the top, as a figure fraction from the bottom
        return 1 - px / height

    # Title, the bound that breaks, the cause.
    verb = {"violates": "refuted", "witnesses": "witnessed"}.get(trace.outcome or "", "run")
    where = f" at step {at}" if at is not None else ""
    fig.text(12 / WIDTH_PX, fy(8), f"{trace.property_id or 'trace'} {verb}{where}", fontsize=12, fontweight="bold",
             va="top", ha="left")
    folded = " (a column holds the steps that change nothing drawn or repeat the step before)" \
        if len(cols) < len(states) else ""
    fig.text(12 / WIDTH_PX, fy(26), f"policy {policy_name}, {nrow} instances, {len(trace.steps)} steps{folded}",
             fontsize=8.5, va="top", ha="left", color="#333333")
    y = 42
    if trace.why:
        what = "at the witnessing step" if trace.outcome == "witnesses" else "the bound that breaks"
        fig.text(12 / WIDTH_PX, fy(y), f"{what} (step {at}): {trace.why}", fontsize=9.5, va="top", ha="left",
                 color=_MARK, fontweight="bold")
        y += 16
    if cause:
        fig.text(12 / WIDTH_PX, fy(y), f"cause: {cause}", fontsize=9.5, va="top", ha="left", color="#222222")
        y += 16
    if relabels:
        fig.text(12 / WIDTH_PX, fy(y), _relabel_note(relabels), fontsize=8.5, va="top", ha="left", color="#333333")
        y += 16

    # Legend: the looks this picture uses, in reading order.
    x, ly = 12.0, title_h
    for swatch, letter, hatched, text in entries:
        w = 26 + _CHAR_W * len(text)
        if x + w > WIDTH_PX - 12:
            x, ly = 12.0, ly + 18
        fig.add_artist(_mpl().Rectangle((x / WIDTH_PX, fy(ly + 12)), 18 / WIDTH_PX, 12 / height, transform=fig.transFigure,
                                 facecolor=swatch, edgecolor="#b00020" if hatched else "none",
                                 hatch="///" if hatched else None, linewidth=0))
        if letter:
            fig.text((x + 9) / WIDTH_PX, fy(ly + 6), letter, fontsize=7, color="white", fontweight="bold",
                     ha="center", va="center")
        fig.text((x + 24) / WIDTH_PX, fy(ly + 6), text, fontsize=8, va="center", ha="left", color="#222222")
        x += w + 14

    top = title_h + legend_h
    for p, ph in zip(panels, panel_heights):
        if _holds_at(p, at):
            x = next(j for j, c in enumerate(p) if c.first <= at <= c.last)
            cx = label_w + (x + 0.5) * col_w
            verb = "witnessed here" if trace.outcome == "witnesses" else "violated here"
            note = f"{verb}: {trace.why}" if trace.why else verb
            right = cx > WIDTH_PX / 2
            fig.text(cx / WIDTH_PX, fy(top + note_h / 2), f"{note} ↓" if right else f"↓ {note}",
                     ha="right" if right else "left", va="center", fontsize=8.5, color=_MARK, fontweight="bold",
                     transform=fig.transFigure)
            top += note_h
            ph -= note_h
        grid_h = head_h + status_h + nrow * _CELL_H
        ax = fig.add_axes((label_w / WIDTH_PX, fy(top + grid_h), len(p) * col_w / WIDTH_PX, grid_h / height))
        _draw_panel(ax, p, cats, hatch, statuses if status_row else None, ids, first, at, trace,
                    head_rows=(head_h + status_h) / _CELL_H, status_label=status_label)
        _draw_key(fig, trace, p, at, top + grid_h + 8, height)
        top += ph
    return fig


def _holds_at(cols: list[Column], at: int | None) -> bool:
    return at is not None and any(c.first <= at <= c.last for c in cols)


def _draw_panel(ax: Any, cols: list[Column], cats, hatch, statuses, ids, first_recs, at, trace, head_rows,
                status_label: str) -> None:
    nrow = len(ids)
    status_top = -(head_rows - 1.0) if statuses is not None else 0.0
    for x, c in enumerate(cols):
        k = c.last
        for y, i in enumerate(ids):
            cat = cats[k][y]
            label, colour, letter = CATEGORIES[cat]
            ax.add_patch(_mpl().Rectangle((x, y), 1, 1, facecolor=colour, edgecolor="white", linewidth=1.2))
            if hatch[k][y]:
                ax.add_patch(_mpl().Rectangle((x, y), 1, 1, fill=False, hatch="///", edgecolor="#b00020", linewidth=0))
            if letter:
                ax.text(x + 0.5, y + 0.5, letter, ha="center", va="center", fontsize=7.5, color="white",
                        fontweight="bold")
        if statuses is not None:
            ax.text(x + 0.5, status_top / 2, statuses[k], ha="center", va="center", fontsize=6.5, color="#333333",
                    linespacing=0.95)
        mine = at is not None and c.first <= at <= c.last
        ax.text(x + 0.5, status_top - 0.5, c.label, ha="center", va="center", fontsize=8,
                color=_MARK if mine else "#222222", fontweight="bold" if mine else "normal")
        if mine:
            ax.add_patch(_mpl().Rectangle((x, status_top), 1, nrow - status_top, fill=False, edgecolor=_MARK, linewidth=2.4,
                                   zorder=5))
    ax.set_xlim(0, len(cols))
    ax.set_ylim(nrow, -head_rows)
    ax.set_yticks(([status_top / 2] if statuses is not None else []) + [y + 0.5 for y in range(nrow)])
    ax.set_yticklabels(([status_label] if statuses is not None else [])
                       + [_instance_label(i, first_recs[i]) for i in ids], fontsize=8)
    ax.set_xticks([])
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(length=0)


def _draw_key(fig: Figure, trace: Trace, cols: list[Column], at: int | None, top_px: float, height: float) -> None:
    """The steps of these columns, numbered, in two columns of text under the grid."""
    steps = [k for c in cols for k in range(c.first, c.last + 1)]
    lines = []
    for k in steps:
        if k == 0:
            lines.append((k, f"0 init({render.init_args(trace.init, trace.model)})"))
        else:
            lines.append((k, f"{k} {_step_text(trace.steps[k - 1])}"))
    half = -(-len(lines) // 2)
    for j, (k, text) in enumerate(lines):
        colx = 12 if j < half else 12 + WIDTH_PX // 2
        row = j if j < half else j - half
        mine = k == at
        if mine:
            text += "   ← " + ("witnesses" if trace.outcome == "witnesses" else "violates")
            if trace.why:
                text += f": {trace.why}"
        if len(text) > _KEY_CHARS:
            text = text[:_KEY_CHARS - 1] + "…"
        fig.text(colx / WIDTH_PX, 1 - (top_px + row * _KEY_LINE) / height, text, fontsize=7.5, va="top", ha="left",
                 family="DejaVu Sans Mono", color=_MARK if mine else "#333333",
                 fontweight="bold" if mine else "normal")


def render_bytes(trace: Trace, *, policy_name: str, fmt: str = "svg", cause: str | None = None) -> bytes:
    """The picture as SVG or PNG bytes, identical on every run."""
    fig = figure(trace, policy_name=policy_name, cause=cause)
    buf = io.BytesIO()
    with _mpl().matplotlib.rc_context({"svg.hashsalt": "rollproof", "svg.fonttype": "none"}):
        if fmt == "svg":
            fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
        elif fmt == "png":
            fig.savefig(buf, format="png", metadata={"Software": None})
        else:
            raise ValueError(f"unknown picture format {fmt!r}")
    return buf.getvalue()


def write(path: str | Path, trace: Trace, *, policy_name: str, cause: str | None = None) -> None:
    """Write the picture; the format follows the suffix (``.svg`` or ``.png``)."""
    from rollproof import cache

    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    # Drawing is most of what writing a run's files costs: a run's verdict cache keeps the bytes.
    path.write_bytes(cache.picture((trace, policy_name, fmt, cause), lambda: render_bytes(
        trace, policy_name=policy_name, fmt=fmt, cause=cause)))
