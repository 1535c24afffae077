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
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun act@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun k3@p0 () Int)
(declare-fun k0@p0 () Int)
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
(declare-fun k2@p0 () Int)
(declare-fun k1@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun healthy@p0 () Bool)
(declare-fun cls@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(assert
 true)
(push 1)
(assert
 (let ((?x33 (+ cnt6@p0 cnt7@p0)))
 (let ((?x34 (- ?x33 ?x33)))
 (let ((?x48 (+ (+ cnt0@p0 (+ cnt1@p0 cnt2@p0)) (+ cnt3@p0 (+ cnt4@p0 cnt5@p0)))))
 (let ((?x39 (+ cnt0@p0 cnt3@p0)))
 (let (($x36 (<= ?x34 2)))
 (let (($x35 (>= ?x34 1)))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (=> (= 0 2) (and $x35 $x36 (= (- ?x39 ?x48) ?x34))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x33 (+ cnt6@p0 cnt7@p0)))
 (let ((?x34 (- ?x33 ?x33)))
 (let ((?x39 (+ cnt0@p0 cnt3@p0)))
 (let ((?x84 (- ?x39 ?x39)))
 (let (($x36 (<= ?x34 2)))
 (let (($x35 (>= ?x34 1)))
 (let (($x86 (and $x35 $x36 (= ?x84 ?x34))))
 (let ((?x77 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x78 (= ?x77 0)))
 (let (($x55 (= status@p0 1)))
 (and (and (= act@p0 1) (and $x55 $x78 (not checked@p0))) (not (=> (= 1 2) $x86))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x33 (+ cnt6@p0 cnt7@p0)))
 (let ((?x148 (- (+ (+ cnt6@p0 k0@p0) (+ cnt7@p0 k3@p0)) ?x33)))
 (let ((?x39 (+ cnt0@p0 cnt3@p0)))
 (let (($x157 (= (- ?x39 (+ (+ cnt0@p0 (- k0@p0)) (+ cnt3@p0 (- k3@p0)))) ?x148)))
 (let (($x160 (not (=> (= 2 2) (and (>= ?x148 1) (<= ?x148 2) $x157)))))
 (let ((?x108 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x140 (and (<= k0@p0 cnt0@p0) (= k1@p0 0) (= k2@p0 0) (<= k3@p0 cnt3@p0) (= k4@p0 0) (= k5@p0 0) (= k6@p0 0) (= k7@p0 0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0))))
 (let (($x124 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0))))
 (let (($x93 (not cancel_requested@p0)))
 (let ((?x77 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x78 (= ?x77 0)))
 (let (($x55 (= status@p0 1)))
 (let (($x142 (and (and $x55 $x78 checked@p0) $x93 (and (>= ?x108 1) $x124) $x140 (<= ?x108 2))))
 (and (and (= act@p0 2) $x142) $x160)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x33 (+ cnt6@p0 cnt7@p0)))
 (let ((?x196 (- (ite (and (= cls@p0 7) (= healthy@p0 false)) 1 0))))
 (let ((?x197 (+ (- (ite (and (= cls@p0 7) (= healthy@p0 true)) 1 0)) ?x196)))
 (let ((?x188 (- (ite (and (= cls@p0 6) (= healthy@p0 false)) 1 0))))
 (let ((?x189 (+ (- (ite (and (= cls@p0 6) (= healthy@p0 true)) 1 0)) ?x188)))
 (let ((?x200 (- (+ (+ cnt6@p0 ?x189) (+ cnt7@p0 ?x197)) ?x33)))
 (let ((?x39 (+ cnt0@p0 cnt3@p0)))
 (let ((?x84 (- ?x39 ?x39)))
 (let (($x205 (=> (= 3 2) (and (>= ?x200 1) (<= ?x200 2) (= ?x84 ?x200)))))
 (let (($x176 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x167 (< cls@p0 14)))
 (let (($x165 (>= cls@p0 0)))
 (and (and (= act@p0 3) (and $x165 $x167 $x176)) (not $x205)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (and (= act@p0 4) false))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x33 (+ cnt6@p0 cnt7@p0)))
 (let ((?x34 (- ?x33 ?x33)))
 (let ((?x39 (+ cnt0@p0 cnt3@p0)))
 (let ((?x84 (- ?x39 ?x39)))
 (let (($x36 (<= ?x34 2)))
 (let (($x35 (>= ?x34 1)))
 (let (($x86 (and $x35 $x36 (= ?x84 ?x34))))
 (let ((?x77 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x55 (= status@p0 1)))
 (let (($x217 (and (= act@p0 5) (and (and $x55 (>= ?x77 1)) (= ?x33 0)))))
 (and $x217 (not (=> (= 5 2) $x86))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x33 (+ cnt6@p0 cnt7@p0)))
 (let ((?x34 (- ?x33 ?x33)))
 (let ((?x39 (+ cnt0@p0 cnt3@p0)))
 (let ((?x84 (- ?x39 ?x39)))
 (let (($x36 (<= ?x34 2)))
 (let (($x35 (>= ?x34 1)))
 (let (($x86 (and $x35 $x36 (= ?x84 ?x34))))
 (let (($x224 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x224 (not (=> (= 6 2) $x86))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x33 (+ cnt6@p0 cnt7@p0)))
 (let ((?x34 (- ?x33 ?x33)))
 (let ((?x262 (+ (+ cnt0@p0 (- (ite (= cls@p0 0) 1 0))) (+ cnt3@p0 (ite (= cls@p0 0) 1 0)))))
 (let ((?x39 (+ cnt0@p0 cnt3@p0)))
 (let (($x36 (<= ?x34 2)))
 (let (($x35 (>= ?x34 1)))
 (let (($x253 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)))))
 (let (($x167 (< cls@p0 14)))
 (let (($x165 (>= cls@p0 0)))
 (let (($x55 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x55 (and $x165 $x167 $x253))) (not (=> (= 7 2) (and $x35 $x36 (= (- ?x39 ?x262) ?x34))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x33 (+ cnt6@p0 cnt7@p0)))
(let ((?x34 (- ?x33 ?x33)))
(let ((?x301 (+ (+ cnt0@p0 (ite (= cls@p0 3) 1 0)) (+ cnt3@p0 (- (ite (= cls@p0 3) 1 0))))))
(let ((?x39 (+ cnt0@p0 cnt3@p0)))
(let (($x36 (<= ?x34 2)))
(let (($x35 (>= ?x34 1)))
(let (($x293 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)))))
(let (($x167 (< cls@p0 14)))
(let (($x165 (>= cls@p0 0)))
(and (and (= act@p0 8) (and $x165 $x167 $x293)) (not (=> (= 8 2) (and $x35 $x36 (= (- ?x39 ?x301) ?x34)))))))))))))))
(check-sat)
(pop 1)
