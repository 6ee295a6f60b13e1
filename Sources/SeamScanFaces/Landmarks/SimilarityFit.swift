/// Least-squares similarity transform between two point sets, the way dlib's
/// `find_similarity_transform` computes it (Umeyama 1991, in `Double`).
///
/// In 2-D the Umeyama solution has a closed form: with the cross-covariance
/// `C = mean((to − μto)(from − μfrom)ᵀ)` and `σ² = mean(|from − μfrom|²)`,
/// `c·R = [[a, −b], [b, a]]`, `a = (C00 + C11)/σ²`, `b = (C10 − C01)/σ²`.
/// This equals dlib's SVD result even when det(C) < 0: its reflection fix
/// then yields trace(DS) = d0 − d1, which in 2-D is again
/// `√((C00 + C11)² + (C10 − C01)²)`, the length of `(a, b)·σ²`.
struct SimilarityFit: Equatable {
  /// The linear part `[[a, −b], [b, a]]`.
  var a: Double
  var b: Double
  var translation: SIMD2<Double>

  func apply(_ p: SIMD2<Double>) -> SIMD2<Double> {
    SIMD2(a * p.x - b * p.y, b * p.x + a * p.y) + translation
  }
}

/// The `from` side of repeated fits against one fixed point set (the model's
/// mean shape), precomputed once: its mean, centred points and variance.
struct SimilarityReference {
  let count: Int
  let mean: SIMD2<Double>
  /// `x y` pairs, each point minus `mean`.
  let centred: [Double]
  let variance: Double

  /// `points` is an `x0 y0 x1 y1 ...` array.
  init(points: [Float]) {
    count = points.count / 2
    var sum = SIMD2<Double>.zero
    for i in 0..<count { sum += SIMD2(Double(points[2 * i]), Double(points[2 * i + 1])) }
    let mean = sum / Double(count)
    var centred = [Double](repeating: 0, count: 2 * count)
    var variance = 0.0
    for i in 0..<count {
      let d = SIMD2(Double(points[2 * i]), Double(points[2 * i + 1])) - mean
      centred[2 * i] = d.x
      centred[2 * i + 1] = d.y
      variance += d.x * d.x + d.y * d.y
    }
    self.mean = mean
    self.centred = centred
    self.variance = variance / Double(count)
  }

  /// Best `c·R·from + t ≈ to` for `to` given as `x0 y0 ...` in `Float`.
  /// Sums run in point order, as dlib's do, so rounding matches.
  func fit(to points: UnsafeBufferPointer<Float>) -> SimilarityFit {
    precondition(points.count == 2 * count, "point count differs from the reference")
    var sum = SIMD2<Double>.zero
    for i in 0..<count { sum += SIMD2(Double(points[2 * i]), Double(points[2 * i + 1])) }
    let meanTo = sum / Double(count)
    var c00 = 0.0
    var c01 = 0.0
    var c10 = 0.0
    var c11 = 0.0
    for i in 0..<count {
      let tx = Double(points[2 * i]) - meanTo.x
      let ty = Double(points[2 * i + 1]) - meanTo.y
      let fx = centred[2 * i]
      let fy = centred[2 * i + 1]
      c00 += tx * fx
      c01 += tx * fy
      c10 += ty * fx
      c11 += ty * fy
    }
    let n = Double(count)
    c00 /= n
    c01 /= n
    c10 /= n
    c11 /= n
    // For a degenerate reference dlib's SVD of a zero covariance gives R = I, c = 1.
    let a = variance != 0 ? (c00 + c11) / variance : 1
    let b = variance != 0 ? (c10 - c01) / variance : 0
    let linearMean = SIMD2(a * mean.x - b * mean.y, b * mean.x + a * mean.y)
    return SimilarityFit(a: a, b: b, translation: meanTo - linearMean)
  }

  func fit(to points: [Float]) -> SimilarityFit {
    points.withUnsafeBufferPointer { fit(to: $0) }
  }
}
