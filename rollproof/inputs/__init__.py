"""The user's own files as policies: TOML policies, Terraform, and Azure resource JSON, told apart by content.

``load`` reads files and folders into ``PolicyFile`` values, one per scale set or cloud service
(named by its address: ``azurerm_linux_virtual_machine_scale_set.web``, or the ARM resource name),
with where each parameter came from and the fields read but not modelled.  A folder is one input:
its ``.tf`` files read together as a module, each of its JSON files, its TOML policies, and an
optional ``rollproof.toml`` holding the verdicts expected of its resources (``expectations.py``).
Bad input of any kind is a ``PolicyFileError``: one line, naming the file and the field as written.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any

from attrs import frozen

from rollproof.model.core import PolicyError
from rollproof import policyfile
from rollproof import observed_index
from rollproof.inputs import azure_json, expectations, fields, terraform
from rollproof.policyfile import PolicyFile, PolicyFileError, Source, show

INPUTS = "a TOML policy, a Terraform .tf file or folder, an ARM template, or Azure resource JSON"
TFVARS = re.compile(r"^(terraform\.tfvars(\.json)?|.*\.auto\.tfvars(\.json)?)$")


@frozen
class Loaded:
    """The policies read, in input order, and notes for the user (files skipped, blocks not followed)."""

    policies: list[PolicyFile]
    notes: list[str]


def parse_vars(items: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``--var NAME=VALUE`` options (later wins, as in Terraform)."""
    out: dict[str, str] = {}
    for item in items:
        name, eq, value = item.partition("=")
        if not eq or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", name.strip()):
            raise PolicyFileError("command line", "--var", "expected NAME=VALUE", show(item),
                                  "NAME=VALUE, e.g. --var instance_count=3")
        out[name.strip()] = value
    return out


# --------------------------------------------------------------------------------------------
# Telling inputs apart


def detect(path: Path, text: str) -> str:
    """The kind of a file, by its content first: ``toml``, ``expectations``, ``terraform``, ``tfvars``,
    ``template``, ``parameters``, ``resource``, ``resources``, ``terraform-json``, or ``unknown``."""
    if path.name == expectations.FILE_NAME:
        return "expectations"
    if path.name == observed_index.FILE_NAME:
        return "observed runs"
    stripped = text.lstrip()
    if stripped[:1] in ("{", "["):
        import json

        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            data = None
        if data is not None:
            return azure_json.kind_of(data) or "unknown"
    if path.suffix == ".toml":
        return "toml"
    try:
        data = tomllib.loads(text)
        if "model" in data:
            return "toml"
    except tomllib.TOMLDecodeError:
        pass
    if path.suffix in (".tf", ".tfvars") or path.name.endswith(".tfvars.json"):
        return "tfvars" if path.suffix == ".tfvars" or path.name.endswith(".tfvars.json") else "terraform"
    try:
        doc = terraform._parse_text(text)
    except Exception:  # noqa: BLE001 - not HCL, so not Terraform
        return "unknown"
    return "terraform" if terraform.is_module_text(doc) else "tfvars"


# --------------------------------------------------------------------------------------------
# Loading


