"""Unbounded proofs: an inductive invariant, found by Houdini over the model's candidate lemmas.

The counting model proposes candidate invariants in its own vocabulary (``lemmas``); the prover
keeps the largest subset that holds in every initial state and is preserved by every step
(Houdini: drop what a counterexample to induction falsifies, repeat).  If the kept conjunction
``I`` implies the property (for a ``step`` property: ``I ∧ T ⇒ P``), the property holds at every
depth: ``I`` is the certificate.  Its three obligations (initiation, consecution, safety) are
exported as SMT-LIB 2 and re-checked from the text by Z3 and by cvc5; a proof stands only if both
confirm it.  With ``instances = "any"`` the instance count is a symbol, so the proof covers every N.
"""

from __future__ import annotations

import re
import time
from typing import Any

import z3
from z3 import z3core
from attrs import field, frozen

from rollproof.properties.registry import Kind, Property
from rollproof.solver.symbolic import Unrolling, Z3, to_z3
from rollproof.solver import bmc
from rollproof.solver.candidates import candidates
from rollproof.solver.work import Timeout
from rollproof.solver.parallel import Companion
from rollproof.solver.settings import settings


@frozen
class Certificate:
    """An inductive invariant and its three obligations as SMT-LIB 2 (each expected unsat)."""

    lemmas: tuple[str, ...]
    initiation: str
    consecution: str
    safety: str
    # How the invariant was found: "houdini" (the model's lemmas), "spacer", or "reachable" (the
    # states an exhausted explicit-state search visited, ``solver.reachable``).
    method: str = "houdini"
    # Each script with its cut as ``scopes`` cuts it, made as it was written (so the re-checks need
    # not tokenize the scripts again); not part of what the certificate is.
    cuts: tuple[tuple[str, tuple[str, tuple[str, ...]]], ...] | None = field(default=None, eq=False, repr=False)

    def scripts(self) -> tuple[str, str, str]:
        return (self.initiation, self.consecution, self.safety)

    def scopes(self, k: int) -> tuple[str, tuple[str, ...]]:
        """Script ``k`` (initiation, consecution, safety) cut as ``scopes`` cuts it."""
        text = self.scripts()[k]
        if self.cuts is not None and self.cuts[k][0] is text:  # (not a script replaced since, ``attrs.evolve``)
            return self.cuts[k][1]
        return scopes(text)

    def text(self) -> str:
        if self.method == "spacer" and self.lemmas:
            body = " ∧ ".join(f"({x})" for x in self.lemmas)
            return f"{body}  [found by Spacer over the counting state; cntJ counts class J, see the legend of the .smt2 files]"
        if self.method == "reachable":
            return self.lemmas[0]
        if not self.lemmas:
            return "true: every step's guard and effect imply the property, no invariant needed"
        return " ∧ ".join(f"({x})" for x in self.lemmas)

    def files(self, stem: str) -> tuple[tuple[str, str], ...]:
        return (
            (f"{stem}.initiation.smt2", self.initiation),
            (f"{stem}.consecution.smt2", self.consecution),
            (f"{stem}.safety.smt2", self.safety),
        )


@frozen
class ProofResult:
    """``certificate`` when the kept invariant implies the property; else ``reason``."""

    certificate: Certificate | None
    kept: tuple[str, ...]
    reason: str | None = None
    queries: int = 0


def _check(solver: z3.Solver, deadline: float, assumptions: list[Any] = ()) -> Any:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise Timeout()
    solver.set("timeout", max(1, int(remaining * 1000)))
    r = solver.check(*assumptions)
    if r == z3.unknown:
        raise Timeout()
    return r


def _smt2(*assertions: Any) -> str:
    """SMT-LIB 2 text of the assertions, the same whatever the process did before: the terms are
    copied into a fresh Z3 context first (the printer's names and order follow term ids, which
    depend on every term the process ever built)."""
    ctx = z3.Context()
    s = z3.Solver(ctx=ctx)
    goal = z3.Goal(ctx=ctx)
    for a in assertions:
        term = to_z3(a).translate(ctx)
        s.add(term)
        goal.add(term)
    # The logic, where Z3 can tell it is quantifier-free linear integer arithmetic: solvers may then
    # leave the other theories out (cvc5 is measured about a fifth faster than with ``ALL``).
    # (Z3's own ``is-qflia`` probe wants the arithmetic in its normal form, ``x + -1·y``, so: linear
    # integer arithmetic, without quantifiers.)
    # A goal given a false assertion keeps only ``false``, which the probe calls linear: the
    # products of two terms over the variables are looked for in the assertions themselves too.
    linear = z3.And(z3.Probe("is-lia", ctx), z3.Not(z3.Probe("has-quantifiers", ctx)))
    logic = "(set-logic QF_LIA)\n" if linear(goal) == 1.0 and not _nonlinear(s.assertions()) else ""
    return logic + s.to_smt2()


