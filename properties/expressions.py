"""The expression language of user properties: linear arithmetic and logic over observables.

``parse`` reads a text with Python's own parser (``ast``) and accepts only a strict whitelist of
nodes: integer literals, observable and constant names, ``+ - *`` (``*`` with a constant on one
side, so every expression stays linear; ``//`` by a nonzero integer literal, floor division read the
same way in Python and in Z3), comparisons (chains too), ``and``/``or``/``not``, ``implies(a, b)``,
``min``/``max``, parentheses.  Nothing is ever evaluated by Python: the result
is a small tree of our own (``Expr``), sort-checked (int or bool), that ``evaluate`` reads over a
``Logic``: the same tree gives a Python value on a concrete state and a Z3 term in the solver.
``text`` writes a tree back as an expression that parses to the same tree.
"""

from __future__ import annotations

import ast
from typing import Any, Mapping, Union

from attrs import frozen

INT, BOOL = "int", "bool"
FUNCTIONS = ("implies", "min", "max")
#: Quantifiers over a family of observables (``all(x >= 2 for x in online_roles)``), written out
#: at parsing as the ``and`` (``or``) of the condition over each member.
QUANTIFIERS = {"all": "and", "any": "or"}
CMP_OPS = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!="}
ARITH_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "//"}


class ExprError(Exception):
    """What is wrong with an expression, where (1-based ``column``), and the text found there."""

    def __init__(self, what: str, column: int, got: str) -> None:
        self.what, self.column, self.got = what, column, got
        super().__init__(f"{what} at column {column} (got {got!r})")


@frozen
class Num:
    value: int


@frozen
class Name:
    name: str


@frozen
class Neg:
    x: "Expr"


@frozen
class Arith:
    op: str  # + - * // (``//``: floor division, ``b`` a nonzero literal)
    a: "Expr"
    b: "Expr"


@frozen
class Cmp:
    ops: tuple[str, ...]
    xs: tuple["Expr", ...]  # len(ops) + 1 operands


@frozen
class BoolOp:
    op: str  # and | or
    xs: tuple["Expr", ...]


@frozen
class Not:
    x: "Expr"


@frozen
class Call:
    fn: str  # implies | min | max
    args: tuple["Expr", ...]


Expr = Union[Num, Name, Neg, Arith, Cmp, BoolOp, Not, Call]


def names_in(e: Expr) -> set[str]:
    """The names an expression reads."""
    if isinstance(e, Name):
        return {e.name}
    if isinstance(e, Num):
        return set()
    kids = {Neg: lambda: (e.x,), Not: lambda: (e.x,), Arith: lambda: (e.a, e.b), Cmp: lambda: e.xs,
            BoolOp: lambda: e.xs, Call: lambda: e.args}[type(e)]()
    return set().union(*(names_in(k) for k in kids))


# --------------------------------------------------------------------------------------------
# Parsing


