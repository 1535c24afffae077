"""The verdict cache: a second run reads every verdict back and re-checks it instead of solving it;
a changed model, a tampered certificate or trace, ``--no-cache`` and ``cache clear`` each do what
they say; the cache names a property together with its restriction."""

from __future__ import annotations

import os
import pickle
import subprocess
from pathlib import Path

import attrs
import pytest

from _fake_engine import REPO, rollproof_cmd
from rollproof.properties.verdicts import Proved, Refuted, Scope
from rollproof.properties.registry import get
from rollproof import cache, checking, policyfile
from rollproof.inputs import load

THREE = 'name = "three"\nmodel = "scale_set"\n[scale_set]\ninstances = 3\n'
SMALL_CS = 'name = "small-cs"\nmodel = "cloud_service"\n[cloud_service]\nroles = { web = 2 }\nupgrade_domains = 2\n'
#: Fast checks of the kinds the cache stores: refutations (with causes, so checks of restricted
#: systems), proofs with certificates (some with premises, so premise searches).
IDS = ["VMSS-BATCH-CAP", "VMSS-PRECHECK", "VMSS-STOP-RULE", "VMSS-TERMINAL",
       "CS-ROLLBACK-ALLOWED", "CS-NO-ROLLBACK-AFTER-COMPLETE", "CS-ROLE-AVAILABLE"]


def _policies(folder: Path) -> list:
    (folder / "three.toml").write_text(THREE, encoding="utf-8")
    (folder / "small-cs.toml").write_text(SMALL_CS, encoding="utf-8")
    return [policyfile.load(folder / "three.toml"), policyfile.load(folder / "small-cs.toml")]


def _run(pfs: list, folder: Path | None) -> list[checking.Result]:
    with cache.using(folder):
        return checking.run(pfs, IDS, timeout=120.0, jobs=1)


def _summary(results: list[checking.Result]) -> list[tuple]:
    """Everything a reader sees of a verdict but its timing."""
    def one(v):
        return (type(v).__name__, v.verdict, getattr(v, "scope", None), getattr(v, "method", None),
                getattr(v, "certificate", None), getattr(v, "trace", None), getattr(v, "artifacts", None),
                getattr(v, "reason", None), getattr(v, "holds_for", None))

    return [(r.policy.name, r.prop.id, r.label, one(r.verdict), r.used, r.about, r.vacuous, r.premises,
             [(w.names, one(w.verdict)) for w in r.without]) for r in results]


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """A run that fills a cache folder: its results, the policies and the folder."""
    root = tmp_path_factory.mktemp("cache")
    pfs = _policies(root)
    folder = root / ".rollproof_cache"
    results = _run(pfs, folder)
    assert not any(r.word == "unknown" for r in results), [(r.prop.id, r.verdict) for r in results]
    return results, pfs, folder


def _entries(folder: Path) -> dict[Path, dict]:
    return {p: pickle.loads(p.read_bytes()) for p in sorted((folder / cache.ENTRIES).glob("*.pickle"))}


class Calls:
    """``solver.engine.check`` counted (and, with ``fail``, refused: nothing may be solved)."""

    def __init__(self, monkeypatch, fail: bool = False):
        from rollproof.solver import engine

        self.props: list = []
        real = engine.check

        def check(policy, prop, **kw):
            self.props.append(prop)
            if fail:
                raise AssertionError(f"{prop.id} was solved again")
            return real(policy, prop, **kw)

        monkeypatch.setattr(engine, "check", check)


def test_a_second_run_of_an_unchanged_catalog_reads_every_verdict_from_the_cache(first, monkeypatch):
    results, pfs, folder = first
    Calls(monkeypatch, fail=True)
    again = _run(pfs, folder)
    assert _summary(again) == _summary(results)
    labels = {r.label for r in results}
    assert {"refuted", "proved"} <= labels, labels
    assert any(r.without for r in results) and any(r.premises for r in results)


def test_every_stored_verdict_carries_evidence_that_re_checks(first):
    results, pfs, folder = first
    entries = _entries(folder)
    assert entries
    kinds, checked = set(), 0
    for e in entries.values():
        v = e["verdict"]
        assert isinstance(v, (Proved, Refuted))
        kinds.add("certificate" if v.artifacts else "trace")
        policy = next((pf.policy for pf in pfs if repr(pf.policy) == e["key"][6]), None)
        prop = _prop_of(e["key"])
        if prop is not None and policy is not None:  # (the catalog's checks of the files' policies)
            assert cache.accepted(policy, prop, v, 60.0), e["key"]
            checked += 1
    assert kinds == {"certificate", "trace"}
    assert checked == sum(r.prop.kind.value != "check" and r.word != "not-applicable" for r in results)


