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
; cnt3 = old image, old OS disk, healthy, awaiting, data disks intact, UD 0
; cnt4 = old image, old OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt5 = old image, old OS disk, unhealthy, done, data disks intact, UD 0
; cnt6 = old image, old OS disk, unhealthy, finished, data disks intact, UD 0
; cnt7 = old image, old OS disk, unhealthy, awaiting, data disks intact, UD 0
; cnt8 = old image, new OS disk, healthy, upgrading, data disks intact, UD 0
; cnt9 = old image, new OS disk, unhealthy, upgrading, data disks intact, UD 0
; cnt10 = new image, new OS disk, healthy, fresh, data disks intact, UD 0
; cnt11 = new image, new OS disk, healthy, done, data disks intact, UD 0
; cnt12 = new image, new OS disk, healthy, finished, data disks intact, UD 0
; cnt13 = new image, new OS disk, unhealthy, fresh, data disks intact, UD 0
; cnt14 = new image, new OS disk, unhealthy, done, data disks intact, UD 0
; cnt15 = new image, new OS disk, unhealthy, finished, data disks intact, UD 0
(set-logic QF_LIA)
(set-info :status unknown)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun act@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun k4@p0 () Int)
(declare-fun k0@p0 () Int)
(declare-fun k15@p0 () Int)
(declare-fun k14@p0 () Int)
(declare-fun k13@p0 () Int)
(declare-fun k12@p0 () Int)
(declare-fun k11@p0 () Int)
(declare-fun k10@p0 () Int)
(declare-fun k9@p0 () Int)
(declare-fun k8@p0 () Int)
(declare-fun k7@p0 () Int)
(declare-fun k6@p0 () Int)
(declare-fun k5@p0 () Int)
(declare-fun k3@p0 () Int)
(declare-fun k2@p0 () Int)
(declare-fun k1@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun healthy@p0 () Bool)
(declare-fun cls@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt13@p0 () Int)
(assert
 true)