class _Parser:
    def __init__(self, source: str, sorts: Mapping[str, str], constants: Mapping[str, int], shift: int,
                 families: Mapping[str, tuple[str, ...]] = {}) -> None:
        self.source, self.sorts, self.constants, self.shift = source, sorts, constants, shift
        self.families = families
        self.bound: dict[str, str] = {}  # a quantifier's variable -> the member it stands for

    def fail(self, node: ast.AST, what: str) -> ExprError:
        # ast's offsets count UTF-8 bytes of the parsed text; this one is ASCII where it parses as ours
        col = getattr(node, "col_offset", 0) + self.shift
        end = (getattr(node, "end_col_offset", None) or col + 1 - self.shift) + self.shift
        return ExprError(what, col + 1, self.source[col:end] or self.source)

    def expr(self, node: ast.AST) -> tuple[Expr, str]:
        """The tree of ``node`` and its sort."""
        if isinstance(node, ast.Constant):
            if isinstance(node.value, int) and not isinstance(node.value, bool):
                return Num(node.value), INT
            raise self.fail(node, "only integer literals are allowed")
        if isinstance(node, ast.Name):
            if node.id in self.bound:
                member = self.bound[node.id]
                return Name(member), self.sorts[member]
            if node.id in self.families:
                raise self.fail(node, f"{node.id} is a family of observables: use it in all(… for x in {node.id}) or any(…)")
            if node.id in self.sorts:
                return Name(node.id), self.sorts[node.id]
            if node.id in self.constants:
                return Name(node.id), INT
            if node.id in FUNCTIONS:
                raise self.fail(node, f"{node.id} is a function: call it, {node.id}(a, b)")
            raise self.fail(node, "unknown name")
        if isinstance(node, ast.UnaryOp):
            x, sort = self.expr(node.operand)
            if isinstance(node.op, ast.USub):
                self.need(node.operand, sort, INT, "'-'")
                return (Num(-x.value) if isinstance(x, Num) else Neg(x)), INT
            if isinstance(node.op, ast.Not):
                self.need(node.operand, sort, BOOL, "'not'")
                return Not(x), BOOL
            raise self.fail(node, "operator not allowed")
        if isinstance(node, ast.BinOp):
            op = ARITH_OPS.get(type(node.op))
            if op is None:
                raise self.fail(node, "operator not allowed (only + - *, * by a constant, // by a nonzero integer)")
            a, sa = self.expr(node.left)
            b, sb = self.expr(node.right)
            self.need(node.left, sa, INT, f"'{op}'")
            self.need(node.right, sb, INT, f"'{op}'")
            if op == "*" and not (self.constant(a) or self.constant(b)):
                raise self.fail(node, "'*' needs a constant on one side (expressions stay linear)")
            if op == "//" and not (isinstance(b, Num) and b.value != 0):
                raise self.fail(node.right, "'//' needs a nonzero integer literal on its right (floor division by a constant)")
            return Arith(op, a, b), INT
        if isinstance(node, ast.Compare):
            ops = []
            for o in node.ops:
                if type(o) not in CMP_OPS:
                    raise self.fail(node, "comparison not allowed (only < <= > >= == !=)")
                ops.append(CMP_OPS[type(o)])
            parts = [self.expr(x) for x in (node.left, *node.comparators)]
            for o, (x, sx), (y, sy), nx, ny in zip(ops, parts, parts[1:], (node.left, *node.comparators),
                                                   node.comparators):
                if o in ("==", "!=") and sx == sy:
                    continue
                self.need(nx, sx, INT, f"'{o}'")
                self.need(ny, sy, INT, f"'{o}'")
            return Cmp(tuple(ops), tuple(x for x, _ in parts)), BOOL
        if isinstance(node, ast.BoolOp):
            op = "and" if isinstance(node.op, ast.And) else "or"
            xs = []
            for v in node.values:
                x, s = self.expr(v)
                self.need(v, s, BOOL, f"'{op}'")
                xs.append(x)
            return BoolOp(op, tuple(xs)), BOOL
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in QUANTIFIERS:
            return self.quantified(node)
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
                raise self.fail(node.func, "unknown function (only implies, min, max, all, any)")
            fn = node.func.id
            if node.keywords:
                raise self.fail(node.keywords[0].value, f"{fn} takes no keyword arguments")
            args = [self.expr(a) for a in node.args]
            if fn == "implies":
                if len(args) != 2:
                    raise self.fail(node, "implies takes two arguments: implies(a, b)")
                for a, (_, s) in zip(node.args, args):
                    self.need(a, s, BOOL, "implies")
                return Call(fn, tuple(x for x, _ in args)), BOOL
            if len(args) < 2:
                raise self.fail(node, f"{fn} takes two or more arguments")
            for a, (_, s) in zip(node.args, args):
                self.need(a, s, INT, fn)
            return Call(fn, tuple(x for x, _ in args)), INT
        raise self.fail(node, "not part of the expression language")

    def quantified(self, node: ast.Call) -> tuple[Expr, str]:
        """``all(C for x in F)`` / ``any(…)``: the ``and`` / ``or`` of ``C`` with ``x`` standing for
        each member of the family ``F`` in turn (one member: ``C`` itself)."""
        fn = node.func.id  # type: ignore[attr-defined]
        shape = f"{fn}(condition for x in FAMILY), FAMILY one of: {', '.join(self.families) or 'none for this policy'}"
        if len(node.args) != 1 or node.keywords or not isinstance(node.args[0], ast.GeneratorExp):
            raise self.fail(node, f"{fn} takes one generator: {shape}")
        gen = node.args[0]
        if len(gen.generators) != 1:
            raise self.fail(gen, f"{fn} takes one 'for': {shape}")
        comp = gen.generators[0]
        if comp.ifs or comp.is_async or not isinstance(comp.target, ast.Name):
            raise self.fail(comp.target if not isinstance(comp.target, ast.Name) else gen, f"{fn}: {shape}")
        if not isinstance(comp.iter, ast.Name) or comp.iter.id not in self.families:
            raise self.fail(comp.iter, f"not a family of observables: {shape}")
        var = comp.target.id
        if var in self.sorts or var in self.constants or var in self.bound or var in self.families:
            raise self.fail(comp.target, "the variable's name is taken: pick another")
        members = self.families[comp.iter.id]
        if not members:
            raise self.fail(comp.iter, f"{comp.iter.id} has no member for this policy")
        xs = []
        for m in members:
            self.bound[var] = m
            try:
                x, sort = self.expr(gen.elt)
            finally:
                del self.bound[var]
            self.need(gen.elt, sort, BOOL, fn)
            xs.append(x)
        return (xs[0] if len(xs) == 1 else BoolOp(QUANTIFIERS[fn], tuple(xs))), BOOL

    def need(self, node: ast.AST, sort: str, want: str, where: str) -> None:
        if sort != want:
            what = "a number" if want == INT else "a condition (a comparison, and/or/not, implies)"
            raise self.fail(node, f"{where} needs {what} here")

    def constant(self, e: Expr) -> bool:
        return all(n in self.constants for n in names_in(e))


