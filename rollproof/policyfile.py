"""Policy files: TOML, one model per file, read strictly into a ``PolicyFile`` record.

Every mistake (unknown key or table, wrong type, value out of range, unknown property ID or
verdict word in ``[expect]``, a TOML syntax error, a missing file) is a ``PolicyFileError`` that
names the file and the key; the command line prints it as one line and exits 2.  Ranges are not
checked here: the model's policy class validates its own parameters and its ``PolicyError`` is
reworded, so the file reader and the model cannot disagree about what a policy is.
"""

from __future__ import annotations

import enum
import re
import tomllib
from pathlib import Path
from typing import Any

import attrs
from attrs import frozen

from rollproof.model import systems
from rollproof.model.core import PolicyError

VERDICTS = ("proved", "refuted", "unknown", "not-applicable")
TOP_KEYS = ("name", "model", "description", "runs")
PROPERTY_KEYS = ("id", "kind", "holds", "goal", "description")
USER_ID_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,63}$")
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")


class PolicyFileError(Exception):
    """Bad input, located: ``error: FILE: KEY: what is wrong (got VALUE; allowed RANGE)``."""

    def __init__(self, file: str, key: str, what: str, got: Any = None, allowed: str | None = None) -> None:
        self.file, self.key, self.what, self.got, self.allowed = file, key, what, got, allowed
        super().__init__(self.line())

    def line(self) -> str:
        detail = []
        if self.got is not None:
            detail.append(f"got {self.got}")
        if self.allowed is not None:
            detail.append(f"allowed {self.allowed}")
        tail = f" ({'; '.join(detail)})" if detail else ""
        return f"error: {self.file}: {self.key}: {self.what}{tail}"


SOURCE_KINDS = ("input", "variable", "azure-default", "model-default")


@frozen
class Source:
    """Where a policy parameter's value came from.

    ``input``: written in the input (``at`` the file and line, ``key`` the field as written);
    ``variable``: written there as a reference (``variable``: ``var.n``, ``parameters('n')``) whose
    value comes from ``value_at`` (a default, a ``.tfvars`` line, a parameters file, the command
    line); ``azure-default``: absent, and Azure's default applies; ``model-default``: the input has
    no such field, and the model's default applies (a named choice of the reference semantics).
    """

    kind: str
    at: str | None = None
    key: str | None = None
    variable: str | None = None
    value_at: str | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "at": self.at, "key": self.key, "variable": self.variable,
                "value_at": self.value_at, "note": self.note}


@frozen
class Ignored:
    """A field of the input that this version validates but does not model, and what that means."""

    key: str
    at: str
    value: Any
    why: str

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "at": self.at, "value": self.value, "why": self.why}


@frozen
class PolicyFile:
    """A checked policy: its name, where it came from, its model, the policy value and ``[expect]``.

    ``input`` is what ``rollproof check`` is given to read it again (a Terraform resource's folder,
    say), ``format`` the kind of input; ``sources`` says where each parameter came from and
    ``ignored`` lists the fields read but not modelled.
    """

    name: str
    file: str
    model: str
    policy: Any
    expect: dict[str, str] = attrs.field(factory=dict)
    description: str = ""
    input: str = ""
    format: str = "toml"
    address: str = ""
    sources: dict[str, Source] = attrs.field(factory=dict)
    ignored: tuple[Ignored, ...] = ()
    #: The file has an ``[expect]`` table (None: as ``expect`` is non-empty).  Without one the
    #: policy is explored, not judged: its verdicts are findings, never differences.
    expect_table: bool | None = None
    #: Checked for comparison only (a baseline of a named choice): not listed as a policy of its own.
    hidden: bool = False
    #: The file's own questions (``[[property]]``), as registry properties, checked after the catalog's.
    properties: tuple[Any, ...] = ()
    #: Runs the file supplies (``runs``: trace files, as written there), each replayed as a ``Trace``:
    #: where a check ends unknown, a run among them that replays under the policy and breaks the
    #: property refutes it (``checking.settle``), a counterexample not shown to be shortest.
    run_files: tuple[str, ...] = ()
    runs: tuple[Any, ...] = attrs.field(default=(), eq=False, repr=False)

    @property
    def parameters(self) -> dict[str, Any]:
        return parameters(self.policy)

    @property
    def judged(self) -> bool:
        """Whether the verdicts are judged against ``[expect]`` (an exploration has nothing to differ from)."""
        return bool(self.expect) if self.expect_table is None else self.expect_table

    @property
    def reproduce(self) -> str:
        """The path ``rollproof check`` is given to check this policy again."""
        return self.input or self.file

    def expected(self, property_id: str) -> str | None:
        """The expected verdict: the ``[expect]`` entry, else ``proved``; None for an explored policy."""
        if not self.judged:
            return None
        return self.expect.get(property_id, "proved")

    def warnings(self) -> list[str]:
        """The policy's own warnings, then one line per field read but not modelled."""
        out = list(getattr(self.policy, "warnings", lambda: [])())
        for ig in self.ignored:
            out.append(f"{ig.key}: not modelled, ignored (got {show(ig.value)}): {ig.why}")
        return out

    def sources_json(self) -> dict[str, Any]:
        """Every parameter's source, in field order (``model-default`` where none is recorded)."""
        fallback = Source("model-default", note="not in the input; the model's default")
        return {k: self.sources.get(k, fallback).to_json() for k in self.parameters}


