"""Model-based testing of an implementation (``rollproof.conformance``): the example orchestrator's
first draft is caught with a short run ending in the step the model refuses, named by its clause;
the orchestrator as fixed passes and is really driven; a state that reads otherwise than the model's
is caught too."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings


from rollproof.model import scale_set as S
from rollproof.conformance import Departure, ScaleSetConformance

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "examples" / "conformance"))

from adapter import OrchestratorAdapter  # noqa: E402
from orchestrator import FirstDraftOrchestrator, RollingOrchestrator  # noqa: E402

FIVE = S.ScaleSetPolicy(instances=5)  # batches of one; two unhealthy instances (40%) exceed 20%
RUNS = settings(max_examples=60, stateful_step_count=40, deadline=None, database=None, derandomize=True, report_multiple_bugs=False,
                suppress_health_check=[HealthCheck.too_slow])


def machine(orchestrator: type, policy=FIVE, counts: dict | None = None) -> type:
    class M(ScaleSetConformance.for_policy(policy)):
        def adapter(self):
            return Counting(orchestrator, counts) if counts is not None else OrchestratorAdapter(orchestrator)

    return M


class Counting(OrchestratorAdapter):
    """The example adapter, counting what the machine asked of it."""

    def __init__(self, orchestrator: type, counts: dict) -> None:
        super().__init__(orchestrator)
        self.counts = counts

    def step(self):
        took = super().step()
        for a in took:
            self.counts[a.name] = self.counts.get(a.name, 0) + 1
        return took

    def perform(self, action):
        self.counts["world"] = self.counts.get("world", 0) + 1
        super().perform(action)


def run(m: type) -> None:
    case = m.TestCase
    case.settings = RUNS
    case().runTest()


@pytest.fixture
def draws_independent_of_loaded_modules(monkeypatch):
    """Hypothesis sometimes draws a constant found in the source of the project's modules loaded so
    far, so that a search, derandomized, still depends on which tests ran before it in the process:
    here none is drawn, and the search and its shrinking are the same in every process."""
    from hypothesis.internal.conjecture import providers

    monkeypatch.setattr(providers, "_get_local_constants", lambda: providers.Constants(), raising=False)


@pytest.mark.usefixtures("draws_independent_of_loaded_modules")
def test_the_first_draft_is_caught_with_a_short_run_naming_the_refused_clause():
    with pytest.raises(Departure) as caught:
        run(machine(FirstDraftOrchestrator, S.ScaleSetPolicy()))
    e = caught.value
    assert "orchestrator_starts_batch" in str(e) and "refused by the model (A-10.1)" in str(e)
    assert "no passed health check at a batch boundary" in str(e)
    steps = [n.strip() for n in getattr(e, "__notes__", []) if n.strip().startswith("state.")
             and "checked_invariants_hold" not in n and "teardown" not in n]
    # The shrunk run: an upgrade starts (the system stepping at once or not), an instance this
    # upgrade has not attempted becomes unhealthy, which the draft's check does not count (maintenance
    # takes it down, or it failed in an earlier upgrade and a new one starts), and the orchestrator,
    # stepping at once or later, starts a batch.  Which of the two the search meets first depends on
    # what Hypothesis draws, and that on which modules are loaded (it draws constants from them), so
    # either is accepted.
    assert steps[0].startswith("state.a_policy_and_an_initial_state"), steps
    assert steps[1].startswith("state.orchestrator_starts_upgrade("), steps
    maintenance = any(s.startswith("state.maintenance_takes_down(") for s in steps)
    failed_then_new = (any("healthy=False" in s for s in steps)
                       and sum(s.startswith("state.orchestrator_starts_upgrade(") for s in steps) >= 2)
    # Shrunk well below the 40 steps a run may take (the search is the same in every process, so is
    # its length: 10 steps today, with steps that do not matter, a cancel among them, which
    # Hypothesis's shrinker leaves in).
    assert (maintenance or failed_then_new) and len(steps) <= 10, "\n".join(steps)
    assert steps[-1] == "state.the_system_steps()" or steps[-1].endswith("react=True)"), steps


def test_the_fixed_orchestrator_conforms_and_is_really_driven():
    counts: dict = {}
    run(machine(RollingOrchestrator, counts=counts))
    # its own steps of every kind, and the world's, went through the model
    for name in ("orchestrator_checks_health", "orchestrator_starts_batch", "orchestrator_ends_batch", "world"):
        assert counts.get(name, 0) >= 5, counts


def test_a_state_that_reads_otherwise_than_the_models_is_caught():
    class IgnoresRecoveries(RollingOrchestrator):
        def instance_up(self, i: int) -> None:
            pass

    with pytest.raises(Departure) as caught:
        run(machine(IgnoresRecoveries))
    assert "after instance_recovers(i=" in str(caught.value) and "the implementation's unhealthy is" in str(caught.value)


def test_an_adapter_must_name_observables_of_the_model():
    class Typo(OrchestratorAdapter):
        def observe(self):
            return {**super().observe(), "healthy_count": 0}

    class M(ScaleSetConformance.for_policy(FIVE)):
        def adapter(self):
            return Typo(RollingOrchestrator)

    with pytest.raises(Departure, match="no observable of the model"):
        run(M)


def test_the_example_test_file_of_the_fixed_orchestrator_passes():
    import importlib.util

    spec = importlib.util.spec_from_file_location("example_conformance", REPO / "examples" / "conformance" / "test_orchestrator.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    case = mod.TestRollingOrchestrator
    case.settings = settings(case.settings, max_examples=10, derandomize=True, database=None)
    case().runTest()


class ModelAdapter:
    """The model as its own implementation: the world's actions applied to a copy, and as its own
    steps the first system action the model enables (the breach rollback before anything else)."""

    def __init__(self, counts: dict) -> None:
        self.counts = counts
        self.s = None

    def start(self, state):
        self.s = state

    def perform(self, action):
        self.counts[action.name] = self.counts.get(action.name, 0) + 1
        self.s = S.apply(self.s, action)

    def step(self):
        from rollproof.conformance import SYSTEM_ACTIONS

        order = {n: k for k, n in enumerate(("orchestrator_rolls_back_failed", *SYSTEM_ACTIONS))}
        options = sorted((a for a in S.candidate_actions(self.s) if a.name in SYSTEM_ACTIONS
                          and not isinstance(S.apply(self.s, a), S.Refused)), key=lambda a: order[a.name])
        if not options:
            return None
        a = options[0]
        self.counts[a.name] = self.counts.get(a.name, 0) + 1
        self.s = S.apply(self.s, a)
        return a

    def observe(self):
        from rollproof.properties import observables as O

        return {k: v for k, v in O.plain_values("scale_set", self.s.policy, self.s).items()
                if k in ("status", "failed", "pending", "unhealthy", "upgrading")}


def test_the_breach_rollback_and_the_credentials_renewal_go_through_the_adapter():
    """V6's breach rollback is a step of the system, A-25's renewal an action of the world: both
    reach the adapter, and the model, taking them as its own implementation, conforms."""
    counts: dict = {}
    policy = S.ScaleSetPolicy(instances=5, credentials_valid=False, credentials_recovery=True,
                              rollback_failed_on_breach=True, max_unhealthy_upgraded_instance_percent=0)

    class M(ScaleSetConformance.for_policy(policy)):
        def adapter(self):
            return ModelAdapter(counts)

    run(M)
    assert counts.get("operator_renews_credentials", 0) >= 1, counts
    assert counts.get("orchestrator_rolls_back_failed", 0) >= 1, counts
