"""Hypothesis state machines of both models, for a policy of yours or for random ones.

A machine holds the current state of the per-instance model; each rule is one model action (its
arguments drawn from the state), and after every step it checks the catalog properties it was
given, on the counting view, as the solver states them.  Subclass one and add your own
``@invariant()`` over the observables (``properties.observables``: what an operator reads off the
fleet), read with ``self.observe(NAME)``::

    from hypothesis.stateful import invariant
    from rollproof.testing import ScaleSetMachine

    class WebTier(ScaleSetMachine.for_policy("infra/web.toml")):
        @invariant()
        def three_quarters_keep_serving(self):
            assert 4 * self.observe("serving") >= 3 * self.observe("instances")

    TestWebTier = WebTier.TestCase

``for_policy`` takes a policy file (TOML, Terraform, Azure JSON: what ``rollproof check`` reads), a
``PolicyFile`` or a model's policy value, and returns a machine whose policy is fixed; it checks
the inv and step properties the file's ``[expect]`` table expects proved (or the IDs named).  The
classes themselves draw a random policy per example (``ScaleSetMachine``, ``CloudServiceMachine``);
their ``regions`` say where each catalog property is checked.  The machines are ordinary
``RuleBasedStateMachine`` classes, so HypoFuzz fuzzes them unchanged (docs/testing.md).

Importing this module registers two Hypothesis settings profiles that share counterexamples
through an example database: ``rollproof-dir`` (a folder, ``$ROLLPROOF_HYPOTHESIS_DB``) and
``rollproof-redis`` (Redis at ``$ROLLPROOF_REDIS_URL``; needs ``hypothesis[redis]``, imported
when first used).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterable, Mapping

import attrs
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase, ExampleDatabase
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from rollproof.model import cloud_service as cs
from rollproof.model import scale_set as S
from rollproof.model import systems
from rollproof.model.core import Action, Refused
from rollproof.model.logic import CONCRETE
from rollproof.properties import observables, registry
from rollproof.properties.registry import Kind, Property

__all__ = [
    "CloudServiceMachine", "ScaleSetMachine", "machine_for", "load_policy_file",
    "scale_set_policies", "scale_set_initial_states", "cloud_service_policies", "cloud_service_initial_states",
    "options", "pick", "view_of", "code_of", "observe", "register_profiles",
]


# --------------------------------------------------------------------------------------------
# Random scale-set policies and their initial states

MAX_UDS = 6  # Service Fabric update domains drawn by default (the view grows with them)

PERCENTS = st.one_of(st.sampled_from([1, 5, 10, 19, 20, 25, 33, 34, 50, 99, 100]), st.integers(1, 100))
PERCENTS0 = st.one_of(st.sampled_from([0, 20, 50, 100]), st.integers(0, 100))


@st.composite
def scale_set_policies(draw, max_instances: int = 40, max_uds: int = MAX_UDS, **fixed: Any) -> S.ScaleSetPolicy:
    """A random scale-set policy; keyword arguments fix a parameter (a value, or a strategy)."""

    seed = S.ScaleSetPolicy()

    def pick(name: str, default):
        v = fixed.get(name, default)
        if isinstance(v, st.SearchStrategy):
            # Every parameter shrinks towards the seed's default, so a shrunk policy differs
            # from the 2018 defaults only where the counterexample needs it.
            d = getattr(seed, name)
            return draw(st.one_of(st.just(d), v)) if name != "instances" else draw(v)
        return v

    n = pick("instances", st.integers(1, max_instances))
    iu = pick("initial_unhealthy", st.one_of(st.sampled_from(S.INITIAL_UNHEALTHY), st.integers(0, n)))
    if isinstance(iu, int) and not isinstance(iu, bool) and iu > n:
        iu = n
    # Zones > 1 are not modelled with Service Fabric: whichever is fixed decides the other.
    if "zones" in fixed and "service_fabric" not in fixed:
        zones = pick("zones", st.integers(1, 3))
        sf = pick("service_fabric", st.booleans()) if zones == 1 else False
    else:
        sf = pick("service_fabric", st.booleans())
        zones = 1 if sf else pick("zones", st.integers(1, 3))
    # max_surge is not modelled with os_upgrade_deferral: whichever is fixed decides the other.
    if "os_upgrade_deferral" in fixed and "max_surge" not in fixed:
        deferral = pick("os_upgrade_deferral", st.booleans())
        surge = False if deferral else pick("max_surge", st.booleans())
    else:
        surge = pick("max_surge", st.booleans())
        deferral = False if surge else pick("os_upgrade_deferral", st.booleans())
    return S.ScaleSetPolicy(
        instances=n,
        max_batch_instance_percent=pick("max_batch_instance_percent", PERCENTS),
        max_unhealthy_instance_percent=pick("max_unhealthy_instance_percent", PERCENTS),
        max_unhealthy_upgraded_instance_percent=pick("max_unhealthy_upgraded_instance_percent", PERCENTS0),
        batch_rounding=pick("batch_rounding", st.sampled_from(S.ROUNDINGS)),
        batch_fill=pick("batch_fill", st.sampled_from(S.BATCH_FILLS)),
        upgrading_counts_unhealthy=pick("upgrading_counts_unhealthy", st.booleans()),
        health_probe=pick("health_probe", st.booleans()),
        upgraded_may_fail=pick("upgraded_may_fail", st.booleans()),
        concurrent_maintenance=pick("concurrent_maintenance", st.booleans()),
        os_disk_rollback_on_timeout=pick("os_disk_rollback_on_timeout", st.booleans()),
        prioritize_unhealthy_instances=pick("prioritize_unhealthy_instances", st.booleans()),
        credentials_valid=pick("credentials_valid", st.booleans()),
        initial_unhealthy=iu,
        service_fabric=sf,
        update_domains=pick("update_domains", st.integers(1, max_uds)),
        zones=zones,
        cross_zone_upgrade=pick("cross_zone_upgrade", st.booleans()),
        os_upgrade_deferral=deferral,
        max_surge=surge,
        rollback_failed_on_breach=pick("rollback_failed_on_breach", st.booleans()),
        credentials_recovery=pick("credentials_recovery", st.booleans()),
        pause_time_between_batches=pick("pause_time_between_batches", st.integers(0, 3600)),
        instance_update_time=pick("instance_update_time", st.integers(0, 900)),
    )


def max_initial_unhealthy(p: S.ScaleSetPolicy) -> int:
    """The most instances the policy lets start unhealthy."""
    n = int(p.instances)
    if p.initial_unhealthy == "within_cap":
        return p.max_unhealthy_instance_percent * n // 100
    if p.initial_unhealthy == "any":
        return n
    return int(p.initial_unhealthy)


@st.composite
def scale_set_initial_states(draw, policy: S.ScaleSetPolicy, sick: int | None = None) -> S.ScaleSet:
    """An initial state the policy allows (``sick`` fixes how many start unhealthy)."""
    n = int(policy.instances)
    forced = sick is not None
    if sick is None:
        iu = policy.initial_unhealthy
        sick = iu if isinstance(iu, int) and not isinstance(iu, bool) else draw(st.integers(0, max_initial_unhealthy(policy)))
    ids = draw(st.lists(st.integers(0, n - 1), min_size=sick, max_size=sick, unique=True))
    s = S.initial_state(attrs.evolve(policy, initial_unhealthy="any") if forced else policy, frozenset(ids))
    assert not isinstance(s, Refused), s
    return attrs.evolve(s, policy=policy)


# --------------------------------------------------------------------------------------------
# Random cloud-service policies and their initial states


@st.composite
def cloud_service_policies(draw, max_roles: int = 4, max_count: int = 12, max_uds: int = 20, **fixed: Any) -> cs.Policy:
    """A random cloud-service policy: every parameter of semantics §2 over its domain (``fixed`` pins some)."""
    roles = draw(st.lists(st.integers(1, max_count), min_size=1, max_size=max_roles))
    kw = dict(
        roles={f"role{r}": n for r, n in enumerate(roles)},
        upgrade_domains=draw(st.integers(1, max_uds)),
        mode=draw(st.sampled_from(cs.MODES)),
        min_good_instances=draw(st.integers(0, 3)),
        start_timeout_walks_on=draw(st.booleans()),
        concurrent_operations=draw(st.booleans()),
        rollback_waits_for_current_ud=draw(st.booleans()),
        new_code_crashes=draw(st.booleans()),
        local_resources_increase=draw(st.booleans()),
        quota_allows_rollback=draw(st.booleans()),
        instance_update_time=draw(st.one_of(st.just(0), st.integers(0, 900))),
        role_to_upgrade=draw(st.sampled_from((cs.ALL_ROLES, *(f"role{r}" for r in range(len(roles)))))),
    )
    kw.update(fixed)
    return cs.Policy(**kw)


@st.composite
def cloud_service_initial_states(draw, policy: cs.Policy) -> cs.CloudService:
    """An initial state of the policy: every instance online on the old version (``initial =
    "idle"``), or, with ``initial = "stuck"``, an automatic update of crashing code at the boundary
    of some UD ``1 ≤ c < k``, the walked instances online or crashed (U-25)."""
    if policy.initial == "idle":
        return cs.initial_state(policy)
    k = policy.upgrade_domains
    if k < 2 or not policy.new_code_crashes or policy.mode != "automatic":
        raise ValueError("a stuck start needs new_code_crashes, automatic mode and at least 2 upgrade domains")
    at_ud = draw(st.integers(1, k - 1))
    walked = [i for i, x in enumerate(cs.initial_state(attrs.evolve(policy, initial="idle")).instances)
              if x.ud < at_ud and policy.role_to_upgrade in (cs.ALL_ROLES, x.role)]
    crashed = draw(st.sets(st.sampled_from(walked))) if walked else set()
    return cs.initial_state(policy, at_ud=at_ud, crashed=frozenset(crashed))


# --------------------------------------------------------------------------------------------
# Actions, views and observables


_OPTIONS: dict[tuple[Any, str], list[Action]] = {}
_VIEWS: dict[Any, Any] = {}
_MEMO_LIMIT = 200_000  # entries kept before a memo starts over (shrinking revisits states often)


def options(s: S.ScaleSet, name: str) -> list[Action]:
    """The scale-set model's candidate actions named ``name`` from ``s`` (``model.scale_set.candidate_actions``,
    the model's one generator), refused ones included."""
    got = _OPTIONS.get((s, name))
    if got is None:
        if len(_OPTIONS) > _MEMO_LIMIT:
            _OPTIONS.clear()
        got = _OPTIONS[(s, name)] = S.candidate_actions(s, name)
    return got


