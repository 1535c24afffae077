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
; benchmark generated from python API
(set-info :status unknown)
(declare-fun t@pre () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun stop_tripped@p0 () Bool)
(declare-fun batches_started@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun waited@p0 () Bool)
(declare-fun checked@p0 () Bool)
(declare-fun status@p0 () Int)
(assert
 (let (($x69 (= t@pre 0)))
 (let ((?x61 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x66 (= ?x61 1)))
 (let ((?x58 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x60 (= ?x58 1)))
 (let (($x57 (= cnt13@p0 0)))
 (let (($x56 (= cnt12@p0 0)))
 (let (($x55 (= cnt11@p0 0)))
 (let (($x54 (= cnt10@p0 0)))
 (let (($x53 (= cnt9@p0 0)))
 (let (($x52 (= cnt8@p0 0)))
 (let (($x51 (= cnt7@p0 0)))
 (let (($x50 (= cnt6@p0 0)))
 (let (($x49 (= cnt5@p0 0)))
 (let (($x48 (= cnt4@p0 0)))
 (let (($x47 (= cnt2@p0 0)))
 (let (($x46 (= cnt1@p0 0)))
 (let (($x45 (>= cnt13@p0 0)))
 (let (($x43 (>= cnt12@p0 0)))
 (let (($x41 (>= cnt11@p0 0)))
 (let (($x39 (>= cnt10@p0 0)))
 (let (($x37 (>= cnt9@p0 0)))
 (let (($x35 (>= cnt8@p0 0)))
 (let (($x33 (>= cnt7@p0 0)))
 (let (($x31 (>= cnt6@p0 0)))
 (let (($x29 (>= cnt5@p0 0)))
 (let (($x27 (>= cnt4@p0 0)))
 (let (($x25 (>= cnt3@p0 0)))
 (let (($x23 (>= cnt2@p0 0)))
 (let (($x21 (>= cnt1@p0 0)))
 (let (($x19 (>= cnt0@p0 0)))
 (let (($x17 (not stop_tripped@p0)))
 (let (($x15 (= batches_started@p0 0)))
 (let (($x13 (not cancel_requested@p0)))
 (let (($x11 (not waited@p0)))
 (let (($x9 (not checked@p0)))
 (let (($x7 (= status@p0 0)))
 (let (($x65 (and $x7 $x9 $x11 $x13 $x15 $x17 $x19 $x21 $x23 $x25 $x27 $x29 $x31 $x33 $x35 $x37 $x39 $x41 $x43 $x45 $x46 $x47 $x48 $x49 $x50 $x51 $x52 $x53 $x54 $x55 $x56 $x57 $x60 (and (>= ?x61 0) (<= ?x61 1)))))
 (and (and $x65 $x66) $x69))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x61 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
(let (($x110 (>= ?x61 1)))
(let (($x9 (not checked@p0)))
(let (($x15 (= batches_started@p0 0)))
(let (($x94 (= status@p0 1)))
(let (($x107 (not $x94)))
(let ((?x99 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0)))
(let (($x100 (= ?x99 0)))
(let (($x106 (= (+ cnt8@p0 cnt11@p0) 0)))
(let (($x102 (= (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0) 0)))
(let (($x103 (and $x100 $x102 $x15)))
(let (($x7 (= status@p0 0)))
(let (($x97 (>= batches_started@p0 1)))
(let ((?x92 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
(let (($x96 (>= ?x92 1)))
(let (($x95 (or (= ?x92 0) $x94)))
(let ((?x58 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
(let (($x60 (= ?x58 1)))
(let (($x45 (>= cnt13@p0 0)))
(let (($x43 (>= cnt12@p0 0)))
(let (($x41 (>= cnt11@p0 0)))
(let (($x39 (>= cnt10@p0 0)))
(let (($x37 (>= cnt9@p0 0)))
(let (($x35 (>= cnt8@p0 0)))
(let (($x33 (>= cnt7@p0 0)))
(let (($x31 (>= cnt6@p0 0)))
(let (($x29 (>= cnt5@p0 0)))
(let (($x27 (>= cnt4@p0 0)))
(let (($x25 (>= cnt3@p0 0)))
(let (($x23 (>= cnt2@p0 0)))
(let (($x21 (>= cnt1@p0 0)))
(let (($x19 (>= cnt0@p0 0)))
(let (($x91 (and $x19 $x21 $x23 $x25 $x27 $x29 $x31 $x33 $x35 $x37 $x39 $x41 $x43 $x45)))
(let (($x90 (not (= status@p0 2))))
(let (($x111 (and $x90 $x91 $x60 $x95 (=> $x96 $x97) (=> $x7 $x103) $x106 (=> $x15 (or $x100 $x107)) $x15 $x9 $x110)))
(not $x111)))))))))))))))))))))))))))))))))))))
(check-sat)
