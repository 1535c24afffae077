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
(set-info :status unknown)
(declare-fun cnt23@p0 () Int)
(declare-fun cnt21@p0 () Int)
(declare-fun cnt20@p0 () Int)
(declare-fun cnt17@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun credentials_renewed@p0 () Bool)
(declare-fun batches_started@p0 () Int)
(declare-fun cnt22@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun cnt19@p0 () Int)
(declare-fun cnt18@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(assert
 (let ((?x74 (+ cnt2@p0 cnt3@p0 cnt4@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt20@p0 cnt21@p0 cnt23@p0)))
 (let ((?x18 (+ cnt2@p0 cnt3@p0 cnt4@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt20@p0 cnt21@p0 cnt23@p0)))
 (let (($x65 (not credentials_renewed@p0)))
 (let (($x81 (=> $x65 (= ?x18 ?x74))))
 (let (($x8 (<= batches_started@p0 1)))
 (let (($x79 (=> $x65 $x8)))
 (let ((?x68 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
 (let (($x67 (= status@p0 1)))
 (let (($x78 (=> (and $x65 (and $x67 (= ?x68 0))) (<= (* 100 ?x18) (* 20 ?x74)))))
 (let ((?x26 (+ cnt2@p0 cnt3@p0 cnt4@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let (($x64 (>= ?x26 batches_started@p0)))
 (let (($x62 (>= cnt23@p0 0)))
 (let (($x61 (>= cnt22@p0 0)))
 (let (($x60 (>= cnt21@p0 0)))
 (let (($x59 (>= cnt20@p0 0)))
 (let (($x58 (>= cnt19@p0 0)))
 (let (($x56 (>= cnt18@p0 0)))
 (let (($x54 (>= cnt17@p0 0)))
 (let (($x53 (>= cnt16@p0 0)))
 (let (($x52 (>= cnt15@p0 0)))
 (let (($x51 (>= cnt14@p0 0)))
 (let (($x50 (>= cnt13@p0 0)))
 (let (($x48 (>= cnt12@p0 0)))
 (let (($x46 (>= cnt11@p0 0)))
 (let (($x45 (>= cnt10@p0 0)))
 (let (($x44 (>= cnt9@p0 0)))
 (let (($x43 (>= cnt8@p0 0)))
 (let (($x42 (>= cnt7@p0 0)))
 (let (($x41 (>= cnt6@p0 0)))
 (let (($x39 (>= cnt5@p0 0)))
 (let (($x37 (>= cnt4@p0 0)))
 (let (($x36 (>= cnt3@p0 0)))
 (let (($x35 (>= cnt2@p0 0)))
 (let (($x34 (>= cnt1@p0 0)))
 (let (($x32 (>= cnt0@p0 0)))
 (let (($x63 (and $x32 $x34 $x35 $x36 $x37 $x39 $x41 $x42 $x43 $x44 $x45 $x46 $x48 $x50 $x51 $x52 $x53 $x54 $x56 $x58 $x59 $x60 $x61 $x62)))
 (let (($x28 (and $x8 (<= ?x18 ?x26))))
 (let (($x29 (or credentials_renewed@p0 $x28)))
 (and $x29 $x63 $x64 $x78 $x79 $x81))))))))))))))))))))))))))))))))))))))))
(push 1)
(assert
 (let ((?x26 (+ cnt2@p0 cnt3@p0 cnt4@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
(let ((?x18 (+ cnt2@p0 cnt3@p0 cnt4@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt20@p0 cnt21@p0 cnt23@p0)))
(let (($x8 (<= batches_started@p0 1)))
(let (($x28 (and $x8 (<= ?x18 ?x26))))
(let (($x29 (or credentials_renewed@p0 $x28)))
(not $x29)))))))
(check-sat)
(pop 1)