def pick(s: S.ScaleSet, name: str, x: int, fails: bool = False) -> Action:
    """The first candidate named ``name`` that ``s`` accepts, from option ``x`` on (modulo their
    number); a finish fails if ``fails`` where it may.  With none accepted, option ``x`` itself."""
    opts = options(s, name)
    if not opts:
        return Action.of(name)
    tries = [opts[(x + k) % len(opts)] for k in range(len(opts))]
    if name == "instance_finishes_upgrade":
        tries.sort(key=lambda o: o.arg("healthy") == fails)  # the wanted outcome first (a stable sort)
    return next((o for o in tries if not isinstance(S.apply(s, o), Refused)), tries[0])


def _model_name(s: Any) -> str:
    return "scale_set" if isinstance(s, S.ScaleSet) else "cloud_service"


def view_of(s: Any) -> Any:
    """The counting view of a state of either model, what the registry's predicates read
    (memoised: shrinking revisits the same states many times)."""
    v = _VIEWS.get(s)
    if v is None:
        if len(_VIEWS) > _MEMO_LIMIT:
            _VIEWS.clear()
        C = systems.counting(_model_name(s))
        v = _VIEWS[s] = C.view(CONCRETE, s.policy, C.abstract(s))
    return v


def code_of(a: Action, model: str = "scale_set") -> int:
    """The counting model's code of an action (what a step property's ``act`` is)."""
    return int(systems.counting(model).A[a.name])


