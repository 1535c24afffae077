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
(declare-fun cnt34@p0 () Int)
(declare-fun cnt20@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt38@p0 () Int)
(declare-fun cnt30@p0 () Int)
(declare-fun cnt24@p0 () Int)
(declare-fun cnt16@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt29@p0 () Int)
(declare-fun cnt15@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt28@p0 () Int)
(declare-fun cnt14@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun batches_started@p0 () Int)
(declare-fun cnt37@p0 () Int)
(declare-fun cnt23@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun cnt36@p0 () Int)
(declare-fun cnt22@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun checked@p0 () Bool)
(assert
 (let ((?x152 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0)))
 (let (($x154 (<= (* 100 ?x152) 200)))
 (let (($x39 (not cancel_requested@p0)))
 (let ((?x147 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0)))
 (let ((?x30 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0)))
 (let (($x32 (= ?x30 0)))
 (let (($x151 (=> $x32 (<= (* 100 ?x147) 200))))
 (let ((?x144 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt12@p0 cnt13@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt26@p0 cnt27@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt40@p0 cnt41@p0)))
 (let (($x145 (= ?x144 0)))
 (let ((?x46 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0)))
 (let (($x142 (= ?x46 0)))
 (let ((?x140 (* 2 batches_started@p0)))
 (let ((?x139 (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt9@p0 cnt10@p0 cnt12@p0 cnt13@p0 cnt15@p0 cnt16@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt23@p0 cnt24@p0 cnt26@p0 cnt27@p0 cnt29@p0 cnt30@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt37@p0 cnt38@p0 cnt40@p0 cnt41@p0)))
 (let (($x143 (or (>= ?x139 ?x140) $x142)))
 (let (($x53 (>= ?x30 1)))
 (let (($x11 (= status@p0 1)))
 (let (($x137 (and cancel_requested@p0 $x11)))
 (let (($x138 (=> $x137 $x53)))
 (let ((?x135 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt28@p0 cnt29@p0 cnt30@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0)))
 (let (($x136 (= ?x135 10)))
 (let (($x133 (>= cnt41@p0 0)))
 (let (($x132 (>= cnt40@p0 0)))
 (let (($x130 (>= cnt39@p0 0)))
 (let (($x128 (>= cnt38@p0 0)))
 (let (($x127 (>= cnt37@p0 0)))
 (let (($x125 (>= cnt36@p0 0)))
 (let (($x123 (>= cnt35@p0 0)))
 (let (($x122 (>= cnt34@p0 0)))
 (let (($x121 (>= cnt33@p0 0)))
 (let (($x120 (>= cnt32@p0 0)))
 (let (($x118 (>= cnt31@p0 0)))
 (let (($x117 (>= cnt30@p0 0)))
 (let (($x116 (>= cnt29@p0 0)))
 (let (($x114 (>= cnt28@p0 0)))
 (let (($x113 (>= cnt27@p0 0)))
 (let (($x112 (>= cnt26@p0 0)))
 (let (($x110 (>= cnt25@p0 0)))
 (let (($x108 (>= cnt24@p0 0)))
 (let (($x107 (>= cnt23@p0 0)))
 (let (($x105 (>= cnt22@p0 0)))
 (let (($x103 (>= cnt21@p0 0)))
 (let (($x102 (>= cnt20@p0 0)))
 (let (($x101 (>= cnt19@p0 0)))
 (let (($x100 (>= cnt18@p0 0)))
 (let (($x98 (>= cnt17@p0 0)))
 (let (($x97 (>= cnt16@p0 0)))
 (let (($x96 (>= cnt15@p0 0)))
 (let (($x94 (>= cnt14@p0 0)))
 (let (($x93 (>= cnt13@p0 0)))
 (let (($x92 (>= cnt12@p0 0)))
 (let (($x90 (>= cnt11@p0 0)))
 (let (($x88 (>= cnt10@p0 0)))
 (let (($x87 (>= cnt9@p0 0)))
 (let (($x85 (>= cnt8@p0 0)))
 (let (($x83 (>= cnt7@p0 0)))
 (let (($x82 (>= cnt6@p0 0)))
 (let (($x81 (>= cnt5@p0 0)))
 (let (($x80 (>= cnt4@p0 0)))
 (let (($x78 (>= cnt3@p0 0)))
 (let (($x77 (>= cnt2@p0 0)))
 (let (($x76 (>= cnt1@p0 0)))
 (let (($x74 (>= cnt0@p0 0)))
 (let (($x134 (and $x74 $x76 $x77 $x78 $x80 $x81 $x82 $x83 $x85 $x87 $x88 $x90 $x92 $x93 $x94 $x96 $x97 $x98 $x100 $x101 $x102 $x103 $x105 $x107 $x108 $x110 $x112 $x113 $x114 $x116 $x117 $x118 $x120 $x121 $x122 $x123 $x125 $x127 $x128 $x130 $x132 $x133)))
 (let (($x66 (= batches_started@p0 0)))
 (let (($x72 (or $x66 (< (* (- batches_started@p0 1) 2) 10))))
 (let ((?x50 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0)))
 (let (($x57 (= ?x50 0)))
 (let (($x52 (not (>= ?x50 1))))
 (let (($x36 (not (and $x11 $x32 (not checked@p0)))))
 (let (($x63 (and $x11 $x36 (not (and (and $x11 $x32 checked@p0) $x39 (>= ?x46 1))) $x52 (not (and (and $x11 $x53 (not waited@p0)) $x57)) (not (and (and $x11 $x53) $x57 waited@p0)))))
 (let (($x64 (not $x63)))
 (let (($x9 (and (distinct status@p0 3) true)))
 (let (($x7 (and (distinct status@p0 4) true)))
 (let (($x73 (and $x7 $x9 $x64 $x72)))
 (and $x73 $x134 $x136 $x138 $x143 $x145 $x151 $x39 $x154))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(push 1)
(assert
 (let (($x66 (= batches_started@p0 0)))
(let (($x72 (or $x66 (< (* (- batches_started@p0 1) 2) 10))))
(let ((?x50 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0)))
(let (($x57 (= ?x50 0)))
(let ((?x30 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0 cnt16@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt24@p0 cnt27@p0 cnt30@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt38@p0 cnt41@p0)))
(let (($x53 (>= ?x30 1)))
(let (($x11 (= status@p0 1)))
(let (($x52 (not (>= ?x50 1))))
(let ((?x46 (+ cnt0@p0 cnt3@p0 cnt14@p0 cnt17@p0 cnt28@p0 cnt31@p0)))
(let (($x47 (>= ?x46 1)))
(let (($x39 (not cancel_requested@p0)))
(let (($x36 (not (and $x11 (= ?x30 0) (not checked@p0)))))
(let (($x63 (and $x11 $x36 (not (and (and $x11 (= ?x30 0) checked@p0) $x39 $x47)) $x52 (not (and (and $x11 $x53 (not waited@p0)) $x57)) (not (and (and $x11 $x53) $x57 waited@p0)))))
(let (($x64 (not $x63)))
(let (($x9 (and (distinct status@p0 3) true)))
(let (($x7 (and (distinct status@p0 4) true)))
(let (($x73 (and $x7 $x9 $x64 $x72)))
(not $x73)))))))))))))))))))
(check-sat)
(pop 1)
