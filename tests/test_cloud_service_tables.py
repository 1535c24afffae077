"""The U-7, U-9 and U-13 tables cell by cell against the seed text, and U-31's examples."""

from __future__ import annotations

import pytest

from rollproof.model import cloud_service as cs

# The seed's tables, as printed in the seed clauses (U-7, U-13).
U7_TEXT = """
| OS version | yes | yes | yes |
| .NET trust level | yes | yes | yes |
| VM size | yes (SDK 1.5+) | yes | yes |
| local storage settings | increase only (SDK 1.5+) | yes | yes |
| add or remove roles | yes | yes | yes |
| number of instances of a role | yes | yes | yes |
| number or type of endpoints | yes (SDK 1.5+) | **no** | yes |
| configuration setting names and values | yes | yes | yes |
| configuration setting values only | yes | yes | yes |
| add new certificates | yes | yes | yes |
| change existing certificates | yes | yes | yes |
| deploy new code | yes | yes | yes |
"""
U13_TEXT = """
| VM reboot | kept | kept | kept |
| portal reboot | kept | kept | destroyed |
| portal reimage | kept | destroyed | destroyed |
| in-place upgrade | kept | kept | destroyed |
| node migration | destroyed | destroyed | destroyed |
"""
ROW_NAMES = {
    "OS version": ["os_version"], ".NET trust level": ["net_trust_level"], "VM size": ["vm_size"],
    "local storage settings": ["local_storage_increase", "local_storage_decrease"],
    "add or remove roles": ["add_remove_roles"], "number of instances of a role": ["instance_count"],
    "number or type of endpoints": ["endpoints"], "configuration setting names and values": ["config_names_and_values"],
    "configuration setting values only": ["config_values_only"], "add new certificates": ["add_certificates"],
    "change existing certificates": ["change_certificates"], "deploy new code": ["deploy_new_code"],
}


def _rows(text):
    for line in text.strip().splitlines():
        cells = [c.strip().strip("*") for c in line.strip("|").split("|")]
        yield cells[0], cells[1:]


U7_CELLS = [
    (row, kind, cell, change)
    for row, cells in _rows(U7_TEXT)
    for kind, cell in zip(cs.TABLE_KINDS, cells)
    for change in ROW_NAMES[row]
]


@pytest.mark.parametrize("row,kind,cell,change", U7_CELLS)
def test_each_u7_cell_decides_whether_the_change_is_allowed(row, kind, cell, change):
    want = cell != "no" and not (cell.startswith("increase only") and change != "local_storage_increase")
    assert cs.change_allowed(kind, change) == want


def test_u7_has_every_seed_row_and_no_other():
    assert [r for r, _ in _rows(U7_TEXT)] == list(ROW_NAMES)
    assert len(cs.CHANGE_TABLE) == len(ROW_NAMES)


@pytest.mark.parametrize("change", cs.U9_CHANGES)
def test_u9_changes_are_refused_during_an_update_and_need_a_vip_swap_otherwise(change):
    assert not cs.change_allowed_during_update(change)
    assert not cs.change_allowed("in_place", change)
    assert cs.change_allowed("vip_swap", change) and cs.change_allowed("delete_redeploy", change)


@pytest.mark.parametrize("row,cells", list(_rows(U13_TEXT)))
def test_each_u13_row_keeps_and_destroys_exactly_its_drives(row, cells):
    op = row.replace("-", "_").replace(" ", "_").lower()
    got = cs.drives_after(op, (True, True, True))
    assert ["kept" if d else "destroyed" for d in got] == cells


def test_a_destroyed_drive_stays_destroyed_whatever_comes_next():
    for op in cs.DRIVE_TABLE:
        assert cs.drives_after(op, (False, False, False)) == (False, False, False)


def test_a_vm_size_change_destroys_local_data():
    assert cs.drives_after("vm_size_change", (True, True, True))[0] is False  # U-8


@pytest.mark.parametrize("n,sizes", [(10, [2, 2, 2, 2, 2]), (14, [3, 3, 3, 3, 2])])
def test_u31_examples_spread_over_five_uds(n, sizes):
    assert [cs.ud_size(n, u, 5) for u in range(5)] == sizes
    s = cs.initial_state(cs.Policy(roles={"r": n}))
    assert [sum(1 for x in s.instances if x.ud == u) for u in range(5)] == sizes


def test_the_u33_figure_spreads_web_8_and_worker_9_over_two_uds():
    s = cs.initial_state(cs.Policy(upgrade_domains=2))
    assert [sum(1 for x in s.instances if x.role == "web" and x.ud == u) for u in (0, 1)] == [4, 4]
    assert [sum(1 for x in s.instances if x.role == "worker" and x.ud == u) for u in (0, 1)] == [5, 4]


@pytest.mark.parametrize("k", range(1, 21))
def test_every_ud_count_up_to_20_spreads_evenly_from_ud_0(k):
    for n in range(1, 30):
        sizes = [cs.ud_size(n, u, k) for u in range(k)]
        assert sum(sizes) == n and max(sizes) - min(sizes) <= 1 and sizes == sorted(sizes, reverse=True)