@functools.lru_cache(maxsize=256)
def _observables(model: str, policy: Any) -> dict[str, observables.Observable]:
    return observables.of(model, policy)


def observe(s: Any, name: str) -> Any:
    """The value of observable ``name`` (``properties.observables``) in the per-instance state
    ``s``, read off the instances as an operator reads the fleet."""
    model = _model_name(s)
    found = _observables(model, s.policy)
    if name not in found:
        raise KeyError(f"no observable {name!r} of this {model} policy; the names: {', '.join(found)}")
    return found[name].plain(s.policy, s)


# --------------------------------------------------------------------------------------------
# Policies from files


def load_policy_file(path: str | Path, name: str | None = None, var_items: Iterable[str] = ()) -> Any:
    """The one policy an input holds (TOML, Terraform, Azure JSON: ``rollproof.inputs``), or the one
    named ``name`` among several; a ``PolicyFile``."""
    from rollproof import inputs

    every = inputs.load([str(path)], tuple(var_items)).policies
    found = every if name is None else [pf for pf in every if pf.name == name]
    if len(found) != 1:
        names = ", ".join(pf.name for pf in every)
        what = f"no policy named {name!r}" if name is not None and not found else f"{len(found)} policies"
        raise ValueError(f"{path}: {what} (its policies: {names}); name one with name=...")
    return found[0]


