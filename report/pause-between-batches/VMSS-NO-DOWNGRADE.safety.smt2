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
; cnt3 = old image, old OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt4 = old image, old OS disk, unhealthy, done, data disks intact, UD 0
; cnt5 = old image, old OS disk, unhealthy, finished, data disks intact, UD 0
; cnt6 = old image, new OS disk, healthy, upgrading, data disks intact, UD 0
; cnt7 = old image, new OS disk, unhealthy, upgrading, data disks intact, UD 0
; cnt8 = new image, new OS disk, healthy, fresh, data disks intact, UD 0
; cnt9 = new image, new OS disk, healthy, done, data disks intact, UD 0
; cnt10 = new image, new OS disk, healthy, finished, data disks intact, UD 0
; cnt11 = new image, new OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt12 = new image, new OS disk, unhealthy, done, data disks intact, UD 0
; cnt13 = new image, new OS disk, unhealthy, finished, data disks intact, UD 0
(set-logic QF_LIA)
(set-info :status unknown)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun act@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt2@p0 () Int)
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
(declare-fun cnt3@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun healthy@p0 () Bool)
(declare-fun cls@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt4@p0 () Int)
(assert
 true)
(push 1)
(assert
 (let ((?x48 (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let ((?x46 (+ cnt13@p0 (- cnt13@p0))))
 (let ((?x37 (+ cnt10@p0 (- cnt10@p0))))
 (let ((?x47 (+ (+ cnt8@p0 (+ cnt9@p0 cnt10@p0)) (+ cnt9@p0 (- cnt9@p0)) ?x37 (+ cnt11@p0 (+ cnt12@p0 cnt13@p0)) (+ cnt12@p0 (- cnt12@p0)) ?x46)))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (not (< ?x47 ?x48)))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x75 (not (not (< ?x48 ?x48)))))
 (let ((?x67 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x68 (= ?x67 0)))
 (let (($x53 (= status@p0 1)))
 (and (and (= act@p0 1) (and $x53 $x68 (not checked@p0))) $x75)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x75 (not (not (< ?x48 ?x48)))))
 (let ((?x96 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x130 (and (<= k0@p0 cnt0@p0) (= k1@p0 0) (= k2@p0 0) (<= k3@p0 cnt3@p0) (= k4@p0 0) (= k5@p0 0) (= k6@p0 0) (= k7@p0 0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0))))
 (let (($x112 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0))))
 (let (($x81 (not cancel_requested@p0)))
 (let ((?x67 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x68 (= ?x67 0)))
 (let (($x53 (= status@p0 1)))
 (let (($x132 (and (and $x53 $x68 checked@p0) $x81 (and (>= ?x96 1) $x112) $x130 (<= ?x96 2))))
 (and (and (= act@p0 2) $x132) $x75))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let ((?x165 (+ (ite (and (= cls@p0 6) (= healthy@p0 false)) 1 0) (ite (and (= cls@p0 7) (= healthy@p0 false)) 1 0))))
 (let ((?x158 (+ (ite (and (= cls@p0 6) (= healthy@p0 true)) 1 0) (ite (and (= cls@p0 7) (= healthy@p0 true)) 1 0))))
 (let ((?x167 (+ cnt8@p0 cnt9@p0 (+ cnt10@p0 ?x158) cnt11@p0 cnt12@p0 (+ cnt13@p0 ?x165))))
 (let (($x149 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x140 (< cls@p0 14)))
 (let (($x138 (>= cls@p0 0)))
 (and (and (= act@p0 3) (and $x138 $x140 $x149)) (not (not (< ?x167 ?x48))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x75 (not (not (< ?x48 ?x48)))))
 (let (($x179 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x67 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x174 (>= ?x67 1)))
 (let (($x53 (= status@p0 1)))
 (and (and (= act@p0 4) (and (and $x53 $x174 (not waited@p0)) $x179)) $x75))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let ((?x46 (+ cnt13@p0 (- cnt13@p0))))
 (let ((?x41 (+ cnt12@p0 cnt13@p0)))
 (let ((?x37 (+ cnt10@p0 (- cnt10@p0))))
 (let ((?x32 (+ cnt9@p0 cnt10@p0)))
 (let (($x179 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x67 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x174 (>= ?x67 1)))
 (let (($x53 (= status@p0 1)))
 (and (and (= act@p0 5) (and (and $x53 $x174) $x179 waited@p0)) (not (not (< (+ cnt8@p0 ?x32 ?x37 cnt11@p0 ?x41 ?x46) ?x48))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x75 (not (not (< ?x48 ?x48)))))
 (let (($x195 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x195 $x75)))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let ((?x236 (+ (+ cnt8@p0 (- (ite (= cls@p0 8) 1 0))) (+ cnt9@p0 (- (ite (= cls@p0 9) 1 0))) (+ cnt10@p0 (- (ite (= cls@p0 10) 1 0))) (+ cnt11@p0 (ite (= cls@p0 8) 1 0)) (+ cnt12@p0 (ite (= cls@p0 9) 1 0)) (+ cnt13@p0 (ite (= cls@p0 10) 1 0)))))
 (let (($x220 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)))))
 (let (($x140 (< cls@p0 14)))
 (let (($x138 (>= cls@p0 0)))
 (let (($x53 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x53 (and $x138 $x140 $x220))) (not (not (< ?x236 ?x48)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let ((?x279 (+ (+ cnt8@p0 (ite (= cls@p0 11) 1 0)) (+ cnt9@p0 (ite (= cls@p0 12) 1 0)) (+ cnt10@p0 (ite (= cls@p0 13) 1 0)) (+ cnt11@p0 (- (ite (= cls@p0 11) 1 0))) (+ cnt12@p0 (- (ite (= cls@p0 12) 1 0))) (+ cnt13@p0 (- (ite (= cls@p0 13) 1 0))))))
 (let (($x264 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)))))
 (let (($x140 (< cls@p0 14)))
 (let (($x138 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x138 $x140 $x264)) (not (not (< ?x279 ?x48))))))))))
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
