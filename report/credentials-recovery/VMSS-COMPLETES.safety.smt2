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
(declare-fun cancel_requested@p0 () Bool)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt17@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun batches_started@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun checked@p0 () Bool)
(assert
 (let ((?x111 (+ cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt11@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let (($x113 (<= (* 100 ?x111) 100)))
 (let (($x29 (not cancel_requested@p0)))
 (let ((?x107 (+ cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let ((?x20 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
 (let (($x22 (= ?x20 0)))
 (let (($x110 (=> $x22 (<= (* 100 ?x107) 100))))
 (let ((?x104 (+ cnt2@p0 cnt3@p0 cnt4@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt20@p0 cnt21@p0 cnt23@p0)))
 (let (($x105 (= ?x104 0)))
 (let ((?x102 (+ cnt2@p0 cnt3@p0 cnt4@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let (($x103 (>= ?x102 batches_started@p0)))
 (let (($x43 (>= ?x20 1)))
 (let (($x11 (= status@p0 1)))
 (let (($x100 (and cancel_requested@p0 $x11)))
 (let (($x101 (=> $x100 $x43)))
 (let ((?x98 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let (($x99 (= ?x98 5)))
 (let (($x96 (>= cnt23@p0 0)))
 (let (($x95 (>= cnt22@p0 0)))
 (let (($x94 (>= cnt21@p0 0)))
 (let (($x92 (>= cnt20@p0 0)))
 (let (($x90 (>= cnt19@p0 0)))
 (let (($x89 (>= cnt18@p0 0)))
 (let (($x87 (>= cnt17@p0 0)))
 (let (($x86 (>= cnt16@p0 0)))
 (let (($x85 (>= cnt15@p0 0)))
 (let (($x83 (>= cnt14@p0 0)))
 (let (($x81 (>= cnt13@p0 0)))
 (let (($x80 (>= cnt12@p0 0)))
 (let (($x78 (>= cnt11@p0 0)))
 (let (($x77 (>= cnt10@p0 0)))
 (let (($x76 (>= cnt9@p0 0)))
 (let (($x75 (>= cnt8@p0 0)))
 (let (($x73 (>= cnt7@p0 0)))
 (let (($x71 (>= cnt6@p0 0)))
 (let (($x70 (>= cnt5@p0 0)))
 (let (($x69 (>= cnt4@p0 0)))
 (let (($x68 (>= cnt3@p0 0)))
 (let (($x66 (>= cnt2@p0 0)))
 (let (($x64 (>= cnt1@p0 0)))
 (let (($x63 (>= cnt0@p0 0)))
 (let (($x97 (and $x63 $x64 $x66 $x68 $x69 $x70 $x71 $x73 $x75 $x76 $x77 $x78 $x80 $x81 $x83 $x85 $x86 $x87 $x89 $x90 $x92 $x94 $x95 $x96)))
 (let (($x56 (= batches_started@p0 0)))
 (let (($x61 (or $x56 (< (* (- batches_started@p0 1) 1) 5))))
 (let ((?x40 (+ cnt10@p0 cnt11@p0 cnt16@p0 cnt22@p0)))
 (let (($x47 (= ?x40 0)))
 (let (($x42 (not (>= ?x40 1))))
 (let (($x37 (>= (+ cnt0@p0 cnt1@p0 cnt5@p0 cnt6@p0 cnt13@p0 cnt19@p0) 1)))
 (let (($x26 (not (and $x11 $x22 (not checked@p0)))))
 (let (($x53 (and $x11 $x26 (not (and (and $x11 $x22 checked@p0) $x29 $x37)) $x42 (not (and (and $x11 $x43 (not waited@p0)) $x47)) (not (and (and $x11 $x43) $x47 waited@p0)))))
 (let (($x54 (not $x53)))
 (let (($x9 (and (distinct status@p0 3) true)))
 (let (($x7 (and (distinct status@p0 4) true)))
 (let (($x62 (and $x7 $x9 $x54 $x61)))
 (and $x62 $x97 $x99 $x101 $x103 $x105 $x110 $x29 $x113))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(push 1)
(assert
 (let (($x56 (= batches_started@p0 0)))
(let (($x61 (or $x56 (< (* (- batches_started@p0 1) 1) 5))))
(let ((?x40 (+ cnt10@p0 cnt11@p0 cnt16@p0 cnt22@p0)))
(let (($x47 (= ?x40 0)))
(let ((?x20 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
(let (($x43 (>= ?x20 1)))
(let (($x11 (= status@p0 1)))
(let (($x42 (not (>= ?x40 1))))
(let (($x37 (>= (+ cnt0@p0 cnt1@p0 cnt5@p0 cnt6@p0 cnt13@p0 cnt19@p0) 1)))
(let (($x29 (not cancel_requested@p0)))
(let (($x26 (not (and $x11 (= ?x20 0) (not checked@p0)))))
(let (($x53 (and $x11 $x26 (not (and (and $x11 (= ?x20 0) checked@p0) $x29 $x37)) $x42 (not (and (and $x11 $x43 (not waited@p0)) $x47)) (not (and (and $x11 $x43) $x47 waited@p0)))))
(let (($x54 (not $x53)))
(let (($x9 (and (distinct status@p0 3) true)))
(let (($x7 (and (distinct status@p0 4) true)))
(let (($x62 (and $x7 $x9 $x54 $x61)))
(not $x62))))))))))))))))))
(check-sat)
(pop 1)
