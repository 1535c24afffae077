"""Packaging: model/, properties/ and solver/ are installed inside rollproof (pyproject.toml's
package-dir), so only ``rollproof`` lands in site-packages; every import names them so."""

import ast
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DESIGN = ("model", "properties", "solver")
IMPORTERS = ("importlib.import_module", "import_module", "find_spec", "importorskip", "__import__")


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _package_folders() -> dict[str, Path]:
    """Every package folder of the repository, by the dotted name it is installed under."""
    found = {}
    for top, name in [("rollproof", "rollproof"), *((d, f"rollproof.{d}") for d in DESIGN)]:
        for init in sorted((ROOT / top).rglob("__init__.py")):
            rel = init.parent.relative_to(ROOT / top)
            found[".".join([name, *rel.parts])] = init.parent
    return found


def test_every_package_folder_is_installed_and_only_under_rollproof():
    st = _setuptools()
    assert set(st["packages"]) == set(_package_folders()), "pyproject.toml's packages miss a folder"
    assert all(p == "rollproof" or p.startswith("rollproof.") for p in st["packages"])
    assert st["package-dir"] == {f"rollproof.{d}": d for d in DESIGN}


def _imported_names(path: Path):
    """(line, module name) of every import in ``path``, and of every string handed to an importer."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            if ast.unparse(node.func).endswith(IMPORTERS) and isinstance(node.args[0].value, str):
                yield node.lineno, node.args[0].value


def _sources():
    for folder in ("rollproof", *DESIGN, "tests", "bench", "examples"):
        yield from sorted((ROOT / folder).rglob("*.py"))


def test_nothing_imports_the_design_folders_by_their_top_level_names():
    # From a checkout both names would import (two copies of each module: a mutant patched into
    # one would not reach the other), so a left-over name is caught here, not by an install.
    wrong = [f"{p.relative_to(ROOT)}:{line}: {name}" for p in _sources() for line, name in _imported_names(p)
             if name.split(".")[0] in DESIGN]
    assert not wrong, wrong


def test_the_model_imports_nothing_of_rollproof_but_itself():
    wrong = [f"{p.name}:{line}: {name}" for p in sorted((ROOT / "model").glob("*.py"))
             for line, name in _imported_names(p)
             if name.split(".")[0] == "rollproof" and not (name + ".").startswith("rollproof.model.")]
    assert not wrong, wrong


def test_a_checkout_imports_the_design_folders_under_rollproof(tmp_path):
    # A fresh interpreter outside the repository, with only the checkout on its path, that refuses
    # the old top-level names.
    code = (
        "import sys\n"
        "class Refuse:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('model', 'properties', 'solver'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Refuse())\n"
        "import rollproof.cli, rollproof.checking, rollproof.model.systems as m, rollproof.solver.engine\n"
        "from rollproof.properties.registry import properties_for\n"
        "m.counting('scale_set'); assert properties_for('cloud_service')\n"
        "print(rollproof.model.__file__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert Path(out.stdout.strip()) == ROOT / "model" / "__init__.py"


@pytest.mark.deep
def test_a_wheel_holds_only_the_rollproof_package(tmp_path):
    # Builds the wheel as pip does (fetching its build backend): slow, so a deep test.  From a copy,
    # as setuptools writes build/ and the egg-info beside the sources.
    src = shutil.copytree(ROOT, tmp_path / "src", ignore=shutil.ignore_patterns(
        ".git", "report", "__pycache__", ".rollproof_cache", ".hypothesis", "build", "*.egg-info"))
    out = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)],
                   check=True, timeout=600)
    (wheel,) = out.glob("rollproof-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"rollproof", wheel.name.split("-py")[0] + ".dist-info"}
    for d in DESIGN:
        assert f"rollproof/{d}/__init__.py" in names
    assert "rollproof/schemas/check-2.schema.json" in names
