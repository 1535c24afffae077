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
(declare-fun cnt5@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun batches_started@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun cnt1@p0 () Int)
(declare-fun waited@p0 () Bool)
(assert
 (let ((?x31 (+ cnt6@p0 cnt10@p0 cnt7@p0 cnt2@p0 cnt13@p0 cnt5@p0)))
 (let (($x33 (not (<= ?x31 0))))
 (let ((?x62 (+ cnt6@p0 cnt11@p0 cnt12@p0 cnt4@p0 cnt7@p0 cnt3@p0 cnt13@p0 cnt5@p0)))
 (let (($x52 (not (>= status@p0 4))))
 (let (($x47 (not (>= batches_started@p0 6))))
 (let (($x44 (not (= status@p0 3))))
 (let (($x23 (not checked@p0)))
 (let (($x40 (or $x23 (not (<= (+ cnt0@p0 cnt3@p0) 0)))))
 (let (($x36 (not cancel_requested@p0)))
 (let (($x27 (not (>= batches_started@p0 5))))
 (let (($x28 (or $x23 $x27)))
 (let (($x13 (<= (+ cnt0@p0 cnt4@p0 cnt2@p0 cnt3@p0 cnt1@p0 cnt5@p0) (- 1))))
 (let (($x21 (or (not $x13) (not (<= (+ cnt6@p0 cnt7@p0) 0)))))
 (and $x21 $x28 (or $x27 $x33) $x36 $x40 $x44 $x47 (not (<= ?x31 (- 1))) $x52 (not (>= (+ cnt10@p0 cnt2@p0 cnt13@p0 cnt5@p0) 1)) (or (not (<= (+ cnt0@p0 cnt3@p0) (- 1))) $x33) (or (not (>= ?x62 3)) $x33))))))))))))))))
(assert
 (let (($x119 (= batches_started@p0 0)))
(let ((?x17 (+ cnt6@p0 cnt7@p0)))
(let (($x110 (= ?x17 0)))
(let ((?x84 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
(let (($x109 (>= ?x84 1)))
(let (($x100 (= status@p0 1)))
(let (($x36 (not cancel_requested@p0)))
(let (($x101 (= ?x84 0)))
(let (($x106 (not (and $x100 $x101 checked@p0 $x36 (>= (+ cnt0@p0 cnt3@p0) 1)))))
(let (($x117 (and $x100 (not (and $x100 $x101 (not checked@p0))) $x106 (not (>= ?x17 1)) (not (and $x100 $x109 $x110 (not waited@p0))) (not (and $x100 $x109 $x110 waited@p0)))))
(let (($x118 (not $x117)))
(let (($x126 (and (and (distinct status@p0 4) true) (and (distinct status@p0 3) true) $x118 (or $x119 (< (* (- batches_started@p0 1) 2) 10)))))
(or (not $x126)))))))))))))))
(check-sat)
