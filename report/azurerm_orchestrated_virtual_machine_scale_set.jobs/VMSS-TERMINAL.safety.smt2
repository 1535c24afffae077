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
; cnt1 = old image, old OS disk, healthy, fresh, data disks replaced, UD 0
; cnt2 = old image, old OS disk, healthy, done, data disks replaced, UD 0
; cnt3 = old image, old OS disk, healthy, finished, data disks replaced, UD 0
; cnt4 = old image, old OS disk, healthy, retiring, data disks intact, UD 0
; cnt5 = old image, old OS disk, healthy, retiring, data disks replaced, UD 0
; cnt6 = old image, old OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt7 = old image, old OS disk, unhealthy, fresh, data disks replaced, UD 0
; cnt8 = old image, old OS disk, unhealthy, done, data disks replaced, UD 0
; cnt9 = old image, old OS disk, unhealthy, finished, data disks replaced, UD 0
; cnt10 = old image, old OS disk, unhealthy, retiring, data disks intact, UD 0
; cnt11 = old image, old OS disk, unhealthy, retiring, data disks replaced, UD 0
; cnt12 = old image, new OS disk, healthy, upgrading, data disks replaced, UD 0
; cnt13 = new image, new OS disk, healthy, fresh, data disks replaced, UD 0
; cnt14 = new image, new OS disk, healthy, done, data disks replaced, UD 0
; cnt15 = new image, new OS disk, healthy, finished, data disks replaced, UD 0
; cnt16 = new image, new OS disk, unhealthy, fresh, data disks replaced, UD 0
; cnt17 = new image, new OS disk, unhealthy, done, data disks replaced, UD 0
; cnt18 = new image, new OS disk, unhealthy, finished, data disks replaced, UD 0
(set-logic QF_LIA)
(set-info :status unknown)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt18@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt17@p0 () Int)
(declare-fun act@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun k18@p0 () Int)
(declare-fun k17@p0 () Int)
(declare-fun k16@p0 () Int)
(declare-fun k15@p0 () Int)
(declare-fun k14@p0 () Int)
(declare-fun k13@p0 () Int)
(declare-fun k12@p0 () Int)
(declare-fun k11@p0 () Int)
(declare-fun k10@p0 () Int)
(declare-fun k9@p0 () Int)
(declare-fun k8@p0 () Int)
(declare-fun k7@p0 () Int)
(declare-fun k6@p0 () Int)
(declare-fun k5@p0 () Int)
(declare-fun k4@p0 () Int)
(declare-fun k3@p0 () Int)
(declare-fun k2@p0 () Int)
(declare-fun k1@p0 () Int)
(declare-fun k0@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun cls@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt13@p0 () Int)
(assert
 (let (($x65 (not (<= (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt18@p0 cnt15@p0) 0))))
 (let (($x79 (>= cnt12@p0 1)))
 (let (($x80 (not $x79)))
 (let (($x68 (not (>= status@p0 2))))
 (let (($x81 (or $x68 $x80)))
 (let ((?x40 (+ cnt0@p0 cnt2@p0 cnt3@p0 cnt9@p0 cnt12@p0 cnt7@p0 cnt10@p0 cnt1@p0 cnt8@p0 cnt11@p0 cnt6@p0 cnt4@p0 cnt5@p0)))
 (let (($x45 (not (<= ?x40 (- 1)))))
 (let (($x62 (not (<= (+ cnt0@p0 cnt7@p0 cnt1@p0 cnt6@p0) 0))))
 (let ((?x74 (+ cnt0@p0 cnt2@p0 cnt3@p0 cnt9@p0 cnt7@p0 cnt10@p0 cnt1@p0 cnt8@p0 cnt11@p0 cnt6@p0 cnt4@p0 cnt5@p0)))
 (let (($x70 (not (<= cnt12@p0 0))))
 (let ((?x47 (+ cnt0@p0 cnt2@p0 cnt3@p0 cnt9@p0 cnt7@p0 cnt1@p0 cnt8@p0 cnt6@p0)))
 (let (($x49 (not (<= ?x47 0))))
 (let (($x58 (not (<= cnt12@p0 1))))
 (let (($x59 (or $x49 (not (<= (+ cnt3@p0 cnt9@p0 cnt18@p0 cnt15@p0) (- 1))) $x58)))
 (let (($x26 (not (<= cnt12@p0 (- 1)))))
 (let ((?x19 (+ cnt9@p0 cnt12@p0 cnt17@p0 cnt7@p0 cnt10@p0 cnt18@p0 cnt8@p0 cnt11@p0 cnt6@p0 cnt16@p0)))
 (let (($x8 (not (<= status@p0 0))))
 (let (($x23 (or $x8 (not (>= ?x19 3)))))
 (and $x23 $x26 (not (>= (+ cnt2@p0 cnt3@p0 cnt9@p0 cnt8@p0) 1)) (or (not (= status@p0 2)) (not (>= ?x40 1))) (or (not (= status@p0 2)) $x45) (or $x8 $x49) (not (<= ?x47 (- 1))) $x59 (or (not (>= ?x40 1)) $x62 $x65) (or $x49 $x68 (not (>= ?x40 1)) $x70) (not (<= (+ cnt2@p0 cnt3@p0 cnt9@p0 cnt8@p0) (- 1))) (or $x49 $x68 $x70 (not (<= ?x74 (- 1)))) (or $x62 $x65 $x45) $x81 (or $x80 $x65)))))))))))))))))))))
