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
; cnt3 = old image, old OS disk, healthy, awaiting, data disks intact, UD 0
; cnt4 = old image, old OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt5 = old image, old OS disk, unhealthy, done, data disks intact, UD 0
; cnt6 = old image, old OS disk, unhealthy, finished, data disks intact, UD 0
; cnt7 = old image, old OS disk, unhealthy, awaiting, data disks intact, UD 0
; cnt8 = old image, new OS disk, healthy, upgrading, data disks intact, UD 0
; cnt9 = old image, new OS disk, unhealthy, upgrading, data disks intact, UD 0
; cnt10 = new image, new OS disk, healthy, fresh, data disks intact, UD 0
; cnt11 = new image, new OS disk, healthy, done, data disks intact, UD 0
; cnt12 = new image, new OS disk, healthy, finished, data disks intact, UD 0
; cnt13 = new image, new OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt14 = new image, new OS disk, unhealthy, done, data disks intact, UD 0
; cnt15 = new image, new OS disk, unhealthy, finished, data disks intact, UD 0
(set-logic QF_LIA)
(set-info :status unknown)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun act@p0 () Int)
(declare-fun checked@p0 () Bool)
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
 (let (($x46 (= (+ cnt1@p0 cnt2@p0 cnt5@p0 cnt6@p0) 0)))
 (let (($x43 (>= cnt15@p0 0)))
 (let (($x41 (>= cnt14@p0 0)))
 (let (($x39 (>= cnt13@p0 0)))
 (let (($x37 (>= cnt12@p0 0)))
 (let (($x35 (>= cnt11@p0 0)))
 (let (($x33 (>= cnt10@p0 0)))
 (let (($x31 (>= cnt9@p0 0)))
 (let (($x30 (>= cnt8@p0 0)))
 (let (($x29 (>= cnt7@p0 0)))
 (let (($x28 (>= cnt6@p0 0)))
 (let (($x27 (>= cnt5@p0 0)))
 (let (($x26 (>= cnt4@p0 0)))
 (let (($x25 (>= cnt3@p0 0)))
 (let (($x24 (>= cnt2@p0 0)))
 (let (($x23 (>= cnt1@p0 0)))
 (let (($x22 (>= cnt0@p0 0)))
 (let (($x44 (and $x22 $x23 $x24 $x25 $x26 $x27 $x28 $x29 $x30 $x31 $x33 $x35 $x37 $x39 $x41 $x43)))
 (let ((?x18 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0)))
 (let (($x20 (= ?x18 0)))
 (let (($x7 (= status@p0 2)))
 (let (($x21 (=> $x7 $x20)))
 (and $x21 $x44 $x46))))))))))))))))))))))))
