"""The example orchestrator against the model, for the seed's 2018 defaults (10 instances, 20%
batches, a 20% unhealthy allowance, maintenance on): every step it takes must be one the model
allows, and its state must read as the model's after every step.

    python -m pytest -n 0 examples/conformance/test_orchestrator.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import settings

from rollproof.conformance import ScaleSetConformance

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from adapter import OrchestratorAdapter  # noqa: E402
from orchestrator import RollingOrchestrator  # noqa: E402

POLICY = HERE.parent / "policies" / "vmss-seed-2018-defaults.toml"


class RollingOrchestratorConforms(ScaleSetConformance.for_policy(POLICY, properties=())):
    def adapter(self):
        return OrchestratorAdapter(RollingOrchestrator)


TestRollingOrchestrator = RollingOrchestratorConforms.TestCase
TestRollingOrchestrator.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