(push 1)
(assert
 (let ((?x137 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0)))
 (let (($x34 (= status@p0 2)))
 (not (=> $x34 (= ?x137 0))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x34 (= status@p0 2)))
 (let (($x150 (or $x34 (= status@p0 3) (= status@p0 4))))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (=> $x150 (or (= 1 status@p0) (= 0 0))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x169 (+ cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt16@p0 cnt17@p0 cnt18@p0)))
 (let (($x172 (> (* 100 ?x169) 200)))
 (let (($x167 (= (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0) 0)))
 (let (($x177 (or (= (ite $x167 2 (ite $x172 4 1)) status@p0) (= 1 0))))
 (let (($x34 (= status@p0 2)))
 (let (($x150 (or $x34 (= status@p0 3) (= status@p0 4))))
 (let ((?x160 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x161 (= ?x160 0)))
 (let (($x157 (= status@p0 1)))
 (and (and (= act@p0 1) (and $x157 $x161 (not checked@p0))) (not (=> $x150 $x177)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x34 (= status@p0 2)))
 (let (($x150 (or $x34 (= status@p0 3) (= status@p0 4))))
 (let ((?x204 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0 k14@p0 k15@p0 k16@p0 k17@p0 k18@p0)))
 (let (($x246 (and (<= k0@p0 cnt0@p0) (<= k1@p0 cnt1@p0) (= k2@p0 0) (= k3@p0 0) (= k4@p0 0) (= k5@p0 0) (<= k6@p0 cnt6@p0) (<= k7@p0 cnt7@p0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0) (= k14@p0 0) (= k15@p0 0) (= k16@p0 0) (= k17@p0 0) (= k18@p0 0))))
 (let (($x225 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0) (>= k14@p0 0) (>= k15@p0 0) (>= k16@p0 0) (>= k17@p0 0) (>= k18@p0 0))))
 (let (($x184 (not cancel_requested@p0)))
 (let ((?x160 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x161 (= ?x160 0)))
 (let (($x157 (= status@p0 1)))
 (let (($x248 (and (and $x157 $x161 checked@p0) $x184 (and (>= ?x204 1) $x225) $x246 (<= ?x204 2))))
 (and (and (= act@p0 2) $x248) (not (=> $x150 (or (= status@p0 status@p0) (= 2 0))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x34 (= status@p0 2)))
 (let (($x150 (or $x34 (= status@p0 3) (= status@p0 4))))
 (let (($x260 (< cls@p0 19)))
 (let (($x258 (>= cls@p0 0)))
 (let (($x265 (and (= act@p0 3) (and $x258 $x260 (and (= cls@p0 12) (>= cnt12@p0 1))))))
 (and $x265 (not (=> $x150 (or (= status@p0 status@p0) (= 3 0)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x34 (= status@p0 2)))
 (let (($x150 (or $x34 (= status@p0 3) (= status@p0 4))))
 (let (($x276 (= cnt12@p0 0)))
 (let ((?x160 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x272 (>= ?x160 1)))
 (let (($x157 (= status@p0 1)))
 (and (and (= act@p0 4) (and (and $x157 $x272 (not waited@p0)) $x276)) (not (=> $x150 (or (= status@p0 status@p0) (= 4 0))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x293 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt18@p0)))
 (let ((?x290 (* 100 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt17@p0 cnt18@p0))))
 (let ((?x169 (+ cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt16@p0 cnt17@p0 cnt18@p0)))
 (let (($x172 (> (* 100 ?x169) 200)))
 (let ((?x298 (ite (or $x172 (> ?x290 (* 50 ?x293))) 4 (ite (= (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0) 0) 2 1))))
 (let (($x302 (or (= (ite cancel_requested@p0 3 ?x298) status@p0) (= 5 0))))
 (let (($x34 (= status@p0 2)))
 (let (($x150 (or $x34 (= status@p0 3) (= status@p0 4))))
 (let (($x276 (= cnt12@p0 0)))
 (let ((?x160 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x272 (>= ?x160 1)))
 (let (($x157 (= status@p0 1)))
 (and (and (= act@p0 5) (and (and $x157 $x272) $x276 waited@p0)) (not (=> $x150 $x302))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x160 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x161 (= ?x160 0)))
 (let (($x34 (= status@p0 2)))
 (let (($x150 (or $x34 (= status@p0 3) (= status@p0 4))))
 (let (($x314 (=> $x150 (or (= (ite $x161 3 status@p0) status@p0) (= 6 0)))))
 (let (($x309 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x309 (not $x314)))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x34 (= status@p0 2)))
 (let (($x150 (or $x34 (= status@p0 3) (= status@p0 4))))
 (let (($x350 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)) (and (= cls@p0 14) (>= cnt14@p0 1)) (and (= cls@p0 15) (>= cnt15@p0 1)))))
 (let (($x260 (< cls@p0 19)))
 (let (($x258 (>= cls@p0 0)))
 (let (($x157 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x157 (and $x258 $x260 $x350))) (not (=> $x150 (or (= status@p0 status@p0) (= 7 0))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x34 (= status@p0 2)))
 (let (($x150 (or $x34 (= status@p0 3) (= status@p0 4))))
 (let (($x394 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 16) (>= cnt16@p0 1)) (and (= cls@p0 17) (>= cnt17@p0 1)) (and (= cls@p0 18) (>= cnt18@p0 1)))))
 (let (($x260 (< cls@p0 19)))
 (let (($x258 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x258 $x260 $x394)) (not (=> $x150 (or (= status@p0 status@p0) (= 8 0)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (and (= act@p0 9) false))
(check-sat)
(pop 1)
(push 1)
(assert
 (and (= act@p0 10) false))
(check-sat)
(pop 1)
(push 1)
(assert
 (and (= act@p0 11) false))
(check-sat)
(pop 1)
