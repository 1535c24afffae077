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
(declare-fun cnt17@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun act@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun k19@p0 () Int)
(declare-fun k13@p0 () Int)
(declare-fun k23@p0 () Int)
(declare-fun k22@p0 () Int)
(declare-fun k21@p0 () Int)
(declare-fun k20@p0 () Int)
(declare-fun k18@p0 () Int)
(declare-fun k17@p0 () Int)
(declare-fun k16@p0 () Int)
(declare-fun k15@p0 () Int)
(declare-fun k14@p0 () Int)
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
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun healthy@p0 () Bool)
(declare-fun cls@p0 () Int)
(declare-fun credentials_renewed@p0 () Bool)
(declare-fun waited@p0 () Bool)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt7@p0 () Int)
(assert
 true)
(push 1)
(assert
 (let ((?x60 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let ((?x58 (+ cnt23@p0 (- cnt23@p0))))
 (let ((?x53 (+ cnt20@p0 (- cnt20@p0))))
 (let ((?x43 (+ cnt17@p0 (- cnt17@p0))))
 (let ((?x38 (+ cnt14@p0 (- cnt14@p0))))
 (let ((?x59 (+ (+ cnt12@p0 (+ cnt14@p0 cnt17@p0)) (+ cnt13@p0 cnt15@p0) ?x38 (+ cnt15@p0 (- cnt15@p0)) cnt16@p0 ?x43 (+ cnt18@p0 (+ cnt20@p0 cnt23@p0)) (+ cnt19@p0 cnt21@p0) ?x53 (+ cnt21@p0 (- cnt21@p0)) cnt22@p0 ?x58)))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (not (< ?x59 ?x60)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x60 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let (($x90 (not (not (< ?x60 ?x60)))))
 (let ((?x82 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
 (let (($x83 (= ?x82 0)))
 (let (($x65 (= status@p0 1)))
 (and (and (= act@p0 1) (and $x65 $x83 (not checked@p0))) $x90)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x60 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let ((?x187 (+ cnt12@p0 (+ cnt13@p0 (- k13@p0)) cnt14@p0 cnt15@p0 (+ cnt16@p0 k13@p0) cnt17@p0 cnt18@p0 (+ cnt19@p0 (- k19@p0)) cnt20@p0 cnt21@p0 (+ cnt22@p0 k19@p0) cnt23@p0)))
 (let ((?x121 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0 k14@p0 k15@p0 k16@p0 k17@p0 k18@p0 k19@p0 k20@p0 k21@p0 k22@p0 k23@p0)))
 (let (($x177 (and (<= k0@p0 cnt0@p0) (<= k1@p0 cnt1@p0) (= k2@p0 0) (= k3@p0 0) (= k4@p0 0) (<= k5@p0 cnt5@p0) (<= k6@p0 cnt6@p0) (= k7@p0 0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (<= k13@p0 cnt13@p0) (= k14@p0 0) (= k15@p0 0) (= k16@p0 0) (= k17@p0 0) (= k18@p0 0) (<= k19@p0 cnt19@p0) (= k20@p0 0) (= k21@p0 0) (= k22@p0 0) (= k23@p0 0))))
 (let (($x147 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0) (>= k14@p0 0) (>= k15@p0 0) (>= k16@p0 0) (>= k17@p0 0) (>= k18@p0 0) (>= k19@p0 0) (>= k20@p0 0) (>= k21@p0 0) (>= k22@p0 0) (>= k23@p0 0))))
 (let (($x96 (not cancel_requested@p0)))
 (let ((?x82 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
 (let (($x83 (= ?x82 0)))
 (let (($x65 (= status@p0 1)))
 (let (($x179 (and (and $x65 $x83 checked@p0) $x96 (and (>= ?x121 1) $x147) $x177 (<= ?x121 1))))
 (and (and (= act@p0 2) $x179) (not (not (< ?x187 ?x60)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x60 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let ((?x243 (ite (and (= cls@p0 22) (= healthy@p0 false)) 1 0)))
 (let ((?x229 (ite (and (= cls@p0 16) (= healthy@p0 false)) 1 0)))
 (let ((?x251 (+ (ite (and (= cls@p0 10) (= healthy@p0 false)) 1 0) (ite (and (= cls@p0 11) (= healthy@p0 false)) 1 0) ?x229 ?x243)))
 (let ((?x245 (+ (- (ite (and (= cls@p0 22) (= healthy@p0 true)) 1 0)) (- ?x243))))
 (let ((?x238 (ite (and (= cls@p0 22) (= healthy@p0 true)) 1 0)))
 (let ((?x225 (ite (and (= cls@p0 16) (= healthy@p0 true)) 1 0)))
 (let ((?x239 (+ (ite (and (= cls@p0 10) (= healthy@p0 true)) 1 0) (ite (and (= cls@p0 11) (= healthy@p0 true)) 1 0) ?x225 ?x238)))
 (let ((?x253 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 (+ cnt16@p0 (+ (- ?x225) (- ?x229))) (+ cnt17@p0 ?x239) cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 (+ cnt22@p0 ?x245) (+ cnt23@p0 ?x251))))
 (let (($x214 (or (and (= cls@p0 10) (>= cnt10@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 16) (>= cnt16@p0 1)) (and (= cls@p0 22) (>= cnt22@p0 1)))))
 (let (($x197 (< cls@p0 24)))
 (let (($x195 (>= cls@p0 0)))
 (let (($x221 (and (and $x195 $x197 $x214) (=> (not credentials_renewed@p0) (not healthy@p0)))))
 (and (and (= act@p0 3) $x221) (not (not (< ?x253 ?x60))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x60 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let (($x90 (not (not (< ?x60 ?x60)))))
 (let (($x265 (= (+ cnt10@p0 cnt11@p0 cnt16@p0 cnt22@p0) 0)))
 (let ((?x82 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
 (let (($x260 (>= ?x82 1)))
 (let (($x65 (= status@p0 1)))
 (and (and (= act@p0 4) (and (and $x65 $x260 (not waited@p0)) $x265)) $x90))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x60 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let ((?x58 (+ cnt23@p0 (- cnt23@p0))))
 (let ((?x47 (+ cnt20@p0 cnt23@p0)))
 (let ((?x43 (+ cnt17@p0 (- cnt17@p0))))
 (let ((?x32 (+ cnt14@p0 cnt17@p0)))
 (let ((?x274 (+ cnt12@p0 cnt13@p0 ?x32 cnt15@p0 cnt16@p0 ?x43 cnt18@p0 cnt19@p0 ?x47 cnt21@p0 cnt22@p0 ?x58)))
 (let (($x265 (= (+ cnt10@p0 cnt11@p0 cnt16@p0 cnt22@p0) 0)))
 (let ((?x82 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
 (let (($x260 (>= ?x82 1)))
 (let (($x65 (= status@p0 1)))
 (and (and (= act@p0 5) (and (and $x65 $x260) $x265 waited@p0)) (not (not (< ?x274 ?x60)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x60 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let (($x90 (not (not (< ?x60 ?x60)))))
 (let (($x282 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x282 $x90)))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x60 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let ((?x347 (+ (+ cnt12@p0 (- (ite (= cls@p0 12) 1 0))) (+ cnt13@p0 (- (ite (= cls@p0 13) 1 0))) (+ cnt14@p0 (- (ite (= cls@p0 14) 1 0))) (+ cnt15@p0 (- (ite (= cls@p0 15) 1 0))) cnt16@p0 (+ cnt17@p0 (- (ite (= cls@p0 17) 1 0))) (+ cnt18@p0 (ite (= cls@p0 12) 1 0)) (+ cnt19@p0 (ite (= cls@p0 13) 1 0)) (+ cnt20@p0 (ite (= cls@p0 14) 1 0)) (+ cnt21@p0 (ite (= cls@p0 15) 1 0)) cnt22@p0 (+ cnt23@p0 (ite (= cls@p0 17) 1 0)))))
 (let (($x320 (= cls@p0 17)))
 (let (($x322 (and $x320 (>= cnt17@p0 1))))
 (let (($x316 (= cls@p0 15)))
 (let (($x318 (and $x316 (>= cnt15@p0 1))))
 (let (($x312 (= cls@p0 14)))
 (let (($x314 (and $x312 (>= cnt14@p0 1))))
 (let (($x308 (= cls@p0 13)))
 (let (($x310 (and $x308 (>= cnt13@p0 1))))
 (let (($x304 (= cls@p0 12)))
 (let (($x306 (and $x304 (>= cnt12@p0 1))))
 (let (($x299 (and (= cls@p0 3) (>= cnt3@p0 1))))
 (let (($x291 (and (= cls@p0 1) (>= cnt1@p0 1))))
 (let (($x323 (or (and (= cls@p0 0) (>= cnt0@p0 1)) $x291 (and (= cls@p0 2) (>= cnt2@p0 1)) $x299 (and (= cls@p0 4) (>= cnt4@p0 1)) $x306 $x310 $x314 $x318 $x322)))
 (let (($x197 (< cls@p0 24)))
 (let (($x195 (>= cls@p0 0)))
 (let (($x65 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x65 (and $x195 $x197 $x323))) (not (not (< ?x347 ?x60)))))))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x60 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let ((?x416 (+ (+ cnt12@p0 (ite (= cls@p0 18) 1 0)) cnt13@p0 (+ cnt14@p0 (ite (= cls@p0 20) 1 0)) cnt15@p0 cnt16@p0 (+ cnt17@p0 (ite (= cls@p0 23) 1 0)) (+ cnt18@p0 (- (ite (= cls@p0 18) 1 0))) cnt19@p0 (+ cnt20@p0 (- (ite (= cls@p0 20) 1 0))) cnt21@p0 cnt22@p0 (+ cnt23@p0 (- (ite (= cls@p0 23) 1 0))))))
 (let (($x387 (and (= cls@p0 21) (>= cnt21@p0 1))))
 (let (($x379 (and (= cls@p0 19) (>= cnt19@p0 1))))
 (let (($x316 (= cls@p0 15)))
 (let (($x318 (and $x316 (>= cnt15@p0 1))))
 (let (($x308 (= cls@p0 13)))
 (let (($x310 (and $x308 (>= cnt13@p0 1))))
 (let (($x367 (and (= cls@p0 8) (>= cnt8@p0 1))))
 (let (($x359 (and (= cls@p0 6) (>= cnt6@p0 1))))
 (let (($x299 (and (= cls@p0 3) (>= cnt3@p0 1))))
 (let (($x291 (and (= cls@p0 1) (>= cnt1@p0 1))))
 (let (($x197 (< cls@p0 24)))
 (let (($x195 (>= cls@p0 0)))
 (let (($x389 (= cls@p0 23)))
 (let (($x391 (and $x389 (>= cnt23@p0 1))))
 (let (($x381 (= cls@p0 20)))
 (let (($x383 (and $x381 (>= cnt20@p0 1))))
 (let (($x373 (= cls@p0 18)))
 (let (($x375 (and $x373 (>= cnt18@p0 1))))
 (let (($x320 (= cls@p0 17)))
 (let (($x322 (and $x320 (>= cnt17@p0 1))))
 (let (($x312 (= cls@p0 14)))
 (let (($x314 (and $x312 (>= cnt14@p0 1))))
 (let (($x304 (= cls@p0 12)))
 (let (($x306 (and $x304 (>= cnt12@p0 1))))
 (let (($x395 (and $x195 $x197 (or $x306 $x310 $x314 $x318 $x322 $x375 $x379 $x383 $x387 $x391))))
 (let (($x217 (not credentials_renewed@p0)))
 (let (($x401 (and (=> $x217 (not $x395)) (not (and $x195 $x197 (or $x291 $x299 $x359 $x367 $x310 $x318 $x379 $x387))))))
 (let (($x392 (or (and (= cls@p0 5) (>= cnt5@p0 1)) $x359 (and (= cls@p0 7) (>= cnt7@p0 1)) $x367 (and (= cls@p0 9) (>= cnt9@p0 1)) $x375 $x379 $x383 $x387 $x391)))
 (and (and (= act@p0 8) (and (and $x195 $x197 $x392) $x401)) (not (not (< ?x416 ?x60)))))))))))))))))))))))))))))))))))
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
 (let ((?x60 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
(let ((?x53 (+ cnt20@p0 (- cnt20@p0))))
(let ((?x38 (+ cnt14@p0 (- cnt14@p0))))
(let ((?x441 (+ (+ cnt12@p0 (- cnt12@p0)) (+ cnt13@p0 cnt12@p0) ?x38 (+ cnt15@p0 cnt14@p0) cnt16@p0 cnt17@p0 (+ cnt18@p0 (- cnt18@p0)) (+ cnt19@p0 cnt18@p0) ?x53 (+ cnt21@p0 cnt20@p0) cnt22@p0 cnt23@p0)))
(let ((?x428 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt23@p0)))
(let ((?x426 (+ cnt2@p0 cnt3@p0 cnt4@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt20@p0 cnt21@p0 cnt23@p0)))
(let (($x27 (and (distinct status@p0 1) true)))
(let (($x217 (not credentials_renewed@p0)))
(let (($x432 (and (= act@p0 11) (and $x217 $x27 (or (>= ?x426 1) (>= ?x428 1))))))
(and $x432 (not (not (< ?x441 ?x60))))))))))))))
(check-sat)
(pop 1)