def _checked_ids(pf: Any, model: str, ids: Iterable[str] | None) -> tuple[Property, ...]:
    """The properties a fixed-policy machine checks: those named, or the file's inv and step
    properties (catalog and its own) that apply to its policy and its ``[expect]`` table expects proved."""
    everything = registry.properties_for(model) + list(getattr(pf, "properties", ()))
    if ids is None:
        if pf is None or not pf.judged:
            return ()
        return tuple(p for p in everything if p.kind in (Kind.INV, Kind.STEP) and pf.expected(p.id) == "proved"
                     and p.applies(pf.policy))
    by_id = {p.id: p for p in everything}
    out = []
    for written in ids:
        pid = written.strip().upper() if written.strip().upper() in by_id else written.strip()
        if pid not in by_id:
            raise ValueError(f"{written!r} is no {model} property (the IDs: rollproof list --model {model})")
        if by_id[pid].kind not in (Kind.INV, Kind.STEP):
            raise ValueError(f"{pid} is a {by_id[pid].kind.value} property: a machine checks inv and step "
                             "properties on every state and step of its runs")
        out.append(by_id[pid])
    return tuple(out)


# --------------------------------------------------------------------------------------------
# The machines


class _ModelMachine(RuleBasedStateMachine):
    """What both models' machines share: the policy, the checks after each step, ``observe``."""

    #: The model (``scale_set`` or ``cloud_service``).
    model: ClassVar[str]
    #: The fixed policy (a model policy value), or None: a random one per example (``policies``).
    policy: ClassVar[Any] = None
    #: The policy file the fixed policy came from, if any.
    policy_file: ClassVar[Any] = None
    #: Inv and step properties checked wherever they apply.
    checked: ClassVar[tuple[Property, ...]] = ()
    #: Catalog ID -> where it holds (a predicate over a policy): checked on the policies inside.
    regions: ClassVar[Mapping[str, Callable[[Any], bool]]] = {}
    #: The largest count drawn for an ``"any"`` instance count (a scale set's; each role's).
    any_up_to: ClassVar[int] = 8

    state: Any = None

    def __init__(self) -> None:
        super().__init__()
        self._invariants: tuple[Property, ...] = ()
        self._steps: tuple[Property, ...] = ()

    # ---------------------------------------------------------------------------------------
    # Making machines

    @classmethod
    def for_policy(cls, policy_or_path: Any, *, name: str | None = None, properties: Iterable[str] | None = None,
                   var_items: Iterable[str] = ()) -> type:
        """A subclass whose policy is fixed: a policy file's path, a ``PolicyFile`` or a policy value.

        It checks the inv and step properties named by ID in ``properties``; by default those the
        file's ``[expect]`` table expects proved (a policy without one, or a bare policy value:
        none, only your invariants).  ``name`` picks one policy of an input that holds several;
        ``var_items`` are ``NAME=VALUE`` Terraform or ARM values, as ``rollproof check --var``.
        """
        from rollproof.policyfile import PolicyFile

        if isinstance(policy_or_path, (str, os.PathLike)):
            pf = load_policy_file(policy_or_path, name, var_items)
        elif isinstance(policy_or_path, PolicyFile):
            pf = policy_or_path
        else:
            pf = None
        policy = pf.policy if pf is not None else policy_or_path
        model = pf.model if pf is not None else next(
            (m for m in systems.MODELS if isinstance(policy, systems.reference(m).Policy)), None)
        if model != cls.model:
            raise TypeError(f"{cls.__name__} runs the {cls.model} model; this policy is "
                            + (f"of the {model} model (use machine_for)" if model else f"not a policy ({type(policy).__name__})"))
        label = pf.name if pf is not None else "policy"
        return type(f"{cls.__name__}_{label}".replace("-", "_").replace(".", "_"), (cls,), {
            "__doc__": f"{cls.__doc__.splitlines()[0] if cls.__doc__ else cls.__name__} Policy fixed: {label}.",
            "__module__": cls.__module__,
            "policy": policy,
            "policy_file": pf,
            "checked": _checked_ids(pf, model, properties),
            "regions": {},
        })

    @classmethod
    def policies(cls) -> st.SearchStrategy:
        """The random policies drawn when none is fixed."""
        raise NotImplementedError

    @classmethod
    def initial_states(cls, policy: Any) -> st.SearchStrategy:
        """The initial states of a concrete policy."""
        raise NotImplementedError

    @classmethod
    def concrete(cls, policy: Any) -> st.SearchStrategy:
        """The policy at a drawn size, where its size is ``"any"``; else the policy itself."""
        return st.just(policy)

    def properties_for(self, policy: Any) -> tuple[Property, ...]:
        """The properties checked under ``policy``: ``checked``, and ``regions`` where they hold."""
        out = [p for p in self.checked if p.applies(policy)]
        for pid, inside in self.regions.items():
            p = registry.get(pid, self.model)
            if p.applies(policy) and inside(policy) and p not in out:
                out.append(p)
        return tuple(out)

    @initialize(data=st.data())
    def a_policy_and_an_initial_state(self, data: Any) -> None:
        if self.policy is None:
            policy = data.draw(self.policies(), label="policy")
        else:
            policy = data.draw(self.concrete(self.policy), label="policy")
        self.state = data.draw(self.initial_states(policy), label="initial state")
        checked = self.properties_for(policy)
        self._invariants = tuple(p for p in checked if p.kind == Kind.INV)
        self._steps = tuple(p for p in checked if p.kind == Kind.STEP or (p.kind == Kind.INV and p.step_holds))

    # ---------------------------------------------------------------------------------------
    # Steps, checks and observables

    def _do(self, action: Action) -> None:
        """Apply ``action``; a refusal names its clause and changes nothing; an accepted step is
        checked by every step property (and each invariant's step part), then ``after_step``."""
        before = self.state
        after = systems.reference(self.model).apply(before, action)
        if isinstance(after, Refused):
            assert after.clause and after.reason, after  # a refusal always names its clause
            return
        if self._steps:
            vb, va, code = view_of(before), view_of(after), code_of(action, self.model)
            for p in self._steps:
                check = p.holds if p.kind == Kind.STEP else p.step_holds
                assert check(CONCRETE, before.policy, vb, code, va), (
                    f"{p.id} fails on {action.call_text()}: {p.statement}")
        self.state = after
        self.after_step(before, action, after)

    def after_step(self, before: Any, action: Action, after: Any) -> None:
        """Called after each accepted step (override to check steps: ``self.observe(NAME, before)``)."""

    def observe(self, name: str, state: Any = None) -> Any:
        """Observable ``name`` of the current state (or of ``state``): ``serving``, ``upgrading``,
        ``online_web``…, as ``rollproof list`` and docs/user-properties.md name them."""
        return observe(self.state if state is None else state, name)

    def observations(self, state: Any = None) -> dict[str, Any]:
        """Every observable of the current state (or of ``state``), by name."""
        s = self.state if state is None else state
        return observables.plain_values(_model_name(s), s.policy, s)

    @invariant()
    def checked_invariants_hold(self) -> None:
        if not self._invariants:
            return
        v = view_of(self.state)
        for p in self._invariants:
            assert p.holds(CONCRETE, self.state.policy, v), f"{p.id} fails: {p.statement}"


