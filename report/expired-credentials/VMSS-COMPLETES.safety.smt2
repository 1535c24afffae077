; cntJ@p0 / cntJ@p1: instances in class J before / after the step; t@…: the ghost step clock
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
; benchmark generated from python API
(set-info :status unknown)
(declare-fun status@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun batches_started@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun waited@p0 () Bool)
(assert
 (let (($x61 (not (= status@p0 3))))
 (let ((?x57 (+ cnt2@p0 cnt7@p0 cnt5@p0 cnt3@p0 cnt6@p0 cnt0@p0 cnt4@p0 cnt1@p0)))
 (let (($x55 (not (>= status@p0 4))))
 (let (($x51 (not (>= batches_started@p0 6))))
 (let (($x27 (not (>= batches_started@p0 5))))
 (let (($x47 (not checked@p0)))
 (let (($x48 (or $x47 $x27)))
 (let ((?x11 (+ cnt10@p0 cnt2@p0 cnt7@p0 cnt5@p0 cnt13@p0 cnt6@p0)))
 (let (($x45 (not (<= ?x11 (- 1)))))
 (let (($x14 (not (<= ?x11 0))))
 (let (($x43 (or (not (<= (+ cnt3@p0 cnt0@p0) 0)) $x14)))
 (let (($x34 (not cancel_requested@p0)))
 (let (($x32 (not (>= (+ cnt10@p0 cnt2@p0 cnt5@p0 cnt13@p0) 1))))
 (let (($x28 (or $x27 $x14)))
 (let ((?x19 (+ cnt7@p0 cnt5@p0 cnt13@p0 cnt12@p0 cnt3@p0 cnt11@p0 cnt6@p0 cnt4@p0)))
 (and (or $x14 (not (>= ?x19 3))) $x28 $x32 $x34 (not (<= (+ cnt7@p0 cnt3@p0 cnt6@p0 cnt0@p0) (- 1))) $x43 $x45 $x48 $x51 $x55 (not (<= ?x57 0)) $x61)))))))))))))))))
(assert
 (let (($x114 (= batches_started@p0 0)))
(let ((?x101 (+ cnt6@p0 cnt7@p0)))
(let (($x105 (= ?x101 0)))
(let ((?x93 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
(let (($x104 (>= ?x93 1)))
(let (($x92 (= status@p0 1)))
(let (($x34 (not cancel_requested@p0)))
(let (($x94 (= ?x93 0)))
(let (($x100 (not (and $x92 $x94 checked@p0 $x34 (>= (+ cnt0@p0 cnt3@p0) 1)))))
(let (($x112 (and $x92 (not (and $x92 $x94 (not checked@p0))) $x100 (not (>= ?x101 1)) (not (and $x92 $x104 $x105 (not waited@p0))) (not (and $x92 $x104 $x105 waited@p0)))))
(let (($x121 (and (and (distinct status@p0 4) true) (and (distinct status@p0 3) true) (not $x112) (or $x114 (< (* (- batches_started@p0 1) 2) 10)))))
(or (not $x121))))))))))))))
(check-sat)