def _nonlinear(terms: Any) -> bool:
    """Whether a product, quotient or remainder in ``terms`` has two factors over the variables
    (``x·y``, ``x div y``): arithmetic QF_LIA leaves out.

    Walked through Z3's C interface, node by node (a certificate's script has tens of thousands
    of them): the Python wrappers' objects, made and freed for every node, took four times as long
    (CS-ROLLBACK-RESTORES at the seed's defaults: 0.40 s for its three scripts, now 0.10 s)."""
    terms = list(terms)
    if not terms:
        return False
    c = terms[0].ctx.ref()
    kind_of, num_args, arg, decl_of, decl_kind, ast_id = (
        z3core.Z3_get_ast_kind, z3core.Z3_get_app_num_args, z3core.Z3_get_app_arg, z3core.Z3_get_app_decl,
        z3core.Z3_get_decl_kind, z3core.Z3_get_ast_id)
    app_kinds = (z3.Z3_APP_AST, z3.Z3_NUMERAL_AST)
    quotients = (z3.Z3_OP_DIV, z3.Z3_OP_IDIV, z3.Z3_OP_MOD, z3.Z3_OP_REM, z3.Z3_OP_POWER)
    nodes: dict[int, tuple[int, list[Any]] | None] = {}  # id -> (its operator, its arguments); None: not an application

    def node(a: Any) -> tuple[int, int, list[Any] | None]:
        k = ast_id(c, a)
        if k not in nodes:
            nodes[k] = (decl_kind(c, decl_of(c, a)), [arg(c, a, i) for i in range(num_args(c, a))]) \
                if kind_of(c, a) in app_kinds else None
        got = nodes[k]
        return (k, -1, None) if got is None else (k, got[0], got[1])

    ground: dict[int, bool] = {}  # id -> whether it has no variable in it

    def is_ground(a: Any) -> bool:
        k, op, kids = node(a)
        if k not in ground:
            if kids is None:
                ground[k] = False
            elif not kids:
                ground[k] = op != z3.Z3_OP_UNINTERPRETED
            else:
                ground[k] = all(is_ground(x) for x in kids)
        return ground[k]

    seen: set[int] = set()
    todo = [t.as_ast() for t in terms]
    while todo:
        k, op, kids = node(todo.pop())
        if k in seen or kids is None:
            continue
        seen.add(k)
        if op == z3.Z3_OP_MUL and sum(1 for x in kids if not is_ground(x)) > 1:
            return True
        if op in quotients and any(not is_ground(x) for x in kids[1:]):
            return True
        todo.extend(kids)
    return False


_TOKEN = re.compile(r'\|(?:[^|\\]|\\.)*\||"(?:[^"]|"")*"|;[^\n]*|[()]')


def _commands(text: str) -> list[str]:
    """The top-level commands of an SMT-LIB 2 script, comments left out (``|…|`` symbols, with
    Z3's ``\\|`` escape, and string literals may hold parentheses)."""
    out, depth, start = [], 0, 0
    for m in _TOKEN.finditer(text):
        c = m.group()
        if c == "(":
            if depth == 0:
                start = m.start()
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                out.append(text[start:m.end()])
    return out


def _script(common: list[Any], cases: list[Any]) -> str:
    """One SMT-LIB 2 script for an obligation split into cases: the declarations and ``common``,
    then each case in a scope of its own, ``(push 1) (assert case) (check-sat) (pop 1)``.  The
    obligation holds when every answer is unsat; any solver can run the script as it stands, and
    ``queries`` cuts it into one stand-alone query per case.  Without cases, one query."""
    return _script_and_cut(common, cases)[0]


def _script_and_cut(common: list[Any], cases: list[Any]) -> tuple[str, tuple[str, tuple[str, ...]]]:
    """``_script``'s text, and what ``scopes`` cuts from it (known as it is written)."""
    text = _smt2(*common, *cases)
    if not cases:
        return text, scopes(text)
    commands = [c for c in _commands(text) if c != "(check-sat)"]
    assert sum(c.startswith("(assert") for c in commands) == len(common) + len(cases), "one assert per term"
    head, tail = commands[: len(commands) - len(cases)], commands[len(commands) - len(cases):]
    scoped = [f"(push 1)\n{c}\n(check-sat)\n(pop 1)" for c in tail]
    return "\n".join(head + scoped) + "\n", ("\n".join(head) + "\n", tuple(tail))


def scopes(text: str) -> tuple[str, tuple[str, ...]]:
    """A script ``_script`` wrote as what precedes its first scope (declarations and the common
    assertions) and each scope's assertions; a script with no scope is all head and one empty case."""
    commands = _commands(text)
    if "(push 1)" not in commands:
        return "\n".join(c for c in commands if c != "(check-sat)") + "\n", ("",)
    first = commands.index("(push 1)")
    out, scope = [], None
    for c in commands[first:]:
        if c == "(push 1)":
            scope = []
        elif c == "(pop 1)":
            out.append("\n".join(scope))
            scope = None
        elif scope is not None and c != "(check-sat)":
            scope.append(c)
    return "\n".join(commands[:first]) + "\n", tuple(out)


def queries(text: str) -> tuple[str, ...]:
    """The stand-alone queries of a script ``_script`` wrote: for each scope, what precedes the
    first scope and the scope's assertions, with a check-sat."""
    head, cases = scopes(text)
    return tuple(f"{head}{case}\n(check-sat)\n" for case in cases)


def _frame_candidates(frame: "Frame", t0: Any, t1: Any, clocks: bool) -> tuple[list, list]:
    """The candidate lemmas before and after the frame's step: they depend on the counting model
    and the policy alone (a frame's variables are always named alike), so a session builds them once."""
    C, policy = frame.C, frame.policy
    made = frame.session.remember("candidates", (C.__name__, policy, clocks), lambda: (
        candidates(C, Z3, policy, frame.s0, frame.pre, t0 if clocks else None),
        candidates(C, Z3, policy, frame.s1, frame.post, t1 if clocks else None)))
    return tuple(list(x) for x in made)  # type: ignore[return-value]


def _one_step(session: Any, C: Any, policy: Any) -> tuple[Unrolling, Any]:
    """One step of the counting model over the policy, ``T(s0, act, args, s1)``, and its unrolling:
    the same for every frame over the policy (its variables are named alike), so a session builds
    it once (a frame does not extend the unrolling)."""

    def make() -> tuple[Unrolling, Any]:
        R = Unrolling(C, policy, tag="p", templates=session)
        return R, to_z3(R.add_step())

    return session.remember("one step", (C.__name__, policy), make)


