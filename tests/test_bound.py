"""``rollproof bound``: the exact extremum of an expression over the reachable states (or steps).
The values agree with an exhaustive search of the per-instance model (every initial state, every
action with every argument), each comes with a proof (certificate) and a run that reaches it, and
bad input is one line with exit 2.  Over ``instances = "any"``: the value at each N, and a closed
form in N reported only once the engine proves it for every N (a form that fits every value but
fails elsewhere is refuted, not reported).  The JSON follows ``rollproof/schemas/bound-1.schema.json``."""

from __future__ import annotations

import itertools
import json

import pytest

from rollproof.model import cloud_service as cs
from rollproof.model import scale_set as ss
from rollproof.model.core import Action, Refused
from rollproof.model.logic import CONCRETE
from rollproof.properties import expressions as E
from rollproof.properties import user
from rollproof.properties.verdicts import Proved, Refuted
from rollproof import bounds, policyfile
from test_cli import _files, run


def _load(text: str):
    import tomllib

    return policyfile.from_dict(tomllib.loads(text), file="p.toml", default_name="p")


def _scale_set_moves(s):
    pending = [i for i, x in enumerate(s.instances) if ss.is_pending(s, x)]
    for a in ss.candidate_actions(s):
        if a.name != "orchestrator_starts_batch":
            yield a
    for k in range(len(pending) + 1):  # every batch, not just the ones worth trying
        for c in itertools.combinations(pending, k):
            yield Action.of("orchestrator_starts_batch", chosen=frozenset(c))


def _moves(model: str):
    return (_scale_set_moves, ss) if model == "scale_set" else (cs.candidate_actions, cs)


def _reachable(model: str, policy):
    """Every reachable per-instance state, by breadth-first search over every action."""
    if model == "scale_set":
        starts = [ss.initial_state(policy, frozenset(c)) for k in range(policy.instances + 1)
                  for c in itertools.combinations(range(policy.instances), k)]
        moves, ref = _scale_set_moves, ss
    else:
        starts, moves, ref = [cs.initial_state(policy)], cs.candidate_actions, cs
    seen = {s for s in starts if not isinstance(s, Refused)}
    todo = list(seen)
    while todo:
        s = todo.pop()
        for a in moves(s):
            t = ref.apply(s, a)
            if not isinstance(t, Refused) and t not in seen:
                seen.add(t)
                todo.append(t)
    return seen


def _exhaustive(pf, source: str) -> tuple[int, int]:
    tree = user.compile_expression(pf.model, pf.policy, source, want=E.INT)
    vals = [E.evaluate(tree, CONCRETE, user.plain_values(pf.model, tree, pf.policy, s)) for s in _reachable(pf.model, pf.policy)]
    return min(vals), max(vals)


def _exhaustive_steps(pf, source: str) -> tuple[int, int]:
    """The least and greatest value of a step expression over every step from every reachable state."""
    tree = user.compile_expression(pf.model, pf.policy, source, want=E.INT, kind="step")
    moves, ref = _moves(pf.model)
    vals = []
    for s in _reachable(pf.model, pf.policy):
        for a in moves(s):
            t = ref.apply(s, a)
            if not isinstance(t, Refused):
                vals.append(E.evaluate(tree, CONCRETE, user.plain_step_values(pf.model, tree, pf.policy, s, a, t)))
    return min(vals), max(vals)


SMALL_SS = 'name = "small"\nmodel = "scale_set"\n[scale_set]\ninstances = 3\nmax_batch_instance_percent = 67\n' \
           'max_unhealthy_instance_percent = 34\n'
SS_FOUR = 'name = "four"\nmodel = "scale_set"\n[scale_set]\ninstances = 4\nconcurrent_maintenance = false\n' \
          'max_batch_instance_percent = 50\n'
SMALL_CS = 'name = "small-cs"\nmodel = "cloud_service"\n[cloud_service]\nroles = { web = 2, worker = 1 }\n' \
           'upgrade_domains = 2\n'


@pytest.mark.parametrize("text, source, direction", [
    (SS_FOUR, "serving", "min"),  # 2: a batch of two, nothing else down
    (SS_FOUR, "batches_started", "max"),  # 4: no range above, found by doubling
    (SMALL_SS, "upgrading + unhealthy", "max"),  # 5: an instance upgrading and unhealthy counts twice
    (SMALL_CS, "online - updated", "min"),  # -3: below zero
    (SMALL_CS, "uds_down", "max"),  # 2
])
def test_a_bound_is_the_extremum_an_exhaustive_search_of_the_instances_finds(text, source, direction):
    pf = _load(text)
    b = bounds.bound(pf, source, direction, timeout=120)
    lo, hi = _exhaustive(pf, source)
    assert b.value == (lo if direction == "min" else hi), b.reason
    assert b.proof.verdict.certificate and b.proof.verdict.__class__.__name__ == "Proved"
    # Where the value is the end of what the expression can take at all (−3 for online − updated on
    # 3 instances, both UDs down of 2), the certificate holds of every state: the report says so.
    assert b.at_range_end is (source in ("online - updated", "uds_down")), b.span
    # The run reaches the value, as the instances read it.
    assert bounds.value_at(pf, user.compile_expression(pf.model, pf.policy, source, want=E.INT),
                           b.witness.trace_value) == b.value