def parse(source: str, sorts: Mapping[str, str], constants: Mapping[str, int] = {}, want: str = BOOL,
          families: Mapping[str, tuple[str, ...]] = {}) -> Expr:
    """The tree of ``source`` over the names ``sorts`` (name -> int | bool) and ``constants``, with
    ``all``/``any`` over the ``families`` (name -> member names) written out; raises ``ExprError``
    for anything outside the language or of the wrong sort (``want``)."""
    if not isinstance(source, str) or not source.strip():
        raise ExprError("empty expression", 1, source if isinstance(source, str) else repr(source))
    if "\n" in source or "\r" in source:
        raise ExprError("an expression is one line", source.find("\n") + 1 if "\n" in source else 1, source)
    shift = len(source) - len(source.lstrip())  # Python's parser refuses a leading space
    try:
        tree = ast.parse(source[shift:], mode="eval")
    except SyntaxError as e:
        col = (e.offset or 0) + shift
        if not e.offset or (e.lineno or 1) > 1:  # offset 0: at the end, the expression stops short
            col = len(source) + 1
        got = source[col - 1:col + 9] if col <= len(source) else "end of text"
        raise ExprError(f"not a valid expression ({e.msg})", col, got) from None
    p = _Parser(source, sorts, constants, shift, families)
    e, sort = p.expr(tree.body)
    if sort != want:
        node = tree.body
        raise p.fail(node, "must be a condition (a comparison, and/or/not, implies)" if want == BOOL
                     else "must be a number (an observable, or arithmetic over them)")
    return e


# --------------------------------------------------------------------------------------------
# Reading and writing


def evaluate(e: Expr, L: Any, values: Mapping[str, Any]) -> Any:
    """The value of ``e`` with ``values`` for its names, over the ``Logic`` ``L``."""
    if isinstance(e, Num):
        return e.value
    if isinstance(e, Name):
        return values[e.name]
    if isinstance(e, Neg):
        return 0 - evaluate(e.x, L, values)
    if isinstance(e, Arith):
        a, b = evaluate(e.a, L, values), evaluate(e.b, L, values)
        if e.op == "//":
            return floordiv(L, a, b)
        return a + b if e.op == "+" else a - b if e.op == "-" else a * b
    if isinstance(e, Cmp):
        xs = [evaluate(x, L, values) for x in e.xs]
        parts = [_cmp(o, a, b) for o, a, b in zip(e.ops, xs, xs[1:])]
        return parts[0] if len(parts) == 1 else L.and_(*parts)
    if isinstance(e, BoolOp):
        xs = [evaluate(x, L, values) for x in e.xs]
        return L.and_(*xs) if e.op == "and" else L.or_(*xs)
    if isinstance(e, Not):
        return L.not_(evaluate(e.x, L, values))
    if isinstance(e, Call):
        xs = [evaluate(x, L, values) for x in e.args]
        if e.fn == "implies":
            return L.implies(xs[0], xs[1])
        out = xs[0]
        for x in xs[1:]:
            out = L.min_(out, x) if e.fn == "min" else L.max_(out, x)
        return out
    raise TypeError(f"not an expression: {e!r}")


