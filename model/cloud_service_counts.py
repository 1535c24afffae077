"""The cloud service's counting model: the step the solver reads (``model.counting.CountingModel``).

Each action's guard is its clauses of ``model.cloud_service_rules.GUARDS`` over the view (the
per-instance model's guard, written once); its effect moves counts by the rules' one-instance
steps.  Written over ``model.logic``, so it evaluates on Python values and Z3 terms alike.
"""

from __future__ import annotations

from typing import Any, Iterator

import attrs

from rollproof.model import cloud_service_rules as rules
from rollproof.model.cloud_service import NEW, OLD, CloudServicePolicy, Phase
from rollproof.model.cloud_service_abstraction import (  # noqa: F401  (the counting model's interface, read as C.*)
    ALLOWED_REQUESTS,
    CONFIG_CHANGE,
    IN_PLACE,
    LOCS,
    MUTATING,
    VIP_SWAP,
    A,
    Args,
    ByUd,
    Cls,
    Counts,
    Layout,
    Loc,
    Quantities,
    View,
    _ite,
    _sum,
    _where,
    abstract,
    abstract_action,
    arg_facts,
    cell_sizes,
    class_index,
    class_of,
    classes,
    classes_of,
    concretize,
    fresh_args,
    fresh_state,
    initial_from_counts,
    layout,
    lift,
    lift_args,
    loc_of,
    locs,
    locs_of,
    shares,
    specialise,
    spread,
    walked_to_new,
    walked_to_old,
    view,
)
from rollproof.model.cloud_service_lemmas import clock_lemmas, lemmas  # noqa: F401
from rollproof.model.guards import holds
from rollproof.model.logic import CONCRETE, Logic

NAME = "cloud_service"


# --------------------------------------------------------------------------------------------
# Initial states


def init(L: Logic, policy: CloudServicePolicy, s: Counts) -> Any:
    """The initial-state condition: every cell full and online on the old version (``idle``,
    U-30…U-34), or an automatic update of crashing code at the boundary of some UD ``1 ≤ c < k``
    with the walked UDs updated (the roles the update targets, U-10), each instance online or
    crashed (``stuck``, U-25; the start
    predicate of CS-STUCK-RECOVERABLE then asks for the gate to fail, U-15)."""
    cs = classes_of(policy)
    k = policy.upgrade_domains
    sizes = [term for _, term in shares(L, policy, s)] + [term for _, term in spread(L, policy, s)]
    nonneg = [x >= 0 for x in s.cnt]
    if policy.initial == "idle":
        shape = [s.cnt[j] == 0 for j, c in enumerate(cs) if c.loc != Loc(Phase.ONLINE, OLD)]
        return L.and_(
            L.not_(s.active), s.kind == IN_PLACE, L.not_(s.rollback), L.not_(s.rollback_pending),
            s.current_ud == 0, L.not_(s.during), L.not_(s.locked), L.not_(s.deleted),
            s.changes_package, L.not_(s.increases_local), L.not_(s.target_crashes),
            L.not_(s.rolled_back), L.not_(s.untouched_stopped), *nonneg, *sizes, *shape,
        )
    walked_ok = (Loc(Phase.ONLINE, NEW), Loc(Phase.CRASHED, NEW))
    targeted = [rules.updates_role(policy, policy.role_names[c.role]) for c in cs]
    shape = [
        L.or_(c.ud < s.current_ud, s.cnt[j] == 0) if c.loc in walked_ok and targeted[j]
        else (L.or_(c.ud >= s.current_ud, s.cnt[j] == 0) if targeted[j] else True) if c.loc == Loc(Phase.ONLINE, OLD)
        else s.cnt[j] == 0
        for j, c in enumerate(cs)
    ]
    return L.and_(
        policy.new_code_crashes, policy.mode == "automatic", k >= 2,
        s.active, s.kind == IN_PLACE, L.not_(s.rollback), L.not_(s.rollback_pending),
        s.current_ud >= 1, s.current_ud < k, L.not_(s.during),
        s.locked == (not policy.concurrent_operations), L.not_(s.deleted), s.changes_package,
        s.increases_local == policy.local_resources_increase, s.target_crashes,
        L.not_(s.rolled_back), L.not_(s.untouched_stopped), *nonneg, *sizes, *shape,
    )



# --------------------------------------------------------------------------------------------
# Transitions


_PLANS: dict[tuple[int, Any], tuple[dict[Loc, int], tuple[tuple[int, tuple[int, ...]], ...]]] = {}


