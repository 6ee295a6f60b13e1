/// A 2-D similarity x' = [a −b; b a]·x + t: rotation, uniform scale and translation.
public struct SimilarityTransform: Sendable, Equatable {
  public var a: Float
  public var b: Float
  public var translation: SIMD2<Float>

  public static let identity = SimilarityTransform(a: 1, b: 0, translation: .zero)

  public init(a: Float, b: Float, translation: SIMD2<Float>) {
    self.a = a
    self.b = b
    self.translation = translation
  }

  public func apply(_ p: SIMD2<Float>) -> SIMD2<Float> {
    SIMD2(a * p.x - b * p.y, b * p.x + a * p.y) + translation
  }

  /// The transform that undoes this one (the identity's for a degenerate one).
  public var inverse: SimilarityTransform {
    let norm = a * a + b * b
    guard norm > 0 else { return .identity }
    let ia = a / norm
    let ib = -b / norm
    let t = -translation
    return SimilarityTransform(a: ia, b: ib, translation: SIMD2(ia * t.x - ib * t.y, ib * t.x + ia * t.y))
  }

  /// Least-squares fit taking `source[i]` to `target[i]` (closed form, no reflection).
  /// Nil when the points are fewer than two, mismatched, or all coincide.
  public static func fit(from source: [SIMD2<Float>], to target: [SIMD2<Float>]) -> SimilarityTransform? {
    guard source.count == target.count, source.count >= 2 else { return nil }
    let n = Double(source.count)
    var sx = 0.0
    var sy = 0.0
    var tx = 0.0
    var ty = 0.0
    for (p, q) in zip(source, target) {
      sx += Double(p.x)
      sy += Double(p.y)
      tx += Double(q.x)
      ty += Double(q.y)
    }
    let sourceMean = SIMD2(sx / n, sy / n)
    let targetMean = SIMD2(tx / n, ty / n)
    var dot = 0.0
    var cross = 0.0
    var norm = 0.0
    for (p, q) in zip(source, target) {
      let u = SIMD2(Double(p.x), Double(p.y)) - sourceMean
      let v = SIMD2(Double(q.x), Double(q.y)) - targetMean
      dot += u.x * v.x + u.y * v.y
      cross += u.x * v.y - u.y * v.x
      norm += u.x * u.x + u.y * u.y
    }
    guard norm > 1e-9 else { return nil }
    let a = dot / norm
    let b = cross / norm
    let t = targetMean - SIMD2(a * sourceMean.x - b * sourceMean.y, b * sourceMean.x + a * sourceMean.y)
    return SimilarityTransform(a: Float(a), b: Float(b), translation: SIMD2(Float(t.x), Float(t.y)))
  }
}
