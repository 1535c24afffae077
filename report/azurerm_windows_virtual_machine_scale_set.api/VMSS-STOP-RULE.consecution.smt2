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
; cnt14 = old image, old OS disk, healthy, fresh, data disks intact, UD 1
; cnt15 = old image, old OS disk, healthy, done, data disks intact, UD 1
; cnt16 = old image, old OS disk, healthy, finished, data disks intact, UD 1
; cnt17 = old image, old OS disk, unhealthy, fresh, data disks intact, UD 1
; cnt18 = old image, old OS disk, unhealthy, done, data disks intact, UD 1
; cnt19 = old image, old OS disk, unhealthy, finished, data disks intact, UD 1
; cnt20 = old image, new OS disk, healthy, upgrading, data disks intact, UD 1
; cnt21 = old image, new OS disk, unhealthy, upgrading, data disks intact, UD 1
; cnt22 = new image, new OS disk, healthy, fresh, data disks intact, UD 1
; cnt23 = new image, new OS disk, healthy, done, data disks intact, UD 1
; cnt24 = new image, new OS disk, healthy, finished, data disks intact, UD 1
; cnt25 = new image, new OS disk, unhealthy, fresh, data disks intact, UD 1
; cnt26 = new image, new OS disk, unhealthy, done, data disks intact, UD 1
; cnt27 = new image, new OS disk, unhealthy, finished, data disks intact, UD 1
; cnt28 = old image, old OS disk, healthy, fresh, data disks intact, UD 2
; cnt29 = old image, old OS disk, healthy, done, data disks intact, UD 2
; cnt30 = old image, old OS disk, healthy, finished, data disks intact, UD 2
; cnt31 = old image, old OS disk, unhealthy, fresh, data disks intact, UD 2
; cnt32 = old image, old OS disk, unhealthy, done, data disks intact, UD 2
; cnt33 = old image, old OS disk, unhealthy, finished, data disks intact, UD 2
; cnt34 = old image, new OS disk, healthy, upgrading, data disks intact, UD 2
; cnt35 = old image, new OS disk, unhealthy, upgrading, data disks intact, UD 2
; cnt36 = new image, new OS disk, healthy, fresh, data disks intact, UD 2
; cnt37 = new image, new OS disk, healthy, done, data disks intact, UD 2
; cnt38 = new image, new OS disk, healthy, finished, data disks intact, UD 2
; cnt39 = new image, new OS disk, unhealthy, fresh, data disks intact, UD 2
; cnt40 = new image, new OS disk, unhealthy, done, data disks intact, UD 2
; cnt41 = new image, new OS disk, unhealthy, finished, data disks intact, UD 2
(set-logic QF_LIA)
(set-info :status unknown)
(declare-fun status@p0 () Int)
(declare-fun stop_tripped@p0 () Bool)
(declare-fun act@p0 () Int)
(declare-fun cnt41@p0 () Int)
(declare-fun cnt40@p0 () Int)
(declare-fun cnt39@p0 () Int)
(declare-fun cnt35@p0 () Int)
(declare-fun cnt34@p0 () Int)
(declare-fun cnt33@p0 () Int)
(declare-fun cnt32@p0 () Int)
(declare-fun cnt31@p0 () Int)
(declare-fun cnt27@p0 () Int)
(declare-fun cnt26@p0 () Int)
(declare-fun cnt25@p0 () Int)
(declare-fun cnt21@p0 () Int)
(declare-fun cnt20@p0 () Int)
(declare-fun cnt19@p0 () Int)
(declare-fun cnt18@p0 () Int)
(declare-fun cnt17@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt28@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun cnt38@p0 () Int)
(declare-fun cnt30@p0 () Int)
(declare-fun cnt24@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun k31@p0 () Int)
(declare-fun k17@p0 () Int)
(declare-fun k3@p0 () Int)
(declare-fun k28@p0 () Int)
(declare-fun k14@p0 () Int)
(declare-fun k0@p0 () Int)
(declare-fun k41@p0 () Int)
(declare-fun k40@p0 () Int)
(declare-fun k39@p0 () Int)
(declare-fun k38@p0 () Int)
(declare-fun k37@p0 () Int)
(declare-fun k36@p0 () Int)
(declare-fun k35@p0 () Int)
(declare-fun k34@p0 () Int)
(declare-fun k33@p0 () Int)
(declare-fun k32@p0 () Int)
(declare-fun k30@p0 () Int)
(declare-fun k29@p0 () Int)
(declare-fun k27@p0 () Int)
(declare-fun k26@p0 () Int)
(declare-fun k25@p0 () Int)
(declare-fun k24@p0 () Int)
(declare-fun k23@p0 () Int)
(declare-fun k22@p0 () Int)
(declare-fun k21@p0 () Int)
(declare-fun k20@p0 () Int)
(declare-fun k19@p0 () Int)
(declare-fun k18@p0 () Int)
(declare-fun k16@p0 () Int)
(declare-fun k15@p0 () Int)
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
(declare-fun cls@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun cnt37@p0 () Int)
(declare-fun cnt29@p0 () Int)
(declare-fun cnt23@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt36@p0 () Int)
(declare-fun cnt22@p0 () Int)
(declare-fun cnt8@p0 () Int)
(assert
 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3)))))
