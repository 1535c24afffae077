"""Table checks of the scale-set model's pure functions (VMSS-HISTORY, VMSS-ENABLE-RULES, X-STEP-PURE).

Placeholder module: the history reader (A-26, A-27), the enable rules (A-7, A-13…A-21) and their
tables are being written; until then each check reports that it has no table.
"""

from __future__ import annotations


def history_table_disagreements(policy) -> list[str]:
    return ["no history table yet"]


def enable_table_disagreements(policy) -> list[str]:
    return ["no enable-rules table yet"]


def purity_disagreements(policy) -> list[str]:
    return ["no purity table yet"]
