import SeamScanImaging

/// How landmarks moved between two frames of a track, split into a rigid part
/// and what is left after it, both in interocular distances.
struct LandmarkMotion {
  /// Brows, nose and eyes: the points that move with the skull, not the jaw.
  static let rigidIndices = Array(17...47)
  /// Points for the global warp: the rigid ones plus the upper jaw. The chin
  /// and mouth move when talking; the local refinement handles them.
  static let warpIndices = Array(0...3) + Array(13...47)

  /// RMS landmark displacement.
  let motion: Float
  /// RMS residual of the rigid points after the best similarity fit.
  let jitter: Float

  init?(previous: [SIMD2<Float>], current: [SIMD2<Float>]) {
    let before = Self.rigidIndices.map { previous[$0] }
    let after = Self.rigidIndices.map { current[$0] }
    guard let fit = SimilarityTransform.fit(from: before, to: after) else { return nil }
    let interocular = Self.interocularDistance(current)
    guard interocular > 1 else { return nil }
    var moved: Float = 0
    var left: Float = 0
    for (p, q) in zip(before, after) {
      let d = q - p
      let r = q - fit.apply(p)
      moved += (d * d).sum()
      left += (r * r).sum()
    }
    let n = Float(before.count)
    motion = (moved / n).squareRoot() / interocular
    jitter = (left / n).squareRoot() / interocular
  }

  static func interocularDistance(_ landmarks: [SIMD2<Float>]) -> Float {
    let left = landmarks[36...41].reduce(.zero, +) / 6
    let right = landmarks[42...47].reduce(.zero, +) / 6
    let d = right - left
    return (d * d).sum().squareRoot()
  }

  /// The similarity that takes current-frame positions to previous-frame ones.
  static func currentToPrevious(previous: [SIMD2<Float>], current: [SIMD2<Float>]) -> SimilarityTransform? {
    SimilarityTransform.fit(from: warpIndices.map { current[$0] }, to: warpIndices.map { previous[$0] })
  }
}