class ScaleSetMachine(_ModelMachine):
    """The scale-set model's runs, one rule per action: random policies (1…40 instances, every
    percentage and switch), or one fixed with ``for_policy``."""

    model = "scale_set"
    #: The most instances a random policy has.
    max_instances: ClassVar[int] = 40

    @classmethod
    def policies(cls) -> st.SearchStrategy:
        return scale_set_policies(max_instances=cls.max_instances)

    @classmethod
    def initial_states(cls, policy: Any) -> st.SearchStrategy:
        return scale_set_initial_states(policy)

    @classmethod
    def concrete(cls, policy: Any) -> st.SearchStrategy:
        if policy.instances == "any":
            return st.integers(1, cls.any_up_to).map(policy.with_instances)
        return st.just(policy)

    def _pick(self, data: Any, name: str, healthy: bool = True) -> Action:
        """Arguments from the model's candidate actions of ``name`` (those ``s`` accepts, if any)."""
        return pick(self.state, name, data.draw(st.integers(0, 2**16), label="option"), fails=not healthy)

    @rule()
    def orchestrator_starts_upgrade(self) -> None:
        self._do(Action.of("orchestrator_starts_upgrade"))

    @rule()
    def orchestrator_checks_health(self) -> None:
        self._do(Action.of("orchestrator_checks_health"))

    @rule(data=st.data())
    def orchestrator_starts_batch(self, data: Any) -> None:
        self._do(self._pick(data, "orchestrator_starts_batch"))

    @rule(data=st.data(), healthy=st.booleans())
    def instance_finishes_upgrade(self, data: Any, healthy: bool) -> None:
        self._do(self._pick(data, "instance_finishes_upgrade", healthy))

    @rule()
    def probe_wait_expires(self) -> None:
        self._do(Action.of("probe_wait_expires"))

    @rule()
    def orchestrator_ends_batch(self) -> None:
        self._do(Action.of("orchestrator_ends_batch"))

    @rule()
    def operator_cancels(self) -> None:
        self._do(Action.of("operator_cancels"))

    @rule(data=st.data())
    def maintenance_takes_down(self, data: Any) -> None:
        self._do(self._pick(data, "maintenance_takes_down"))

    @rule(data=st.data())
    def instance_recovers(self, data: Any) -> None:
        self._do(self._pick(data, "instance_recovers"))

    @rule(data=st.data())
    def instance_approves_upgrade(self, data: Any) -> None:
        self._do(self._pick(data, "instance_approves_upgrade"))

    @rule()
    def orchestrator_rolls_back_failed(self) -> None:
        self._do(Action.of("orchestrator_rolls_back_failed"))

    @rule()
    def operator_renews_credentials(self) -> None:
        self._do(Action.of("operator_renews_credentials"))


