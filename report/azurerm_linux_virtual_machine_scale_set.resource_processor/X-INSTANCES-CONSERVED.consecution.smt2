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
(declare-fun cnt11@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
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
(assert
 (let ((?x19 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x21 (= ?x19 1)))
 (and $x21))))
(push 1)
(assert
 (let ((?x69 (+ cnt13@p0 (- cnt13@p0))))
 (let ((?x63 (+ cnt10@p0 (- cnt10@p0))))
 (let ((?x57 (+ cnt5@p0 (- cnt5@p0))))
 (let ((?x51 (+ cnt2@p0 (- cnt2@p0))))
 (let ((?x70 (+ (+ cnt0@p0 (+ cnt1@p0 cnt2@p0)) (+ cnt1@p0 (- cnt1@p0)) ?x51 (+ cnt3@p0 (+ cnt4@p0 cnt5@p0)) (+ cnt4@p0 (- cnt4@p0)) ?x57 cnt6@p0 cnt7@p0 (+ cnt8@p0 (+ cnt9@p0 cnt10@p0)) (+ cnt9@p0 (- cnt9@p0)) ?x63 (+ cnt11@p0 (+ cnt12@p0 cnt13@p0)) (+ cnt12@p0 (- cnt12@p0)) ?x69)))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (and (= ?x70 1))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x19 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x21 (= ?x19 1)))
 (let (($x22 (and $x21)))
 (let (($x94 (not $x22)))
 (let (($x91 (not checked@p0)))
 (let ((?x88 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x89 (= ?x88 0)))
 (let (($x75 (= status@p0 1)))
 (let (($x87 (= act@p0 1)))
 (and (and $x87 (and $x75 $x89 $x91)) $x94)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x157 (+ (+ cnt0@p0 (- k0@p0)) cnt1@p0 cnt2@p0 (+ cnt3@p0 (- k3@p0)) cnt4@p0 cnt5@p0 (+ cnt6@p0 k0@p0) (+ cnt7@p0 k3@p0) cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let ((?x115 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x148 (<= ?x115 1)))
 (let (($x146 (= k13@p0 0)))
 (let (($x145 (= k12@p0 0)))
 (let (($x144 (= k11@p0 0)))
 (let (($x143 (= k10@p0 0)))
 (let (($x142 (= k9@p0 0)))
 (let (($x141 (= k8@p0 0)))
 (let (($x140 (= k7@p0 0)))
 (let (($x139 (= k6@p0 0)))
 (let (($x138 (= k5@p0 0)))
 (let (($x137 (= k4@p0 0)))
 (let (($x135 (= k2@p0 0)))
 (let (($x134 (= k1@p0 0)))
 (let (($x147 (and (<= k0@p0 cnt0@p0) $x134 $x135 (<= k3@p0 cnt3@p0) $x137 $x138 $x139 $x140 $x141 $x142 $x143 $x144 $x145 $x146)))
 (let (($x130 (>= k13@p0 0)))
 (let (($x129 (>= k12@p0 0)))
 (let (($x128 (>= k11@p0 0)))
 (let (($x127 (>= k10@p0 0)))
 (let (($x126 (>= k9@p0 0)))
 (let (($x125 (>= k8@p0 0)))
 (let (($x124 (>= k7@p0 0)))
 (let (($x123 (>= k6@p0 0)))
 (let (($x122 (>= k5@p0 0)))
 (let (($x121 (>= k4@p0 0)))
 (let (($x120 (>= k3@p0 0)))
 (let (($x119 (>= k2@p0 0)))
 (let (($x118 (>= k1@p0 0)))
 (let (($x117 (>= k0@p0 0)))
 (let (($x131 (and $x117 $x118 $x119 $x120 $x121 $x122 $x123 $x124 $x125 $x126 $x127 $x128 $x129 $x130)))
 (let (($x116 (>= ?x115 1)))
 (let (($x100 (not cancel_requested@p0)))
 (let ((?x88 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x89 (= ?x88 0)))
 (let (($x75 (= status@p0 1)))
 (let (($x97 (= act@p0 2)))
 (let (($x150 (and $x97 (and (and $x75 $x89 checked@p0) $x100 (and $x116 $x131) $x147 $x148))))
 (and $x150 (not (and (= ?x157 1)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x200 (ite (and (= cls@p0 7) (= healthy@p0 false)) 1 0)))
 (let ((?x192 (ite (and (= cls@p0 6) (= healthy@p0 false)) 1 0)))
 (let ((?x197 (ite (and (= cls@p0 7) (= healthy@p0 true)) 1 0)))
 (let ((?x188 (ite (and (= cls@p0 6) (= healthy@p0 true)) 1 0)))
 (let ((?x208 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 (+ cnt6@p0 (+ (- ?x188) (- ?x192))) (+ cnt7@p0 (+ (- ?x197) (- ?x200))) cnt8@p0 cnt9@p0 (+ cnt10@p0 (+ ?x188 ?x197)) cnt11@p0 cnt12@p0 (+ cnt13@p0 (+ ?x192 ?x200)))))
 (let (($x182 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x173 (< cls@p0 14)))
 (let (($x171 (>= cls@p0 0)))
 (let (($x169 (= act@p0 3)))
 (and (and $x169 (and $x171 $x173 $x182)) (not (and (= ?x208 1))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x69 (+ cnt13@p0 (- cnt13@p0))))
 (let ((?x241 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 (+ cnt5@p0 cnt13@p0) cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 ?x69)))
 (let (($x237 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let (($x234 (not waited@p0)))
 (let ((?x88 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x232 (>= ?x88 1)))
 (let (($x75 (= status@p0 1)))
 (let (($x231 (= act@p0 4)))
 (and (and $x231 (and (and $x75 $x232 $x234) $x237)) (not (and (= ?x241 1)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x69 (+ cnt13@p0 (- cnt13@p0))))
 (let ((?x64 (+ cnt12@p0 cnt13@p0)))
 (let ((?x63 (+ cnt10@p0 (- cnt10@p0))))
 (let ((?x58 (+ cnt9@p0 cnt10@p0)))
 (let ((?x57 (+ cnt5@p0 (- cnt5@p0))))
 (let ((?x52 (+ cnt4@p0 cnt5@p0)))
 (let ((?x51 (+ cnt2@p0 (- cnt2@p0))))
 (let ((?x46 (+ cnt1@p0 cnt2@p0)))
 (let ((?x251 (+ cnt0@p0 ?x46 ?x51 cnt3@p0 ?x52 ?x57 cnt6@p0 cnt7@p0 cnt8@p0 ?x58 ?x63 cnt11@p0 ?x64 ?x69)))
 (let (($x237 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x88 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x232 (>= ?x88 1)))
 (let (($x75 (= status@p0 1)))
 (let (($x247 (= act@p0 5)))
 (and (and $x247 (and (and $x75 $x232) $x237 waited@p0)) (not (and (= ?x251 1)))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x19 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x21 (= ?x19 1)))
 (let (($x22 (and $x21)))
 (let (($x94 (not $x22)))
 (let (($x256 (= act@p0 6)))
 (and (and $x256 (and (= status@p0 1) (not cancel_requested@p0))) $x94)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x310 (+ (+ cnt0@p0 (- (ite (= cls@p0 0) 1 0))) (+ cnt1@p0 (- (ite (= cls@p0 1) 1 0))) (+ cnt2@p0 (- (ite (= cls@p0 2) 1 0))) (+ cnt3@p0 (ite (= cls@p0 0) 1 0)) (+ cnt4@p0 (ite (= cls@p0 1) 1 0)) (+ cnt5@p0 (ite (= cls@p0 2) 1 0)) cnt6@p0 cnt7@p0 (+ cnt8@p0 (- (ite (= cls@p0 8) 1 0))) (+ cnt9@p0 (- (ite (= cls@p0 9) 1 0))) (+ cnt10@p0 (- (ite (= cls@p0 10) 1 0))) (+ cnt11@p0 (ite (= cls@p0 8) 1 0)) (+ cnt12@p0 (ite (= cls@p0 9) 1 0)) (+ cnt13@p0 (ite (= cls@p0 10) 1 0)))))
 (let (($x282 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)))))
 (let (($x173 (< cls@p0 14)))
 (let (($x171 (>= cls@p0 0)))
 (let (($x75 (= status@p0 1)))
 (let (($x260 (= act@p0 7)))
 (and (and $x260 (and $x75 (and $x171 $x173 $x282))) (not (and (= ?x310 1)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x370 (+ (+ cnt0@p0 (ite (= cls@p0 3) 1 0)) (+ cnt1@p0 (ite (= cls@p0 4) 1 0)) (+ cnt2@p0 (ite (= cls@p0 5) 1 0)) (+ cnt3@p0 (- (ite (= cls@p0 3) 1 0))) (+ cnt4@p0 (- (ite (= cls@p0 4) 1 0))) (+ cnt5@p0 (- (ite (= cls@p0 5) 1 0))) cnt6@p0 cnt7@p0 (+ cnt8@p0 (ite (= cls@p0 11) 1 0)) (+ cnt9@p0 (ite (= cls@p0 12) 1 0)) (+ cnt10@p0 (ite (= cls@p0 13) 1 0)) (+ cnt11@p0 (- (ite (= cls@p0 11) 1 0))) (+ cnt12@p0 (- (ite (= cls@p0 12) 1 0))) (+ cnt13@p0 (- (ite (= cls@p0 13) 1 0))))))
 (let (($x343 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)))))
 (let (($x173 (< cls@p0 14)))
 (let (($x171 (>= cls@p0 0)))
 (let (($x321 (= act@p0 8)))
 (and (and $x321 (and $x171 $x173 $x343)) (not (and (= ?x370 1))))))))))
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
