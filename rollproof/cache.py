"""The verdict cache: an unchanged question is not solved again, and nothing read back is trusted.

An entry is keyed by what the verdict depends on: the source of ``model/``, ``properties/`` and
``solver/``, the solvers' versions, the policy value, the property with its restriction, the
safety cap and whether the fuzzer had a try.  On reading, a proof counts only once Z3 re-checks
its three stored SMT-LIB obligations, and a counterexample (or witness) only once its trace
replays through today's model and still breaks (or reaches) the property; anything else is
recomputed and overwritten.  An unknown is stored only when the searches' work bounds ended it
(it claims nothing, and the same work ends the same way on any machine); one from the seconds'
safety cap, not-applicable verdicts and table checks are never stored.
The folder is like pytest's ``.pytest_cache``: ``.rollproof_cache/`` in the current folder.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib
import os
import pickle
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator

import attrs

from rollproof.properties.registry import REGISTRY, Kind, Property
from rollproof.properties.verdicts import Proved, Refuted, Unknown

DEFAULT_DIR = ".rollproof_cache"
#: Bumped whenever what an entry holds changes shape: older entries are then never read.
FORMAT = 1
ENTRIES = "verdicts"
MARK = "# made by rollproof's verdict cache"  # the first line of the folder's .gitignore

#: The packages (``rollproof.model``, ...) whose source a verdict depends on, and the two files of
#: the shell that take part in deciding one (the fuzzer's strategy; the premise searches and the
#: run's phases).  The rest of ``rollproof/`` only reads inputs and prints.
SOURCES = ("model", "properties", "solver")
SHELL_SOURCES = ("checking.py", "fuzzcheck.py")

README = """# rollproof verdict cache

This folder holds the verdicts of `rollproof check`, `report` and `bound`, so that an unchanged
question is not solved again. Each proof read back is re-checked by Z3 from its SMT-LIB obligations,
and each counterexample replayed through the model, before it is used.