class CloudServiceMachine(_ModelMachine):
    """The cloud-service model's runs, one rule per action: random policies (1…4 roles of 1…12
    instances, 1…20 UDs, every mode, every switch, every role or one), or one fixed with ``for_policy``."""

    model = "cloud_service"
    max_roles: ClassVar[int] = 4
    max_count: ClassVar[int] = 12
    max_uds: ClassVar[int] = 20

    @classmethod
    def policies(cls) -> st.SearchStrategy:
        return cloud_service_policies(max_roles=cls.max_roles, max_count=cls.max_count, max_uds=cls.max_uds)

    @classmethod
    def initial_states(cls, policy: Any) -> st.SearchStrategy:
        return cloud_service_initial_states(policy)

    @classmethod
    def concrete(cls, policy: Any) -> st.SearchStrategy:
        if not policy.parametric:
            return st.just(policy)
        sizes = [st.just(c) if c != cs.ANY else st.integers(1, cls.any_up_to) for c in policy.counts]
        return st.tuples(*sizes).map(policy.with_counts)

    def _ud(self, data: Any) -> int:
        return data.draw(st.integers(0, self.state.policy.upgrade_domains - 1), label="ud")

    def _i(self, data: Any) -> int:
        return data.draw(st.integers(0, self.state.n - 1), label="i")

    @rule(kind=st.sampled_from(cs.KINDS), change=st.sampled_from(cs.CHANGES), crashes=st.booleans())
    def operator_requests_update(self, kind: str, change: str, crashes: bool) -> None:
        self._do(Action.of("operator_requests_update", kind=kind, change=change, crashes=crashes))

    @rule()
    def operator_changes_configuration(self) -> None:
        self._do(Action.of("operator_changes_configuration"))

    @rule()
    def operator_rolls_back(self) -> None:
        self._do(Action.of("operator_rolls_back"))

    @rule()
    def operator_deletes_deployment(self) -> None:
        self._do(Action.of("operator_deletes_deployment"))

    @rule()
    def fabric_walks_ud(self) -> None:
        self._do(Action.of("fabric_walks_ud"))

    @rule(data=st.data())
    def operator_walks_ud(self, data: Any) -> None:
        self._do(Action.of("operator_walks_ud", ud=self._ud(data)))

    @rule(data=st.data())
    def fabric_updates_ud(self, data: Any) -> None:
        self._do(Action.of("fabric_updates_ud", ud=self._ud(data)))

    @rule(data=st.data())
    def fabric_starts_ud(self, data: Any) -> None:
        self._do(Action.of("fabric_starts_ud", ud=self._ud(data)))

    @rule(data=st.data())
    def instance_comes_online(self, data: Any) -> None:
        self._do(Action.of("instance_comes_online", i=self._i(data)))

    @rule(data=st.data())
    def instance_start_times_out(self, data: Any) -> None:
        self._do(Action.of("instance_start_times_out", i=self._i(data)))

    @rule(data=st.data())
    def instance_crashes(self, data: Any) -> None:
        self._do(Action.of("instance_crashes", i=self._i(data)))

    @rule()
    def fabric_completes_ud(self) -> None:
        self._do(Action.of("fabric_completes_ud"))

    @rule()
    def fabric_swaps_vip(self) -> None:
        self._do(Action.of("fabric_swaps_vip"))