def test_a_role_s_count_ranges_over_its_own_size_and_a_ud_count_over_the_uds():
    from rollproof.properties import observables as O

    pf = _load(SMALL_CS)  # web 2, worker 1, over 2 UDs
    r = O.ranges(pf.model, pf.policy)
    assert (r["online_web"], r["down_worker"], r["online"], r["uds_down"]) == ((0, 2), (0, 1), (0, 3), (0, 2))


def test_bound_prints_the_pair_as_json_and_writes_the_run_and_the_certificate(tmp_path):
    (tmp_path / "small.toml").write_text(SMALL_SS, encoding="utf-8")
    r = run(["bound", "small.toml", "--min", "serving", "--format", "json"], tmp_path, fake=False)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    (pol,) = doc["policies"]
    assert (pol["name"], pol["parameters"]["instances"]) == ("small", 3)
    (b,) = pol["bounds"]
    assert {k: b[k] for k in ("expression", "direction", "value", "scope")} == {
        "expression": "serving", "direction": "min", "value": 0, "scope": {"instances": 3, "depth": None}}
    assert b["certified_by"] and b["certificate"]
    assert (tmp_path / "rollproof-out" / b["trace"]).is_file()
    rp = run(["replay", str(tmp_path / "rollproof-out" / b["trace"])], tmp_path, fake=False)
    assert rp.returncode == 0, rp.stderr


@pytest.mark.parametrize("args, start", [
    (["--min", "serving / 2"], "error: command line: --min: operator not allowed"),
    (["--max", "serving > 1"], "error: command line: --max: must be a number"),
    ([], "error: command line: --min/--max: nothing to bound"),
])
def test_a_bad_bound_request_exits_2_with_one_line_and_writes_nothing(tmp_path, args, start):
    (tmp_path / "small.toml").write_text(SMALL_SS, encoding="utf-8")
    r = run(["bound", "small.toml", *args], tmp_path, fake=False)
    assert r.returncode == 2 and r.stderr.startswith(start) and r.stderr.strip().count("\n") == 0
    assert _files(tmp_path) == ["small.toml"]


@pytest.mark.parametrize("text, source, direction", [
    (SS_FOUR, "after_upgrading - before_upgrading", "max"),  # 2: the largest batch started
    (SS_FOUR, "after_serving - before_serving", "min"),  # -2: a batch of two starts at once
    (SMALL_CS, "after_down - before_down", "max"),  # 2: a UD of two instances taken down by one step
])
def test_a_step_bound_is_the_extremum_over_every_step_an_exhaustive_search_finds(text, source, direction):
    pf = _load(text)
    b = bounds.bound(pf, source, direction, timeout=120, over="step")
    lo, hi = _exhaustive_steps(pf, source)
    assert b.value == (lo if direction == "min" else hi), b.reason
    assert isinstance(b.proof.verdict, Proved) and b.proof.verdict.certificate
    # The run is the shortest counterexample of "E <= value - 1" (max): its last step has the value.
    assert isinstance(b.witness.verdict, Refuted)
    tree = bounds.compile_bound(pf.model, pf.policy, source, "step")
    assert bounds.value_at(pf, tree, b.witness.trace_value, "step") == b.value


def test_floor_division_reads_as_python_floor_in_z3_too():
    import z3

    from rollproof.solver.symbolic import Z3, logic

    sorts = {"x": E.INT}
    for source in ("x // 5", "x // (-3)", "(x * 20 + 99) // 100", "-(x // 4) + 2 * (x // 3)"):
        tree = E.parse(source, sorts, want=E.INT)
        assert E.parse(E.text(tree), sorts, want=E.INT) == tree
        for L, var, val, read in ((Z3, z3.Int("x"), z3.IntVal, lambda t: t.as_long()),
                                  (logic(16), z3.BitVec("x", 16), lambda v: z3.BitVecVal(v, 16), lambda t: t.as_signed_long())):
            term = E.evaluate(tree, L, {"x": var})
            for v in range(-11, 12):
                got = read(z3.simplify(z3.substitute(term, (var, val(v)))))
                assert got == E.evaluate(tree, CONCRETE, {"x": v}), (source, L, v)
    assert E.span(E.parse("x // (-3)", sorts, want=E.INT), {"x": (-7, 9)}) == (-3, 2)
    for bad in ("x // 0", "x // x"):
        with pytest.raises(E.ExprError, match="nonzero integer literal"):
            E.parse(bad, sorts, want=E.INT)


