"""``rollproof bound``: the exact extremum of an expression over the reachable states.  The values
agree with an exhaustive search of the per-instance model (every initial state, every action with
every argument), each comes with a proof (certificate) and a run that reaches it, and bad input is
one line with exit 2."""

from __future__ import annotations

import itertools
import json

import pytest

from model import cloud_service as cs
from model import scale_set as ss
from model.core import Action, Refused
from model.logic import CONCRETE
from properties import expressions as E
from properties import user
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
    # The run reaches the value, as the instances read it.
    assert bounds.value_at(pf, user.compile_expression(pf.model, pf.policy, source, want=E.INT),
                           b.witness.trace_value) == b.value


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


def test_a_bound_over_any_instance_count_is_refused_for_now(tmp_path):
    (tmp_path / "any.toml").write_text('name = "any"\nmodel = "scale_set"\n[scale_set]\ninstances = "any"\n')
    r = run(["bound", "any.toml", "--min", "serving"], tmp_path, fake=False)
    assert r.returncode == 2
    assert r.stderr.startswith('error: any.toml: scale_set.instances: a bound needs a fixed instance count (got "any"')
