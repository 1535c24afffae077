; cntJ@p0: instances in class J before the step.  The consecution and safety scripts have a
; case (a push/pop scope) for each action act@p0 = a below, in order, its successor written out
; in these terms; an action whose guard is false under the policy has the case (and (= act@p0 a) false).
; An action whose successor branches on a field (the walk on current_ud and rollback, an update or
; a start on its UD ud@p0) has a case per value of it, each stating its value (and, for an integer,
; one for none of the values); together they are the action's one case.
; t@pre: the ghost step clock
; act@p0 = 0: operator_requests_update
; act@p0 = 1: operator_changes_configuration
; act@p0 = 2: operator_rolls_back
; act@p0 = 3: operator_deletes_deployment
; act@p0 = 4: fabric_walks_ud
; act@p0 = 5: operator_walks_ud
; act@p0 = 6: fabric_updates_ud
; act@p0 = 7: fabric_starts_ud
; act@p0 = 8: instance_comes_online
; act@p0 = 9: instance_start_times_out
; act@p0 = 10: instance_crashes
; act@p0 = 11: fabric_completes_ud
; act@p0 = 12: fabric_swaps_vip
; cnt0 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.ONLINE: 0>, config=0, landing=0, timed_out=False))
; cnt1 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.ONLINE: 0>, config=1, landing=0, timed_out=False))
; cnt2 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=0, landing=0, timed_out=False))
; cnt3 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=0, landing=1, timed_out=False))
; cnt4 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=1, landing=0, timed_out=False))
; cnt5 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=1, landing=1, timed_out=False))
; cnt6 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=0, landing=0, timed_out=False))
; cnt7 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=0, landing=1, timed_out=False))
; cnt8 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=1, landing=0, timed_out=False))
; cnt9 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=1, landing=1, timed_out=False))
; cnt10 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.STARTING: 3>, config=0, landing=0, timed_out=False))
; cnt11 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.STARTING: 3>, config=0, landing=0, timed_out=True))
; cnt12 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.STARTING: 3>, config=1, landing=0, timed_out=False))
; cnt13 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.STARTING: 3>, config=1, landing=0, timed_out=True))
; cnt14 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.ONLINE: 0>, config=0, landing=0, timed_out=False))
; cnt15 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.ONLINE: 0>, config=1, landing=0, timed_out=False))
; cnt16 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=0, landing=0, timed_out=False))
; cnt17 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=0, landing=1, timed_out=False))
; cnt18 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=1, landing=0, timed_out=False))
; cnt19 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=1, landing=1, timed_out=False))
; cnt20 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=0, landing=0, timed_out=False))
; cnt21 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=0, landing=1, timed_out=False))
; cnt22 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=1, landing=0, timed_out=False))
; cnt23 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=1, landing=1, timed_out=False))
; cnt24 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STARTING: 3>, config=0, landing=0, timed_out=False))
; cnt25 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STARTING: 3>, config=0, landing=0, timed_out=True))
; cnt26 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STARTING: 3>, config=1, landing=0, timed_out=False))
; cnt27 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STARTING: 3>, config=1, landing=0, timed_out=True))
(set-logic QF_LIA)
(set-info :status unknown)
(declare-fun cnt15@p0 () Int)
(declare-fun current_ud@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun rollback@p0 () Bool)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun during@p0 () Bool)
(declare-fun kind@p0 () Int)
(declare-fun active@p0 () Bool)
(declare-fun deleted@p0 () Bool)
(assert
 (let ((?x30 (ite rollback@p0 (ite (> current_ud@p0 0) cnt14@p0 0) (ite (> current_ud@p0 0) cnt15@p0 0))))
 (let ((?x24 (ite rollback@p0 (ite (> current_ud@p0 0) cnt0@p0 0) (ite (> current_ud@p0 0) cnt1@p0 0))))
 (let (($x17 (= current_ud@p0 0)))
 (let (($x16 (< current_ud@p0 1)))
 (let (($x13 (not during@p0)))
 (let (($x6 (not deleted@p0)))
 (let (($x35 (and $x6 (and active@p0 (= kind@p0 0)) $x13 $x16 (not (or $x17 (and (>= ?x24 1) (>= ?x30 1)))))))
 (let (($x36 (not $x35)))
 (and $x36 (and (>= current_ud@p0 0) $x16) $x36))))))))))
(push 1)
(assert
 (let ((?x30 (ite rollback@p0 (ite (> current_ud@p0 0) cnt14@p0 0) (ite (> current_ud@p0 0) cnt15@p0 0))))
(let ((?x24 (ite rollback@p0 (ite (> current_ud@p0 0) cnt0@p0 0) (ite (> current_ud@p0 0) cnt1@p0 0))))
(let (($x17 (= current_ud@p0 0)))
(let (($x16 (< current_ud@p0 1)))
(let (($x13 (not during@p0)))
(let (($x6 (not deleted@p0)))
(let (($x35 (and $x6 (and active@p0 (= kind@p0 0)) $x13 $x16 (not (or $x17 (and (>= ?x24 1) (>= ?x30 1)))))))
(let (($x36 (not $x35)))
(not $x36))))))))))
(check-sat)
(pop 1)
