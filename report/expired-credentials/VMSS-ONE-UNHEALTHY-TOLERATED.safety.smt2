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
(declare-fun cnt4@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun status@p0 () Int)
(assert
 (let ((?x23 (* (- 4) cnt4@p0)))
 (let ((?x21 (* (- 4) cnt13@p0)))
 (let ((?x20 (* (- 4) cnt1@p0)))
 (let ((?x18 (* (- 4) cnt2@p0)))
 (let ((?x17 (* (- 4) cnt12@p0)))
 (let ((?x15 (* (- 4) cnt5@p0)))
 (let ((?x24 (+ cnt9@p0 ?x15 ?x17 ?x18 ?x20 cnt10@p0 ?x21 ?x23)))
 (let (($x62 (not (>= ?x24 (- 1)))))
 (let (($x69 (not (<= (+ cnt6@p0 cnt7@p0) 0))))
 (let (($x46 (not (<= (+ cnt0@p0 cnt3@p0) 0))))
 (let ((?x49 (+ cnt5@p0 cnt6@p0 cnt2@p0 cnt10@p0 cnt13@p0 cnt7@p0)))
 (let (($x63 (or (not (<= (+ cnt6@p0 cnt0@p0 cnt3@p0 cnt7@p0) 0)) (not (>= ?x49 0)) $x62)))
 (let (($x41 (<= (+ cnt5@p0 cnt0@p0 cnt2@p0 cnt1@p0 cnt3@p0 cnt4@p0) 0)))
 (let (($x37 (not (<= status@p0 0))))
 (let (($x31 (= status@p0 2)))
 (let (($x32 (not $x31)))
 (let (($x12 (not (>= (+ cnt5@p0 cnt2@p0 cnt10@p0 cnt13@p0) 1))))
 (and (or $x12 (not (>= ?x24 (- 3)))) $x32 (not (>= ?x24 1)) (or $x37 (not $x41)) (or $x46 (not (<= ?x49 0)) (not (<= status@p0 1))) $x63 (or $x46 (not waited@p0) $x62) (or $x46 $x69 $x62))))))))))))))))))))
(assert
 (or (not (not (= status@p0 2)))))
(check-sat)