def _initial(session: Any, C: Any, policy: Any, prop: Property, R: Unrolling) -> Any:
    """The initial condition of a frame (``bmc.init_condition``), over ``_one_step``'s unrolling
    ``R``: the same for every frame over the policy and the property's start, so built once."""
    return session.remember("initial", (C.__name__, policy, prop.start, prop.start_policy),
                            lambda: to_z3(bmc.init_condition(C, policy, prop, R)))


class Frame:
    """One step of the system as terms: the initial condition on ``s``, and ``T(s, a, s')``.

    Its terms come from ``session`` (a ``solver.session.ProverSession``; a fresh one if None),
    which builds what frames over the same policy share once."""

    def __init__(self, C: Any, policy: Any, prop: Property, extra: Any = None, clocks: bool = True,
                 session: Any = None) -> None:
        if session is None:
            from rollproof.solver.session import ProverSession

            session = ProverSession(policy)
        self.session = session
        self.C, self.policy, self.prop = C, policy, prop
        # What fixes the initial states and the steps: frames with equal keys have equal ones.
        self.key = (prop.model, policy, prop.start, prop.start_policy, prop.allowed, getattr(extra, "text", extra), clocks)
        # The unrestricted frame (no start condition, step restriction or region) over the same
        # policy: its initial states include these and its steps include these, so whatever is
        # inductive there is inductive here too (its invariant and unsat cores can be reused).
        self.parent_key = (prop.model, policy, None, None, None, None, clocks) if prop.start_policy is None else None
        # The same, as text that other worker processes of a run can match (``solver.shared``): a
        # frame restricted by the property (start, steps) is named by the property.
        restricted = prop.start is not None or prop.start_policy is not None or prop.allowed is not None
        # A restricted frame is named by its property and the restriction's function objects: a
        # property checked again with some steps left out (``properties.causes``) keeps its ID, and
        # the worker processes of a run, forked from one process, see the same objects.
        self.share_key = repr((prop.model, policy,
                               (prop.id, id(prop.start), id(prop.start_policy), id(prop.allowed)) if restricted else None,
                               getattr(extra, "text", None if extra is None else repr(extra)), clocks))
        self.parent_share_key = (repr((prop.model, policy, None, None, clocks))
                                 if prop.start_policy is None else None)
        self.R, step = _one_step(session, C, policy)
        self.init = _initial(session, C, policy, prop, self.R)
        self.extra = extra
        self.pre, self.post = self.R.views
        self.act = self.R.acts[0]
        s0, s1 = self.R.states
        self.s0, self.s1 = s0, s1
        # The property's restriction of the steps, if any (part of ``trans``; ``steps`` adds it too).
        self.allowed = (to_z3(prop.allowed(self.R.L, policy, self.pre, self.act, self.post))
                        if prop.allowed is not None else None)
        self.trans = step if self.allowed is None else z3.And(step, self.allowed)
        self.trans_core = self.trans  # the step without the ghost clock (for Spacer)
        self._successors: list | None = None
        # A ghost clock t counts the steps from an initial state: t = 0 there, t' = t + 1.
        t0, t1 = z3.Int("t@pre"), z3.Int("t@post")
        self.clock = (t0, t1)
        self.init_core = self.init
        self.init = z3.And(self.init, t0 == 0)
        self.trans = z3.And(self.trans, t1 == t0 + 1)
        # ``clocks``: with the clock bounds among the candidates (they speed BMC up; a proof never needs them).
        self.cands_pre, self.cands_post = _frame_candidates(self, t0, t1, clocks)
        if extra is not None:
            # A restriction of the initial states on a frozen field (e.g. N ≥ 5) is a lemma too.
            self.init = z3.And(self.init, to_z3(extra(s0)))
            self.init_core = z3.And(self.init_core, to_z3(extra(s0)))
            self.cands_pre.append(("the region: " + getattr(extra, "text", "restricted start"), extra(s0)))
            self.cands_post.append(("the region: " + getattr(extra, "text", "restricted start"), extra(s1)))
        own = self.own(self.pre), self.own(self.post)
        if own[0] is not None:
            self.cands_pre = [own[0], *self.cands_pre]
            self.cands_post = [own[1], *self.cands_post]

    def own(self, v: Any) -> tuple[str, Any] | None:
        """The property as a candidate lemma (its state part)."""
        p, pol = self.prop, self.policy
        if p.kind in (Kind.INV, Kind.LIVE):
            return (f"{p.id}: {p.statement}", p.holds(Z3, pol, v))
        if p.kind == Kind.REACH:
            return (f"{p.id} goal unreachable", Z3.not_(p.goal(Z3, pol, v)))
        return None

    def steps(self, *terms: Any) -> list[tuple[Any, list[Any]]]:
        """The transition one action at a time, the successor solved away: for each action ``a``
        whose guard can hold, ``act = a ∧ guard_a`` (and the property's step restriction), and
        ``terms`` (over the state before, the action and the state after) with the state after
        replaced by ``a``'s successor.  So ``T ∧ φ`` is satisfiable exactly when
        ``enabled_a ∧ φ_a`` is for some ``a``: the same obligation without the 2·|state| variables
        and equations of the state after, which is what makes a certificate quick to re-check."""
        terms = [to_z3(t) for t in terms] + ([self.allowed] if self.allowed is not None else [])
        pack = z3.Function("terms·pack", *(t.sort() for t in terms), z3.BoolSort()) if terms else None
        out = []
        for a, guard, sub in self._enabled():
            # One substitution over every term at once (they share structure).
            moved = sub(pack(*terms)).children() if terms else []
            enabled = [self.act == a, guard]
            if self.allowed is not None:
                enabled.append(moved.pop())
            out.append((z3.And(*enabled), moved))
        return out

    def broken_by_a_step(self, inv_post: Any, step_part: Any = None) -> tuple[list[Any], list[Any]]:
        """The cases, one per action code in order, in which a step leaves the invariant
        ``inv_post`` (stated over the state after), and those in which a step breaks the
        property's transition part ``step_part`` (none if it has none).  An action whose guard
        is false under the policy gets its case too, ``act = a ∧ false``: the cases then cover
        every action, and a reader of the certificate sees that none is left out."""
        terms = [inv_post] if step_part is None else [inv_post, step_part]
        cases = dict(zip((a for a, _, _ in self._enabled()), self.steps(*terms)))
        ctx = z3.Context()  # (for the splits, in a fixed order: ``split_case``)

        def case(a: int, i: int) -> list[Any]:
            if a not in cases:
                return [z3.And(self.act == a, z3.BoolVal(False))]
            enabled, moved = cases[a]
            return split_case(z3.And(enabled, z3.Not(moved[i])), self.split_on(a), ctx)

        codes = range(len(self.C.A))
        return ([c for a in codes for c in case(a, 0)],
                [] if step_part is None else [c for a in codes for c in case(a, 1)])

    def split_on(self, a: int) -> list[tuple[Any, tuple[Any, ...]]]:
        """The variables on which the counting model splits action ``a``'s case, with their values
        (``solver.settings``' ``split_cases``: fields of the state before, or ``args.`` fields of the arguments)."""
        fields = settings(self.C).split_cases(self.policy).get(self.C.A(a).name, ())
        return [(getattr(self.R.args[0], n[len("args."):]) if n.startswith("args.") else getattr(self.s0, n), values)
                for n, values in fields]

    def _enabled(self) -> list:
        if self._successors is None:
            self._successors = _successors(self)
        return self._successors

    def step_obligation(self) -> Any:
        """What ``I(s) ∧ T`` must imply across a step, if the property has a transition part."""
        p, pol = self.prop, self.policy
        if p.kind == Kind.STEP:
            return p.holds(Z3, pol, self.pre, self.act, self.post)
        if p.step_holds is not None:
            return p.step_holds(Z3, pol, self.pre, self.act, self.post)
        return None


