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
; cnt42 = old image, old OS disk, healthy, fresh, data disks intact, UD 3
; cnt43 = old image, old OS disk, healthy, done, data disks intact, UD 3
; cnt44 = old image, old OS disk, healthy, finished, data disks intact, UD 3
; cnt45 = old image, old OS disk, unhealthy, fresh, data disks intact, UD 3
; cnt46 = old image, old OS disk, unhealthy, done, data disks intact, UD 3
; cnt47 = old image, old OS disk, unhealthy, finished, data disks intact, UD 3
; cnt48 = old image, new OS disk, healthy, upgrading, data disks intact, UD 3
; cnt49 = old image, new OS disk, unhealthy, upgrading, data disks intact, UD 3
; cnt50 = new image, new OS disk, healthy, fresh, data disks intact, UD 3
; cnt51 = new image, new OS disk, healthy, done, data disks intact, UD 3
; cnt52 = new image, new OS disk, healthy, finished, data disks intact, UD 3
; cnt53 = new image, new OS disk, unhealthy, fresh, data disks intact, UD 3
; cnt54 = new image, new OS disk, unhealthy, done, data disks intact, UD 3
; cnt55 = new image, new OS disk, unhealthy, finished, data disks intact, UD 3
; cnt56 = old image, old OS disk, healthy, fresh, data disks intact, UD 4
; cnt57 = old image, old OS disk, healthy, done, data disks intact, UD 4
; cnt58 = old image, old OS disk, healthy, finished, data disks intact, UD 4
; cnt59 = old image, old OS disk, unhealthy, fresh, data disks intact, UD 4
; cnt60 = old image, old OS disk, unhealthy, done, data disks intact, UD 4
; cnt61 = old image, old OS disk, unhealthy, finished, data disks intact, UD 4
; cnt62 = old image, new OS disk, healthy, upgrading, data disks intact, UD 4
; cnt63 = old image, new OS disk, unhealthy, upgrading, data disks intact, UD 4
; cnt64 = new image, new OS disk, healthy, fresh, data disks intact, UD 4
; cnt65 = new image, new OS disk, healthy, done, data disks intact, UD 4
; cnt66 = new image, new OS disk, healthy, finished, data disks intact, UD 4
; cnt67 = new image, new OS disk, unhealthy, fresh, data disks intact, UD 4
; cnt68 = new image, new OS disk, unhealthy, done, data disks intact, UD 4
; cnt69 = new image, new OS disk, unhealthy, finished, data disks intact, UD 4
(set-logic QF_LIA)
(set-info :status unknown)
(declare-fun cnt55@p0 () Int)
(declare-fun cnt54@p0 () Int)
(declare-fun cnt53@p0 () Int)
(declare-fun cnt52@p0 () Int)
(declare-fun cnt51@p0 () Int)
(declare-fun cnt50@p0 () Int)
(declare-fun cnt49@p0 () Int)
(declare-fun cnt48@p0 () Int)
(declare-fun cnt47@p0 () Int)
(declare-fun cnt46@p0 () Int)
(declare-fun cnt45@p0 () Int)
(declare-fun cnt44@p0 () Int)
(declare-fun cnt43@p0 () Int)
(declare-fun cnt42@p0 () Int)
(declare-fun cnt41@p0 () Int)
(declare-fun cnt40@p0 () Int)
(declare-fun cnt39@p0 () Int)
(declare-fun cnt38@p0 () Int)
(declare-fun cnt37@p0 () Int)
(declare-fun cnt36@p0 () Int)
(declare-fun cnt35@p0 () Int)
(declare-fun cnt34@p0 () Int)
(declare-fun cnt33@p0 () Int)
(declare-fun cnt32@p0 () Int)
(declare-fun cnt31@p0 () Int)
(declare-fun cnt30@p0 () Int)
(declare-fun cnt29@p0 () Int)
(declare-fun cnt28@p0 () Int)
(declare-fun cnt27@p0 () Int)
(declare-fun cnt26@p0 () Int)
(declare-fun cnt25@p0 () Int)
(declare-fun cnt24@p0 () Int)
(declare-fun cnt23@p0 () Int)
(declare-fun cnt22@p0 () Int)
(declare-fun cnt21@p0 () Int)
(declare-fun cnt20@p0 () Int)
(declare-fun cnt19@p0 () Int)
(declare-fun cnt18@p0 () Int)
(declare-fun cnt17@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt14@p0 () Int)
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
(declare-fun cnt69@p0 () Int)
(declare-fun cnt68@p0 () Int)
(declare-fun cnt67@p0 () Int)
(declare-fun cnt66@p0 () Int)
(declare-fun cnt65@p0 () Int)
(declare-fun cnt64@p0 () Int)
(declare-fun cnt63@p0 () Int)
(declare-fun cnt62@p0 () Int)
(declare-fun cnt61@p0 () Int)
(declare-fun cnt60@p0 () Int)
(declare-fun cnt59@p0 () Int)
(declare-fun cnt58@p0 () Int)
(declare-fun cnt57@p0 () Int)
(declare-fun cnt56@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun act@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun k59@p0 () Int)
(declare-fun k56@p0 () Int)
(declare-fun k45@p0 () Int)
(declare-fun k42@p0 () Int)
(declare-fun k31@p0 () Int)
(declare-fun k28@p0 () Int)
(declare-fun k17@p0 () Int)
(declare-fun k14@p0 () Int)
(declare-fun k3@p0 () Int)
(declare-fun k0@p0 () Int)
(declare-fun ud@p0 () Int)
(declare-fun k69@p0 () Int)
(declare-fun k68@p0 () Int)
(declare-fun k67@p0 () Int)
(declare-fun k66@p0 () Int)
(declare-fun k65@p0 () Int)
(declare-fun k64@p0 () Int)
(declare-fun k63@p0 () Int)
(declare-fun k62@p0 () Int)
(declare-fun k61@p0 () Int)
(declare-fun k60@p0 () Int)
(declare-fun k58@p0 () Int)
(declare-fun k57@p0 () Int)
(declare-fun k55@p0 () Int)
(declare-fun k54@p0 () Int)
(declare-fun k53@p0 () Int)
(declare-fun k52@p0 () Int)
(declare-fun k51@p0 () Int)
(declare-fun k50@p0 () Int)
(declare-fun k49@p0 () Int)
(declare-fun k48@p0 () Int)
(declare-fun k47@p0 () Int)
(declare-fun k46@p0 () Int)
(declare-fun k44@p0 () Int)
(declare-fun k43@p0 () Int)
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
(declare-fun healthy@p0 () Bool)
(declare-fun cls@p0 () Int)
(declare-fun waited@p0 () Bool)
(assert
 (let ((?x157 (+ cnt42@p0 cnt43@p0 cnt44@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt50@p0 cnt51@p0 cnt52@p0 cnt53@p0 cnt54@p0 cnt55@p0)))
 (let (($x158 (= ?x157 2)))
 (let ((?x155 (+ cnt28@p0 cnt29@p0 cnt30@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0)))
 (let (($x156 (= ?x155 2)))
 (let ((?x153 (+ cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0)))
 (let (($x154 (= ?x153 2)))
 (let ((?x150 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x152 (= ?x150 2)))
 (let ((?x147 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt28@p0 cnt29@p0 cnt30@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt42@p0 cnt43@p0 cnt44@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt50@p0 cnt51@p0 cnt52@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt56@p0 cnt57@p0 cnt58@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt64@p0 cnt65@p0 cnt66@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let (($x149 (= ?x147 10)))
 (let (($x145 (>= cnt69@p0 0)))
 (let (($x143 (>= cnt68@p0 0)))
 (let (($x141 (>= cnt67@p0 0)))
 (let (($x139 (>= cnt66@p0 0)))
 (let (($x137 (>= cnt65@p0 0)))
 (let (($x135 (>= cnt64@p0 0)))
 (let (($x133 (>= cnt63@p0 0)))
 (let (($x131 (>= cnt62@p0 0)))
 (let (($x129 (>= cnt61@p0 0)))
 (let (($x127 (>= cnt60@p0 0)))
 (let (($x125 (>= cnt59@p0 0)))
 (let (($x123 (>= cnt58@p0 0)))
 (let (($x121 (>= cnt57@p0 0)))
 (let (($x119 (>= cnt56@p0 0)))
 (let (($x117 (>= cnt55@p0 0)))
 (let (($x115 (>= cnt54@p0 0)))
 (let (($x113 (>= cnt53@p0 0)))
 (let (($x111 (>= cnt52@p0 0)))
 (let (($x109 (>= cnt51@p0 0)))
 (let (($x107 (>= cnt50@p0 0)))
 (let (($x105 (>= cnt49@p0 0)))
 (let (($x103 (>= cnt48@p0 0)))
 (let (($x101 (>= cnt47@p0 0)))
 (let (($x99 (>= cnt46@p0 0)))
 (let (($x97 (>= cnt45@p0 0)))
 (let (($x95 (>= cnt44@p0 0)))
 (let (($x93 (>= cnt43@p0 0)))
 (let (($x91 (>= cnt42@p0 0)))
 (let (($x89 (>= cnt41@p0 0)))
 (let (($x87 (>= cnt40@p0 0)))
 (let (($x85 (>= cnt39@p0 0)))
 (let (($x83 (>= cnt38@p0 0)))
 (let (($x81 (>= cnt37@p0 0)))
 (let (($x79 (>= cnt36@p0 0)))
 (let (($x77 (>= cnt35@p0 0)))
 (let (($x75 (>= cnt34@p0 0)))
 (let (($x73 (>= cnt33@p0 0)))
 (let (($x71 (>= cnt32@p0 0)))
 (let (($x69 (>= cnt31@p0 0)))
 (let (($x67 (>= cnt30@p0 0)))
 (let (($x65 (>= cnt29@p0 0)))
 (let (($x63 (>= cnt28@p0 0)))
 (let (($x61 (>= cnt27@p0 0)))
 (let (($x59 (>= cnt26@p0 0)))
 (let (($x57 (>= cnt25@p0 0)))
 (let (($x55 (>= cnt24@p0 0)))
 (let (($x53 (>= cnt23@p0 0)))
 (let (($x51 (>= cnt22@p0 0)))
 (let (($x49 (>= cnt21@p0 0)))
 (let (($x47 (>= cnt20@p0 0)))
 (let (($x45 (>= cnt19@p0 0)))
 (let (($x43 (>= cnt18@p0 0)))
 (let (($x41 (>= cnt17@p0 0)))
 (let (($x39 (>= cnt16@p0 0)))
 (let (($x37 (>= cnt15@p0 0)))
 (let (($x35 (>= cnt14@p0 0)))
 (let (($x33 (>= cnt13@p0 0)))
 (let (($x31 (>= cnt12@p0 0)))
 (let (($x29 (>= cnt11@p0 0)))
 (let (($x27 (>= cnt10@p0 0)))
 (let (($x25 (>= cnt9@p0 0)))
 (let (($x23 (>= cnt8@p0 0)))
 (let (($x21 (>= cnt7@p0 0)))
 (let (($x19 (>= cnt6@p0 0)))
 (let (($x17 (>= cnt5@p0 0)))
 (let (($x15 (>= cnt4@p0 0)))
 (let (($x13 (>= cnt3@p0 0)))
 (let (($x11 (>= cnt2@p0 0)))
 (let (($x9 (>= cnt1@p0 0)))
 (let (($x7 (>= cnt0@p0 0)))
 (let (($x146 (and $x7 $x9 $x11 $x13 $x15 $x17 $x19 $x21 $x23 $x25 $x27 $x29 $x31 $x33 $x35 $x37 $x39 $x41 $x43 $x45 $x47 $x49 $x51 $x53 $x55 $x57 $x59 $x61 $x63 $x65 $x67 $x69 $x71 $x73 $x75 $x77 $x79 $x81 $x83 $x85 $x87 $x89 $x91 $x93 $x95 $x97 $x99 $x101 $x103 $x105 $x107 $x109 $x111 $x113 $x115 $x117 $x119 $x121 $x123 $x125 $x127 $x129 $x131 $x133 $x135 $x137 $x139 $x141 $x143 $x145)))
 (and $x146 $x149 $x152 $x154 $x156 $x158)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(push 1)
(assert
 (let ((?x225 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let ((?x224 (+ (+ cnt2@p0 (- cnt2@p0)) (+ cnt5@p0 (- cnt5@p0)) cnt6@p0 cnt7@p0 (+ cnt10@p0 (- cnt10@p0)) (+ cnt13@p0 (- cnt13@p0)) (+ cnt16@p0 (- cnt16@p0)) (+ cnt19@p0 (- cnt19@p0)) cnt20@p0 cnt21@p0 (+ cnt24@p0 (- cnt24@p0)) (+ cnt27@p0 (- cnt27@p0)) (+ cnt30@p0 (- cnt30@p0)) (+ cnt33@p0 (- cnt33@p0)) cnt34@p0 cnt35@p0 (+ cnt38@p0 (- cnt38@p0)) (+ cnt41@p0 (- cnt41@p0)) (+ cnt44@p0 (- cnt44@p0)) (+ cnt47@p0 (- cnt47@p0)) cnt48@p0 cnt49@p0 (+ cnt52@p0 (- cnt52@p0)) (+ cnt55@p0 (- cnt55@p0)) (+ cnt58@p0 (- cnt58@p0)) (+ cnt61@p0 (- cnt61@p0)) cnt62@p0 cnt63@p0 (+ cnt66@p0 (- cnt66@p0)) (+ cnt69@p0 (- cnt69@p0)))))
 (let ((?x226 (- ?x224 ?x225)))
 (let ((?x250 (+ (+ cnt0@p0 (+ cnt1@p0 cnt2@p0)) (+ cnt3@p0 (+ cnt4@p0 cnt5@p0)) (+ cnt14@p0 (+ cnt15@p0 cnt16@p0)) (+ cnt17@p0 (+ cnt18@p0 cnt19@p0)) (+ cnt28@p0 (+ cnt29@p0 cnt30@p0)) (+ cnt31@p0 (+ cnt32@p0 cnt33@p0)) (+ cnt42@p0 (+ cnt43@p0 cnt44@p0)) (+ cnt45@p0 (+ cnt46@p0 cnt47@p0)) (+ cnt56@p0 (+ cnt57@p0 cnt58@p0)) (+ cnt59@p0 (+ cnt60@p0 cnt61@p0)))))
 (let ((?x229 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let (($x228 (<= ?x226 2)))
 (let (($x227 (>= ?x226 1)))
 (and (and (= act@p0 0) (and (distinct status@p0 1) true)) (not (=> (= 0 2) (and $x227 $x228 (= (- ?x229 ?x250) ?x226)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x225 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let ((?x327 (- ?x225 ?x225)))
 (let ((?x229 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let ((?x330 (- ?x229 ?x229)))
 (let (($x332 (and (>= ?x327 1) (<= ?x327 2) (= ?x330 ?x327))))
 (let (($x324 (and (= act@p0 1) (and (= status@p0 1) (= ?x225 0) (not checked@p0)))))
 (and $x324 (not (=> (= 1 2) $x332))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x225 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let ((?x626 (+ cnt2@p0 cnt5@p0 (+ cnt6@p0 k0@p0) (+ cnt7@p0 k3@p0) cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 (+ cnt20@p0 k14@p0) (+ cnt21@p0 k17@p0) cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 (+ cnt34@p0 k28@p0) (+ cnt35@p0 k31@p0) cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 (+ cnt48@p0 k42@p0) (+ cnt49@p0 k45@p0) cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 (+ cnt62@p0 k56@p0) (+ cnt63@p0 k59@p0) cnt66@p0 cnt69@p0)))
 (let ((?x627 (- ?x626 ?x225)))
 (let ((?x650 (+ (+ cnt0@p0 (- k0@p0)) (+ cnt3@p0 (- k3@p0)) (+ cnt14@p0 (- k14@p0)) (+ cnt17@p0 (- k17@p0)) (+ cnt28@p0 (- k28@p0)) (+ cnt31@p0 (- k31@p0)) (+ cnt42@p0 (- k42@p0)) (+ cnt45@p0 (- k45@p0)) (+ cnt56@p0 (- k56@p0)) (+ cnt59@p0 (- k59@p0)))))
 (let ((?x229 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let (($x654 (=> (= 2 2) (and (>= ?x627 1) (<= ?x627 2) (= (- ?x229 ?x650) ?x627)))))
 (let (($x612 (and (=> (= ud@p0 0) (= k0@p0 cnt0@p0)) (=> (= ud@p0 0) (= k3@p0 cnt3@p0)) (=> (= ud@p0 1) (= k14@p0 cnt14@p0)) (=> (= ud@p0 1) (= k17@p0 cnt17@p0)) (=> (= ud@p0 2) (= k28@p0 cnt28@p0)) (=> (= ud@p0 2) (= k31@p0 cnt31@p0)) (=> (= ud@p0 3) (= k42@p0 cnt42@p0)) (=> (= ud@p0 3) (= k45@p0 cnt45@p0)) (=> (= ud@p0 4) (= k56@p0 cnt56@p0)) (=> (= ud@p0 4) (= k59@p0 cnt59@p0)))))
 (let (($x586 (and (>= ud@p0 0) (< ud@p0 5) (=> (and (distinct ud@p0 0) true) (= k0@p0 0)) (=> (and (distinct ud@p0 0) true) (= k3@p0 0)) (=> (and (distinct ud@p0 1) true) (= k14@p0 0)) (=> (and (distinct ud@p0 1) true) (= k17@p0 0)) (=> (and (distinct ud@p0 2) true) (= k28@p0 0)) (=> (and (distinct ud@p0 2) true) (= k31@p0 0)) (=> (and (distinct ud@p0 3) true) (= k42@p0 0)) (=> (and (distinct ud@p0 3) true) (= k45@p0 0)) (=> (and (distinct ud@p0 4) true) (= k56@p0 0)) (=> (and (distinct ud@p0 4) true) (= k59@p0 0)))))
 (let (($x554 (and (<= k0@p0 cnt0@p0) (= k1@p0 0) (= k2@p0 0) (<= k3@p0 cnt3@p0) (= k4@p0 0) (= k5@p0 0) (= k6@p0 0) (= k7@p0 0) (= k8@p0 0) (= k9@p0 0) (= k10@p0 0) (= k11@p0 0) (= k12@p0 0) (= k13@p0 0) (<= k14@p0 cnt14@p0) (= k15@p0 0) (= k16@p0 0) (<= k17@p0 cnt17@p0) (= k18@p0 0) (= k19@p0 0) (= k20@p0 0) (= k21@p0 0) (= k22@p0 0) (= k23@p0 0) (= k24@p0 0) (= k25@p0 0) (= k26@p0 0) (= k27@p0 0) (<= k28@p0 cnt28@p0) (= k29@p0 0) (= k30@p0 0) (<= k31@p0 cnt31@p0) (= k32@p0 0) (= k33@p0 0) (= k34@p0 0) (= k35@p0 0) (= k36@p0 0) (= k37@p0 0) (= k38@p0 0) (= k39@p0 0) (= k40@p0 0) (= k41@p0 0) (<= k42@p0 cnt42@p0) (= k43@p0 0) (= k44@p0 0) (<= k45@p0 cnt45@p0) (= k46@p0 0) (= k47@p0 0) (= k48@p0 0) (= k49@p0 0) (= k50@p0 0) (= k51@p0 0) (= k52@p0 0) (= k53@p0 0) (= k54@p0 0) (= k55@p0 0) (<= k56@p0 cnt56@p0) (= k57@p0 0) (= k58@p0 0) (<= k59@p0 cnt59@p0) (= k60@p0 0) (= k61@p0 0) (= k62@p0 0) (= k63@p0 0) (= k64@p0 0) (= k65@p0 0) (= k66@p0 0) (= k67@p0 0) (= k68@p0 0) (= k69@p0 0))))
 (let (($x482 (and (>= k0@p0 0) (>= k1@p0 0) (>= k2@p0 0) (>= k3@p0 0) (>= k4@p0 0) (>= k5@p0 0) (>= k6@p0 0) (>= k7@p0 0) (>= k8@p0 0) (>= k9@p0 0) (>= k10@p0 0) (>= k11@p0 0) (>= k12@p0 0) (>= k13@p0 0) (>= k14@p0 0) (>= k15@p0 0) (>= k16@p0 0) (>= k17@p0 0) (>= k18@p0 0) (>= k19@p0 0) (>= k20@p0 0) (>= k21@p0 0) (>= k22@p0 0) (>= k23@p0 0) (>= k24@p0 0) (>= k25@p0 0) (>= k26@p0 0) (>= k27@p0 0) (>= k28@p0 0) (>= k29@p0 0) (>= k30@p0 0) (>= k31@p0 0) (>= k32@p0 0) (>= k33@p0 0) (>= k34@p0 0) (>= k35@p0 0) (>= k36@p0 0) (>= k37@p0 0) (>= k38@p0 0) (>= k39@p0 0) (>= k40@p0 0) (>= k41@p0 0) (>= k42@p0 0) (>= k43@p0 0) (>= k44@p0 0) (>= k45@p0 0) (>= k46@p0 0) (>= k47@p0 0) (>= k48@p0 0) (>= k49@p0 0) (>= k50@p0 0) (>= k51@p0 0) (>= k52@p0 0) (>= k53@p0 0) (>= k54@p0 0) (>= k55@p0 0) (>= k56@p0 0) (>= k57@p0 0) (>= k58@p0 0) (>= k59@p0 0) (>= k60@p0 0) (>= k61@p0 0) (>= k62@p0 0) (>= k63@p0 0) (>= k64@p0 0) (>= k65@p0 0) (>= k66@p0 0) (>= k67@p0 0) (>= k68@p0 0) (>= k69@p0 0))))
 (let ((?x410 (+ k0@p0 k1@p0 k2@p0 k3@p0 k4@p0 k5@p0 k6@p0 k7@p0 k8@p0 k9@p0 k10@p0 k11@p0 k12@p0 k13@p0 k14@p0 k15@p0 k16@p0 k17@p0 k18@p0 k19@p0 k20@p0 k21@p0 k22@p0 k23@p0 k24@p0 k25@p0 k26@p0 k27@p0 k28@p0 k29@p0 k30@p0 k31@p0 k32@p0 k33@p0 k34@p0 k35@p0 k36@p0 k37@p0 k38@p0 k39@p0 k40@p0 k41@p0 k42@p0 k43@p0 k44@p0 k45@p0 k46@p0 k47@p0 k48@p0 k49@p0 k50@p0 k51@p0 k52@p0 k53@p0 k54@p0 k55@p0 k56@p0 k57@p0 k58@p0 k59@p0 k60@p0 k61@p0 k62@p0 k63@p0 k64@p0 k65@p0 k66@p0 k67@p0 k68@p0 k69@p0)))
 (let (($x339 (not cancel_requested@p0)))
 (let (($x613 (and (and (= status@p0 1) (= ?x225 0) checked@p0) $x339 (and (>= ?x410 1) $x482) $x554 $x586 $x612)))
 (and (and (= act@p0 2) $x613) (not $x654))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x225 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let ((?x801 (ite (and (= cls@p0 63) (= healthy@p0 false)) 1 0)))
 (let ((?x793 (ite (and (= cls@p0 62) (= healthy@p0 false)) 1 0)))
 (let ((?x798 (ite (and (= cls@p0 63) (= healthy@p0 true)) 1 0)))
 (let ((?x790 (ite (and (= cls@p0 62) (= healthy@p0 true)) 1 0)))
 (let ((?x781 (ite (and (= cls@p0 49) (= healthy@p0 false)) 1 0)))
 (let ((?x773 (ite (and (= cls@p0 48) (= healthy@p0 false)) 1 0)))
 (let ((?x778 (ite (and (= cls@p0 49) (= healthy@p0 true)) 1 0)))
 (let ((?x770 (ite (and (= cls@p0 48) (= healthy@p0 true)) 1 0)))
 (let ((?x761 (ite (and (= cls@p0 35) (= healthy@p0 false)) 1 0)))
 (let ((?x753 (ite (and (= cls@p0 34) (= healthy@p0 false)) 1 0)))
 (let ((?x758 (ite (and (= cls@p0 35) (= healthy@p0 true)) 1 0)))
 (let ((?x750 (ite (and (= cls@p0 34) (= healthy@p0 true)) 1 0)))
 (let ((?x741 (ite (and (= cls@p0 21) (= healthy@p0 false)) 1 0)))
 (let ((?x733 (ite (and (= cls@p0 20) (= healthy@p0 false)) 1 0)))
 (let ((?x738 (ite (and (= cls@p0 21) (= healthy@p0 true)) 1 0)))
 (let ((?x730 (ite (and (= cls@p0 20) (= healthy@p0 true)) 1 0)))
 (let ((?x721 (ite (and (= cls@p0 7) (= healthy@p0 false)) 1 0)))
 (let ((?x713 (ite (and (= cls@p0 6) (= healthy@p0 false)) 1 0)))
 (let ((?x718 (ite (and (= cls@p0 7) (= healthy@p0 true)) 1 0)))
 (let ((?x709 (ite (and (= cls@p0 6) (= healthy@p0 true)) 1 0)))
 (let ((?x809 (+ cnt2@p0 cnt5@p0 (+ cnt6@p0 (+ (- ?x709) (- ?x713))) (+ cnt7@p0 (+ (- ?x718) (- ?x721))) (+ cnt10@p0 (+ ?x709 ?x718)) (+ cnt13@p0 (+ ?x713 ?x721)) cnt16@p0 cnt19@p0 (+ cnt20@p0 (+ (- ?x730) (- ?x733))) (+ cnt21@p0 (+ (- ?x738) (- ?x741))) (+ cnt24@p0 (+ ?x730 ?x738)) (+ cnt27@p0 (+ ?x733 ?x741)) cnt30@p0 cnt33@p0 (+ cnt34@p0 (+ (- ?x750) (- ?x753))) (+ cnt35@p0 (+ (- ?x758) (- ?x761))) (+ cnt38@p0 (+ ?x750 ?x758)) (+ cnt41@p0 (+ ?x753 ?x761)) cnt44@p0 cnt47@p0 (+ cnt48@p0 (+ (- ?x770) (- ?x773))) (+ cnt49@p0 (+ (- ?x778) (- ?x781))) (+ cnt52@p0 (+ ?x770 ?x778)) (+ cnt55@p0 (+ ?x773 ?x781)) cnt58@p0 cnt61@p0 (+ cnt62@p0 (+ (- ?x790) (- ?x793))) (+ cnt63@p0 (+ (- ?x798) (- ?x801))) (+ cnt66@p0 (+ ?x790 ?x798)) (+ cnt69@p0 (+ ?x793 ?x801)))))
 (let ((?x810 (- ?x809 ?x225)))
 (let ((?x229 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let ((?x330 (- ?x229 ?x229)))
 (let (($x815 (=> (= 3 2) (and (>= ?x810 1) (<= ?x810 2) (= ?x330 ?x810)))))
 (let (($x702 (or (and (= cls@p0 6) (>= cnt6@p0 1)) (and (= cls@p0 7) (>= cnt7@p0 1)) (and (= cls@p0 20) (>= cnt20@p0 1)) (and (= cls@p0 21) (>= cnt21@p0 1)) (and (= cls@p0 34) (>= cnt34@p0 1)) (and (= cls@p0 35) (>= cnt35@p0 1)) (and (= cls@p0 48) (>= cnt48@p0 1)) (and (= cls@p0 49) (>= cnt49@p0 1)) (and (= cls@p0 62) (>= cnt62@p0 1)) (and (= cls@p0 63) (>= cnt63@p0 1)))))
 (let (($x661 (< cls@p0 70)))
 (let (($x659 (>= cls@p0 0)))
 (and (and (= act@p0 3) (and $x659 $x661 $x702)) (not $x815))))))))))))))))))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x225 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let ((?x327 (- ?x225 ?x225)))
 (let ((?x229 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let ((?x330 (- ?x229 ?x229)))
 (let (($x332 (and (>= ?x327 1) (<= ?x327 2) (= ?x330 ?x327))))
 (let ((?x280 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0 cnt48@p0 cnt49@p0 cnt62@p0 cnt63@p0)))
 (let (($x823 (= ?x280 0)))
 (let (($x824 (and (and (= status@p0 1) (>= ?x225 1) (not waited@p0)) $x823)))
 (and (and (= act@p0 4) $x824) (not (=> (= 4 2) $x332))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x225 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let ((?x224 (+ (+ cnt2@p0 (- cnt2@p0)) (+ cnt5@p0 (- cnt5@p0)) cnt6@p0 cnt7@p0 (+ cnt10@p0 (- cnt10@p0)) (+ cnt13@p0 (- cnt13@p0)) (+ cnt16@p0 (- cnt16@p0)) (+ cnt19@p0 (- cnt19@p0)) cnt20@p0 cnt21@p0 (+ cnt24@p0 (- cnt24@p0)) (+ cnt27@p0 (- cnt27@p0)) (+ cnt30@p0 (- cnt30@p0)) (+ cnt33@p0 (- cnt33@p0)) cnt34@p0 cnt35@p0 (+ cnt38@p0 (- cnt38@p0)) (+ cnt41@p0 (- cnt41@p0)) (+ cnt44@p0 (- cnt44@p0)) (+ cnt47@p0 (- cnt47@p0)) cnt48@p0 cnt49@p0 (+ cnt52@p0 (- cnt52@p0)) (+ cnt55@p0 (- cnt55@p0)) (+ cnt58@p0 (- cnt58@p0)) (+ cnt61@p0 (- cnt61@p0)) cnt62@p0 cnt63@p0 (+ cnt66@p0 (- cnt66@p0)) (+ cnt69@p0 (- cnt69@p0)))))
 (let ((?x226 (- ?x224 ?x225)))
 (let ((?x229 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let ((?x330 (- ?x229 ?x229)))
 (let (($x228 (<= ?x226 2)))
 (let (($x227 (>= ?x226 1)))
 (let ((?x280 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0 cnt48@p0 cnt49@p0 cnt62@p0 cnt63@p0)))
 (let (($x823 (= ?x280 0)))
 (let (($x833 (and (= act@p0 5) (and (and (= status@p0 1) (>= ?x225 1)) $x823 waited@p0))))
 (and $x833 (not (=> (= 5 2) (and $x227 $x228 (= ?x330 ?x226))))))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x225 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let ((?x327 (- ?x225 ?x225)))
 (let ((?x229 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let ((?x330 (- ?x229 ?x229)))
 (let (($x332 (and (>= ?x327 1) (<= ?x327 2) (= ?x330 ?x327))))
 (let (($x842 (and (= act@p0 6) (and (= status@p0 1) (not cancel_requested@p0)))))
 (and $x842 (not (=> (= 6 2) $x332))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x225 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let ((?x1009 (+ (+ cnt2@p0 (- (ite (= cls@p0 2) 1 0))) (+ cnt5@p0 (ite (= cls@p0 2) 1 0)) cnt6@p0 cnt7@p0 (+ cnt10@p0 (- (ite (= cls@p0 10) 1 0))) (+ cnt13@p0 (ite (= cls@p0 10) 1 0)) (+ cnt16@p0 (- (ite (= cls@p0 16) 1 0))) (+ cnt19@p0 (ite (= cls@p0 16) 1 0)) cnt20@p0 cnt21@p0 (+ cnt24@p0 (- (ite (= cls@p0 24) 1 0))) (+ cnt27@p0 (ite (= cls@p0 24) 1 0)) (+ cnt30@p0 (- (ite (= cls@p0 30) 1 0))) (+ cnt33@p0 (ite (= cls@p0 30) 1 0)) cnt34@p0 cnt35@p0 (+ cnt38@p0 (- (ite (= cls@p0 38) 1 0))) (+ cnt41@p0 (ite (= cls@p0 38) 1 0)) (+ cnt44@p0 (- (ite (= cls@p0 44) 1 0))) (+ cnt47@p0 (ite (= cls@p0 44) 1 0)) cnt48@p0 cnt49@p0 (+ cnt52@p0 (- (ite (= cls@p0 52) 1 0))) (+ cnt55@p0 (ite (= cls@p0 52) 1 0)) (+ cnt58@p0 (- (ite (= cls@p0 58) 1 0))) (+ cnt61@p0 (ite (= cls@p0 58) 1 0)) cnt62@p0 cnt63@p0 (+ cnt66@p0 (- (ite (= cls@p0 66) 1 0))) (+ cnt69@p0 (ite (= cls@p0 66) 1 0)))))
 (let ((?x1010 (- ?x1009 ?x225)))
 (let ((?x1033 (+ (+ cnt0@p0 (- (ite (= cls@p0 0) 1 0))) (+ cnt3@p0 (ite (= cls@p0 0) 1 0)) (+ cnt14@p0 (- (ite (= cls@p0 14) 1 0))) (+ cnt17@p0 (ite (= cls@p0 14) 1 0)) (+ cnt28@p0 (- (ite (= cls@p0 28) 1 0))) (+ cnt31@p0 (ite (= cls@p0 28) 1 0)) (+ cnt42@p0 (- (ite (= cls@p0 42) 1 0))) (+ cnt45@p0 (ite (= cls@p0 42) 1 0)) (+ cnt56@p0 (- (ite (= cls@p0 56) 1 0))) (+ cnt59@p0 (ite (= cls@p0 56) 1 0)))))
 (let ((?x229 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let (($x1037 (=> (= 7 2) (and (>= ?x1010 1) (<= ?x1010 2) (= (- ?x229 ?x1033) ?x1010)))))
 (let (($x964 (or (and (= cls@p0 0) (>= cnt0@p0 1)) (and (= cls@p0 1) (>= cnt1@p0 1)) (and (= cls@p0 2) (>= cnt2@p0 1)) (and (= cls@p0 8) (>= cnt8@p0 1)) (and (= cls@p0 9) (>= cnt9@p0 1)) (and (= cls@p0 10) (>= cnt10@p0 1)) (and (= cls@p0 14) (>= cnt14@p0 1)) (and (= cls@p0 15) (>= cnt15@p0 1)) (and (= cls@p0 16) (>= cnt16@p0 1)) (and (= cls@p0 22) (>= cnt22@p0 1)) (and (= cls@p0 23) (>= cnt23@p0 1)) (and (= cls@p0 24) (>= cnt24@p0 1)) (and (= cls@p0 28) (>= cnt28@p0 1)) (and (= cls@p0 29) (>= cnt29@p0 1)) (and (= cls@p0 30) (>= cnt30@p0 1)) (and (= cls@p0 36) (>= cnt36@p0 1)) (and (= cls@p0 37) (>= cnt37@p0 1)) (and (= cls@p0 38) (>= cnt38@p0 1)) (and (= cls@p0 42) (>= cnt42@p0 1)) (and (= cls@p0 43) (>= cnt43@p0 1)) (and (= cls@p0 44) (>= cnt44@p0 1)) (and (= cls@p0 50) (>= cnt50@p0 1)) (and (= cls@p0 51) (>= cnt51@p0 1)) (and (= cls@p0 52) (>= cnt52@p0 1)) (and (= cls@p0 56) (>= cnt56@p0 1)) (and (= cls@p0 57) (>= cnt57@p0 1)) (and (= cls@p0 58) (>= cnt58@p0 1)) (and (= cls@p0 64) (>= cnt64@p0 1)) (and (= cls@p0 65) (>= cnt65@p0 1)) (and (= cls@p0 66) (>= cnt66@p0 1)))))
 (let (($x661 (< cls@p0 70)))
 (let (($x659 (>= cls@p0 0)))
 (let (($x257 (= status@p0 1)))
 (and (and (= act@p0 7) (and $x257 (and $x659 $x661 $x964))) (not $x1037)))))))))))))
(check-sat)
(pop 1)
(push 1)
(assert
 (let ((?x225 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let ((?x1202 (+ (+ cnt2@p0 (ite (= cls@p0 5) 1 0)) (+ cnt5@p0 (- (ite (= cls@p0 5) 1 0))) cnt6@p0 cnt7@p0 (+ cnt10@p0 (ite (= cls@p0 13) 1 0)) (+ cnt13@p0 (- (ite (= cls@p0 13) 1 0))) (+ cnt16@p0 (ite (= cls@p0 19) 1 0)) (+ cnt19@p0 (- (ite (= cls@p0 19) 1 0))) cnt20@p0 cnt21@p0 (+ cnt24@p0 (ite (= cls@p0 27) 1 0)) (+ cnt27@p0 (- (ite (= cls@p0 27) 1 0))) (+ cnt30@p0 (ite (= cls@p0 33) 1 0)) (+ cnt33@p0 (- (ite (= cls@p0 33) 1 0))) cnt34@p0 cnt35@p0 (+ cnt38@p0 (ite (= cls@p0 41) 1 0)) (+ cnt41@p0 (- (ite (= cls@p0 41) 1 0))) (+ cnt44@p0 (ite (= cls@p0 47) 1 0)) (+ cnt47@p0 (- (ite (= cls@p0 47) 1 0))) cnt48@p0 cnt49@p0 (+ cnt52@p0 (ite (= cls@p0 55) 1 0)) (+ cnt55@p0 (- (ite (= cls@p0 55) 1 0))) (+ cnt58@p0 (ite (= cls@p0 61) 1 0)) (+ cnt61@p0 (- (ite (= cls@p0 61) 1 0))) cnt62@p0 cnt63@p0 (+ cnt66@p0 (ite (= cls@p0 69) 1 0)) (+ cnt69@p0 (- (ite (= cls@p0 69) 1 0))))))
 (let ((?x1203 (- ?x1202 ?x225)))
 (let ((?x1226 (+ (+ cnt0@p0 (ite (= cls@p0 3) 1 0)) (+ cnt3@p0 (- (ite (= cls@p0 3) 1 0))) (+ cnt14@p0 (ite (= cls@p0 17) 1 0)) (+ cnt17@p0 (- (ite (= cls@p0 17) 1 0))) (+ cnt28@p0 (ite (= cls@p0 31) 1 0)) (+ cnt31@p0 (- (ite (= cls@p0 31) 1 0))) (+ cnt42@p0 (ite (= cls@p0 45) 1 0)) (+ cnt45@p0 (- (ite (= cls@p0 45) 1 0))) (+ cnt56@p0 (ite (= cls@p0 59) 1 0)) (+ cnt59@p0 (- (ite (= cls@p0 59) 1 0))))))
 (let ((?x229 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let (($x1230 (=> (= 8 2) (and (>= ?x1203 1) (<= ?x1203 2) (= (- ?x229 ?x1226) ?x1203)))))
 (let (($x1158 (or (and (= cls@p0 3) (>= cnt3@p0 1)) (and (= cls@p0 4) (>= cnt4@p0 1)) (and (= cls@p0 5) (>= cnt5@p0 1)) (and (= cls@p0 11) (>= cnt11@p0 1)) (and (= cls@p0 12) (>= cnt12@p0 1)) (and (= cls@p0 13) (>= cnt13@p0 1)) (and (= cls@p0 17) (>= cnt17@p0 1)) (and (= cls@p0 18) (>= cnt18@p0 1)) (and (= cls@p0 19) (>= cnt19@p0 1)) (and (= cls@p0 25) (>= cnt25@p0 1)) (and (= cls@p0 26) (>= cnt26@p0 1)) (and (= cls@p0 27) (>= cnt27@p0 1)) (and (= cls@p0 31) (>= cnt31@p0 1)) (and (= cls@p0 32) (>= cnt32@p0 1)) (and (= cls@p0 33) (>= cnt33@p0 1)) (and (= cls@p0 39) (>= cnt39@p0 1)) (and (= cls@p0 40) (>= cnt40@p0 1)) (and (= cls@p0 41) (>= cnt41@p0 1)) (and (= cls@p0 45) (>= cnt45@p0 1)) (and (= cls@p0 46) (>= cnt46@p0 1)) (and (= cls@p0 47) (>= cnt47@p0 1)) (and (= cls@p0 53) (>= cnt53@p0 1)) (and (= cls@p0 54) (>= cnt54@p0 1)) (and (= cls@p0 55) (>= cnt55@p0 1)) (and (= cls@p0 59) (>= cnt59@p0 1)) (and (= cls@p0 60) (>= cnt60@p0 1)) (and (= cls@p0 61) (>= cnt61@p0 1)) (and (= cls@p0 67) (>= cnt67@p0 1)) (and (= cls@p0 68) (>= cnt68@p0 1)) (and (= cls@p0 69) (>= cnt69@p0 1)))))
 (let (($x661 (< cls@p0 70)))
 (let (($x659 (>= cls@p0 0)))
 (and (and (= act@p0 8) (and $x659 $x661 $x1158)) (not $x1230))))))))))))
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
