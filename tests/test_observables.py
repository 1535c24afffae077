"""The observables a user property names (``properties.observables``) read the same value from the
counting view (the solver's reading) as from the instances (the plain reading), on every state the
fuzzers visit, for both models; and the Z3 reading of each is the concrete one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rollproof.model.logic import CONCRETE
from rollproof.properties import observables as O
import scale_set_fuzz as ssf
import test_cloud_service_fuzz as csf


def _agree(model: str, policy, states, view) -> None:
    for k, s in enumerate(states):
        counted = O.counted(model, CONCRETE, policy, view(s))
        plain = O.plain_values(model, policy, s)
        assert counted == plain, f"state {k}: " + ", ".join(
            f"{n}: counted {counted[n]}, plain {plain[n]}" for n in counted if counted[n] != plain[n])


@given(data=st.data())
def test_every_scale_set_observable_reads_the_same_on_the_view_and_the_instances(data):
    policy = data.draw(ssf.policies(max_instances=12))
    trace = data.draw(ssf.runs(policy, max_steps=24))
    _agree("scale_set", policy, trace.states, ssf.view_of)


@given(data=st.data())
def test_every_cloud_service_observable_reads_the_same_on_the_view_and_the_instances(data):
    policy = data.draw(csf.policies(max_roles=3, max_count=6, max_uds=4))
    choices = data.draw(st.lists(st.integers(0, 200), max_size=30))
    trace = csf.run(policy, choices)
    _agree("cloud_service", policy, trace.states, csf.view)


def test_a_cloud_service_has_one_observable_per_role_and_per_update_domain():
    from rollproof.model import cloud_service as cs

    names = set(O.of("cloud_service", cs.CloudServicePolicy(roles={"web": 3, "api": 2}, upgrade_domains=3)))
    assert {"online_web", "down_web", "online_api", "down_api", "down_ud0", "down_ud1", "down_ud2"} <= names
    assert "down_ud3" not in names


def test_a_role_whose_observable_name_is_taken_gets_its_index():
    from rollproof.model import cloud_service as cs

    obs = O.of("cloud_service", cs.CloudServicePolicy(roles={"ud0": 1, "web-api": 1, "web_api": 1}, upgrade_domains=2))
    assert {"down_ud0", "online_ud0_0", "down_ud0_0", "online_web_api", "online_web_api_2"} <= set(obs)
    assert obs["down_ud0"].doc == "instances in update domain 0 not online"


def test_a_role_of_any_size_has_no_down_count_of_its_own():
    from rollproof.model import cloud_service as cs

    names = set(O.of("cloud_service", cs.CloudServicePolicy(roles={"web": "any", "api": 2})))
    assert "online_web" in names and "down_web" not in names and "down_api" in names


@given(data=st.data())
def test_every_observable_evaluates_to_its_concrete_value_under_z3(data):
    """Z3 terms built from the same definitions, with the state's counts substituted, simplify to the
    concrete values."""
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
    C = systems.counting(model)
    concrete = C.abstract(s)
    consts: dict[str, object] = {}

    def mk(name: str, sort: str):
        consts[name] = z3.Int(name) if sort == "int" else z3.Bool(name)
        return consts[name]

    sym = C.fresh_state(policy, mk)
    values = O.counted(model, Z3, policy, C.view(Z3, policy, sym))
    # The symbolic state's fields, field by field, equal the concrete ones.
    eqs = _pairs(sym, concrete)
    want = O.counted(model, CONCRETE, policy, C.view(CONCRETE, policy, concrete))
    for name, term in values.items():
        assert _python(z3.simplify(z3.substitute(term, *eqs)) if z3.is_expr(term) else term) == want[name], name


def _python(x):
    """A closed Z3 value (or a Python one) as a Python int or bool."""
    import z3

    if z3.is_int_value(x):
        return x.as_long()
    if z3.is_true(x) or z3.is_false(x):
        return z3.is_true(x)
    assert not z3.is_expr(x), f"not closed: {x}"
    return x


def _pairs(sym, concrete):
    import attrs
    import z3

    out = []
    for f in attrs.fields(type(sym)):
        a, b = getattr(sym, f.name), getattr(concrete, f.name)
        if isinstance(a, tuple):
            out += [(x, _val(y)) for x, y in zip(a, b) if z3.is_expr(x)]
        elif z3.is_expr(a):
            out.append((a, _val(b)))
    return out


def _val(y):
    import z3

    return z3.BoolVal(y) if isinstance(y, bool) else z3.IntVal(int(y))


def test_docs_list_every_observable_of_both_models():
    from pathlib import Path

    from rollproof.model import cloud_service as cs

    doc = (Path(__file__).resolve().parent.parent / "docs" / "user-properties.md").read_text(encoding="utf-8")
    names = [o.name for o in O.SCALE_SET] + [o.name for o in O._cs_common()]
    per_policy = O.of("cloud_service", cs.CloudServicePolicy(roles={"web": 2}, upgrade_domains=1))
    assert {"online_web", "down_web", "down_ud0"} <= set(per_policy)
    missing = [n for n in names if f"`{n}`" not in doc]
    assert not missing and all(f"`{x}`" in doc for x in ("online_ROLE", "down_ROLE", "down_udU"))
    from rollproof.model import scale_set as ss

    zonal = O.of("scale_set", ss.ScaleSetPolicy(zones=2))
    assert {"down_zone0", "down_zone1", "zones_down", "zones_upgrading"} <= set(zonal)
    assert all(f"`{x}`" in doc for x in ("down_zoneZ", "zones_down", "zones_upgrading", "down_zones"))
