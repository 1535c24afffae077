; cntJ@p0: instances in class J before the step.  The consecution and safety scripts have a
; case (a push/pop scope) for each action act@p0 = a below, in order, its successor written out
; in these terms; an action whose guard is false under the policy has the case (and (= act@p0 a) false).
; An action whose successor branches on a field (the walk on current_ud and rollback, an update or
; a start on its UD ud@p0) has a case per value of it, each stating its value (and, for an integer,
; one for none of the values); together they are the action's one case.
; t@pre: the ghost step clock
; act@p0 = 0: orchestrator_starts_upgrade
; act@p0 = 1: orchestrator_checks_health
; act@p0 = 2: orchestrator_starts_batch
; act@p0 = 3: instance_finishes_upgrade
; act@p0 = 4: probe_wait_expires
; act@p0 = 5: orchestrator_ends_batch
; act@p0 = 6: operator_cancels
; act@p0 = 7: maintenance_takes_down
; act@p0 = 8: instance_recovers
; act@p0 = 9: instance_approves_upgrade
; act@p0 = 10: orchestrator_rolls_back_failed
; act@p0 = 11: operator_renews_credentials
; cnt0 = old image, old OS disk, healthy, fresh, data disks intact, UD 0
; cnt1 = old image, old OS disk, healthy, done, data disks intact, UD 0
; cnt2 = old image, old OS disk, healthy, finished, data disks intact, UD 0
; cnt3 = old image, old OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt4 = old image, old OS disk, unhealthy, done, data disks intact, UD 0
; cnt5 = old image, old OS disk, unhealthy, finished, data disks intact, UD 0
; cnt6 = old image, new OS disk, healthy, upgrading, data disks intact, UD 0
; cnt7 = old image, new OS disk, unhealthy, upgrading, data disks intact, UD 0
; cnt8 = new image, new OS disk, healthy, fresh, data disks intact, UD 0
; cnt9 = new image, new OS disk, healthy, done, data disks intact, UD 0
; cnt10 = new image, new OS disk, healthy, finished, data disks intact, UD 0
; cnt11 = new image, new OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt12 = new image, new OS disk, unhealthy, done, data disks intact, UD 0
; cnt13 = new image, new OS disk, unhealthy, finished, data disks intact, UD 0
(set-logic QF_LIA)
(set-info :status unknown)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun batches_started@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt0@p0 () Int)
(assert
 (let ((?x65 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x66 (>= ?x65 1)))
 (let (($x64 (not checked@p0)))
 (let (($x55 (= batches_started@p0 0)))
 (let (($x44 (= status@p0 1)))
 (let (($x60 (not $x44)))
 (let ((?x51 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0)))
 (let (($x52 (= ?x51 0)))
 (let (($x62 (=> $x55 (or $x52 $x60))))
 (let (($x59 (= (+ cnt8@p0 cnt11@p0) 0)))
 (let (($x54 (= (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0) 0)))
 (let (($x56 (and $x52 $x54 $x55)))
 (let (($x50 (= status@p0 0)))
 (let (($x57 (=> $x50 $x56)))
 (let (($x48 (>= batches_started@p0 1)))
 (let ((?x42 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x46 (>= ?x42 1)))
 (let (($x49 (=> $x46 $x48)))
 (let (($x45 (or (= ?x42 0) $x44)))
 (let ((?x39 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x41 (= ?x39 1)))
 (let (($x37 (>= cnt13@p0 0)))
 (let (($x35 (>= cnt12@p0 0)))
 (let (($x33 (>= cnt11@p0 0)))
 (let (($x31 (>= cnt10@p0 0)))
 (let (($x29 (>= cnt9@p0 0)))
 (let (($x27 (>= cnt8@p0 0)))
 (let (($x25 (>= cnt7@p0 0)))
 (let (($x23 (>= cnt6@p0 0)))
 (let (($x21 (>= cnt5@p0 0)))
 (let (($x19 (>= cnt4@p0 0)))
 (let (($x17 (>= cnt3@p0 0)))
 (let (($x15 (>= cnt2@p0 0)))
 (let (($x13 (>= cnt1@p0 0)))
 (let (($x11 (>= cnt0@p0 0)))
 (let (($x38 (and $x11 $x13 $x15 $x17 $x19 $x21 $x23 $x25 $x27 $x29 $x31 $x33 $x35 $x37)))
 (let (($x7 (= status@p0 2)))
 (let (($x8 (not $x7)))
 (and $x8 $x38 $x41 $x45 $x49 $x57 $x59 $x62 $x55 $x64 $x66))))))))))))))))))))))))))))))))))))))))
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
(let (($x8 (not $x7)))
(not $x8))))
(check-sat)
(pop 1)
