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
(declare-fun cancel_requested@p0 () Bool)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun batches_started@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun checked@p0 () Bool)
(assert
 (let (($x27 (not cancel_requested@p0)))
 (let ((?x87 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let ((?x18 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x20 (= ?x18 0)))
 (let (($x90 (=> $x20 (<= (* 100 ?x87) 100))))
 (let (($x85 (= (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt12@p0 cnt13@p0) 0)))
 (let ((?x82 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0)))
 (let (($x83 (>= ?x82 batches_started@p0)))
 (let (($x37 (>= ?x18 1)))
 (let (($x11 (= status@p0 1)))
 (let (($x80 (and cancel_requested@p0 $x11)))
 (let (($x81 (=> $x80 $x37)))
 (let ((?x78 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x79 (= ?x78 2)))
 (let (($x76 (>= cnt13@p0 0)))
 (let (($x75 (>= cnt12@p0 0)))
 (let (($x73 (>= cnt11@p0 0)))
 (let (($x71 (>= cnt10@p0 0)))
 (let (($x70 (>= cnt9@p0 0)))
 (let (($x68 (>= cnt8@p0 0)))
 (let (($x66 (>= cnt7@p0 0)))
 (let (($x65 (>= cnt6@p0 0)))
 (let (($x64 (>= cnt5@p0 0)))
 (let (($x63 (>= cnt4@p0 0)))
 (let (($x61 (>= cnt3@p0 0)))
 (let (($x60 (>= cnt2@p0 0)))
 (let (($x59 (>= cnt1@p0 0)))
 (let (($x57 (>= cnt0@p0 0)))
 (let (($x77 (and $x57 $x59 $x60 $x61 $x63 $x64 $x65 $x66 $x68 $x70 $x71 $x73 $x75 $x76)))
 (let (($x50 (= batches_started@p0 0)))
 (let (($x55 (or $x50 (< (* (- batches_started@p0 1) 1) 2))))
 (let (($x46 (not (and (and $x11 $x37) (= (+ cnt6@p0 cnt7@p0) 0) waited@p0))))
 (let ((?x34 (+ cnt6@p0 cnt7@p0)))
 (let (($x41 (= ?x34 0)))
 (let (($x36 (not (>= ?x34 1))))
 (let (($x31 (>= (+ cnt0@p0 cnt3@p0) 1)))
 (let (($x24 (not (and $x11 $x20 (not checked@p0)))))
 (let (($x47 (and $x11 $x24 (not (and (and $x11 $x20 checked@p0) $x27 $x31)) $x36 (not (and (and $x11 $x37 (not waited@p0)) $x41)) $x46)))
 (let (($x48 (not $x47)))
 (let (($x9 (and (distinct status@p0 3) true)))
 (let (($x7 (and (distinct status@p0 4) true)))
 (let (($x56 (and $x7 $x9 $x48 $x55)))
 (and $x56 $x77 $x79 $x81 $x83 $x85 $x90 $x27))))))))))))))))))))))))))))))))))))))))))))
(push 1)
(assert
 (let (($x50 (= batches_started@p0 0)))
(let (($x55 (or $x50 (< (* (- batches_started@p0 1) 1) 2))))
(let ((?x34 (+ cnt6@p0 cnt7@p0)))
(let (($x41 (= ?x34 0)))
(let ((?x18 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
(let (($x37 (>= ?x18 1)))
(let (($x11 (= status@p0 1)))
(let (($x36 (not (>= ?x34 1))))
(let (($x31 (>= (+ cnt0@p0 cnt3@p0) 1)))
(let (($x27 (not cancel_requested@p0)))
(let (($x24 (not (and $x11 (= ?x18 0) (not checked@p0)))))
(let (($x47 (and $x11 $x24 (not (and (and $x11 (= ?x18 0) checked@p0) $x27 $x31)) $x36 (not (and (and $x11 $x37 (not waited@p0)) $x41)) (not (and (and $x11 $x37) $x41 waited@p0)))))
(let (($x48 (not $x47)))
(let (($x9 (and (distinct status@p0 3) true)))
(let (($x7 (and (distinct status@p0 4) true)))
(let (($x56 (and $x7 $x9 $x48 $x55)))
(not $x56))))))))))))))))))
(check-sat)
(pop 1)