def split_case(case: Any, on: list[tuple[Any, tuple[Any, ...]]], ctx: Any = None) -> list[Any]:
    """``case`` as cases on the values of the variables ``on`` (each with the values to split
    over), equivalent to it together: one case per value, and for an integer one more in which it
    has none of them.  In each case the value is substituted (in the last, the equations between
    the variable and the values are false) and the term simplified, so the ``ite`` terms that
    branch on it fold away; each case states what it assumes.

    The work is done in a Z3 context of its own (``ctx``, or a fresh one; a certificate's splits
    share one, made for them and used in a fixed order): the simplifier orders the arguments of a
    sum or a conjunction by term id, which in the process's main context would follow everything
    built before, and the certificate's text would depend on which check came first."""
    if not on:
        return [case]
    main = case.ctx
    ctx = z3.Context() if ctx is None else ctx
    pieces = _split(case.translate(ctx), [(x.translate(ctx), values) for x, values in on])
    return [p.translate(main) for p in pieces]


def _split(case: Any, on: list[tuple[Any, tuple[Any, ...]]]) -> list[Any]:
    if not on:
        return [case]
    ctx = case.ctx
    (x, values), rest = on[0], on[1:]
    if z3.is_bool(x):
        assert set(values) == {False, True}, "a Boolean is split both ways"
        branches = [(x if v else z3.Not(x), [(x, z3.BoolVal(v, ctx))]) for v in values]
    else:
        branches = [(x == v, [(x, z3.IntVal(v, ctx))]) for v in values]
        branches.append((z3.And(*(x != v for v in values)),
                         [(e, z3.BoolVal(False, ctx)) for v in values for e in (x == v, z3.IntVal(v, ctx) == x)]))
    out = []
    for assumed, pairs in branches:
        body = z3.simplify(z3.substitute(case, *pairs))
        if z3.is_false(body):
            continue  # (the case holds no state with this value)
        out += [z3.And(assumed, c) for c in _split(body, rest)]
    return out or [z3.And(case, z3.BoolVal(False, ctx))]


class Substitution:
    """``z3.substitute(term, *pairs)`` for many terms, the pairs checked and laid out once (per
    call, ``z3.substitute`` checks every pair's sorts in Python: for a successor's 150 pairs that
    costs more than the substitution)."""

    def __init__(self, pairs: list[tuple[Any, Any]]) -> None:
        z3.substitute(z3.BoolVal(True), *pairs)  # checks the pairs' sorts once
        self._pairs = pairs  # (keeps the terms alive while the arrays point at them)
        n = len(pairs)
        self._from, self._to, self._n = (z3.z3.Ast * n)(), (z3.z3.Ast * n)(), n
        for i, (x, y) in enumerate(pairs):
            self._from[i], self._to[i] = x.as_ast(), y.as_ast()

    def __call__(self, t: Any) -> Any:
        return z3.z3._to_expr_ref(z3.Z3_substitute(t.ctx.ref(), t.as_ast(), self._n, self._from, self._to), t.ctx)