(push 1)
(assert
 (let ((?x48 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let ((?x47 (+ (+ cnt2@p0 (- cnt2@p0)) cnt3@p0 (+ cnt6@p0 (- cnt6@p0)) cnt7@p0 cnt8@p0 cnt9@p0 (+ cnt12@p0 (- cnt12@p0)) (+ cnt15@p0 (- cnt15@p0)))))
 (let ((?x49 (- ?x47 ?x48)))
 (let ((?x61 (+ (+ cnt0@p0 (+ cnt1@p0 cnt2@p0)) (+ cnt4@p0 (+ cnt5@p0 cnt6@p0)))))
 (let ((?x54 (+ cnt0@p0 cnt4@p0)))
 (let (($x51 (<= ?x49 2)))
 (let (($x50 (>= ?x49 1)))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (=> (= 0 2) (and $x50 $x51 (= (- ?x54 ?x61) ?x49)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let ((?x100 (- ?x48 ?x48)))
 (let ((?x54 (+ cnt0@p0 cnt4@p0)))
 (let ((?x103 (- ?x54 ?x54)))
 (let (($x105 (and (>= ?x100 1) (<= ?x100 2) (= ?x103 ?x100))))
 (let (($x98 (and (= act@p0 1) (and (= status@p0 1) (= ?x48 0) (not checked@p0)))))
 (and $x98 (not (=> (= 1 2) $x105))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let ((?x172 (+ cnt2@p0 (+ cnt3@p0 k0@p0) cnt6@p0 (+ cnt7@p0 k4@p0) cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let ((?x173 (- ?x172 ?x48)))
 (let ((?x54 (+ cnt0@p0 cnt4@p0)))
 (let (($x182 (= (- ?x54 (+ (+ cnt0@p0 (- k0@p0)) (+ cnt4@p0 (- k4@p0)))) ?x173)))
 (let (($x185 (not (=> (= 2 2) (and (>= ?x173 1) (<= ?x173 2) $x182)))))
 (let ((?x129 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0 k14@p0 k15@p0)))
 (let (($x165 (and (<= k0@p0 cnt0@p0) (= k1@p0 0) (= k2@p0 0) (= k3@p0 0) (<= k4@p0 cnt4@p0) (= k5@p0 0) (= k6@p0 0) (= k7@p0 0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0) (= k14@p0 0) (= k15@p0 0))))
 (let (($x147 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0) (>= k14@p0 0) (>= k15@p0 0))))
 (let (($x112 (not cancel_requested@p0)))
 (let (($x167 (and (and (= status@p0 1) (= ?x48 0) checked@p0) $x112 (and (>= ?x129 1) $x147) $x165 (<= ?x129 2))))
 (and (and (= act@p0 2) $x167) $x185)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let ((?x220 (ite (and (= cls@p0 9) (= healthy@p0 false)) 1 0)))
 (let ((?x212 (ite (and (= cls@p0 8) (= healthy@p0 false)) 1 0)))
 (let ((?x217 (ite (and (= cls@p0 9) (= healthy@p0 true)) 1 0)))
 (let ((?x208 (ite (and (= cls@p0 8) (= healthy@p0 true)) 1 0)))
 (let ((?x228 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 (+ cnt8@p0 (+ (- ?x208) (- ?x212))) (+ cnt9@p0 (+ (- ?x217) (- ?x220))) (+ cnt12@p0 (+ ?x208 ?x217)) (+ cnt15@p0 (+ ?x212 ?x220)))))
 (let ((?x229 (- ?x228 ?x48)))
 (let ((?x54 (+ cnt0@p0 cnt4@p0)))
 (let ((?x103 (- ?x54 ?x54)))
 (let (($x234 (=> (= 3 2) (and (>= ?x229 1) (<= ?x229 2) (= ?x103 ?x229)))))
 (let (($x201 (or (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)))))
 (let (($x192 (< cls@p0 16)))
 (let (($x190 (>= cls@p0 0)))
 (and (and (= act@p0 3) (and $x190 $x192 $x201)) (not $x234))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let ((?x100 (- ?x48 ?x48)))
 (let ((?x54 (+ cnt0@p0 cnt4@p0)))
 (let ((?x103 (- ?x54 ?x54)))
 (let (($x105 (and (>= ?x100 1) (<= ?x100 2) (= ?x103 ?x100))))
 (let (($x246 (= (+ cnt3@p0 cnt7@p0) 0)))
 (let (($x244 (= (+ cnt8@p0 cnt9@p0) 0)))
 (let (($x247 (and (and (= status@p0 1) (>= ?x48 1) (not waited@p0)) $x244 $x246)))
 (and (and (= act@p0 4) $x247) (not (=> (= 4 2) $x105))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let ((?x47 (+ (+ cnt2@p0 (- cnt2@p0)) cnt3@p0 (+ cnt6@p0 (- cnt6@p0)) cnt7@p0 cnt8@p0 cnt9@p0 (+ cnt12@p0 (- cnt12@p0)) (+ cnt15@p0 (- cnt15@p0)))))
 (let ((?x49 (- ?x47 ?x48)))
 (let ((?x54 (+ cnt0@p0 cnt4@p0)))
 (let ((?x103 (- ?x54 ?x54)))
 (let (($x51 (<= ?x49 2)))
 (let (($x50 (>= ?x49 1)))
 (let (($x246 (= (+ cnt3@p0 cnt7@p0) 0)))
 (let (($x244 (= (+ cnt8@p0 cnt9@p0) 0)))
 (let (($x256 (and (and (= status@p0 1) (>= ?x48 1)) $x244 waited@p0 $x246)))
 (and (and (= act@p0 5) $x256) (not (=> (= 5 2) (and $x50 $x51 (= ?x103 ?x49))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let ((?x100 (- ?x48 ?x48)))
 (let ((?x54 (+ cnt0@p0 cnt4@p0)))
 (let ((?x103 (- ?x54 ?x54)))
 (let (($x105 (and (>= ?x100 1) (<= ?x100 2) (= ?x103 ?x100))))
 (let (($x267 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x267 (not (=> (= 6 2) $x105))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let ((?x310 (+ (+ cnt2@p0 (- (ite (= cls@p0 2) 1 0))) cnt3@p0 (+ cnt6@p0 (ite (= cls@p0 2) 1 0)) cnt7@p0 cnt8@p0 cnt9@p0 (+ cnt12@p0 (- (ite (= cls@p0 12) 1 0))) (+ cnt15@p0 (ite (= cls@p0 12) 1 0)))))
 (let ((?x311 (- ?x310 ?x48)))
 (let ((?x318 (+ (+ cnt0@p0 (- (ite (= cls@p0 0) 1 0))) (+ cnt4@p0 (ite (= cls@p0 0) 1 0)))))
 (let ((?x54 (+ cnt0@p0 cnt4@p0)))
 (let (($x322 (=> (= 7 2) (and (>= ?x311 1) (<= ?x311 2) (= (- ?x54 ?x318) ?x311)))))
 (let (($x297 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)))))
 (let (($x192 (< cls@p0 16)))
 (let (($x190 (>= cls@p0 0)))
 (let (($x68 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x68 (and $x190 $x192 $x297))) (not $x322)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let ((?x361 (+ (+ cnt2@p0 (ite (= cls@p0 6) 1 0)) cnt3@p0 (+ cnt6@p0 (- (ite (= cls@p0 6) 1 0))) cnt7@p0 cnt8@p0 cnt9@p0 (+ cnt12@p0 (ite (= cls@p0 15) 1 0)) (+ cnt15@p0 (- (ite (= cls@p0 15) 1 0))))))
 (let ((?x362 (- ?x361 ?x48)))
 (let ((?x369 (+ (+ cnt0@p0 (ite (= cls@p0 4) 1 0)) (+ cnt4@p0 (- (ite (= cls@p0 4) 1 0))))))
 (let ((?x54 (+ cnt0@p0 cnt4@p0)))
 (let (($x373 (=> (= 8 2) (and (>= ?x362 1) (<= ?x362 2) (= (- ?x54 ?x369) ?x362)))))
 (let (($x349 (or (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)) (and (= cls@p0 14) (>= cnt14@p0 1)) (and (= cls@p0 15) (>= cnt15@p0 1)))))
 (let (($x192 (< cls@p0 16)))
 (let (($x190 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x190 $x192 $x349)) (not $x373))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x48 (+ cnt2@p0 cnt3@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt12@p0 cnt15@p0)))
 (let ((?x395 (+ cnt2@p0 (+ cnt3@p0 (- (ite (= cls@p0 3) 1 0))) cnt6@p0 (+ cnt7@p0 (- (ite (= cls@p0 7) 1 0))) (+ cnt8@p0 (ite (= cls@p0 3) 1 0)) (+ cnt9@p0 (ite (= cls@p0 7) 1 0)) cnt12@p0 cnt15@p0)))
 (let ((?x396 (- ?x395 ?x48)))
 (let ((?x54 (+ cnt0@p0 cnt4@p0)))
 (let ((?x103 (- ?x54 ?x54)))
 (let (($x401 (=> (= 9 2) (and (>= ?x396 1) (<= ?x396 2) (= ?x103 ?x396)))))
 (let (($x383 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x192 (< cls@p0 16)))
 (let (($x190 (>= cls@p0 0)))
 (and (and (= act@p0 9) (and $x190 $x192 $x383)) (not $x401))))))))))))
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
