"""A prover session: everything the solver remembers while it checks one policy's properties.

``ProverSession(policy)`` owns what the checks of a policy share and nothing else does: the terms
built once per policy (transition templates, a frame's step, initial condition, candidate lemmas
and per-action successors), the model's own inductive invariant (found once per frame, read from
or written to the run's ``Memo`` where one is given: the only thing two sessions share; a session waits for
the one another worker is searching for), the
helper processes it forks (``companion``: a half of the unsat cores; a child that takes a half of
the re-checks) and the re-checks themselves (``recheck``).
Each check, mutant and test that wants a clean slate makes its own session; ``close`` stops the
helpers still running.
"""

from __future__ import annotations

import time
from typing import Any, Callable

import z3

from rollproof.solver import parallel
from rollproof.solver.candidates import candidates
from rollproof.solver.prove import Certificate, Frame, maximal_inductive
from rollproof.solver.recheck import recheck_cvc5, recheck_z3
from rollproof.solver.shared import Memo
from rollproof.solver.symbolic import to_z3
from rollproof.solver.work import Timeout


class ProverSession:
    """The solver's state while it checks ``policy`` (any policy, and the sizes a parametric one
    stands for); ``memo``: what it shares with the other sessions of a parallel run."""

    def __init__(self, policy: Any = None, *, memo: Memo | None = None) -> None:
        self.policy = policy
        self.memo = memo
        self._made: dict[tuple, Any] = {}  # terms built once (``remember``)
        self._base: dict[tuple, tuple[str, ...]] = {}  # the model's own invariant per frame key
        self._base_so_far: dict[tuple, list[str]] = {}  # where a search for it that ran out of time got to
        self._children: list[Any] = []  # helper processes (``parallel.Companion``) not yet closed

    # ----------------------------------------------------------------------------------------
    # What is built once

    def remember(self, kind: str, key: tuple, make: Callable[[], Any]) -> Any:
        """``make()``, built once per ``kind`` and ``key`` in this session."""
        k = (kind, *key)
        if k not in self._made:
            self._made[k] = make()
        return self._made[k]

    def frame(self, C: Any, policy: Any, prop: Any, extra: Any = None, clocks: bool = True) -> Frame:
        """One step of ``C`` under ``policy`` for ``prop`` (a ``solver.prove.Frame``) over this session's terms."""
        return Frame(C, policy, prop, extra, clocks=clocks, session=self)

    # ----------------------------------------------------------------------------------------
    # The model's own inductive invariant

    def found_base(self, key: tuple, share_key: str | None = None) -> tuple[str, ...] | None:
        """The model's own invariant for frames keyed ``key``, if this session (or another one of the
        run, through the memo) has found it; no query."""
        kept = self._base.get(key)
        if kept is None and self.memo is not None:
            kept = self.memo.get("base", share_key)
            if kept is not None:
                self._base[key] = kept
        return kept

    def known(self, frame: Frame) -> frozenset[str]:
        """The lemmas known, without a query, to be inductive over ``frame``: the model's own
        invariant of the frame and of its unrestricted parent (its initial states and steps include
        the frame's), where found."""
        out: frozenset[str] = frozenset()
        if frame.parent_key is not None and frame.parent_key != frame.key:
            out |= frozenset(self.found_base(frame.parent_key, frame.parent_share_key) or ())
        return out | frozenset(self.found_base(frame.key, frame.share_key) or ())

    def base_invariant(self, frame: Frame, deadline: float) -> tuple[str, ...]:
        """The largest inductive subset of the model's candidate lemmas (the property's own left out)
        for the frame's initial states and steps, found once per frame key.  Houdini checks every
        lemma again except those of the unrestricted frame's invariant, inductive here by
        construction.  ``Timeout`` if the check's time runs out (the lemmas still kept then are
        kept for the next search: Houdini only drops lemmas)."""
        key = frame.key
        while True:
            kept = self.found_base(key, frame.share_key)
            if kept is not None:
                return kept
            if self.memo is None or self.memo.claim("base", frame.share_key):
                break
            # Another worker of the run is searching for it: its answer, rather than the same
            # search beside it on the same cores (none if that worker gave up: search here).
            self.memo.wait("base", frame.share_key, deadline)
        try:
            own = frame.own(frame.pre)
            names = {n for n, _ in frame.cands_pre} - ({own[0]} if own else set())
            so_far = self._base_so_far.get(key)
            start = so_far or [n for n, _ in frame.cands_pre if n in names]
            found, _ = maximal_inductive(frame, start, deadline, initiated=so_far is not None, known=self.known(frame),
                                         progress=lambda k: self._base_so_far.__setitem__(key, list(k)))
            kept = self._base[key] = tuple(found)
            self._base_so_far.pop(key, None)
            if self.memo is not None:
                self.memo.put("base", frame.share_key, kept)
            return kept
        finally:
            if self.memo is not None:
                self.memo.release("base", frame.share_key)

    def lemma_invariant(self, C: Any, policy: Any, kept: tuple[str, ...] | list[str]) -> Callable[[Any, int], Any]:
        """The lemmas ``kept`` at state ``t`` of an unrolling ``R``, with the ghost clock at ``t``
        (``invariant(R, t)``, for ``solver.bmc.search``).  Built once per unrolling template and
        moved to each state by substitution (building the lemmas anew per depth costs far more)."""
        keep = set(kept)

        def inv(R: Any, t: int) -> Any:
            def build() -> tuple[Any, Any, Any]:
                clock = z3.Int("t@tmpl")
                cands = candidates(C, R.L, policy, R.T.s0, R.T.view, clock)
                return R.T, clock, to_z3(R.L.and_(*(term for name, term in cands if name in keep)))

            # (Keyed by the template's identity, which the entry keeps alive.)
            _, clock, term = self.remember("lemma invariant", (C.__name__, policy, R.L.name, id(R.T),
                                                               tuple(sorted(keep))), build)
            # (Not simplified here: z3.simplify orders arguments by term id, and a hit's run, asked
            # again in a context of its own, must depend on the formula alone.)
            return z3.substitute(R.at(term, t), (clock, z3.IntVal(t)))

        inv.names = frozenset(kept)  # type: ignore[attr-defined]
        return inv

    # ----------------------------------------------------------------------------------------
    # Helper processes and re-checks

    def companion(self, make: Callable[[], Callable[[Any], Any]]) -> Any:
        """A forked helper (``parallel.Companion``) that serves requests with what ``make()`` builds
        in it; the session stops it when closed, if its user has not."""
        self._children = [c for c in self._children if c.alive]
        child = parallel.Companion(make)
        self._children.append(child)
        return child

    def recheck(self, cert: Certificate, deadline: float) -> tuple[str, ...]:
        """The solvers that confirm the certificate's three obligations from their SMT-LIB text.

        Two processes share the work: a forked child re-checks with Z3, then joins this process in
        taking cvc5's queries one at a time (``parallel.Taker``) until none is left.  (Threads would
        not do: cvc5's binding holds Python's lock while it solves.)  cvc5 confirms when every query
        either process took is unsat.  ``Timeout`` if either solver runs out of the check's time."""
        if deadline <= time.monotonic():
            raise Timeout()
        take = parallel.Taker()  # (made before the child is forked, so both share it)

        def outcome(f: Callable[[float], bool]) -> str:
            try:
                return "unsat" if f(max(0.0, deadline - time.monotonic())) else "rejected"
            except Timeout:
                return "timeout"

        def beside() -> tuple[str, str]:
            return (outcome(lambda left: recheck_z3(cert, left)),
                    outcome(lambda left: recheck_cvc5(cert, left, take)))

        wait = parallel.beside_in_a_child(beside)
        here = "rejected"
        try:
            here = outcome(lambda left: recheck_cvc5(cert, left, take))
        finally:
            if here != "unsat":
                take.stop()  # (the child need not go on)
            try:
                # (A little more than the check's time: the child stops on its own at the deadline.)
                z3_says, there = wait(deadline + 5.0) or ("lost", "lost")
            except TimeoutError:
                z3_says, there = "timeout", "timeout"
        if "timeout" in (z3_says, here, there):
            raise Timeout()
        cvc5_says = "unsat" if here == there == "unsat" else "rejected"
        return tuple(name for name, said in (("z3", z3_says), ("cvc5", cvc5_says)) if said == "unsat")

    def close(self) -> None:
        """Stop the helpers still running, and forget what was built."""
        for child in self._children:
            child.close()
        self._children = []
        self._made.clear()

    def __enter__(self) -> "ProverSession":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