ANY_SS = 'name = "any"\nmodel = "scale_set"\n[scale_set]\ninstances = "any"\n'


def test_a_closed_form_is_reported_only_once_proved_for_every_n_and_one_that_only_fits_is_refuted():
    # The largest batch in flight at N = 9..11 is 1, 2, 2: "instances // 5" fits those values, but
    # not N < 5 (a batch of one): the engine refutes it; max(1, instances // 5) is proved for every N.
    pf = _load(ANY_SS)
    s = bounds.sized(pf, "upgrading", "max", timeout=120, n_range=(9, 11))
    assert [(p.instances, p.value) for p in s.points] == [(9, 1), (10, 2), (11, 2)]
    for p in s.points:
        (b,) = p.bounds
        assert b.policy.instances == p.instances and isinstance(b.proof.verdict, Proved)
    assert s.form == "max(1, instances // 5)"
    assert isinstance(s.proof.verdict, Proved) and s.proof.verdict.scope.instances == "any"
    assert s.proof.verdict.scope.depth is None and set(s.proof.verdict.certified_by) == {"z3", "cvc5"}
    first = s.tried[0]
    assert first.form == "instances // 5" and isinstance(first.result.verdict, Refuted)
    assert first.result.verdict.scope.instances < 5


def test_a_wrong_closed_form_is_not_reported_as_proved(monkeypatch):
    # Values claimed by hand (never measured): 0 at N = 1..3; the forms fitting them are refuted.
    monkeypatch.setattr(bounds, "FORMS_TRIED", 1)
    pf = _load(ANY_SS)
    claimed = bounds.Sized("upgrading", "max", "state",
                           tuple(bounds.Point(n, (bounds.Bound("upgrading", "max", 0),)) for n in (1, 2, 3)))
    s = bounds.closed_form(pf, claimed, timeout=120)
    assert s.form is None and s.proof is None
    (t,) = s.tried
    assert t.form == "0" and isinstance(t.result.verdict, Refuted)
    assert s.reason.startswith("no closed form proved (0: refuted at N = 1")


