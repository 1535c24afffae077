"""The adapter between rollproof's scale-set model and the example orchestrator
(``rollproof.conformance.ScaleSetAdapter``): the model's actions as the orchestrator's handlers, its
steps as the model's actions, its state as the model's observables."""

from __future__ import annotations

from typing import Any

from rollproof.model.core import Action

STATUS = {"Idle": 0, "RollingForward": 1, "Completed": 2, "Cancelled": 3, "Faulted": 4}


class OrchestratorAdapter:
    def __init__(self, orchestrator_class: type) -> None:
        self.orchestrator_class = orchestrator_class
        self.o: Any = None

    def start(self, state: Any) -> None:
        p = state.policy
        self.o = self.orchestrator_class(
            size=state.n, max_batch_percent=p.max_batch_instance_percent,
            max_unhealthy_percent=p.max_unhealthy_instance_percent,
            max_unhealthy_upgraded_percent=p.max_unhealthy_upgraded_instance_percent,
            down_at_start=tuple(i for i, x in enumerate(state.instances) if not x.healthy))

    def perform(self, action: Action) -> None:
        a = action.kwargs
        {
            "orchestrator_starts_upgrade": lambda: self.o.start_upgrade(),
            "instance_finishes_upgrade": lambda: self.o.instance_upgraded(a["i"], a["healthy"]),
            "probe_wait_expires": lambda: self.o.probe_wait_over(),
            "operator_cancels": lambda: self.o.cancel(),
            "maintenance_takes_down": lambda: self.o.instance_down(a["i"]),
            "instance_recovers": lambda: self.o.instance_up(a["i"]),
        }[action.name]()

    def step(self) -> list[Action]:
        names = {"check": "orchestrator_checks_health", "start_batch": "orchestrator_starts_batch",
                 "end_batch": "orchestrator_ends_batch"}
        out = []
        for what, args in self.o.tick():
            if what == "start_batch":
                out.append(Action.of(names[what], chosen=frozenset(args["ids"])))
            else:
                out.append(Action.of(names[what]))
        return out

    def observe(self) -> dict[str, Any]:
        o = self.o
        vms = o.vms
        return {
            "instances": len(vms),
            "status": STATUS[o.status],
            "upgrading": sum(vm.upgrading for vm in vms),
            "unhealthy": sum(not vm.healthy for vm in vms),
            "on_new": sum(vm.image == "new" for vm in vms),
            "in_batch": len(o.batch),
            "failed": o.failed(),
            "pending": len(o.pending()),
            "successful": sum(1 for vm in vms if not vm.upgrading and vm.image == "new" and (vm.healthy or not vm.attempted)),
            "batches_started": o.batches,
        }
