"""A small rolling-upgrade orchestrator for a scale set, written as a service would be: plain Python,
its own vocabulary, no knowledge of rollproof's model.

The world calls its handlers (``start_upgrade``, ``instance_upgraded``, ``probe_wait_over``,
``cancel``, ``instance_down``, ``instance_up``); ``tick`` runs its control loop once and returns
what it did: ``("check", {})`` (the health pre-check before a batch), ``("start_batch", {"ids":
[…]})`` and ``("end_batch", {})``.  Each batch is at most ``max_batch_percent`` of the set (at least
one instance); before each batch, more than ``max_unhealthy_percent`` of the set unhealthy faults the
upgrade; after each batch, so does that many unhealthy, or more than
``max_unhealthy_upgraded_percent`` of the upgraded instances unhealthy.

``RollingOrchestrator`` counts every unhealthy instance in its health checks.
``FirstDraftOrchestrator`` is how it was first written: its checks count only the instances whose
upgrade failed (the failures it recorded itself), so an instance that went down for another reason,
such as host maintenance, counts as healthy, and a batch starts although too much of the set is down.
"""

from __future__ import annotations

from dataclasses import dataclass, field

IDLE, ROLLING_FORWARD, COMPLETED, CANCELLED, FAULTED = "Idle", "RollingForward", "Completed", "Cancelled", "Faulted"


@dataclass
class Vm:
    image: str = "old"
    healthy: bool = True
    upgrading: bool = False
    attempted: bool = False  # by the upgrade in progress (or the last one)


@dataclass
class RollingOrchestrator:
    size: int
    max_batch_percent: int = 20
    max_unhealthy_percent: int = 20
    max_unhealthy_upgraded_percent: int = 20
    down_at_start: tuple[int, ...] = ()
    vms: list[Vm] = field(default_factory=list)
    status: str = IDLE
    batch: list[int] = field(default_factory=list)
    checked: bool = False
    waited: bool = False
    cancelling: bool = False
    batches: int = 0

    def __post_init__(self) -> None:
        self.vms = [Vm(healthy=i not in self.down_at_start) for i in range(self.size)]

    # ---------------------------------------------------------------------------------------
    # What it counts

    def batch_size(self) -> int:
        return max(1, self.max_batch_percent * self.size // 100)

    def pending(self) -> list[int]:
        return [i for i, vm in enumerate(self.vms) if not vm.upgrading and not vm.attempted and vm.image != "new"]

    def unhealthy_count(self) -> int:
        """Instances the health checks count as unhealthy: down, or being upgraded."""
        return sum(1 for vm in self.vms if not vm.healthy or vm.upgrading)

    def failed(self) -> int:
        return sum(1 for vm in self.vms if vm.attempted and not vm.upgrading and (not vm.healthy or vm.image != "new"))

    def upgraded(self) -> int:
        return sum(1 for vm in self.vms if vm.attempted and not vm.upgrading)

    def too_unhealthy(self) -> bool:
        return 100 * self.unhealthy_count() > self.max_unhealthy_percent * self.size

    # ---------------------------------------------------------------------------------------
    # Handlers: what the world does

    def start_upgrade(self) -> None:
        if self.status == ROLLING_FORWARD:
            return
        for vm in self.vms:
            vm.attempted = False
        self.status, self.batch, self.checked, self.waited, self.cancelling, self.batches = (
            ROLLING_FORWARD, [], False, False, False, 0)

    def instance_upgraded(self, i: int, healthy: bool) -> None:
        vm = self.vms[i]
        vm.image, vm.upgrading, vm.healthy = "new", False, healthy

    def probe_wait_over(self) -> None:
        self.waited = True

    def cancel(self) -> None:
        if self.status != ROLLING_FORWARD or self.cancelling:
            return
        self.cancelling = True
        if not self.batch:
            self.status, self.checked = CANCELLED, False

    def instance_down(self, i: int) -> None:
        self.vms[i].healthy = False

    def instance_up(self, i: int) -> None:
        self.vms[i].healthy = True

    # ---------------------------------------------------------------------------------------
    # The control loop

    def tick(self) -> list[tuple[str, dict]]:
        if self.status != ROLLING_FORWARD:
            return []
        if not self.batch:
            done: list[tuple[str, dict]] = []
            if not self.checked:
                done.append(("check", {}))
                if not self.pending():
                    self.status = COMPLETED
                    return done
                if self.too_unhealthy():
                    self.status = FAULTED
                    return done
                self.checked = True
            ids = self.pending()[: self.batch_size()]
            for i in ids:
                self.vms[i].upgrading = self.vms[i].attempted = True
            self.batch, self.checked, self.waited, self.batches = ids, False, False, self.batches + 1
            done.append(("start_batch", {"ids": list(ids)}))
            return done
        if any(self.vms[i].upgrading for i in self.batch) or not self.waited:
            return []  # the batch is still upgrading, or its probe wait is not over
        if self.cancelling:
            self.status = CANCELLED
        elif self.too_unhealthy() or 100 * self.failed() > self.max_unhealthy_upgraded_percent * self.upgraded():
            self.status = FAULTED
        elif not self.pending():
            self.status = COMPLETED
        self.batch, self.waited, self.checked = [], False, False
        return [("end_batch", {})]


class FirstDraftOrchestrator(RollingOrchestrator):
    """The first draft: its health checks count only the instances whose upgrade failed."""

    def unhealthy_count(self) -> int:
        return sum(1 for vm in self.vms if vm.attempted and not vm.healthy) + sum(1 for vm in self.vms if vm.upgrading)
