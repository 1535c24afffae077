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
(declare-fun cnt52@p0 () Int)
(declare-fun cnt51@p0 () Int)
(declare-fun cnt49@p0 () Int)
(declare-fun cnt48@p0 () Int)
(declare-fun cnt47@p0 () Int)
(declare-fun cnt46@p0 () Int)
(declare-fun cnt44@p0 () Int)
(declare-fun cnt43@p0 () Int)
(declare-fun cnt53@p0 () Int)
(declare-fun cnt50@p0 () Int)
(declare-fun cnt45@p0 () Int)
(declare-fun cnt42@p0 () Int)
(declare-fun cnt41@p0 () Int)
(declare-fun cnt40@p0 () Int)
(declare-fun cnt38@p0 () Int)
(declare-fun cnt37@p0 () Int)
(declare-fun cnt35@p0 () Int)
(declare-fun cnt34@p0 () Int)
(declare-fun cnt33@p0 () Int)
(declare-fun cnt32@p0 () Int)
(declare-fun cnt30@p0 () Int)
(declare-fun cnt29@p0 () Int)
(declare-fun cnt39@p0 () Int)
(declare-fun cnt36@p0 () Int)
(declare-fun cnt31@p0 () Int)
(declare-fun cnt28@p0 () Int)
(declare-fun cnt27@p0 () Int)
(declare-fun cnt26@p0 () Int)
(declare-fun cnt24@p0 () Int)
(declare-fun cnt23@p0 () Int)
(declare-fun cnt21@p0 () Int)
(declare-fun cnt20@p0 () Int)
(declare-fun cnt19@p0 () Int)
(declare-fun cnt18@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt25@p0 () Int)
(declare-fun cnt22@p0 () Int)
(declare-fun cnt17@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cnt69@p0 () Int)
(declare-fun cnt68@p0 () Int)
(declare-fun cnt67@p0 () Int)
(declare-fun cnt63@p0 () Int)
(declare-fun cnt61@p0 () Int)
(declare-fun cnt60@p0 () Int)
(declare-fun cnt59@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun cnt62@p0 () Int)
(declare-fun cnt66@p0 () Int)
(declare-fun cnt58@p0 () Int)
(declare-fun cnt57@p0 () Int)
(declare-fun cnt56@p0 () Int)
(declare-fun batches_started@p0 () Int)
(declare-fun cnt65@p0 () Int)
(declare-fun cnt64@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun checked@p0 () Bool)
(assert
 (let ((?x240 (+ cnt43@p0 cnt44@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt51@p0 cnt52@p0 cnt54@p0 cnt55@p0)))
 (let (($x243 (or (= ?x240 0) (= ?x240 2))))
 (let ((?x238 (+ cnt42@p0 cnt43@p0 cnt44@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt50@p0 cnt51@p0 cnt52@p0 cnt53@p0 cnt54@p0 cnt55@p0)))
 (let (($x239 (= ?x238 2)))
 (let ((?x234 (+ cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt37@p0 cnt38@p0 cnt40@p0 cnt41@p0)))
 (let (($x237 (or (= ?x234 0) (= ?x234 2))))
 (let ((?x232 (+ cnt28@p0 cnt29@p0 cnt30@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0)))
 (let (($x233 (= ?x232 2)))
 (let ((?x228 (+ cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt23@p0 cnt24@p0 cnt26@p0 cnt27@p0)))
 (let (($x231 (or (= ?x228 0) (= ?x228 2))))
 (let ((?x226 (+ cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0)))
 (let (($x227 (= ?x226 2)))
 (let ((?x222 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0)))
 (let (($x225 (or (= ?x222 0) (= ?x222 2))))
 (let ((?x220 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x221 (= ?x220 2)))
 (let ((?x217 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt49@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt63@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let (($x219 (<= (* 100 ?x217) 200)))
 (let (($x51 (not cancel_requested@p0)))
 (let ((?x212 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let ((?x42 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let (($x44 (= ?x42 0)))
 (let (($x216 (=> $x44 (<= (* 100 ?x212) 200))))
 (let ((?x209 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt12@p0 cnt13@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt26@p0 cnt27@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt40@p0 cnt41@p0 cnt43@p0 cnt44@p0 cnt46@p0 cnt47@p0 cnt54@p0 cnt55@p0 cnt57@p0 cnt58@p0 cnt60@p0 cnt61@p0 cnt68@p0 cnt69@p0)))
 (let (($x210 (= ?x209 0)))
 (let ((?x62 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let (($x207 (= ?x62 0)))
 (let ((?x205 (* 2 batches_started@p0)))
 (let ((?x197 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt23@p0 cnt24@p0 cnt26@p0 cnt27@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt37@p0 cnt38@p0 cnt40@p0 cnt41@p0 cnt43@p0 cnt44@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt51@p0 cnt52@p0 cnt54@p0 cnt55@p0 cnt57@p0 cnt58@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt65@p0 cnt66@p0 cnt68@p0 cnt69@p0)))
 (let (($x208 (or (>= ?x197 ?x205) $x207)))
 (let ((?x203 (+ cnt8@p0 cnt11@p0 cnt22@p0 cnt25@p0 cnt36@p0 cnt39@p0 cnt50@p0 cnt53@p0 cnt64@p0 cnt67@p0)))
 (let (($x204 (= ?x203 0)))
 (let (($x82 (= batches_started@p0 0)))
 (let ((?x199 (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt50@p0 cnt51@p0 cnt52@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt64@p0 cnt65@p0 cnt66@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let (($x196 (= status@p0 0)))
 (let (($x202 (=> $x196 (and (= ?x197 0) (= ?x199 0) $x82))))
 (let (($x69 (>= ?x42 1)))
 (let (($x11 (= status@p0 1)))
 (let (($x194 (and cancel_requested@p0 $x11)))
 (let (($x195 (=> $x194 $x69)))
 (let (($x193 (or $x44 $x11)))
 (let ((?x191 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt28@p0 cnt29@p0 cnt30@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt42@p0 cnt43@p0 cnt44@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt50@p0 cnt51@p0 cnt52@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt56@p0 cnt57@p0 cnt58@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt64@p0 cnt65@p0 cnt66@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let (($x192 (= ?x191 10)))
 (let (($x189 (>= cnt69@p0 0)))
 (let (($x188 (>= cnt68@p0 0)))
 (let (($x186 (>= cnt67@p0 0)))
 (let (($x184 (>= cnt66@p0 0)))
 (let (($x183 (>= cnt65@p0 0)))
 (let (($x181 (>= cnt64@p0 0)))
 (let (($x179 (>= cnt63@p0 0)))
 (let (($x178 (>= cnt62@p0 0)))
 (let (($x177 (>= cnt61@p0 0)))
 (let (($x176 (>= cnt60@p0 0)))
 (let (($x174 (>= cnt59@p0 0)))
 (let (($x173 (>= cnt58@p0 0)))
 (let (($x172 (>= cnt57@p0 0)))
 (let (($x170 (>= cnt56@p0 0)))
 (let (($x169 (>= cnt55@p0 0)))
 (let (($x168 (>= cnt54@p0 0)))
 (let (($x166 (>= cnt53@p0 0)))
 (let (($x164 (>= cnt52@p0 0)))
 (let (($x163 (>= cnt51@p0 0)))
 (let (($x161 (>= cnt50@p0 0)))
 (let (($x159 (>= cnt49@p0 0)))
 (let (($x158 (>= cnt48@p0 0)))
 (let (($x157 (>= cnt47@p0 0)))
 (let (($x156 (>= cnt46@p0 0)))
 (let (($x154 (>= cnt45@p0 0)))
 (let (($x153 (>= cnt44@p0 0)))
 (let (($x152 (>= cnt43@p0 0)))
 (let (($x150 (>= cnt42@p0 0)))
 (let (($x149 (>= cnt41@p0 0)))
 (let (($x148 (>= cnt40@p0 0)))
 (let (($x146 (>= cnt39@p0 0)))
 (let (($x144 (>= cnt38@p0 0)))
 (let (($x143 (>= cnt37@p0 0)))
 (let (($x141 (>= cnt36@p0 0)))
 (let (($x139 (>= cnt35@p0 0)))
 (let (($x138 (>= cnt34@p0 0)))
 (let (($x137 (>= cnt33@p0 0)))
 (let (($x136 (>= cnt32@p0 0)))
 (let (($x134 (>= cnt31@p0 0)))
 (let (($x133 (>= cnt30@p0 0)))
 (let (($x132 (>= cnt29@p0 0)))
 (let (($x130 (>= cnt28@p0 0)))
 (let (($x129 (>= cnt27@p0 0)))
 (let (($x128 (>= cnt26@p0 0)))
 (let (($x126 (>= cnt25@p0 0)))
 (let (($x124 (>= cnt24@p0 0)))
 (let (($x123 (>= cnt23@p0 0)))
 (let (($x121 (>= cnt22@p0 0)))
 (let (($x119 (>= cnt21@p0 0)))
 (let (($x118 (>= cnt20@p0 0)))
 (let (($x117 (>= cnt19@p0 0)))
 (let (($x116 (>= cnt18@p0 0)))
 (let (($x114 (>= cnt17@p0 0)))
 (let (($x113 (>= cnt16@p0 0)))
 (let (($x112 (>= cnt15@p0 0)))
 (let (($x110 (>= cnt14@p0 0)))
 (let (($x109 (>= cnt13@p0 0)))
 (let (($x108 (>= cnt12@p0 0)))
 (let (($x106 (>= cnt11@p0 0)))
 (let (($x104 (>= cnt10@p0 0)))
 (let (($x103 (>= cnt9@p0 0)))
 (let (($x101 (>= cnt8@p0 0)))
 (let (($x99 (>= cnt7@p0 0)))
 (let (($x98 (>= cnt6@p0 0)))
 (let (($x97 (>= cnt5@p0 0)))
 (let (($x96 (>= cnt4@p0 0)))
 (let (($x94 (>= cnt3@p0 0)))
 (let (($x93 (>= cnt2@p0 0)))
 (let (($x92 (>= cnt1@p0 0)))
 (let (($x90 (>= cnt0@p0 0)))
 (let (($x190 (and $x90 $x92 $x93 $x94 $x96 $x97 $x98 $x99 $x101 $x103 $x104 $x106 $x108 $x109 $x110 $x112 $x113 $x114 $x116 $x117 $x118 $x119 $x121 $x123 $x124 $x126 $x128 $x129 $x130 $x132 $x133 $x134 $x136 $x137 $x138 $x139 $x141 $x143 $x144 $x146 $x148 $x149 $x150 $x152 $x153 $x154 $x156 $x157 $x158 $x159 $x161 $x163 $x164 $x166 $x168 $x169 $x170 $x172 $x173 $x174 $x176 $x177 $x178 $x179 $x181 $x183 $x184 $x186 $x188 $x189)))
 (let (($x88 (or $x82 (< (* (- batches_started@p0 1) 2) 10))))
 (let ((?x66 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0 cnt48@p0 cnt49@p0 cnt62@p0 cnt63@p0)))
 (let (($x73 (= ?x66 0)))
 (let (($x68 (not (>= ?x66 1))))
 (let (($x48 (not (and $x11 $x44 (not checked@p0)))))
 (let (($x79 (and $x11 $x48 (not (and (and $x11 $x44 checked@p0) $x51 (>= ?x62 1))) $x68 (not (and (and $x11 $x69 (not waited@p0)) $x73)) (not (and (and $x11 $x69) $x73 waited@p0)))))
 (let (($x80 (not $x79)))
 (let (($x9 (and (distinct status@p0 3) true)))
 (let (($x7 (and (distinct status@p0 4) true)))
 (let (($x89 (and $x7 $x9 $x80 $x88)))
 (and $x89 $x190 $x192 $x193 $x195 $x202 $x204 $x208 $x210 $x216 $x51 $x219 $x221 $x225 $x227 $x231 $x233 $x237 $x239 $x243))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(push 1)
(assert
 (let (($x82 (= batches_started@p0 0)))
(let (($x88 (or $x82 (< (* (- batches_started@p0 1) 2) 10))))
(let ((?x66 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0 cnt48@p0 cnt49@p0 cnt62@p0 cnt63@p0)))
(let (($x73 (= ?x66 0)))
(let ((?x42 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
(let (($x69 (>= ?x42 1)))
(let (($x11 (= status@p0 1)))
(let (($x68 (not (>= ?x66 1))))
(let ((?x62 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
(let (($x63 (>= ?x62 1)))
(let (($x51 (not cancel_requested@p0)))
(let (($x48 (not (and $x11 (= ?x42 0) (not checked@p0)))))
(let (($x79 (and $x11 $x48 (not (and (and $x11 (= ?x42 0) checked@p0) $x51 $x63)) $x68 (not (and (and $x11 $x69 (not waited@p0)) $x73)) (not (and (and $x11 $x69) $x73 waited@p0)))))
(let (($x80 (not $x79)))
(let (($x9 (and (distinct status@p0 3) true)))
(let (($x7 (and (distinct status@p0 4) true)))
(let (($x89 (and $x7 $x9 $x80 $x88)))
(not $x89)))))))))))))))))))
(check-sat)
(pop 1)
