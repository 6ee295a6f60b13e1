/// The landmarks found on one face.
public struct FaceShape: Sendable, Equatable {
  /// Sub-pixel landmarks in image coordinates, before dlib's final rounding.
  public let points: [SIMD2<Float>]
  /// The integer landmarks dlib reports: `floor(x + 0.5)` of the exact
  /// (`Double`) positions. Kept alongside `points` because rounding the
  /// `Float` points could, rarely, land on the other side of a half.
  public let roundedPoints: [SIMD2<Int>]

  /// A shape from image-space points, e.g. smoothed by a tracker.
  public init(points: [SIMD2<Float>]) {
    self.points = points
    roundedPoints = points.map { SIMD2(roundHalfUp(Double($0.x)), roundHalfUp(Double($0.y))) }
  }

  /// The shape dlib reports for `normalized` (`x0 y0 ...`) inside `box`.
  init(normalized: UnsafeBufferPointer<Float>, box: DlibRect) {
    var points: [SIMD2<Float>] = []
    var rounded: [SIMD2<Int>] = []
    points.reserveCapacity(normalized.count / 2)
    rounded.reserveCapacity(normalized.count / 2)
    for i in 0..<(normalized.count / 2) {
      let p = box.unnormalize(normalized[2 * i], normalized[2 * i + 1])
      points.append(SIMD2(Float(p.x), Float(p.y)))
      rounded.append(SIMD2(roundHalfUp(p.x), roundHalfUp(p.y)))
    }
    self.points = points
    roundedPoints = rounded
  }
}
