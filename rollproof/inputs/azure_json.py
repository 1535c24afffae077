"""Azure resource JSON: ARM templates, parameters files, and resources as the REST API or the CLI prints them.

An ARM template's ``Microsoft.Compute/virtualMachineScaleSets`` and ``Microsoft.Compute/cloudServices``
resources are read with ``[parameters('x')]`` and ``[variables('x')]`` worked out (a parameter's value
from ``--var``, else the parameters file beside the template, ``NAME.parameters.json``, else its
``defaultValue``); any other template expression is named in the error of the field that needs it.
A single resource (``az resource show``, the REST API's GET, ``az vmss show`` with its properties
flattened to the top) or a list of them (``az vmss list``) is read as it is.  Property names are
matched without regard to case, as ARM does; errors name them as written.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from attrs import frozen

from rollproof.inputs.fields import Found, Resource, Unresolved
from rollproof.policyfile import PolicyFileError, show

TYPES = {"microsoft.compute/virtualmachinescalesets": "scale_set", "microsoft.compute/cloudservices": "cloud_service"}
TYPE_NAMES = "Microsoft.Compute/virtualMachineScaleSets or Microsoft.Compute/cloudServices"
EXPRESSIONS = "a value, [parameters('NAME')] or [variables('NAME')]"


def load_json(path: Path, display: str, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        lines = text.splitlines()
        got = lines[e.lineno - 1].strip() if 0 < e.lineno <= len(lines) else None
        raise PolicyFileError(display, f"line {e.lineno}", f"not valid JSON: {e.msg}", show(got) if got else None,
                              "JSON") from None


def kind_of(data: Any) -> str | None:
    """``template``, ``parameters``, ``terraform-json``, ``resource``, ``resources``, or None."""
    if isinstance(data, list):
        if data and all(isinstance(x, dict) and isinstance(x.get("type"), str) for x in data):
            return "resources"
        return None
    if not isinstance(data, dict):
        return None
    schema = str(data.get("$schema", "")).lower()
    if "deploymentparameters" in schema:
        return "parameters"
    if "deploymenttemplate" in schema or ("resources" in data and "contentVersion" in data):
        return "template"
    if "contentVersion" in data and isinstance(data.get("parameters"), dict):
        return "parameters"
    if isinstance(data.get("type"), str) and "/" in data["type"]:
        return "resource"
    if any(k in data for k in ("resource", "variable", "terraform", "provider")):
        return "terraform-json"
    return None


def _get(d: dict, key: str) -> tuple[str, Any] | None:
    """A key of ``d`` matched without regard to case: (key as written, value)."""
    if key in d:
        return key, d[key]
    low = key.lower()
    for k, v in d.items():
        if isinstance(k, str) and k.lower() == low:
            return k, v
    return None


# --------------------------------------------------------------------------------------------
# Template expressions


@frozen
class Resolved:
    value: Any
    variable: str | None = None
    value_at: str | None = None


class Template:
    """A template's parameters and variables, with the values the parameters file and ``--var`` give."""

    def __init__(self, data: dict, display: str, params_file: tuple[dict, str] | None, cli_vars: dict[str, str]):
        self.display = display
        got = _get(data, "parameters")
        self.declared: dict[str, Any] = got[1] if got and isinstance(got[1], dict) else {}
        got = _get(data, "variables")
        self.variables: dict[str, Any] = got[1] if got and isinstance(got[1], dict) else {}
        self.supplied: dict[str, tuple[Any, str]] = {}
        if params_file is not None:
            pdata, pdisplay = params_file
            given = _get(pdata, "parameters")
            for name, entry in (given[1] if given and isinstance(given[1], dict) else {}).items():
                if isinstance(entry, dict) and "value" in entry:
                    self.supplied[name.lower()] = (entry["value"], f"{pdisplay}: parameters.{name}.value")
                elif isinstance(entry, dict) and "reference" in entry:
                    self.supplied[name.lower()] = (Unresolved(f"parameters.{name}.reference",
                                                              "a Key Vault reference cannot be read here",
                                                              f"a value, or --var {name}=…"), pdisplay)
        for name, text in cli_vars.items():
            decl = _get(self.declared, name)
            if decl is not None:
                self.supplied[name.lower()] = (self._typed(decl[0], decl[1], text), "command line (--var)")

    def _typed(self, name: str, decl: Any, text: str) -> Any:
        typ = str(decl.get("type", "string")).lower() if isinstance(decl, dict) else "string"
        if typ == "int":
            if not re.fullmatch(r"-?\d+", text.strip()):
                raise PolicyFileError("command line", f"--var {name}", "not an integer", show(text),
                                      f"an integer, as parameter {name} of {self.display} declares")
            return int(text)
        if typ == "bool":
            if text.lower() not in ("true", "false"):
                raise PolicyFileError("command line", f"--var {name}", "not a bool", show(text),
                                      f"true or false, as parameter {name} of {self.display} declares")
            return text.lower() == "true"
        if typ in ("object", "array", "secureobject"):
            try:
                return json.loads(text)
            except json.JSONDecodeError:
                raise PolicyFileError("command line", f"--var {name}", f"not JSON (parameter {name} is an {typ})",
                                      show(text), "a JSON value") from None
        return text

    def resolve(self, value: Any, seen: frozenset[str] = frozenset()) -> Resolved:
        """A value with a whole-string template expression worked out (``[[`` escapes a literal ``[``)."""
        if not isinstance(value, str) or not value.startswith("[") or not value.endswith("]"):
            return Resolved(value)
        if value.startswith("[["):
            return Resolved(value[1:])
        inner = value[1:-1].strip()
        m = re.fullmatch(r"(parameters|variables)\(\s*'([^']*)'\s*\)", inner)
        if m is None:
            # reference: a function's value (resourceId(…)) is known once deployed, but certainly set
            return Resolved(Unresolved(value, "template expression not resolved by this version", EXPRESSIONS,
                                       reference=True))
        kind, name = m.groups()
        tag = f"{kind}('{name}')"
        if tag.lower() in seen:
            return Resolved(Unresolved(value, f"{tag} refers to itself", "a value without a cycle"), tag)
        if kind == "variables":
            got = _get(self.variables, name)
            if got is None:
                return Resolved(Unresolved(value, f"variable {name} is not defined in the template",
                                           "a name under variables"), tag)
            inner_r = self.resolve(got[1], seen | {tag.lower()})
            at = inner_r.value_at or f"{self.display}: variables.{got[0]}"
            return Resolved(inner_r.value, f"{tag}" + (f" ({inner_r.variable})" if inner_r.variable else ""), at)
        decl = _get(self.declared, name)
        if decl is None:
            return Resolved(Unresolved(value, f"parameter {name} is not declared in the template",
                                       "a name under parameters"), tag)
        if name.lower() in self.supplied:
            v, at = self.supplied[name.lower()]
            return Resolved(v, tag, at)
        d = _get(decl[1], "defaultValue") if isinstance(decl[1], dict) else None
        if d is None:
            return Resolved(Unresolved(value, f"parameter {decl[0]} has no value",
                                       f"a defaultValue, a parameters file or --var {decl[0]}=…"), tag)
        inner_r = self.resolve(d[1], seen | {tag.lower()})
        at = inner_r.value_at or f"{self.display}: parameters.{decl[0]}.defaultValue"
        return Resolved(inner_r.value, tag + (f" ({inner_r.variable})" if inner_r.variable else ""), at)


