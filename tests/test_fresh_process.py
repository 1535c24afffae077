"""``solver.parallel.in_a_fresh_process``: a function run in a new Python process, its value back,
its failure said, its time bounded."""

from __future__ import annotations

import os
import time

import pytest

from rollproof.solver.parallel import in_a_fresh_process


def _pid_and(x):
    return os.getpid(), x * 2


def _fails(what):
    raise ValueError(what)


def _sleeps(seconds):
    time.sleep(seconds)
    return "woke"


def test_the_value_comes_back_from_another_process():
    pid, value = in_a_fresh_process(_pid_and, (21,), time.monotonic() + 60)
    assert value == 42 and pid != os.getpid()


def test_a_failure_in_the_process_is_said_with_its_last_line():
    with pytest.raises(RuntimeError, match="ValueError: no solver here"):
        in_a_fresh_process(_fails, ("no solver here",), time.monotonic() + 60)


def test_a_process_still_at_work_at_the_deadline_is_stopped():
    start = time.monotonic()
    with pytest.raises(TimeoutError):
        in_a_fresh_process(_sleeps, (30,), time.monotonic() + 2)
    assert time.monotonic() - start < 20
