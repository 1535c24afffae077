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
 true)
(push 1)
(assert
 (let (($x30 (not true)))
 (and (and (= act@p0 0) (not (= status@p0 1))) $x30)))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x30 (not true)))
 (let (($x42 (not checked@p0)))
 (let ((?x39 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x40 (= ?x39 0)))
 (let (($x27 (= status@p0 1)))
 (let (($x32 (= act@p0 1)))
 (and (and $x32 (and $x27 $x40 $x42)) $x30))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x30 (not true)))
 (let ((?x100 (div (* 20 n@p0) 100)))
 (let ((?x94 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x103 (<= ?x94 (ite (<= ?x100 1) 1 ?x100))))
 (let (($x95 (>= ?x94 1)))
 (let (($x93 (= k13@p0 0)))
 (let (($x92 (>= k13@p0 0)))
 (let (($x90 (= k12@p0 0)))
 (let (($x89 (>= k12@p0 0)))
 (let (($x87 (= k11@p0 0)))
 (let (($x86 (>= k11@p0 0)))
 (let (($x84 (= k10@p0 0)))
 (let (($x83 (>= k10@p0 0)))
 (let (($x81 (= k9@p0 0)))
 (let (($x80 (>= k9@p0 0)))
 (let (($x78 (= k8@p0 0)))
 (let (($x77 (>= k8@p0 0)))
 (let (($x75 (= k7@p0 0)))
 (let (($x74 (>= k7@p0 0)))
 (let (($x72 (= k6@p0 0)))
 (let (($x71 (>= k6@p0 0)))
 (let (($x69 (= k5@p0 0)))
 (let (($x68 (>= k5@p0 0)))
 (let (($x66 (= k4@p0 0)))
 (let (($x65 (>= k4@p0 0)))
 (let (($x63 (<= k3@p0 cnt3@p0)))
 (let (($x61 (>= k3@p0 0)))
 (let (($x59 (= k2@p0 0)))
 (let (($x58 (>= k2@p0 0)))
 (let (($x56 (= k1@p0 0)))
 (let (($x55 (>= k1@p0 0)))
 (let (($x53 (<= k0@p0 cnt0@p0)))
 (let (($x51 (>= k0@p0 0)))
 (let (($x49 (not cancel_requested@p0)))
 (let ((?x39 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x40 (= ?x39 0)))
 (let (($x27 (= status@p0 1)))
 (let (($x104 (and $x27 $x40 checked@p0 $x49 $x51 $x53 $x55 $x56 $x58 $x59 $x61 $x63 $x65 $x66 $x68 $x69 $x71 $x72 $x74 $x75 $x77 $x78 $x80 $x81 $x83 $x84 $x86 $x87 $x89 $x90 $x92 $x93 $x95 $x103)))
 (let (($x47 (= act@p0 2)))
 (and (and $x47 $x104) $x30)))))))))))))))))))))))))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x30 (not true)))
 (let (($x121 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x112 (< cls@p0 14)))
 (let (($x110 (>= cls@p0 0)))
 (let (($x108 (= act@p0 3)))
 (and (and $x108 (and $x110 $x112 $x121)) $x30)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x30 (not true)))
 (let (($x131 (not waited@p0)))
 (let (($x129 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x39 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x127 (>= ?x39 1)))
 (let (($x27 (= status@p0 1)))
 (let (($x126 (= act@p0 4)))
 (and (and $x126 (and $x27 $x127 $x129 $x131)) $x30)))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x30 (not true)))
 (let (($x129 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x39 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x127 (>= ?x39 1)))
 (let (($x27 (= status@p0 1)))
 (let (($x136 (= act@p0 5)))
 (and (and $x136 (and $x27 $x127 $x129 waited@p0)) $x30))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x30 (not true)))
 (let (($x140 (= act@p0 6)))
 (and (and $x140 (and (= status@p0 1) (not cancel_requested@p0))) $x30))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x30 (not true)))
 (let (($x169 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)))))
 (let (($x112 (< cls@p0 14)))
 (let (($x110 (>= cls@p0 0)))
 (let (($x27 (= status@p0 1)))
 (let (($x144 (= act@p0 7)))
 (and (and $x144 (and $x27 (and $x110 $x112 $x169))) $x30))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x30 (not true)))
(let (($x199 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)))))
(let (($x112 (< cls@p0 14)))
(let (($x110 (>= cls@p0 0)))
(let (($x174 (= act@p0 8)))
(and (and $x174 (and $x110 $x112 $x199)) $x30)))))))
(check-sat)
(pop 1)