def _successors(frame: Frame) -> list[tuple[int, Any, list[tuple[Any, Any]]]]:
    """Each action's code, guard and successor over the frame's variables (``Template.successors``),
    the action fixed: the same for every frame over the policy (their variables are named alike),
    so a session builds them once."""
    t0, t1 = frame.clock  # (the ghost clock ticks on every step)
    return frame.session.remember("successors", (frame.C.__name__, frame.policy), lambda: [
        (a, g, Substitution([*sub, (frame.act, z3.IntVal(a)), (t1, t0 + 1)]))
        for a, g, sub in frame.R.T.successors(frame.s0, frame.R.args[0], frame.s1)])


def is_clock(name: str) -> bool:
    return name.startswith("clock: ")


def houdini(frame: Frame, deadline: float, only: set[str] | None = None,
            known: frozenset[str] = frozenset()) -> ProofResult:
    """The largest inductive subset of the candidates (of those named in ``only``, if given), and
    whether it proves the property.  ``known``: lemmas known to be inductive over the frame (the
    model's own invariant), which need no consecution query of their own.

    Consecution and the transition part of safety are asked one action at a time, the action's
    successor written out (``Frame.steps``; the cases are exactly the transition): measured 30-40%
    faster than the transition with the action fixed, whose successor's equations Z3 has to solve
    away in every query.  Consecution keeps one solver per action from one query to the next
    (``maximal_inductive``: the model's own invariant of the seed's cloud service in 3.9 s instead
    of 5.9 s with a solver made anew for each query).
    """
    names = [n for n, _ in frame.cands_pre if only is None or n in only]
    pre = {n: to_z3(t) for n, t in frame.cands_pre}
    post = {n: to_z3(t) for n, t in frame.cands_post}
    own = frame.own(frame.pre)
    asked: dict[str, tuple[str, ...]] = {}
    one = _one_open(names, own[0] if own else None, known)
    # The core queries of the property's own lemma and of the certificate's cut share one asker
    # (its solvers, and a child that keeps its own): the clock bounds are left out of both.
    pool = [n for n in names if not is_clock(n)]
    with _asker(frame, pool, pre, post) as asker:
        if one is not None:
            kept, queries = _houdini_with_core(frame, names, one, pre, post, deadline, asked, asker)
        else:
            kept, queries = maximal_inductive(frame, names, deadline, pre, post, known=known)
        # The certificate leaves out the clock bounds: they only speak of the ghost clock, which no
        # other lemma mentions, so the rest is inductive without them (the re-checks confirm it).
        cert_names = [n for n in kept if not is_clock(n)]
        core = _inductive_core(frame, cert_names, pre, post, own[0] if own else None, deadline, asked,
                               asker if cert_names == pool else None)
    if core is not None:
        cert_names = core
    inv_pre = z3.And(*(pre[n] for n in cert_names)) if cert_names else z3.BoolVal(True)
    inv_post = z3.And(*(post[n] for n in cert_names)) if cert_names else z3.BoolVal(True)
    # Safety: I ⇒ P for the state part, and I ∧ T ⇒ P for a transition part.  The state part must
    # not ask for a successor: a state with no enabled step would make it hold vacuously.
    # (The state part first: where it fails, as for a lemma that does not hold alone, the step's
    # cases, 0.04 s for a cloud service, are not written out at all.)
    state_part = frame.own(frame.pre)
    bad = [] if state_part is None else [z3.Not(to_z3(state_part[1]))]

    def refuted(parts: list[Any]) -> bool:
        nonlocal queries
        for x in parts:
            solver = z3.Solver()
            solver.add(inv_pre, x)
            queries += 1
            if _check(solver, deadline) == z3.sat:
                return True
        return False

    why = "the inductive invariant found does not imply the property"
    if refuted(bad):
        return ProofResult(None, tuple(kept), why, queries)
    consecution, bad_steps = frame.broken_by_a_step(inv_post, frame.step_obligation())
    if refuted(bad_steps):
        return ProofResult(None, tuple(kept), why, queries)
    bad += bad_steps
    cert = certificate(frame, tuple(cert_names), inv_pre, consecution, bad)
    return ProofResult(cert, tuple(kept), None, queries)


def certificate(frame: Frame, lemmas: tuple[str, ...], inv_pre: Any, consecution: list[Any], bad: list[Any],
                method: str = "houdini") -> Certificate:
    """The certificate of ``inv_pre``: its initiation, its consecution (``consecution``: the cases
    in which a step leaves it, one per action, see ``Frame.broken_by_a_step``) and its safety
    (``bad``: the ways the property can fail), each an SMT-LIB 2 script whose every query must be
    unsat (``_script``)."""
    initiation = _smt2(frame.init, z3.Not(inv_pre))
    (consecution_text, consecution_cut), (safety_text, safety_cut) = (
        _script_and_cut([inv_pre], consecution), _script_and_cut([inv_pre], bad))
    return Certificate(lemmas=lemmas, initiation=initiation, consecution=consecution_text, safety=safety_text,
                       method=method, cuts=((initiation, scopes(initiation)), (consecution_text, consecution_cut),
                                            (safety_text, safety_cut)))


def _one_open(names: list[str], own: str | None, known: frozenset[str]) -> str | None:
    """The property's own lemma, when it is the one lemma of ``names`` not known to be inductive
    (the rest being the model's invariant, ``known``, and every known lemma among them)."""
    if own is None or own in known or own not in names:
        return None
    rest = set(names) - {own}
    return own if rest and rest == set(known) else None


def _asker(frame: Frame, pool: list[str], pre: dict, post: dict) -> "Asker":
    """An ``Asker`` among the lemmas ``pool``: its goals are those lemmas after a step (goal ``i``
    is lemma ``i``), then the property's step obligation, if it has one (goal ``len(pool)``)."""
    step = frame.step_obligation()
    return Asker(frame, [pre[n] for n in pool], [post[n] for n in pool] + ([to_z3(step)] if step is not None else []))


