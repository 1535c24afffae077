"""REPORT.md: a second run changes nothing but timing figures; every trace in it replays; no half-written report."""

from __future__ import annotations

import filecmp
import os
import re
import subprocess
from pathlib import Path

import attrs
import pytest

import importlib.util

from _fake_engine import REPO, fake_cmd, install, rollproof_cmd

#: The real engine when it exists, on a few fast properties; else the fixed fake verdicts.
HAS_ENGINE = importlib.util.find_spec("rollproof.solver.engine") is not None
SELECTION = ["--property", "VMSS-BATCH-CAP", "--property", "VMSS-DATA-DISKS", "--property", "VMSS-SF-BY-UD"]

SEED = 'name = "seed"\nmodel = "scale_set"\ndescription = "the seed defaults"\n[expect]\nVMSS-PRECHECK = "refuted"\nVMSS-ONE-UNHEALTHY-TOLERATED = "unknown"\n'
THREE = ('name = "three"\nmodel = "scale_set"\ndescription = "a 3-instance set"\n[scale_set]\ninstances = 3\n'
         '[expect]\nVMSS-BATCH-CAP = "refuted"\nVMSS-ONE-UNHEALTHY-TOLERATED = "unknown"\n')
TIMING = re.compile(r"\d+\.\d+ s\b")


