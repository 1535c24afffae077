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
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun act@p0 () Int)
(declare-fun checked@p0 () Bool)
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
(declare-fun cls@p0 () Int)
(declare-fun waited@p0 () Bool)
(assert
 (let ((?x44 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0)))
 (let ((?x43 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt12@p0 cnt13@p0)))
 (let (($x42 (= (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0) 0)))
 (let (($x39 (>= cnt13@p0 0)))
 (let (($x37 (>= cnt12@p0 0)))
 (let (($x35 (>= cnt11@p0 0)))
 (let (($x33 (>= cnt10@p0 0)))
 (let (($x31 (>= cnt9@p0 0)))
 (let (($x29 (>= cnt8@p0 0)))
 (let (($x27 (>= cnt7@p0 0)))
 (let (($x26 (>= cnt6@p0 0)))
 (let (($x25 (>= cnt5@p0 0)))
 (let (($x24 (>= cnt4@p0 0)))
 (let (($x23 (>= cnt3@p0 0)))
 (let (($x22 (>= cnt2@p0 0)))
 (let (($x21 (>= cnt1@p0 0)))
 (let (($x20 (>= cnt0@p0 0)))
 (let (($x40 (and $x20 $x21 $x22 $x23 $x24 $x25 $x26 $x27 $x29 $x31 $x33 $x35 $x37 $x39)))
 (let ((?x16 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0)))
 (let (($x18 (= ?x16 0)))
 (let (($x7 (= status@p0 2)))
 (let (($x19 (=> $x7 $x18)))
 (and $x19 $x40 $x42 (= ?x43 ?x44)))))))))))))))))))))))))
(push 1)
(assert
 (let ((?x16 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0)))
 (let (($x18 (= ?x16 0)))
 (let (($x7 (= status@p0 2)))
 (let (($x19 (=> $x7 $x18)))
 (not $x19))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x79 (or $x7 (= status@p0 3) (= status@p0 4))))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (=> $x79 (or (= 1 status@p0) (= 0 0))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x98 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x101 (> (* 100 ?x98) 200)))
 (let (($x96 (= (+ cnt0@p0 cnt3@p0) 0)))
 (let (($x106 (or (= (ite $x96 2 (ite $x101 4 1)) status@p0) (= 1 0))))
 (let (($x7 (= status@p0 2)))
 (let (($x79 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let ((?x89 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x90 (= ?x89 0)))
 (let (($x86 (= status@p0 1)))
 (and (and (= act@p0 1) (and $x86 $x90 (not checked@p0))) (not (=> $x79 $x106)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x79 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let ((?x128 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x160 (and (<= k0@p0 cnt0@p0) (= k1@p0 0) (= k2@p0 0) (<= k3@p0 cnt3@p0) (= k4@p0 0) (= k5@p0 0) (= k6@p0 0) (= k7@p0 0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0))))
 (let (($x144 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0))))
 (let (($x113 (not cancel_requested@p0)))
 (let ((?x89 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x90 (= ?x89 0)))
 (let (($x86 (= status@p0 1)))
 (let (($x162 (and (and $x86 $x90 checked@p0) $x113 (and (>= ?x128 1) $x144) $x160 (<= ?x128 2))))
 (and (and (= act@p0 2) $x162) (not (=> $x79 (or (= status@p0 status@p0) (= 2 0))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x79 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x183 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x174 (< cls@p0 14)))
 (let (($x172 (>= cls@p0 0)))
 (let (($x188 (and (= act@p0 3) (and (and $x172 $x174 $x183) (not healthy@p0)))))
 (and $x188 (not (=> $x79 (or (= status@p0 status@p0) (= 3 0))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x79 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x200 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x89 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x195 (>= ?x89 1)))
 (let (($x86 (= status@p0 1)))
 (and (and (= act@p0 4) (and (and $x86 $x195 (not waited@p0)) $x200)) (not (=> $x79 (or (= status@p0 status@p0) (= 4 0))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x44 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0)))
 (let ((?x43 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt12@p0 cnt13@p0)))
 (let ((?x98 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x101 (> (* 100 ?x98) 200)))
 (let ((?x219 (ite (or $x101 (> (* 100 ?x43) (* 20 ?x44))) 4 (ite (= (+ cnt0@p0 cnt3@p0) 0) 2 1))))
 (let (($x223 (or (= (ite cancel_requested@p0 3 ?x219) status@p0) (= 5 0))))
 (let (($x7 (= status@p0 2)))
 (let (($x79 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x200 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x89 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x195 (>= ?x89 1)))
 (let (($x86 (= status@p0 1)))
 (and (and (= act@p0 5) (and (and $x86 $x195) $x200 waited@p0)) (not (=> $x79 $x223))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x89 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x90 (= ?x89 0)))
 (let (($x7 (= status@p0 2)))
 (let (($x79 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x234 (=> $x79 (or (= (ite $x90 3 status@p0) status@p0) (= 6 0)))))
 (let (($x229 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x229 (not $x234)))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x79 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x258 (and (= cls@p0 10) (>= cnt10@p0 1))))
 (let (($x254 (and (= cls@p0 9) (>= cnt9@p0 1))))
 (let (($x250 (and (= cls@p0 8) (>= cnt8@p0 1))))
 (let (($x259 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) $x250 $x254 $x258)))
 (let (($x174 (< cls@p0 14)))
 (let (($x172 (>= cls@p0 0)))
 (let (($x86 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x86 (and $x172 $x174 $x259))) (not (=> $x79 (or (= status@p0 status@p0) (= 7 0)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x7 (= status@p0 2)))
 (let (($x79 (or $x7 (= status@p0 3) (= status@p0 4))))
 (let (($x289 (and (= cls@p0 13) (>= cnt13@p0 1))))
 (let (($x285 (and (= cls@p0 12) (>= cnt12@p0 1))))
 (let (($x281 (and (= cls@p0 11) (>= cnt11@p0 1))))
 (let (($x258 (and (= cls@p0 10) (>= cnt10@p0 1))))
 (let (($x254 (and (= cls@p0 9) (>= cnt9@p0 1))))
 (let (($x250 (and (= cls@p0 8) (>= cnt8@p0 1))))
 (let (($x174 (< cls@p0 14)))
 (let (($x172 (>= cls@p0 0)))
 (let (($x290 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) $x281 $x285 $x289)))
 (let (($x295 (and (and $x172 $x174 $x290) (not (and $x172 $x174 (or $x250 $x254 $x258 $x281 $x285 $x289))))))
 (and (and (= act@p0 8) $x295) (not (=> $x79 (or (= status@p0 status@p0) (= 8 0))))))))))))))))))
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
