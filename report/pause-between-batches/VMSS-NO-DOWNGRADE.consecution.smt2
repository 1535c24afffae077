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
(declare-fun status@p0 () Int)
(declare-fun act@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt10@p0 () Int)
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
(declare-fun cls@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt4@p0 () Int)
(assert
 true)
(push 1)
(assert
 (let (($x29 (not true)))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) $x29)))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x29 (not true)))
 (let ((?x40 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x41 (= ?x40 0)))
 (let (($x31 (= status@p0 1)))
 (and (and (= act@p0 1) (and $x31 $x41 (not checked@p0))) $x29))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x29 (not true)))
 (let ((?x66 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x100 (and (<= k0@p0 cnt0@p0) (= k1@p0 0) (= k2@p0 0) (<= k3@p0 cnt3@p0) (= k4@p0 0) (= k5@p0 0) (= k6@p0 0) (= k7@p0 0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0))))
 (let (($x82 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0))))
 (let (($x51 (not cancel_requested@p0)))
 (let ((?x40 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x41 (= ?x40 0)))
 (let (($x31 (= status@p0 1)))
 (let (($x102 (and (and $x31 $x41 checked@p0) $x51 (and (>= ?x66 1) $x82) $x100 (<= ?x66 2))))
 (and (and (= act@p0 2) $x102) $x29)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x29 (not true)))
 (let (($x119 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x110 (< cls@p0 14)))
 (let (($x108 (>= cls@p0 0)))
 (and (and (= act@p0 3) (and $x108 $x110 $x119)) $x29))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x29 (not true)))
 (let (($x130 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x40 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x125 (>= ?x40 1)))
 (let (($x31 (= status@p0 1)))
 (and (and (= act@p0 4) (and (and $x31 $x125 (not waited@p0)) $x130)) $x29)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x29 (not true)))
 (let (($x130 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x40 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x125 (>= ?x40 1)))
 (let (($x31 (= status@p0 1)))
 (and (and (= act@p0 5) (and (and $x31 $x125) $x130 waited@p0)) $x29)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x29 (not true)))
 (let (($x142 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x142 $x29))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x29 (not true)))
 (let (($x169 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)))))
 (let (($x110 (< cls@p0 14)))
 (let (($x108 (>= cls@p0 0)))
 (let (($x31 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x31 (and $x108 $x110 $x169))) $x29)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x29 (not true)))
 (let (($x199 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)))))
 (let (($x110 (< cls@p0 14)))
 (let (($x108 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x108 $x110 $x199)) $x29))))))
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
