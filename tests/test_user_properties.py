"""User properties (``[[property]]`` in a policy file): the expression language's parser (round
trip, rejection), the Python and Z3 readings of an expression, the policy file's checks, and the
command end to end: a proof with its certificate, a shortest refutation judged by the plain
reading, a witness, and bad input as one line with exit 2."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from rollproof.model.logic import CONCRETE
from rollproof.properties import expressions as E
from rollproof.properties import observables as O
from rollproof.properties import user
from rollproof import policyfile
import scale_set_fuzz as ssf
import test_cloud_service_fuzz as csf
from test_observables import _pairs, _python

SORTS = {"serving": E.INT, "instances": E.INT, "upgrading": E.INT, "locked": E.BOOL, "deleted": E.BOOL}
CONSTS = {"COMPLETED": 3}


# --------------------------------------------------------------------------------------------
# Expressions as trees


def ints(names: dict[str, str], consts: dict[str, int]):
    int_names = sorted(n for n, s in names.items() if s == E.INT) + sorted(consts)
    leaf = st.one_of(st.integers(-50, 50).map(E.Num), st.sampled_from(int_names).map(E.Name))

    def grow(kids):
        const = st.integers(-9, 9).map(E.Num)
        return st.one_of(
            st.builds(E.Arith, st.sampled_from("+-"), kids, kids),
            st.builds(lambda k, x, left: E.Arith("*", k, x) if left else E.Arith("*", x, k), const, kids, st.booleans()),
            kids.filter(lambda x: not isinstance(x, E.Num)).map(E.Neg),
            st.builds(lambda f, xs: E.Call(f, tuple(xs)), st.sampled_from(["min", "max"]), st.lists(kids, min_size=2, max_size=3)),
        )

    return st.recursive(leaf, grow, max_leaves=6)


def bools(names: dict[str, str], consts: dict[str, int]):
    i = ints(names, consts)
    ops = st.sampled_from(["<", "<=", ">", ">=", "==", "!="])
    cmp = st.integers(1, 2).flatmap(lambda k: st.builds(
        lambda os, xs: E.Cmp(tuple(os), tuple(xs)), st.lists(ops, min_size=k, max_size=k),
        st.lists(i, min_size=k + 1, max_size=k + 1)))
    bool_names = sorted(n for n, s in names.items() if s == E.BOOL)
    leaf = st.one_of(cmp, st.sampled_from(bool_names).map(E.Name)) if bool_names else cmp

    def grow(kids):
        return st.one_of(
            st.builds(lambda op, xs: E.BoolOp(op, tuple(xs)), st.sampled_from(["and", "or"]), st.lists(kids, min_size=2, max_size=3)),
            kids.map(E.Not),
            st.builds(lambda a, b: E.Call("implies", (a, b)), kids, kids),
        )

    return st.recursive(leaf, grow, max_leaves=5)


@given(bools(SORTS, CONSTS))
def test_an_expression_written_out_parses_back_to_the_same_tree(e):
    assert E.parse(E.text(e), SORTS, CONSTS) == e


@given(ints(SORTS, CONSTS))
def test_a_number_expression_written_out_parses_back_to_the_same_tree(e):
    assert E.parse(E.text(e), SORTS, CONSTS, want=E.INT) == e


FORBIDDEN = [
    ("serving / 2", "operator not allowed"),
    ("serving ** 2", "operator not allowed"),
    ("serving % 2", "operator not allowed"),
    ("serving * instances", "needs a constant"),
    ("nosuchname", "unknown name"),
    ("serving.real", "not part of the expression language"),
    ("serving[0]", "not part of the expression language"),
    ("'text'", "only integer literals"),
    ("1.5", "only integer literals"),
    ("True", "only integer literals"),
    ("__import__('os')", "unknown function"),
    ("abs(serving)", "unknown function"),
    ("(lambda: 1)()", "unknown function"),
    ("[serving][0]", "not part of the expression language"),
    ("serving if locked else 1", "not part of the expression language"),
    ("locked + 1", "needs a number"),
    ("min(serving)", "two or more arguments"),
    ("implies(locked)", "two arguments"),
]


@given(e=bools(SORTS, CONSTS), bad=st.sampled_from(FORBIDDEN), where=st.integers(0, 3))
def test_an_expression_holding_anything_outside_the_language_is_refused_with_its_column(e, bad, where):
    """A forbidden piece put in place of a number inside a valid expression: refused, naming it,
    with a column where the text shown begins."""
    piece, what = bad
    good = E.text(e)
    spots = [m.start() for m in re.finditer(r"\b(serving|instances|upgrading)\b", good)]
    assume(spots)
    at = spots[where % len(spots)]
    name = re.match(r"\w+", good[at:]).group(0)
    source = good[:at] + f"({piece})" + good[at + len(name):]
    with pytest.raises(E.ExprError) as info:
        E.parse(source, SORTS, CONSTS)
    err = info.value
    assert what in err.what
    assert 1 <= err.column <= len(source)
    assert source[err.column - 1:].startswith(err.got)


@pytest.mark.parametrize("source, column, got", [
    ("4 * serving >= 3 * nope", 20, "nope"),
    ("serving >= 1 and upgrading / 2 < 1", 18, "upgrading / 2"),
    ("  serving * instances > 1", 3, "serving * instances"),
    ("serving", 1, "serving"),
    ("serving >=", 11, "end of text"),
])
def test_a_refused_expression_names_the_column_and_the_text_there(source, column, got):
    with pytest.raises(E.ExprError) as info:
        E.parse(source, SORTS, CONSTS)
    assert (info.value.column, info.value.got) == (column, got)


# --------------------------------------------------------------------------------------------
# The Python and Z3 readings of an expression agree


@given(data=st.data())
def test_an_expression_reads_the_same_in_python_and_in_z3_on_reachable_states(data):
    import z3

    from rollproof.model import systems
    from rollproof.solver.symbolic import Z3

    model = data.draw(st.sampled_from(["scale_set", "cloud_service"]))
    if model == "scale_set":
        policy = data.draw(ssf.policies(max_instances=8))
        s = data.draw(ssf.runs(policy, max_steps=12)).states[-1]
    else:
        policy = data.draw(csf.policies(max_roles=2, max_count=4, max_uds=3))
        s = csf.run(policy, data.draw(st.lists(st.integers(0, 200), max_size=15))).states[-1]
    names = user.sorts(model, policy)
    tree = data.draw(bools(names, O.constants(model)))
    fn = user.counted_fn(model, tree)
    C = systems.counting(model)
    concrete = C.abstract(s)
    sym = C.fresh_state(policy, lambda n, sort: z3.Int(n) if sort == "int" else z3.Bool(n))
    term = fn(Z3, policy, C.view(Z3, policy, sym))
    want = fn(CONCRETE, policy, C.view(CONCRETE, policy, concrete))
    got = _python(z3.simplify(z3.substitute(term, *_pairs(sym, concrete))) if z3.is_expr(term) else term)
    assert got == bool(want)
    # and the plain reading, from the instances, says the same
    assert bool(E.evaluate(tree, CONCRETE, user.plain_values(model, tree, policy, s))) == bool(want)


# --------------------------------------------------------------------------------------------
# The policy file


HEAD = 'name = "three"\nmodel = "scale_set"\n[scale_set]\ninstances = 3\n'


def _load(text: str):
    return policyfile.from_dict(__import__("tomllib").loads(text), file="p.toml", default_name="p")


def test_a_property_table_becomes_a_registry_property_with_the_users_id():
    pf = _load(HEAD + '[[property]]\nid = "never-two"\nholds = "upgrading <= 1"\ndescription = "one at a time"\n'
               '[expect]\nNEVER-TWO = "proved"\n')
    (p,) = pf.properties
    assert (p.id, p.kind.value, p.statement) == ("NEVER-TWO", "inv", "one at a time")
    assert pf.expect == {"NEVER-TWO": "proved"}


@pytest.mark.parametrize("table, key, what", [
    ('id = "VMSS-BATCH-CAP"\nholds = "upgrading <= 1"', "property[1].id", "a catalog property has this ID"),
    ('id = "cs-one-ud"\nholds = "upgrading <= 1"', "property[1].id", "a catalog property has this ID"),
    ('id = "A"\nkind = "live"\nholds = "upgrading <= 1"', "property[1].kind", "unknown kind"),
    ('id = "A"\nholds = "upgrading <= 1"\ngoal = "upgrading == 1"', "property[1].goal", "states holds, not goal"),
    ('id = "A"\nkind = "reach"', "property[1].goal", "missing"),
    ('holds = "upgrading <= 1"', "property[1].id", "missing"),
    ('id = "A"\nholds = 3', "property[1].holds", "must be a string"),
    ('id = "A"\nholds = "upgrading <= 1"\nwhen = 1', "property[1].when", "unknown key"),
    ('id = "A"\nholds = "serving / 2 > 1"', "property[1].holds", "operator not allowed"),
])
def test_a_bad_property_table_is_one_located_error(table, key, what):
    with pytest.raises(policyfile.PolicyFileError) as info:
        _load(HEAD + "[[property]]\n" + table + "\n")
    line = info.value.line()
    assert line.startswith(f"error: p.toml: {key}: ") and what in line and "\n" not in line


def test_a_bad_expression_names_the_column_the_text_and_the_observables_allowed():
    with pytest.raises(policyfile.PolicyFileError) as info:
        _load(HEAD + '[[property]]\nid = "A"\nholds = "4 * serving >= 3 * nodes"\n')
    line = info.value.line()
    assert line.startswith('error: p.toml: property[1].holds: unknown name at column 20 (got "nodes"; allowed the '
                           'observable names instances, upgrading, unhealthy')
    assert "status" in line and "COMPLETED" in line


def test_the_same_id_asking_another_question_is_refused_and_the_same_question_is_shared():
    a = _load(HEAD + '[[property]]\nid = "SHARED-Q"\nholds = "upgrading <= 1"\n').properties[0]
    b = _load(HEAD + '[[property]]\nid = "shared-q"\nholds = "(upgrading) <= 1"\n').properties[0]
    assert a is b
    with pytest.raises(policyfile.PolicyFileError) as info:
        _load(HEAD + '[[property]]\nid = "SHARED-Q"\nholds = "upgrading <= 2"\n')
    assert "property[1].id: SHARED-Q already asks holds" in info.value.line()


def test_expect_may_name_a_user_property_and_only_an_existing_one():
    with pytest.raises(policyfile.PolicyFileError) as info:
        _load(HEAD + '[expect]\nNEVER-THREE = "proved"\n')
    assert "expect.NEVER-THREE: unknown property ID" in info.value.line()


# --------------------------------------------------------------------------------------------
# End to end


QUESTIONS = HEAD + """
[[property]]
id = "ONE-AT-A-TIME"
holds = "upgrading <= 1"
description = "at most one instance upgrades at a time"