Do not commit it; `rollproof cache clear` (or deleting the folder) empties it.
"""


class CacheError(Exception):
    """The cache folder cannot be used (it is a file, or cannot be made)."""


# --------------------------------------------------------------------------------------------
# What a verdict depends on


_SOURCE_HASH: str | None = None


def source_hash() -> str:
    """The SHA-256 of every ``.py`` file of the model, the registry and the solver: each file's path
    (its folder's name, then the path inside it) and bytes, sorted by path; the same whether run
    from a checkout or an install.  Computed once per process."""
    global _SOURCE_HASH
    if _SOURCE_HASH is None:
        folders = _folders()
        files = {f"{name}/{p.relative_to(folders[name]).as_posix()}": p
                 for name in SOURCES for p in folders[name].rglob("*.py")}
        files.update({f"rollproof/{f}": folders["rollproof"] / f for f in SHELL_SOURCES
                      if (folders["rollproof"] / f).exists()})
        h = hashlib.sha256()
        for name in sorted(files):
            h.update(name.encode() + b"\0")
            h.update(files[name].read_bytes() + b"\0")
        _SOURCE_HASH = h.hexdigest()
    return _SOURCE_HASH


def _folders() -> dict[str, Path]:
    """The folder of each package of ``SOURCES`` and of ``rollproof`` itself.  From a checkout the
    design's folders sit beside ``rollproof/``; in an install, inside it."""
    found = {name: Path(importlib.import_module(f"rollproof.{name}").__file__).resolve().parent
             for name in SOURCES}
    return {**found, "rollproof": Path(__file__).resolve().parent}


def _hashed(prop: Property) -> bool:
    """Whether every predicate of ``prop`` (its premises' too) is code the source hash covers: a
    property defined elsewhere (a user's own) could change without the key changing."""
    folders = _folders()
    mine = [folders[f] for f in SOURCES]
    fns = [getattr(prop, f.name) for f in attrs.fields(type(prop))]
    fns += [a.holds for a in prop.antecedents]
    for fn in fns:
        if fn is None or not callable(fn):
            continue
        code = getattr(fn, "__code__", None)
        if code is None:
            return False
        path = Path(code.co_filename).resolve()
        if not any(path.is_relative_to(m) for m in mine):
            return False
    return True


@functools.cache
def solver_versions() -> str:
    """Z3's and cvc5's versions (a proof is found by one and re-checked by both)."""
    from importlib import metadata

    import z3

    try:
        cvc5 = metadata.version("cvc5")
    except metadata.PackageNotFoundError:  # pragma: no cover - cvc5 is a dependency
        cvc5 = "unavailable"
    return f"z3 {z3.get_version_string()}; cvc5 {cvc5}"


def identity(prop: Property) -> tuple[Any, ...] | None:
    """A stable name of ``prop`` with its restriction, or None where its predicates cannot be named
    (such a property is never cached).

    The catalog's own property is named by its ID; one checked again with causes switched off
    (``properties.causes.without``: same ID, a restricted ``allowed``) by the causes' names; the
    search for a premise (``rollproof.checking.premise_target``) by its property and the premise;
    a question in the expression language (a policy file's ``[[property]]``, a step of ``rollproof
    bound``: ``properties.user``) by its ID, kind and parsed expression written out, since its
    predicates are that expression read by ``properties/`` code, which the source hash covers (the
    ID too: the certificate's files are named by it).  A property whose predicates are defined
    outside the hashed source is never named."""
    from rollproof.properties import causes
    from rollproof.properties import expressions as E
    from rollproof.properties import user
    from rollproof import checking

    def without(base: Property) -> tuple[str, ...] | None:
        """The causes switched off, if ``prop`` is ``base`` checked again without them."""
        for (b, names), fn in list(causes._ALLOWED.items()):
            if fn is prop.allowed and b is base.allowed and attrs.evolve(base, allowed=fn) == prop:
                return tuple(sorted(names))
        return None

    asked = user.DEFINED.get((prop.model, prop.id))
    if asked is not None:
        question = ("question", prop.model, prop.id, asked.kind, E.text(asked.tree))
        if asked.prop is prop:
            return question
        names = without(asked.prop) if prop.allowed is not asked.prop.allowed else None
        return None if names is None else (*question, "without", names)
    base = REGISTRY.get((prop.model, prop.id))
    if base is not None and not _hashed(base):
        return None
    if base is prop:
        return ("catalog", prop.model, prop.id)
    if base is not None and prop.allowed is not base.allowed:
        names = without(base)
        return None if names is None else ("without", prop.model, prop.id, names)
    try:
        made = checking._PREMISES.get(prop)
    except TypeError:  # (a property with an unhashable field: not one ``premise_target`` made)
        return None
    if made is not None:
        of, k = made
        inner = identity(of)
        ante = of.antecedents[k]
        return None if inner is None else ("premise", inner, k, ante.text, ante.step)
    return None


def cacheable(prop: Property) -> bool:
    return identity(prop) is not None


# --------------------------------------------------------------------------------------------
# The folder


@attrs.frozen
class Cache:
    """A cache folder.  Entries are written whole (a temporary file, then ``os.replace``), so the
    forked workers of a run, and runs side by side, never read half an entry."""

    root: Path

    @property
    def entries(self) -> Path:
        return self.root / ENTRIES

    def prepare(self) -> None:
        """Make the folder (with a README and a ``.gitignore`` that ignores it, as pytest does)."""
        if self.root.exists() and not self.root.is_dir():
            raise CacheError("is not a folder")
        try:
            self.entries.mkdir(parents=True, exist_ok=True)
            if not (self.root / ".gitignore").exists():
                _write_atomic(self.root / ".gitignore", (MARK + "\n*\n").encode())
            if not (self.root / "README.md").exists():
                _write_atomic(self.root / "README.md", README.encode())
        except OSError as e:
            raise CacheError(f"cannot be made: {e.strerror or e}") from None

    def material(self, policy: Any, prop: Property, timeout: float, fuzz: bool) -> tuple[str, ...] | None:
        """What the entry's name is the hash of (stored in the entry too, and compared on reading)."""
        name = identity(prop)
        if name is None:
            return None
        return ("rollproof verdict", str(FORMAT), source_hash(), solver_versions(),
                f"python {sys.version_info.major}.{sys.version_info.minor}", prop.model, repr(policy),
                repr(name), repr(float(timeout)), repr(bool(fuzz)))

    def path(self, material: tuple[str, ...]) -> Path:
        return self.entries / (hashlib.sha256(repr(material).encode()).hexdigest() + ".pickle")

    def read(self, material: tuple[str, ...]) -> Any:
        """The stored verdict, or None (no entry, or one that cannot be read)."""
        try:
            entry = pickle.loads(self.path(material).read_bytes())
        except Exception:  # noqa: BLE001 - a damaged entry is recomputed, whatever the damage
            return None
        if not isinstance(entry, dict) or entry.get("key") != material:
            return None
        return entry.get("verdict")

    def write(self, material: tuple[str, ...], verdict: Any) -> None:
        try:
            _write_atomic(self.path(material), pickle.dumps({"key": material, "verdict": verdict}))
        except OSError:
            pass  # a cache that cannot be written costs time, never a verdict

    def is_cache(self) -> bool:
        """Whether the folder is one ``prepare`` made (its ``.gitignore`` says so)."""
        try:
            return (self.root / ".gitignore").read_text(encoding="utf-8").startswith(MARK)
        except (OSError, UnicodeDecodeError):
            return False

    def clear(self) -> int:
        """Remove the folder and every entry in it; the number of entries removed.  A folder that
        is not a cache (another one named by mistake) is left alone: ``CacheError``."""
        if not self.root.exists():
            return 0
        if not self.root.is_dir() or not self.is_cache():
            raise CacheError("is not a rollproof cache folder")
        n = len(list(self.entries.glob("*.pickle"))) if self.entries.is_dir() else 0
        shutil.rmtree(self.root)
        return n


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)  # (``mkstemp`` makes it readable by its owner alone)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