def test_the_closed_form_family_writes_forms_the_language_reads_back_as_their_values():
    from rollproof.model import scale_set as ss

    pol = ss.ScaleSetPolicy(instances="any", max_batch_instance_percent=30)
    ns = list(range(1, 41))
    for form in bounds.fits("scale_set", pol, [(n, n - 2 * (n * 30 // 100) - max(1, n * 20 // 100)) for n in ns])[:5]:
        assert bounds.form_values("scale_set", pol, form, ns) == [n - 2 * (n * 30 // 100) - max(1, n * 20 // 100) for n in ns]
    assert bounds.fits("scale_set", pol, [(1, 5), (2, 1), (3, 9)]) == []


def _schema():
    from importlib import resources

    return json.loads(resources.files("rollproof").joinpath("schemas/bound-1.schema.json").read_text())


def test_bound_over_any_n_prints_json_the_schema_accepts_and_writes_the_plot(tmp_path):
    import jsonschema

    (tmp_path / "any.toml").write_text(ANY_SS, encoding="utf-8")
    r = run(["bound", "any.toml", "--max", "unhealthy", "--n-range", "1..2", "--format", "json", "--no-cache"],
            tmp_path, fake=False)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    jsonschema.validate(doc, _schema())
    (b,) = doc["policies"][0]["bounds"]
    assert b["value"] == [[1, 1], [2, 2]] and b["closed_form"] == "instances"
    assert b["scope"] == {"instances": "any", "depth": None} and b["certificate"] and b["trace"] is None
    assert [p["deployments"][0]["scope"]["instances"] for p in b["points"]] == [1, 2]
    png = tmp_path / "rollproof-out" / b["picture"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    for p in b["points"]:
        assert (tmp_path / "rollproof-out" / p["deployments"][0]["trace"]).is_file()


def test_a_fixed_bound_and_a_step_bound_print_json_the_schema_accepts(tmp_path):
    import jsonschema

    (tmp_path / "small.toml").write_text(SMALL_SS, encoding="utf-8")
    r = run(["bound", "small.toml", "--min", "serving", "--max-step", "after_upgrading - before_upgrading",
             "--format", "json", "--no-cache"], tmp_path, fake=False)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    jsonschema.validate(doc, _schema())
    state, step = doc["policies"][0]["bounds"]
    assert (state["over"], state["value"], step["over"], step["value"]) == ("state", 0, "step", 2)
    assert step["witness"] == "refuted" and step["certified_by"]
    rp = run(["replay", str(tmp_path / "rollproof-out" / step["trace"])], tmp_path, fake=False)
    assert rp.returncode == 0, rp.stderr


@pytest.mark.parametrize("file, args, start", [
    ("small.toml", ["--max-step", "upgrading"], "error: command line: --max-step: unknown name at column 1"),
    ("small.toml", ["--max-step", "after_upgrading // before_upgrading"],
     "error: command line: --max-step: '//' needs a nonzero integer literal"),
    ("small.toml", ["--min", "serving", "--n-range", "1..4"], "error: command line: --n-range: small.toml has a fixed instance count"),
    ("any.toml", ["--min", "serving", "--n-range", "4..2"], "error: command line: --n-range: not a range of instance counts"),
    ("any.toml", ["--min", "serving // 0"], "error: command line: --min: '//' needs a nonzero integer literal"),
])
def test_a_bad_step_or_range_request_exits_2_with_one_line_and_writes_nothing(tmp_path, file, args, start):
    (tmp_path / "small.toml").write_text(SMALL_SS, encoding="utf-8")
    (tmp_path / "any.toml").write_text(ANY_SS, encoding="utf-8")
    r = run(["bound", file, *args], tmp_path, fake=False)
    assert r.returncode == 2 and r.stderr.startswith(start), r.stderr
    assert r.stderr.strip().count("\n") == 0
    assert _files(tmp_path) == ["any.toml", "small.toml"]


def test_bound_questions_are_cached_and_a_second_search_solves_nothing(tmp_path, monkeypatch):
    from rollproof import cache
    from rollproof.solver import engine

    pf = _load(SMALL_SS)
    with cache.using(tmp_path / "cache"):
        first = bounds.bound(pf, "serving", "min", timeout=120)
        assert first.value == 0 and list((tmp_path / "cache" / "verdicts").glob("*.pickle"))

        def solve(*args, **kwargs):
            raise AssertionError("solved again")

        monkeypatch.setattr(engine, "check", solve)
        again = bounds.bound(pf, "serving", "min", timeout=120)  # each proof re-checked by Z3, each run replayed
    assert again.value == 0, again.reason
    assert again.proof.verdict.certificate == first.proof.verdict.certificate
    assert again.witness.trace_length == first.witness.trace_length
    assert cache.identity(again.proof.prop) == ("question", "scale_set", again.proof.prop.id, "inv", "(serving >= 0)")


def test_the_report_tables_each_worst_case_with_its_run_and_its_certificate(tmp_path):
    import re

    from rollproof import report

    pf = _load(SMALL_SS)
    worst = bounds.worst_cases([pf], timeout=120)
    assert [(w.ask.label, w.bound.value) for w in worst] == [
        ("least serving instances", 0), ("most unhealthy instances", 3),
        ("largest batch (instances one step puts into upgrade)", 2),
        ("longest upgrade by its documented waits, each at the longest, to the end of the batches it started "
         "(a 5 min probe wait a batch; instance_update_time and pause_time_between_batches = 0, so not counted): "
         "the most those waits add up to, not how long it takes", 900)]  # 3 batches of one, 5 min each
    anyn = _load(ANY_SS)
    s = bounds.sized(anyn, "unhealthy", "max", timeout=120, n_range=(1, 2))
    worst.append(bounds.Worst(anyn, bounds.Ask("most unhealthy instances", "max", "unhealthy"), s))
    written = [report._worst_written(w, tmp_path) for w in worst]
    lines = report.worst_section(written, [pf, anyn], "all", "report")
    text = "\n".join(lines)
    assert "### *Worst cases* · `small`" in text and "### *Worst cases* · `any`" in text
    assert "| least serving instances | `serving` | 0 | [" in text
    assert ("| longest upgrade by its documented waits, each at the longest, to the end of the batches it started "
            "(a 5 min probe wait a batch; instance_update_time and pause_time_between_batches = 0, so not counted): "
            "the most those waits add up to, not how long it takes | `elapsed` | 900 s (15 min) | [") in text
    # Over a step the run is the counterexample of the value below the worst: the table says so.
    assert re.search(r"\| largest batch \(instances one step puts into upgrade\) \| `after_upgrading - before_upgrading` "
                     r"\(a step\) \| 2 \| \[\d+-step run\]\(report/small/[^)]*-LE-1\.itf\.json\) \(a counterexample "
                     r"to `after_upgrading - before_upgrading <= 1` for every step\) \|", text), text
    assert "`instances` (exact at N = 1..2: 1, 2; [plot](report/any/MAX-UNHEALTHY.png))" in text
    for link in re.findall(r"\]\(report/([^)]+)\)", text):
        assert (tmp_path / link).is_file(), link
    assert 'rollproof bound p.toml --min serving --max unhealthy --max-step "after_upgrading - before_upgrading" --max elapsed' in text
    assert report.worst_section(written, [pf, anyn], "seeds", "report")[-2] == "No policy checked is a seed-default policy."
