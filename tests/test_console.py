"""What ``check`` prints: 100 columns, the verdict words, findings versus differences, progress lines."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from attrs import frozen

from rollproof.properties import registry
from rollproof.properties.verdicts import LABELS, NotApplicable, Proved, Refuted, Scope, Unknown
from rollproof import checking, console, policyfile

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "policies"
OUT = Path("rollproof-out")


@frozen
class CausedResult(checking.Result):
    """A result with the one-line cause a refutation will carry."""

    cause: str | None = None


def _pf(name: str, *, judged: bool | None = None) -> policyfile.PolicyFile:
    pf = policyfile.load(EXAMPLES / f"{name}.toml", display=f"examples/policies/{name}.toml")
    if judged is False:
        pf = attrs.evolve(pf, expect={}, expect_table=False)
    return pf


def _result(pf, pid, verdict, seconds=0.5, trace=None, cls=checking.Result, **extra):
    prop = registry.get(pid, pf.model)
    return cls(policy=pf, prop=prop, verdict=verdict, seconds=seconds, trace=trace, **extra)


def _mixed(pf):
    """One result of every shape the text output has to lay out."""
    any_scope = Scope("any", None)
    return [
        _result(pf, "CS-NO-ROLLBACK-AFTER-COMPLETE", Proved(any_scope, "inductive invariant")),
        _result(pf, "CS-ROLE-AVAILABLE", Refuted(Scope((1, 4), 12), "bmc", holds_for="N >= 6", shortest=False),
                seconds=123.456, trace=f"{pf.name}/CS-ROLE-AVAILABLE.itf.json", cls=CausedResult,
                cause="instance_start_times_out: a timed-out start leaves the role with no instance online"),
        _result(pf, "CS-STUCK-RECOVERABLE", Unknown("time out after 60 s: breadth-first search cleared depth 20, "
                                                    "the guided search 4000 states, BMC depth 31 " * 2)),
        _result(pf, "CS-MANUAL-WALK", NotApplicable("mode = automatic")),
        _result(pf, "CS-DRIVES", Proved(any_scope, "table check")),
    ]


def test_every_line_of_the_text_output_fits_100_columns():
    pf = _pf("cs-any-roles")
    text = console.text_table(_mixed(pf), [pf], OUT)
    too_wide = [line for line in text.splitlines() if len(line) > 100]
    assert not too_wide, too_wide


def test_each_check_shows_its_verdict_word_time_scope_and_statement():
    pf = _pf("cs-any-roles")
    rs = _mixed(pf)
    lines = console.text_table(rs, [pf], OUT).splitlines()
    row = next(line for line in lines if line.startswith("  CS-ROLE-AVAILABLE "))
    assert "refuted (not shown shortest)" in row and "123.46 s" in row and "N=1..4, depth ≤ 12" in row
    k = lines.index(row)
    assert lines[k + 1].strip() == registry.get("CS-ROLE-AVAILABLE").statement
    drives = next(line for line in lines if line.startswith("  CS-DRIVES "))
    assert " checked " in drives  # Result.label, not the outcome "proved"
    assert any("every size: web ≥ 1, worker ≥ 1" in line for line in lines)


def test_a_parametric_refutation_shows_where_the_property_holds_and_its_cause():
    pf = _pf("cs-any-roles")
    text = console.text_table(_mixed(pf), [pf], OUT)
    assert "    holds for N >= 6" in text
    assert "    cause: instance_start_times_out: a timed-out start" in text
    assert "    trace CS-ROLE-AVAILABLE.itf.json\n" in text
    assert "    because mode = automatic" in text


def test_a_row_too_wide_for_its_scope_puts_the_scope_on_a_line_of_its_own():
    pf = _pf("cs-any-roles")
    r = _result(pf, "CS-NO-ROLLBACK-AFTER-COMPLETE", Proved(Scope((1000000, 2000000), 123456), "m"))
    lines = console.check_lines(r, idw=29, labw=40)
    assert all(len(line) <= 100 for line in lines)
    assert lines[1].strip() == "scope N=1000000..2000000, depth ≤ 123456"


def test_the_summary_counts_the_verdict_words_each_reader_sees():
    pf = _pf("vmss-three-instances")
    rs = [_result(pf, "VMSS-HISTORY", Proved(Scope(3), "table")), _result(pf, "VMSS-NO-DOWNGRADE", Proved(Scope(3), "m")),
          _result(pf, "VMSS-BATCH-CAP", Refuted(Scope(3, 3), "bmc"))]
    assert console.summary_lines(rs) == ["3 verdicts: 1 proved, 1 checked, 1 refuted; every verdict matches [expect]"]
    assert set(w for w in LABELS) >= {"proved", "checked", "refuted"}


def test_a_verdict_that_differs_from_expect_is_listed_with_what_was_expected():
    pf = _pf("vmss-three-instances")
    rs = [_result(pf, "VMSS-NO-DOWNGRADE", Refuted(Scope(3, 5), "bmc"))]
    assert console.summary_lines(rs) == [
        "1 verdict: 1 refuted; 1 differs from [expect]:",
        "  three-instances  VMSS-NO-DOWNGRADE: got refuted, expected proved (no [expect] entry: expected proved)",
    ]
    assert checking.exit_code(rs) == 1


def test_an_explored_policy_s_refutations_are_findings_not_differences():
    pf = _pf("vmss-three-instances", judged=False)
    rs = [_result(pf, "VMSS-BATCH-CAP", Refuted(Scope(3, 3), "bmc")),
          _result(pf, "VMSS-ONE-UNHEALTHY-TOLERATED", Unknown("time")),
          _result(pf, "VMSS-NO-DOWNGRADE", Proved(Scope(3), "m"))]
    assert all(r.matches and r.expected is None for r in rs)
    assert checking.exit_code(rs) == 0
    lines = console.summary_lines(rs)
    assert lines[0] == "3 verdicts: 1 proved, 1 refuted, 1 unknown"
    assert lines[1].startswith("explored, not judged (three-instances: no [expect] table): 1 finding (refuted) "
                               "and 1 unknown")
    assert "  three-instances  VMSS-BATCH-CAP: refuted" in lines
    assert not any("differ" in line for line in lines)
    assert any("--expect-proved fails on them" in line for line in lines)


def test_expect_proved_judges_an_explored_policy_as_if_it_expected_every_property_proved():
    pf = attrs.evolve(_pf("vmss-three-instances", judged=False), expect_table=True)
    rs = [_result(pf, "VMSS-BATCH-CAP", Refuted(Scope(3, 3), "bmc"))]
    assert checking.exit_code(rs) == 1
    rs = [_result(pf, "VMSS-ONE-UNHEALTHY-TOLERATED", Unknown("time"))]
    assert checking.exit_code(rs) == 3


def test_a_run_of_judged_and_explored_policies_says_which_is_which():
    judged, explored = _pf("vmss-three-instances"), attrs.evolve(_pf("vmss-seed-2018-defaults", judged=False))
    rs = [_result(judged, "VMSS-BATCH-CAP", Refuted(Scope(3, 3), "bmc")),
          _result(explored, "VMSS-PRECHECK", Refuted(Scope(10, 4), "bmc"))]
    lines = console.summary_lines(rs)
    assert lines[1] == "judged against [expect] (three-instances): every verdict matches"
    assert lines[2].startswith("explored, not judged (seed-2018-defaults: no [expect] table): 1 finding")


def test_json_says_whether_a_policy_is_judged_and_gives_no_expectation_to_an_explored_one():
    pf = _pf("vmss-three-instances", judged=False)
    doc = checking.to_json([_result(pf, "VMSS-BATCH-CAP", Refuted(Scope(3, 3), "bmc"))], [pf])
    (pol,) = doc["policies"]
    assert pol["judged"] is False
    assert pol["results"][0]["expected"] is None and pol["results"][0]["matches"] is True


# --------------------------------------------------------------------------------------------
# Progress


def _progress(pfs, results, *, verbose=False):
    lines: list[str] = []
    counts = {pf.name: sum(1 for r in results if r.policy is pf) for pf in pfs}
    p = console.Progress("lines", pfs, counts, verbose=verbose, jobs=2, echo=lines.append)
    p.begin()
    for k, r in enumerate(results, start=1):
        p.done(r, k, len(results))
    return lines


def test_progress_in_a_log_is_a_line_when_the_run_starts_and_one_per_finished_policy():
    a, b = _pf("vmss-three-instances"), _pf("vmss-seed-2018-defaults")
    rs = [_result(a, "VMSS-BATCH-CAP", Refuted(Scope(3, 3), "bmc")), _result(b, "VMSS-NO-DOWNGRADE", Proved(Scope(10), "m")),
          _result(a, "VMSS-NO-DOWNGRADE", Proved(Scope(3), "m"))]
    lines = _progress([a, b], rs)
    assert lines[0] == "rollproof: 3 checks of 2 policies over 2 worker processes"
    assert lines[1].startswith("[1/2 policies, 2/3 checks, 0:0") and lines[1].endswith("] seed-2018-defaults: 1 proved")
    assert lines[2].endswith("] three-instances: 1 proved, 1 refuted")
    assert len(lines) == 3


def test_verbose_progress_adds_a_line_per_finished_check():
    a = _pf("vmss-three-instances")
    rs = [_result(a, "VMSS-NO-DOWNGRADE", Refuted(Scope(3, 3), "bmc"), seconds=1.5), _result(a, "VMSS-HISTORY", Proved(Scope(3), "t"))]
    lines = _progress([a], rs, verbose=True)
    assert lines[1] == "[1/2] three-instances · VMSS-NO-DOWNGRADE: refuted (1.50 s)  ≠ expected proved"
    assert lines[2] == "[2/2] three-instances · VMSS-HISTORY: checked (0.50 s)"
    assert lines[3].endswith("] three-instances: 1 checked, 1 refuted; 1 ≠ [expect]")


def test_progress_that_is_off_prints_nothing():
    a = _pf("vmss-three-instances")
    lines: list[str] = []
    p = console.Progress("off", [a], {a.name: 1}, echo=lines.append)
    p.begin()
    p.done(_result(a, "VMSS-NO-DOWNGRADE", Proved(Scope(3), "m")), 1, 1)
    assert lines == []


@pytest.mark.parametrize("scope, text", [
    (None, "–"), (Scope(3, None), "N=3, unbounded"), (Scope("any", 4), "every size, depth ≤ 4"),
    (Scope((2, 7), None), "N=2..7, unbounded"),
])
def test_a_scope_reads_in_a_few_words(scope, text):
    assert console.scope_short(scope) == text


def test_on_an_80_column_terminal_every_line_fits_80_columns():
    pf = _pf("cs-any-roles")
    text = console.text_table(_mixed(pf), [pf], OUT, width=80)
    assert max(len(line) for line in text.splitlines()) <= 80
    row = next(line for line in text.splitlines() if line.startswith("  CS-ROLE-AVAILABLE "))
    assert "N=1..4" not in row  # the scope moved to a line of its own
    assert "    scope N=1..4, depth ≤ 12" in text


def test_a_table_check_reads_as_its_table_never_as_every_run():
    """A ``check`` tests a pure function on the rows of its table: its scope is the table (what it
    covers, on a line of its own), never "unbounded", in the text and in the JSON alike."""
    pf = _pf("cs-any-web")
    r = _result(pf, "CS-UD-SPREAD", Proved(Scope((1, 8), None), "table check"))
    lines = console.check_lines(r, 14, 10)
    assert lines[0].endswith("N=1..8, its table") and "unbounded" not in "\n".join(lines)
    assert any(line.strip().startswith("covers the policy's roles over its UDs") for line in lines)
    assert "(tested, not proved)" in "\n".join(lines)
    assert checking.result_json(r)["scope"] == {"instances": [1, 8], "depth": None,
                                                "covers": r.prop.covers}
    # A property of the model keeps its scope as before: every run, unbounded.
    p = _result(pf, "CS-LOCKED", Proved(Scope((1, 8), None), "m"))
    assert console.check_lines(p, 14, 10)[0].endswith("N=1..8, unbounded")
    assert checking.result_json(p)["scope"] == {"instances": [1, 8], "depth": None}
