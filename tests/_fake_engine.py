"""A tiny stand-in for ``solver.engine`` with fixed, model-replayed traces (for shell tests only).

``install()`` replaces ``rollproof.checking.engine_check``; the verdicts are deterministic and
instant, so the command-line tests exercise every verdict kind without the solver's cost.
"""

from __future__ import annotations

from rollproof.model import scale_set as ss
from rollproof.model.core import Action
from rollproof.properties.registry import Kind
from rollproof.properties.verdicts import Proved, Refuted, Scope, Unknown, not_applicable
from rollproof import itf

A = Action.of


def _trace(policy, prop, unhealthy, actions, outcome):
    n = policy.instances if policy.instances != "any" else 3
    run_policy = policy if policy.instances != "any" else policy.with_instances(n)
    init = ss.initial_state(run_policy, frozenset(unhealthy))
    t = ss.replay(run_policy, init, actions)
    hit = next(f for f in itf.evaluate(t, run_policy) if f.property_id == prop.id)
    return t.with_verdict(prop.id, hit.at_step, outcome)


def check(policy, prop, *, timeout: float = 60.0):
    scope = Scope(policy.instances, None)
    off = not_applicable(prop, policy)  # (as the engine decides it)
    if off is not None:
        return off
    if "~" in prop.id:  # a property derived for a search (a premise): nothing known
        return Unknown("fake engine: no premise search", scope, "fake", 0.0)
    if prop.model != "scale_set":
        return Unknown("fake engine: scale sets only")
    n = policy.instances if policy.instances != "any" else 3
    b = ss.batch_size(ss.CONCRETE, policy, n)
    if prop.id == "VMSS-BATCH-CAP" and 100 * b > policy.max_batch_instance_percent * n:
        acts = [A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
                A("orchestrator_starts_batch", chosen=frozenset({0}))]
        return Refuted(Scope(n, 3), "fake bmc", trace=_trace(policy, prop, (), acts, "violates"),
                       reason="a batch of one is more than p_batch of the set", seconds=0.01)
    if prop.id == "VMSS-PRECHECK" and policy.concurrent_maintenance and n >= 5:
        acts = [A("orchestrator_starts_upgrade"), A("orchestrator_checks_health"),
                *(A("maintenance_takes_down", i=i) for i in range(1, n // 5 + 2)),
                A("orchestrator_starts_batch", chosen=frozenset({0}))]
        return Refuted(Scope(n, len(acts)), "fake bmc", trace=_trace(policy, prop, (), acts, "violates"))
    if prop.kind == Kind.REACH:
        return Unknown("fake engine: no witness search", scope, "fake bmc", 0.0)
    if prop.kind == Kind.CHECK:
        return Proved(scope, "table check")
    return Proved(scope, "fake k-induction", certificate=f"{prop.name} itself is inductive",
                  certified_by=("z3",), artifacts=(("consecution.smt2", "(check-sat)\n"),))


def install(monkeypatch=None) -> None:
    import rollproof.checking as checking

    def fake(policy, prop, timeout, fuzz=True, session=None, bounds=None, search_first=False):
        return check(policy, prop, timeout=timeout)

    if monkeypatch is not None:
        monkeypatch.setattr(checking, "engine_check", fake)
    else:
        checking.engine_check = fake


#: ``python -c FAKE_MAIN …`` runs the ``rollproof`` command with this fake engine installed.
FAKE_MAIN = (
    "import sys, pathlib; sys.path[:0] = [{tests!r}, {repo!r}]; import _fake_engine; _fake_engine.install(); "
    "from rollproof.cli import main; sys.argv[0] = 'rollproof'; main()"
)

TESTS = __import__("pathlib").Path(__file__).resolve().parent
REPO = TESTS.parent


def fake_cmd() -> list[str]:
    """The command line that runs ``rollproof`` with this fake engine."""
    import sys

    return [sys.executable, "-c", FAKE_MAIN.format(tests=str(TESTS), repo=str(REPO))]


def rollproof_cmd() -> list[str]:
    """The ``rollproof`` command of this checkout (its code, whatever is installed elsewhere)."""
    import sys

    return [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(REPO)!r}); sys.argv[0] = 'rollproof'; "
            "from rollproof.cli import main; main()"]