ACTIVE: Cache | None = None  # the cache of the run under way (inherited by its forked workers)


@contextlib.contextmanager
def using(folder: str | Path | None) -> Iterator[Cache | None]:
    """Use the cache in ``folder`` (None: no cache) for the checks made inside.  The source hash
    is computed here, before any worker is forked."""
    global ACTIVE
    if folder is None:
        yield None
        return
    cache = Cache(Path(folder))
    cache.prepare()
    source_hash()
    before, ACTIVE = ACTIVE, cache
    try:
        yield cache
    finally:
        ACTIVE = before


def _material(policy: Any, prop: Property, timeout: float, fuzz: bool, bounds: Any) -> tuple[str, ...] | None:
    material = ACTIVE.material(policy, prop, timeout, fuzz) if ACTIVE is not None else None
    if material is not None and bounds is not None:
        material = (*material, repr(bounds))
    return material


def stored(policy: Any, prop: Property, timeout: float, fuzz: bool, bounds: Any = None) -> Any:
    """The verdict the active cache holds for this check, if it stands its re-check; else None
    (nothing is solved)."""
    material = _material(policy, prop, timeout, fuzz, bounds)
    if material is None:
        return None
    verdict = ACTIVE.read(material)
    return verdict if verdict is not None and accepted(policy, prop, verdict, timeout) else None


def through(policy: Any, prop: Property, timeout: float, fuzz: bool, compute: Callable[[], Any],
            bounds: Any = None) -> Any:
    """The verdict from the active cache if one is stored and stands its re-check (``stored``);
    else ``compute()``, stored when it is decided and can be re-checked later.  ``bounds``: the
    work bounds of the check where they are not the default ones (``solver.work.Bounds``)."""
    found = stored(policy, prop, timeout, fuzz, bounds)
    if found is not None:
        return found
    verdict = compute()
    material = _material(policy, prop, timeout, fuzz, bounds)
    if material is not None and storable(verdict, prop):
        ACTIVE.write(material, verdict)
    return verdict


def picture(what: tuple[Any, ...], draw: Callable[[], bytes]) -> bytes:
    """A trace's picture (``rollproof.pictures``: the same bytes for the same trace, names and
    format), kept in the active cache beside the verdicts, keyed by ``what``, the drawing code and
    matplotlib's version (read from its metadata: a picture read back needs no matplotlib)."""
    from importlib import metadata

    cache = ACTIVE
    if cache is None:
        return draw()
    code = b"".join((_folders()["rollproof"] / f).read_bytes() for f in PICTURE_SOURCES)
    key = hashlib.sha256(repr(("rollproof picture", FORMAT, source_hash(), metadata.version("matplotlib"), what)).encode()
                         + code).hexdigest()
    path = cache.root / PICTURES / key
    try:
        return path.read_bytes()
    except OSError:
        pass
    data = draw()
    try:
        path.parent.mkdir(exist_ok=True)
        _write_atomic(path, data)
    except OSError:
        pass
    return data


PICTURES = "pictures"
PICTURE_SOURCES = ("pictures.py", "render.py")


# --------------------------------------------------------------------------------------------
# Accepting what is read back


def storable(verdict: Any, prop: Property | None = None) -> bool:
    """A verdict whose evidence can be re-checked (a certificate's scripts or a trace), a table
    check's (``table_verdict``), or an unknown at the end of the searches' work bounds
    (``bounded_unknown``).  A reach property asked from every start claims a run from each, and
    keeps only the longest: its one trace re-checks the claim only where there was one start."""
    if bounded_unknown(verdict):
        return True
    if prop is not None and table_verdict(prop, verdict):
        return True
    if not isinstance(verdict, (Proved, Refuted)):
        return False
    if prop is not None and prop.every_start and getattr(verdict, "starts", 0) != 1:
        return False
    return bool(getattr(verdict, "trace", None) is not None or _certificate_of(verdict) is not None)


def table_verdict(prop: Property, verdict: Any) -> bool:
    """The verdict of a table check (kind ``check``): the value of a pure function of the model's
    code, which the source hash covers, on the policy, with no search, solver or bound in it, so
    computing it again under the same key gives the same value; stored and read back as it is."""
    return prop.kind == Kind.CHECK and isinstance(verdict, (Proved, Refuted)) and verdict.method.startswith("table check")


