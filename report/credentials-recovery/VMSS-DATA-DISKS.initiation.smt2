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
; cnt1 = old image, old OS disk, healthy, fresh, data disks intact, UD 0
; cnt2 = old image, old OS disk, healthy, done, data disks intact, UD 0
; cnt3 = old image, old OS disk, healthy, done, data disks intact, UD 0
; cnt4 = old image, old OS disk, healthy, finished, data disks intact, UD 0
; cnt5 = old image, old OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt6 = old image, old OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt7 = old image, old OS disk, unhealthy, done, data disks intact, UD 0
; cnt8 = old image, old OS disk, unhealthy, done, data disks intact, UD 0
; cnt9 = old image, old OS disk, unhealthy, finished, data disks intact, UD 0
; cnt10 = old image, new OS disk, healthy, upgrading, data disks intact, UD 0
; cnt11 = old image, new OS disk, unhealthy, upgrading, data disks intact, UD 0
; cnt12 = new image, new OS disk, healthy, fresh, data disks intact, UD 0
; cnt13 = new image, new OS disk, healthy, fresh, data disks intact, UD 0
; cnt14 = new image, new OS disk, healthy, done, data disks intact, UD 0
; cnt15 = new image, new OS disk, healthy, done, data disks intact, UD 0
; cnt16 = new image, new OS disk, healthy, upgrading, data disks intact, UD 0
; cnt17 = new image, new OS disk, healthy, finished, data disks intact, UD 0
; cnt18 = new image, new OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt19 = new image, new OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt20 = new image, new OS disk, unhealthy, done, data disks intact, UD 0
; cnt21 = new image, new OS disk, unhealthy, done, data disks intact, UD 0
; cnt22 = new image, new OS disk, unhealthy, upgrading, data disks intact, UD 0
; cnt23 = new image, new OS disk, unhealthy, finished, data disks intact, UD 0
(set-logic QF_LIA)
; benchmark generated from python API
(set-info :status unknown)
(declare-fun t@pre () Int)
(declare-fun cnt23@p0 () Int)
(declare-fun cnt22@p0 () Int)
(declare-fun cnt21@p0 () Int)
(declare-fun cnt20@p0 () Int)
(declare-fun cnt19@p0 () Int)
(declare-fun cnt18@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt17@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun credentials_renewed@p0 () Bool)
(declare-fun stop_tripped@p0 () Bool)
(declare-fun batches_started@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun waited@p0 () Bool)
(declare-fun checked@p0 () Bool)
(declare-fun status@p0 () Int)
(assert
 (let (($x102 (= t@pre 0)))
 (let ((?x93 (+ cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt11@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let (($x98 (not (> (* 100 ?x93) 100))))
 (let (($x94 (>= ?x93 0)))
 (let ((?x90 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let (($x92 (= ?x90 5)))
 (let (($x89 (= cnt23@p0 0)))
 (let (($x88 (= cnt22@p0 0)))
 (let (($x87 (= cnt21@p0 0)))
 (let (($x86 (= cnt20@p0 0)))
 (let (($x85 (= cnt19@p0 0)))
 (let (($x84 (= cnt18@p0 0)))
 (let (($x83 (= cnt17@p0 0)))
 (let (($x82 (= cnt16@p0 0)))
 (let (($x81 (= cnt15@p0 0)))
 (let (($x80 (= cnt14@p0 0)))
 (let (($x79 (= cnt13@p0 0)))
 (let (($x78 (= cnt12@p0 0)))
 (let (($x77 (= cnt11@p0 0)))
 (let (($x76 (= cnt10@p0 0)))
 (let (($x75 (= cnt9@p0 0)))
 (let (($x74 (= cnt8@p0 0)))
 (let (($x73 (= cnt7@p0 0)))
 (let (($x72 (= cnt6@p0 0)))
 (let (($x71 (= cnt4@p0 0)))
 (let (($x70 (= cnt3@p0 0)))
 (let (($x69 (= cnt2@p0 0)))
 (let (($x68 (= cnt1@p0 0)))
 (let (($x67 (>= cnt23@p0 0)))
 (let (($x65 (>= cnt22@p0 0)))
 (let (($x63 (>= cnt21@p0 0)))
 (let (($x61 (>= cnt20@p0 0)))
 (let (($x59 (>= cnt19@p0 0)))
 (let (($x57 (>= cnt18@p0 0)))
 (let (($x55 (>= cnt17@p0 0)))
 (let (($x53 (>= cnt16@p0 0)))
 (let (($x51 (>= cnt15@p0 0)))
 (let (($x49 (>= cnt14@p0 0)))
 (let (($x47 (>= cnt13@p0 0)))
 (let (($x45 (>= cnt12@p0 0)))
 (let (($x43 (>= cnt11@p0 0)))
 (let (($x41 (>= cnt10@p0 0)))
 (let (($x39 (>= cnt9@p0 0)))
 (let (($x37 (>= cnt8@p0 0)))
 (let (($x35 (>= cnt7@p0 0)))
 (let (($x33 (>= cnt6@p0 0)))
 (let (($x31 (>= cnt5@p0 0)))
 (let (($x29 (>= cnt4@p0 0)))
 (let (($x27 (>= cnt3@p0 0)))
 (let (($x25 (>= cnt2@p0 0)))
 (let (($x23 (>= cnt1@p0 0)))
 (let (($x21 (>= cnt0@p0 0)))
 (let (($x19 (not credentials_renewed@p0)))
 (let (($x17 (not stop_tripped@p0)))
 (let (($x15 (= batches_started@p0 0)))
 (let (($x13 (not cancel_requested@p0)))
 (let (($x11 (not waited@p0)))
 (let (($x9 (not checked@p0)))
 (let (($x7 (= status@p0 0)))
 (let (($x100 (and $x7 $x9 $x11 $x13 $x15 $x17 $x19 $x21 $x23 $x25 $x27 $x29 $x31 $x33 $x35 $x37 $x39 $x41 $x43 $x45 $x47 $x49 $x51 $x53 $x55 $x57 $x59 $x61 $x63 $x65 $x67 $x68 $x69 $x70 $x71 $x72 $x73 $x74 $x75 $x76 $x77 $x78 $x79 $x80 $x81 $x82 $x83 $x84 $x85 $x86 $x87 $x88 $x89 $x92 (and $x94 $x98))))
 (and $x100 $x102))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (not (and true)))
(check-sat)