[[property]]
id = "ALL-SERVING"
holds = "serving == instances"

[[property]]
id = "CAN-UPGRADE-ONE"
kind = "reach"
goal = "upgrading == 1 and on_old == instances"

[expect]
ALL-SERVING = "refuted"
"""


@pytest.fixture()
def questions(tmp_path):
    (tmp_path / "q.toml").write_text(QUESTIONS, encoding="utf-8")
    return tmp_path


def test_user_properties_are_proved_refuted_and_witnessed_end_to_end(questions):
    from test_cli import run

    r = run(["check", "q.toml", "--property", "one-at-a-time", "--property", "ALL-SERVING", "--property",
             "CAN-UPGRADE-ONE", "--format", "json"], questions, fake=False)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    res = {x["id"]: x for x in doc["policies"][0]["results"]}
    assert list(res) == ["ONE-AT-A-TIME", "ALL-SERVING", "CAN-UPGRADE-ONE"]
    proved = res["ONE-AT-A-TIME"]
    assert proved["verdict"] == "proved" and proved["certificate"]
    assert proved["question"] == {"kind": "inv", "expression": "upgrading <= 1",
                                  "description": "at most one instance upgrades at a time"}
    refuted = res["ALL-SERVING"]
    assert refuted["verdict"] == "refuted" and refuted["matches"]
    assert refuted["why"].startswith("serving == instances is false (instances = 3, serving = ")
    assert refuted["trace_length"] is not None
    witness = res["CAN-UPGRADE-ONE"]
    assert witness["outcome"] == "proved" and witness["trace"]
    assert witness["why"].startswith("upgrading == 1 and on_old == instances holds")
    # The counterexample replays on its own: the trace file carries its question.
    trace = questions / "rollproof-out" / refuted["trace"]
    rp = run(["replay", str(trace)], questions, fake=False)
    assert rp.returncode == 0, rp.stderr
    assert "ALL-SERVING (inv): violated at step" in rp.stdout


def test_a_refutation_of_a_user_property_is_the_shortest_one():
    """Without maintenance and with every instance starting healthy, the first batch (after the upgrade
    starts and the pre-check passes) is the earliest an instance stops serving."""
    from rollproof import checking

    pf = _load(HEAD + "initial_unhealthy = 0\nconcurrent_maintenance = false\n" + '[[property]]\nid = "ALL-SERVING-HEALTHY"\nholds = "serving == instances"\n')
    r = checking.check_one(pf, pf.properties[0], timeout=60)
    assert r.verdict.__class__.__name__ == "Refuted" and r.verdict.shortest
    assert r.verdict.trace.why == "serving == instances is false (instances = 3, serving = 2)"
    steps = [s.action.name for s in r.verdict.trace.steps]
    assert steps == ["orchestrator_starts_upgrade", "orchestrator_checks_health", "orchestrator_starts_batch"]


def test_a_bad_expression_exits_2_with_one_line_and_writes_nothing(tmp_path):
    from test_cli import _files, run

    (tmp_path / "bad.toml").write_text(HEAD + '[[property]]\nid = "A"\nholds = "serving * instances > 1"\n')
    r = run(["check", "bad.toml"], tmp_path, fake=False)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0
    assert r.stderr.startswith("error: bad.toml: property[1].holds: '*' needs a constant on one side")
    assert _files(tmp_path) == ["bad.toml"]


def test_check_property_accepts_a_user_id_and_refuses_an_unknown_one(questions):
    from test_cli import run

    r = run(["check", "q.toml", "--property", "NO-SUCH-QUESTION"], questions, fake=False)
    assert r.returncode == 2 and "--property" in r.stderr and "[[property]]" in r.stderr


# --------------------------------------------------------------------------------------------
# Step properties


STEPS = HEAD + """
[[property]]
id = "ONE-MORE-AT-A-TIME"
kind = "step"
holds = "implies(action == orchestrator_starts_batch, after_upgrading - before_upgrading <= 1)"

