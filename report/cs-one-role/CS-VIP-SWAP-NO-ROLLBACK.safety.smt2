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
; cnt11 = Cls(role=0, ud=0, loc=Loc(phase=<Phase.STARTING: 3>, config=1, landing=0, timed_out=False))
; cnt12 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.ONLINE: 0>, config=0, landing=0, timed_out=False))
; cnt13 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.ONLINE: 0>, config=1, landing=0, timed_out=False))
; cnt14 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.STOPPED: 1>, config=0, landing=0, timed_out=False))
; cnt15 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.STOPPED: 1>, config=0, landing=1, timed_out=False))
; cnt16 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.STOPPED: 1>, config=1, landing=0, timed_out=False))
; cnt17 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.STOPPED: 1>, config=1, landing=1, timed_out=False))
; cnt18 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.UPDATING: 2>, config=0, landing=0, timed_out=False))
; cnt19 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.UPDATING: 2>, config=0, landing=1, timed_out=False))
; cnt20 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.UPDATING: 2>, config=1, landing=0, timed_out=False))
; cnt21 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.UPDATING: 2>, config=1, landing=1, timed_out=False))
; cnt22 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.STARTING: 3>, config=0, landing=0, timed_out=False))
; cnt23 = Cls(role=0, ud=1, loc=Loc(phase=<Phase.STARTING: 3>, config=1, landing=0, timed_out=False))
; cnt24 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.ONLINE: 0>, config=0, landing=0, timed_out=False))
; cnt25 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.ONLINE: 0>, config=1, landing=0, timed_out=False))
; cnt26 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=0, landing=0, timed_out=False))
; cnt27 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=0, landing=1, timed_out=False))
; cnt28 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=1, landing=0, timed_out=False))
; cnt29 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STOPPED: 1>, config=1, landing=1, timed_out=False))
; cnt30 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=0, landing=0, timed_out=False))
; cnt31 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=0, landing=1, timed_out=False))
; cnt32 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=1, landing=0, timed_out=False))
; cnt33 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.UPDATING: 2>, config=1, landing=1, timed_out=False))
; cnt34 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STARTING: 3>, config=0, landing=0, timed_out=False))
; cnt35 = Cls(role=1, ud=0, loc=Loc(phase=<Phase.STARTING: 3>, config=1, landing=0, timed_out=False))
(set-logic QF_LIA)
(set-info :status unknown)
(declare-fun increases_local@p0 () Bool)
(declare-fun cnt22@p0 () Int)
(declare-fun cnt19@p0 () Int)
(declare-fun cnt18@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun rollback_pending@p0 () Bool)
(declare-fun rollback@p0 () Bool)
(declare-fun kind@p0 () Int)
(declare-fun active@p0 () Bool)
(declare-fun deleted@p0 () Bool)
(assert
 (let (($x35 (not increases_local@p0)))
 (let ((?x32 (+ cnt0@p0 cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt12@p0 cnt14@p0 cnt15@p0 cnt18@p0 cnt19@p0 cnt22@p0)))
 (let (($x33 (>= ?x32 1)))
 (let (($x11 (not deleted@p0)))
 (let (($x36 (and $x11 active@p0 (and active@p0 (= kind@p0 0)) (and (not rollback@p0) (not rollback_pending@p0)) $x33 $x35)))
 (let (($x8 (= kind@p0 1)))
 (let (($x9 (and active@p0 $x8)))
 (let (($x38 (=> $x9 (not $x36))))
 (and $x38))))))))))
(push 1)
(assert
 (let (($x35 (not increases_local@p0)))
(let ((?x32 (+ cnt0@p0 cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt12@p0 cnt14@p0 cnt15@p0 cnt18@p0 cnt19@p0 cnt22@p0)))
(let (($x33 (>= ?x32 1)))
(let (($x11 (not deleted@p0)))
(let (($x36 (and $x11 active@p0 (and active@p0 (= kind@p0 0)) (and (not rollback@p0) (not rollback_pending@p0)) $x33 $x35)))
(let (($x8 (= kind@p0 1)))
(let (($x9 (and active@p0 $x8)))
(let (($x38 (=> $x9 (not $x36))))
(not $x38))))))))))
(check-sat)
(pop 1)
