"""``rollproof.toml`` beside Terraform or Azure JSON: the verdicts expected of each resource there.

A ``.tf`` or JSON file has no ``[expect]`` table, so the folder holding it may have one file naming
its resources by address (or ARM resource name)::

    [expect."azurerm_linux_virtual_machine_scale_set.web"]
    VMSS-PRECHECK = "refuted"

    [description]
    "azurerm_linux_virtual_machine_scale_set.web" = "what this resource shows"

Each table is checked as a policy file's ``[expect]`` is (property IDs of the resource's model,
verdict words); an address that names no resource of the folder is an error when the whole folder
is checked (with single files, it may name a resource of a file not given).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Callable

import attrs

from rollproof import policyfile
from rollproof.policyfile import PolicyFile, PolicyFileError, show

FILE_NAME = "rollproof.toml"
KEYS = ("expect", "description")


def _read(path: Path, display: str) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PolicyFileError(display, "(file)", f"cannot be read: {e}", None, "a readable UTF-8 TOML file") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise policyfile._syntax_error(display, text, e) from None
    for key, value in data.items():
        if key not in KEYS:
            raise PolicyFileError(display, key, "unknown top-level key", None, ", ".join(KEYS))
        if not isinstance(value, dict):
            raise PolicyFileError(display, key, "must be a table", show(value), f'[{key}."ADDRESS"] tables')
    return data


def apply(policies: list[PolicyFile], origin: list[tuple[Path, bool] | None],
          display: Callable[[Path], str]) -> list[PolicyFile]:
    """The policies with the ``[expect]`` and description their folder's ``rollproof.toml`` gives them."""
    folders: dict[Path, list[int]] = {}
    whole: dict[Path, bool] = {}
    given: dict[Path, Path] = {}
    for k, orig in enumerate(origin):
        if orig is not None:
            folder = orig[0].resolve()
            folders.setdefault(folder, []).append(k)
            whole[folder] = whole.get(folder, False) or orig[1]
            given.setdefault(folder, orig[0])
    out = list(policies)
    for folder, ks in folders.items():
        path = folder / FILE_NAME
        if not path.is_file():
            continue
        shown = display(given[folder] / FILE_NAME)
        data = _read(path, shown)
        mine = {k: policies[k] for k in ks}

        def find(addr: str, table: str) -> list[int]:
            hits = [k for k, pf in mine.items() if addr in (pf.address, pf.name)]
            if not hits and whole[folder]:
                names = sorted({pf.address for pf in mine.values()})
                raise PolicyFileError(shown, f'{table}."{addr}"', "names no resource of this folder", None,
                                      policyfile._allowed_list(names))
            return hits

        for addr, table in data.get("expect", {}).items():
            for k in find(addr, "expect"):
                expect = policyfile.check_expect(shown, f'expect."{addr}"', table, out[k].model)
                out[k] = attrs.evolve(out[k], expect=expect)
        for addr, text in data.get("description", {}).items():
            if not isinstance(text, str):
                raise PolicyFileError(shown, f'description."{addr}"', "must be a string", show(text), "a string")
            for k in find(addr, "description"):
                out[k] = attrs.evolve(out[k], description=text)
    return out
