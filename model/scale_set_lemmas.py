"""The prover's candidate invariants for the scale set's counting model, in its own words.

``lemmas`` guess over a state and its view; ``clock_lemmas`` bound the progress after ``t`` steps.
Houdini keeps the subset that is inductive; a guess is never an assumption.
"""

from __future__ import annotations

from typing import Any

from rollproof.model.logic import Logic
from rollproof.model.scale_set import ScaleSetPolicy
from rollproof.model.scale_set_abstraction import Counts, Stage, View, _sum, classes_of, ud_size
from rollproof.model.scale_set_rules import NEW, OLD, Status, domains, surges

def lemmas(L: Logic, policy: ScaleSetPolicy, s: Counts, v: View) -> list[tuple[str, Any]]:
    """Candidate invariants in the model's vocabulary, for the prover to keep or drop.

    The prover keeps the subset that holds initially and is preserved by every step (Houdini), and
    prints the kept ones as the certificate.  A candidate here is a guess, never an assumption.
    """
    S = Status
    rf, idle_st = s.status == int(S.ROLLING_FORWARD), s.status == int(S.IDLE)
    b = v.b
    out = [
        ("counts are non-negative", L.and_(*(x >= 0 for x in s.cnt))),
        ("total = N", v.total == v.n),
        ("N ≥ 1", v.n >= 1),
        ("status is a V6 code", L.and_(s.status >= 0, s.status <= int(S.FAULTED))),
        ("batches_started ≥ 0", s.batches_started >= 0),
        ("a batch is in flight only while RollingForward", L.or_(v.in_batch == 0, rf)),
        ("checked ⇒ RollingForward at a batch boundary", L.implies(s.checked, L.and_(rf, v.in_batch == 0))),
        ("waited ⇒ the batch in flight has finished", L.implies(s.waited, L.and_(v.in_batch >= 1, v.upgrading == 0))),
        ("a batch in flight was started", L.implies(v.in_batch >= 1, s.batches_started >= 1)),
        ("cancel requested ⇒ RollingForward or Cancelled",
         L.implies(s.cancel_requested, L.or_(rf, s.status == int(S.CANCELLED)))),
        ("cancel requested while RollingForward ⇒ a batch is in flight",
         L.implies(L.and_(s.cancel_requested, rf), v.in_batch >= 1)),
        ("stop rule tripped ⇒ Faulted or Cancelled",
         L.implies(s.stop_tripped, L.or_(s.status == int(S.FAULTED), s.status == int(S.CANCELLED)))),
        ("Idle ⇒ nothing attempted, nothing new", L.implies(idle_st, L.and_(v.attempted == 0, v.on_new == 0, s.batches_started == 0))),
        ("Completed ⇒ nothing pending", L.implies(s.status == int(S.COMPLETED), v.pending == 0)),
        ("Completed ⇒ every instance attempted", L.implies(s.status == int(S.COMPLETED), v.attempted == v.n)),
        ("no instance is on the new image unless this upgrade attempted it",
         _sum(L, s, classes_of(policy), lambda c: c.stage == Stage.FRESH and c.image == NEW) == 0),
        ("new image ⇒ attempted by this upgrade, or by an earlier one",
         L.implies(s.batches_started == 0, L.or_(v.attempted == 0, L.not_(rf)))),
        ("every attempted instance is in some batch: attempted ≥ batches_started",
         v.attempted >= s.batches_started),
        ("the batch in flight fits in b", v.in_batch <= b),
        ("batches so far fit in b each: attempted ≤ b·batches_started", v.attempted <= b * s.batches_started),
        ("batches before the last were full: attempted ≥ b·(batches_started − 1) + 1 or none",
         L.or_(s.batches_started == 0, v.attempted >= b * (s.batches_started - 1) + 1)),
        ("every batch so far was full: attempted ≥ b·batches_started, or nothing is left pending (batch_fill = full)",
         L.or_(v.attempted >= b * s.batches_started, v.pending == 0)),
        ("no data disk lost", v.data_lost == 0),
        ("no idle instance on an image its OS disk was not built from", v.disk_mismatch == 0),
        ("at most one update domain upgrading", v.uds_upgrading <= 1),
        ("pending + attempted ≤ N", v.pending + v.attempted <= v.n),
        ("every instance not on the new image is pending or failed", v.not_on_target <= v.pending + v.failed + v.in_progress),
        ("no attempted instance is back on the old image",
         _sum(L, s, classes_of(policy), lambda c: c.idle and c.stage != Stage.FRESH and c.image == OLD) == 0),
        ("no upgraded instance is unhealthy", v.failed == 0),
        ("nothing is unhealthy", v.sick == 0),
        ("unhealthy ≤ the pre-check allowance while no batch is in flight",
         L.implies(v.in_batch == 0, 100 * v.unhealthy <= policy.max_unhealthy_instance_percent * v.n)),
        ("a passed pre-check still holds until the batch starts: checked ⇒ unhealthy within the allowance",
         L.implies(s.checked, 100 * v.unhealthy <= policy.max_unhealthy_instance_percent * v.n)),
        ("the upgraded gate holds at a batch boundary",
         L.implies(L.and_(rf, v.in_batch == 0),
                   100 * v.failed <= policy.max_unhealthy_upgraded_instance_percent * v.upgraded)),
        ("at most one batch started", s.batches_started <= 1),
        ("no batch started", s.batches_started == 0),
        ("never checked", L.not_(s.checked)),
        ("some instance is unhealthy", v.sick >= 1),
        ("failed ≤ b", v.failed <= b),
        ("failed = upgraded (every attempt failed)", v.failed == v.upgraded),
        ("no cancel requested", L.not_(s.cancel_requested)),
        ("the stop rule never tripped", L.not_(s.stop_tripped)),
        ("sick instances within the pre-check allowance: 100·sick ≤ p_unhealthy·N",
         100 * v.sick <= policy.max_unhealthy_instance_percent * v.n),
        ("not Faulted", s.status != int(S.FAULTED)),
        ("never stuck: rolling forward, some orchestrator or instance step is enabled", L.not_(v.stuck)),
        ("not Cancelled", s.status != int(S.CANCELLED)),
        ("not Completed", s.status != int(S.COMPLETED)),
        ("unhealthy instances never exceed one", v.sick <= 1),
    ]
    if domains(policy) > 1 and not policy.service_fabric:  # zones: each holds its share, as UDs do
        k = domains(policy)
        for u in range(k):
            out.append((f"zone {u} holds its share of N",
                        _sum(L, s, classes_of(policy), lambda c, u=u: c.ud == u) == ud_size(L, s.n, u, k)))
    if surges(policy):
        retiring = _sum(L, s, classes_of(policy), lambda c: c.retiring)
        out += [
            ("max_surge: the set holds N plus the batch's new instances", v.total == v.n + v.in_batch),
            ("max_surge: one old instance retiring per new instance of the batch", retiring == v.in_batch),
        ]
    # A guess for every policy: the breach rollback (V6) comes only after a fault; the OS-disk rollback
    # on timeout (V1) breaks it while the upgrade rolls forward, and Houdini then drops it.
    out.append(("no attempted instance is back on the old image while the upgrade rolls forward or is Completed",
                L.implies(L.or_(rf, s.status == int(S.COMPLETED)),
                          _sum(L, s, classes_of(policy), lambda c: c.idle and c.attempted and c.image == OLD) == 0)))
    if policy.credentials_recovery:  # before the renewal the set runs as without it
        before = L.not_(s.credentials_renewed)
        out += [(f"until the credentials are renewed: {name}", L.implies(before, f)) for name, f in list(out)]
        out.append(("no instance is left for the redeploy until the credentials are renewed",
                    L.implies(before, _sum(L, s, classes_of(policy), lambda c: c.redeploy) == 0)))
    if policy.service_fabric:
        k = policy.update_domains
        cs = classes_of(policy)
        touched = []
        for u in range(k):
            size = ud_size(L, s.n, u, k)
            out.append((f"UD {u} holds its share of N", _sum(L, s, cs, lambda c, u=u: c.ud == u) == size))
            tried = _sum(L, s, cs, lambda c, u=u: c.ud == u and c.stage != Stage.FRESH)
            out.append((f"UD {u} is attempted whole or not at all", L.or_(tried == 0, tried == size)))
            touched.append(L.ite(tried > 0, 1, 0))
        out.append(("each batch is another update domain: batches_started ≤ UDs attempted",
                    s.batches_started <= L.sum_(touched)))
    return out


