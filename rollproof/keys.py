"""The policy-key reference, generated from the policy classes' own field metadata.

Every field of a model's policy class carries ``meaning``, ``range`` and ``source`` (and
``named_choice`` where the seeds are vague), so ``rollproof explain KEY``, ``rollproof list --keys``
and ``docs/policy-keys.md`` are read from the code and cannot drift from it.
``python -m rollproof.keys`` rewrites the document.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import attrs
from attrs import frozen

from rollproof.model import systems
from rollproof import policyfile

DOC = Path(__file__).resolve().parent.parent / "docs" / "policy-keys.md"
METADATA = ("meaning", "range", "source")
MODEL_NAMES = {"scale_set": "scale set", "cloud_service": "cloud service"}

#: The keys of a policy file outside the model's table (``policyfile.TOP_KEYS`` and ``[expect]``).
FILE_KEYS: dict[str, tuple[str, str]] = {
    "name": ("the policy's name: names its output folder and its rows in reports",
             "letters, digits, '.', '_', '-', starting with a letter or digit (default: the file's name)"),
    "model": ("which model the policy is for; the file then has one table of that name",
              '"scale_set" or "cloud_service" (required)'),
    "description": ("what the policy shows, in a sentence (the report prints it)", "a string"),
    "runs": ("runs the file supplies: trace files (as rollproof writes them) that a check ending unknown "
             "tries, as it tries other policies' counterexamples; one that replays under the policy and "
             "breaks the property refutes it (not shown to be shortest)",
             "a list of .itf.json files, relative to the policy file (default: none)"),
    "expect": ("the [expect] table: the verdict each property is known to have. With a table, every "
               "verdict is judged against it (a property it does not name is expected proved) and a "
               "difference exits 1; without one, the policy is explored and its refutations are findings",
               'property ID = "proved", "refuted", "unknown" or "not-applicable"'),
}


class MissingMetadata(Exception):
    """A policy field without its reference text: a key a user could not look up."""


@frozen
class Key:
    """One parameter of a model's policy: what it means, its default, the values it takes, its source."""

    model: str
    name: str
    default: Any
    meaning: str
    range: str
    source: str
    named_choice: bool = False

    @property
    def qualified(self) -> str:
        return f"{self.model}.{self.name}"

    @property
    def default_text(self) -> str:
        return policyfile.show(policyfile._plain(self.default))


def _default(f: attrs.Attribute) -> Any:
    d = f.default
    if isinstance(d, attrs.Factory):  # type: ignore[arg-type]
        return d.factory()  # type: ignore[union-attr]
    if f.converter is not None and d is not attrs.NOTHING:
        return f.converter(d)
    return d


def keys(model: str) -> list[Key]:
    """The keys of ``model``'s policy table, in field order; a field without metadata is an error."""
    out = []
    for f in attrs.fields(systems.reference(model).Policy):
        missing = [m for m in METADATA if not str(f.metadata.get(m, "")).strip()]
        if missing:
            raise MissingMetadata(f"{model}.{f.name}: no {', '.join(missing)} in the field's metadata")
        out.append(Key(model, f.name, _default(f), f.metadata["meaning"], f.metadata["range"],
                       f.metadata["source"], bool(f.metadata.get("named_choice", False))))
    return out


def models() -> list[str]:
    """The models whose reference model is available."""
    out = []
    for m in systems.MODELS:
        try:
            systems.reference(m)
        except ImportError:
            continue
        out.append(m)
    return out


def all_keys() -> list[Key]:
    return [k for m in models() for k in keys(m)]


def _norm(name: str) -> str:
    return name.strip().lower().replace("-", "_")


def find(name: str) -> list[Key]:
    """The keys called ``name`` (``batch_rounding`` or ``scale_set.batch_rounding``; any case)."""
    n = _norm(name)
    return [k for k in all_keys() if n in (k.name, k.qualified)]


def names() -> list[str]:
    """Every key as a user may write it: bare and qualified, and the file's own keys."""
    out: list[str] = list(FILE_KEYS)
    for k in all_keys():
        out += [k.name, k.qualified]
    return out


