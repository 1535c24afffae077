"""Hypothesis profiles: ``default`` is fast enough for CI; ``deep`` is for long runs."""

import os
import sys

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=60,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.register_profile(
    "deep",
    max_examples=2000,
    stateful_step_count=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
# ``--hypothesis-profile=deep`` on the command line wins (Hypothesis's pytest plugin loads it).
if not any(arg.startswith("--hypothesis-profile") for arg in sys.argv):
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
