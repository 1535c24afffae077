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
(declare-fun waited@p0 () Bool)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(assert
 true)
(push 1)
(assert
 (let ((?x34 (+ cnt6@p0 cnt7@p0)))
 (let ((?x35 (- ?x34 ?x34)))
 (let ((?x49 (+ (+ cnt0@p0 (+ cnt1@p0 cnt2@p0)) (+ cnt3@p0 (+ cnt4@p0 cnt5@p0)))))
 (let ((?x40 (+ cnt0@p0 cnt3@p0)))
 (let (($x37 (<= ?x35 2)))
 (let (($x36 (>= ?x35 1)))
 (and (and (= act@p0 0) (not (= status@p0 1))) (not (=> (= 0 2) (and $x36 $x37 (= (- ?x40 ?x49) ?x35))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x34 (+ cnt6@p0 cnt7@p0)))
 (let ((?x35 (- ?x34 ?x34)))
 (let ((?x40 (+ cnt0@p0 cnt3@p0)))
 (let ((?x83 (- ?x40 ?x40)))
 (let (($x37 (<= ?x35 2)))
 (let (($x36 (>= ?x35 1)))
 (let (($x85 (and $x36 $x37 (= ?x83 ?x35))))
 (let ((?x76 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x77 (= ?x76 0)))
 (let (($x27 (= status@p0 1)))
 (and (and (= act@p0 1) (and $x27 $x77 (not checked@p0))) (not (=> (= 1 2) $x85))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x34 (+ cnt6@p0 cnt7@p0)))
 (let ((?x143 (- (+ (+ cnt6@p0 k0@p0) (+ cnt7@p0 k3@p0)) ?x34)))
 (let ((?x40 (+ cnt0@p0 cnt3@p0)))
 (let (($x152 (= (- ?x40 (+ (+ cnt0@p0 (- k0@p0)) (+ cnt3@p0 (- k3@p0)))) ?x143)))
 (let (($x155 (not (=> (= 2 2) (and (>= ?x143 1) (<= ?x143 2) $x152)))))
 (let ((?x134 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x91 (not cancel_requested@p0)))
 (let ((?x76 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x77 (= ?x76 0)))
 (let (($x27 (= status@p0 1)))
 (let (($x137 (and $x27 $x77 checked@p0 $x91 (>= k0@p0 0) (<= k0@p0 cnt0@p0) (>= k1@p0 0) (= k1@p0 0) (>= k2@p0 0) (= k2@p0 0) (>= k3@p0 0) (<= k3@p0 cnt3@p0) (>= k4@p0 0) (= k4@p0 0) (>= k5@p0 0) (= k5@p0 0) (>= k6@p0 0) (= k6@p0 0) (>= k7@p0 0) (= k7@p0 0) (>= k8@p0 0) (= k8@p0 0) (>= k9@p0 0) (= k9@p0 0) (>= k10@p0 0) (= k10@p0 0) (>= k11@p0 0) (= k11@p0 0) (>= k12@p0 0) (= k12@p0 0) (>= k13@p0 0) (= k13@p0 0) (>= ?x134 1) (<= ?x134 2))))
 (and (and (= act@p0 2) $x137) $x155)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x34 (+ cnt6@p0 cnt7@p0)))
 (let ((?x191 (- (ite (and (= cls@p0 7) (= healthy@p0 false)) 1 0))))
 (let ((?x192 (+ (- (ite (and (= cls@p0 7) (= healthy@p0 true)) 1 0)) ?x191)))
 (let ((?x183 (- (ite (and (= cls@p0 6) (= healthy@p0 false)) 1 0))))
 (let ((?x184 (+ (- (ite (and (= cls@p0 6) (= healthy@p0 true)) 1 0)) ?x183)))
 (let ((?x195 (- (+ (+ cnt6@p0 ?x184) (+ cnt7@p0 ?x192)) ?x34)))
 (let ((?x40 (+ cnt0@p0 cnt3@p0)))
 (let ((?x83 (- ?x40 ?x40)))
 (let (($x200 (=> (= 3 2) (and (>= ?x195 1) (<= ?x195 2) (= ?x83 ?x195)))))
 (let (($x171 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x162 (< cls@p0 14)))
 (let (($x160 (>= cls@p0 0)))
 (and (and (= act@p0 3) (and $x160 $x162 $x171)) (not $x200)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x34 (+ cnt6@p0 cnt7@p0)))
 (let ((?x35 (- ?x34 ?x34)))
 (let ((?x40 (+ cnt0@p0 cnt3@p0)))
 (let ((?x83 (- ?x40 ?x40)))
 (let (($x37 (<= ?x35 2)))
 (let (($x36 (>= ?x35 1)))
 (let (($x85 (and $x36 $x37 (= ?x83 ?x35))))
 (let (($x206 (= ?x34 0)))
 (let ((?x76 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x205 (>= ?x76 1)))
 (let (($x27 (= status@p0 1)))
 (and (and (= act@p0 4) (and $x27 $x205 $x206 (not waited@p0))) (not (=> (= 4 2) $x85)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x34 (+ cnt6@p0 cnt7@p0)))
 (let ((?x35 (- ?x34 ?x34)))
 (let ((?x40 (+ cnt0@p0 cnt3@p0)))
 (let ((?x83 (- ?x40 ?x40)))
 (let (($x37 (<= ?x35 2)))
 (let (($x36 (>= ?x35 1)))
 (let (($x85 (and $x36 $x37 (= ?x83 ?x35))))
 (let (($x206 (= ?x34 0)))
 (let ((?x76 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x205 (>= ?x76 1)))
 (let (($x27 (= status@p0 1)))
 (and (and (= act@p0 5) (and $x27 $x205 $x206 waited@p0)) (not (=> (= 5 2) $x85)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x34 (+ cnt6@p0 cnt7@p0)))
 (let ((?x35 (- ?x34 ?x34)))
 (let ((?x40 (+ cnt0@p0 cnt3@p0)))
 (let ((?x83 (- ?x40 ?x40)))
 (let (($x37 (<= ?x35 2)))
 (let (($x36 (>= ?x35 1)))
 (let (($x85 (and $x36 $x37 (= ?x83 ?x35))))
 (let (($x225 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x225 (not (=> (= 6 2) $x85))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x34 (+ cnt6@p0 cnt7@p0)))
 (let ((?x35 (- ?x34 ?x34)))
 (let ((?x263 (+ (+ cnt0@p0 (- (ite (= cls@p0 0) 1 0))) (+ cnt3@p0 (ite (= cls@p0 0) 1 0)))))
 (let ((?x40 (+ cnt0@p0 cnt3@p0)))
 (let (($x37 (<= ?x35 2)))
 (let (($x36 (>= ?x35 1)))
 (let (($x254 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)))))
 (let (($x162 (< cls@p0 14)))
 (let (($x160 (>= cls@p0 0)))
 (let (($x27 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x27 (and $x160 $x162 $x254))) (not (=> (= 7 2) (and $x36 $x37 (= (- ?x40 ?x263) ?x35))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x34 (+ cnt6@p0 cnt7@p0)))
(let ((?x35 (- ?x34 ?x34)))
(let ((?x302 (+ (+ cnt0@p0 (ite (= cls@p0 3) 1 0)) (+ cnt3@p0 (- (ite (= cls@p0 3) 1 0))))))
(let ((?x40 (+ cnt0@p0 cnt3@p0)))
(let (($x37 (<= ?x35 2)))
(let (($x36 (>= ?x35 1)))
(let (($x294 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)))))
(let (($x162 (< cls@p0 14)))
(let (($x160 (>= cls@p0 0)))
(and (and (= act@p0 8) (and $x160 $x162 $x294)) (not (=> (= 8 2) (and $x36 $x37 (= (- ?x40 ?x302) ?x35)))))))))))))))
(check-sat)
(pop 1)