class _Run:
    """One ``load``: the inputs, the ``--var`` values, and what they produce."""

    def __init__(self, cli_vars: dict[str, str], base: Path | None):
        self.cli_vars, self.base = cli_vars, base
        self.items: list[tuple[str, Any]] = []  # ("policy", PolicyFile) | ("resource", Resource, folder, whole)
        self.notes: list[str] = []
        self.declared: set[str] = set()
        self.var_files: list[tuple[Path, str]] = []
        self.seen: set[tuple[str, str]] = set()

    def display(self, path: Path) -> str:
        if self.base is None:
            return path.as_posix()
        try:
            return Path(os.path.relpath(path.resolve(), self.base.resolve())).as_posix()
        except ValueError:
            return path.as_posix()

    # ---------------------------------------------------------------------------------------

    def read(self, arg: str) -> None:
        path = Path(arg)
        display = self.display(path)
        if path.is_dir():
            self.read_folder(path, display)
        elif not path.exists():
            raise PolicyFileError(display, "(file)", "no such file", None, INPUTS)
        else:
            self.read_file(path, display)

    def _kind(self, path: Path, display: str) -> tuple[str, str]:
        text = terraform.read_text(path, display)
        return detect(path, text), text

    def read_file(self, path: Path, display: str) -> None:
        kind, text = self._kind(path, display)
        if kind == "toml":
            self.add_policy(policyfile.load(path, display=display))
        elif kind == "terraform":
            self.read_module(path.parent, display_of_folder(display), only={display}, input_path=display)
        elif kind in ("template", "resource", "resources", "parameters"):
            self.read_json(path, display, text, kind, folder_whole=False)
        elif kind == "tfvars":
            self.var_files.append((path, display))
        elif kind == "expectations":
            raise PolicyFileError(display, "(file)", "holds expected verdicts, not resources", None,
                                  "the folder it sits in, or the files beside it")
        elif kind == "observed runs":
            raise PolicyFileError(display, "(file)", "lists observed runs, not policies", None,
                                  "rollproof conform POLICY RUN, or rollproof report over its folder")
        elif kind == "terraform-json":
            raise PolicyFileError(display, "(file)", "Terraform's JSON syntax is not read by this version", None,
                                  "Terraform's native syntax (.tf)")
        else:
            raise PolicyFileError(display, "(file)", "not an input rollproof reads", None, INPUTS)

    def read_folder(self, folder: Path, display: str) -> None:
        files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
        tf = [p for p in files if p.suffix == ".tf"]
        count = len(self.items)
        if tf:
            self.read_module(folder, display, only=None, input_path=display)
        for p in files:
            d = f"{display}/{p.name}" if display not in ("", ".") else p.name
            if p.suffix == ".toml" and p.name not in (expectations.FILE_NAME, observed_index.FILE_NAME):
                self.add_policy(policyfile.load(p, display=d))
            elif p.suffix == ".json" and not TFVARS.match(p.name) and not p.name.endswith(".itf.json"):  # (a trace: a run)
                kind, text = self._kind(p, d)
                if kind in ("template", "resource", "resources", "parameters"):
                    self.read_json(p, d, text, kind, folder_whole=True)
                elif kind == "terraform-json":
                    raise PolicyFileError(d, "(file)", "Terraform's JSON syntax is not read by this version", None,
                                          "Terraform's native syntax (.tf)")
                else:
                    self.notes.append(f"{d}: skipped: not an ARM template, parameters file or Azure resource")
        if len(self.items) == count:
            raise PolicyFileError(display, "(folder)", "holds no input", None,
                                  "TOML policies, .tf files, or Azure JSON (subfolders are not read)")

    def read_module(self, folder: Path, display: str, only: set[str] | None, input_path: str) -> None:
        def name(p: Path) -> str:
            return f"{display}/{p.name}" if display not in ("", ".") else p.name

        files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                       and (p.suffix == ".tf" or (only is not None and name(p) in only)))
        auto = sorted((p for p in folder.iterdir() if p.is_file() and TFVARS.match(p.name)),
                      key=lambda p: (not p.name.startswith("terraform.tfvars"), p.name))
        resources, notes, declared = terraform.read([(p, name(p)) for p in files], only,
                                                    [(p, name(p)) for p in auto] + self.var_files,
                                                    self.cli_vars, input_path)
        self.declared |= declared
        self.notes += [n for n in notes if n not in self.notes]
        for r in resources:
            self.add_resource(r, folder, whole=only is None)

    def read_json(self, path: Path, display: str, text: str, kind: str, folder_whole: bool) -> None:
        data = azure_json.load_json(path, display, text)
        if kind == "parameters":
            template = path.with_name(path.name.replace(".parameters.json", ".json"))
            if not path.name.endswith(".parameters.json") or not template.is_file():
                raise PolicyFileError(display, "(file)", "a parameters file whose template is not beside it", None,
                                      "NAME.parameters.json beside the template NAME.json")
            if not folder_whole:
                self.read_file(template, display.removesuffix(path.name) + template.name)
            return
        params = None
        if kind == "template":
            pfile = path.with_name(path.stem + ".parameters.json")
            if pfile.is_file():
                pdisplay = display.removesuffix(path.name) + pfile.name
                pdata = azure_json.load_json(pfile, pdisplay, terraform.read_text(pfile, pdisplay))
                if azure_json.kind_of(pdata) != "parameters":
                    raise PolicyFileError(pdisplay, "(file)", "not an ARM parameters file", None,
                                          '{"$schema": "…deploymentParameters.json#", "parameters": {…}}')
                params = (pdata, pdisplay)
        resources, notes, declared = azure_json.resources_of(data, kind, display, params, self.cli_vars)
        self.declared |= declared
        self.notes += notes
        for r in resources:
            self.add_resource(r, path.parent, whole=folder_whole)

    # ---------------------------------------------------------------------------------------

    def add_policy(self, pf: PolicyFile) -> None:
        key = ("policy", str(Path(pf.file)))
        if key not in self.seen:
            self.seen.add(key)
            self.items.append(("policy", pf))

    def add_resource(self, res: fields.Resource, folder: Path, whole: bool) -> None:
        key = (str(folder.resolve()) + "::" + res.file, res.address)
        if key in self.seen:
            return
        self.seen.add(key)
        self.items.append(("resource", (res, folder, whole)))


