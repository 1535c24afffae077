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
(declare-fun cnt4@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun waited@p0 () Bool)
(assert
 (let ((?x69 (* 4 status@p0)))
 (let ((?x70 (+ cnt12@p0 cnt6@p0 cnt3@p0 cnt11@p0 cnt13@p0 cnt5@p0 ?x69 cnt4@p0 cnt7@p0)))
 (let (($x67 (= status@p0 2)))
 (let (($x68 (not $x67)))
 (let (($x65 (not (>= cnt6@p0 1))))
 (let (($x59 (not (<= (+ cnt3@p0 cnt0@p0) 0))))
 (let (($x56 (not checked@p0)))
 (let (($x53 (<= (+ cnt1@p0 cnt3@p0 cnt2@p0 cnt0@p0 cnt5@p0 cnt4@p0) 0)))
 (let (($x50 (not (>= (+ cnt2@p0 cnt13@p0 cnt5@p0 cnt10@p0) 1))))
 (let ((?x45 (+ cnt12@p0 cnt6@p0 cnt3@p0 cnt11@p0 cnt13@p0 cnt5@p0 cnt4@p0 cnt7@p0)))
 (let ((?x38 (* (- 1) cnt10@p0)))
 (let ((?x37 (* (- 1) cnt9@p0)))
 (let ((?x34 (* 4 cnt7@p0)))
 (let ((?x33 (* 4 cnt4@p0)))
 (let ((?x31 (* 4 cnt5@p0)))
 (let ((?x30 (* 4 cnt13@p0)))
 (let ((?x29 (* 4 cnt2@p0)))
 (let ((?x28 (* 4 cnt1@p0)))
 (let ((?x26 (* 4 cnt6@p0)))
 (let ((?x25 (* 4 cnt12@p0)))
 (let (($x41 (not (<= (+ ?x25 ?x26 ?x28 ?x29 ?x30 ?x31 ?x33 ?x34 ?x37 ?x38) (- 1)))))
 (let (($x21 (>= (+ cnt6@p0 cnt2@p0 cnt13@p0 cnt5@p0 cnt7@p0 cnt10@p0) 0)))
 (let (($x13 (not (>= status@p0 1))))
 (let (($x10 (not waited@p0)))
 (let (($x8 (not (>= cnt7@p0 1))))
 (and $x8 $x10 (or $x13 (not $x21) $x41) (not (<= ?x45 0)) $x50 (not $x53) $x56 (or $x59 (not (<= (+ cnt6@p0 cnt7@p0) 0))) $x65 $x68 (not (<= ?x70 0)))))))))))))))))))))))))))))
(assert
 (or (not (not (= status@p0 2)))))
(check-sat)
