/// Median of nine values with the 19 compare-exchange network of Paeth/Devillard
/// (`opt_med9`): branch-free min/max, no sorting.
@inline(__always)
func median9(
  _ a0: Int, _ a1: Int, _ a2: Int, _ a3: Int, _ a4: Int,
  _ a5: Int, _ a6: Int, _ a7: Int, _ a8: Int
) -> Int {
  var p0 = a0
  var p1 = a1
  var p2 = a2
  var p3 = a3
  var p4 = a4
  var p5 = a5
  var p6 = a6
  var p7 = a7
  var p8 = a8
  @inline(__always) func order(_ a: inout Int, _ b: inout Int) {
    let low = min(a, b)
    b = max(a, b)
    a = low
  }
  order(&p1, &p2)
  order(&p4, &p5)
  order(&p7, &p8)
  order(&p0, &p1)
  order(&p3, &p4)
  order(&p6, &p7)
  order(&p1, &p2)
  order(&p4, &p5)
  order(&p7, &p8)
  order(&p0, &p3)
  order(&p5, &p8)
  order(&p4, &p7)
  order(&p3, &p6)
  order(&p1, &p4)
  order(&p2, &p5)
  order(&p4, &p7)
  order(&p4, &p2)
  order(&p6, &p4)
  order(&p4, &p2)
  return p4
}