def _plan(cell: dict[Loc, int], move) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """For each class ``j`` of ``cell``, the classes whose instances ``move`` sends to ``j``.

    Structural (independent of the counts), so it is computed once per cell and move.  Keyed by
    the cell's identity (a layout's cells live as long as the layout cache) and checked against
    it, since layouts differ both in class indices and in their local classes."""
    key = (id(cell), move)
    hit = _PLANS.get(key)
    if hit is not None and hit[0] is cell:
        return hit[1]
    into: dict[Loc, list[int]] = {loc: [] for loc in cell}
    for loc, j in cell.items():
        into[move(loc)].append(j)
    plan = tuple((j, tuple(into[loc])) for loc, j in cell.items())
    _PLANS[key] = (cell, plan)
    return plan


_plan.cache_clear = _PLANS.clear  # type: ignore[attr-defined]


def _cell_map(L: Logic, cell: dict[Loc, int], cnt: tuple[Any, ...], move) -> dict[int, Any]:
    """Each class of ``cell`` after every instance of the cell moves by ``move`` (a map on local classes)."""
    return {j: _sum(L, [cnt[i] for i in src]) for j, src in _plan(cell, move)}


def _in_ud(L: Logic, lay: Layout, cnt: tuple[Any, ...], here: dict[int, Any], move) -> tuple[Any, ...]:
    """``cnt`` after the instances of UD ``u`` move by ``move`` where ``here[u]`` holds."""
    out = list(cnt)
    if L is CONCRETE:  # the same sums, without the conditional terms
        for (_, u), cell in lay.in_cell.items():
            if here[u]:
                for j, src in _plan(cell, move):
                    out[j] = sum([cnt[i] for i in src])
        return tuple(out)
    for (_, u), cell in lay.in_cell.items():
        if here[u] is False:
            continue
        for j, x in _cell_map(L, cell, cnt, move).items():
            out[j] = _ite(L, here[u], x, cnt[j])
    return tuple(out)


def _walk(L: Logic, policy: CloudServicePolicy, lay: Layout, cnt: tuple[Any, ...], ud: Any, to_new: Any,
          when: Any) -> tuple[tuple[Any, ...], Any]:
    """``cnt`` after walking ``ud`` (if ``when``) towards the new version (if ``to_new``) or the old
    one (``rules.walked``), each cell the walk reaches (``rules.walk_reaches``: of a role updated, in
    ``ud`` or, Simultaneous, in every UD), and whether an instance stopped before it was ever
    updated is turned back by a rollback (``rules.walk_marks_untouched``)."""
    out = list(cnt)
    if L is CONCRETE:  # the same values, without the conditional terms (only the walk's direction)
        marked = False
        for (r, u), cell in lay.in_cell.items():
            if not (when and rules.walk_reaches(L, policy, ud, u, policy.role_names[r])):
                continue
            for j, src in _plan(cell, walked_to_new if to_new else walked_to_old):
                out[j] = sum([cnt[i] for i in src])
            marked = marked or any(cnt[j] >= 1 for j in _marked(cell, NEW if to_new else OLD))
        return tuple(out), marked
    untouched = []
    for (r, u), cell in lay.in_cell.items():
        here = L.and_(when, rules.walk_reaches(L, policy, ud, u, policy.role_names[r]))
        if here is False:
            continue
        to = {OLD: _cell_map(L, cell, cnt, walked_to_old), NEW: _cell_map(L, cell, cnt, walked_to_new)}
        for loc, j in cell.items():
            out[j] = _ite(L, here, _ite(L, to_new, to[NEW][j], to[OLD][j]), cnt[j])
            marks = {t: rules.walk_marks_untouched(loc, t) for t in (OLD, NEW)}
            if marks[OLD] or marks[NEW]:
                which = L.not_(to_new) if not marks[NEW] else (to_new if not marks[OLD] else True)
                untouched.append(L.and_(here, which, cnt[j] >= 1))
    return tuple(out), L.or_(*untouched) if untouched else False


_MARKED: dict[tuple[int, int], tuple[dict[Loc, int], tuple[int, ...]]] = {}


def _marked(cell: dict[Loc, int], target: int) -> tuple[int, ...]:
    """The classes of ``cell`` whose instances a walk towards ``target`` turns back before they
    were ever updated (``rules.walk_marks_untouched``; structural, computed once per cell, as ``_plan``)."""
    key = (id(cell), target)
    hit = _MARKED.get(key)
    if hit is not None and hit[0] is cell:
        return hit[1]
    found = tuple(j for loc, j in cell.items() if rules.walk_marks_untouched(loc, target))
    _MARKED[key] = (cell, found)
    return found


_marked.cache_clear = _MARKED.clear  # type: ignore[attr-defined]


_ONE_PLANS: dict[tuple[int, Any, Any], tuple[list[int], dict[int, list[int]]]] = {}