(push 1)
(assert
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (and (=> false (or (= 1 4) (= 1 3)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x92 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0)))
 (let (($x95 (> (* 100 ?x92) 200)))
 (let (($x81 (= (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0) 0)))
 (let ((?x97 (ite $x81 2 (ite $x95 4 1))))
 (let ((?x68 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0)))
 (let (($x69 (= ?x68 0)))
 (let (($x46 (= status@p0 1)))
 (and (and (= act@p0 1) (and $x46 $x69 (not checked@p0))) (not (and (=> stop_tripped@p0 (or (= ?x97 4) (= ?x97 3))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x13 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3))))))
 (let (($x250 (not $x13)))
 (let (($x246 (= (- (+ cnt3@p0 cnt17@p0 cnt31@p0) (+ k3@p0 k17@p0 k31@p0)) 0)))
 (let ((?x151 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0 k14@p0 k15@p0 k16@p0 k17@p0 k18@p0 k19@p0 k20@p0 k21@p0 k22@p0 k23@p0 k24@p0 k25@p0 k26@p0 k27@p0 k28@p0 k29@p0 k30@p0 k31@p0 k32@p0 k33@p0 k34@p0 k35@p0 k36@p0 k37@p0 k38@p0 k39@p0 k40@p0 k41@p0)))
 (let (($x239 (and (<= k0@p0 cnt0@p0) (= k1@p0 0) (= k2@p0 0) (<= k3@p0 cnt3@p0) (= k4@p0 0) (= k5@p0 0) (= k6@p0 0) (= k7@p0 0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0) (<= k14@p0 cnt14@p0) (= k15@p0 0) (= k16@p0 0) (<= k17@p0 cnt17@p0) (= k18@p0 0) (= k19@p0 0) (= k20@p0 0) (= k21@p0 0) (= k22@p0 0) (= k23@p0 0) (= k24@p0 0) (= k25@p0 0) (= k26@p0 0) (= k27@p0 0) (<= k28@p0 cnt28@p0) (= k29@p0 0) (= k30@p0 0) (<= k31@p0 cnt31@p0) (= k32@p0 0) (= k33@p0 0) (= k34@p0 0) (= k35@p0 0) (= k36@p0 0) (= k37@p0 0) (= k38@p0 0) (= k39@p0 0) (= k40@p0 0) (= k41@p0 0))))
 (let (($x195 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0) (>= k14@p0 0) (>= k15@p0 0) (>= k16@p0 0) (>= k17@p0 0) (>= k18@p0 0) (>= k19@p0 0) (>= k20@p0 0) (>= k21@p0 0) (>= k22@p0 0) (>= k23@p0 0) (>= k24@p0 0) (>= k25@p0 0) (>= k26@p0 0) (>= k27@p0 0) (>= k28@p0 0) (>= k29@p0 0) (>= k30@p0 0) (>= k31@p0 0) (>= k32@p0 0) (>= k33@p0 0) (>= k34@p0 0) (>= k35@p0 0) (>= k36@p0 0) (>= k37@p0 0) (>= k38@p0 0) (>= k39@p0 0) (>= k40@p0 0) (>= k41@p0 0))))
 (let (($x108 (not cancel_requested@p0)))
 (let ((?x68 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0)))
 (let (($x69 (= ?x68 0)))
 (let (($x46 (= status@p0 1)))
 (let (($x248 (and (and $x46 $x69 checked@p0) $x108 (and (>= ?x151 1) $x195) $x239 (<= ?x151 2) (=> (> (+ k0@p0 k14@p0 k28@p0) 0) $x246))))
 (and (and (= act@p0 2) $x248) $x250)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x13 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3))))))
 (let (($x250 (not $x13)))
 (let (($x281 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)) (and (= cls@p0 20) (>= cnt20@p0 1)) (and (= cls@p0 21) (>= cnt21@p0 1)) (and (= cls@p0 34) (>= cnt34@p0 1)) (and (= cls@p0 35) (>= cnt35@p0 1)))))
 (let (($x256 (< cls@p0 42)))
 (let (($x254 (>= cls@p0 0)))
 (and (and (= act@p0 3) (and $x254 $x256 $x281)) $x250)))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x13 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3))))))
 (let (($x250 (not $x13)))
 (let (($x291 (= (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0) 0)))
 (let ((?x68 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0)))
 (let (($x286 (>= ?x68 1)))
 (let (($x46 (= status@p0 1)))
 (and (and (= act@p0 4) (and (and $x46 $x286 (not waited@p0)) $x291)) $x250))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x81 (= (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0) 0)))
 (let ((?x309 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt23@p0 cnt24@p0 cnt26@p0 cnt27@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt37@p0 cnt38@p0 cnt40@p0 cnt41@p0)))
 (let ((?x304 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt12@p0 cnt13@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt26@p0 cnt27@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt40@p0 cnt41@p0)))
 (let ((?x92 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0)))
 (let (($x95 (> (* 100 ?x92) 200)))
 (let ((?x314 (ite (or $x95 (> (* 100 ?x304) (* 20 ?x309))) 4 (ite $x81 2 1))))
 (let ((?x315 (ite cancel_requested@p0 3 ?x314)))
 (let (($x320 (and (=> (or stop_tripped@p0 $x95) (or (= ?x315 4) (= ?x315 3))))))
 (let (($x291 (= (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0) 0)))
 (let ((?x68 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0)))
 (let (($x286 (>= ?x68 1)))
 (let (($x46 (= status@p0 1)))
 (and (and (= act@p0 5) (and (and $x46 $x286) $x291 waited@p0)) (not $x320)))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x68 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0)))
 (let (($x69 (= ?x68 0)))
 (let ((?x326 (ite $x69 3 status@p0)))
 (let (($x325 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x325 (not (and (=> stop_tripped@p0 (or (= ?x326 4) (= ?x326 3)))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x13 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3))))))
 (let (($x250 (not $x13)))
 (let (($x407 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)) (and (= cls@p0 14) (>= cnt14@p0 1)) (and (= cls@p0 15) (>= cnt15@p0 1)) (and (= cls@p0 16) (>= cnt16@p0 1)) (and (= cls@p0 22) (>= cnt22@p0 1)) (and (= cls@p0 23) (>= cnt23@p0 1)) (and (= cls@p0 24) (>= cnt24@p0 1)) (and (= cls@p0 28) (>= cnt28@p0 1)) (and (= cls@p0 29) (>= cnt29@p0 1)) (and (= cls@p0 30) (>= cnt30@p0 1)) (and (= cls@p0 36) (>= cnt36@p0 1)) (and (= cls@p0 37) (>= cnt37@p0 1)) (and (= cls@p0 38) (>= cnt38@p0 1)))))
 (let (($x256 (< cls@p0 42)))
 (let (($x254 (>= cls@p0 0)))
 (let (($x46 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x46 (and $x254 $x256 $x407))) $x250))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let (($x13 (and (=> stop_tripped@p0 (or (= status@p0 4) (= status@p0 3))))))
 (let (($x250 (not $x13)))
 (let (($x482 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)) (and (= cls@p0 17) (>= cnt17@p0 1)) (and (= cls@p0 18) (>= cnt18@p0 1)) (and (= cls@p0 19) (>= cnt19@p0 1)) (and (= cls@p0 25) (>= cnt25@p0 1)) (and (= cls@p0 26) (>= cnt26@p0 1)) (and (= cls@p0 27) (>= cnt27@p0 1)) (and (= cls@p0 31) (>= cnt31@p0 1)) (and (= cls@p0 32) (>= cnt32@p0 1)) (and (= cls@p0 33) (>= cnt33@p0 1)) (and (= cls@p0 39) (>= cnt39@p0 1)) (and (= cls@p0 40) (>= cnt40@p0 1)) (and (= cls@p0 41) (>= cnt41@p0 1)))))
 (let (($x256 (< cls@p0 42)))
 (let (($x254 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x254 $x256 $x482)) $x250)))))))
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