def _houdini_with_core(frame: Frame, names: list[str], own: str, pre: dict, post: dict, deadline: float,
                       asked: dict[str, tuple[str, ...]], asker: "Asker | None" = None) -> tuple[list[str], int]:
    """``maximal_inductive`` when ``own`` is the one lemma not known to be inductive: Houdini then
    asks, per action, whether a step from a state where every lemma holds keeps ``own``, which
    is the query of ``own``'s unsat core (``_core``) as well.  So it is asked once, with the
    lemmas behind marks: if every answer is unsat, ``own`` is kept and its core is remembered in
    ``asked``; else ``own`` is dropped.  (The clock bounds are left out of the query: only the
    ghost clock, which ``own`` does not mention, is bound by them.)  ``asker``: one among those
    lemmas (``_asker``), to ask it with."""
    solver = z3.Solver()
    solver.add(frame.init, z3.Not(pre[own]))
    if _check(solver, deadline) == z3.sat:
        return [n for n in names if n != own], 1
    pool = [n for n in names if not is_clock(n)]
    if asker is None:
        core = _core(frame, pool, pre, post[own], deadline)
    else:
        found = asker.ask([pool.index(own)], None, deadline)
        core = None if found is None else [n for i, n in enumerate(pool) if i in found[0]]
    queries = 1 + len(frame._enabled())
    if core is None:
        return [n for n in names if n != own], queries
    asked[own] = tuple(core)
    return list(names), queries


def maximal_inductive(frame: Frame, names: list[str], deadline: float, pre: dict | None = None,
                      post: dict | None = None, progress: Any = None, initiated: bool = False,
                      known: frozenset[str] = frozenset()) -> tuple[list[str], int]:
    """The largest subset of the candidates ``names`` that holds initially and is preserved by
    every step, and the number of queries it took.  ``progress`` is told the lemmas still kept
    after the initiation checks and after each drop: a superset of the answer, from which the
    search can start again (``initiated``: every one of ``names`` is known to hold initially)
    if it runs out of time.  ``known``: lemmas known to be inductive over the frame on their own."""
    if pre is None:
        pre = {n: to_z3(t) for n, t in frame.cands_pre}
        post = {n: to_z3(t) for n, t in frame.cands_post}
    queries = 0
    # Initiation: keep what every initial state satisfies.
    solver = z3.Solver()
    solver.add(frame.init)
    kept = []
    for n in names:
        if n in known or initiated:
            kept.append(n)
            continue
        solver.push()
        solver.add(z3.Not(pre[n]))
        queries += 1
        if _check(solver, deadline) == z3.unsat:
            kept.append(n)
        solver.pop()
    if progress is not None:
        progress(kept)
    # Consecution: drop what a counterexample to induction falsifies, until nothing is dropped.
    # One action at a time, its successor written out (``Frame.steps``): the lemmas after the step.
    # Per action one solver, kept from one query to the next: each lemma behind a mark (``p ⇒``
    # the lemma before the step) and its negation after the step behind another (``q ⇒ ¬``), the
    # query "some q" asked with the kept lemmas' p marks and the q marks of the lemmas that cannot
    # be falsified (dropped or known) off.  What the solver learnt about the action in one query
    # serves the next, where a solver made anew for each query takes in every lemma again.
    cases = [(enabled, dict(zip(kept, moved))) for enabled, moved in frame.steps(*(post[n] for n in kept))] if kept else []
    if not cases:
        return kept, queries
    index = {n: i for i, n in enumerate(kept)}
    p = [z3.Bool(f"houdini!p{i}") for i in range(len(kept))]
    q = [z3.Bool(f"houdini!q{i}") for i in range(len(kept))]
    solvers: dict[int, z3.Solver] = {}

    def solver_for(j: int) -> z3.Solver:
        s = solvers.get(j)
        if s is None:
            enabled, after = cases[j]
            s = solvers[j] = z3.Solver()
            s.add(enabled)
            for n, i in index.items():
                s.add(z3.Implies(p[i], pre[n]), z3.Implies(q[i], z3.Not(after[n])))
            s.add(z3.Or(*q))
        return s

    dropped = True
    while dropped and kept:
        dropped = False  # a pass over every action; another one if some lemma was dropped
        for j, (enabled, after) in enumerate(cases):
            while kept:
                # A known lemma is preserved by every step from states where the known ones hold
                # (they are among the kept ones): only the others can be falsified.
                open_ = {n for n in kept if n not in known or not known <= set(kept)}
                if not open_:
                    break
                s = solver_for(j)
                on = [p[index[n]] for n in kept] + [z3.Not(q[i]) for n, i in index.items() if n not in open_]
                queries += 1
                if _check(s, deadline, on) == z3.unsat:
                    break
                m = s.model()
                falsified = [n for n in kept if z3.is_false(m.eval(after[n], model_completion=True))]
                kept = [n for n in kept if n not in falsified]
                dropped = True
                if progress is not None:
                    progress(kept)
    return kept, queries


def _core(frame: Frame, pool: list[str], pre: dict, goal: Any, deadline: float) -> list[str] | None:
    """The lemmas of ``pool`` that preserving ``goal`` needs, one action at a time (as in the
    consecution queries, ``Asker``); None if some step from a state where every lemma of
    ``pool`` holds breaks ``goal``."""
    with Asker(frame, [pre[n] for n in pool], [goal]) as asker:
        found = asker.ask([0], None, deadline)
    if found is None:
        return None
    return [n for i, n in enumerate(pool) if i in found[0]]