def _one_plan(lay: Layout, cond, move) -> tuple[list[int], dict[int, list[int]]]:
    """The classes ``cond`` selects, and for each class the selected ones ``move`` sends into it
    (structural: computed once per layout, condition and move)."""
    key = (id(lay), cond, move)
    plan = _ONE_PLANS.get(key)
    if plan is None or plan[2] is not lay:
        src = [j for j, c in enumerate(lay.cs) if cond(c.loc)]
        into: dict[int, list[int]] = {}
        for j in src:
            c = lay.cs[j]
            into.setdefault(lay.ix[attrs.evolve(c, loc=move(c.loc))], []).append(j)
        plan = _ONE_PLANS[key] = (src, into, lay)
    return plan[0], plan[1]


_one_plan.cache_clear = _ONE_PLANS.clear  # type: ignore[attr-defined]


def _one_moves(L: Logic, lay: Layout, cnt: tuple[Any, ...], cls: Any, cond, move) -> tuple[Any, tuple[Any, ...]]:
    """Whether ``cls`` selects a non-empty class satisfying ``cond``, and ``cnt`` after one instance of
    it moves by ``move``."""
    src, into = _one_plan(lay, cond, move)
    if L is CONCRETE and type(cls) is int:  # a concrete class: only it and its destination change
        if cls not in src or not cnt[cls] >= 1:
            return False, cnt
        out = list(cnt)
        out[cls] -= 1
        out[next(j for j, inc in into.items() if cls in inc)] += 1
        return True, tuple(out)
    sel = L.or_(*(L.and_(cls == j, cnt[j] >= 1) for j in src)) if src else False
    out = list(cnt)
    srcs = set(src)
    for j, x in enumerate(cnt):
        inc = into.get(j, [])
        up = _ite(L, L.or_(*(cls == i for i in inc)), x + 1, x) if inc else x
        out[j] = L.ite(cls == j, x - 1, up) if j in srcs else up
    return sel, tuple(out)


def _finished(s: Counts, **kw) -> Counts:
    """No update is in progress any more (U-14, U-28: a swap or a delete ends it)."""
    return attrs.evolve(
        s, active=False, kind=IN_PLACE, rollback=False, rollback_pending=False, current_ud=0,
        during=False, locked=False, **kw,
    )


def step(L: Logic, policy: CloudServicePolicy, s: Counts, a: A, args: Args, v: View | None = None) -> tuple[Any, Counts]:
    """The guard and the successor of counting action ``a`` with ``args`` from ``s`` (``v``: its view, if known).

    The guard is the action's clauses of ``rules.GUARDS`` (U-5 … U-29); the successor moves counts
    by the one-instance steps each action cites."""
    v = view(L, policy, s) if v is None else v
    q = Quantities(L, policy, s, v)
    x = arg_facts(L, policy, s, v, a, args)
    guard = holds(L, rules.GUARDS[a.name], policy, q, x)
    if guard is False:
        return False, s
    return guard, _effect(L, policy, s, a, args, q, x)


def _effect(L: Logic, policy: CloudServicePolicy, s: Counts, a: A, args: Args, q: Quantities, x: Any) -> Counts:
    lay = layout(policy)
    if a in (A.operator_requests_update, A.operator_changes_configuration):
        # U-11, U-27: the latest request is the only target; a second in-place one in automatic
        # mode walks UD 0 at once.
        cnt1 = _in_ud(L, lay, s.cnt, {u: True for u in lay.uds}, rules.relabeled)
        immediate = rules.walks_ud0_at_once(L, policy, q, x)
        cnt2, _ = _walk(L, policy, lay, cnt1, 0, True, immediate)
        return attrs.evolve(
            s, cnt=cnt2, active=True, kind=x.kind, rollback=False, rollback_pending=False,
            current_ud=0, during=immediate, locked=rules.request_locks(policy),
            changes_package=L.not_(x.config_only), increases_local=rules.request_increases_local(L, policy, x),
            target_crashes=x.crashes, rolled_back=False, untouched_stopped=False,
        )
    if a == A.operator_deletes_deployment:  # U-28
        return _finished(s, deleted=True)
    if a == A.operator_rolls_back:  # U-20: it waits for the UD in progress, or turns UD 0 back at once
        if rules.rollback_waits(policy):
            wait, immediate = s.during, False
        else:
            wait, immediate = False, L.and_(s.during, rules.rollback_turns_back_at_once(policy))
        cnt, untouched = _walk(L, policy, lay, s.cnt, 0, False, immediate)
        return attrs.evolve(
            s, cnt=cnt, rollback_pending=wait, rollback=L.not_(wait),
            current_ud=L.ite(wait, s.current_ud, 0), during=L.ite(wait, s.during, immediate),
            untouched_stopped=L.or_(s.untouched_stopped, untouched),
        )
    if a in (A.fabric_walks_ud, A.operator_walks_ud):  # U-5, U-20: the UD named (the current one) towards the target
        ud = s.current_ud if a == A.fabric_walks_ud else args.ud
        cnt, untouched = _walk(L, policy, lay, s.cnt, ud, L.not_(s.rollback), True)
        return attrs.evolve(s, cnt=cnt, current_ud=ud, during=True, untouched_stopped=L.or_(s.untouched_stopped, untouched))
    if a in (A.fabric_updates_ud, A.fabric_starts_ud):  # U-5
        here = {u: args.ud == u for u in lay.uds}
        move = rules.updated if a == A.fabric_updates_ud else rules.started
        return attrs.evolve(s, cnt=_in_ud(L, lay, s.cnt, here, move))
    if a in (A.instance_comes_online, A.instance_start_times_out, A.instance_crashes):  # U-5, U-16, U-25
        cond, move = {
            A.instance_comes_online: (rules.can_come_online, rules.comes_online),
            A.instance_start_times_out: (rules.can_time_out, rules.times_out),
            A.instance_crashes: (rules.can_crash, rules.crashes),
        }[a]
        _, cnt = _one_moves(L, lay, s.cnt, args.cls, cond, move)
        return attrs.evolve(s, cnt=cnt)
    if a == A.fabric_completes_ud:  # U-5, U-16: the next UD, a pending rollback, or the end
        nxt_ud = s.current_ud + 1
        last = rules.walk_ends(L, policy, s.current_ud)
        pend = s.rollback_pending
        done = L.and_(L.not_(pend), last)
        return attrs.evolve(
            s,
            active=L.not_(done),
            kind=s.kind,
            rollback=L.ite(done, False, L.or_(s.rollback, pend)),
            rollback_pending=False,
            current_ud=L.ite(L.or_(pend, done), 0, nxt_ud),
            during=False,
            locked=L.ite(done, False, s.locked),
            rolled_back=L.or_(s.rolled_back, L.and_(done, s.rollback)),
        )
    if a == A.fabric_swaps_vip:  # U-14, U-19
        return _finished(attrs.evolve(s, cnt=_in_ud(L, lay, s.cnt, {u: True for u in lay.uds}, rules.swapped)))
    raise ValueError(a)


