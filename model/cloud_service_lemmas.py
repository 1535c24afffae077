"""The prover's candidate invariants for the cloud service's counting model, in its own words.

``lemmas`` guess over a state and its view; ``clock_lemmas`` bound a walk's progress after ``t``
steps.  Houdini keeps the subset that is inductive; most hold only under some policies.
"""

from __future__ import annotations

from typing import Any

from rollproof.model import cloud_service_rules as rules
from rollproof.model.cloud_service import ANY, NEW, OLD, CloudServicePolicy, Phase
from rollproof.model.cloud_service_abstraction import (
    IN_PLACE,
    VIP_SWAP,
    ByUd,
    Counts,
    Layout,
    View,
    _sum,
    layout,
    shares,
    spread,
)
from rollproof.model.logic import Logic



def lemmas(L: Logic, policy: CloudServicePolicy, s: Counts, v: View) -> list[tuple[str, Any]]:
    """Candidate invariants in the model's vocabulary, for the prover to keep or drop.

    The prover keeps the subset that holds initially and is preserved by every step (Houdini), and
    prints the kept ones as the certificate.  A candidate here is a guess, never an assumption: most
    hold only under some policies (one operation at a time, a rollback that waits, no crash).
    """
    lay = layout(policy)
    by = v.by_ud
    k = policy.upgrade_domains
    cu = s.current_ud
    out = [
        ("counts are non-negative", L.and_(*(x >= 0 for x in s.cnt))),
        *shares(L, policy, s),
        *spread(L, policy, s),
        ("kind is in-place or VIP swap", L.or_(s.kind == IN_PLACE, s.kind == VIP_SWAP)),
        ("0 ≤ current_ud < k", L.and_(cu >= 0, cu < k)),
        ("no update ⇒ nothing of a walk is left",
         L.implies(L.not_(s.active), L.and_(s.kind == IN_PLACE, L.not_(s.rollback), L.not_(s.rollback_pending),
                                            cu == 0, L.not_(s.during)))),
        ("deleted ⇒ no update", L.implies(s.deleted, L.not_(s.active))),
        ("locked ⇒ an update is in progress", L.implies(s.locked, s.active)),
        ("an update in progress ⇒ locked", L.implies(s.active, s.locked)),
        ("never locked", L.not_(s.locked)),
        ("a UD is walked only by an in-place update", L.implies(s.during, v.in_place)),
        ("a rollback waits only while a UD is walked", L.implies(s.rollback_pending, s.during)),
        ("a rollback is not also pending", L.implies(s.rollback, L.not_(s.rollback_pending))),
        ("a rollback belongs to an in-place update", L.implies(L.or_(s.rollback, s.rollback_pending), v.in_place)),
        ("a VIP swap walks no UD", L.implies(v.vip_swap, L.and_(cu == 0, L.not_(s.during)))),
        ("nothing is in flight towards a version the walk does not target", v.stale_in_flight == 0),
        ("no instance in flight lands on the version it runs",
         _sum(L, [s.cnt[j] for j, c in enumerate(lay.cs) if c.loc.in_flight and c.loc.config == c.loc.landing]) == 0),
        ("a completed rollback leaves nothing on the new version", L.implies(s.rolled_back, v.on_new == 0)),
        ("a completed rollback ends the update", L.implies(s.rolled_back, L.not_(s.active))),
        ("no rollback turned back an instance never updated", L.not_(s.untouched_stopped)),
        ("the latest request's code does not crash", L.not_(s.target_crashes)),
        ("nothing crashed", v.crashed == 0),
        ("no crashed instance runs the old version",
         _sum(L, [s.cnt[j] for j, c in enumerate(lay.cs) if c.loc.phase == Phase.CRASHED and c.loc.config == OLD]) == 0),
        ("at most one timed-out instance", v.timed_out <= 1),
        ("nothing timed out", v.timed_out == 0),
        ("outside the walked UD every instance is online", v.offline_outside == 0),
        ("every role keeps an instance online", L.and_(*(o >= 1 for o in v.online_by_role))),
        ("the walk is never blocked", L.not_(v.walk_blocked)),
        ("the walk is never stuck", L.not_(v.stuck)),
        ("past UD 0 the walk passed the health gate, and what passed stays good",
         L.implies(L.or_(cu >= 2, L.and_(s.during, cu >= 1)), L.and_(*(g >= policy.min_good_instances for g in v.good_walked_by_role)))),
        ("outside an in-place update every role has an instance online (the gate kept one)",
         L.implies(L.not_(v.in_place), L.and_(*(o >= 1 for o in v.online_by_role)))),
        ("before a forward walk starts every role has an instance online",
         L.implies(L.and_(L.not_(s.rollback), cu == 0, L.not_(s.during)), L.and_(*(o >= 1 for o in v.online_by_role)))),
    ]
    if policy.role_to_upgrade != rules.ALL_ROLES:  # U-10: the roles the update leaves alone
        others = [j for j, c in enumerate(lay.cs) if not rules.updates_role(policy, policy.role_names[c.role])]
        out += [
            ("no instance of a role the update does not target is in flight", v.untargeted_in_flight == 0),
            ("during an in-place update, the roles it does not target run the old version",
             L.implies(v.in_place, _sum(L, [s.cnt[j] for j in others if lay.cs[j].loc.config == NEW]) == 0)),
            ("the roles the update does not target are online or crashed",
             _sum(L, [s.cnt[j] for j in others if lay.cs[j].loc.phase not in (Phase.ONLINE, Phase.CRASHED)]) == 0),
        ]
    walked_here = lambda u: L.and_(s.during, rules.in_walk(L, policy, cu, u))  # noqa: E731
    to_new, to_old = ({u: _sum(L, [s.cnt[j] for j, c in enumerate(lay.cs)
                                   if c.ud == u and c.loc.in_flight and c.loc.landing == t]) for u in lay.uds}
                      for t in (NEW, OLD))
    out.append(("no update in progress ⇒ nothing in flight (a walk completes each UD it starts)",
                L.implies(L.and_(L.not_(s.active), L.not_(s.deleted)), v.stopped == 0)))
    out.append(("a rollback walk has nothing in flight towards the new version",
                L.implies(L.and_(s.rollback, L.not_(s.deleted)), _sum(L, list(to_new.values())) == 0)))
    # A rollback that does not wait (U-27) turns UD 0 back while the UD it left is still in flight:
    # two UDs down at once, but no more while it walks back and nothing else replaces the walk.
    elsewhere = [L.and_(by.offline[u] >= 1, L.not_(walked_here(u))) for u in lay.uds]
    out += [
        ("a forward walk has every instance online outside the UD it walks",
         L.implies(L.not_(s.rollback), L.and_(*(L.not_(e) for e in elsewhere)))),
        ("at most one UD outside the one walked has instances offline",
         L.sum_([L.ite(e, 1, 0) for e in elsewhere]) <= 1),
    ]
    for u in lay.uds:
        out += [
            # A second request (U-27) leaves the replaced walk's UD in flight towards an older
            # version; towards the new one only the UD being walked is.
            (f"UD {u}: in flight towards the new version only while it is walked (or deleted)",
             L.or_(s.deleted, to_new[u] == 0, walked_here(u))),
            (f"UD {u}: being walked forward, nothing in it is in flight towards an older version",
             L.implies(L.and_(v.in_place, walked_here(u), L.not_(s.rollback), L.not_(s.deleted)), to_old[u] == 0)),
            (f"UD {u}: once the walk has passed it, every instance in it is settled (online, crashed or timed out)",
             L.implies(L.and_(v.in_place, u < cu, L.not_(s.deleted)), by.unsettled[u] == 0)),
            (f"UD {u}: in flight only while it is walked", L.or_(by.in_flight[u] == 0, walked_here(u))),
            (f"UD {u}: starting (not timed out) only while it is walked", L.or_(by.starting[u] == 0, walked_here(u))),
            (f"UD {u}: walked UDs below the current one run the target",
             L.implies(L.and_(v.in_place, u < cu), L.ite(s.rollback, by.new[u], by.old[u]) == 0)),
            (f"UD {u}: a forward walk has not touched it yet",
             L.implies(L.and_(v.in_place, L.not_(s.rollback), L.or_(u > cu, L.and_(u == cu, L.not_(s.during)))),
                       by.new[u] == 0)),
            (f"UD {u}: being walked, every instance not in flight runs the target",
             L.implies(L.and_(v.in_place, walked_here(u)),
                       L.ite(s.rollback, by.new[u], by.old[u]) == by.in_flight[u] - _in_flight_on(L, lay, s, u))),
        ]
    return out


