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
(declare-fun cancel_requested@p0 () Bool)
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
 (let (($x35 (not (=> (= 0 2) (not cancel_requested@p0)))))
 (and (and (= act@p0 0) (not (= status@p0 1))) $x35)))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x52 (not (=> (= 1 2) (not cancel_requested@p0)))))
 (let (($x47 (not checked@p0)))
 (let ((?x44 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x45 (= ?x44 0)))
 (let (($x27 (= status@p0 1)))
 (let (($x37 (= act@p0 1)))
 (and (and $x37 (and $x27 $x45 $x47)) $x52))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x106 (not (=> (= 2 2) (not cancel_requested@p0)))))
 (let ((?x99 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x101 (<= ?x99 2)))
 (let (($x100 (>= ?x99 1)))
 (let (($x98 (= k13@p0 0)))
 (let (($x97 (>= k13@p0 0)))
 (let (($x95 (= k12@p0 0)))
 (let (($x94 (>= k12@p0 0)))
 (let (($x92 (= k11@p0 0)))
 (let (($x91 (>= k11@p0 0)))
 (let (($x89 (= k10@p0 0)))
 (let (($x88 (>= k10@p0 0)))
 (let (($x86 (= k9@p0 0)))
 (let (($x85 (>= k9@p0 0)))
 (let (($x83 (= k8@p0 0)))
 (let (($x82 (>= k8@p0 0)))
 (let (($x80 (= k7@p0 0)))
 (let (($x79 (>= k7@p0 0)))
 (let (($x77 (= k6@p0 0)))
 (let (($x76 (>= k6@p0 0)))
 (let (($x74 (= k5@p0 0)))
 (let (($x73 (>= k5@p0 0)))
 (let (($x71 (= k4@p0 0)))
 (let (($x70 (>= k4@p0 0)))
 (let (($x68 (<= k3@p0 cnt3@p0)))
 (let (($x66 (>= k3@p0 0)))
 (let (($x64 (= k2@p0 0)))
 (let (($x63 (>= k2@p0 0)))
 (let (($x61 (= k1@p0 0)))
 (let (($x60 (>= k1@p0 0)))
 (let (($x58 (<= k0@p0 cnt0@p0)))
 (let (($x56 (>= k0@p0 0)))
 (let (($x33 (not cancel_requested@p0)))
 (let ((?x44 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x45 (= ?x44 0)))
 (let (($x27 (= status@p0 1)))
 (let (($x102 (and $x27 $x45 checked@p0 $x33 $x56 $x58 $x60 $x61 $x63 $x64 $x66 $x68 $x70 $x71 $x73 $x74 $x76 $x77 $x79 $x80 $x82 $x83 $x85 $x86 $x88 $x89 $x91 $x92 $x94 $x95 $x97 $x98 $x100 $x101)))
 (let (($x54 (= act@p0 2)))
 (and (and $x54 $x102) $x106))))))))))))))))))))))))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x127 (not (=> (= 3 2) (not cancel_requested@p0)))))
 (let (($x122 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x113 (< cls@p0 14)))
 (let (($x111 (>= cls@p0 0)))
 (let (($x109 (= act@p0 3)))
 (and (and $x109 (and $x111 $x113 $x122)) $x127)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x140 (not (=> (= 4 2) (not cancel_requested@p0)))))
 (let (($x135 (not waited@p0)))
 (let (($x133 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x44 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x131 (>= ?x44 1)))
 (let (($x27 (= status@p0 1)))
 (let (($x130 (= act@p0 4)))
 (and (and $x130 (and $x27 $x131 $x133 $x135)) $x140)))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x148 (not (=> (= 5 2) (not cancel_requested@p0)))))
 (let (($x133 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x44 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x131 (>= ?x44 1)))
 (let (($x27 (= status@p0 1)))
 (let (($x143 (= act@p0 5)))
 (and (and $x143 (and $x27 $x131 $x133 waited@p0)) $x148))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x155 (not (=> (= 6 2) (not cancel_requested@p0)))))
 (let (($x150 (= act@p0 6)))
 (and (and $x150 (and (= status@p0 1) (not cancel_requested@p0))) $x155))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x188 (not (=> (= 7 2) (not cancel_requested@p0)))))
 (let (($x182 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)))))
 (let (($x113 (< cls@p0 14)))
 (let (($x111 (>= cls@p0 0)))
 (let (($x27 (= status@p0 1)))
 (let (($x157 (= act@p0 7)))
 (and (and $x157 (and $x27 (and $x111 $x113 $x182))) $x188))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x220 (not (=> (= 8 2) (not cancel_requested@p0)))))
(let (($x215 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)))))
(let (($x113 (< cls@p0 14)))
(let (($x111 (>= cls@p0 0)))
(let (($x190 (= act@p0 8)))
(and (and $x190 (and $x111 $x113 $x215)) $x220)))))))
(check-sat)
(pop 1)