# --------------------------------------------------------------------------------------------
# Values as TOML writes them


def show(v: Any) -> str:
    """A value as TOML would spell it (for error messages)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {show(x)}" for k, x in v.items()) + " }" if v else "{}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(show(x) for x in v) + "]"
    return str(v)


def _plain(v: Any) -> Any:
    """A policy field as a plain JSON/TOML value: enums by name, pairs as tables, sets sorted."""
    if isinstance(v, enum.Enum):
        return v.name.lower()
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (set, frozenset)):
        return sorted(_plain(x) for x in v)
    if isinstance(v, tuple) and v and all(isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], str) for p in v):
        return {k: _plain(x) for k, x in v}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


def parameters(policy: Any) -> dict[str, Any]:
    """Every parameter of a policy value (defaults included) as plain values, in field order."""
    return {f.name: _plain(getattr(policy, f.name)) for f in attrs.fields(type(policy))}


def parameter_names(model: str) -> list[str]:
    return [f.name for f in attrs.fields(systems.reference(model).Policy)]


def policy_error_what(e: PolicyError, written: Any = None) -> str:
    """What is wrong, in a few words: the validator's reason, else the kind of mistake.

    ``written`` is the value as the file wrote it (an empty table is empty, not of a wrong type).
    """
    if e.why:
        return e.why
    if isinstance(written, (dict, list)) and not written:
        return "is empty"
    v = e.value
    if isinstance(v, int) and not isinstance(v, bool):
        return "out of range"
    if isinstance(v, str) and ('"' in e.allowed or "'" in e.allowed):
        # A word where the range also takes a number ("an integer >= 1, or "any"") is most likely
        # a number written as a word: the type is what is wrong, not the choice among the words.
        if re.search(r"\b(integer|count|number)\b|\d\.\.", e.allowed):
            return "wrong type: neither a number nor one of the words allowed"
        return "not one of the choices"
    return "wrong type"


def build_policy(model: str, params: dict[str, Any]) -> Any:
    """The model's policy value from plain parameters; raises ``PolicyError`` for a bad value."""
    return systems.reference(model).Policy(**params)


# --------------------------------------------------------------------------------------------
# Reading


def _catalog_ids(model: str) -> list[str]:
    from rollproof.properties.registry import properties_for

    return [p.id for p in properties_for(model)]


def _allowed_list(items: list[str], limit: int = 6) -> str:
    if len(items) <= limit:
        return ", ".join(items)
    return ", ".join(items[:limit]) + f", … ({len(items)} in all)"


def _syntax_error(file: str, text: str, err: tomllib.TOMLDecodeError) -> PolicyFileError:
    m = re.search(r"\(at line (\d+), column (\d+)\)", str(err))
    what = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(err)) or "invalid TOML"
    if m:
        lineno = int(m.group(1))
        lines = text.splitlines()
        got = lines[lineno - 1].strip() if 0 < lineno <= len(lines) else None
        return PolicyFileError(file, f"line {lineno}", f"not valid TOML: {what[0].lower() + what[1:]}",
                               show(got) if got else None, "TOML 1.0 syntax")
    return PolicyFileError(file, "(file)", f"not valid TOML: {what}", None, "TOML 1.0 syntax")


