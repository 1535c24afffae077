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
 (let (($x21 (= ?x19 10)))
 (and $x21))))
(push 1)
(assert
 (let ((?x70 (+ cnt13@p0 (- cnt13@p0))))
 (let ((?x64 (+ cnt10@p0 (- cnt10@p0))))
 (let ((?x58 (+ cnt5@p0 (- cnt5@p0))))
 (let ((?x52 (+ cnt2@p0 (- cnt2@p0))))
 (let ((?x71 (+ (+ cnt0@p0 (+ cnt1@p0 cnt2@p0)) (+ cnt1@p0 (- cnt1@p0)) ?x52 (+ cnt3@p0 (+ cnt4@p0 cnt5@p0)) (+ cnt4@p0 (- cnt4@p0)) ?x58 cnt6@p0 cnt7@p0 (+ cnt8@p0 (+ cnt9@p0 cnt10@p0)) (+ cnt9@p0 (- cnt9@p0)) ?x64 (+ cnt11@p0 (+ cnt12@p0 cnt13@p0)) (+ cnt12@p0 (- cnt12@p0)) ?x70)))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (and (= ?x71 10))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x19 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x21 (= ?x19 10)))
 (let (($x22 (and $x21)))
 (let (($x95 (not $x22)))
 (let (($x92 (not checked@p0)))
 (let ((?x89 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x90 (= ?x89 0)))
 (let (($x76 (= status@p0 1)))
 (let (($x88 (= act@p0 1)))
 (and (and $x88 (and $x76 $x90 $x92)) $x95)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x158 (+ (+ cnt0@p0 (- k0@p0)) cnt1@p0 cnt2@p0 (+ cnt3@p0 (- k3@p0)) cnt4@p0 cnt5@p0 (+ cnt6@p0 k0@p0) (+ cnt7@p0 k3@p0) cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let ((?x116 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0)))
 (let (($x149 (<= ?x116 2)))
 (let (($x147 (= k13@p0 0)))
 (let (($x146 (= k12@p0 0)))
 (let (($x145 (= k11@p0 0)))
 (let (($x144 (= k10@p0 0)))
 (let (($x143 (= k9@p0 0)))
 (let (($x142 (= k8@p0 0)))
 (let (($x141 (= k7@p0 0)))
 (let (($x140 (= k6@p0 0)))
 (let (($x139 (= k5@p0 0)))
 (let (($x138 (= k4@p0 0)))
 (let (($x136 (= k2@p0 0)))
 (let (($x135 (= k1@p0 0)))
 (let (($x148 (and (<= k0@p0 cnt0@p0) $x135 $x136 (<= k3@p0 cnt3@p0) $x138 $x139 $x140 $x141 $x142 $x143 $x144 $x145 $x146 $x147)))
 (let (($x131 (>= k13@p0 0)))
 (let (($x130 (>= k12@p0 0)))
 (let (($x129 (>= k11@p0 0)))
 (let (($x128 (>= k10@p0 0)))
 (let (($x127 (>= k9@p0 0)))
 (let (($x126 (>= k8@p0 0)))
 (let (($x125 (>= k7@p0 0)))
 (let (($x124 (>= k6@p0 0)))
 (let (($x123 (>= k5@p0 0)))
 (let (($x122 (>= k4@p0 0)))
 (let (($x121 (>= k3@p0 0)))
 (let (($x120 (>= k2@p0 0)))
 (let (($x119 (>= k1@p0 0)))
 (let (($x118 (>= k0@p0 0)))
 (let (($x132 (and $x118 $x119 $x120 $x121 $x122 $x123 $x124 $x125 $x126 $x127 $x128 $x129 $x130 $x131)))
 (let (($x117 (>= ?x116 1)))
 (let (($x101 (not cancel_requested@p0)))
 (let ((?x89 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x90 (= ?x89 0)))
 (let (($x76 (= status@p0 1)))
 (let (($x98 (= act@p0 2)))
 (let (($x151 (and $x98 (and (and $x76 $x90 checked@p0) $x101 (and $x117 $x132) $x148 $x149))))
 (and $x151 (not (and (= ?x158 10)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x201 (ite (and (= cls@p0 7) (= healthy@p0 false)) 1 0)))
 (let ((?x193 (ite (and (= cls@p0 6) (= healthy@p0 false)) 1 0)))
 (let ((?x198 (ite (and (= cls@p0 7) (= healthy@p0 true)) 1 0)))
 (let ((?x189 (ite (and (= cls@p0 6) (= healthy@p0 true)) 1 0)))
 (let ((?x209 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 (+ cnt6@p0 (+ (- ?x189) (- ?x193))) (+ cnt7@p0 (+ (- ?x198) (- ?x201))) cnt8@p0 cnt9@p0 (+ cnt10@p0 (+ ?x189 ?x198)) cnt11@p0 cnt12@p0 (+ cnt13@p0 (+ ?x193 ?x201)))))
 (let (($x183 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)))))
 (let (($x174 (< cls@p0 14)))
 (let (($x172 (>= cls@p0 0)))
 (let (($x170 (= act@p0 3)))
 (and (and $x170 (and $x172 $x174 $x183)) (not (and (= ?x209 10))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x19 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x21 (= ?x19 10)))
 (let (($x22 (and $x21)))
 (let (($x95 (not $x22)))
 (let (($x238 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let (($x235 (not waited@p0)))
 (let ((?x89 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x233 (>= ?x89 1)))
 (let (($x76 (= status@p0 1)))
 (let (($x232 (= act@p0 4)))
 (and (and $x232 (and (and $x76 $x233 $x235) $x238)) $x95))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x70 (+ cnt13@p0 (- cnt13@p0))))
 (let ((?x65 (+ cnt12@p0 cnt13@p0)))
 (let ((?x64 (+ cnt10@p0 (- cnt10@p0))))
 (let ((?x59 (+ cnt9@p0 cnt10@p0)))
 (let ((?x58 (+ cnt5@p0 (- cnt5@p0))))
 (let ((?x53 (+ cnt4@p0 cnt5@p0)))
 (let ((?x52 (+ cnt2@p0 (- cnt2@p0))))
 (let ((?x47 (+ cnt1@p0 cnt2@p0)))
 (let ((?x247 (+ cnt0@p0 ?x47 ?x52 cnt3@p0 ?x53 ?x58 cnt6@p0 cnt7@p0 cnt8@p0 ?x59 ?x64 cnt11@p0 ?x65 ?x70)))
 (let (($x238 (= (+ cnt6@p0 cnt7@p0) 0)))
 (let ((?x89 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
 (let (($x233 (>= ?x89 1)))
 (let (($x76 (= status@p0 1)))
 (let (($x243 (= act@p0 5)))
 (and (and $x243 (and (and $x76 $x233) $x238 waited@p0)) (not (and (= ?x247 10)))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x19 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x21 (= ?x19 10)))
 (let (($x22 (and $x21)))
 (let (($x95 (not $x22)))
 (let (($x252 (= act@p0 6)))
 (and (and $x252 (and (= status@p0 1) (not cancel_requested@p0))) $x95)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (and (= act@p0 7) false))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x308 (+ (+ cnt0@p0 (ite (= cls@p0 3) 1 0)) (+ cnt1@p0 (ite (= cls@p0 4) 1 0)) (+ cnt2@p0 (ite (= cls@p0 5) 1 0)) (+ cnt3@p0 (- (ite (= cls@p0 3) 1 0))) (+ cnt4@p0 (- (ite (= cls@p0 4) 1 0))) (+ cnt5@p0 (- (ite (= cls@p0 5) 1 0))) cnt6@p0 cnt7@p0 (+ cnt8@p0 (ite (= cls@p0 11) 1 0)) (+ cnt9@p0 (ite (= cls@p0 12) 1 0)) (+ cnt10@p0 (ite (= cls@p0 13) 1 0)) (+ cnt11@p0 (- (ite (= cls@p0 11) 1 0))) (+ cnt12@p0 (- (ite (= cls@p0 12) 1 0))) (+ cnt13@p0 (- (ite (= cls@p0 13) 1 0))))))
 (let (($x281 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)))))
 (let (($x174 (< cls@p0 14)))
 (let (($x172 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x172 $x174 $x281)) (not (and (= ?x308 10)))))))))
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
