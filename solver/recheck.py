"""The re-checks: a certificate's three SMT-LIB scripts, read back by Z3 and by cvc5.

A proof stands only when both solvers answer unsat to every query of the text (not to the terms
the prover built).  Each solver gets the time left of the check; each cvc5 query its own share of
it (the time left over the queries left, and at least ``MIN_SHARE``), so one slow query cannot
take every other query's time.  A solver out of time raises ``Timeout``: the check's time is up,
which is reported as such, never as a rejected proof.  ``ProverSession.recheck`` runs both in two
processes.
"""

from __future__ import annotations

import re
import time
from typing import Any

import z3

from rollproof.solver.prove import Certificate, Timeout

MIN_SHARE = 2.0  # seconds: the least a cvc5 query is given, however many are left


def recheck_z3(cert: Certificate, timeout: float) -> bool:
    """Re-check the three obligations from their SMT-LIB text with Z3, each script as it stands: one
    solver reads what precedes the first scope, then each scope in turn (push, its assertions,
    check, pop), in a Z3 context of its own (so it may run beside the process's other work).

    The solver is Z3's SMT core without its preprocessing tactics (``SimpleSolver``), measured
    four times faster on these scripts than a fresh default solver per query."""
    deadline = time.monotonic() + timeout
    ctx = z3.Context()
    for k in range(3):
        head, cases = cert.scopes(k)
        s = z3.SimpleSolver(ctx=ctx)
        # Z3's earlier simplex solver: measured a fifth faster on these scripts than the default.
        s.set("arith.solver", 2)
        s.from_string(head)
        for case in cases:
            s.push()
            s.from_string(case)
            left = deadline - time.monotonic()
            if left <= 0:
                raise Timeout()
            s.set("timeout", max(1, int(left * 1000)))
            answer = s.check()
            if answer == z3.unknown and s.reason_unknown() in ("timeout", "canceled"):
                raise Timeout()
            if answer != z3.unsat:
                return False
            s.pop()
    return True


def query_share(left: float, queries_left: int) -> float:
    """The seconds one cvc5 query may take: its share of the time ``left`` among the
    ``queries_left`` still to ask (itself included), at least ``MIN_SHARE``, at most ``left``."""
    return min(left, max(MIN_SHARE, left / max(1, queries_left)))


def recheck_cvc5(cert: Certificate, timeout: float, take: Any = None) -> bool:
    """Re-check the three obligations from their SMT-LIB text with cvc5, a second solver: a fresh
    solver per query (``Certificate.scopes``), a script's declarations and common assertions
    parsed once.

    ``take``, if given, shares the queries with another process: ``take(n)`` hands out the next of
    the ``n`` queries (numbered across the three scripts in order), or None when none is left;
    then only the queries taken here are checked."""
    import cvc5

    deadline = time.monotonic() + timeout
    items = [(k, i) for k in range(3) for i in range(len(cert.scopes(k)[1]))]
    order = iter(range(len(items))) if take is None else iter(lambda: take(len(items)), None)
    parsed: dict[int, tuple] = {}
    for j in order:
        k, i = items[j]
        if k not in parsed:
            head, cases = cert.scopes(k)
            tm = cvc5.TermManager()
            first = cvc5.Solver(tm)
            logic = _logic(head)
            first.setLogic(logic)
            sm = cvc5.SymbolManager(tm)
            if _run_cvc5(first, sm, _without_logic(head)):
                return False  # (a head holds no check-sat)
            parsed[k] = (tm, sm, first.getAssertions(), cases, logic)
        tm, sm, common, cases, logic = parsed[k]
        left = deadline - time.monotonic()
        if left <= 0:
            raise Timeout()
        share = query_share(left, len(items) - j)
        s = cvc5.Solver(tm)
        s.setOption("tlimit-per", str(max(1, int(share * 1000))))
        # Decisions that follow the formula's structure (the cases are one big ite-laden
        # conjunction each): measured a sixth faster on CS-ROLLBACK-RESTORES's certificate, the
        # same on small ones.  It changes how cvc5 searches, not what it accepts.
        s.setOption("decision", "justification")
        s.setLogic(logic)
        for f in common:
            s.assertFormula(f)
        asked = time.monotonic()
        said = _run_cvc5(s, sm, cases[i] + "\n(check-sat)\n")
        if said == ["unknown"] and time.monotonic() - asked >= 0.9 * share:
            raise Timeout()  # (its share ran out: quantifier-free linear arithmetic is decidable)
        if said != ["unsat"]:
            return False
    return True


_LOGIC = re.compile(r"^\(set-logic ([A-Za-z_]+)\)$", re.M)


def _logic(head: str) -> str:
    """The logic a script sets (``ALL`` if it sets none)."""
    m = _LOGIC.search(head)
    return m.group(1) if m else "ALL"


def _without_logic(head: str) -> str:
    return _LOGIC.sub("", head)


def _run_cvc5(solver: Any, sm: Any, text: str) -> list[str]:
    """Run the commands of ``text`` on ``solver`` (symbols from ``sm``); what they print."""
    import cvc5

    parser = cvc5.InputParser(solver, sm)
    parser.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, text, "certificate")
    out = []
    while True:
        cmd = parser.nextCommand()
        if cmd.isNull():
            return out
        said = cmd.invoke(solver, sm).strip()
        if said:
            out.append(said)