def display_of_folder(file_display: str) -> str:
    parent = Path(file_display).parent.as_posix()
    return "" if parent == "." else parent


def to_policy(res: fields.Resource) -> PolicyFile:
    """A resource's ``PolicyFile``: its parameters mapped by the table, then the model's policy value."""
    from rollproof.model import systems

    mapped = fields.MAPPERS[res.model](res)
    try:
        policy = systems.reference(res.model).Policy(**mapped.params)
    except PolicyError as e:
        param = e.key.split(".", 1)[1] if "." in e.key else e.key
        found = mapped.found.get(param)
        key = found.full_key(res) if found else res.prefix + param
        got = found.got(e.value) if found else show(e.value)
        raise PolicyFileError(found.file or res.file if found else res.file, key, policyfile.policy_error_what(e),
                              got, e.allowed) from None
    sources = dict(mapped.sources)
    for name in policyfile.parameters(policy):
        if name not in sources:
            sources[name] = Source("model-default", note=fields.MODEL_DEFAULT_NOTES.get(name, "not in the input"))
    return PolicyFile(name=res.name, file=res.file, model=res.model, policy=policy, input=res.input,
                      format=res.format, address=res.address, sources=sources, ignored=mapped.ignored)


def load(paths: list[str] | tuple[str, ...], var_items: list[str] | tuple[str, ...] = (),
         base: Path | None = None) -> Loaded:
    """Every policy the inputs hold, in input order; names unique (they name output folders)."""
    run = _Run(parse_vars(var_items), base)
    explicit_vars = [p for p in paths if Path(p).is_file() and detect(Path(p), terraform.read_text(Path(p), p)) == "tfvars"]
    for p in explicit_vars:  # -var-file: applied to every module, after the files a module loads itself
        run.read(p)
    for p in paths:
        if p not in explicit_vars:
            run.read(p)
    for name in run.cli_vars:
        if name not in run.declared and name.lower() not in {d.lower() for d in run.declared}:
            raise PolicyFileError("command line", "--var", "no input declares this variable", show(name),
                                  ", ".join(sorted(run.declared)) or "a variable or parameter some input declares")

    policies: list[PolicyFile] = []
    origin: list[tuple[Path, bool] | None] = []
    for kind, item in run.items:
        if kind == "policy":
            policies.append(item)
            origin.append(None)
        else:
            res, folder, whole = item
            policies.append(to_policy(res))
            origin.append((folder, whole))
    policies = _unique_names(policies, origin)
    policies = expectations.apply(policies, origin, run.display)
    return Loaded(policies, run.notes)


def _unique_names(policies: list[PolicyFile], origin: list[tuple[Path, bool] | None]) -> list[PolicyFile]:
    """Imported resources sharing a name are qualified by their input (``prod.azurerm_…web``)."""
    import attrs

    counts: dict[str, int] = {}
    for pf in policies:
        counts[pf.name] = counts.get(pf.name, 0) + 1
    out: list[PolicyFile] = []
    seen: dict[str, str] = {}
    for pf, orig in zip(policies, origin):
        name = pf.name
        if orig is not None and counts[name] > 1:
            stem = Path(pf.input).name if pf.input else Path(pf.file).stem
            name = re.sub(r"[^A-Za-z0-9._-]", "-", f"{Path(stem).stem if '.' in stem else stem}.{pf.name}")
        if name in seen:
            raise PolicyFileError(pf.file, "name" if orig is None else pf.address,
                                  f"already used by {seen[name]} (outputs would overwrite each other)", show(name),
                                  "a name unique among the inputs checked together")
        seen[name] = pf.file
        out.append(pf if name == pf.name else attrs.evolve(pf, name=name))
    return out
