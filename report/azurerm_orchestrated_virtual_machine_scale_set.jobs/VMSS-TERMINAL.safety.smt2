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
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun cnt18@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt17@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
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
(assert
 (let (($x60 (= (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0) 0)))
 (let (($x7 (= status@p0 2)))
 (let (($x54 (= status@p0 1)))
 (let (($x58 (or $x54 $x7)))
 (let ((?x51 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x52 (= ?x51 0)))
 (let (($x55 (or $x52 $x54)))
 (let (($x49 (>= cnt18@p0 0)))
 (let (($x47 (>= cnt17@p0 0)))
 (let (($x45 (>= cnt16@p0 0)))
 (let (($x43 (>= cnt15@p0 0)))
 (let (($x41 (>= cnt14@p0 0)))
 (let (($x39 (>= cnt13@p0 0)))
 (let (($x37 (>= cnt12@p0 0)))
 (let (($x36 (>= cnt11@p0 0)))
 (let (($x35 (>= cnt10@p0 0)))
 (let (($x34 (>= cnt9@p0 0)))
 (let (($x33 (>= cnt8@p0 0)))
 (let (($x32 (>= cnt7@p0 0)))
 (let (($x31 (>= cnt6@p0 0)))
 (let (($x30 (>= cnt5@p0 0)))
 (let (($x29 (>= cnt4@p0 0)))
 (let (($x28 (>= cnt3@p0 0)))
 (let (($x27 (>= cnt2@p0 0)))
 (let (($x26 (>= cnt1@p0 0)))
 (let (($x25 (>= cnt0@p0 0)))
 (let (($x50 (and $x25 $x26 $x27 $x28 $x29 $x30 $x31 $x32 $x33 $x34 $x35 $x36 $x37 $x39 $x41 $x43 $x45 $x47 $x49)))
 (let ((?x21 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0)))
 (let (($x23 (= ?x21 0)))
 (let (($x24 (=> $x7 $x23)))
 (and $x24 $x50 $x55 (= (+ cnt4@p0 cnt5@p0 cnt10@p0 cnt11@p0) ?x51) (=> $x58 $x60)))))))))))))))))))))))))))))))))
(push 1)
(assert
 (let ((?x21 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0)))
 (let (($x23 (= ?x21 0)))
 (let (($x7 (= status@p0 2)))
 (let (($x24 (=> $x7 $x23)))
 (not $x24))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x101 (or $x7 (= status@p0 3) (= status@p0 4))))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (=> $x101 (or (= 1 status@p0) (= 0 0))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x117 (+ cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt16@p0 cnt17@p0 cnt18@p0)))
 (let (($x120 (> (* 100 ?x117) 200)))
 (let (($x115 (= (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0) 0)))
 (let (($x125 (or (= (ite $x115 2 (ite $x120 4 1)) status@p0) (= 1 0))))
 (let (($x7 (= status@p0 2)))
 (let (($x101 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let ((?x51 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x52 (= ?x51 0)))
 (let (($x54 (= status@p0 1)))
 (and (and (= act@p0 1) (and $x54 $x52 (not checked@p0))) (not (=> $x101 $x125)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x101 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let ((?x152 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0 k14@p0 k15@p0 k16@p0 k17@p0 k18@p0)))
 (let (($x194 (and (<= k0@p0 cnt0@p0) (<= k1@p0 cnt1@p0) (= k2@p0 0) (= k3@p0 0) (= k4@p0 0) (= k5@p0 0) (<= k6@p0 cnt6@p0) (<= k7@p0 cnt7@p0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0) (= k14@p0 0) (= k15@p0 0) (= k16@p0 0) (= k17@p0 0) (= k18@p0 0))))
 (let (($x173 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0) (>= k14@p0 0) (>= k15@p0 0) (>= k16@p0 0) (>= k17@p0 0) (>= k18@p0 0))))
 (let (($x132 (not cancel_requested@p0)))
 (let ((?x51 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x52 (= ?x51 0)))
 (let (($x54 (= status@p0 1)))
 (let (($x196 (and (and $x54 $x52 checked@p0) $x132 (and (>= ?x152 1) $x173) $x194 (<= ?x152 2))))
 (and (and (= act@p0 2) $x196) (not (=> $x101 (or (= status@p0 status@p0) (= 2 0))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x101 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x208 (< cls@p0 19)))
 (let (($x206 (>= cls@p0 0)))
 (let (($x214 (and (= act@p0 3) (and $x206 $x208 (and (= cls@p0 12) (>= cnt12@p0 1))))))
 (and $x214 (not (=> $x101 (or (= status@p0 status@p0) (= 3 0)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x101 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x225 (= cnt12@p0 0)))
 (let ((?x51 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x221 (>= ?x51 1)))
 (let (($x54 (= status@p0 1)))
 (and (and (= act@p0 4) (and (and $x54 $x221 (not waited@p0)) $x225)) (not (=> $x101 (or (= status@p0 status@p0) (= 4 0))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x241 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt18@p0)))
 (let ((?x239 (* 100 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt17@p0 cnt18@p0))))
 (let ((?x117 (+ cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt16@p0 cnt17@p0 cnt18@p0)))
 (let (($x120 (> (* 100 ?x117) 200)))
 (let ((?x246 (ite (or $x120 (> ?x239 (* 50 ?x241))) 4 (ite (= (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0) 0) 2 1))))
 (let (($x250 (or (= (ite cancel_requested@p0 3 ?x246) status@p0) (= 5 0))))
 (let (($x7 (= status@p0 2)))
 (let (($x101 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x225 (= cnt12@p0 0)))
 (let ((?x51 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x221 (>= ?x51 1)))
 (let (($x54 (= status@p0 1)))
 (and (and (= act@p0 5) (and (and $x54 $x221) $x225 waited@p0)) (not (=> $x101 $x250))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x51 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x52 (= ?x51 0)))
 (let (($x7 (= status@p0 2)))
 (let (($x101 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x262 (=> $x101 (or (= (ite $x52 3 status@p0) status@p0) (= 6 0)))))
 (let (($x257 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x257 (not $x262)))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x101 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x297 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)) (and (= cls@p0 14) (>= cnt14@p0 1)) (and (= cls@p0 15) (>= cnt15@p0 1)))))
 (let (($x208 (< cls@p0 19)))
 (let (($x206 (>= cls@p0 0)))
 (let (($x54 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x54 (and $x206 $x208 $x297))) (not (=> $x101 (or (= status@p0 status@p0) (= 7 0))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x101 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x341 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 16) (>= cnt16@p0 1)) (and (= cls@p0 17) (>= cnt17@p0 1)) (and (= cls@p0 18) (>= cnt18@p0 1)))))
 (let (($x208 (< cls@p0 19)))
 (let (($x206 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x206 $x208 $x341)) (not (=> $x101 (or (= status@p0 status@p0) (= 8 0)))))))))))
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
