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
(declare-fun stop_tripped@p0 () Bool)
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
 (let (($x12 (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3)))))
 (and $x12)))
(push 1)
(assert
 (let (($x43 (not (=> (= 0 2) (not stop_tripped@p0)))))
 (and (and (= act@p0 0) (not (= status@p0 1))) $x43)))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x60 (not (=> (= 1 2) (not stop_tripped@p0)))))
 (let (($x55 (not checked@p0)))
 (let ((?x52 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x53 (= ?x52 0)))
 (let (($x37 (= status@p0 1)))
 (let (($x45 (= act@p0 1)))
 (and (and $x45 (and $x37 $x53 $x55)) $x60))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x123 (not (=> (= 2 2) (not stop_tripped@p0)))))
 (let ((?x115 (div (* 20 n@p0) 100)))
 (let ((?x109 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x118 (<= ?x109 (ite (<= ?x115 1) 1 ?x115))))
 (let (($x110 (>= ?x109 1)))
 (let (($x108 (= k13@p0 0)))
 (let (($x107 (>= k13@p0 0)))
 (let (($x105 (= k12@p0 0)))
 (let (($x104 (>= k12@p0 0)))
 (let (($x102 (= k11@p0 0)))
 (let (($x101 (>= k11@p0 0)))
 (let (($x99 (= k10@p0 0)))
 (let (($x98 (>= k10@p0 0)))
 (let (($x96 (= k9@p0 0)))
 (let (($x95 (>= k9@p0 0)))
 (let (($x93 (= k8@p0 0)))
 (let (($x92 (>= k8@p0 0)))
 (let (($x90 (= k7@p0 0)))
 (let (($x89 (>= k7@p0 0)))
 (let (($x87 (= k6@p0 0)))
 (let (($x86 (>= k6@p0 0)))
 (let (($x84 (= k5@p0 0)))
 (let (($x83 (>= k5@p0 0)))
 (let (($x81 (= k4@p0 0)))
 (let (($x80 (>= k4@p0 0)))
 (let (($x78 (<= k3@p0 cnt3@p0)))
 (let (($x76 (>= k3@p0 0)))
 (let (($x74 (= k2@p0 0)))
 (let (($x73 (>= k2@p0 0)))
 (let (($x71 (= k1@p0 0)))
 (let (($x70 (>= k1@p0 0)))
 (let (($x68 (<= k0@p0 cnt0@p0)))
 (let (($x66 (>= k0@p0 0)))
 (let (($x64 (not cancel_requested@p0)))
 (let ((?x52 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x53 (= ?x52 0)))
 (let (($x37 (= status@p0 1)))
 (let (($x119 (and $x37 $x53 checked@p0 $x64 $x66 $x68 $x70 $x71 $x73 $x74 $x76 $x78 $x80 $x81 $x83 $x84 $x86 $x87 $x89 $x90 $x92 $x93 $x95 $x96 $x98 $x99 $x101 $x102 $x104 $x105 $x107 $x108 $x110 $x118)))
 (let (($x62 (= act@p0 2)))
 (and (and $x62 $x119) $x123)))))))))))))))))))))))))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x143 (not (=> (= 3 2) (not stop_tripped@p0)))))
 (let (($x138 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x129 (< cls@p0 14)))
 (let (($x127 (>= cls@p0 0)))
 (let (($x125 (= act@p0 3)))
 (and (and $x125 (and $x127 $x129 $x138)) $x143)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x155 (not (=> (= 4 2) (not stop_tripped@p0)))))
 (let (($x150 (not waited@p0)))
 (let (($x148 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x52 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x146 (>= ?x52 1)))
 (let (($x37 (= status@p0 1)))
 (let (($x145 (= act@p0 4)))
 (and (and $x145 (and $x37 $x146 $x148 $x150)) $x155)))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x163 (not (=> (= 5 2) (not stop_tripped@p0)))))
 (let (($x148 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x52 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x146 (>= ?x52 1)))
 (let (($x37 (= status@p0 1)))
 (let (($x158 (= act@p0 5)))
 (and (and $x158 (and $x37 $x146 $x148 waited@p0)) $x163))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x170 (not (=> (= 6 2) (not stop_tripped@p0)))))
 (let (($x165 (= act@p0 6)))
 (and (and $x165 (and (= status@p0 1) (not cancel_requested@p0))) $x170))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x203 (not (=> (= 7 2) (not stop_tripped@p0)))))
 (let (($x197 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)))))
 (let (($x129 (< cls@p0 14)))
 (let (($x127 (>= cls@p0 0)))
 (let (($x37 (= status@p0 1)))
 (let (($x172 (= act@p0 7)))
 (and (and $x172 (and $x37 (and $x127 $x129 $x197))) $x203))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x235 (not (=> (= 8 2) (not stop_tripped@p0)))))
(let (($x230 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)))))
(let (($x129 (< cls@p0 14)))
(let (($x127 (>= cls@p0 0)))
(let (($x205 (= act@p0 8)))
(and (and $x205 (and $x127 $x129 $x230)) $x235)))))))
(check-sat)
(pop 1)