def machine_for(policy_or_path: Any, **kw: Any) -> type:
    """The machine of the policy's model, its policy fixed (``_ModelMachine.for_policy``)."""
    from rollproof.policyfile import PolicyFile

    if isinstance(policy_or_path, (str, os.PathLike)):
        policy_or_path = load_policy_file(policy_or_path, kw.pop("name", None), kw.pop("var_items", ()))
    model = policy_or_path.model if isinstance(policy_or_path, PolicyFile) else (
        "cloud_service" if isinstance(policy_or_path, cs.Policy) else "scale_set")
    return (ScaleSetMachine if model == "scale_set" else CloudServiceMachine).for_policy(policy_or_path, **kw)


# --------------------------------------------------------------------------------------------
# Settings profiles: counterexamples shared through an example database

#: The folder of the ``rollproof-dir`` profile's example database (a shared or cached path).
DB_ENV = "ROLLPROOF_HYPOTHESIS_DB"
DEFAULT_DB = ".hypothesis/rollproof"
#: The Redis server of the ``rollproof-redis`` profile.
REDIS_ENV = "ROLLPROOF_REDIS_URL"
DEFAULT_REDIS = "redis://localhost:6379/0"


class LazyRedisDatabase(ExampleDatabase):
    """Hypothesis's ``RedisExampleDatabase`` at a URL, made (and ``redis`` imported) when first used,
    so the profile can be registered where the optional ``hypothesis[redis]`` is not installed."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self._db: ExampleDatabase | None = None

    def __repr__(self) -> str:
        return f"LazyRedisDatabase({self.url!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LazyRedisDatabase) and other.url == self.url

    def __hash__(self) -> int:
        return hash(("LazyRedisDatabase", self.url))

    def inner(self) -> ExampleDatabase:
        if self._db is None:
            try:
                import redis
                from hypothesis.extra.redis import RedisExampleDatabase
            except ImportError as e:
                raise ImportError("the rollproof-redis profile needs the Redis client: "
                                  "pip install 'hypothesis[redis]'") from e
            self._db = RedisExampleDatabase(redis.Redis.from_url(self.url))
        return self._db

    def fetch(self, key: bytes) -> Iterable[bytes]:
        return self.inner().fetch(key)

    def save(self, key: bytes, value: bytes) -> None:
        self.inner().save(key, value)

    def delete(self, key: bytes, value: bytes) -> None:
        self.inner().delete(key, value)

    def move(self, src: bytes, dest: bytes, value: bytes) -> None:
        self.inner().move(src, dest, value)

    def _start_listening(self) -> None:
        self.inner().add_listener(self._broadcast_change)

    def _stop_listening(self) -> None:
        self.inner().remove_listener(self._broadcast_change)


PROFILES = ("rollproof-dir", "rollproof-redis")


def register_profiles() -> None:
    """Register ``rollproof-dir`` (``DirectoryBasedExampleDatabase`` at ``$ROLLPROOF_HYPOTHESIS_DB``,
    default ``.hypothesis/rollproof``) and ``rollproof-redis`` (``$ROLLPROOF_REDIS_URL``, default
    ``redis://localhost:6379/0``), each Hypothesis's defaults with that database; run again after
    changing the variables."""
    settings.register_profile("rollproof-dir", database=DirectoryBasedExampleDatabase(os.environ.get(DB_ENV) or DEFAULT_DB))
    settings.register_profile("rollproof-redis", database=LazyRedisDatabase(os.environ.get(REDIS_ENV) or DEFAULT_REDIS))


register_profiles()
