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
(declare-fun cnt7@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun status@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt9@p0 () Int)
(assert
 (let (($x70 (not (>= cnt7@p0 1))))
 (let (($x66 (<= (+ cnt13@p0 cnt2@p0 cnt10@p0 cnt7@p0 cnt6@p0 cnt5@p0) 0)))
 (let (($x64 (not (<= (+ cnt0@p0 cnt3@p0) 0))))
 (let (($x61 (not waited@p0)))
 (let (($x59 (not (>= (+ cnt13@p0 cnt2@p0 cnt10@p0 cnt5@p0) 1))))
 (let (($x56 (not (>= cnt6@p0 1))))
 (let ((?x52 (+ cnt13@p0 cnt12@p0 cnt7@p0 cnt6@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt11@p0)))
 (let (($x51 (not checked@p0)))
 (let (($x48 (= status@p0 2)))
 (let (($x49 (not $x48)))
 (let ((?x42 (* 4 status@p0)))
 (let ((?x44 (+ cnt13@p0 cnt12@p0 cnt7@p0 cnt6@p0 cnt3@p0 cnt4@p0 ?x42 cnt5@p0 cnt11@p0)))
 (let (($x38 (<= (+ cnt2@p0 cnt0@p0 cnt3@p0 cnt4@p0 cnt5@p0 cnt1@p0) 0)))
 (let (($x39 (not $x38)))
 (let ((?x27 (+ (* 4 cnt13@p0) (* 4 cnt12@p0) (* 4 cnt2@p0) (* (- 1) cnt10@p0) (* 4 cnt0@p0) (* 4 cnt3@p0) (* 4 cnt4@p0) (* 4 cnt5@p0) (* (- 1) cnt9@p0) (* 4 cnt1@p0))))
 (let (($x35 (or (not (<= ?x27 3)) (not (>= status@p0 1)))))
 (and $x35 $x39 (not (<= ?x44 0)) $x49 $x51 (not (<= ?x52 0)) $x56 $x59 $x61 (or $x64 (not $x66)) $x70))))))))))))))))))
(assert
 (or (not (not (= status@p0 2)))))
(check-sat)