[[property]]
id = "SERVING-NEVER-DROPS"
kind = "step"
holds = "after_serving >= before_serving"
"""


def test_a_step_property_reads_the_states_before_and_after_and_the_action():
    from rollproof import checking

    pf = _load(STEPS)
    proved, refuted = (checking.check_one(pf, p, timeout=60) for p in pf.properties)
    assert proved.verdict.__class__.__name__ == "Proved" and proved.verdict.certificate
    assert refuted.verdict.__class__.__name__ == "Refuted" and refuted.verdict.shortest
    why = refuted.verdict.trace.why
    assert why.startswith("after_serving >= before_serving is false at ") and "before_serving = " in why


@given(data=st.data())
def test_a_step_expression_reads_the_same_on_the_views_and_on_the_instances(data):
    """On every step of fuzzed runs, the counting views and the instances agree on a random step expression."""
    policy = data.draw(ssf.policies(max_instances=6))
    trace = data.draw(ssf.runs(policy, max_steps=12))
    names = user.sorts("scale_set", policy, "step")
    tree = data.draw(bools(names, user.constants("scale_set", "step")))
    fn = user.counted_step_fn("scale_set", tree)
    states = trace.states
    for k, st_ in enumerate(trace.steps, start=1):
        if st_.refused is not None:
            continue
        before, after = states[k - 1], states[k]
        counted = fn(CONCRETE, policy, ssf.view_of(before), ssf.code_of(st_.action), ssf.view_of(after))
        values = user.plain_step_values("scale_set", tree, policy, before, st_.action, after)
        assert bool(counted) == bool(E.evaluate(tree, CONCRETE, values))


def test_a_step_expression_names_only_before_after_and_the_action():
    with pytest.raises(policyfile.PolicyFileError) as info:
        _load(HEAD + '[[property]]\nid = "A"\nkind = "step"\nholds = "serving >= 1"\n')
    line = info.value.line()
    assert "property[1].holds: unknown name at column 1" in line and "before_instances" in line


# --------------------------------------------------------------------------------------------
# all / any over a family of observables

CS_HEAD = 'name = "two-roles"\nmodel = "cloud_service"\n[cloud_service]\nroles = { web = 2, worker = 2 }\nupgrade_domains = 2\n'


def test_all_and_any_over_a_family_are_written_out_member_by_member():
    pf = _load(CS_HEAD)
    fam = O.families("cloud_service", pf.policy)
    assert fam == {"online_roles": ("online_web", "online_worker"), "down_roles": ("down_web", "down_worker"),
                   "down_uds": ("down_ud0", "down_ud1")}
    t = user.compile_expression("cloud_service", pf.policy, "all(x >= 1 for x in online_roles)")
    assert t == E.parse("online_web >= 1 and online_worker >= 1", user.sorts("cloud_service", pf.policy))
    t = user.compile_expression("cloud_service", pf.policy, "not any(d >= 1 and 1 <= uds_down - 1 for d in down_uds)")
    assert E.text(t) == "(not (((down_ud0 >= 1) and (1 <= (uds_down - 1))) or ((down_ud1 >= 1) and (1 <= (uds_down - 1)))))"
    # Written out, it parses back to the same tree, and reads the same as the family's members.
    assert E.parse(E.text(t), user.sorts("cloud_service", pf.policy)) == t


@pytest.mark.parametrize("source, what", [
    ("all(x >= 1 for x in roles)", "not a family of observables"),
    ("all(x for x in online_roles)", "all needs a condition"),
    ("online_roles >= 1", "is a family of observables"),
    ("any(online_web >= 1 for online_web in online_roles)", "the variable's name is taken"),
    ("all(x >= 1 for x in online_roles if x)", "all: all(condition for x in FAMILY)"),
    ("all(x >= 1 for x in online_roles for y in down_uds)", "all takes one 'for'"),
    ("all([x >= 1 for x in online_roles])", "all takes one generator"),
])
def test_a_bad_quantifier_is_refused_with_the_shape_it_takes(source, what):
    pf = _load(CS_HEAD)
    with pytest.raises(E.ExprError) as e:
        user.compile_expression("cloud_service", pf.policy, source)
    assert what in e.value.what, e.value.what


def test_a_scale_set_has_no_family_yet():
    pf = _load(HEAD)
    with pytest.raises(E.ExprError) as e:
        user.compile_expression("scale_set", pf.policy, "all(x >= 1 for x in zones)")
    assert "none for this policy" in e.value.what


def test_a_quantified_question_is_checked_and_judged_end_to_end():
    """Some UD has an instance down is witnessed, and no UD with two down is refuted, both by the
    walk of UD 0 stopping its two instances at once (U-5); both judged by the plain reading over
    the instances."""
    from rollproof import checking

    pf = _load(CS_HEAD + '[[property]]\nid = "SOME-UD-DOWN"\nkind = "reach"\ngoal = "any(d >= 1 for d in down_uds)"\n'
               '[[property]]\nid = "NO-UD-EMPTIED"\nholds = "all(d <= 1 for d in down_uds)"\n')
    reach, inv = pf.properties
    r = checking.check_one(pf, reach, timeout=120)
    assert r.label.startswith("proved (witness)"), r.verdict
    assert r.verdict.trace.why == "any(d >= 1 for d in down_uds) holds (down_ud0 = 2, down_ud1 = 0)"
    r = checking.check_one(pf, inv, timeout=120)
    assert r.word == "refuted", r.verdict
    assert r.verdict.trace.why == "all(d <= 1 for d in down_uds) is false (down_ud0 = 2, down_ud1 = 0)", r.verdict.trace.why
    assert len(r.verdict.trace.steps) == 2
