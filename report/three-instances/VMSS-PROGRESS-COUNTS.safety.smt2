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
(declare-fun cnt2@p0 () Int)
(declare-fun cnt11@p0 () Int)
(declare-fun cnt10@p0 () Int)
(declare-fun cnt3@p0 () Int)
(declare-fun cnt4@p0 () Int)
(declare-fun cnt1@p0 () Int)
(declare-fun cnt13@p0 () Int)
(declare-fun cnt9@p0 () Int)
(declare-fun cnt5@p0 () Int)
(declare-fun cnt12@p0 () Int)
(declare-fun cnt0@p0 () Int)
(declare-fun cnt8@p0 () Int)
(assert
 (let (($x10 (not (>= (+ cnt7@p0 cnt6@p0) 1))))
 (let (($x39 (or $x10 (not checked@p0))))
 (let ((?x31 (+ cnt8@p0 cnt0@p0 cnt12@p0 cnt5@p0 cnt9@p0 cnt13@p0 cnt7@p0 cnt1@p0 cnt4@p0 cnt3@p0 cnt10@p0 cnt6@p0 cnt11@p0 cnt2@p0)))
 (let (($x22 (not (>= (+ cnt7@p0 cnt6@p0) 2))))
 (let (($x17 (<= (+ cnt5@p0 cnt13@p0 cnt7@p0 cnt10@p0 cnt6@p0 cnt2@p0) 0)))
 (and (or $x10 (not $x17)) $x22 (not (<= ?x31 2)) (not (>= ?x31 4)) $x39)))))))
(assert
 (let ((?x70 (+ cnt6@p0 cnt7@p0)))
(let ((?x69 (+ (+ cnt8@p0 cnt9@p0 cnt10@p0 cnt11@p0) (+ cnt1@p0 cnt2@p0 cnt4@p0 cnt5@p0 cnt12@p0 cnt13@p0))))
(let (($x77 (and (= (+ (+ ?x69 ?x70) (+ cnt0@p0 cnt3@p0)) 3) (<= ?x70 1))))
(or (not $x77))))))
(check-sat)
