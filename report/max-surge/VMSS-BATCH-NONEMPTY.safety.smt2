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
(declare-fun cnt15@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun act@p0 () Int)
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
(declare-fun cnt17@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt10@p0 () Int)
(assert
 true)
(push 1)
(assert
 (let ((?x45 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let ((?x44 (+ (+ cnt3@p0 (- cnt3@p0)) (+ cnt9@p0 (- cnt9@p0)) cnt12@p0 (+ cnt15@p0 (- cnt15@p0)) (+ cnt18@p0 (- cnt18@p0)))))
 (let ((?x46 (- ?x44 ?x45)))
 (let ((?x60 (+ cnt0@p0 (+ cnt1@p0 (+ cnt2@p0 cnt3@p0)) cnt6@p0 (+ cnt7@p0 (+ cnt8@p0 cnt9@p0)))))
 (let ((?x53 (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0)))
 (let (($x48 (<= ?x46 2)))
 (let (($x47 (>= ?x46 1)))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (=> (= 0 2) (and $x47 $x48 (= (- ?x53 ?x60) ?x46)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x45 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let ((?x97 (- ?x45 ?x45)))
 (let ((?x53 (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0)))
 (let ((?x100 (- ?x53 ?x53)))
 (let (($x102 (and (>= ?x97 1) (<= ?x97 2) (= ?x100 ?x97))))
 (let (($x95 (and (= act@p0 1) (and (= status@p0 1) (= ?x45 0) (not checked@p0)))))
 (and $x95 (not (=> (= 1 2) $x102))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x45 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let ((?x178 (+ cnt3@p0 cnt9@p0 (+ cnt12@p0 (+ k0@p0 k1@p0 k6@p0 k7@p0)) cnt15@p0 cnt18@p0)))
 (let ((?x179 (- ?x178 ?x45)))
 (let ((?x190 (+ (+ cnt0@p0 (- k0@p0)) (+ cnt1@p0 (- k1@p0)) (+ cnt6@p0 (- k6@p0)) (+ cnt7@p0 (- k7@p0)))))
 (let ((?x53 (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0)))
 (let (($x194 (=> (= 2 2) (and (>= ?x179 1) (<= ?x179 2) (= (- ?x53 ?x190) ?x179)))))
 (let ((?x129 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0 k14@p0 k15@p0 k16@p0 k17@p0 k18@p0)))
 (let (($x171 (and (<= k0@p0 cnt0@p0) (<= k1@p0 cnt1@p0) (= k2@p0 0) (= k3@p0 0) (= k4@p0 0) (= k5@p0 0) (<= k6@p0 cnt6@p0) (<= k7@p0 cnt7@p0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0) (= k14@p0 0) (= k15@p0 0) (= k16@p0 0) (= k17@p0 0) (= k18@p0 0))))
 (let (($x150 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0) (>= k14@p0 0) (>= k15@p0 0) (>= k16@p0 0) (>= k17@p0 0) (>= k18@p0 0))))
 (let (($x109 (not cancel_requested@p0)))
 (let (($x173 (and (and (= status@p0 1) (= ?x45 0) checked@p0) $x109 (and (>= ?x129 1) $x150) $x171 (<= ?x129 2))))
 (and (and (= act@p0 2) $x173) (not $x194))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x45 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let ((?x220 (ite (and (= cls@p0 12) (= healthy@p0 false)) 1 0)))
 (let ((?x216 (ite (and (= cls@p0 12) (= healthy@p0 true)) 1 0)))
 (let ((?x226 (+ cnt3@p0 cnt9@p0 (+ cnt12@p0 (+ (- ?x216) (- ?x220))) (+ cnt15@p0 ?x216) (+ cnt18@p0 ?x220))))
 (let ((?x227 (- ?x226 ?x45)))
 (let ((?x53 (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0)))
 (let ((?x100 (- ?x53 ?x53)))
 (let (($x232 (=> (= 3 2) (and (>= ?x227 1) (<= ?x227 2) (= ?x100 ?x227)))))
 (let (($x202 (< cls@p0 19)))
 (let (($x200 (>= cls@p0 0)))
 (let (($x211 (and (and $x200 $x202 (and (= cls@p0 12) (>= cnt12@p0 1))) (not (not healthy@p0)))))
 (and (and (= act@p0 3) $x211) (not $x232))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x45 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let ((?x97 (- ?x45 ?x45)))
 (let ((?x53 (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0)))
 (let ((?x100 (- ?x53 ?x53)))
 (let (($x102 (and (>= ?x97 1) (<= ?x97 2) (= ?x100 ?x97))))
 (let (($x241 (= cnt12@p0 0)))
 (let (($x242 (and (and (= status@p0 1) (>= ?x45 1) (not waited@p0)) $x241)))
 (and (and (= act@p0 4) $x242) (not (=> (= 4 2) $x102)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x45 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let ((?x44 (+ (+ cnt3@p0 (- cnt3@p0)) (+ cnt9@p0 (- cnt9@p0)) cnt12@p0 (+ cnt15@p0 (- cnt15@p0)) (+ cnt18@p0 (- cnt18@p0)))))
 (let ((?x46 (- ?x44 ?x45)))
 (let ((?x53 (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0)))
 (let ((?x100 (- ?x53 ?x53)))
 (let (($x48 (<= ?x46 2)))
 (let (($x47 (>= ?x46 1)))
 (let (($x241 (= cnt12@p0 0)))
 (let (($x252 (and (= act@p0 5) (and (and (= status@p0 1) (>= ?x45 1)) $x241 waited@p0))))
 (and $x252 (not (=> (= 5 2) (and $x47 $x48 (= ?x100 ?x46)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x45 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let ((?x97 (- ?x45 ?x45)))
 (let ((?x53 (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0)))
 (let ((?x100 (- ?x53 ?x53)))
 (let (($x102 (and (>= ?x97 1) (<= ?x97 2) (= ?x100 ?x97))))
 (let (($x262 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x262 (not (=> (= 6 2) $x102))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (and (= act@p0 7) false))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x45 (+ cnt3@p0 cnt9@p0 cnt12@p0 cnt15@p0 cnt18@p0)))
 (let ((?x321 (+ (+ cnt3@p0 (ite (= cls@p0 9) 1 0)) (+ cnt9@p0 (- (ite (= cls@p0 9) 1 0))) cnt12@p0 (+ cnt15@p0 (ite (= cls@p0 18) 1 0)) (+ cnt18@p0 (- (ite (= cls@p0 18) 1 0))))))
 (let ((?x322 (- ?x321 ?x45)))
 (let ((?x333 (+ (+ cnt0@p0 (ite (= cls@p0 6) 1 0)) (+ cnt1@p0 (ite (= cls@p0 7) 1 0)) (+ cnt6@p0 (- (ite (= cls@p0 6) 1 0))) (+ cnt7@p0 (- (ite (= cls@p0 7) 1 0))))))
 (let ((?x53 (+ cnt0@p0 cnt1@p0 cnt6@p0 cnt7@p0)))
 (let (($x337 (=> (= 8 2) (and (>= ?x322 1) (<= ?x322 2) (= (- ?x53 ?x333) ?x322)))))
 (let (($x309 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 16) (>= cnt16@p0 1)) (and (= cls@p0 17) (>= cnt17@p0 1)) (and (= cls@p0 18) (>= cnt18@p0 1)))))
 (let (($x202 (< cls@p0 19)))
 (let (($x200 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x200 $x202 $x309)) (not $x337))))))))))))
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