def _prop_of(material: tuple):
    """The catalog property an entry is about (None for a restricted one or a premise's search)."""
    from rollproof.properties.registry import REGISTRY

    name = eval(material[7])  # noqa: S307 - the test's own entries: a tuple of strings
    return REGISTRY[(name[1], name[2])] if name[0] == "catalog" else None


def test_a_change_to_the_model_source_invalidates_every_entry(first, tmp_path, monkeypatch):
    import shutil

    results, pfs, folder = first
    copy = tmp_path / "cache"
    shutil.copytree(folder, copy)
    monkeypatch.setattr(cache, "_SOURCE_HASH", "0" * 64)  # as if a file of model/ had changed
    calls = Calls(monkeypatch)
    again = _run(pfs, copy)
    assert {(p.model, p.id) for p in calls.props} >= {(r.prop.model, r.prop.id) for r in results
                                                      if r.prop.kind.value != "check" and r.word != "not-applicable"}
    assert _summary(again) == _summary(results)


def test_the_source_hash_follows_every_byte_of_the_model(tmp_path, monkeypatch):
    import shutil

    root = tmp_path / "tree"
    copies = {}
    for name, folder in cache._folders().items():
        copies[name] = shutil.copytree(folder, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    here = _fresh_hash(monkeypatch)
    monkeypatch.setattr(cache, "_folders", lambda: copies)
    before = _fresh_hash(monkeypatch)
    assert before == here  # the same files elsewhere (a checkout, an install), the same hash
    assert before == _fresh_hash(monkeypatch)
    path = root / "model" / "scale_set.py"
    path.write_bytes(path.read_bytes() + b"\n# a comment\n")
    assert _fresh_hash(monkeypatch) != before


def _fresh_hash(monkeypatch) -> str:
    monkeypatch.setattr(cache, "_SOURCE_HASH", None)
    return cache.source_hash()


def _tamper(folder: Path, pick, change) -> tuple[Path, tuple]:
    """Apply ``change`` to the verdict of the first entry ``pick`` selects; the entry's path and key."""
    for path, e in _entries(folder).items():
        if pick(e):
            e["verdict"] = change(e["verdict"])
            path.write_bytes(pickle.dumps(e))
            return path, e["key"]
    raise AssertionError("no entry to tamper with")


def _without_assertions(script: str) -> str:
    """The script with its assertions left out: its queries are then satisfiable."""
    from rollproof.solver.prove import _commands

    return "\n".join(c for c in _commands(script) if not c.startswith("(assert")) + "\n"


def test_a_tampered_certificate_is_rejected_solved_again_and_overwritten(first, tmp_path, monkeypatch):
    import shutil

    results, pfs, folder = first
    copy = tmp_path / "cache"
    shutil.copytree(folder, copy)

    def sat(v):
        files = tuple((n, _without_assertions(t) if n.endswith(".initiation.smt2") else t) for n, t in v.artifacts)
        return attrs.evolve(v, artifacts=files)

    path, key = _tamper(copy, lambda e: isinstance(e["verdict"], Proved) and e["verdict"].artifacts
                        and "VMSS-STOP-RULE" in e["key"][7], sat)
    assert not cache.accepted(pfs[0].policy, _prop_of(key), pickle.loads(path.read_bytes())["verdict"], 60.0)
    calls = Calls(monkeypatch)
    again = _run(pfs, copy)
    assert [p.id for p in calls.props] == ["VMSS-STOP-RULE"]
    assert _summary(again) == _summary(results)
    assert cache.accepted(pfs[0].policy, _prop_of(key), pickle.loads(path.read_bytes())["verdict"], 60.0)


def test_a_certificate_filed_under_another_property_is_rejected(first, tmp_path):
    results, pfs, folder = first
    entries = list(_entries(folder).values())
    proofs = [e for e in entries if isinstance(e["verdict"], Proved) and e["verdict"].artifacts
              and _prop_of(e["key"]) is not None and _prop_of(e["key"]).model == "scale_set"]
    a, b = proofs[0], proofs[1]
    swapped = attrs.evolve(a["verdict"], artifacts=b["verdict"].artifacts)
    assert not cache.accepted(pfs[0].policy, _prop_of(a["key"]), swapped, 60.0)


def test_a_tampered_trace_is_rejected_and_solved_again(first, tmp_path, monkeypatch):
    import shutil

    results, pfs, folder = first
    copy = tmp_path / "cache"
    shutil.copytree(folder, copy)

    def cut(v):  # the run stops one step short of the violation it claims
        return attrs.evolve(v, trace=attrs.evolve(v.trace, steps=v.trace.steps[:-1]))

    path, key = _tamper(copy, lambda e: isinstance(e["verdict"], Refuted) and e["verdict"].trace is not None
                        and "VMSS-BATCH-CAP" in e["key"][7], cut)
    assert not cache.accepted(pfs[0].policy, _prop_of(key), pickle.loads(path.read_bytes())["verdict"], 60.0)
    calls = Calls(monkeypatch)
    again = _run(pfs, copy)
    assert [p.id for p in calls.props] == ["VMSS-BATCH-CAP"]
    assert _summary(again) == _summary(results)


def test_a_trace_whose_states_were_edited_does_not_replay(first):
    results, pfs, folder = first
    r = next(r for r in results if r.prop.id == "VMSS-BATCH-CAP")
    t = r.verdict.trace
    other = next(r2.verdict.trace for r2 in results if r2.prop.id == "VMSS-PRECHECK")
    edited = attrs.evolve(t, steps=(*t.steps[:-1], attrs.evolve(t.steps[-1], state=other.steps[-1].state)))
    assert not cache.accepted(pfs[0].policy, r.prop, attrs.evolve(r.verdict, trace=edited), 60.0)
    assert cache.accepted(pfs[0].policy, r.prop, r.verdict, 60.0)


def test_a_verdict_without_evidence_to_re_check_is_never_stored():
    from rollproof.properties.verdicts import NotApplicable, Scope, Unknown

    exhausted = Refuted(Scope(3, 2), "explicit-state search", reason="the goal is unreachable: every state visited")
    inv = get("VMSS-BATCH-CAP")
    for v in (exhausted, Proved(Scope(3), "table check"), Unknown("timeout after 1 s (the check's safety cap)"),
              Unknown("internal error: ValueError: x"), NotApplicable("off")):
        assert not cache.storable(v, inv)
        assert not cache.accepted(None, inv, v, 1.0)


def test_a_table_check_is_stored_as_the_value_it_is():
    """A table check's verdict is a pure function's value on the policy: stored, and a second run
    reads it back without checking the table again; an edit of the model's source is a new key."""
    pf = load(["examples/policies/vmss-seed-2018-defaults.toml"]).policies[0]
    prop = get("X-STEP-PURE", "scale_set")
    table = Proved(Scope(10), "table check: the pure function agrees with every row of its table")
    assert cache.storable(table, prop) and cache.accepted(pf.policy, prop, table, 1.0)
    # The same words under a property that is not a table check are no evidence.
    assert not cache.storable(table, get("VMSS-BATCH-CAP"))


def test_an_unknown_of_the_work_bounds_is_stored_and_read_back_as_it_was(tmp_path):
    """An unknown the bounds ended is stored (the same work ends the same way), and a later run
    reads it back without solving; one from the seconds' cap is solved again."""
    from rollproof.properties.verdicts import Scope, Unknown

    bounded = Unknown("no counterexample within 16 steps (bounded model checking stopped: its work bound "
                      "ran out at depth 17)", Scope(10, 16), "bounded model checking")
    capped = Unknown("timeout after 0.1 s (the check's safety cap)", Scope(10))
    pf = load(["examples/policies/vmss-seed-2018-defaults.toml"]).policies[0]
    prop = get("VMSS-TERMINAL")
    for stored, solved_again in ((bounded, 0), (capped, 2)):
        calls = []
        folder = tmp_path / str(solved_again)
        with cache.using(str(folder)):
            first = cache.through(pf.policy, prop, 60.0, False, lambda: calls.append(1) or stored)
            second = cache.through(pf.policy, prop, 60.0, False, lambda: calls.append(1) or stored)
        assert first == second == stored
        assert len(calls) == 1 + (solved_again > 0), (stored.reason, calls)


def test_a_damaged_entry_is_ignored(first, tmp_path):
    import shutil

    results, pfs, folder = first
    copy = tmp_path / "cache"
    shutil.copytree(folder, copy)
    path = next(iter(_entries(copy)))
    path.write_bytes(path.read_bytes()[:20])
    assert cache.Cache(copy).read(pickle.loads((folder / cache.ENTRIES / path.name).read_bytes())["key"]) is None


def test_the_cache_names_a_property_with_its_restriction():
    from rollproof.properties import causes
    from rollproof.properties.registry import get

    prop = get("VMSS-TERMINAL", "scale_set")
    policy = None  # (the causes below leave steps out; they switch no policy key)
    assert cache.identity(prop) == ("catalog", "scale_set", "VMSS-TERMINAL")
    _, no_cancel = causes.without("scale_set", policy, prop, frozenset({"cancel"}))
    _, no_both = causes.without("scale_set", policy, prop, frozenset({"cancel", "recovery"}))
    assert no_cancel.id == prop.id and no_cancel != prop
    names = {cache.identity(prop), cache.identity(no_cancel), cache.identity(no_both)}
    assert len(names) == 3 and None not in names
    premise = checking.premise_target(prop, prop.antecedents[0])
    assert cache.identity(premise) == ("premise", cache.identity(prop), 0, prop.antecedents[0].text,
                                       prop.antecedents[0].step)
    # A property changed in any other way cannot be named: it is never cached.
    assert cache.identity(attrs.evolve(prop, holds=lambda L, p, v: True)) is None
    assert cache.identity(attrs.evolve(no_cancel, start=lambda L, p, v: True)) is None


def test_a_registered_property_defined_outside_the_hashed_source_is_never_cached(monkeypatch):
    from rollproof.properties.registry import REGISTRY, get

    mine = attrs.evolve(get("VMSS-TERMINAL", "scale_set"), id="MY-OWN", holds=lambda L, p, v: L.true())
    monkeypatch.setitem(REGISTRY, ("scale_set", "MY-OWN"), mine)  # its code lives in this file
    assert cache.identity(mine) is None


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO), COLUMNS="200")
    return subprocess.run(rollproof_cmd() + args, cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


def test_the_command_caches_unless_told_not_to_and_cache_clear_empties_it(tmp_path):
    (tmp_path / "three.toml").write_text(THREE, encoding="utf-8")
    args = ["check", "three.toml", "--property", "VMSS-BATCH-CAP", "--jobs", "1"]
    r = _cli([*args, "--no-cache"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / ".rollproof_cache").exists()
    r = _cli(args, tmp_path)
    assert r.returncode == 0, r.stderr
    stored = list((tmp_path / ".rollproof_cache" / "verdicts").glob("*.pickle"))
    assert stored
    assert (tmp_path / ".rollproof_cache" / ".gitignore").read_text().splitlines()[1] == "*"
    r = _cli(["cache", "clear"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"cleared .rollproof_cache ({len(stored)} verdict{'s' if len(stored) != 1 else ''})"
    assert not (tmp_path / ".rollproof_cache").exists()


def test_a_cache_dir_that_is_a_file_is_one_line_exit_2(tmp_path):
    (tmp_path / "three.toml").write_text(THREE, encoding="utf-8")
    (tmp_path / "afile").write_text("not a folder")
    for args in (["check", "three.toml", "--cache-dir", "afile"], ["cache", "clear", "--cache-dir", "afile"]):
        r = _cli(args, tmp_path)
        assert r.returncode == 2
        assert r.stderr.count("\n") == 1 and r.stderr.startswith("error: afile: --cache-dir: "), r.stderr
        assert "Traceback" not in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "three.toml"]


def test_cache_clear_leaves_a_folder_it_did_not_make_alone(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "keep.txt").write_text("mine")
    r = _cli(["cache", "clear", "--cache-dir", "mine"], tmp_path)
    assert r.returncode == 2 and r.stderr.startswith("error: mine: --cache-dir: is not a rollproof cache folder")
    assert (tmp_path / "mine" / "keep.txt").exists()


def test_a_trace_s_picture_is_drawn_once_per_cache_and_read_back_byte_for_byte(first, tmp_path, monkeypatch):
    from rollproof import pictures

    results, pfs, folder = first
    trace = next(r for r in results if r.prop.id == "VMSS-BATCH-CAP").verdict.trace
    with cache.using(tmp_path / "cache"):
        pictures.write(tmp_path / "a.svg", trace, policy_name="three")
        monkeypatch.setattr(pictures, "render_bytes", lambda *a, **k: pytest.fail("drawn again"))
        pictures.write(tmp_path / "b.svg", trace, policy_name="three")
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()
    monkeypatch.undo()
    assert (tmp_path / "a.svg").read_bytes() == pictures.render_bytes(trace, policy_name="three")


def test_a_reach_property_asked_from_every_start_is_stored_only_where_its_trace_is_the_claim(tmp_path):
    """From one start, the one witness is the whole claim and replays; from several, only the
    longest is kept, so the verdict is not stored."""
    from rollproof.properties.registry import properties_for
    from rollproof.properties.verdicts import Scope as Sc

    every = [p for p in properties_for("scale_set") + properties_for("cloud_service") if p.every_start]
    assert every
    prop = next(p for p in every if p.id == "VMSS-ONE-UNHEALTHY-TOLERATED")
    pf = load(["examples/policies/vmss-seed-2018-defaults.toml"]).policies[0]
    with cache.using(str(tmp_path / "c")):
        got = checking.engine_check(pf.policy, prop, 120.0, fuzz=False)
        assert isinstance(got, Proved) and got.starts == 1 and cache.storable(got, prop)
        assert cache.accepted(pf.policy, prop, got, 60.0)
        again = cache.through(pf.policy, prop, 120.0, False, lambda: pytest.fail("solved again"))
        assert again == got
    several = attrs.evolve(got, starts=2)
    assert not cache.storable(several, prop) and not cache.accepted(pf.policy, prop, several, 60.0)


def test_a_question_checked_again_without_a_cause_is_named_by_the_causes():
    """A policy file's own question, checked again with a cause switched off (the causes phase),
    is stored under a name of its own: the question's, and the causes."""
    from rollproof.properties import causes as C

    pf = load(["examples/policies/vmss-seed-2018-defaults.toml"]).policies[0]
    prop = next(p for p in checking.selected(pf, None) if p.id == "SERVING-75")
    question = cache.identity(prop)
    assert question is not None and question[0] == "question"
    restricted = 0
    for cause in C.CAUSES["scale_set"]:
        _, variant = C.without("scale_set", pf.policy, prop, frozenset({cause.name}))
        name = cache.identity(variant)
        if variant is prop:  # (a cause switched off in the policy: the policy is in the key)
            assert name == question
            continue
        restricted += 1
        assert name == (*question, "without", (cause.name,)), cause.name
    assert restricted, "some cause restricts the steps"


def test_a_run_whose_verdicts_are_all_cached_starts_no_worker_process(first, monkeypatch):
    """With several jobs, what needs no solving is read in the run's own process; a fully cached
    run forks no worker (that costs more than reading the cache) and reads the same verdicts."""
    results, pfs, folder = first

    def no_workers(*a, **k):
        raise AssertionError("a worker pool was started for verdicts the cache holds")

    monkeypatch.setattr(checking.concurrent.futures, "ProcessPoolExecutor", no_workers)
    with cache.using(folder):
        again = checking.run(pfs, IDS, timeout=120.0, jobs=2)
    assert _summary(again) == _summary(results)


def test_what_the_fuzzer_finds_for_an_unknown_is_read_back_and_not_fuzzed_again(tmp_path, monkeypatch):
    """Settling an unknown runs the fuzzer after the engine: what the engine gives with the fuzzer
    as its last strategy.  Stored as that, a later run reads it back (its trace replayed) instead
    of fuzzing again, and settles the unknown the same way."""
    from rollproof import fuzzcheck
    from rollproof.properties.verdicts import Scope, Unknown

    from rollproof.model.scale_set import ScaleSetPolicy
    from rollproof.policyfile import PolicyFile

    pf = PolicyFile(name="five", file="five.toml", model="scale_set", policy=ScaleSetPolicy(instances=5), expect={})
    prop = get("VMSS-PRECHECK")
    bounded = Unknown("no counterexample within 1 steps (bounded model checking stopped: its work bound "
                      "ran out at depth 2)", Scope(5, 1), "bounded model checking")
    calls = []
    real = fuzzcheck.find_trace
    monkeypatch.setattr(fuzzcheck, "find_trace", lambda *a, **k: calls.append(1) or real(*a, **k))
    runs = []
    for _ in range(2):
        with cache.using(str(tmp_path / "cache")):
            (r,) = checking.settle([checking.Result(pf, prop, bounded, 0.0)], 120.0, jobs=1)
        runs.append(r)
    assert runs[0].word == "refuted" and not runs[0].verdict.shortest
    assert _summary(runs[:1]) == _summary(runs[1:])
    assert calls == [1]  # fuzzed once: the second run read it back
