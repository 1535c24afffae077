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
(declare-fun cnt4@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt8@p0 () Int)
(declare-fun cnt6@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt7@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun checked@p0 () Bool)
(assert
 (let ((?x29 (+ cnt0@p0 cnt9@p0 cnt1@p0 cnt12@p0 cnt3@p0 cnt7@p0 cnt5@p0 cnt6@p0 cnt8@p0 cnt11@p0 cnt10@p0 cnt13@p0 cnt4@p0 cnt2@p0)))
 (let (($x35 (<= (+ cnt7@p0 cnt5@p0 cnt6@p0 cnt10@p0 cnt13@p0 cnt2@p0) 0)))
 (let (($x12 (not (>= (+ cnt7@p0 cnt6@p0) 1))))
 (let (($x16 (not (>= (+ cnt7@p0 cnt6@p0) 3))))
 (let (($x13 (or (not checked@p0) $x12)))
 (and $x13 $x16 (not (>= ?x29 11)) (or $x12 (not $x35)) (not (<= ?x29 9)))))))))
(assert
 (let ((?x71 (+ cnt6@p0 cnt7@p0)))
(let ((?x70 (+ (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0) (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt12@p0 cnt13@p0))))
(let (($x79 (and (= (+ (+ ?x70 ?x71) (+ cnt0@p0 cnt3@p0)) 10) (<= ?x71 2))))
(or (not $x79))))))
(check-sat)