def floordiv(L: Any, a: Any, d: int) -> Any:
    """``a // d`` rounded down (Python's ``//``) for a nonzero constant ``d``, over the ``Logic`` ``L``:
    Z3's integer ``div`` by a positive constant is already the floor; over bit-vectors ``/`` rounds
    towards zero, so a negative ``a`` is rounded down by hand; a negative ``d`` turns both signs."""
    if d < 0:
        return floordiv(L, 0 - a, -d)
    if isinstance(a, int):
        return a // d
    if getattr(L, "width", None):
        return L.ite(a >= 0, a / d, 0 - ((0 - a + (d - 1)) / d))
    return L.div(a, d)


Span = tuple["int | None", "int | None"]  # a range; None: unbounded on that side


def span(e: Expr, ranges: Mapping[str, Span], constants: Mapping[str, int] = {}) -> Span:
    """A sound range of an integer expression, given one for each name (interval arithmetic)."""
    if isinstance(e, Num):
        return e.value, e.value
    if isinstance(e, Name):
        if e.name in constants:
            return constants[e.name], constants[e.name]
        return ranges.get(e.name, (None, None))
    if isinstance(e, Neg):
        lo, hi = span(e.x, ranges, constants)
        return (None if hi is None else -hi), (None if lo is None else -lo)
    if isinstance(e, Arith):
        (a, b), (c, d) = span(e.a, ranges, constants), span(e.b, ranges, constants)
        if e.op == "+":
            return (None if a is None or c is None else a + c), (None if b is None or d is None else b + d)
        if e.op == "-":
            return (None if a is None or d is None else a - d), (None if b is None or c is None else b - c)
        if e.op == "//":  # by a nonzero constant c == d: monotone, turned round by a negative one
            lo, hi = (a, b) if c > 0 else (b, a)
            return (None if lo is None else lo // c), (None if hi is None else hi // c)
        corners = [x * y for x in (a, b) for y in (c, d) if x is not None and y is not None]
        if len(corners) < 4:  # an unbounded side: bounded only where the constant is 0
            return (0, 0) if (a, b) == (0, 0) or (c, d) == (0, 0) else (None, None)
        return min(corners), max(corners)
    if isinstance(e, Call) and e.fn in ("min", "max"):
        spans = [span(x, ranges, constants) for x in e.args]
        los, his = [s[0] for s in spans], [s[1] for s in spans]
        if e.fn == "min":
            return (None if None in los else min(los)), (min(h for h in his if h is not None) if any(h is not None for h in his) else None)
        return (max(lo for lo in los if lo is not None) if any(lo is not None for lo in los) else None), (None if None in his else max(his))
    raise TypeError(f"not an integer expression: {e!r}")


def _cmp(op: str, a: Any, b: Any) -> Any:
    return {"<": lambda: a < b, "<=": lambda: a <= b, ">": lambda: a > b, ">=": lambda: a >= b,
            "==": lambda: a == b, "!=": lambda: a != b}[op]()


def text(e: Expr) -> str:
    """``e`` written out, fully parenthesised: ``parse(text(e))`` is ``e``."""
    if isinstance(e, Num):
        return str(e.value) if e.value >= 0 else f"({e.value})"
    if isinstance(e, Name):
        return e.name
    if isinstance(e, Neg):
        return f"(-{text(e.x)})"
    if isinstance(e, Arith):
        return f"({text(e.a)} {e.op} {text(e.b)})"
    if isinstance(e, Cmp):
        out = text(e.xs[0])
        for o, x in zip(e.ops, e.xs[1:]):
            out += f" {o} {text(x)}"
        return f"({out})"
    if isinstance(e, BoolOp):
        return "(" + f" {e.op} ".join(text(x) for x in e.xs) + ")"
    if isinstance(e, Not):
        return f"(not {text(e.x)})"
    if isinstance(e, Call):
        return f"{e.fn}(" + ", ".join(text(x) for x in e.args) + ")"
    raise TypeError(f"not an expression: {e!r}")