def load(path: str | Path, *, display: str | None = None) -> PolicyFile:
    """Read and check one policy file; raises ``PolicyFileError`` naming the file and key."""
    path = Path(path)
    file = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyFileError(file, "(file)", "no such file", None, "a readable .toml policy file") from None
    except IsADirectoryError:
        raise PolicyFileError(file, "(file)", "is a directory", None, "a readable .toml policy file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise PolicyFileError(file, "(file)", f"cannot be read: {e}", None, "a readable UTF-8 .toml policy file") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise _syntax_error(file, text, e) from None
    return from_dict(data, file=file, default_name=path.stem, base=path.parent)


def from_dict(data: dict[str, Any], *, file: str, default_name: str, base: Path | None = None) -> PolicyFile:
    """Check a parsed policy document; raises ``PolicyFileError`` naming the file and key.  ``base``:
    the folder the file's ``runs`` are relative to (default: the folder of ``file``)."""
    models = list(systems.MODELS)
    known = [*TOP_KEYS, *models, "expect", "property"]
    for key, value in data.items():
        if key not in known:
            kind = "table" if isinstance(value, dict) else "key"
            raise PolicyFileError(file, key, f"unknown top-level {kind}", show(value) if kind == "key" else None,
                                  ", ".join(known))

    model = data.get("model")
    if model is None:
        raise PolicyFileError(file, "model", "missing", None, " or ".join(show(m) for m in models))
    if model not in models:
        raise PolicyFileError(file, "model", "unknown model", show(model), " or ".join(show(m) for m in models))

    name = data.get("name", default_name)
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise PolicyFileError(file, "name", "must be a short name usable as a folder name", show(name),
                              "letters, digits, '.', '_', '-', starting with a letter or digit")
    description = data.get("description", "")
    if not isinstance(description, str):
        raise PolicyFileError(file, "description", "must be a string", show(description), "a string")

    for other in models:
        if other != model and other in data:
            raise PolicyFileError(file, other, f"table for another model (this file's model is {show(model)})",
                                  None, f"[{model}] and [expect]")

    table = data.get(model, {})
    if not isinstance(table, dict):
        raise PolicyFileError(file, model, "must be a table", show(table), f"[{model}] with parameter keys")
    try:
        names = parameter_names(model)
    except ImportError:
        raise PolicyFileError(file, "model", "this model is not available in this version", show(model),
                              " or ".join(show(m) for m in models)) from None
    for key, value in table.items():
        if key not in names:
            raise PolicyFileError(file, f"{model}.{key}", "unknown parameter", show(value), _allowed_list(names, 20))
    try:
        policy = build_policy(model, dict(table))
    except PolicyError as e:
        written = _as_written(data, e.key, e.value)
        raise PolicyFileError(file, e.key, policy_error_what(e, written), show(written), e.allowed) from None
    except TypeError as e:  # a constructor that refuses a value's shape before validating it
        raise PolicyFileError(file, model, f"invalid parameters: {e}") from None

    sources = {k: Source("input", at=file, key=f"{model}.{k}") for k in table}
    props = check_properties(file, data.get("property", []), model, policy)
    expect = check_expect(file, "expect", data.get("expect", {}), model, [p.id for p in props])
    run_files = data.get("runs", [])
    runs = check_runs(file, run_files, model, Path(file).parent if base is None else base)
    return PolicyFile(name=name, file=file, model=model, policy=policy, expect=expect, description=description,
                      sources=sources, expect_table="expect" in data, properties=tuple(props),
                      run_files=tuple(run_files), runs=runs)


def check_runs(file: str, paths: Any, model: str, base: Path) -> tuple[Any, ...]:
    """The runs a policy file supplies (``runs``: trace files written by rollproof, relative to the
    policy file), each replayed through the model under the policy it was written for."""
    from rollproof import itf

    allowed = "a list of .itf.json trace files written by rollproof, relative to the policy file"
    if not isinstance(paths, list) or not all(isinstance(x, str) for x in paths):
        raise PolicyFileError(file, "runs", "must be a list of file names", show(paths), allowed)
    out = []
    for k, rel in enumerate(paths):
        key = f"runs[{k}]"
        try:
            loaded = itf.read(base / rel, display=rel)
        except itf.ItfError as e:
            i = e.inner
            raise PolicyFileError(file, key, f"{rel}: {i.key}: {i.what}", i.got, i.allowed or allowed) from None
        if loaded.model != model:
            raise PolicyFileError(file, key, f"{rel}: a run of another model", show(loaded.model), show(model))
        trace, mismatch = itf.run_of(loaded)
        if mismatch is not None:
            raise PolicyFileError(file, key, f"{rel}: does not replay under the policy it was written for: "
                                  f"{mismatch}", None, allowed)
        out.append(trace)
    return tuple(out)


def check_properties(file: str, tables: Any, model: str, policy: Any) -> list[Any]:
    """The ``[[property]]`` tables: each a user question (``properties.user``), its expression
    checked against the model's observables.  The first table is ``property[1]``."""
    from rollproof.properties import expressions as E
    from rollproof.properties import user
    from rollproof.properties.registry import all_ids

    if not isinstance(tables, list) or not all(isinstance(x, dict) for x in tables):
        raise PolicyFileError(file, "property", "must be an array of tables", show(tables),
                              "[[property]] tables with id, kind, holds or goal, description")
    catalog, out = set(all_ids()), []
    for k, t in enumerate(tables, start=1):
        at = f"property[{k}]"
        for key, value in t.items():
            if key not in PROPERTY_KEYS:
                raise PolicyFileError(file, f"{at}.{key}", "unknown key", show(value), ", ".join(PROPERTY_KEYS))
        pid = t.get("id")
        if pid is None:
            raise PolicyFileError(file, f"{at}.id", "missing", None, "an ID such as \"SERVING-75\"")
        if not isinstance(pid, str) or not USER_ID_RE.match(pid):
            raise PolicyFileError(file, f"{at}.id", "not a property ID", show(pid),
                                  "letters, digits, '-', '_', '.', starting with a letter, at most 64")
        pid = pid.upper()  # IDs are matched in any case, as in [expect] and --property
        if pid in catalog:
            raise PolicyFileError(file, f"{at}.id", "a catalog property has this ID", show(t["id"]),
                                  "an ID no catalog property has (rollproof list)")
        if pid in (p.id for p in out):
            raise PolicyFileError(file, f"{at}.id", f"{pid} is defined twice", show(t["id"]), "one table per ID")
        kind = t.get("kind", "inv")
        if kind not in user.KINDS:
            raise PolicyFileError(file, f"{at}.kind", "unknown kind", show(kind), " or ".join(show(x) for x in user.KINDS))
        word = "goal" if kind == "reach" else "holds"
        other = "holds" if kind == "reach" else "goal"
        if other in t:
            raise PolicyFileError(file, f"{at}.{other}", f"a {kind} property states {word}, not {other}",
                                  show(t[other]), f"{word} = \"…\"")
        source = t.get(word)
        if source is None:
            raise PolicyFileError(file, f"{at}.{word}", "missing", None, "an expression over the observables")
        if not isinstance(source, str):
            raise PolicyFileError(file, f"{at}.{word}", "must be a string", show(source),
                                  "an expression over the observables, in quotes")
        description = t.get("description", "")
        if not isinstance(description, str):
            raise PolicyFileError(file, f"{at}.description", "must be a string", show(description), "a string")
        try:
            tree = user.compile_expression(model, policy, source, kind=kind)
        except E.ExprError as e:
            names = user.vocabulary(model, policy, kind)
            raise PolicyFileError(file, f"{at}.{word}", f"{e.what} at column {e.column}", show(e.got),
                                  "the observable names " + _allowed_list(names, 40 if kind != "step" else 12)
                                  + "; integers; + - * (by a constant), // (by a nonzero integer); < <= > >= == !=; and or not; "
                                  "implies(a, b), min, max; all/any(… for x in FAMILY); parentheses") from None
        try:
            out.append(user.define(model, pid, kind, source, tree, description))
        except user.Conflict as e:
            raise PolicyFileError(file, f"{at}.id", str(e), show(t["id"]), "one expression per ID in a run") from None
    return out


def check_expect(file: str, key: str, table: Any, model: str, own: list[str] = ()) -> dict[str, str]:
    """An ``[expect]`` table checked against the model's catalog and the file's own properties
    (``own``): property ID -> verdict word."""
    if not isinstance(table, dict):
        raise PolicyFileError(file, key, "must be a table", show(table), f"[{key}] with property IDs")
    ids = _catalog_ids(model) + list(own)
    expect: dict[str, str] = {}
    for written, verdict in table.items():
        pid = written.strip().upper()  # IDs are matched in any case
        if pid not in ids:
            from rollproof.catalog import closest, did_you_mean

            raise PolicyFileError(file, f"{key}.{written}",
                                  f"unknown property ID for model {model}{did_you_mean(closest(pid, ids))}",
                                  written, f"one of the {len(ids)} IDs of 'rollproof list --model {model}'")
        if pid in expect:
            raise PolicyFileError(file, f"{key}.{written}", f"{pid} is named twice", show(verdict),
                                  "one entry per property")
        if verdict not in VERDICTS:
            raise PolicyFileError(file, f"{key}.{written}", "unknown verdict", show(verdict),
                                  ", ".join(show(v) for v in VERDICTS))
        expect[pid] = verdict
    return expect


def _as_written(data: dict[str, Any], key: str, value: Any) -> Any:
    """The value at ``key`` (``cloud_service.roles.web``) as the file wrote it, else ``value``: a
    validator sees the converted value (a table of roles as a tuple of pairs), the user their own."""
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return value
        node = node[part]
    return node


def seed_defaults() -> list[PolicyFile]:
    """The built-in seed-default policy of each model whose reference model exists (no ``[expect]``)."""
    out = []
    for model in systems.MODELS:
        try:
            policy = systems.reference(model).Policy()
        except ImportError:
            continue
        name = f"{model.replace('_', '-')}-seed-defaults"
        out.append(PolicyFile(name=name, file="(built-in)", model=model, policy=policy,
                              description="the seed document's defaults"))
    return out
