"""Which modules make up each model: the per-instance reference and its counting encoding."""

from __future__ import annotations

import importlib
from types import ModuleType

from rollproof.model.counting import CountingModel

MODELS = {
    "scale_set": ("rollproof.model.scale_set", "rollproof.model.scale_set_counts"),
    "cloud_service": ("rollproof.model.cloud_service", "rollproof.model.cloud_service_counts"),
}


def reference(model: str) -> ModuleType:
    """The per-instance model of ``model``."""
    return importlib.import_module(MODELS[model][0])


def counting(model: str) -> CountingModel:
    """The counting model of ``model`` (what the solver reads)."""
    return importlib.import_module(MODELS[model][1])  # type: ignore[return-value]
