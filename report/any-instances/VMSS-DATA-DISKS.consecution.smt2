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
(declare-fun n@p0 () Int)
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
 (and true))
(push 1)
(assert
 (let (($x5 (and true)))
 (let (($x31 (not $x5)))
 (and (and (= act@p0 0) (not (= status@p0 1))) $x31))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x5 (and true)))
 (let (($x31 (not $x5)))
 (let (($x43 (not checked@p0)))
 (let ((?x40 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x41 (= ?x40 0)))
 (let (($x28 (= status@p0 1)))
 (let (($x33 (= act@p0 1)))
 (and (and $x33 (and $x28 $x41 $x43)) $x31)))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x5 (and true)))
 (let (($x31 (not $x5)))
 (let ((?x101 (div (* 20 n@p0) 100)))
 (let ((?x95 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x104 (<= ?x95 (ite (<= ?x101 1) 1 ?x101))))
 (let (($x96 (>= ?x95 1)))
 (let (($x94 (= k13@p0 0)))
 (let (($x93 (>= k13@p0 0)))
 (let (($x91 (= k12@p0 0)))
 (let (($x90 (>= k12@p0 0)))
 (let (($x88 (= k11@p0 0)))
 (let (($x87 (>= k11@p0 0)))
 (let (($x85 (= k10@p0 0)))
 (let (($x84 (>= k10@p0 0)))
 (let (($x82 (= k9@p0 0)))
 (let (($x81 (>= k9@p0 0)))
 (let (($x79 (= k8@p0 0)))
 (let (($x78 (>= k8@p0 0)))
 (let (($x76 (= k7@p0 0)))
 (let (($x75 (>= k7@p0 0)))
 (let (($x73 (= k6@p0 0)))
 (let (($x72 (>= k6@p0 0)))
 (let (($x70 (= k5@p0 0)))
 (let (($x69 (>= k5@p0 0)))
 (let (($x67 (= k4@p0 0)))
 (let (($x66 (>= k4@p0 0)))
 (let (($x64 (<= k3@p0 cnt3@p0)))
 (let (($x62 (>= k3@p0 0)))
 (let (($x60 (= k2@p0 0)))
 (let (($x59 (>= k2@p0 0)))
 (let (($x57 (= k1@p0 0)))
 (let (($x56 (>= k1@p0 0)))
 (let (($x54 (<= k0@p0 cnt0@p0)))
 (let (($x52 (>= k0@p0 0)))
 (let (($x50 (not cancel_requested@p0)))
 (let ((?x40 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x41 (= ?x40 0)))
 (let (($x28 (= status@p0 1)))
 (let (($x105 (and $x28 $x41 checked@p0 $x50 $x52 $x54 $x56 $x57 $x59 $x60 $x62 $x64 $x66 $x67 $x69 $x70 $x72 $x73 $x75 $x76 $x78 $x79 $x81 $x82 $x84 $x85 $x87 $x88 $x90 $x91 $x93 $x94 $x96 $x104)))
 (let (($x48 (= act@p0 2)))
 (and (and $x48 $x105) $x31))))))))))))))))))))))))))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x5 (and true)))
 (let (($x31 (not $x5)))
 (let (($x122 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x113 (< cls@p0 14)))
 (let (($x111 (>= cls@p0 0)))
 (let (($x109 (= act@p0 3)))
 (and (and $x109 (and $x111 $x113 $x122)) $x31))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x5 (and true)))
 (let (($x31 (not $x5)))
 (let (($x132 (not waited@p0)))
 (let (($x130 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x40 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x128 (>= ?x40 1)))
 (let (($x28 (= status@p0 1)))
 (let (($x127 (= act@p0 4)))
 (and (and $x127 (and $x28 $x128 $x130 $x132)) $x31))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x5 (and true)))
 (let (($x31 (not $x5)))
 (let (($x130 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x40 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x128 (>= ?x40 1)))
 (let (($x28 (= status@p0 1)))
 (let (($x137 (= act@p0 5)))
 (and (and $x137 (and $x28 $x128 $x130 waited@p0)) $x31)))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x5 (and true)))
 (let (($x31 (not $x5)))
 (let (($x141 (= act@p0 6)))
 (and (and $x141 (and (= status@p0 1) (not cancel_requested@p0))) $x31)))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x5 (and true)))
 (let (($x31 (not $x5)))
 (let (($x170 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)))))
 (let (($x113 (< cls@p0 14)))
 (let (($x111 (>= cls@p0 0)))
 (let (($x28 (= status@p0 1)))
 (let (($x145 (= act@p0 7)))
 (and (and $x145 (and $x28 (and $x111 $x113 $x170))) $x31)))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x5 (and true)))
(let (($x31 (not $x5)))
(let (($x200 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)))))
(let (($x113 (< cls@p0 14)))
(let (($x111 (>= cls@p0 0)))
(let (($x175 (= act@p0 8)))
(and (and $x175 (and $x111 $x113 $x200)) $x31))))))))
(check-sat)
(pop 1)
