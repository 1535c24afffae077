"""The orchestrator's first draft against the model: this test fails, with a short run that ends in
a batch the model refuses (A-10.1: no passed health check at a batch boundary), because its health
checks count an instance that maintenance took down as healthy.

    python -m pytest -n 0 examples/conformance/test_first_draft.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import settings

from rollproof.conformance import ScaleSetConformance

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from adapter import OrchestratorAdapter  # noqa: E402
from orchestrator import FirstDraftOrchestrator  # noqa: E402

POLICY = HERE.parent / "policies" / "vmss-seed-2018-defaults.toml"


class FirstDraftConforms(ScaleSetConformance.for_policy(POLICY, properties=())):
    def adapter(self):
        return OrchestratorAdapter(FirstDraftOrchestrator)


TestFirstDraft = FirstDraftConforms.TestCase
TestFirstDraft.settings = settings(max_examples=200, stateful_step_count=40, deadline=None, database=None,
                                  report_multiple_bugs=False)