NO_TEMPLATE = Template({}, "", None, {})


# --------------------------------------------------------------------------------------------
# Resources


class AzureResource(Resource):
    """One scale set or cloud service in Azure's JSON form (a template's, or a resource as printed)."""

    def __init__(self, data: dict, model: str, display: str, prefix: str, fmt: str, template: Template):
        self.data, self.model, self.file, self.input, self.format = data, model, display, display, fmt
        self.template = template
        self.dialect = "arm"
        self.prefix = prefix
        # ``az vmss show`` prints the properties at the top; the REST API and templates under ``properties``.
        self.flat = _get(data, "properties") is None
        name = _get(data, "name")
        if name is None:
            raise PolicyFileError(display, prefix + "name", "missing", None, "the resource's name")
        r = template.resolve(name[1])
        if isinstance(r.value, Unresolved):
            raise PolicyFileError(display, prefix + name[0], r.value.what, r.value.expr, r.value.allowed)
        if not isinstance(r.value, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,159}", r.value):
            raise PolicyFileError(display, prefix + name[0], "names the policy, so must be usable as a folder name",
                                  show(r.value), "letters, digits, '.', '_', '-', starting with a letter or digit")
        self.address = self.name = r.value
        for meta in ("copy",):
            if _get(data, meta) is not None:
                raise PolicyFileError(display, prefix + meta, "copy loops are not expanded by this version", None,
                                      "a resource without copy")

    def _walk(self, path: str) -> tuple[Any, list[str], Resolved] | None:
        parts = path.split(".")
        if self.flat and parts[0] == "properties":
            parts = parts[1:]
        node: Any = self.data
        written: list[str] = []
        via = Resolved(None)
        for part in parts:
            if isinstance(node, Unresolved):
                return node, written, via
            if not isinstance(node, dict):
                return None
            got = _get(node, part)
            if got is None:
                return None
            written.append(got[0])
            r = self.template.resolve(got[1])
            if r.variable:
                via = r
            node = r.value
        return node, written, via

    def _found(self, value: Any, written: list[str], via: Resolved) -> Found:
        if isinstance(value, list):
            items = [self.template.resolve(x) for x in value]
            bad = next((i for i in items if isinstance(i.value, Unresolved)), None)
            value = bad.value if bad is not None else [i.value for i in items]
            via = via if via.variable else next((i for i in items if i.variable), via)
        return Found(value, ".".join(written), self.file, via.variable, via.value_at)

    def get(self, path: str) -> Found | None:
        got = self._walk(path)
        if got is None:
            return None
        return self._found(*got)

    def children(self, path: str) -> list[Found]:
        got = self._walk(path)
        if got is None or not isinstance(got[0], dict):
            return []
        node, written, via = got
        out = []
        for k, v in node.items():
            r = self.template.resolve(v)
            out.append(self._found(r.value, [*written, k], r if r.variable else via))
        return out

    def extensions(self) -> list[tuple[Found, str]]:
        got = self._walk("properties.virtualMachineProfile.extensionProfile.extensions")
        if got is None or not isinstance(got[0], list):
            return []
        items, written, _via = got
        out = []
        for i, ext in enumerate(items):
            ext = self.template.resolve(ext).value
            if not isinstance(ext, dict):
                continue
            base = [*written[:-1], f"{written[-1]}[{i}]"]
            props = _get(ext, "properties")
            # The REST form keeps the extension's type under properties; the CLI's flattened form
            # calls it typePropertiesType (its own "type" being the resource type).
            for holder, key, path in ((props[1] if props else None, "type", [props[0]] if props else []),
                                      (ext, "typePropertiesType", []), (ext, "type", [])):
                if isinstance(holder, dict) and _get(holder, key) is not None:
                    k, v = _get(holder, key)
                    r = self.template.resolve(v)
                    if key == "type" and holder is ext and isinstance(r.value, str) and "/" in r.value:
                        continue
                    pub = _get(holder, "publisher")
                    out.append((self._found(r.value, [*base, *path, k], r),
                                pub[1] if pub and isinstance(pub[1], str) else ""))
                    break
        return out

    def roles(self) -> tuple[Found, list[tuple[Found, Found | None]]] | None:
        got = self._walk("properties.roleProfile.roles")
        if got is None:
            return None
        items, written, via = got
        listed = self._found(items, written, via)
        if not isinstance(items, list):
            if isinstance(items, Unresolved):
                return listed, []
            raise PolicyFileError(self.file, self.prefix + ".".join(written), "must be a list of roles", None,
                                  "[{name, sku: {capacity}}, …]")
        out = []
        for i, role in enumerate(items):
            base = [*written[:-1], f"{written[-1]}[{i}]"]
            role = self.template.resolve(role).value
            if not isinstance(role, dict):
                raise PolicyFileError(self.file, self.prefix + ".".join(base), "must be an object", show(role),
                                      "{name, sku: {capacity}}")
            n = _get(role, "name")
            nr = self.template.resolve(n[1]) if n else Resolved(None)
            name_f = self._found(nr.value, [*base, n[0] if n else "name"], nr)
            cap_f = None
            sku = _get(role, "sku")
            if sku is not None:
                sr = self.template.resolve(sku[1])
                if isinstance(sr.value, dict) and _get(sr.value, "capacity") is not None:
                    ck, cv = _get(sr.value, "capacity")
                    cr = self.template.resolve(cv)
                    cap_f = self._found(cr.value, [*base, sku[0], ck], cr if cr.variable else sr)
            out.append((name_f, cap_f))
        return listed, out


