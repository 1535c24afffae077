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
(declare-fun cnt6@p0 () Int)
(declare-fun n@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun checked@p0 () Bool)
(assert
 (let (($x58 (<= (+ (div n@p0 5) (* (- 1) cnt6@p0) (* (- 1) cnt7@p0)) (- 1))))
 (let (($x54 (not (>= (+ cnt6@p0 cnt7@p0) 2))))
 (let ((?x41 (* (- 1) cnt1@p0)))
 (let ((?x39 (* (- 1) cnt7@p0)))
 (let ((?x38 (* (- 1) cnt3@p0)))
 (let ((?x36 (* (- 1) cnt4@p0)))
 (let ((?x34 (* (- 1) cnt0@p0)))
 (let ((?x32 (* (- 1) cnt8@p0)))
 (let ((?x30 (* (- 1) cnt6@p0)))
 (let ((?x29 (* (- 1) cnt11@p0)))
 (let ((?x27 (* (- 1) cnt12@p0)))
 (let ((?x25 (* (- 1) cnt13@p0)))
 (let ((?x23 (* (- 1) cnt2@p0)))
 (let ((?x21 (* (- 1) cnt9@p0)))
 (let ((?x19 (* (- 1) cnt10@p0)))
 (let ((?x17 (* (- 1) cnt5@p0)))
 (let ((?x42 (+ n@p0 ?x17 ?x19 ?x21 ?x23 ?x25 ?x27 ?x29 ?x30 ?x32 ?x34 ?x36 ?x38 ?x39 ?x41)))
 (let (($x47 (<= (+ cnt5@p0 cnt10@p0 cnt2@p0 cnt13@p0 cnt6@p0 cnt7@p0) 0)))
 (let (($x10 (not (>= (+ cnt6@p0 cnt7@p0) 1))))
 (let (($x13 (or $x10 (not checked@p0))))
 (and $x13 (not (<= ?x42 (- 1))) (or $x10 (not $x47)) (not (>= ?x42 1)) (or $x54 (not $x58))))))))))))))))))))))))
(assert
 (let ((?x103 (* 20 n@p0)))
(let ((?x105 (div ?x103 100)))
(let ((?x7 (+ cnt6@p0 cnt7@p0)))
(let ((?x97 (+ (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0) (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt12@p0 cnt13@p0))))
(let (($x109 (and (= (+ (+ ?x97 ?x7) (+ cnt0@p0 cnt3@p0)) n@p0) (<= ?x7 (ite (<= ?x105 1) 1 ?x105)))))
(or (not $x109))))))))
(check-sat)