def run(args, cwd):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    cmd = rollproof_cmd() if HAS_ENGINE else fake_cmd()
    if args[0] == "report":
        args = [*args, *SELECTION]
    return subprocess.run(cmd + list(args), cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


def _policies(root: Path) -> Path:
    d = root / "examples" / "policies"
    d.mkdir(parents=True)
    (d / "seed.toml").write_text(SEED, encoding="utf-8")
    (d / "three.toml").write_text(THREE, encoding="utf-8")
    return root


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    roots = []
    for k in range(2):
        root = _policies(tmp_path_factory.mktemp(f"run{k}"))
        r = run(["report"], root)
        assert r.returncode == 0, r.stdout + r.stderr
        roots.append(root)
    return roots


def test_the_report_opens_with_versions_and_a_summary_and_has_every_anchor(two_runs):
    text = (two_runs[0] / "REPORT.md").read_text()
    head = text.split("## Summary")[0]
    assert "rollproof 0.1.0" in head and "Z3 " in head
    assert text.index("## Summary") < text.index('<a id="vmss-batch-cap"></a>')
    for pid in ("vmss-batch-cap", "vmss-data-disks", "vmss-sf-by-ud"):
        assert f'<a id="{pid}"></a>' in text
        assert f'<a id="{pid}--seed"></a>' in text and f'<a id="{pid}--three"></a>' in text
    assert "`rollproof check examples/policies/three.toml --property VMSS-BATCH-CAP`" in text
    assert "`rollproof replay report/three/VMSS-BATCH-CAP.itf.json`" in text
    assert "![VMSS-BATCH-CAP refuted, policy three" in text
    assert "**Statement:** 100·upgrading ≤ p_batch·N" in text
    assert str(two_runs[0]) not in text  # no machine paths


def test_a_second_run_changes_nothing_but_timing_figures(two_runs):
    a, b = two_runs
    assert _tree(a) == _tree(b)
    ta, tb = (a / "REPORT.md").read_text(), (b / "REPORT.md").read_text()
    assert TIMING.sub("T s", ta) == TIMING.sub("T s", tb)
    for rel in _tree(a / "report"):
        pa, pb = a / "report" / rel, b / "report" / rel
        if pa.is_file():
            assert filecmp.cmp(pa, pb, shallow=False), rel


def test_every_trace_in_the_report_replays_and_has_a_picture(two_runs):
    root = two_runs[0]
    text = (root / "REPORT.md").read_text()
    traces = re.findall(r"`rollproof replay (report/\S+\.itf\.json)`", text)
    assert traces
    for rel in traces:
        assert (root / rel.replace(".itf.json", ".svg")).is_file()
        r = run(["replay", rel], root)
        assert r.returncode == 0 and "as the trace records" in r.stdout, r.stdout


def test_regenerating_replaces_the_folder_and_leaves_no_temporary_files(two_runs):
    root = two_runs[1]
    stale = root / "report" / "stale.txt"
    stale.write_text("old")
    r = run(["report"], root)
    assert r.returncode == 0
    assert not stale.exists()
    # (the verdict cache's folder is the run's to keep, not a temporary file: rollproof.cache)
    assert not [p for p in root.iterdir() if p.name.startswith(".") and p.name != ".rollproof_cache"]


def test_a_piped_report_shows_its_progress_on_stderr_a_line_per_policy(tmp_path):
    root = _policies(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    r = subprocess.run(fake_cmd() + ["report", "--jobs", "1", *SELECTION], cwd=root, capture_output=True, text=True,
                       timeout=300, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stderr.splitlines()
    assert lines[0] == "rollproof: 6 checks of 2 policies over 1 worker process"
    assert re.fullmatch(r"\[1/2 policies, 3/6 checks, \d+:\d\d\] seed: .+", lines[1]), lines
    assert re.fullmatch(r"\[2/2 policies, 6/6 checks, \d+:\d\d\] three: .+", lines[2]), lines
    # then a line for each later phase of the run (settling, causes, premises), then the write
    assert all(re.fullmatch(r"\[\d+:\d\d\] \w+: .+", line) for line in lines[3:-1]), lines
    assert lines[-1].startswith("writing REPORT.md")
    assert r.stdout.startswith("wrote REPORT.md and report/ (2 policies, 6 verdicts)")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failure_while_writing_leaves_the_old_report_untouched(tmp_path, monkeypatch, jobs):
    """Also where the pictures are drawn in worker processes: a worker's failure stops the write."""
    from rollproof import checking, pictures, policyfile, report

    install(monkeypatch)
    root = _policies(tmp_path)
    (root / "REPORT.md").write_text("old report\n")
    (root / "report").mkdir()
    (root / "report" / "keep.txt").write_text("old")
    pfs = [policyfile.load(p) for p in sorted((root / "examples" / "policies").glob("*.toml"))]
    results = checking.run(pfs, ["VMSS-BATCH-CAP"], 10.0)

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pictures, "write", boom)
    with pytest.raises(RuntimeError):
        report.write(results, pfs, root / "REPORT.md", jobs=jobs)
    assert (root / "REPORT.md").read_text() == "old report\n"
    assert (root / "report" / "keep.txt").read_text() == "old"
    assert sorted(p.name for p in root.iterdir()) == ["REPORT.md", "examples", "report"]


def test_files_written_by_worker_processes_are_the_serial_writes_files(tmp_path, monkeypatch):
    """Traces, pictures and certificates drawn over two workers: the same files, byte for byte, and
    the same REPORT.md."""
    from rollproof import checking, policyfile, report

    install(monkeypatch)
    root = _policies(tmp_path)
    pfs = [policyfile.load(p) for p in sorted((root / "examples" / "policies").glob("*.toml"))]
    results = checking.run(pfs, None, 10.0)
    trees = []
    for jobs, where in ((1, root / "one"), (2, root / "two")):
        where.mkdir()
        report.write(results, pfs, where / "REPORT.md", jobs=jobs)
        trees.append({p.relative_to(where).as_posix(): p.read_bytes() for p in sorted(where.rglob("*")) if p.is_file()})
    assert any(name.endswith(checking.PICTURE_SUFFIX) for name in trees[0]) and any(name.endswith(".itf.json") for name in trees[0])
    assert trees[0] == trees[1]


def test_checks_run_in_worker_processes_give_the_serial_run_s_results_in_its_order(tmp_path, monkeypatch):
    from rollproof import checking, policyfile

    install(monkeypatch)  # the forked workers inherit the installed engine
    root = _policies(tmp_path)
    pfs = [policyfile.load(p) for p in sorted((root / "examples" / "policies").glob("*.toml"))]
    serial = checking.run(pfs, None, 10.0)
    done: list[int] = []
    parallel = checking.run(pfs, None, 10.0, jobs=2, on_result=lambda r, k, n: done.append(k))
    assert len(serial) > 2 and done == list(range(1, len(serial) + 1))
    assert [(r.policy, r.prop.id) for r in parallel] == [(r.policy, r.prop.id) for r in serial]
    assert [attrs.evolve(r.verdict, seconds=0) if hasattr(r.verdict, "seconds") else r.verdict for r in parallel] == \
        [attrs.evolve(r.verdict, seconds=0) if hasattr(r.verdict, "seconds") else r.verdict for r in serial]
    assert any(r.trace_value is not None for r in parallel)  # traces come back from the workers whole


def test_a_parametric_scope_names_the_sizes_it_ranges_over():
    from rollproof.model import cloud_service as CS
    from rollproof.model.scale_set import ScaleSetPolicy
    from rollproof.properties.verdicts import Scope
    from rollproof.checking import scope_text

    both = CS.Policy(roles={"web": "any", "worker": "any"})
    web = CS.Policy(roles={"web": "any", "worker": 2})
    assert scope_text(Scope("any", None), both) == "every size (web ≥ 1, worker ≥ 1), unbounded"
    assert scope_text(Scope("any", None), web) == "every size (web ≥ 1, worker = 2), unbounded"
    assert scope_text(Scope("any", None), ScaleSetPolicy()) == "every N≥1, unbounded"
    assert scope_text(Scope(3, 7), both) == "N=3, depth ≤ 7"


@pytest.mark.skipif(not HAS_ENGINE, reason="needs the engine")
def test_a_verdict_at_a_choice_s_default_gives_a_refutation_s_length_and_what_stopped_an_unknown():
    # The policies at a choice's default have no section of their own: their cell says what a
    # reader needs without one.
    from rollproof import checking, report
    from rollproof.policyfile import load
    from rollproof.properties.registry import get
    from rollproof.properties.verdicts import Unknown

    pf = load(str(REPO / "examples" / "policies" / "vmss-max-surge.toml"))
    pf = pf[0] if isinstance(pf, list) else pf
    [base] = [b for b in report.baselines([pf]) if b.name == "max-surge~concurrent_maintenance-default"]
    assert base.hidden
    avail, terminal = get("VMSS-AVAILABILITY", "scale_set"), get("VMSS-TERMINAL", "scale_set")
    results = [checking.check_one(p, avail, 120.0, fuzz=False) for p in (pf, base)]
    assert [r.label for r in results] == ["proved", "refuted"]
    stopped = "no counterexample within 16 steps (its work bound ran out at depth 17)"
    results += [checking.Result(policy=pf, prop=terminal, verdict=checking.check_one(pf, terminal, 120.0, fuzz=False).verdict,
                                seconds=0.0),
                checking.Result(policy=base, prop=terminal, verdict=Unknown(reason=stopped), seconds=0.0)]
    text = "\n".join(report.choices(results, [pf, base]))
    section = text.split("### `concurrent_maintenance`")[1].split("###")[0]
    n = results[1].trace_length
    assert f"| `max-surge` | [VMSS-AVAILABILITY](#vmss-availability--max-surge) | **refuted**: {n} steps | [proved]" in section
    assert "| `max-surge` | [VMSS-TERMINAL](#vmss-terminal--max-surge) | *unknown* (1) | [proved]" in section
    assert f"1. `max-surge` with `concurrent_maintenance` at its default, VMSS-TERMINAL: unknown: {stopped}." in section


def test_a_finding_outside_the_seed_defaults_is_shown_under_the_example_closest_to_them():
    """Refuted only under changed settings, a promise's paragraph shows the example that changes the
    fewest of them (the nearest to the document's own case), and names the others."""
    from rollproof import checking, report
    from rollproof.model import scale_set as S
    from rollproof.policyfile import PolicyFile
    from rollproof.properties.registry import get
    from rollproof.properties.verdicts import Refuted, Scope

    far = PolicyFile(name="far", file="far.toml", model="scale_set",
                     policy=S.Policy(instances=5, credentials_valid=False, credentials_recovery=True))
    near = PolicyFile(name="near", file="near.toml", model="scale_set", policy=S.Policy(instances=3))
    prop = get("VMSS-ONE-UNHEALTHY-TOLERATED", "scale_set")
    results = [checking.Result(policy=pf, prop=prop, seconds=0.0,
                               verdict=Refuted(Scope(n, None), "m", reason=f"unreachable under {pf.name}"))
               for pf, n in ((far, 5), (near, 3))]
    text = "\n".join(report.findings(results, ""))
    assert "Under `near` (`instances = 3`) it is refuted: unreachable under near." in text
    assert "Also refuted under `far`." in text


def test_the_dependence_table_names_a_choice_whose_default_makes_the_property_hold():
    """A refutation that relies on no switchable cause may still hold with a named choice the
    policy turns set back to its default: the table says so, as the choice section does."""
    from rollproof import checking, report
    from rollproof.model import scale_set as S
    from rollproof.policyfile import PolicyFile
    from rollproof.properties.registry import get
    from rollproof.properties.verdicts import Proved, Refuted, Scope

    ceil = PolicyFile(name="ceil", file="ceil.toml", model="scale_set", policy=S.Policy(instances=7, batch_rounding="ceil"))
    base = attrs.evolve(ceil, name="ceil~batch_rounding-default", policy=S.Policy(instances=7), hidden=True)
    prop = get("VMSS-BATCH-CAP", "scale_set")
    refuted = checking.Result(policy=ceil, prop=prop, seconds=0.0, verdict=Refuted(Scope(7, 3), "m", reason="x"))
    proved = checking.Result(policy=base, prop=prop, seconds=0.0, verdict=Proved(Scope(7, None), "m"))
    text = "\n".join(report.dependences([refuted], [refuted, proved]))
    assert ("| `ceil` | – | batch_rounding = \"floor_min_1\" (the choice's default) (among the causes: none to switch off) |"
            in text), text
    assert "nothing to switch off" in "\n".join(report.dependences([refuted]))
    # A proof about nothing at the default (its every premise never happens) is no "holds with".
    pre = get("VMSS-PRECHECK", "scale_set")
    (ante,) = [a.text for a in pre.antecedents]
    refuted, proved = (attrs.evolve(x, prop=pre) for x in (refuted, proved))
    assert "the choice's default" in "\n".join(report.dependences([refuted], [refuted, proved]))
    about_nothing = attrs.evolve(proved, vacuous=(ante,), premises=((ante, "unreachable"),))
    assert about_nothing.label == "proved (vacuous)"
    assert "the choice's default" not in "\n".join(report.dependences([refuted], [refuted, about_nothing]))


def test_a_choice_the_causes_already_switch_is_not_said_twice():
    from rollproof import checking, report
    from rollproof.model import scale_set as S
    from rollproof.policyfile import PolicyFile
    from rollproof.properties.registry import get
    from rollproof.properties.verdicts import Proved, Refuted, Scope

    surge = PolicyFile(name="surge", file="surge.toml", model="scale_set", policy=S.Policy(max_surge=True))
    base = attrs.evolve(surge, name="surge~max_surge-default", policy=S.Policy(), hidden=True)
    prop = get("VMSS-DATA-DISKS", "scale_set")
    w = checking.Without(("surge",), "max_surge = false", Proved(Scope(10, None), "m"), 0.0)
    refuted = checking.Result(policy=surge, prop=prop, seconds=0.0, verdict=Refuted(Scope(10, 3), "m", reason="x"),
                              used=("surge",), without=(w,))
    proved = checking.Result(policy=base, prop=prop, seconds=0.0, verdict=Proved(Scope(10, None), "m"))
    text = "\n".join(report.dependences([refuted], [refuted, proved]))
    assert "| `surge` | surge | max_surge = false |" in text, text


def test_a_policy_file_s_own_question_is_not_said_to_be_the_document_s_words():
    from rollproof import report
    from rollproof.policyfile import load
    from rollproof.properties import user
    from rollproof.properties.registry import get

    load(str(REPO / "examples" / "policies" / "vmss-seed-2018-defaults.toml"))
    asked = user.DEFINED[("scale_set", "SERVING-75")]
    assert report._says(asked.prop, "*") == "*The policy file asks:*"
    assert report._says(get("VMSS-PRECHECK", "scale_set"), "**") == "**The document says:**"


def test_a_proof_one_of_whose_premises_never_happens_says_so_in_its_cell():
    from rollproof import checking, report
    from rollproof.model import cloud_service as cs
    from rollproof.policyfile import PolicyFile
    from rollproof.properties.registry import get
    from rollproof.properties.verdicts import Proved, Scope

    pf = PolicyFile(name="second", file="second.toml", model="cloud_service",
                    policy=cs.CloudServicePolicy(concurrent_operations=True))
    prop = get("CS-LOCKED", "cloud_service")
    (locked, rolls_back) = (a.text for a in prop.antecedents)
    r = checking.Result(policy=pf, prop=prop, seconds=0.0, verdict=Proved(Scope(17, None), "m"),
                        vacuous=(locked,), premises=((locked, "unreachable"), (rolls_back, "witnessed")))
    assert r.label == "holds by construction"
    assert report._cell(r) == "[by construction (partly vacuous)](#cs-locked--second)"
    whole = attrs.evolve(r, vacuous=(locked, rolls_back), premises=((locked, "unreachable"), (rolls_back, "unreachable")))
    assert report._cell(whole) == "[proved (vacuous)](#cs-locked--second)"


def test_the_dependence_table_lists_every_minimal_set_of_causes_that_makes_the_property_hold():
    """Two causes that each alone make the property hold, and a pair containing one of them: the row
    names both single ones (a reader can pick either), never the pair."""
    from rollproof import checking, report
    from rollproof.model import scale_set as S
    from rollproof.policyfile import PolicyFile
    from rollproof.properties.registry import get
    from rollproof.properties.verdicts import Proved, Refuted, Scope

    pf = PolicyFile(name="p", file="p.toml", model="scale_set", policy=S.Policy(instances=5))
    prop = get("VMSS-HEALTH-CAP", "scale_set")
    ok = Proved(Scope(5, None), "m")
    ws = (checking.Without(("maintenance",), "concurrent_maintenance = false", ok, 0.0),
          checking.Without(("unhealthy-at-start",), "initial_unhealthy = 0", ok, 0.0),
          checking.Without(("maintenance", "upgrading-counted"), "concurrent_maintenance = false, upgrading_counts_unhealthy = false",
                           ok, 0.0),
          checking.Without(("upgrading-counted",), "upgrading_counts_unhealthy = false",
                           Refuted(Scope(5, 3), "m", reason="x"), 0.0))
    r = checking.Result(policy=pf, prop=prop, seconds=0.0, verdict=Refuted(Scope(5, 3), "m", reason="x"),
                        used=("maintenance", "unhealthy-at-start", "upgrading-counted"), without=ws)
    text = "\n".join(report.dependences([r]))
    assert "| concurrent_maintenance = false; or initial_unhealthy = 0 |" in text, text


def test_a_choice_section_counts_as_flips_only_changed_verdicts_and_gives_a_not_applicable_its_reason():
    """A run shown shortest on one side and not on the other is the same verdict; a proof that becomes
    vacuous is a flip; a not-applicable cell says why; with no flip, the section says what was
    compared, and where the choice, switched off as a cause, decides a verdict."""
    from rollproof import checking, report
    from rollproof.model import cloud_service as cs
    from rollproof.policyfile import PolicyFile
    from rollproof.properties.registry import get
    from rollproof.properties.verdicts import NotApplicable, Proved, Refuted, Scope

    turned = PolicyFile(name="t", file="t.toml", model="cloud_service", policy=cs.Policy(mode="simultaneous"))
    base = attrs.evolve(turned, name="t~mode-default", policy=cs.Policy(), hidden=True)
    one_ud, role, locked = (get(i, "cloud_service") for i in ("CS-ONE-UD", "CS-ROLE-AVAILABLE", "CS-LOCKED"))
    run = Refuted(Scope(17, 40), "m", reason="x", shortest=True)
    later = Refuted(Scope(17, 40), "m", reason="x", shortest=False)
    ok = Proved(Scope(17, None), "m")
    results = [
        checking.Result(policy=turned, prop=one_ud, seconds=0.0, verdict=NotApplicable("mode = simultaneous: every UD at once")),
        checking.Result(policy=base, prop=one_ud, seconds=0.0, verdict=run),
        checking.Result(policy=turned, prop=role, seconds=0.0, verdict=later),
        checking.Result(policy=base, prop=role, seconds=0.0, verdict=run),
        checking.Result(policy=turned, prop=locked, seconds=0.0, verdict=ok, vacuous=("never locked",)),
        checking.Result(policy=base, prop=locked, seconds=0.0, verdict=ok),
    ]
    section = "\n".join(report.choices(results, [turned, base])).split("### `mode`")[1].split("###")[0]
    assert "[n/a](#cs-one-ud--t) (mode = simultaneous: every UD at once) |" in section, section
    assert "CS-ROLE-AVAILABLE" not in section  # not shown shortest on one side only: no flip
    assert "[CS-LOCKED](#cs-locked--t)" in section  # vacuous on one side: a flip
    quiet = "\n".join(report.choices(results[2:4], [turned, base])).split("### `mode`")[1].split("###")[0]
    assert "No verdict flips between the policy above and the same policy with `mode` alone at its default." in quiet


def test_a_verdict_read_back_from_the_cache_shows_what_solving_it_cost_not_the_re_check():
    from rollproof import checking, report
    from rollproof.model import scale_set as S
    from rollproof.policyfile import PolicyFile
    from rollproof.properties.registry import get
    from rollproof.properties.verdicts import Proved, Scope

    pf = PolicyFile(name="p", file="p.toml", model="scale_set", policy=S.Policy(instances=5))
    r = checking.Result(policy=pf, prop=get("VMSS-TERMINAL", "scale_set"), seconds=0.02,
                        verdict=Proved(Scope(5, None), "m", seconds=12.3))
    assert "**time:** 12.30 s" in "\n".join(report._verdict_section(r, "report"))


def test_a_policy_turning_two_choices_shows_what_they_decide_together():
    """`cs-no-rollback` turns two choices, either of which forbids a rollback (U-22(a), U-22(b)): with
    one alone at its default nothing flips, with both (the seed defaults) CS-ROLLBACK-RESTORES does;
    each choice's section says so, and a flip that one choice alone makes is not repeated."""
    from rollproof import checking, report
    from rollproof.model import cloud_service as cs
    from rollproof.policyfile import PolicyFile
    from rollproof.properties.registry import get
    from rollproof.properties.verdicts import Proved, Refuted, Scope

    seed = PolicyFile(name="seed", file="seed.toml", model="cloud_service", policy=cs.Policy())
    turned = PolicyFile(name="no-rb", file="no-rb.toml", model="cloud_service",
                        policy=cs.Policy(local_resources_increase=True, quota_allows_rollback=False))
    bases = [attrs.evolve(turned, name=f"no-rb~{k}-default", hidden=True, policy=attrs.evolve(turned.policy, **{k: v}))
             for k, v in (("local_resources_increase", False), ("quota_allows_rollback", True))]
    restores = get("CS-ROLLBACK-RESTORES", "cloud_service")
    ok, bad = Proved(Scope(17, None), "m"), Refuted(Scope(17, 18), "m", reason="x", shortest=True)
    results = [checking.Result(policy=pf, prop=restores, seconds=0.0, verdict=v)
               for pf, v in ((seed, bad), (turned, ok), (bases[0], ok), (bases[1], ok))]
    text = "\n".join(report.choices(results, [seed, turned, *bases]))
    first = text.split("### `local_resources_increase`")[1].split("###")[0]
    assert "`no-rb` turns `quota_allows_rollback` = false too. With every choice it turns at its default (that is `seed`)" in first
    assert "| `no-rb` | [CS-ROLLBACK-RESTORES](#cs-rollback-restores--no-rb) | [**refuted**]" in first, first
    second = text.split("### `quota_allows_rollback`")[1].split("###")[0]  # (said once: the second points to it)
    assert ("`no-rb` turns `local_resources_increase` = true too: what its choices decide together is under "
            "`local_resources_increase`.") in second and "CS-ROLLBACK-RESTORES" not in second, second
    # Where the choice alone flips it, the joint comparison adds nothing.
    results[2] = attrs.evolve(results[2], verdict=bad)
    text = "\n".join(report.choices(results, [seed, turned, *bases]))
    section = text.split("### `local_resources_increase`")[1].split("###")[0]
    assert "only the choices together decide them" not in section and "CS-ROLLBACK-RESTORES" in section
