"""Terraform: the azurerm scale-set resources of a module, read with python-hcl2.

A module is a folder's ``.tf`` files read together (``main.tf``, ``variables.tf``, …).  Values are
worked out as far as they can be without running Terraform: literals, ``var.NAME`` (from the
variable's ``default``, then ``terraform.tfvars``, ``*.auto.tfvars`` in name order, ``.tfvars`` files
named on the command line, then ``--var NAME=VALUE``: later wins, as in Terraform), ``local.NAME``
and templates made of these.  Anything else (a function call, a conditional, another resource's
attribute) is named in the error of the field that needs it.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from attrs import frozen

from rollproof.inputs.fields import Found, Resource, Unresolved
from rollproof.policyfile import PolicyFileError, show

SCALE_SET_TYPES = {
    "azurerm_linux_virtual_machine_scale_set": "tf",
    "azurerm_windows_virtual_machine_scale_set": "tf",
    "azurerm_orchestrated_virtual_machine_scale_set": "tf",
    "azurerm_virtual_machine_scale_set": "tf_legacy",
}
EXTENSION_TYPE = "azurerm_virtual_machine_scale_set_extension"
HCL = "HCL2 (Terraform) syntax"
_IDENT = r"[A-Za-z_][A-Za-z0-9_-]*"


# --------------------------------------------------------------------------------------------
# Parsing


@functools.lru_cache(maxsize=256)
def _parse_text(text: str) -> Any:
    from hcl2.query import DocumentView

    return DocumentView.parse(text)


def parse(path: Path, display: str) -> Any:
    """The parsed document (python-hcl2's query view); a syntax error names the file and line."""
    from lark.exceptions import UnexpectedInput

    text = read_text(path, display)
    try:
        return _parse_text(text)
    except UnexpectedInput as e:
        line = getattr(e, "line", None)
        lines = text.splitlines()
        got = lines[line - 1].strip() if line and 0 < line <= len(lines) else None
        first = str(e).splitlines()[0] if str(e) else "unexpected input"
        first = re.sub(r"\s*at line \d+, column \d+\.?", "", first)
        raise PolicyFileError(display, f"line {line}" if line else "(file)", f"not valid HCL: {first}",
                              show(got) if got else None, HCL) from None
    except Exception as e:  # noqa: BLE001 - the parser's other failures are bad input too, never a traceback
        raise PolicyFileError(display, "(file)", f"not valid HCL: {type(e).__name__}: {e}", None, HCL) from None


def read_text(path: Path, display: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyFileError(display, "(file)", "no such file", None, "a readable file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise PolicyFileError(display, "(file)", f"cannot be read: {e}", None, "a readable UTF-8 file") from None


def _line(node: Any) -> int | None:
    meta = node.raw.to_lark().meta
    return getattr(meta, "line", None)


# --------------------------------------------------------------------------------------------
# Values


@frozen
class Value:
    """A worked-out value, and the variable or local it came through (with where that is written)."""

    value: Any
    variable: str | None = None
    value_at: str | None = None


def _no_value(name: str) -> Unresolved:
    return Unresolved(f"var.{name}", f"variable {name} has no value",
                      f"a default, terraform.tfvars, *.auto.tfvars, or --var {name}=…")


def _split_template(inner: str) -> list[tuple[str, str]] | None:
    """A quoted template's parts: ("lit", text) and ("expr", expression); None for a directive (%{…})."""
    parts: list[tuple[str, str]] = []
    i, buf = 0, []
    while i < len(inner):
        if inner.startswith("$${", i) or inner.startswith("%%{", i):
            buf.append(inner[i + 1:i + 3])
            i += 3
        elif inner.startswith("%{", i):
            return None
        elif inner.startswith("${", i):
            depth, j = 1, i + 2
            while j < len(inner) and depth:
                depth += {"{": 1, "}": -1}.get(inner[j], 0)
                j += 1
            if buf:
                parts.append(("lit", "".join(buf)))
                buf = []
            parts.append(("expr", inner[i + 2:j - 1]))
            i = j
        else:
            buf.append(inner[i])
            i += 1
    if buf:
        parts.append(("lit", "".join(buf)))
    return parts


def _unescape(text: str) -> str:
    from hcl2.utils import process_escape_sequences

    return process_escape_sequences(text)


class Module:
    """A folder's ``.tf`` files: variables and their values, locals, and resources."""

    def __init__(self, files: list[tuple[Path, str]], var_files: list[tuple[Path, str]], cli_vars: dict[str, str]):
        self.declared: dict[str, tuple[Any, str | None, str]] = {}  # name -> (raw default | _MISSING, type, at)
        self.values: dict[str, tuple[Any, str]] = {}  # name -> (value, where it is written)
        self.locals: dict[str, tuple[Any, str]] = {}
        self.resources: list[tuple[str, str, str, Any, str]] = []  # (type, name, display, block, at)
        self.notes: list[str] = []
        self.files = files
        seen: dict[str, str] = {}
        for path, display in files:
            doc = parse(path, display)
            for block in doc.blocks():
                kind, labels = block.block_type, block.name_labels
                at = f"{display}:{_line(block)}"
                if kind == "variable" and labels:
                    attr = block.body.attribute("default")
                    typ = block.body.attribute("type")
                    self.declared[labels[0]] = (attr.value if attr is not None else _MISSING,
                                                str(typ.value) if typ is not None else None, at)
                elif kind == "locals":
                    for a in block.body.attributes():
                        self.locals[a.name] = (a.value, f"{display}:{_line(a)}")
                elif kind == "resource" and len(labels) == 2:
                    address = f"{labels[0]}.{labels[1]}"
                    if address in seen and (labels[0] in SCALE_SET_TYPES or labels[0] == EXTENSION_TYPE):
                        raise PolicyFileError(display, address, f"resource declared twice (also at {seen[address]})",
                                              None, "one resource block per address")
                    seen[address] = at
                    self.resources.append((labels[0], labels[1], display, block, at))
                elif kind == "module" and labels:
                    src = block.body.attribute("source")
                    where = f" (source {src.value})" if src is not None else ""
                    self.notes.append(f"{display}: module.{labels[0]}: module blocks are not followed{where}: "
                                      "check that module's folder, its inputs given with --var")
        for path, display in var_files:
            self._read_var_file(path, display)
        for name, text in cli_vars.items():
            if name in self.declared:
                self.values[name] = (self._typed_cli(name, text), "command line (--var)")

    # variables ---------------------------------------------------------------------------

    def _read_var_file(self, path: Path, display: str) -> None:
        if path.name.endswith(".json"):
            try:
                data = json.loads(read_text(path, display))
            except json.JSONDecodeError as e:
                raise PolicyFileError(display, f"line {e.lineno}", f"not valid JSON: {e.msg}", None, "JSON") from None
            if not isinstance(data, dict):
                raise PolicyFileError(display, "(file)", "must be a JSON object of variable values", None,
                                      '{"NAME": value, …}')
            for k, v in data.items():
                self.values[k] = (v, f"{display}: {k}")
            return
        doc = parse(path, display)
        for block in doc.blocks():
            raise PolicyFileError(display, f"line {_line(block)}", "a variables file holds assignments only",
                                  show(block.block_type), "NAME = value lines")
        for a in doc.attributes():
            v = self._literal(a.value)
            if isinstance(v, Unresolved):
                raise PolicyFileError(display, a.name, "a variables file holds values, not expressions",
                                      v.expr, "a literal value")
            self.values[a.name] = (v, f"{display}:{_line(a)}")

    def _literal(self, raw: Any) -> Any:
        got = self.evaluate(raw, set(), literal_only=True)
        return got.value

    def _typed_cli(self, name: str, text: str) -> Any:
        """A ``--var`` value, converted as the variable's declared type asks (as Terraform does)."""
        typ = (self.declared[name][1] or "").strip()
        bare = typ.removeprefix("${").removesuffix("}")
        if bare in ("", "string", "any", "number", "bool"):
            if bare == "number" and not re.fullmatch(r"-?\d+(\.\d+)?", text.strip()):
                raise PolicyFileError("command line", f"--var {name}", "not a number", show(text),
                                      f"a number, as variable {name} at {self.declared[name][2]} declares")
            if bare == "bool" and text not in ("true", "false"):
                raise PolicyFileError("command line", f"--var {name}", "not a bool", show(text),
                                      f"true or false, as variable {name} at {self.declared[name][2]} declares")
            return text  # a string; converted where a number or bool is asked for, as Terraform does
        try:
            doc = _parse_text(f"v = {text}\n")
            attr = doc.attribute("v")
        except Exception:  # noqa: BLE001 - reworded as bad input
            attr = None
        v = self._literal(attr.value) if attr is not None else Unresolved(text, "", "")
        if isinstance(v, Unresolved):
            raise PolicyFileError("command line", f"--var {name}", f"not a value of type {bare}", show(text),
                                  "an HCL literal such as [\"1\", \"2\"]")
        return v

    def variable(self, name: str) -> Value:
        if name in self.values:
            v, at = self.values[name]
            return Value(v, f"var.{name}", at)
        if name in self.declared:
            raw, _typ, at = self.declared[name]
            if raw is _MISSING:
                return Value(_no_value(name), f"var.{name}", None)
            d = self.evaluate(raw, set(), literal_only=True)
            return Value(d.value, f"var.{name}", f"{at} (default)")
        return Value(Unresolved(f"var.{name}", f"variable {name} is not declared",
                                f'a variable "{name}" block in the module'), f"var.{name}", None)

    # expressions --------------------------------------------------------------------------

    def evaluate(self, raw: Any, seen: set[str], literal_only: bool = False) -> Value:
        """What python-hcl2 serialized (``20``, ``'"Rolling"'``, ``'${var.n}'``) as a value."""
        if raw is None or isinstance(raw, (bool, int, float)):
            return Value(raw)
        if isinstance(raw, list):
            items = [self.evaluate(x, seen, literal_only) for x in raw]
            bad = next((i for i in items if isinstance(i.value, Unresolved)), None)
            if bad is not None:
                return bad
            via = next((i for i in items if i.variable), Value(None))
            return Value([i.value for i in items], via.variable, via.value_at)
        if isinstance(raw, dict):
            out = {}
            for k, x in raw.items():
                if str(k).startswith("__"):
                    continue
                item = self.evaluate(x, seen, literal_only)
                if isinstance(item.value, Unresolved):
                    return item
                out[str(k).strip('"')] = item.value
            return Value(out)
        text = str(raw)
        if text.startswith('"<<') or text.startswith("<<"):
            return Value(text)  # a heredoc: opaque text
        if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
            parts = _split_template(text[1:-1])
            if parts is None:
                return Value(Unresolved(text, "a template directive cannot be evaluated without running Terraform",
                                        "a literal, var.NAME or local.NAME"))
            if len(parts) == 1 and parts[0][0] == "expr":
                return self.expression(parts[0][1], seen, literal_only)
            pieces, via = [], Value(None)
            for kind, piece in parts:
                if kind == "lit":
                    pieces.append(_unescape(piece))
                    continue
                v = self.expression(piece, seen, literal_only)
                if isinstance(v.value, Unresolved):
                    return v
                via = via if via.variable else v
                pieces.append(_as_template_text(v.value))
            return Value("".join(pieces), via.variable, via.value_at)
        if text.startswith("${") and text.endswith("}"):
            return self.expression(text[2:-1], seen, literal_only)
        return self.expression(text, seen, literal_only)

    def expression(self, expr: str, seen: set[str], literal_only: bool) -> Value:
        e = expr.strip()
        while e.startswith("(") and e.endswith(")") and _balanced(e[1:-1]):
            e = e[1:-1].strip()
        if e in ("true", "false"):
            return Value(e == "true")
        if e == "null":
            return Value(None)
        if re.fullmatch(r"-?\d+", e):
            return Value(int(e))
        if re.fullmatch(r"-?\d+\.\d+([eE][-+]?\d+)?", e):
            return Value(float(e))
        if len(e) >= 2 and e[0] == '"' and e[-1] == '"':
            return self.evaluate(e, seen, literal_only)
        m = re.fullmatch(rf"var\.({_IDENT})", e)
        if m and not literal_only:
            return self.variable(m.group(1))
        m = re.fullmatch(rf"local\.({_IDENT})", e)
        if m and not literal_only:
            name = m.group(1)
            if name not in self.locals:
                return Value(Unresolved(e, f"local {name} is not defined", "a locals block defining it"))
            if name in seen:
                return Value(Unresolved(e, f"local {name} refers to itself", "a value without a cycle"))
            raw, at = self.locals[name]
            got = self.evaluate(raw, seen | {name}, literal_only)
            if got.variable:
                return Value(got.value, f"local.{name} ({got.variable})", got.value_at)
            return Value(got.value, f"local.{name}", at)
        if not literal_only and re.fullmatch(rf"(data\.)?{_IDENT}\.{_IDENT}(\[[^\]]*\])?(\.{_IDENT}(\[[^\]]*\])?)+", e) \
                and not e.startswith(("var.", "local.", "count.", "each.", "path.", "terraform.", "self.")):
            return Value(Unresolved(e, "refers to another resource: known only once Terraform applies it",
                                    "a literal, var.NAME or local.NAME", reference=True))
        return Value(Unresolved(e, "cannot be evaluated without running Terraform",
                                "a literal, var.NAME or local.NAME (a variable's value may be given with --var)"))


_MISSING = object()


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def _as_template_text(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# --------------------------------------------------------------------------------------------
# Resources


class TerraformResource(Resource):
    """One azurerm scale-set resource block of a module."""

    def __init__(self, module: Module, rtype: str, rname: str, display: str, block: Any, input_path: str):
        self.module, self.block = module, block
        self.address = f"{rtype}.{rname}"
        self.name = self.address
        self.file = display
        self.input = input_path
        self.format = "terraform"
        self.model = "scale_set"
        self.dialect = SCALE_SET_TYPES[rtype]
        self.prefix = self.address + "."
        for meta in ("count", "for_each"):
            attr = block.body.attribute(meta)
            if attr is not None:
                raise PolicyFileError(display, f"{self.address}.{meta}", "count and for_each are not expanded by "
                                      "this version", show(attr.value), "a resource block without count or for_each")

    def _found(self, attr: Any, key: str, display: str | None = None) -> Found:
        v = self.module.evaluate(attr.value, set())
        return Found(v.value, key, f"{display or self.file}:{_line(attr)}", v.variable, v.value_at, loose=True)

    def _block(self, body: Any, name: str, key: str) -> Any | None:
        blocks = body.blocks(name)
        if len(blocks) > 1:
            raise PolicyFileError(self.file, self.prefix + key, f"block written {len(blocks)} times "
                                  f"(also at line {_line(blocks[1])})", None, "at most one such block")
        if not blocks:
            for d in body.blocks("dynamic"):
                if d.name_labels and d.name_labels[0] == name:
                    raise PolicyFileError(self.file, f"{self.prefix}dynamic.{name}", "dynamic blocks are not "
                                          "expanded by this version", None, f"a plain {name} block")
            return None
        return blocks[0]

    def get(self, path: str) -> Found | None:
        *blocks, last = path.split(".")
        body = self.block.body
        for i, name in enumerate(blocks):
            b = self._block(body, name, ".".join(blocks[:i + 1]))
            if b is None:
                return None
            body = b.body
        attr = body.attribute(last)
        return None if attr is None else self._found(attr, path)

    def children(self, path: str) -> list[Found]:
        body = self.block.body
        parts = path.split(".")
        for i, name in enumerate(parts):
            b = self._block(body, name, ".".join(parts[:i + 1]))
            if b is None:
                return []
            body = b.body
        return [self._found(a, f"{path}.{a.name}") for a in body.attributes()]

    def extensions(self) -> list[tuple[Found, str]]:
        out = []
        for i, b in enumerate(self.block.body.blocks("extension")):
            t = b.body.attribute("type")
            p = b.body.attribute("publisher")
            if t is not None:
                pub = self.module.evaluate(p.value, set()).value if p is not None else ""
                out.append((self._found(t, f"extension[{i}].type"), pub if isinstance(pub, str) else ""))
        # Extensions declared as their own resources, attached by the scale set's ID.
        for rtype, rname, display, block, _at in self.module.resources:
            if rtype != EXTENSION_TYPE:
                continue
            ref = block.body.attribute("virtual_machine_scale_set_id")
            t = block.body.attribute("type")
            if ref is None or t is None or str(ref.value).strip() != "${" + self.address + ".id}":
                continue
            v = self.module.evaluate(t.value, set())
            out.append((Found(v.value, "type", f"{display}:{_line(t)}", v.variable, v.value_at, loose=True,
                              file=display, prefix=f"{rtype}.{rname}."), ""))
        return out

    def roles(self) -> None:
        return None


def read(files: list[tuple[Path, str]], chosen: set[str] | None, var_files: list[tuple[Path, str]],
         cli_vars: dict[str, str], input_path: str) -> tuple[list[TerraformResource], list[str], set[str]]:
    """The scale-set resources of a module (those written in ``chosen`` files, or all), its notes,
    and the variables it declares."""
    module = Module(files, var_files, cli_vars)
    out = []
    for rtype, rname, display, block, _at in module.resources:
        if rtype in SCALE_SET_TYPES and (chosen is None or display in chosen):
            out.append(TerraformResource(module, rtype, rname, display, block, input_path))
    return out, module.notes, set(module.declared)


def is_module_text(doc: Any) -> bool:
    """Whether a parsed HCL document is Terraform configuration (blocks) rather than a variables file."""
    return bool(doc.blocks())
