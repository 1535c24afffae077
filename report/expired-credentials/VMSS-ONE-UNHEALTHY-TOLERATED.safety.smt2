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
(declare-fun cnt1@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun waited@p0 () Bool)
(assert
 (let (($x66 (<= (+ cnt5@p0 cnt4@p0 cnt0@p0 cnt3@p0 cnt1@p0 cnt2@p0) 0)))
 (let (($x64 (not (<= status@p0 0))))
 (let ((?x34 (+ (* 4 cnt12@p0) (* 4 cnt5@p0) (* 4 cnt4@p0) (* (- 1) cnt9@p0) (* (- 1) cnt10@p0) (* 4 cnt13@p0) (* 4 cnt1@p0) (* 4 cnt2@p0))))
 (let (($x62 (not (<= ?x34 (- 1)))))
 (let (($x59 (not (<= status@p0 1))))
 (let ((?x38 (+ cnt6@p0 cnt5@p0 cnt10@p0 cnt7@p0 cnt13@p0 cnt2@p0)))
 (let (($x10 (not (<= (+ cnt0@p0 cnt3@p0) 0))))
 (let (($x36 (not (<= ?x34 0))))
 (let (($x54 (or (not waited@p0) $x10 $x36)))
 (let (($x50 (= status@p0 2)))
 (let (($x51 (not $x50)))
 (let (($x43 (not (<= ?x34 3))))
 (let (($x47 (or (not (>= ?x38 0)) $x43 (not (<= (+ cnt6@p0 cnt7@p0 cnt0@p0 cnt3@p0) 0)))))
 (let (($x37 (or $x10 (not (<= (+ cnt6@p0 cnt7@p0) 0)) $x36)))
 (and $x37 $x47 $x51 $x54 (or $x10 (not (<= ?x38 0)) $x59) $x62 (or $x64 (not $x66))))))))))))))))))
(assert
 (or (not (not (= status@p0 2)))))
(check-sat)