def file_key_text(name: str, width: int = 100) -> str | None:
    """``rollproof explain expect``: a key of the file itself (``name``, ``model``, ``description``,
    ``[expect]``), or None."""
    n = _norm(name).strip("[]")
    if n not in FILE_KEYS:
        return None
    meaning, values = FILE_KEYS[n]
    head = f"[{n}]  (a table of the policy file)" if n == "expect" else f"{n}  (a top-level key of the policy file)"
    return "\n".join([head, *_field("meaning", meaning, width), *_field("values", values, width)])


def depending_properties(k: Key) -> list[str]:
    """The properties of ``k``'s model that name ``k`` among the parameters their verdict depends on."""
    from rollproof.properties.registry import properties_for

    return [p.id for p in properties_for(k.model) if k.name in p.depends_on]


# --------------------------------------------------------------------------------------------
# Text


def _field(label: str, text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=f"  {label:<9}", subsequent_indent=" " * 11,
                         break_on_hyphens=False) or [f"  {label}"]


def explain_text(k: Key, width: int = 100) -> str:
    """``rollproof explain KEY``: the key's meaning, default, values and source, within ``width`` columns."""
    kind = "named choice" if k.named_choice else "parameter"
    lines = [f"{k.qualified}  ({kind} of the {MODEL_NAMES.get(k.model, k.model)} policy)"]
    lines += _field("meaning", k.meaning, width)
    lines += _field("default", k.default_text, width)
    lines += _field("values", k.range, width)
    lines += _field("source", k.source, width)
    lines += _field("in TOML", f"[{k.model}] table: {k.name} = {k.default_text}", width)
    deps = depending_properties(k)
    if deps:
        lines += _field("read by", "the verdicts of " + ", ".join(deps), width)
    if k.named_choice:
        lines += _field("note", "the seeds are vague here: the default is one reading, and the report shows "
                                "what each choice leads to", width)
    return "\n".join(lines)


def list_text(model: str | None = None, width: int = 100) -> str:
    """Every key of every model (or one), a line each: name, default, meaning (``rollproof list --keys``)."""
    lines: list[str] = []
    for m in models():
        if model is not None and m != model:
            continue
        ks = keys(m)
        lines.append(f"[{m}]  ({MODEL_NAMES.get(m, m)} policy: {len(ks)} keys)")
        w = max(len(k.name) for k in ks)
        for k in ks:
            mark = "  (named choice)" if k.named_choice else ""
            lines.append(f"  {k.name:<{w}}  {k.default_text}{mark}")
            lines += textwrap.wrap(k.meaning, width=width, initial_indent=" " * 6, subsequent_indent=" " * 6,
                                   break_on_hyphens=False)
        lines.append("")
    lines.append("Each key in full: rollproof explain KEY (e.g. rollproof explain batch_rounding);")
    lines.append("all of them in one table: docs/policy-keys.md.")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# The document


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown() -> str:
    """``docs/policy-keys.md``: every key of every policy file, generated from the code."""
    lines = [
        "# Policy keys",
        "",
        "<!-- Generated from the policy classes' field metadata by `python -m rollproof.keys`; "
        "tests/test_keys.py fails when this file differs. -->",
        "",
        "A policy file is TOML, one model per file: the file's own keys, one table of the model's "
        "parameters (any key left out has its default), and an optional `[expect]` table. "
        "`rollproof explain KEY` prints any key below; `rollproof list --keys` lists them.",
        "",
        "A *named choice* is a parameter where the seed documents are vague: the default is one "
        "reading, and the report shows what each choice leads to.",
        "",
        "## The file",
        "",
        "| key | meaning | values |",
        "|---|---|---|",
    ]
    for name, (meaning, values) in FILE_KEYS.items():
        key = f"`[{name}]`" if name == "expect" else f"`{name}`"
        lines.append(f"| {key} | {_cell(meaning)} | {_cell(values)} |")
    lines.append("")
    for m in models():
        title = MODEL_NAMES.get(m, m)
        lines += [f"## `[{m}]`: the {title} policy", "",
                  "| key | default | values | meaning | source |", "|---|---|---|---|---|"]
        for k in keys(m):
            choice = " (named choice)" if k.named_choice else ""
            lines.append(f"| `{k.name}`{choice} | `{_cell(k.default_text)}` | {_cell(k.range)} | {_cell(k.meaning)} "
                         f"| {_cell(k.source)} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - the document's writer
    DOC.write_text(markdown(), encoding="utf-8")
    print(f"wrote {DOC}")