def enabled(L: Logic, policy: CloudServicePolicy, s: Counts, a: A, v: View | None = None) -> Any:
    """Whether some arguments make action ``a`` enabled (derived from its guard)."""
    v = view(L, policy, s) if v is None else v
    return rules.enabled(L, policy, Quantities(L, policy, s, v), a.name)


def choices(policy: CloudServicePolicy, s: Counts) -> Iterator[tuple[A, Args]]:
    """Every action and argument that may be enabled in the concrete state ``s``: a superset (the
    guard of ``step`` decides), with the arguments no guard can accept left out: request fields
    U-7 rejects, a manual walk of a UD other than the current one, an update or start of a UD that
    holds no instance, an instance class that is empty or that the move does not select.  The explicit-state search enumerates these; the tests show that every
    argument of the full domains that some guard accepts leads to a successor listed here."""
    lay = layout(policy)
    for kind, change in ALLOWED_REQUESTS:
        for crash in ((False, True) if policy.new_code_crashes else (False,)):
            yield A.operator_requests_update, Args(kind=kind, change=change, crashes=crash)
    for a in (A.operator_changes_configuration, A.operator_rolls_back, A.operator_deletes_deployment,
              A.fabric_walks_ud, A.fabric_completes_ud, A.fabric_swaps_vip):
        yield a, Args()
    # A manual walk names the current UD, which may hold no instance (a role of n < k fills UDs 0..n-1).
    yield A.operator_walks_ud, Args(ud=s.current_ud)
    for a in (A.fabric_updates_ud, A.fabric_starts_ud):
        for u in lay.uds:
            yield a, Args(ud=u)
    moves = [(A.instance_comes_online, rules.can_come_online, rules.comes_online)]
    if policy.start_timeout_walks_on:
        moves.append((A.instance_start_times_out, rules.can_time_out, rules.times_out))
    if policy.new_code_crashes and s.target_crashes:
        moves.append((A.instance_crashes, rules.can_crash, rules.crashes))
    for a, cond, move in moves:
        for j in _one_plan(lay, cond, move)[0]:
            if s.cnt[j] >= 1:
                yield a, Args(cls=j)


# --------------------------------------------------------------------------------------------
# For the solver: the certificates' legend


def legend(policy: CloudServicePolicy) -> list[str]:
    """What each count variable (and size parameter) of a certificate counts."""
    lines = [f"; cnt{j} = {c}" for j, c in enumerate(classes_of(policy))]
    if policy.parametric:
        lines.append("; sizeR_U: instances of role R in UD U, a parameter (any sizes the roles' even spread allows)")
        lines += [f"; size{r}_{u} = role {policy.role_names[r]}, UD {u}" for r, u in layout(policy).cells
                  if policy.counts[r] == "any"]
    return lines
