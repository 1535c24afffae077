"""Pictures a reviewer can read: long traces folded and split over rows, 1,200 px wide, horizontal
labels, a look of their own for the instances a counterexample turns on, and the bound that breaks."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import attrs
import pytest

from rollproof.model import scale_set as S
from rollproof.model.core import Action
from rollproof import itf, pictures

REPORT = Path(__file__).resolve().parent.parent / "report"
LONG = {
    "VMSS-ONE-UNHEALTHY-TOLERATED": REPORT / "seed-2018-defaults" / "VMSS-ONE-UNHEALTHY-TOLERATED.itf.json",
    "CS-ROLE-AVAILABLE": REPORT / "cs-seed-defaults" / "CS-ROLE-AVAILABLE.itf.json",
}
A = Action.of


def _replayed(path: Path):
    loaded = itf.read(path)
    rp = itf.replay(loaded)
    assert rp.mismatch is None
    return rp.trace, loaded.policy_name


def _maintenance_trace(why: str | None = None):
    """Maintenance takes instance 2 down, then a batch starts over the pre-check's allowance."""
    policy = S.Policy(instances=10)
    actions = [A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"), A("maintenance_takes_down", i=2),
               A("orchestrator_starts_batch", chosen=frozenset({0}))]
    t = S.replay(policy, S.initial_state(policy, frozenset({0, 1})), actions)
    return t.with_verdict("VMSS-PRECHECK", 4, "violates", why=why)


def _texts(svg: bytes) -> list[str]:
    """The text elements of an SVG written with text kept as text (``svg.fonttype = none``)."""
    found = re.findall(r"<text[^>]*>(.*?)</text>", svg.decode(), flags=re.S)
    return [html.unescape(re.sub(r"\s+", " ", t).strip()) for t in found]


@pytest.mark.skipif(not all(p.is_file() for p in LONG.values()), reason="the committed report is absent")
@pytest.mark.parametrize("pid", sorted(LONG))
def test_a_long_trace_is_1200_px_wide_folded_and_split_over_rows_with_horizontal_labels(pid):
    from PIL import Image

    trace, name = _replayed(LONG[pid])
    png = pictures.render_bytes(trace, policy_name=name, fmt="png")
    assert Image.open(io.BytesIO(png)).size[0] == pictures.WIDTH_PX == 1200
    fig = pictures.figure(trace, policy_name=name)
    panels = list(fig.axes)
    widths = [int(ax.get_xlim()[1]) for ax in panels]  # one x unit per column
    assert max(widths) <= pictures.MAX_COLUMNS
    assert sum(widths) < len(trace.states)  # folded: fewer columns than states
    for ax in panels:
        for text in ax.texts + ax.get_yticklabels():
            assert text.get_rotation() == 0
    svg = pictures.render_bytes(trace, policy_name=name)
    angles = {float(a) for a in re.findall(r"rotate\((-?[0-9.]+)", svg.decode())}
    assert angles <= {0.0}  # no label is turned on its side
    texts = _texts(svg)
    last = f"{len(trace.steps)} {trace.steps[-1].action.call_text()} ← " + (
        "witnesses" if trace.outcome == "witnesses" else "violates")
    assert any(t == last or t.startswith(last + ":") for t in texts)  # the step key names every step
    for k in range(1, len(trace.steps) + 1):
        assert any(t.startswith(f"{k} ") for t in texts), k


def test_the_40_step_trace_shows_the_timed_out_starts_it_turns_on():
    trace, name = _replayed(LONG["CS-ROLE-AVAILABLE"])
    texts = _texts(pictures.render_bytes(trace, policy_name=name))
    assert "start timed out (T)" in texts
    assert texts.count("T") >= 10  # every timed-out cell carries its letter
    assert len(pictures.figure(trace, policy_name=name).axes) == 2  # 40 steps: two rows of columns


def test_timed_out_crashed_and_maintenance_taken_instances_each_have_a_look_of_their_own():
    looks = {pictures.category({"phase": "starting", "timed_out": True}),
             pictures.category({"phase": "starting", "timed_out": False}),
             pictures.category({"phase": "crashed"}),
             pictures.category({"image": "old", "health": "unhealthy", "phase": "idle"}, taken=True),
             pictures.category({"image": "old", "health": "unhealthy", "phase": "idle"})}
    assert looks == {"timed-out", "starting", "crashed", "taken", "old-unhealthy"}
    colours = {pictures.CATEGORIES[c][1] for c in pictures.CATEGORIES}
    assert len(colours) == len(pictures.CATEGORIES)
    assert {pictures.CATEGORIES[c][2] for c in ("timed-out", "crashed", "taken")} == {"T", "X", "M"}


