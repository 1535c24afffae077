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
(declare-fun cnt0@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun status@p0 () Int)
(assert
 (let (($x67 (not (<= cnt0@p0 0))))
 (let ((?x63 (+ cnt13@p0 cnt4@p0 cnt6@p0 cnt11@p0 cnt7@p0 cnt3@p0 cnt5@p0 cnt12@p0)))
 (let ((?x58 (* 4 cnt12@p0)))
 (let ((?x56 (* 4 cnt5@p0)))
 (let ((?x55 (* (- 1) cnt9@p0)))
 (let ((?x53 (* (- 1) cnt10@p0)))
 (let ((?x51 (* 4 cnt1@p0)))
 (let ((?x50 (* 4 cnt4@p0)))
 (let ((?x49 (* 4 cnt2@p0)))
 (let ((?x48 (* 4 cnt13@p0)))
 (let (($x46 (not (>= cnt7@p0 1))))
 (let (($x44 (not checked@p0)))
 (let (($x42 (or (not (<= (+ cnt0@p0 cnt3@p0) 0)) (not (<= (+ cnt6@p0 cnt7@p0) 0)))))
 (let (($x33 (>= (+ cnt13@p0 cnt2@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt5@p0) 0)))
 (let (($x35 (or (not (<= (+ cnt0@p0 cnt6@p0 cnt7@p0 cnt3@p0) 0)) (not $x33))))
 (let (($x25 (not (<= (+ cnt2@p0 cnt0@p0 cnt1@p0) 0))))
 (let (($x21 (<= (+ cnt2@p0 cnt4@p0 cnt0@p0 cnt1@p0 cnt3@p0 cnt5@p0) 0)))
 (let (($x22 (not $x21)))
 (let (($x12 (not (>= cnt6@p0 1))))
 (let (($x7 (= status@p0 2)))
 (let (($x8 (not $x7)))
 (and $x8 $x12 $x22 $x25 $x35 $x42 $x44 $x46 (not (<= (+ ?x48 ?x49 ?x50 ?x51 ?x53 ?x55 ?x56 ?x58) (- 1))) (not (<= ?x63 0)) $x67)))))))))))))))))))))))
(assert
 (or (not (not (= status@p0 2)))))
(check-sat)
