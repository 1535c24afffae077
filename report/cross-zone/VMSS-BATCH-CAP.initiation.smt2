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
; benchmark generated from python API
(set-info :status unknown)
(declare-fun t@pre () Int)
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
 (let (($x156 (= t@pre 0)))
 (let ((?x146 (+ cnt3@p0 cnt4@p0 cnt5@p0 cnt7@p0 cnt11@p0 cnt12@p0 cnt13@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt21@p0 cnt25@p0 cnt26@p0 cnt27@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt35@p0 cnt39@p0 cnt40@p0 cnt41@p0)))
 (let (($x152 (not (> (* 100 ?x146) 200))))
 (let (($x147 (>= ?x146 0)))
 (let ((?x144 (+ cnt28@p0 cnt29@p0 cnt30@p0 cnt31@p0 cnt32@p0 cnt33@p0 cnt34@p0 cnt35@p0 cnt36@p0 cnt37@p0 cnt38@p0 cnt39@p0 cnt40@p0 cnt41@p0)))
 (let (($x145 (= ?x144 3)))
 (let ((?x141 (+ cnt14@p0 cnt15@p0 cnt16@p0 cnt17@p0 cnt18@p0 cnt19@p0 cnt20@p0 cnt21@p0 cnt22@p0 cnt23@p0 cnt24@p0 cnt25@p0 cnt26@p0 cnt27@p0)))
 (let (($x143 (= ?x141 3)))
 (let ((?x138 (+ cnt0@p0 cnt1@p0 cnt2@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0 cnt12@p0 cnt13@p0)))
 (let (($x140 (= ?x138 4)))
 (let (($x137 (= cnt41@p0 0)))
 (let (($x136 (= cnt40@p0 0)))
 (let (($x135 (= cnt39@p0 0)))
 (let (($x134 (= cnt38@p0 0)))
 (let (($x133 (= cnt37@p0 0)))
 (let (($x132 (= cnt36@p0 0)))
 (let (($x131 (= cnt35@p0 0)))
 (let (($x130 (= cnt34@p0 0)))
 (let (($x129 (= cnt33@p0 0)))
 (let (($x128 (= cnt32@p0 0)))
 (let (($x127 (= cnt30@p0 0)))
 (let (($x126 (= cnt29@p0 0)))
 (let (($x125 (= cnt27@p0 0)))
 (let (($x124 (= cnt26@p0 0)))
 (let (($x123 (= cnt25@p0 0)))
 (let (($x122 (= cnt24@p0 0)))
 (let (($x121 (= cnt23@p0 0)))
 (let (($x120 (= cnt22@p0 0)))
 (let (($x119 (= cnt21@p0 0)))
 (let (($x118 (= cnt20@p0 0)))
 (let (($x117 (= cnt19@p0 0)))
 (let (($x116 (= cnt18@p0 0)))
 (let (($x115 (= cnt16@p0 0)))
 (let (($x114 (= cnt15@p0 0)))
 (let (($x113 (= cnt13@p0 0)))
 (let (($x112 (= cnt12@p0 0)))
 (let (($x111 (= cnt11@p0 0)))
 (let (($x110 (= cnt10@p0 0)))
 (let (($x109 (= cnt9@p0 0)))
 (let (($x108 (= cnt8@p0 0)))
 (let (($x107 (= cnt7@p0 0)))
 (let (($x106 (= cnt6@p0 0)))
 (let (($x105 (= cnt5@p0 0)))
 (let (($x104 (= cnt4@p0 0)))
 (let (($x103 (= cnt2@p0 0)))
 (let (($x102 (= cnt1@p0 0)))
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
 (let (($x154 (and $x7 $x9 $x11 $x13 $x15 $x17 $x19 $x21 $x23 $x25 $x27 $x29 $x31 $x33 $x35 $x37 $x39 $x41 $x43 $x45 $x47 $x49 $x51 $x53 $x55 $x57 $x59 $x61 $x63 $x65 $x67 $x69 $x71 $x73 $x75 $x77 $x79 $x81 $x83 $x85 $x87 $x89 $x91 $x93 $x95 $x97 $x99 $x101 $x102 $x103 $x104 $x105 $x106 $x107 $x108 $x109 $x110 $x111 $x112 $x113 $x114 $x115 $x116 $x117 $x118 $x119 $x120 $x121 $x122 $x123 $x124 $x125 $x126 $x127 $x128 $x129 $x130 $x131 $x132 $x133 $x134 $x135 $x136 $x137 $x140 $x143 $x145 (and $x147 $x152))))
 (and $x154 $x156)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
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
(let (($x205 (and $x19 $x21 $x23 $x25 $x27 $x29 $x31 $x33 $x35 $x37 $x39 $x41 $x43 $x45 $x47 $x49 $x51 $x53 $x55 $x57 $x59 $x61 $x63 $x65 $x67 $x69 $x71 $x73 $x75 $x77 $x79 $x81 $x83 $x85 $x87 $x89 $x91 $x93 $x95 $x97 $x99 $x101)))
(let ((?x202 (+ cnt6@p0 cnt7@p0 cnt20@p0 cnt21@p0 cnt34@p0 cnt35@p0)))
(not (and (<= (* 100 ?x202) 200) $x205)))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