def test_an_instance_taken_down_by_maintenance_is_drawn_so_until_it_is_healthy_or_upgraded():
    texts = _texts(pictures.render_bytes(_maintenance_trace(), policy_name="ten"))
    assert "taken down by maintenance (M)" in texts and "M" in texts
    t = _maintenance_trace()
    rows = [pictures.render.instance_records(s, model=t.model) for s in t.states]
    assert pictures._taken_sets(t, rows) == [frozenset(), frozenset(), frozenset(), {2}, {2}]


def test_the_bound_that_breaks_is_written_at_the_violating_step():
    why = "3 of 10 instances unhealthy > 20%"
    texts = _texts(pictures.render_bytes(_maintenance_trace(why), policy_name="ten"))
    assert f"↓ violated here: {why}" in texts or f"violated here: {why} ↓" in texts
    assert f"the bound that breaks (step 4): {why}" in texts
    assert any(t.startswith("4 orchestrator_starts_batch(chosen={0}) ← violates: " + why) for t in texts)
    plain = _texts(pictures.render_bytes(_maintenance_trace(), policy_name="ten"))
    assert not any("bound that breaks" in t for t in plain)


def test_a_cause_when_known_is_written_under_the_title():
    texts = _texts(pictures.render_bytes(_maintenance_trace(), policy_name="ten", cause="maintenance_takes_down"))
    assert "cause: maintenance_takes_down" in texts


def test_a_step_that_changes_nothing_drawn_or_repeats_an_action_shares_the_column_before():
    t = _maintenance_trace()
    same = ("a",)
    looks = [("init",), ("rf",), ("rf",), ("taken",), ("batch",)]
    cols = pictures.columns(t, looks)
    # 0 alone; 2 (checks_health) changes nothing drawn, so it joins 1; 4 violates: its own column
    assert [c.label for c in cols] == ["0", "1–2", "3", "4"]
    run = attrs.evolve(t, steps=t.steps[:3] + (t.steps[2], t.steps[3]), at_step=5)
    assert [c.label for c in pictures.columns(run, [same, ("b",), ("c",), ("d",), ("e",), ("f",)])] == \
        ["0", "1", "2", "3–4", "5"]  # a repeated action folds; the violating step never does


def test_the_violating_step_keeps_a_column_of_its_own_even_when_nothing_drawn_changes():
    t = _maintenance_trace()
    cols = pictures.columns(t, [("x",)] * 5)
    assert cols[-1] == pictures.Column(4, 4)


def test_columns_are_split_over_rows_of_at_most_the_maximum_as_evenly_as_possible():
    cols = [pictures.Column(k, k) for k in range(37)]
    rows = pictures._rows_of(cols)
    assert [len(r) for r in rows] == [13, 13, 11] and sum(rows, []) == cols
    assert pictures._rows_of(cols[:5]) == [cols[:5]]


def test_a_short_trace_is_drawn_in_one_row_with_narrow_columns():
    fig = pictures.figure(_maintenance_trace(), policy_name="ten")
    (ax,) = fig.axes
    left, bottom, width, height = ax.get_position().bounds
    assert width * pictures.WIDTH_PX <= 4 * 90 + 1


def test_pictures_stay_byte_for_byte_the_same():
    t = _maintenance_trace("3 of 10 unhealthy")
    assert pictures.render_bytes(t, policy_name="ten") == pictures.render_bytes(t, policy_name="ten")


def _second_request_trace():
    """An update walks UD 0; a second request, with every updated instance online on the version that
    was the latest, relabels it an older one (the cloud service's versions are relative)."""
    from rollproof.model import cloud_service as cs

    p = cs.Policy(roles={"web": 2}, upgrade_domains=2, concurrent_operations=True)
    ask = A("operator_requests_update", kind="in_place", change="os_version", crashes=False)
    actions = [ask, A("fabric_walks_ud"), A("fabric_updates_ud", ud=0), A("fabric_starts_ud", ud=0),
               A("instance_comes_online", i=0), ask]
    t = cs.replay(p, cs.initial_state(p), actions)
    assert all(st.refused is None for st in t.steps)
    return t


def test_a_cloud_service_picture_says_its_versions_are_relative_to_the_latest_request():
    texts = _texts(pictures.render_bytes(_second_request_trace(), policy_name="two-requests"))
    assert any(t.startswith("versions are relative to the latest request: at step 6 a new request") for t in texts)
    assert "latest request's version, online" in texts and "older version, online" in texts


def test_a_cloud_service_replay_says_a_request_relabels_and_a_scale_set_picture_does_not():
    from rollproof import render

    text = render.render_trace(_second_request_trace(), policy_name="two-requests")
    after = text.split("s6 = ")[1]
    assert "(versions are relative to the latest request" in after
    assert "(versions are relative" not in text.split("s6 = ")[0]  # the first request relabels nothing
    texts = _texts(pictures.render_bytes(_maintenance_trace(), policy_name="ten"))
    assert not any(t.startswith("versions are relative") for t in texts) and "old, healthy" in texts
