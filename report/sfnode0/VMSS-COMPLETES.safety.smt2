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
(declare-fun cnt69@p0 () Int)
(declare-fun cnt68@p0 () Int)
(declare-fun cnt67@p0 () Int)
(declare-fun cnt63@p0 () Int)
(declare-fun cnt61@p0 () Int)
(declare-fun cnt60@p0 () Int)
(declare-fun cnt59@p0 () Int)
(declare-fun cnt55@p0 () Int)
(declare-fun cnt54@p0 () Int)
(declare-fun cnt53@p0 () Int)
(declare-fun cnt49@p0 () Int)
(declare-fun cnt47@p0 () Int)
(declare-fun cnt46@p0 () Int)
(declare-fun cnt45@p0 () Int)
(declare-fun cnt41@p0 () Int)
(declare-fun cnt40@p0 () Int)
(declare-fun cnt39@p0 () Int)
(declare-fun cnt35@p0 () Int)
(declare-fun cnt33@p0 () Int)
(declare-fun cnt32@p0 () Int)
(declare-fun cnt31@p0 () Int)
(declare-fun cnt27@p0 () Int)
(declare-fun cnt26@p0 () Int)
(declare-fun cnt25@p0 () Int)
(declare-fun cnt21@p0 () Int)
(declare-fun cnt19@p0 () Int)
(declare-fun cnt18@p0 () Int)
(declare-fun cnt17@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun cnt62@p0 () Int)
(declare-fun cnt48@p0 () Int)
(declare-fun cnt34@p0 () Int)
(declare-fun cnt20@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt66@p0 () Int)
(declare-fun cnt58@p0 () Int)
(declare-fun cnt52@p0 () Int)
(declare-fun cnt44@p0 () Int)
(declare-fun cnt38@p0 () Int)
(declare-fun cnt30@p0 () Int)
(declare-fun cnt24@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt57@p0 () Int)
(declare-fun cnt43@p0 () Int)
(declare-fun cnt29@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt65@p0 () Int)
(declare-fun cnt51@p0 () Int)
(declare-fun cnt37@p0 () Int)
(declare-fun cnt23@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt56@p0 () Int)
(declare-fun cnt42@p0 () Int)
(declare-fun cnt28@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun batches_started@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun cnt64@p0 () Int)
(declare-fun cnt50@p0 () Int)
(declare-fun cnt36@p0 () Int)
(declare-fun cnt22@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun checked@p0 () Bool)
(assert
 (let ((?x200 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt49@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt63@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let (($x202 (<= (* 100 ?x200) 60)))
 (let (($x51 (not cancel_requested@p0)))
 (let ((?x195 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let ((?x42 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let (($x44 (= ?x42 0)))
 (let (($x199 (=> $x44 (<= (* 100 ?x195) 60))))
 (let ((?x192 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt43@p0 cnt44@p0 cnt46@p0 cnt47@p0 cnt57@p0 cnt58@p0 cnt60@p0 cnt61@p0)))
 (let (($x193 (= ?x192 0)))
 (let ((?x188 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt23@p0 cnt24@p0 cnt26@p0 cnt27@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt37@p0 cnt38@p0 cnt40@p0 cnt41@p0 cnt43@p0 cnt44@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt51@p0 cnt52@p0 cnt54@p0 cnt55@p0 cnt57@p0 cnt58@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt65@p0 cnt66@p0 cnt68@p0 cnt69@p0)))
 (let ((?x62 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let (($x191 (<= (+ ?x62 ?x188) 3)))
 (let (($x189 (>= ?x188 batches_started@p0)))
 (let (($x69 (>= ?x42 1)))
 (let (($x11 (= status@p0 1)))
 (let (($x186 (and cancel_requested@p0 $x11)))
 (let (($x187 (=> $x186 $x69)))
 (let ((?x184 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt28@p0 cnt29@p0 cnt30@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt42@p0 cnt43@p0 cnt44@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt50@p0 cnt51@p0 cnt52@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt56@p0 cnt57@p0 cnt58@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt64@p0 cnt65@p0 cnt66@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let (($x185 (= ?x184 3)))
 (let (($x182 (>= cnt69@p0 0)))
 (let (($x181 (>= cnt68@p0 0)))
 (let (($x179 (>= cnt67@p0 0)))
 (let (($x177 (>= cnt66@p0 0)))
 (let (($x176 (>= cnt65@p0 0)))
 (let (($x174 (>= cnt64@p0 0)))
 (let (($x172 (>= cnt63@p0 0)))
 (let (($x171 (>= cnt62@p0 0)))
 (let (($x170 (>= cnt61@p0 0)))
 (let (($x169 (>= cnt60@p0 0)))
 (let (($x167 (>= cnt59@p0 0)))
 (let (($x166 (>= cnt58@p0 0)))
 (let (($x165 (>= cnt57@p0 0)))
 (let (($x163 (>= cnt56@p0 0)))
 (let (($x162 (>= cnt55@p0 0)))
 (let (($x161 (>= cnt54@p0 0)))
 (let (($x159 (>= cnt53@p0 0)))
 (let (($x157 (>= cnt52@p0 0)))
 (let (($x156 (>= cnt51@p0 0)))
 (let (($x154 (>= cnt50@p0 0)))
 (let (($x152 (>= cnt49@p0 0)))
 (let (($x151 (>= cnt48@p0 0)))
 (let (($x150 (>= cnt47@p0 0)))
 (let (($x149 (>= cnt46@p0 0)))
 (let (($x147 (>= cnt45@p0 0)))
 (let (($x146 (>= cnt44@p0 0)))
 (let (($x145 (>= cnt43@p0 0)))
 (let (($x143 (>= cnt42@p0 0)))
 (let (($x142 (>= cnt41@p0 0)))
 (let (($x141 (>= cnt40@p0 0)))
 (let (($x139 (>= cnt39@p0 0)))
 (let (($x137 (>= cnt38@p0 0)))
 (let (($x136 (>= cnt37@p0 0)))
 (let (($x134 (>= cnt36@p0 0)))
 (let (($x132 (>= cnt35@p0 0)))
 (let (($x131 (>= cnt34@p0 0)))
 (let (($x130 (>= cnt33@p0 0)))
 (let (($x129 (>= cnt32@p0 0)))
 (let (($x127 (>= cnt31@p0 0)))
 (let (($x126 (>= cnt30@p0 0)))
 (let (($x125 (>= cnt29@p0 0)))
 (let (($x123 (>= cnt28@p0 0)))
 (let (($x122 (>= cnt27@p0 0)))
 (let (($x121 (>= cnt26@p0 0)))
 (let (($x119 (>= cnt25@p0 0)))
 (let (($x117 (>= cnt24@p0 0)))
 (let (($x116 (>= cnt23@p0 0)))
 (let (($x114 (>= cnt22@p0 0)))
 (let (($x112 (>= cnt21@p0 0)))
 (let (($x111 (>= cnt20@p0 0)))
 (let (($x110 (>= cnt19@p0 0)))
 (let (($x109 (>= cnt18@p0 0)))
 (let (($x107 (>= cnt17@p0 0)))
 (let (($x106 (>= cnt16@p0 0)))
 (let (($x105 (>= cnt15@p0 0)))
 (let (($x103 (>= cnt14@p0 0)))
 (let (($x102 (>= cnt13@p0 0)))
 (let (($x101 (>= cnt12@p0 0)))
 (let (($x99 (>= cnt11@p0 0)))
 (let (($x97 (>= cnt10@p0 0)))
 (let (($x96 (>= cnt9@p0 0)))
 (let (($x94 (>= cnt8@p0 0)))
 (let (($x92 (>= cnt7@p0 0)))
 (let (($x91 (>= cnt6@p0 0)))
 (let (($x90 (>= cnt5@p0 0)))
 (let (($x89 (>= cnt4@p0 0)))
 (let (($x87 (>= cnt3@p0 0)))
 (let (($x86 (>= cnt2@p0 0)))
 (let (($x85 (>= cnt1@p0 0)))
 (let (($x83 (>= cnt0@p0 0)))
 (let (($x183 (and $x83 $x85 $x86 $x87 $x89 $x90 $x91 $x92 $x94 $x96 $x97 $x99 $x101 $x102 $x103 $x105 $x106 $x107 $x109 $x110 $x111 $x112 $x114 $x116 $x117 $x119 $x121 $x122 $x123 $x125 $x126 $x127 $x129 $x130 $x131 $x132 $x134 $x136 $x137 $x139 $x141 $x142 $x143 $x145 $x146 $x147 $x149 $x150 $x151 $x152 $x154 $x156 $x157 $x159 $x161 $x162 $x163 $x165 $x166 $x167 $x169 $x170 $x171 $x172 $x174 $x176 $x177 $x179 $x181 $x182)))
 (let (($x77 (= batches_started@p0 0)))
 (let (($x81 (or $x77 (< (* (- batches_started@p0 1) 1) 3))))
 (let ((?x66 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0 cnt48@p0 cnt49@p0 cnt62@p0 cnt63@p0)))
 (let (($x71 (= ?x66 0)))
 (let (($x68 (not (>= ?x66 1))))
 (let (($x48 (not (and $x11 $x44 (not checked@p0)))))
 (let (($x74 (and $x11 $x48 (not (and (and $x11 $x44 checked@p0) $x51 (>= ?x62 1))) $x68 (not (and (and $x11 $x69) $x71)))))
 (let (($x75 (not $x74)))
 (let (($x9 (and (distinct status@p0 3) true)))
 (let (($x7 (and (distinct status@p0 4) true)))
 (let (($x82 (and $x7 $x9 $x75 $x81)))
 (and $x82 $x183 $x185 $x187 $x189 $x191 $x193 $x199 $x51 $x202)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(push 1)
(assert
 (let (($x77 (= batches_started@p0 0)))
(let (($x81 (or $x77 (< (* (- batches_started@p0 1) 1) 3))))
(let ((?x66 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0 cnt48@p0 cnt49@p0 cnt62@p0 cnt63@p0)))
(let (($x71 (= ?x66 0)))
(let ((?x42 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
(let (($x69 (>= ?x42 1)))
(let (($x11 (= status@p0 1)))
(let (($x68 (not (>= ?x66 1))))
(let ((?x62 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
(let (($x63 (>= ?x62 1)))
(let (($x51 (not cancel_requested@p0)))
(let (($x48 (not (and $x11 (= ?x42 0) (not checked@p0)))))
(let (($x74 (and $x11 $x48 (not (and (and $x11 (= ?x42 0) checked@p0) $x51 $x63)) $x68 (not (and (and $x11 $x69) $x71)))))
(let (($x75 (not $x74)))
(let (($x9 (and (distinct status@p0 3) true)))
(let (($x7 (and (distinct status@p0 4) true)))
(let (($x82 (and $x7 $x9 $x75 $x81)))
(not $x82)))))))))))))))))))
(check-sat)
(pop 1)
