"""The counting-model interface: both counting models implement it, and the solver reads nothing else."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

from rollproof.model.counting import CountingModel
from rollproof.model.systems import MODELS, counting

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("model", sorted(MODELS))
def test_each_counting_model_implements_the_protocol(model):
    C = counting(model)
    assert isinstance(C, CountingModel)
    assert C.NAME == model
    assert C.choices is None or callable(C.choices)


def test_the_solver_reads_of_a_counting_model_only_what_the_protocol_names():
    members = set(typing.get_type_hints(CountingModel)) | {
        n for n, v in vars(CountingModel).items() if callable(v) and not n.startswith("_")
    }
    read = set()
    for path in sorted((ROOT / "solver").glob("*.py")):
        read |= set(re.findall(r"\bC\.([A-Za-z_][A-Za-z_0-9]*)", path.read_text(encoding="utf-8")))
    assert read, "the solver reads some counting model"
    assert read <= members, sorted(read - members)