class Asker:
    """Unsat-core queries about ``goals`` (over the state after a step) among ``lemmas`` (over the
    state before it), for one frame, in requests (``ask``): for each goal asked, the lemmas
    (their indices) that preserving it needs, the union over the actions of an unsat core of
    ``enabled_a ∧ lemmas ∧ ¬goal_a`` (the goal after ``a``'s step), the lemmas behind marks
    (``Marks``).

    Two kinds of pairs (action, goal) need no core query.  A goal the step leaves as it was, the
    very term of one of the lemmas (in a cloud-service model, about a third of the pairs), needs
    that lemma.  And with ``within`` (indices of lemmas), a goal that those lemmas preserve
    needs nothing beyond them: it is asked under their marks alone, without a core, and only a
    goal they do not preserve gets a core among all the lemmas (the rest of its needs).

    Per action, one solver holds the guard and the marked lemmas, and is asked for each goal in
    turn, in every request (measured three times faster than a solver per goal and action, whose
    every query takes in the guard and the lemmas again; and a request after the first finds the
    solvers with the lemmas already taken in).  The actions are dealt to two halves
    (``_halves``): this process asks one, a forked child (``solver.parallel.Companion``), which
    keeps its solvers from one request to the next, the other.

    Each half's terms are copied into a Z3 context of the half's own, in a fixed order, and its
    queries come in a fixed order, so the cores depend on the formulas and the requests alone,
    wherever the half runs.  In the process's main context they would depend on term ids, which
    follow everything built before (which property was checked first, which worker of a parallel
    run got which check): the certificates would differ from run to run.  (So the halves are
    fixed, not taken from a shared counter.)  If the child fails, its half is built here and
    asked every request so far again, in order: its solvers are then where the child's were, and
    the answers the same.
    """

    def __init__(self, frame: Frame, lemmas: list[Any], goals: list[Any]) -> None:
        self.frame, self.lemmas, self.goals = frame, lemmas, goals
        self.first, self.second = _halves(frame, [a for a, _, _ in frame._enabled()])
        self._here: _Half | None = None
        self._there: _Half | None = None  # the child's half, once the child has failed
        self._asked: list[tuple] = []  # every request, for a replay if the child fails
        self._replayed = 0
        self._child: Any = None  # a ``solver.parallel.Companion`` of the frame's session (forked at the first request)

    def ask(self, goals: list[int], within: list[int] | None, deadline: float) -> list[set[int]] | None:
        """For each of the goals ``goals`` (indices), the lemmas preserving it needs; None if
        some step from a state where every lemma holds breaks one of them (Timeout if Z3 cannot
        tell in time)."""
        request = (list(goals), None if within is None else list(within), deadline)
        self._asked.append(request)
        if self._child is None:
            self._child = self.frame.session.companion(lambda: _Half(self, self.second).serve)
        sent = self._child.send(request)
        try:
            if self._here is None:
                self._here = _Half(self, self.first)
            mine = self._here.answer(*request)
        finally:
            try:
                theirs = self._child.receive(deadline) if sent else None
            except TimeoutError:
                raise Timeout() from None
        if theirs is None:
            theirs = self._catch_up()
        if theirs == "timeout":
            raise Timeout()
        if mine is None or theirs == "sat":
            return None
        return [a | b for a, b in zip(mine, theirs)]

    def _catch_up(self) -> Any:
        """The child's half, asked here every request it has not answered, in order: the answer
        to the last."""
        if self._there is None:
            self._there = _Half(self, self.second)
            self._replayed = 0
        answer = None
        while self._replayed < len(self._asked):
            answer = self._there.serve(self._asked[self._replayed])
            self._replayed += 1
        return answer

    def close(self) -> None:
        if self._child is not None:
            self._child.close()

    def __enter__(self) -> "Asker":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class _Half:
    """The queries of ``Asker`` for the actions at ``positions``, in a Z3 context of their own."""

    def __init__(self, asker: Asker, positions: list[int]) -> None:
        self.asker, self.positions = asker, positions
        self.marks = Marks(asker.lemmas)
        self.same = {x.get_id(): i for i, x in enumerate(asker.lemmas)}
        self.solvers: dict[int, z3.Solver] = {}

    def answer(self, goals: list[int], within: list[int] | None, deadline: float) -> list[set[int]] | None:
        frame, marks = self.asker.frame, self.marks
        steps = frame.steps(*(self.asker.goals[g] for g in goals))
        used: list[set[int]] = [set() for _ in goals]
        for j in self.positions:
            enabled, after = steps[j]
            s = self.solvers.get(j)
            if s is None:
                s = self.solvers[j] = marks.solver(enabled)
            for k, moved in enumerate(after):
                if moved.get_id() in self.same:
                    used[k].add(self.same[moved.get_id()])
                    continue
                s.push()
                try:
                    s.add(z3.Not(moved.translate(marks.ctx)))
                    if within is None or not marks.holds(s, within, deadline):
                        core = marks.core(s, deadline)
                        if core is None:
                            return None
                        used[k] |= core
                finally:
                    s.pop()
        return used

    def serve(self, request: tuple) -> Any:
        """``answer``, with what cannot cross a pipe as words: "sat" for None, "timeout"."""
        try:
            found = self.answer(*request)
        except Timeout:
            return "timeout"
        return "sat" if found is None else found


def _halves(frame: Frame, codes: list[int]) -> tuple[list[int], list[int]]:
    """The positions of the actions ``codes`` dealt to two halves of about equal work, the same
    every time: dealt alternately, first the actions the counting model splits in certificates
    (``split_cases``: their successors branch most, and their queries are the slowest), then the
    rest in order."""
    order = sorted(range(len(codes)), key=lambda j: (not frame.split_on(codes[j]), j))
    first = [j for k, j in enumerate(order) if k % 2 == 0]
    return sorted(first), sorted(j for j in order if j not in first)


