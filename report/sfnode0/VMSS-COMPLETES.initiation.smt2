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
; benchmark generated from python API
(set-info :status unknown)
(declare-fun t@pre () Int)
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
(declare-fun cnt66@p0 () Int)
(declare-fun cnt65@p0 () Int)
(declare-fun cnt64@p0 () Int)
(declare-fun cnt62@p0 () Int)
(declare-fun cnt58@p0 () Int)
(declare-fun cnt57@p0 () Int)
(declare-fun cnt56@p0 () Int)
(declare-fun cnt52@p0 () Int)
(declare-fun cnt51@p0 () Int)
(declare-fun cnt50@p0 () Int)
(declare-fun cnt48@p0 () Int)
(declare-fun cnt44@p0 () Int)
(declare-fun cnt43@p0 () Int)
(declare-fun cnt42@p0 () Int)
(declare-fun cnt38@p0 () Int)
(declare-fun cnt37@p0 () Int)
(declare-fun cnt36@p0 () Int)
(declare-fun cnt34@p0 () Int)
(declare-fun cnt30@p0 () Int)
(declare-fun cnt29@p0 () Int)
(declare-fun cnt28@p0 () Int)
(declare-fun cnt24@p0 () Int)
(declare-fun cnt23@p0 () Int)
(declare-fun cnt22@p0 () Int)
(declare-fun cnt20@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun stop_tripped@p0 () Bool)
(declare-fun batches_started@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun waited@p0 () Bool)
(declare-fun checked@p0 () Bool)
(declare-fun status@p0 () Int)
(assert
 (let (($x239 (= t@pre 0)))
 (let ((?x229 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt49@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt63@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let ((?x232 (* 100 ?x229)))
 (let (($x235 (not (> ?x232 60))))
 (let (($x230 (>= ?x229 0)))
 (let ((?x227 (+ cnt56@p0 cnt57@p0 cnt58@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt64@p0 cnt65@p0 cnt66@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
 (let (($x228 (= ?x227 0)))
 (let ((?x225 (+ cnt42@p0 cnt43@p0 cnt44@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt50@p0 cnt51@p0 cnt52@p0 cnt53@p0 cnt54@p0 cnt55@p0)))
 (let (($x226 (= ?x225 0)))
 (let ((?x223 (+ cnt28@p0 cnt29@p0 cnt30@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0)))
 (let (($x224 (= ?x223 1)))
 (let ((?x221 (+ cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0)))
 (let (($x222 (= ?x221 1)))
 (let ((?x218 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x220 (= ?x218 1)))
 (let (($x217 (= cnt69@p0 0)))
 (let (($x216 (= cnt68@p0 0)))
 (let (($x215 (= cnt67@p0 0)))
 (let (($x214 (= cnt66@p0 0)))
 (let (($x213 (= cnt65@p0 0)))
 (let (($x212 (= cnt64@p0 0)))
 (let (($x211 (= cnt63@p0 0)))
 (let (($x210 (= cnt62@p0 0)))
 (let (($x209 (= cnt61@p0 0)))
 (let (($x208 (= cnt60@p0 0)))
 (let (($x207 (= cnt58@p0 0)))
 (let (($x206 (= cnt57@p0 0)))
 (let (($x205 (= cnt55@p0 0)))
 (let (($x204 (= cnt54@p0 0)))
 (let (($x203 (= cnt53@p0 0)))
 (let (($x202 (= cnt52@p0 0)))
 (let (($x201 (= cnt51@p0 0)))
 (let (($x200 (= cnt50@p0 0)))
 (let (($x199 (= cnt49@p0 0)))
 (let (($x198 (= cnt48@p0 0)))
 (let (($x197 (= cnt47@p0 0)))
 (let (($x196 (= cnt46@p0 0)))
 (let (($x195 (= cnt44@p0 0)))
 (let (($x194 (= cnt43@p0 0)))
 (let (($x193 (= cnt41@p0 0)))
 (let (($x192 (= cnt40@p0 0)))
 (let (($x191 (= cnt39@p0 0)))
 (let (($x190 (= cnt38@p0 0)))
 (let (($x189 (= cnt37@p0 0)))
 (let (($x188 (= cnt36@p0 0)))
 (let (($x187 (= cnt35@p0 0)))
 (let (($x186 (= cnt34@p0 0)))
 (let (($x185 (= cnt33@p0 0)))
 (let (($x184 (= cnt32@p0 0)))
 (let (($x183 (= cnt30@p0 0)))
 (let (($x182 (= cnt29@p0 0)))
 (let (($x181 (= cnt27@p0 0)))
 (let (($x180 (= cnt26@p0 0)))
 (let (($x179 (= cnt25@p0 0)))
 (let (($x178 (= cnt24@p0 0)))
 (let (($x177 (= cnt23@p0 0)))
 (let (($x176 (= cnt22@p0 0)))
 (let (($x175 (= cnt21@p0 0)))
 (let (($x174 (= cnt20@p0 0)))
 (let (($x173 (= cnt19@p0 0)))
 (let (($x172 (= cnt18@p0 0)))
 (let (($x171 (= cnt16@p0 0)))
 (let (($x170 (= cnt15@p0 0)))
 (let (($x169 (= cnt13@p0 0)))
 (let (($x168 (= cnt12@p0 0)))
 (let (($x167 (= cnt11@p0 0)))
 (let (($x166 (= cnt10@p0 0)))
 (let (($x165 (= cnt9@p0 0)))
 (let (($x164 (= cnt8@p0 0)))
 (let (($x163 (= cnt7@p0 0)))
 (let (($x162 (= cnt6@p0 0)))
 (let (($x161 (= cnt5@p0 0)))
 (let (($x160 (= cnt4@p0 0)))
 (let (($x159 (= cnt2@p0 0)))
 (let (($x158 (= cnt1@p0 0)))
 (let (($x157 (>= cnt69@p0 0)))
 (let (($x155 (>= cnt68@p0 0)))
 (let (($x153 (>= cnt67@p0 0)))
 (let (($x151 (>= cnt66@p0 0)))
 (let (($x149 (>= cnt65@p0 0)))
 (let (($x147 (>= cnt64@p0 0)))
 (let (($x145 (>= cnt63@p0 0)))
 (let (($x143 (>= cnt62@p0 0)))
 (let (($x141 (>= cnt61@p0 0)))
 (let (($x139 (>= cnt60@p0 0)))
 (let (($x137 (>= cnt59@p0 0)))
 (let (($x135 (>= cnt58@p0 0)))
 (let (($x133 (>= cnt57@p0 0)))
 (let (($x131 (>= cnt56@p0 0)))
 (let (($x129 (>= cnt55@p0 0)))
 (let (($x127 (>= cnt54@p0 0)))
 (let (($x125 (>= cnt53@p0 0)))
 (let (($x123 (>= cnt52@p0 0)))
 (let (($x121 (>= cnt51@p0 0)))
 (let (($x119 (>= cnt50@p0 0)))
 (let (($x117 (>= cnt49@p0 0)))
 (let (($x115 (>= cnt48@p0 0)))
 (let (($x113 (>= cnt47@p0 0)))
 (let (($x111 (>= cnt46@p0 0)))
 (let (($x109 (>= cnt45@p0 0)))
 (let (($x107 (>= cnt44@p0 0)))
 (let (($x105 (>= cnt43@p0 0)))
 (let (($x103 (>= cnt42@p0 0)))
 (let (($x101 (>= cnt41@p0 0)))
 (let (($x99 (>= cnt40@p0 0)))
 (let (($x97 (>= cnt39@p0 0)))
 (let (($x95 (>= cnt38@p0 0)))
 (let (($x93 (>= cnt37@p0 0)))
 (let (($x91 (>= cnt36@p0 0)))
 (let (($x89 (>= cnt35@p0 0)))
 (let (($x87 (>= cnt34@p0 0)))
 (let (($x85 (>= cnt33@p0 0)))
 (let (($x83 (>= cnt32@p0 0)))
 (let (($x81 (>= cnt31@p0 0)))
 (let (($x79 (>= cnt30@p0 0)))
 (let (($x77 (>= cnt29@p0 0)))
 (let (($x75 (>= cnt28@p0 0)))
 (let (($x73 (>= cnt27@p0 0)))
 (let (($x71 (>= cnt26@p0 0)))
 (let (($x69 (>= cnt25@p0 0)))
 (let (($x67 (>= cnt24@p0 0)))
 (let (($x65 (>= cnt23@p0 0)))
 (let (($x63 (>= cnt22@p0 0)))
 (let (($x61 (>= cnt21@p0 0)))
 (let (($x59 (>= cnt20@p0 0)))
 (let (($x57 (>= cnt19@p0 0)))
 (let (($x55 (>= cnt18@p0 0)))
 (let (($x53 (>= cnt17@p0 0)))
 (let (($x51 (>= cnt16@p0 0)))
 (let (($x49 (>= cnt15@p0 0)))
 (let (($x47 (>= cnt14@p0 0)))
 (let (($x45 (>= cnt13@p0 0)))
 (let (($x43 (>= cnt12@p0 0)))
 (let (($x41 (>= cnt11@p0 0)))
 (let (($x39 (>= cnt10@p0 0)))
 (let (($x37 (>= cnt9@p0 0)))
 (let (($x35 (>= cnt8@p0 0)))
 (let (($x33 (>= cnt7@p0 0)))
 (let (($x31 (>= cnt6@p0 0)))
 (let (($x29 (>= cnt5@p0 0)))
 (let (($x27 (>= cnt4@p0 0)))
 (let (($x25 (>= cnt3@p0 0)))
 (let (($x23 (>= cnt2@p0 0)))
 (let (($x21 (>= cnt1@p0 0)))
 (let (($x19 (>= cnt0@p0 0)))
 (let (($x17 (not stop_tripped@p0)))
 (let (($x15 (= batches_started@p0 0)))
 (let (($x13 (not cancel_requested@p0)))
 (let (($x11 (not waited@p0)))
 (let (($x9 (not checked@p0)))
 (let (($x7 (= status@p0 0)))
 (let (($x237 (and $x7 $x9 $x11 $x13 $x15 $x17 $x19 $x21 $x23 $x25 $x27 $x29 $x31 $x33 $x35 $x37 $x39 $x41 $x43 $x45 $x47 $x49 $x51 $x53 $x55 $x57 $x59 $x61 $x63 $x65 $x67 $x69 $x71 $x73 $x75 $x77 $x79 $x81 $x83 $x85 $x87 $x89 $x91 $x93 $x95 $x97 $x99 $x101 $x103 $x105 $x107 $x109 $x111 $x113 $x115 $x117 $x119 $x121 $x123 $x125 $x127 $x129 $x131 $x133 $x135 $x137 $x139 $x141 $x143 $x145 $x147 $x149 $x151 $x153 $x155 $x157 $x158 $x159 $x160 $x161 $x162 $x163 $x164 $x165 $x166 $x167 $x168 $x169 $x170 $x171 $x172 $x173 $x174 $x175 $x176 $x177 $x178 $x179 $x180 $x181 $x182 $x183 $x184 $x185 $x186 $x187 $x188 $x189 $x190 $x191 $x192 $x193 $x194 $x195 $x196 $x197 $x198 $x199 $x200 $x201 $x202 $x203 $x204 $x205 $x206 $x207 $x208 $x209 $x210 $x211 $x212 $x213 $x214 $x215 $x216 $x217 $x220 $x222 $x224 $x226 $x228 (and $x230 $x235))))
 (and $x237 $x239))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (let ((?x229 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt49@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt63@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
(let ((?x232 (* 100 ?x229)))
(let (($x13 (not cancel_requested@p0)))
(let ((?x338 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
(let ((?x303 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0 cnt44@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt52@p0 cnt55@p0 cnt58@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt66@p0 cnt69@p0)))
(let (($x304 (= ?x303 0)))
(let ((?x336 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt43@p0 cnt44@p0 cnt46@p0 cnt47@p0 cnt57@p0 cnt58@p0 cnt60@p0 cnt61@p0)))
(let (($x337 (= ?x336 0)))
(let ((?x332 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt23@p0 cnt24@p0 cnt26@p0 cnt27@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt37@p0 cnt38@p0 cnt40@p0 cnt41@p0 cnt43@p0 cnt44@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt51@p0 cnt52@p0 cnt54@p0 cnt55@p0 cnt57@p0 cnt58@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt65@p0 cnt66@p0 cnt68@p0 cnt69@p0)))
(let ((?x308 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0 cnt42@p0 cnt45@p0 cnt56@p0 cnt59@p0)))
(let ((?x328 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt28@p0 cnt29@p0 cnt30@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0 cnt42@p0 cnt43@p0 cnt44@p0 cnt45@p0 cnt46@p0 cnt47@p0 cnt48@p0 cnt49@p0 cnt50@p0 cnt51@p0 cnt52@p0 cnt53@p0 cnt54@p0 cnt55@p0 cnt56@p0 cnt57@p0 cnt58@p0 cnt59@p0 cnt60@p0 cnt61@p0 cnt62@p0 cnt63@p0 cnt64@p0 cnt65@p0 cnt66@p0 cnt67@p0 cnt68@p0 cnt69@p0)))
(let (($x329 (= ?x328 3)))
(let (($x157 (>= cnt69@p0 0)))
(let (($x155 (>= cnt68@p0 0)))
(let (($x153 (>= cnt67@p0 0)))
(let (($x151 (>= cnt66@p0 0)))
(let (($x149 (>= cnt65@p0 0)))
(let (($x147 (>= cnt64@p0 0)))
(let (($x145 (>= cnt63@p0 0)))
(let (($x143 (>= cnt62@p0 0)))
(let (($x141 (>= cnt61@p0 0)))
(let (($x139 (>= cnt60@p0 0)))
(let (($x137 (>= cnt59@p0 0)))
(let (($x135 (>= cnt58@p0 0)))
(let (($x133 (>= cnt57@p0 0)))
(let (($x131 (>= cnt56@p0 0)))
(let (($x129 (>= cnt55@p0 0)))
(let (($x127 (>= cnt54@p0 0)))
(let (($x125 (>= cnt53@p0 0)))
(let (($x123 (>= cnt52@p0 0)))
(let (($x121 (>= cnt51@p0 0)))
(let (($x119 (>= cnt50@p0 0)))
(let (($x117 (>= cnt49@p0 0)))
(let (($x115 (>= cnt48@p0 0)))
(let (($x113 (>= cnt47@p0 0)))
(let (($x111 (>= cnt46@p0 0)))
(let (($x109 (>= cnt45@p0 0)))
(let (($x107 (>= cnt44@p0 0)))
(let (($x105 (>= cnt43@p0 0)))
(let (($x103 (>= cnt42@p0 0)))
(let (($x101 (>= cnt41@p0 0)))
(let (($x99 (>= cnt40@p0 0)))
(let (($x97 (>= cnt39@p0 0)))
(let (($x95 (>= cnt38@p0 0)))
(let (($x93 (>= cnt37@p0 0)))
(let (($x91 (>= cnt36@p0 0)))
(let (($x89 (>= cnt35@p0 0)))
(let (($x87 (>= cnt34@p0 0)))
(let (($x85 (>= cnt33@p0 0)))
(let (($x83 (>= cnt32@p0 0)))
(let (($x81 (>= cnt31@p0 0)))
(let (($x79 (>= cnt30@p0 0)))
(let (($x77 (>= cnt29@p0 0)))
(let (($x75 (>= cnt28@p0 0)))
(let (($x73 (>= cnt27@p0 0)))
(let (($x71 (>= cnt26@p0 0)))
(let (($x69 (>= cnt25@p0 0)))
(let (($x67 (>= cnt24@p0 0)))
(let (($x65 (>= cnt23@p0 0)))
(let (($x63 (>= cnt22@p0 0)))
(let (($x61 (>= cnt21@p0 0)))
(let (($x59 (>= cnt20@p0 0)))
(let (($x57 (>= cnt19@p0 0)))
(let (($x55 (>= cnt18@p0 0)))
(let (($x53 (>= cnt17@p0 0)))
(let (($x51 (>= cnt16@p0 0)))
(let (($x49 (>= cnt15@p0 0)))
(let (($x47 (>= cnt14@p0 0)))
(let (($x45 (>= cnt13@p0 0)))
(let (($x43 (>= cnt12@p0 0)))
(let (($x41 (>= cnt11@p0 0)))
(let (($x39 (>= cnt10@p0 0)))
(let (($x37 (>= cnt9@p0 0)))
(let (($x35 (>= cnt8@p0 0)))
(let (($x33 (>= cnt7@p0 0)))
(let (($x31 (>= cnt6@p0 0)))
(let (($x29 (>= cnt5@p0 0)))
(let (($x27 (>= cnt4@p0 0)))
(let (($x25 (>= cnt3@p0 0)))
(let (($x23 (>= cnt2@p0 0)))
(let (($x21 (>= cnt1@p0 0)))
(let (($x19 (>= cnt0@p0 0)))
(let (($x327 (and $x19 $x21 $x23 $x25 $x27 $x29 $x31 $x33 $x35 $x37 $x39 $x41 $x43 $x45 $x47 $x49 $x51 $x53 $x55 $x57 $x59 $x61 $x63 $x65 $x67 $x69 $x71 $x73 $x75 $x77 $x79 $x81 $x83 $x85 $x87 $x89 $x91 $x93 $x95 $x97 $x99 $x101 $x103 $x105 $x107 $x109 $x111 $x113 $x115 $x117 $x119 $x121 $x123 $x125 $x127 $x129 $x131 $x133 $x135 $x137 $x139 $x141 $x143 $x145 $x147 $x149 $x151 $x153 $x155 $x157)))
(let (($x15 (= batches_started@p0 0)))
(let ((?x312 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0 cnt48@p0 cnt49@p0 cnt62@p0 cnt63@p0)))
(let (($x317 (= ?x312 0)))
(let (($x314 (not (>= ?x312 1))))
(let (($x309 (>= ?x308 1)))
(let (($x306 (not (and (= status@p0 1) $x304 (not checked@p0)))))
(let (($x302 (= status@p0 1)))
(let (($x320 (and $x302 $x306 (not (and (and $x302 $x304 checked@p0) $x13 $x309)) $x314 (not (and (and $x302 (>= ?x303 1)) $x317)))))
(let (($x326 (and (and (distinct status@p0 4) true) (and (distinct status@p0 3) true) (not $x320) (or $x15 (< (* (- batches_started@p0 1) 1) 3)))))
(let (($x343 (and $x326 $x327 $x329 (=> (and cancel_requested@p0 $x302) (>= ?x303 1)) (>= ?x332 batches_started@p0) (<= (+ ?x308 ?x332) 3) $x337 (=> $x304 (<= (* 100 ?x338) 60)) $x13 (<= ?x232 60))))
(not $x343)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
