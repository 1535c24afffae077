"""rollproof: models how cloud platforms roll upgrades across a fleet, and checks what their docs promise."""

from pathlib import Path as _Path

__version__ = "0.1.0"

# The design's folders model/, properties/ and solver/ sit at the top of the repository; an install
# puts them inside this package (pyproject.toml's package-dir).  Run from a checkout, they are found
# beside this folder, under the same names: rollproof.model, rollproof.properties, rollproof.solver.
_here = _Path(__file__).resolve().parent
if not (_here / "model").is_dir() and (_here.parent / "model" / "__init__.py").is_file():
    __path__.append(str(_here.parent))  # noqa: F821  (a package's own search path)
del _Path, _here