class Marks:
    """Lemmas behind marks, in a Z3 context of their own, for unsat cores: ``use[i] ⇒ lemma i``.
    The marks are assumed through Z3's C interface directly (``z3.Solver.check`` checks every
    assumption's sort in Python, which for some sixty marks costs more than the query)."""

    def __init__(self, lemmas: list[Any]) -> None:
        self.ctx = ctx = z3.Context()
        self.marks = [z3.Bool(f"use[{i}]", ctx) for i in range(len(lemmas))]
        # (One conjunction: asserting the implications one by one costs more in Python than the query.)
        self.guards = z3.And([z3.Implies(m, x.translate(ctx)) for m, x in zip(self.marks, lemmas)] or [z3.BoolVal(True, ctx)])
        self._n = len(self.marks)
        self._array = (z3.z3.Ast * max(1, self._n))(*(m.as_ast() for m in self.marks))
        self._index = {m.get_id(): i for i, m in enumerate(self.marks)}

    def solver(self, *terms: Any) -> z3.Solver:
        """A solver with the marked lemmas and ``terms`` (copied into the context), asked for small cores."""
        s = z3.Solver(ctx=self.ctx)
        s.set("core.minimize", True)
        s.add(*(t.translate(self.ctx) for t in terms), self.guards)
        return s

    def _check(self, s: z3.Solver, n: int, array: Any, deadline: float) -> bool:
        """Whether ``s``'s assertions are unsat with the ``n`` marks of ``array`` (Timeout if Z3 cannot tell)."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise Timeout()
        s.set("timeout", max(1, int(remaining * 1000)))
        answer = z3.Z3_solver_check_assumptions(self.ctx.ref(), s.solver, n, array)
        if answer not in (z3.Z3_L_TRUE, z3.Z3_L_FALSE):
            raise Timeout()
        return answer == z3.Z3_L_FALSE

    def holds(self, s: z3.Solver, which: list[int], deadline: float) -> bool:
        """Whether the lemmas ``which`` (indices) alone make ``s``'s assertions unsat."""
        array = (z3.z3.Ast * max(1, len(which)))(*(self.marks[i].as_ast() for i in which))
        return self._check(s, len(which), array, deadline)

    def core(self, s: z3.Solver, deadline: float) -> set[int] | None:
        """The marks (their indices) an unsat core of ``s``'s assertions needs; None if they are
        satisfiable with every mark; Timeout if Z3 cannot tell."""
        if not self._check(s, self._n, self._array, deadline):
            return None
        core = z3.AstVector(z3.Z3_solver_get_unsat_core(self.ctx.ref(), s.solver), self.ctx)
        return {self._index[core[i].get_id()] for i in range(len(core))}


def _closure(asker: "Asker", pool: list[str], need: list[str], done: set[str], deadline: float) -> list[str] | None:
    """``need`` and what preserving its lemmas needs among ``pool`` (the asker's lemmas), until
    nothing more is needed: a subset of ``pool`` that every step keeps (None if a step from a
    state where every lemma of ``pool`` holds breaks one of ``need``).  The lemmas of ``done``
    are known to need nothing beyond ``need``.

    In rounds: each asks, for the lemmas added last, whether the lemmas needed so far preserve
    them, and a core among ``pool`` only where they do not (``Asker.ask`` with ``within``).  For
    CS-ROLLBACK-RESTORES over both roles, two rounds: some 190 queries and five cores, where the
    cores of each of the 61 lemmas of the model's invariant took 670 minimised ones.  The answer
    depends on the frame, the pool and ``need`` alone, whichever property came first."""
    index = {n: i for i, n in enumerate(pool)}
    need = list(need)
    frontier = [n for n in need if n not in done]
    while frontier:
        found = asker.ask([index[n] for n in frontier], [index[n] for n in need], deadline)
        if found is None:
            return None
        added = sorted({i for core in found for i in core if pool[i] not in need})
        frontier = [pool[i] for i in added]
        need += frontier
    return need


def _inductive_core(frame: Frame, kept: list[str], pre: dict, post: dict, own: str | None, deadline: float,
                    asked: dict[str, tuple[str, ...]] | None = None, asker: "Asker | None" = None) -> list[str] | None:
    """A small inductive subset of ``kept`` that still proves the property (unsat cores).
    ``asked``: lemmas whose cores among ``kept`` are already known; ``asker``: one among
    ``kept`` (``_asker``), to ask with.

    Start from what the property needs (its own lemma, or what the step obligation uses), and add
    what preserving each member needs (``_closure``), until the set is closed.  Returns None when
    the property is not among the kept lemmas and has no step obligation.
    """
    asked = asked or {}
    if own is None or own not in kept:
        if frame.step_obligation() is None:
            return None
    if asker is None:
        with _asker(frame, kept, pre, post) as mine:
            return _inductive_core(frame, kept, pre, post, own, deadline, asked, mine)
    # (Out of time here is out of time for the check: a certificate left uncut would print other
    # lemmas than a run with more time, so ``Timeout`` goes on up.)
    need: list[str] = []
    if own is not None and own in kept:
        need.append(own)
    if frame.step_obligation() is not None:
        found = asker.ask([len(kept)], None, deadline)
        if found is None:
            return None  # (the kept lemmas do not give the step obligation: no proof to cut)
        need += [n for i, n in enumerate(kept) if i in found[0] and n not in need]
    done = {n for n in need if n in asked}
    for n in done:
        need += [m for m in asked[n] if m not in need]
    closed = _closure(asker, kept, need, done, deadline)
    if closed is None:
        return None  # (not inductive after all: no cut)
    return [n for n in kept if n in closed]
