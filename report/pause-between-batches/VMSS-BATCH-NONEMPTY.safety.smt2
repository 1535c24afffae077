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
(declare-fun cnt10@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun act@p0 () Int)
(declare-fun checked@p0 () Bool)
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
 (let ((?x46 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let ((?x45 (+ (+ cnt2@p0 (- cnt2@p0)) (+ cnt5@p0 (- cnt5@p0)) cnt6@p0 cnt7@p0 (+ cnt10@p0 (- cnt10@p0)) (+ cnt13@p0 (- cnt13@p0)))))
 (let ((?x47 (- ?x45 ?x46)))
 (let ((?x59 (+ (+ cnt0@p0 (+ cnt1@p0 cnt2@p0)) (+ cnt3@p0 (+ cnt4@p0 cnt5@p0)))))
 (let ((?x52 (+ cnt0@p0 cnt3@p0)))
 (let (($x49 (<= ?x47 2)))
 (let (($x48 (>= ?x47 1)))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (=> (= 0 2) (and $x48 $x49 (= (- ?x52 ?x59) ?x47)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x46 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let ((?x96 (- ?x46 ?x46)))
 (let ((?x52 (+ cnt0@p0 cnt3@p0)))
 (let ((?x99 (- ?x52 ?x52)))
 (let (($x101 (and (>= ?x96 1) (<= ?x96 2) (= ?x99 ?x96))))
 (let (($x94 (and (= act@p0 1) (and (= status@p0 1) (= ?x46 0) (not checked@p0)))))
 (and $x94 (not (=> (= 1 2) $x101))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x46 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let ((?x162 (+ cnt2@p0 cnt5@p0 (+ cnt6@p0 k0@p0) (+ cnt7@p0 k3@p0) cnt10@p0 cnt13@p0)))
 (let ((?x163 (- ?x162 ?x46)))
 (let ((?x52 (+ cnt0@p0 cnt3@p0)))
 (let (($x172 (= (- ?x52 (+ (+ cnt0@p0 (- k0@p0)) (+ cnt3@p0 (- k3@p0)))) ?x163)))
 (let (($x175 (not (=> (= 2 2) (and (>= ?x163 1) (<= ?x163 2) $x172)))))
 (let ((?x123 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x155 (and (<= k0@p0 cnt0@p0) (= k1@p0 0) (= k2@p0 0) (<= k3@p0 cnt3@p0) (= k4@p0 0) (= k5@p0 0) (= k6@p0 0) (= k7@p0 0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0))))
 (let (($x139 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0))))
 (let (($x108 (not cancel_requested@p0)))
 (let (($x157 (and (and (= status@p0 1) (= ?x46 0) checked@p0) $x108 (and (>= ?x123 1) $x139) $x155 (<= ?x123 2))))
 (and (and (= act@p0 2) $x157) $x175)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x46 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let ((?x210 (ite (and (= cls@p0 7) (= healthy@p0 false)) 1 0)))
 (let ((?x202 (ite (and (= cls@p0 6) (= healthy@p0 false)) 1 0)))
 (let ((?x207 (ite (and (= cls@p0 7) (= healthy@p0 true)) 1 0)))
 (let ((?x198 (ite (and (= cls@p0 6) (= healthy@p0 true)) 1 0)))
 (let ((?x218 (+ cnt2@p0 cnt5@p0 (+ cnt6@p0 (+ (- ?x198) (- ?x202))) (+ cnt7@p0 (+ (- ?x207) (- ?x210))) (+ cnt10@p0 (+ ?x198 ?x207)) (+ cnt13@p0 (+ ?x202 ?x210)))))
 (let ((?x219 (- ?x218 ?x46)))
 (let ((?x52 (+ cnt0@p0 cnt3@p0)))
 (let ((?x99 (- ?x52 ?x52)))
 (let (($x224 (=> (= 3 2) (and (>= ?x219 1) (<= ?x219 2) (= ?x99 ?x219)))))
 (let (($x191 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x182 (< cls@p0 14)))
 (let (($x180 (>= cls@p0 0)))
 (and (and (= act@p0 3) (and $x180 $x182 $x191)) (not $x224))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x46 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let ((?x96 (- ?x46 ?x46)))
 (let ((?x52 (+ cnt0@p0 cnt3@p0)))
 (let ((?x99 (- ?x52 ?x52)))
 (let (($x101 (and (>= ?x96 1) (<= ?x96 2) (= ?x99 ?x96))))
 (let ((?x73 (+ cnt6@p0 cnt7@p0)))
 (let (($x233 (= ?x73 0)))
 (let (($x234 (and (and (= status@p0 1) (>= ?x46 1) (not waited@p0)) $x233)))
 (and (and (= act@p0 4) $x234) (not (=> (= 4 2) $x101))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x46 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let ((?x45 (+ (+ cnt2@p0 (- cnt2@p0)) (+ cnt5@p0 (- cnt5@p0)) cnt6@p0 cnt7@p0 (+ cnt10@p0 (- cnt10@p0)) (+ cnt13@p0 (- cnt13@p0)))))
 (let ((?x47 (- ?x45 ?x46)))
 (let ((?x52 (+ cnt0@p0 cnt3@p0)))
 (let ((?x99 (- ?x52 ?x52)))
 (let (($x49 (<= ?x47 2)))
 (let (($x48 (>= ?x47 1)))
 (let ((?x73 (+ cnt6@p0 cnt7@p0)))
 (let (($x233 (= ?x73 0)))
 (let (($x244 (and (= act@p0 5) (and (and (= status@p0 1) (>= ?x46 1)) $x233 waited@p0))))
 (and $x244 (not (=> (= 5 2) (and $x48 $x49 (= ?x99 ?x47))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x46 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let ((?x96 (- ?x46 ?x46)))
 (let ((?x52 (+ cnt0@p0 cnt3@p0)))
 (let ((?x99 (- ?x52 ?x52)))
 (let (($x101 (and (>= ?x96 1) (<= ?x96 2) (= ?x99 ?x96))))
 (let (($x253 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x253 (not (=> (= 6 2) $x101))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x46 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let ((?x295 (+ (+ cnt2@p0 (- (ite (= cls@p0 2) 1 0))) (+ cnt5@p0 (ite (= cls@p0 2) 1 0)) cnt6@p0 cnt7@p0 (+ cnt10@p0 (- (ite (= cls@p0 10) 1 0))) (+ cnt13@p0 (ite (= cls@p0 10) 1 0)))))
 (let ((?x296 (- ?x295 ?x46)))
 (let ((?x303 (+ (+ cnt0@p0 (- (ite (= cls@p0 0) 1 0))) (+ cnt3@p0 (ite (= cls@p0 0) 1 0)))))
 (let ((?x52 (+ cnt0@p0 cnt3@p0)))
 (let (($x307 (=> (= 7 2) (and (>= ?x296 1) (<= ?x296 2) (= (- ?x52 ?x303) ?x296)))))
 (let (($x282 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)))))
 (let (($x182 (< cls@p0 14)))
 (let (($x180 (>= cls@p0 0)))
 (let (($x66 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x66 (and $x180 $x182 $x282))) (not $x307)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x46 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let ((?x346 (+ (+ cnt2@p0 (ite (= cls@p0 5) 1 0)) (+ cnt5@p0 (- (ite (= cls@p0 5) 1 0))) cnt6@p0 cnt7@p0 (+ cnt10@p0 (ite (= cls@p0 13) 1 0)) (+ cnt13@p0 (- (ite (= cls@p0 13) 1 0))))))
 (let ((?x347 (- ?x346 ?x46)))
 (let ((?x354 (+ (+ cnt0@p0 (ite (= cls@p0 3) 1 0)) (+ cnt3@p0 (- (ite (= cls@p0 3) 1 0))))))
 (let ((?x52 (+ cnt0@p0 cnt3@p0)))
 (let (($x358 (=> (= 8 2) (and (>= ?x347 1) (<= ?x347 2) (= (- ?x52 ?x354) ?x347)))))
 (let (($x334 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)))))
 (let (($x182 (< cls@p0 14)))
 (let (($x180 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x180 $x182 $x334)) (not $x358))))))))))))
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
