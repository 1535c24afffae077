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
(declare-fun cnt18@p0 () Int)
(declare-fun cnt17@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun act@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun k7@p0 () Int)
(declare-fun k6@p0 () Int)
(declare-fun k1@p0 () Int)
(declare-fun k0@p0 () Int)
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
(declare-fun k5@p0 () Int)
(declare-fun k4@p0 () Int)
(declare-fun k3@p0 () Int)
(declare-fun k2@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun healthy@p0 () Bool)
(declare-fun cls@p0 () Int)
(declare-fun waited@p0 () Bool)
(assert
 (let ((?x25 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt18@p0)))
 (let ((?x26 (* 20 ?x25)))
 (let ((?x22 (* 100 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt17@p0 cnt18@p0))))
 (let (($x27 (<= ?x22 ?x26)))
 (let ((?x13 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x15 (= ?x13 0)))
 (let (($x7 (= status@p0 1)))
 (let (($x16 (and $x7 $x15)))
 (and (=> $x16 $x27)))))))))))
(push 1)
(assert
 (let ((?x89 (+ cnt18@p0 (- cnt18@p0))))
 (let ((?x98 (+ cnt17@p0 (- cnt17@p0))))
 (let ((?x87 (+ cnt15@p0 (- cnt15@p0))))
 (let ((?x85 (+ cnt9@p0 (- cnt9@p0))))
 (let ((?x96 (+ cnt8@p0 (- cnt8@p0))))
 (let ((?x72 (+ cnt3@p0 (- cnt3@p0))))
 (let ((?x94 (+ cnt2@p0 (- cnt2@p0))))
 (let ((?x104 (* 20 (+ ?x94 ?x72 ?x96 ?x85 (+ cnt14@p0 (- cnt14@p0)) ?x87 ?x98 ?x89))))
 (let (($x106 (=> (and (= 1 1) (= (+ ?x72 ?x85 cnt12@p0 ?x87 ?x89) 0)) (<= (* 100 (+ ?x94 ?x72 ?x96 ?x85 ?x98 ?x89)) ?x104))))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (and $x106)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x25 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt18@p0)))
 (let ((?x26 (* 20 ?x25)))
 (let ((?x22 (* 100 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt17@p0 cnt18@p0))))
 (let (($x27 (<= ?x22 ?x26)))
 (let ((?x13 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x15 (= ?x13 0)))
 (let ((?x132 (+ cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt16@p0 cnt17@p0 cnt18@p0)))
 (let (($x135 (> (* 100 ?x132) 200)))
 (let (($x127 (= (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0) 0)))
 (let (($x140 (=> (and (= (ite $x127 2 (ite $x135 4 1)) 1) $x15) $x27)))
 (let (($x121 (and (= act@p0 1) (and (= status@p0 1) $x15 (not checked@p0)))))
 (and $x121 (not (and $x140)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x25 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt18@p0)))
 (let ((?x26 (* 20 ?x25)))
 (let ((?x22 (* 100 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt17@p0 cnt18@p0))))
 (let (($x27 (<= ?x22 ?x26)))
 (let ((?x215 (+ cnt3@p0 cnt9@p0 (+ cnt12@p0 (+ k0@p0 k1@p0 k6@p0 k7@p0)) cnt15@p0 cnt18@p0)))
 (let (($x7 (= status@p0 1)))
 (let ((?x167 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0 k14@p0 k15@p0 k16@p0 k17@p0 k18@p0)))
 (let (($x209 (and (<= k0@p0 cnt0@p0) (<= k1@p0 cnt1@p0) (= k2@p0 0) (= k3@p0 0) (= k4@p0 0) (= k5@p0 0) (<= k6@p0 cnt6@p0) (<= k7@p0 cnt7@p0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0) (= k14@p0 0) (= k15@p0 0) (= k16@p0 0) (= k17@p0 0) (= k18@p0 0))))
 (let (($x188 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0) (>= k14@p0 0) (>= k15@p0 0) (>= k16@p0 0) (>= k17@p0 0) (>= k18@p0 0))))
 (let (($x147 (not cancel_requested@p0)))
 (let ((?x13 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x15 (= ?x13 0)))
 (let (($x211 (and (and $x7 $x15 checked@p0) $x147 (and (>= ?x167 1) $x188) $x209 (<= ?x167 2))))
 (and (and (= act@p0 2) $x211) (not (and (=> (and $x7 (= ?x215 0)) $x27))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x244 (ite (and (= cls@p0 12) (= healthy@p0 false)) 1 0)))
 (let ((?x249 (+ cnt18@p0 ?x244)))
 (let ((?x240 (ite (and (= cls@p0 12) (= healthy@p0 true)) 1 0)))
 (let ((?x248 (+ cnt15@p0 ?x240)))
 (let ((?x255 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt14@p0 ?x248 cnt17@p0 ?x249)))
 (let (($x257 (<= (* 100 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt17@p0 ?x249)) (* 20 ?x255))))
 (let ((?x250 (+ cnt3@p0 cnt9@p0 (+ cnt12@p0 (+ (- ?x240) (- ?x244))) ?x248 ?x249)))
 (let (($x7 (= status@p0 1)))
 (let (($x227 (< cls@p0 19)))
 (let (($x225 (>= cls@p0 0)))
 (let (($x236 (and (and $x225 $x227 (and (= cls@p0 12) (>= cnt12@p0 1))) (not (not healthy@p0)))))
 (and (and (= act@p0 3) $x236) (not (and (=> (and $x7 (= ?x250 0)) $x257))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x25 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt18@p0)))
 (let ((?x26 (* 20 ?x25)))
 (let ((?x22 (* 100 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt17@p0 cnt18@p0))))
 (let (($x27 (<= ?x22 ?x26)))
 (let ((?x13 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x15 (= ?x13 0)))
 (let (($x7 (= status@p0 1)))
 (let (($x16 (and $x7 $x15)))
 (let (($x29 (and (=> $x16 $x27))))
 (let (($x267 (= cnt12@p0 0)))
 (let (($x269 (and (= act@p0 4) (and (and $x7 (>= ?x13 1) (not waited@p0)) $x267))))
 (and $x269 (not $x29))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x89 (+ cnt18@p0 (- cnt18@p0))))
 (let ((?x286 (+ cnt17@p0 cnt18@p0)))
 (let ((?x87 (+ cnt15@p0 (- cnt15@p0))))
 (let ((?x85 (+ cnt9@p0 (- cnt9@p0))))
 (let ((?x285 (+ cnt8@p0 cnt9@p0)))
 (let ((?x72 (+ cnt3@p0 (- cnt3@p0))))
 (let ((?x284 (+ cnt2@p0 cnt3@p0)))
 (let ((?x291 (* 20 (+ ?x284 ?x72 ?x285 ?x85 (+ cnt14@p0 cnt15@p0) ?x87 ?x286 ?x89))))
 (let (($x91 (= (+ ?x72 ?x85 cnt12@p0 ?x87 ?x89) 0)))
 (let ((?x25 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt18@p0)))
 (let ((?x26 (* 20 ?x25)))
 (let ((?x22 (* 100 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt17@p0 cnt18@p0))))
 (let ((?x132 (+ cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt16@p0 cnt17@p0 cnt18@p0)))
 (let (($x135 (> (* 100 ?x132) 200)))
 (let ((?x280 (ite (or $x135 (> ?x22 ?x26)) 4 (ite (= (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0) 0) 2 1))))
 (let (($x293 (=> (and (= (ite cancel_requested@p0 3 ?x280) 1) $x91) (<= (* 100 (+ ?x284 ?x72 ?x285 ?x85 ?x286 ?x89)) ?x291))))
 (let (($x267 (= cnt12@p0 0)))
 (let ((?x13 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x263 (>= ?x13 1)))
 (let (($x7 (= status@p0 1)))
 (and (and (= act@p0 5) (and (and $x7 $x263) $x267 waited@p0)) (not (and $x293))))))))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x25 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt18@p0)))
 (let ((?x26 (* 20 ?x25)))
 (let ((?x22 (* 100 (+ cnt2@p0 cnt3@p0 cnt8@p0 cnt9@p0 cnt17@p0 cnt18@p0))))
 (let (($x27 (<= ?x22 ?x26)))
 (let ((?x13 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let (($x15 (= ?x13 0)))
 (let (($x306 (not (and (=> (and (= (ite $x15 3 status@p0) 1) $x15) $x27)))))
 (let (($x300 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x300 $x306))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (and (= act@p0 7) false))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x356 (+ cnt18@p0 (- (ite (= cls@p0 18) 1 0)))))
 (let ((?x366 (+ cnt17@p0 (- (ite (= cls@p0 17) 1 0)))))
 (let (($x343 (= cls@p0 18)))
 (let ((?x353 (ite $x343 1 0)))
 (let ((?x354 (+ cnt15@p0 ?x353)))
 (let ((?x352 (+ cnt9@p0 (- (ite (= cls@p0 9) 1 0)))))
 (let ((?x363 (+ cnt8@p0 (- (ite (= cls@p0 8) 1 0)))))
 (let (($x323 (= cls@p0 9)))
 (let ((?x349 (ite $x323 1 0)))
 (let ((?x350 (+ cnt3@p0 ?x349)))
 (let (($x319 (= cls@p0 8)))
 (let ((?x360 (ite $x319 1 0)))
 (let ((?x361 (+ cnt2@p0 ?x360)))
 (let ((?x370 (+ ?x361 ?x350 ?x363 ?x352 (+ cnt14@p0 (ite (= cls@p0 17) 1 0)) ?x354 ?x366 ?x356)))
 (let (($x7 (= status@p0 1)))
 (let (($x373 (=> (and $x7 (= (+ ?x350 ?x352 cnt12@p0 ?x354 ?x356) 0)) (<= (* 100 (+ ?x361 ?x350 ?x363 ?x352 ?x366 ?x356)) (* 20 ?x370)))))
 (let (($x346 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)) (and $x319 (>= cnt8@p0 1)) (and $x323 (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 16) (>= cnt16@p0 1)) (and (= cls@p0 17) (>= cnt17@p0 1)) (and $x343 (>= cnt18@p0 1)))))
 (let (($x227 (< cls@p0 19)))
 (let (($x225 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x225 $x227 $x346)) (not (and $x373)))))))))))))))))))))))
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