def bounded_unknown(verdict: Any) -> bool:
    """An unknown the searches reached by spending their work bounds (``solver.work.Bounds``): it
    claims nothing, and the same searches under the same source, solvers, policy and property
    spend the same work to the same end on any machine, so solving it again would only repeat it.
    An unknown from the seconds' safety cap (the machine's speed) or an internal error is not one."""
    if not isinstance(verdict, Unknown):
        return False
    reason = verdict.reason or ""
    return not reason.startswith(("timeout", "internal error"))


def accepted(policy: Any, prop: Property, verdict: Any, timeout: float) -> bool:
    """Whether a stored verdict stands today: every piece of evidence it carries re-checks."""
    if bounded_unknown(verdict) or table_verdict(prop, verdict):
        return True  # nothing to re-check: the bounded searches ended, or a pure function's value
    if not storable(verdict, prop):
        return False
    try:
        cert = _certificate_of(verdict)
        if cert is not None and not _certificate_holds(prop, verdict, cert, timeout):
            return False
        trace = getattr(verdict, "trace", None)
        return trace is None or trace_holds(policy, prop, verdict, trace)
    except Exception:  # noqa: BLE001 - evidence that cannot even be read is rejected
        return False


def _certificate_of(verdict: Any) -> Any:
    """The ``solver.prove.Certificate`` of the verdict's three stored scripts, or None."""
    files = dict(getattr(verdict, "artifacts", ()) or ())
    names = [n for n in files if n.endswith((".initiation.smt2", ".consecution.smt2", ".safety.smt2"))]
    if len(names) != 3 or not getattr(verdict, "certificate", None):
        return None
    from rollproof.solver.prove import Certificate

    by_part = {n.rsplit(".", 2)[-2]: files[n] for n in names}
    return Certificate(lemmas=(), initiation=by_part["initiation"], consecution=by_part["consecution"],
                       safety=by_part["safety"])


def _certificate_holds(prop: Property, verdict: Any, cert: Any, timeout: float) -> bool:
    """The scripts are the ones ``solver.strategies.proved`` names for this property, and Z3 answers
    unsat to every query (cvc5's second re-check is not repeated: see docs/caching.md)."""
    from rollproof.solver.prove import Certificate, Timeout
    from rollproof.solver.recheck import recheck_z3

    expected = {name for name, _ in Certificate((), "", "", "").files(prop.id)}
    if {name for name, _ in verdict.artifacts} != expected:
        return False
    if isinstance(verdict, Refuted) and prop.kind != Kind.REACH:
        return False  # a certificate refutes only a reach property (its goal unreachable)
    try:
        return recheck_z3(cert, timeout)
    except Timeout:
        return False


def trace_holds(policy: Any, prop: Property, verdict: Any, trace: Any) -> bool:
    """The stored trace replays through today's model from an initial state of the policy (written
    as ITF and read back, as ``rollproof replay`` does), takes only the steps the property's system
    allows, and breaks the property (for a reach property: reaches its goal) first where it says."""
    from rollproof import itf

    if trace.model != prop.model or not _policy_of_run(policy, prop, trace.policy):
        return False
    doc = itf.to_json(trace, policy_name="cache", property_id=prop.id)
    doc["#meta"]["property"] = prop.id.split("~")[0]  # a premise's search: its property's system
    loaded = itf.parse(doc, file="cache")
    if loaded.policy != trace.policy:
        return False  # (the file's parameters do not rebuild the run's policy: replayed under another)
    replayed = itf.replay(loaded)
    if replayed.mismatch is not None:
        return False
    run = replayed.trace
    if prop.allowed is not None:
        from rollproof.model.logic import CONCRETE

        views, moves = itf._views(run, loaded.policy)
        if any(not prop.allowed(CONCRETE, loaded.policy, views[k - 1], int(a), views[k]) for k, a in moves):
            return False
    found = itf.finding(prop, run, loaded.policy)
    wanted = "witnesses" if prop.kind == Kind.REACH else "violates"
    if found is None or found.outcome != wanted:
        return False
    return trace.at_step is None or found.at_step == trace.at_step


def _policy_of_run(policy: Any, prop: Property, run_policy: Any) -> bool:
    """Whether a run's policy is the checked policy's: itself, the property's start policy, or, for
    a parametric policy, one of the concrete policies it covers."""
    mine = [policy] + ([prop.start_policy(policy)] if prop.start_policy else [])
    if run_policy in mine:
        return True
    from rollproof.solver.engine import _instantiations

    size = _size(run_policy)
    return any(run_policy in _instantiations(p, size) for p in mine if size is not None and _size(p) != size)


def _size(policy: Any) -> Any:
    n = getattr(policy, "instances", None)
    return n if n is not None else getattr(policy, "n", None)