def clock_lemmas(L: Logic, policy: ScaleSetPolicy, s: Counts, v: View, t: Any) -> list[tuple[str, Any]]:
    """Candidate bounds on progress after ``t`` steps from an initial state (``t`` is a ghost clock).

    A batch costs at least a check, a start, one finish per instance, a probe wait and an end, so
    ``5·batches_started + ψ ≤ t`` where ψ says how far the current batch has got (4 without a probe).
    The prover keeps the ones that are inductive; bounded model checking then knows, at depth k,
    that no run of k steps has done more, which prunes every depth too shallow for a hit.
    """
    boundary = v.in_batch == 0
    entry = L.ite(s.checked, 1, 0)
    psi5 = L.ite(boundary, entry, L.ite(v.upgrading >= 1, -3, L.ite(s.waited, -1, -2)))
    psi4 = L.ite(boundary, entry, L.ite(v.upgrading >= 1, -2, -1))
    finished = v.attempted - v.upgrading
    with_probe = L.ite(boundary, entry, L.ite(s.waited, -1, -2))
    no_probe = L.ite(boundary, entry, -1)
    return [
        ("clock: 5·batches_started + ψ ≤ t (check, start, finish, wait, end per batch)", 5 * s.batches_started + psi5 <= t),
        ("clock: 4·batches_started + ψ ≤ t (check, start, finish, end per batch)", 4 * s.batches_started + psi4 <= t),
        ("clock: 4·batches_started + finished + ψ ≤ t (check, start, a finish each, wait, end)",
         4 * s.batches_started + finished + with_probe <= t),
        ("clock: 3·batches_started + finished + ψ ≤ t (check, start, a finish each, end)",
         3 * s.batches_started + finished + no_probe <= t),
        ("clock: attempted + batches_started ≤ t", v.attempted + s.batches_started <= t),
    ]