(push 1)
(assert
 (let ((?x18 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0)))
 (let (($x20 (= ?x18 0)))
 (let (($x7 (= status@p0 2)))
 (let (($x21 (=> $x7 $x20)))
 (not $x21))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x78 (or $x7 (= status@p0 3) (= status@p0 4))))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (=> $x78 (or (= 1 status@p0) (= 0 0))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x97 (+ cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt13@p0 cnt14@p0 cnt15@p0)))
 (let (($x100 (> (* 100 ?x97) 200)))
 (let (($x95 (= (+ cnt0@p0 cnt4@p0) 0)))
 (let (($x105 (or (= (ite $x95 2 (ite $x100 4 1)) status@p0) (= 1 0))))
 (let (($x7 (= status@p0 2)))
 (let (($x78 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let ((?x88 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let (($x89 (= ?x88 0)))
 (let (($x85 (= status@p0 1)))
 (and (and (= act@p0 1) (and $x85 $x89 (not checked@p0))) (not (=> $x78 $x105)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x78 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let ((?x129 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0 k14@p0 k15@p0)))
 (let (($x165 (and (<= k0@p0 cnt0@p0) (= k1@p0 0) (= k2@p0 0) (= k3@p0 0) (<= k4@p0 cnt4@p0) (= k5@p0 0) (= k6@p0 0) (= k7@p0 0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0) (= k14@p0 0) (= k15@p0 0))))
 (let (($x147 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0) (>= k14@p0 0) (>= k15@p0 0))))
 (let (($x112 (not cancel_requested@p0)))
 (let ((?x88 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let (($x89 (= ?x88 0)))
 (let (($x85 (= status@p0 1)))
 (let (($x167 (and (and $x85 $x89 checked@p0) $x112 (and (>= ?x129 1) $x147) $x165 (<= ?x129 2))))
 (and (and (= act@p0 2) $x167) (not (=> $x78 (or (= status@p0 status@p0) (= 2 0))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x78 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x188 (or (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)))))
 (let (($x179 (< cls@p0 16)))
 (let (($x177 (>= cls@p0 0)))
 (and (and (= act@p0 3) (and $x177 $x179 $x188)) (not (=> $x78 (or (= status@p0 status@p0) (= 3 0)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x78 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x204 (= (+ cnt3@p0 cnt7@p0) 0)))
 (let (($x202 (= (+ cnt8@p0 cnt9@p0) 0)))
 (let ((?x88 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let (($x197 (>= ?x88 1)))
 (let (($x85 (= status@p0 1)))
 (let (($x206 (and (= act@p0 4) (and (and $x85 $x197 (not waited@p0)) $x202 $x204))))
 (and $x206 (not (=> $x78 (or (= status@p0 status@p0) (= 4 0))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x220 (+ cnt1@p0 cnt2@p0 cnt5@p0 cnt6@p0 cnt11@p0 cnt12@p0 cnt14@p0 cnt15@p0)))
 (let ((?x218 (* 100 (+ cnt1@p0 cnt2@p0 cnt5@p0 cnt6@p0 cnt14@p0 cnt15@p0))))
 (let ((?x97 (+ cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt13@p0 cnt14@p0 cnt15@p0)))
 (let (($x100 (> (* 100 ?x97) 200)))
 (let ((?x225 (ite (or $x100 (> ?x218 (* 20 ?x220))) 4 (ite (= (+ cnt0@p0 cnt4@p0) 0) 2 1))))
 (let (($x229 (or (= (ite cancel_requested@p0 3 ?x225) status@p0) (= 5 0))))
 (let (($x7 (= status@p0 2)))
 (let (($x78 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x204 (= (+ cnt3@p0 cnt7@p0) 0)))
 (let (($x202 (= (+ cnt8@p0 cnt9@p0) 0)))
 (let ((?x88 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let (($x197 (>= ?x88 1)))
 (let (($x85 (= status@p0 1)))
 (and (and (= act@p0 5) (and (and $x85 $x197) $x202 waited@p0 $x204)) (not (=> $x78 $x229)))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x88 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let (($x89 (= ?x88 0)))
 (let (($x7 (= status@p0 2)))
 (let (($x78 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x241 (=> $x78 (or (= (ite $x89 3 status@p0) status@p0) (= 6 0)))))
 (let (($x236 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x236 (not $x241)))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x78 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x267 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)))))
 (let (($x179 (< cls@p0 16)))
 (let (($x177 (>= cls@p0 0)))
 (let (($x85 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x85 (and $x177 $x179 $x267))) (not (=> $x78 (or (= status@p0 status@p0) (= 7 0))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x78 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x298 (or (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)) (and (= cls@p0 14) (>= cnt14@p0 1)) (and (= cls@p0 15) (>= cnt15@p0 1)))))
 (let (($x179 (< cls@p0 16)))
 (let (($x177 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x177 $x179 $x298)) (not (=> $x78 (or (= status@p0 status@p0) (= 8 0)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x78 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x313 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x179 (< cls@p0 16)))
 (let (($x177 (>= cls@p0 0)))
 (and (and (= act@p0 9) (and $x177 $x179 $x313)) (not (=> $x78 (or (= status@p0 status@p0) (= 9 0)))))))))))
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