def _in_flight_on(L: Logic, lay: Layout, s: Counts, u: int) -> Any:
    """Instances of UD ``u`` in flight that run the walk's target already (re-targeted ones)."""
    on = {t: _sum(L, [s.cnt[j] for j, c in enumerate(lay.cs) if c.ud == u and c.loc.in_flight and c.loc.config == t])
          for t in (OLD, NEW)}
    return L.ite(s.rollback, on[OLD], on[NEW])


def clock_lemmas(L: Logic, policy: CloudServicePolicy, s: Counts, v: View, t: Any) -> list[tuple[str, Any]]:
    """Candidate bounds on progress after ``t`` steps from an initial state (``t`` is a ghost clock).

    A forward walk costs a request, then per UD a walk, an update, a start, one step per instance
    (it comes online, times out or crashes) and a completion; the prover keeps the bounds that are
    inductive, and bounded model checking then skips every depth too shallow for a hit.
    """
    lay = layout(policy)
    by = v.by_ud
    cu = s.current_ud
    cost = _costs(L, lay, by)
    done = _sum(L, [L.ite(u < cu, cost[u], 0) for u in lay.uds])
    here = {u: L.and_(s.during, cu == u) for u in lay.uds}
    stage = _sum(L, [
        L.ite(here[u], 1 + L.ite(by.stopped[u] == 0, 1, 0) + L.ite(L.and_(by.stopped[u] == 0, by.updating[u] == 0), 1, 0)
              + by.settled_new[u], 0)
        for u in lay.uds
    ])
    forward = L.and_(v.in_place, L.not_(s.rollback))
    started = _sum(L, [by.starting[u] for u in lay.uds])
    out = _ud_clock_lemmas(L, policy, s, v, t, done, stage)
    return out + [
        ("clock: t ≥ 0", t >= 0),
        ("clock: an update in progress ⇒ t ≥ 1", L.implies(s.active, t >= 1)),
        ("clock: a forward walk costs request + per UD (walk, update, start, each instance, complete) ≤ t",
         L.implies(forward, 1 + done + stage <= t)),
        ("clock: instances in flight ⇒ t ≥ 2 (request, walk)", L.implies(v.stopped >= 1, t >= 2)),
        ("clock: starting or timed out ⇒ t ≥ 4 (request, walk, update, start)",
         L.implies(started + v.timed_out >= 1, t >= 4)),
        ("clock: timed out + 4 ≤ t", L.or_(v.timed_out == 0, v.timed_out + 4 <= t)),
        ("clock: a rollback ⇒ t ≥ 2", L.implies(L.or_(s.rollback, s.rollback_pending, s.rolled_back), t >= 2)),
    ]


