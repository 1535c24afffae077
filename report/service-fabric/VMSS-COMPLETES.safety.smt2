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
(declare-fun cnt66@p0 () Int)
(declare-fun cnt65@p0 () Int)
(declare-fun cnt63@p0 () Int)
(declare-fun cnt62@p0 () Int)
(declare-fun cnt61@p0 () Int)
(declare-fun cnt60@p0 () Int)
(declare-fun cnt58@p0 () Int)
(declare-fun cnt57@p0 () Int)
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
(declare-fun cnt67@p0 () Int)
(declare-fun cnt59@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun batches_started@p0 () Int)
(declare-fun cnt64@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun cnt56@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun checked@p0 () Bool)
(assert
 (let ((?x241 (+ cnt57@p0 cnt58@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt65@p0 cnt66@p0 cnt68@p0 cnt69@p0)))
 (let (($x244 (or (= ?x241 0) (= ?x241 2))))
 (let ((?x237 (+ cnt43@p0 cnt44@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt51@p0 cnt52@p0 cnt54@p0 cnt55@p0)))
 (let (($x240 (or (= ?x237 0) (= ?x237 2))))
 (let ((?x235 (+ cnt42@p0 cnt43@p0 cnt44@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt50@p0 cnt51@p0 cnt52@p0 cnt53@p0 cnt54@p0 cnt55@p0)))
 (let (($x236 (= ?x235 2)))
 (let ((?x231 (+ cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt37@p0 cnt38@p0 cnt40@p0 cnt41@p0)))
 (let (($x234 (or (= ?x231 0) (= ?x231 2))))
 (let ((?x229 (+ cnt28@p0 cnt29@p0 cnt30@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0)))
 (let (($x230 (= ?x229 2)))
 (let ((?x225 (+ cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt23@p0 cnt24@p0 cnt26@p0 cnt27@p0)))
 (let (($x228 (or (= ?x225 0) (= ?x225 2))))
 (let ((?x223 (+ cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0)))
 (let (($x224 (= ?x223 2)))
 (let ((?x219 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0)))
 (let (($x222 (or (= ?x219 0) (= ?x219 2))))
 (let ((?x217 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x218 (= ?x217 2)))
 (let ((?x214 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt49@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt63@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let (($x216 (<= (* 100 ?x214) 200)))
 (let (($x50 (not cancel_requested@p0)))
 (let ((?x209 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let ((?x42 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
 (let (($x44 (= ?x42 0)))
 (let (($x213 (=> $x44 (<= (* 100 ?x209) 200))))
 (let ((?x206 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt12@p0 cnt13@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt26@p0 cnt27@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt40@p0 cnt41@p0 cnt43@p0 cnt44@p0 cnt46@p0 cnt47@p0 cnt54@p0 cnt55@p0 cnt57@p0 cnt58@p0 cnt60@p0 cnt61@p0 cnt68@p0 cnt69@p0)))
 (let (($x207 (= ?x206 0)))
 (let ((?x194 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt23@p0 cnt24@p0 cnt26@p0 cnt27@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt37@p0 cnt38@p0 cnt40@p0 cnt41@p0 cnt43@p0 cnt44@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt51@p0 cnt52@p0 cnt54@p0 cnt55@p0 cnt57@p0 cnt58@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt65@p0 cnt66@p0 cnt68@p0 cnt69@p0)))
 (let (($x79 (= batches_started@p0 0)))
 (let (($x205 (or $x79 (>= ?x194 (+ (* 2 (- batches_started@p0 1)) 1)))))
 (let ((?x200 (+ cnt8@p0 cnt11@p0 cnt22@p0 cnt25@p0 cnt36@p0 cnt39@p0 cnt50@p0 cnt53@p0 cnt64@p0 cnt67@p0)))
 (let (($x201 (= ?x200 0)))
 (let ((?x196 (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt50@p0 cnt51@p0 cnt52@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt64@p0 cnt65@p0 cnt66@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let (($x193 (= status@p0 0)))
 (let (($x199 (=> $x193 (and (= ?x194 0) (= ?x196 0) $x79))))
 (let (($x68 (>= ?x42 1)))
 (let (($x11 (= status@p0 1)))
 (let (($x191 (and cancel_requested@p0 $x11)))
 (let (($x192 (=> $x191 $x68)))
 (let (($x190 (or $x44 $x11)))
 (let ((?x188 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt28@p0 cnt29@p0 cnt30@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt42@p0 cnt43@p0 cnt44@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt50@p0 cnt51@p0 cnt52@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt56@p0 cnt57@p0 cnt58@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt64@p0 cnt65@p0 cnt66@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let (($x189 (= ?x188 10)))
 (let (($x186 (>= cnt69@p0 0)))
 (let (($x185 (>= cnt68@p0 0)))
 (let (($x183 (>= cnt67@p0 0)))
 (let (($x181 (>= cnt66@p0 0)))
 (let (($x180 (>= cnt65@p0 0)))
 (let (($x178 (>= cnt64@p0 0)))
 (let (($x176 (>= cnt63@p0 0)))
 (let (($x175 (>= cnt62@p0 0)))
 (let (($x174 (>= cnt61@p0 0)))
 (let (($x173 (>= cnt60@p0 0)))
 (let (($x171 (>= cnt59@p0 0)))
 (let (($x170 (>= cnt58@p0 0)))
 (let (($x169 (>= cnt57@p0 0)))
 (let (($x167 (>= cnt56@p0 0)))
 (let (($x166 (>= cnt55@p0 0)))
 (let (($x165 (>= cnt54@p0 0)))
 (let (($x163 (>= cnt53@p0 0)))
 (let (($x161 (>= cnt52@p0 0)))
 (let (($x160 (>= cnt51@p0 0)))
 (let (($x158 (>= cnt50@p0 0)))
 (let (($x156 (>= cnt49@p0 0)))
 (let (($x155 (>= cnt48@p0 0)))
 (let (($x154 (>= cnt47@p0 0)))
 (let (($x153 (>= cnt46@p0 0)))
 (let (($x151 (>= cnt45@p0 0)))
 (let (($x150 (>= cnt44@p0 0)))
 (let (($x149 (>= cnt43@p0 0)))
 (let (($x147 (>= cnt42@p0 0)))
 (let (($x146 (>= cnt41@p0 0)))
 (let (($x145 (>= cnt40@p0 0)))
 (let (($x143 (>= cnt39@p0 0)))
 (let (($x141 (>= cnt38@p0 0)))
 (let (($x140 (>= cnt37@p0 0)))
 (let (($x138 (>= cnt36@p0 0)))
 (let (($x136 (>= cnt35@p0 0)))
 (let (($x135 (>= cnt34@p0 0)))
 (let (($x134 (>= cnt33@p0 0)))
 (let (($x133 (>= cnt32@p0 0)))
 (let (($x131 (>= cnt31@p0 0)))
 (let (($x130 (>= cnt30@p0 0)))
 (let (($x129 (>= cnt29@p0 0)))
 (let (($x127 (>= cnt28@p0 0)))
 (let (($x126 (>= cnt27@p0 0)))
 (let (($x125 (>= cnt26@p0 0)))
 (let (($x123 (>= cnt25@p0 0)))
 (let (($x121 (>= cnt24@p0 0)))
 (let (($x120 (>= cnt23@p0 0)))
 (let (($x118 (>= cnt22@p0 0)))
 (let (($x116 (>= cnt21@p0 0)))
 (let (($x115 (>= cnt20@p0 0)))
 (let (($x114 (>= cnt19@p0 0)))
 (let (($x113 (>= cnt18@p0 0)))
 (let (($x111 (>= cnt17@p0 0)))
 (let (($x110 (>= cnt16@p0 0)))
 (let (($x109 (>= cnt15@p0 0)))
 (let (($x107 (>= cnt14@p0 0)))
 (let (($x106 (>= cnt13@p0 0)))
 (let (($x105 (>= cnt12@p0 0)))
 (let (($x103 (>= cnt11@p0 0)))
 (let (($x101 (>= cnt10@p0 0)))
 (let (($x100 (>= cnt9@p0 0)))
 (let (($x98 (>= cnt8@p0 0)))
 (let (($x96 (>= cnt7@p0 0)))
 (let (($x95 (>= cnt6@p0 0)))
 (let (($x94 (>= cnt5@p0 0)))
 (let (($x93 (>= cnt4@p0 0)))
 (let (($x91 (>= cnt3@p0 0)))
 (let (($x90 (>= cnt2@p0 0)))
 (let (($x89 (>= cnt1@p0 0)))
 (let (($x87 (>= cnt0@p0 0)))
 (let (($x187 (and $x87 $x89 $x90 $x91 $x93 $x94 $x95 $x96 $x98 $x100 $x101 $x103 $x105 $x106 $x107 $x109 $x110 $x111 $x113 $x114 $x115 $x116 $x118 $x120 $x121 $x123 $x125 $x126 $x127 $x129 $x130 $x131 $x133 $x134 $x135 $x136 $x138 $x140 $x141 $x143 $x145 $x146 $x147 $x149 $x150 $x151 $x153 $x154 $x155 $x156 $x158 $x160 $x161 $x163 $x165 $x166 $x167 $x169 $x170 $x171 $x173 $x174 $x175 $x176 $x178 $x180 $x181 $x183 $x185 $x186)))
 (let (($x85 (or $x79 (< (* (- batches_started@p0 1) 2) 10))))
 (let ((?x65 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0 cnt48@p0 cnt49@p0 cnt62@p0 cnt63@p0)))
 (let (($x69 (= ?x65 0)))
 (let ((?x61 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
 (let (($x76 (and $x11 (not (and $x11 $x44 (not checked@p0))) (not (and $x11 $x44 checked@p0 $x50 (>= ?x61 1))) (not (>= ?x65 1)) (not (and $x11 $x68 $x69 (not waited@p0))) (not (and $x11 $x68 $x69 waited@p0)))))
 (let (($x77 (not $x76)))
 (let (($x9 (and (distinct status@p0 3) true)))
 (let (($x7 (and (distinct status@p0 4) true)))
 (let (($x86 (and $x7 $x9 $x77 $x85)))
 (and $x86 $x187 $x189 $x190 $x192 $x199 $x201 $x205 $x207 $x213 $x50 $x216 $x218 $x222 $x224 $x228 $x230 $x234 $x236 $x240 $x244))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(push 1)
(assert
 (let (($x79 (= batches_started@p0 0)))
(let (($x85 (or $x79 (< (* (- batches_started@p0 1) 2) 10))))
(let ((?x65 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0 cnt48@p0 cnt49@p0 cnt62@p0 cnt63@p0)))
(let (($x69 (= ?x65 0)))
(let ((?x42 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
(let (($x68 (>= ?x42 1)))
(let (($x11 (= status@p0 1)))
(let ((?x61 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
(let (($x50 (not cancel_requested@p0)))
(let (($x44 (= ?x42 0)))
(let (($x76 (and $x11 (not (and $x11 $x44 (not checked@p0))) (not (and $x11 $x44 checked@p0 $x50 (>= ?x61 1))) (not (>= ?x65 1)) (not (and $x11 $x68 $x69 (not waited@p0))) (not (and $x11 $x68 $x69 waited@p0)))))
(let (($x77 (not $x76)))
(let (($x9 (and (distinct status@p0 3) true)))
(let (($x7 (and (distinct status@p0 4) true)))
(let (($x86 (and $x7 $x9 $x77 $x85)))
(not $x86)))))))))))))))))
(check-sat)
(pop 1)
