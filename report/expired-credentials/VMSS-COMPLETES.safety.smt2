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
(declare-fun cnt2@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun batches_started@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun waited@p0 () Bool)
(assert
 (let (($x60 (not (>= (+ cnt10@p0 cnt5@p0 cnt13@p0 cnt2@p0) 1))))
 (let ((?x53 (+ cnt11@p0 cnt6@p0 cnt4@p0 cnt5@p0 cnt13@p0 cnt7@p0 cnt12@p0 cnt3@p0)))
 (let ((?x18 (+ cnt10@p0 cnt6@p0 cnt5@p0 cnt13@p0 cnt7@p0 cnt2@p0)))
 (let (($x21 (not (<= ?x18 0))))
 (let (($x50 (not (>= batches_started@p0 6))))
 (let (($x45 (<= (+ cnt1@p0 cnt0@p0 cnt4@p0 cnt5@p0 cnt2@p0 cnt3@p0) (- 1))))
 (let (($x41 (not (<= status@p0 0))))
 (let (($x39 (not (<= ?x18 (- 1)))))
 (let (($x6 (not checked@p0)))
 (let (($x37 (or $x6 (not (<= (+ cnt0@p0 cnt3@p0) 0)))))
 (let (($x34 (not (>= status@p0 3))))
 (let (($x30 (not (<= (+ cnt0@p0 cnt3@p0) (- 1)))))
 (let (($x24 (not cancel_requested@p0)))
 (let (($x10 (not (>= batches_started@p0 5))))
 (let (($x22 (or $x10 $x21)))
 (let (($x11 (or $x6 $x10)))
 (and $x11 $x22 $x24 $x30 $x34 $x37 $x39 (or $x41 (not $x45)) $x50 (or $x21 (not (>= ?x53 3))) $x60))))))))))))))))))
(assert
 (let (($x111 (= batches_started@p0 0)))
(let ((?x98 (+ cnt6@p0 cnt7@p0)))
(let (($x102 (= ?x98 0)))
(let ((?x91 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
(let (($x101 (>= ?x91 1)))
(let (($x90 (= status@p0 1)))
(let (($x100 (not (>= ?x98 1))))
(let ((?x27 (+ cnt0@p0 cnt3@p0)))
(let (($x95 (>= ?x27 1)))
(let (($x24 (not cancel_requested@p0)))
(let (($x92 (= ?x91 0)))
(let (($x109 (and $x90 (not (and $x90 $x92 (not checked@p0))) (not (and $x90 $x92 checked@p0 $x24 $x95)) $x100 (not (and $x90 $x101 $x102 (not waited@p0))) (not (and $x90 $x101 $x102 waited@p0)))))
(let (($x118 (and (and (distinct status@p0 4) true) (and (distinct status@p0 3) true) (not $x109) (or $x111 (< (* (- batches_started@p0 1) 2) 10)))))
(or (not $x118))))))))))))))))
(check-sat)