def _costs(L: Logic, lay: Layout, by: ByUd) -> dict[int, Any]:
    """The fewest steps a forward walk of each UD takes: walk, update, start, one per instance,
    complete.  A UD with no instance costs nothing here (a lower bound): with fixed sizes the
    layout has no such UD; with parametric sizes the cost is a term that says so."""
    return {u: 4 + by.size[u] if isinstance(by.size[u], int) else L.ite(by.size[u] >= 1, 4 + by.size[u], 0)
            for u in lay.uds}


def _at(x: Any, symbol: str) -> str:
    """A bound in a lemma's name: its value when the sizes are fixed, else its symbol."""
    return str(x) if isinstance(x, int) else symbol


def _timed_out_in(L: Logic, lay: Layout, s: Counts, u: int, version: int | None = None) -> Any:
    """Instances of UD ``u`` whose start timed out (on ``version`` only, if given)."""
    return _sum(L, [s.cnt[j] for j, c in enumerate(lay.cs)
                    if c.ud == u and c.loc.phase == Phase.STARTING and c.loc.timed_out
                    and (version is None or c.loc.config == version)])


def _ud_clock_lemmas(L: Logic, policy: CloudServicePolicy, s: Counts, v: View, t: Any, done: Any, stage: Any) -> list[tuple[str, Any]]:
    """Per-UD bounds that also hold through a rollback and after the update.

    ``reach(u)`` is the earliest step at which a walk may reach UD ``u``: the request, then every
    lower UD walked forward (walk, update, start, each instance, complete).  With parametric sizes
    the names say ``reach(u)``: 1 + Σ_{w<u, UD w not empty} (4 + |UD w|).  An instance of UD ``u``
    on the new version, in flight, starting or timed out needs the walk to have reached ``u``; one
    timed out in a UD the walk has left needs that UD completed; a rollback only begins once the
    UD it waited for is complete, so in a rollback every UD it still has to turn back was completed
    forward, and the rollback request is one more step.
    """
    lay = layout(policy)
    by = v.by_ud
    cu = s.current_ud
    cost = _costs(L, lay, by)
    reach = {u: _sum(L, [1, *(cost[w] for w in lay.uds if w < u)]) for u in lay.uds}
    forward = L.and_(v.in_place, L.not_(s.rollback))
    out = [("clock: a waiting rollback costs its request on top of the forward walk",
            L.implies(s.rollback_pending, 2 + done + stage <= t))]
    k = policy.upgrade_domains
    for r, n in enumerate(policy.counts):
        # The health gate keeps a role online up to the rollback, unless a former update left its
        # instances timed out, which costs that update's walk up to the role's last UD.
        if n == ANY:  # the role's UDs that hold instances are 0..some last one
            cells = {u: s.size[i] for i, (q, u) in enumerate(lay.cells) if q == r}
            full_last = _sum(L, [1, *(L.ite(cells[w] >= 1, cost[w], 0) for w in lay.uds)])
        else:
            last = min(n, k) - 1
            full_last = _sum(L, [1, *(cost[w] for w in lay.uds if w <= last)])
        bound = _at(full_last + 2, f"reach(past the last UD of {policy.role_names[r]}) + 2")
        out.append((f"clock: a rollback starts with role {policy.role_names[r]} all offline ⇒ t ≥ {bound}",
                    L.implies(L.and_(s.rollback, cu == 0, L.not_(s.during), v.online_by_role[r] == 0), t >= full_last + 2)))
    for u in lay.uds:
        here = L.and_(s.during, cu == u)
        tout = _timed_out_in(L, lay, s, u)
        touched = by.offline[u] + by.new[u]  # not online on the old version
        full = reach[u] + cost[u]  # UD u walked forward and completed: reach(u + 1)
        ahead = L.or_(u > cu, L.and_(u == cu, L.not_(s.during)))  # the walk has not reached it
        out += [
            (f"clock: UD {u}: an in-place update with new code in it ⇒ t ≥ {_at(reach[u] + 3, f'reach({u}) + 3')}",
             L.implies(L.and_(v.in_place, by.new[u] >= 1), t >= reach[u] + 3)),
            (f"clock: UD {u}: in flight ⇒ t ≥ {_at(reach[u] + 1, f'reach({u}) + 1')}", L.implies(by.in_flight[u] >= 1, t >= reach[u] + 1)),
            (f"clock: UD {u}: updating or starting ⇒ t ≥ {_at(reach[u] + 2, f'reach({u}) + 2')}",
             L.implies(by.updating[u] + by.starting[u] >= 1, t >= reach[u] + 2)),
            (f"clock: UD {u}: timed out ⇒ t ≥ {_at(reach[u] + 4, f'reach({u}) + 4')}", L.implies(tout >= 1, t >= reach[u] + 4)),
            (f"clock: UD {u}: timed out and left by the walk ⇒ t ≥ {_at(full, f'reach({u + 1})')}",
             L.implies(L.and_(tout >= 1, L.not_(here)), t >= full)),
            (f"clock: UD {u}: a rollback with it not yet back on the old version ⇒ t ≥ {_at(full + 1, f'reach({u + 1}) + 1')}",
             L.implies(L.and_(s.rollback, touched >= 1), t >= full + 1)),
            (f"clock: UD {u}: timed out outside an in-place forward update ⇒ t ≥ {_at(full, f'reach({u + 1})')}",
             L.implies(L.and_(tout >= 1, L.or_(L.not_(v.in_place), s.rollback)), t >= full)),
            (f"clock: UD {u}: timed out ahead of a forward walk (a former update's) ⇒ t ≥ {_at(full + 1, f'reach({u + 1}) + 1')}",
             L.implies(L.and_(tout >= 1, forward, ahead), t >= full + 1)),
            (f"clock: UD {u}: timed out ahead of a forward walk ⇒ the former update ({_at(full, f'reach({u + 1})')}) + the request + this walk ≤ t",
             L.implies(L.and_(tout >= 1, forward, ahead), full + 1 + done + stage <= t)),
            (f"clock: UD {u}: a rollback that has walked on with it not yet back on the old version ⇒ t ≥ {_at(full + 2, f'reach({u + 1}) + 2')}",
             L.implies(L.and_(s.rollback, L.or_(s.during, cu >= 1), touched >= 1), t >= full + 2)),
            (f"clock: UD {u}: timed out on the old version ahead of a rollback (a former update's) ⇒ t ≥ {_at(full + 2, f'reach({u + 1}) + 2')}",
             L.implies(L.and_(s.rollback, ahead, _timed_out_in(L, lay, s, u, OLD) >= 1), t >= full + 2)),
        ]
    return out

