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
(declare-fun cnt3@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cancel_requested@p0 () Bool)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun waited@p0 () Bool)
(declare-fun status@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt2@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun checked@p0 () Bool)
(declare-fun batches_started@p0 () Int)
(assert
 (let (($x83 (not (<= (+ cnt0@p0 cnt3@p0) (- 1)))))
 (let (($x81 (not cancel_requested@p0)))
 (let ((?x54 (+ cnt6@p0 cnt13@p0 cnt7@p0 cnt5@p0 cnt4@p0 cnt12@p0 cnt11@p0 cnt3@p0)))
 (let (($x56 (not (>= ?x54 3))))
 (let (($x43 (not waited@p0)))
 (let ((?x74 (* 4 cnt12@p0)))
 (let ((?x73 (* (- 1) cnt10@p0)))
 (let ((?x72 (* 4 cnt1@p0)))
 (let ((?x71 (* 4 cnt4@p0)))
 (let ((?x70 (* 4 cnt5@p0)))
 (let ((?x69 (* 4 cnt2@p0)))
 (let ((?x68 (* (- 1) cnt9@p0)))
 (let ((?x66 (* 4 cnt13@p0)))
 (let (($x63 (not (<= status@p0 0))))
 (let (($x60 (<= (+ cnt0@p0 cnt2@p0 cnt5@p0 cnt4@p0 cnt1@p0 cnt3@p0) 0)))
 (let ((?x19 (+ cnt6@p0 cnt13@p0 cnt7@p0 cnt2@p0 cnt5@p0 cnt10@p0)))
 (let (($x31 (not (<= ?x19 0))))
 (let (($x26 (not (>= batches_started@p0 5))))
 (let (($x44 (or $x43 $x26)))
 (let (($x39 (not (<= (+ cnt6@p0 cnt7@p0) (- 1)))))
 (let (($x36 (not (>= status@p0 3))))
 (let (($x28 (not checked@p0)))
 (let (($x29 (or $x26 $x28)))
 (let (($x8 (not (>= batches_started@p0 6))))
 (and $x8 (or (not (<= (+ cnt6@p0 cnt7@p0) 0)) (not (>= ?x19 1))) $x29 (or $x26 $x31) $x36 $x39 (not (<= ?x19 (- 1))) $x44 (or (not (<= (+ cnt0@p0 cnt3@p0) 0)) $x28) (or $x31 $x56) (or (not $x60) $x63) (not (>= (+ ?x66 ?x68 ?x69 ?x70 ?x71 ?x72 ?x73 ?x74) 1)) (or $x63 $x56) (or $x43 $x56) $x81 $x83))))))))))))))))))))))))))
(assert
 (let (($x145 (= batches_started@p0 0)))
(let ((?x11 (+ cnt6@p0 cnt7@p0)))
(let (($x138 (= ?x11 0)))
(let ((?x128 (+ cnt2@p0 cnt5@p0 cnt6@p0 cnt7@p0 cnt10@p0 cnt13@p0)))
(let (($x137 (>= ?x128 1)))
(let (($x127 (= status@p0 1)))
(let (($x136 (not (>= ?x11 1))))
(let ((?x47 (+ cnt0@p0 cnt3@p0)))
(let (($x132 (>= ?x47 1)))
(let (($x81 (not cancel_requested@p0)))
(let (($x129 (= ?x128 0)))
(let (($x143 (and $x127 (not (and $x127 $x129 (not checked@p0))) (not (and $x127 $x129 checked@p0 $x81 $x132)) $x136 (not (and $x127 $x137 $x138 (not waited@p0))) (not (and $x127 $x137 $x138 waited@p0)))))
(let (($x152 (and (and (distinct status@p0 4) true) (and (distinct status@p0 3) true) (not $x143) (or $x145 (< (* (- batches_started@p0 1) 2) 10)))))
(or (not $x152))))))))))))))))
(check-sat)