def resources_of(data: Any, kind: str, display: str, params_file: tuple[dict, str] | None,
                 cli_vars: dict[str, str]) -> tuple[list[AzureResource], list[str], set[str]]:
    """The scale sets and cloud services of one JSON document, its notes, and the parameters it declares."""
    notes: list[str] = []
    if kind == "template":
        template = Template(data, display, params_file, cli_vars)
        got = _get(data, "resources")
        entries: list[tuple[str, Any]]
        if got is None:
            entries = []
        elif isinstance(got[1], dict):  # languageVersion 2.0: resources by symbolic name
            entries = [(f"{got[0]}.{k}.", v) for k, v in got[1].items()]
        elif isinstance(got[1], list):
            entries = [(f"{got[0]}[{i}].", v) for i, v in enumerate(got[1])]
        else:
            raise PolicyFileError(display, got[0], "must be a list of resources", None, "[{type, name, …}, …]")
        fmt, declared = "arm-template", {k for k in template.declared}
    elif kind == "resources":
        template, entries, fmt, declared = NO_TEMPLATE, [(f"[{i}].", v) for i, v in enumerate(data)], "azure-resource", set()
    else:
        template, entries, fmt, declared = NO_TEMPLATE, [("", data)], "azure-resource", set()
    out: list[AzureResource] = []
    types: list[str] = []
    for prefix, entry in entries:
        if not isinstance(entry, dict):
            raise PolicyFileError(display, prefix.rstrip("."), "must be a resource object", None, "{type, name, …}")
        t = _get(entry, "type")
        tval = t[1] if t else None
        types.append(str(tval))
        model = TYPES.get(str(tval).lower())
        if model is None:
            continue
        cond = _get(entry, "condition")
        if cond is not None:
            r = template.resolve(cond[1])
            if isinstance(r.value, Unresolved):
                raise PolicyFileError(display, prefix + cond[0], r.value.what, r.value.expr, r.value.allowed)
            if r.value is False:
                notes.append(f"{display}: {prefix}{cond[0]}: false, so the resource is not deployed and not checked")
                continue
        out.append(AzureResource(entry, model, display, prefix, fmt, template))
    if not out and not notes:
        raise PolicyFileError(display, "type" if kind == "resource" else "resources",
                              "holds no scale set or cloud service", ", ".join(sorted(set(types))) or None, TYPE_NAMES)
    return out, notes, declared
