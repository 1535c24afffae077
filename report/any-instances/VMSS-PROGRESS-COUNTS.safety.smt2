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
(declare-fun checked@p0 () Bool)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun n@p0 () Int)
(assert
 (let (($x22 (not (>= (+ cnt7@p0 cnt6@p0) 1))))
 (let (($x61 (or $x22 (not checked@p0))))
 (let ((?x53 (* (- 1) cnt3@p0)))
 (let ((?x51 (* (- 1) cnt10@p0)))
 (let ((?x50 (* (- 1) cnt13@p0)))
 (let ((?x49 (* (- 1) cnt6@p0)))
 (let ((?x48 (* (- 1) cnt12@p0)))
 (let ((?x46 (* (- 1) cnt7@p0)))
 (let ((?x45 (* (- 1) cnt4@p0)))
 (let ((?x43 (* (- 1) cnt0@p0)))
 (let ((?x41 (* (- 1) cnt5@p0)))
 (let ((?x40 (* (- 1) cnt2@p0)))
 (let ((?x39 (* (- 1) cnt1@p0)))
 (let ((?x37 (* (- 1) cnt11@p0)))
 (let ((?x35 (* (- 1) cnt8@p0)))
 (let ((?x33 (* (- 1) cnt9@p0)))
 (let ((?x54 (+ n@p0 ?x33 ?x35 ?x37 ?x39 ?x40 ?x41 ?x43 ?x45 ?x46 ?x48 ?x49 ?x50 ?x51 ?x53)))
 (let (($x29 (<= (+ cnt2@p0 cnt5@p0 cnt7@p0 cnt6@p0 cnt13@p0 cnt10@p0) 0)))
 (let (($x20 (or (not (>= (+ cnt7@p0 cnt6@p0) 2)) (not (>= (+ cnt7@p0 cnt6@p0 (* (- 1) (div n@p0 5))) 1)))))
 (and $x20 (or $x22 (not $x29)) (not (>= ?x54 1)) (not (<= ?x54 (- 1))) $x61)))))))))))))))))))))
(assert
 (let ((?x100 (* 20 n@p0)))
(let ((?x102 (div ?x100 100)))
(let ((?x94 (+ cnt6@p0 cnt7@p0)))
(let ((?x93 (+ (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0) (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt12@p0 cnt13@p0))))
(let (($x106 (and (= (+ (+ ?x93 ?x94) (+ cnt0@p0 cnt3@p0)) n@p0) (<= ?x94 (ite (<= ?x102 1) 1 ?x102)))))
(or (not $x106))))))))
(check-sat)
