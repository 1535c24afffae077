"""The observed runs a folder holds, each with the policy it is checked against: ``conform.toml``.

``rollproof report`` reads every ``conform.toml`` under its folders and checks each run listed there
with ``rollproof conform`` (``rollproof.observed``), for its section *Observed runs against the
policy*.  The file is not a policy: the readers of inputs pass it by, as they pass ``rollproof.toml``.

    [[run]]
    file = "opencga-aborted.jsonl"                 # beside this file
    policy = "../../terraform/incidents"           # anything rollproof check reads, from this folder
    name = "azurerm_linux_virtual_machine_scale_set.opencga_workers"   # where it holds several
    description = "opencb/opencga#987: a 2-instance scale set on 20/20/20 aborting"
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from attrs import frozen

from rollproof.policyfile import PolicyFileError

FILE_NAME = "conform.toml"
KEYS = {"file": "a run file beside conform.toml", "policy": "a policy path, from conform.toml's folder",
        "name": "one policy of that input (optional)", "description": "one line (optional)"}


@frozen
class Case:
    """One observed run and the policy it is checked against."""

    run: Path
    policy: Path
    name: str | None
    description: str
    shown_run: str  # as the report names it: relative to the folder read


def _fail(file: str, key: str, what: str, got: object = None, allowed: str | None = None) -> PolicyFileError:
    return PolicyFileError(file, key, what, got, allowed)


def read(path: Path, shown: str) -> list[Case]:
    """The runs of one ``conform.toml`` (``shown``: its path as the user names it)."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise _fail(shown, "(file)", f"cannot be read: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise _fail(shown, "(file)", f"is not TOML: {e}") from None
    extra = sorted(set(doc) - {"run"})
    if extra:
        raise _fail(shown, extra[0], "is not a key of conform.toml", None, "[[run]] tables")
    runs = doc.get("run", [])
    if not isinstance(runs, list) or not all(isinstance(r, dict) for r in runs):
        raise _fail(shown, "run", "is not a list of tables", None, "[[run]] tables")
    out = []
    for k, r in enumerate(runs, start=1):
        where = f"run[{k}]"
        bad = sorted(set(r) - set(KEYS))
        if bad:
            raise _fail(shown, f"{where}.{bad[0]}", "is not a key of a run", None, ", ".join(KEYS))
        for key in ("file", "policy"):
            if not isinstance(r.get(key), str) or not r[key]:
                raise _fail(shown, f"{where}.{key}", "is missing or not text", r.get(key), KEYS[key])
        for key in ("name", "description"):
            if key in r and not isinstance(r[key], str):
                raise _fail(shown, f"{where}.{key}", "is not text", r[key], KEYS[key])
        run, policy = path.parent / r["file"], path.parent / r["policy"]
        if not run.is_file():
            raise _fail(shown, f"{where}.file", "names no file", r["file"], KEYS["file"])
        if not policy.exists():
            raise _fail(shown, f"{where}.policy", "names nothing that exists", r["policy"], KEYS["policy"])
        out.append(Case(run, policy, r.get("name"), r.get("description", ""),
                        (Path(shown).parent / r["file"]).as_posix()))
    return out


def find(roots: list[str]) -> list[tuple[Path, str]]:
    """Every ``conform.toml`` under the folders, in path order, with its path as shown."""
    found = []
    for root in roots:
        r = Path(root)
        if r.is_dir():
            found += [(p, p.as_posix()) for p in sorted(r.rglob(FILE_NAME))
                      if not any(part.startswith(".") for part in p.relative_to(r).parts)]
    return found
