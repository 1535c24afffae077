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
(declare-fun cnt6@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun status@p0 () Int)
(declare-fun waited@p0 () Bool)
(assert
 (let ((?x11 (+ cnt13@p0 cnt7@p0 cnt5@p0 cnt6@p0 cnt2@p0 cnt10@p0)))
 (let (($x14 (not (>= ?x11 0))))
 (let ((?x30 (* (- 1) cnt10@p0)))
 (let ((?x29 (* 4 cnt2@p0)))
 (let ((?x28 (* 4 cnt12@p0)))
 (let ((?x25 (* 4 cnt1@p0)))
 (let ((?x23 (* (- 1) cnt9@p0)))
 (let ((?x20 (* 4 cnt5@p0)))
 (let ((?x19 (* 4 cnt4@p0)))
 (let ((?x16 (* 4 cnt13@p0)))
 (let ((?x35 (+ ?x16 ?x19 ?x20 ?x23 ?x25 ?x28 ?x29 ?x30)))
 (let (($x40 (not (<= ?x35 3))))
 (let (($x72 (or $x40 $x14 (not (<= (+ cnt7@p0 cnt3@p0 cnt0@p0 cnt6@p0) 0)))))
 (let (($x66 (<= (+ cnt4@p0 cnt5@p0 cnt3@p0 cnt1@p0 cnt0@p0 cnt2@p0) 0)))
 (let (($x64 (not (<= status@p0 0))))
 (let (($x47 (not (<= (+ cnt3@p0 cnt0@p0) 0))))
 (let (($x61 (not (<= ?x11 0))))
 (let (($x59 (not (<= status@p0 1))))
 (let (($x51 (= status@p0 2)))
 (let (($x52 (not $x51)))
 (let ((?x26 (* 4 cnt6@p0)))
 (let ((?x17 (* 4 cnt7@p0)))
 (let (($x33 (not (<= (+ ?x16 ?x17 ?x19 ?x20 ?x23 ?x25 ?x26 ?x28 ?x29 ?x30) (- 1)))))
 (and (or $x14 $x33) (not (<= ?x35 (- 1))) (or $x40 (not waited@p0) $x47) $x52 (or $x40 (not (<= (+ cnt7@p0 cnt6@p0) 0)) $x47) (or $x59 $x61 $x47) (or $x64 (not $x66)) $x72)))))))))))))))))))))))))
(assert
 (or (not (not (= status@p0 2)))))
(check-sat)
