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
(declare-fun status@p0 () Int)
(declare-fun stop_tripped@p0 () Bool)
(declare-fun act@p0 () Int)
(declare-fun cnt23@p0 () Int)
(declare-fun cnt22@p0 () Int)
(declare-fun cnt21@p0 () Int)
(declare-fun cnt20@p0 () Int)
(declare-fun cnt19@p0 () Int)
(declare-fun cnt18@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun cnt17@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun k23@p0 () Int)
(declare-fun k22@p0 () Int)
(declare-fun k21@p0 () Int)
(declare-fun k20@p0 () Int)
(declare-fun k19@p0 () Int)
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
(declare-fun healthy@p0 () Bool)
(declare-fun credentials_renewed@p0 () Bool)
(declare-fun cls@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt12@p0 () Int)
(assert
 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3)))))
(push 1)
(assert
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (and (=> false (or (= 1 4) (= 1 3)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x78 (+ cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let (($x80 (> (* 100 ?x78) 100)))
 (let (($x71 (= (+ cnt0@p0 cnt1@p0 cnt5@p0 cnt6@p0 cnt13@p0 cnt19@p0) 0)))
 (let ((?x82 (ite $x71 2 (ite $x80 4 1))))
 (let ((?x58 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
 (let (($x59 (= ?x58 0)))
 (let (($x46 (= status@p0 1)))
 (and (and (= act@p0 1) (and $x46 $x59 (not checked@p0))) (not (and (=> stop_tripped@p0 (or (= ?x82 4) (= ?x82 3))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x13 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3))))))
 (let (($x174 (not $x13)))
 (let ((?x118 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0 k14@p0 k15@p0 k16@p0 k17@p0 k18@p0 k19@p0 k20@p0 k21@p0 k22@p0 k23@p0)))
 (let (($x170 (and (<= k0@p0 cnt0@p0) (<= k1@p0 cnt1@p0) (= k2@p0 0) (= k3@p0 0) (= k4@p0 0) (<= k5@p0 cnt5@p0) (<= k6@p0 cnt6@p0) (= k7@p0 0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (<= k13@p0 cnt13@p0) (= k14@p0 0) (= k15@p0 0) (= k16@p0 0) (= k17@p0 0) (= k18@p0 0) (<= k19@p0 cnt19@p0) (= k20@p0 0) (= k21@p0 0) (= k22@p0 0) (= k23@p0 0))))
 (let (($x144 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0) (>= k14@p0 0) (>= k15@p0 0) (>= k16@p0 0) (>= k17@p0 0) (>= k18@p0 0) (>= k19@p0 0) (>= k20@p0 0) (>= k21@p0 0) (>= k22@p0 0) (>= k23@p0 0))))
 (let (($x93 (not cancel_requested@p0)))
 (let ((?x58 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
 (let (($x59 (= ?x58 0)))
 (let (($x46 (= status@p0 1)))
 (let (($x172 (and (and $x46 $x59 checked@p0) $x93 (and (>= ?x118 1) $x144) $x170 (<= ?x118 1))))
 (and (and (= act@p0 2) $x172) $x174))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x13 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3))))))
 (let (($x174 (not $x13)))
 (let (($x197 (or (and (= cls@p0 10) (>= cnt10@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 16) (>= cnt16@p0 1)) (and (= cls@p0 22) (>= cnt22@p0 1)))))
 (let (($x180 (< cls@p0 24)))
 (let (($x178 (>= cls@p0 0)))
 (let (($x204 (and (and $x178 $x180 $x197) (=> (not credentials_renewed@p0) (not healthy@p0)))))
 (and (and (= act@p0 3) $x204) $x174))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x13 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3))))))
 (let (($x174 (not $x13)))
 (let (($x213 (= (+ cnt10@p0 cnt11@p0 cnt16@p0 cnt22@p0) 0)))
 (let ((?x58 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
 (let (($x208 (>= ?x58 1)))
 (let (($x46 (= status@p0 1)))
 (and (and (= act@p0 4) (and (and $x46 $x208 (not waited@p0)) $x213)) $x174))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x71 (= (+ cnt0@p0 cnt1@p0 cnt5@p0 cnt6@p0 cnt13@p0 cnt19@p0) 0)))
 (let ((?x230 (+ cnt2@p0 cnt3@p0 cnt4@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt20@p0 cnt21@p0 cnt23@p0)))
 (let ((?x225 (+ cnt2@p0 cnt3@p0 cnt4@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt20@p0 cnt21@p0 cnt23@p0)))
 (let ((?x78 (+ cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0)))
 (let (($x80 (> (* 100 ?x78) 100)))
 (let ((?x235 (ite (or $x80 (> (* 100 ?x225) (* 20 ?x230))) 4 (ite $x71 2 1))))
 (let ((?x236 (ite cancel_requested@p0 3 ?x235)))
 (let (($x241 (and (=> (or stop_tripped@p0 $x80) (or (= ?x236 4) (= ?x236 3))))))
 (let (($x213 (= (+ cnt10@p0 cnt11@p0 cnt16@p0 cnt22@p0) 0)))
 (let ((?x58 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
 (let (($x208 (>= ?x58 1)))
 (let (($x46 (= status@p0 1)))
 (and (and (= act@p0 5) (and (and $x46 $x208) $x213 waited@p0)) (not $x241)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x58 (+ cnt4@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt16@p0 cnt17@p0 cnt22@p0 cnt23@p0)))
 (let (($x59 (= ?x58 0)))
 (let ((?x248 (ite $x59 3 status@p0)))
 (let (($x247 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x247 (not (and (=> stop_tripped@p0 (or (= ?x248 4) (= ?x248 3)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x13 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3))))))
 (let (($x174 (not $x13)))
 (let (($x293 (and (= cls@p0 17) (>= cnt17@p0 1))))
 (let (($x289 (and (= cls@p0 15) (>= cnt15@p0 1))))
 (let (($x285 (and (= cls@p0 14) (>= cnt14@p0 1))))
 (let (($x281 (and (= cls@p0 13) (>= cnt13@p0 1))))
 (let (($x277 (and (= cls@p0 12) (>= cnt12@p0 1))))
 (let (($x269 (and (= cls@p0 3) (>= cnt3@p0 1))))
 (let (($x263 (and (= cls@p0 1) (>= cnt1@p0 1))))
 (let (($x294 (or (and (= cls@p0 0) (>= cnt0@p0 1)) $x263 (and (= cls@p0 2) (>= cnt2@p0 1)) $x269 (and (= cls@p0 4) (>= cnt4@p0 1)) $x277 $x281 $x285 $x289 $x293)))
 (let (($x180 (< cls@p0 24)))
 (let (($x178 (>= cls@p0 0)))
 (let (($x46 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x46 (and $x178 $x180 $x294))) $x174)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x13 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3))))))
 (let (($x174 (not $x13)))
 (let (($x331 (and (= cls@p0 21) (>= cnt21@p0 1))))
 (let (($x324 (and (= cls@p0 19) (>= cnt19@p0 1))))
 (let (($x289 (and (= cls@p0 15) (>= cnt15@p0 1))))
 (let (($x281 (and (= cls@p0 13) (>= cnt13@p0 1))))
 (let (($x312 (and (= cls@p0 8) (>= cnt8@p0 1))))
 (let (($x306 (and (= cls@p0 6) (>= cnt6@p0 1))))
 (let (($x269 (and (= cls@p0 3) (>= cnt3@p0 1))))
 (let (($x263 (and (= cls@p0 1) (>= cnt1@p0 1))))
 (let (($x180 (< cls@p0 24)))
 (let (($x178 (>= cls@p0 0)))
 (let (($x335 (and (= cls@p0 23) (>= cnt23@p0 1))))
 (let (($x327 (and (= cls@p0 20) (>= cnt20@p0 1))))
 (let (($x320 (and (= cls@p0 18) (>= cnt18@p0 1))))
 (let (($x293 (and (= cls@p0 17) (>= cnt17@p0 1))))
 (let (($x285 (and (= cls@p0 14) (>= cnt14@p0 1))))
 (let (($x277 (and (= cls@p0 12) (>= cnt12@p0 1))))
 (let (($x339 (and $x178 $x180 (or $x277 $x281 $x285 $x289 $x293 $x320 $x324 $x327 $x331 $x335))))
 (let (($x200 (not credentials_renewed@p0)))
 (let (($x345 (and (=> $x200 (not $x339)) (not (and $x178 $x180 (or $x263 $x269 $x306 $x312 $x281 $x289 $x324 $x331))))))
 (let (($x336 (or (and (= cls@p0 5) (>= cnt5@p0 1)) $x306 (and (= cls@p0 7) (>= cnt7@p0 1)) $x312 (and (= cls@p0 9) (>= cnt9@p0 1)) $x320 $x324 $x327 $x331 $x335)))
 (and (and (= act@p0 8) (and (and $x178 $x180 $x336) $x345)) $x174))))))))))))))))))))))))
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
 (let (($x13 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3))))))
(let (($x174 (not $x13)))
(let ((?x355 (+ cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt23@p0)))
(let ((?x225 (+ cnt2@p0 cnt3@p0 cnt4@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt20@p0 cnt21@p0 cnt23@p0)))
(let (($x37 (and (distinct status@p0 1) true)))
(let (($x200 (not credentials_renewed@p0)))
(let (($x359 (and (= act@p0 11) (and $x200 $x37 (or (>= ?x225 1) (>= ?x355 1))))))
(and $x359 $x174)))))))))
(check-sat)
(pop 1)
