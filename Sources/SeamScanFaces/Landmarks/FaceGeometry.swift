/// A dlib `rectangle`: corners are inclusive, so a box `width` pixels wide
/// has `right == left + width - 1`. The 68-point model was trained on such
/// boxes; passing OpenCV-style exclusive corners moves landmarks by pixels.
public struct DlibRect: Sendable, Hashable, Codable {
  public var left: Int
  public var top: Int
  public var right: Int
  public var bottom: Int

  public init(left: Int, top: Int, right: Int, bottom: Int) {
    self.left = left
    self.top = top
    self.right = right
    self.bottom = bottom
  }

  public var width: Int { right - left + 1 }
  public var height: Int { bottom - top + 1 }

  /// Maps a point in face-box-normalised coordinates to the image, as dlib's
  /// `unnormalizing_tform`: (0, 0) is the top-left pixel and (1, 1) the
  /// bottom-right one, so the scale is `right − left`, not the width.
  @inline(__always)
  func unnormalize(_ x: Float, _ y: Float) -> SIMD2<Double> {
    SIMD2(Double(right - left) * Double(x) + Double(left), Double(bottom - top) * Double(y) + Double(top))
  }
}

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

/// dlib's conversion of a real point to a pixel (`geometry/vector.h`):
/// `floor(x + 0.5)`, unlike Swift's `.rounded()` (half away from zero).
/// Clamped so that absurd boxes cannot trap the conversion to `Int`.
@inline(__always)
func roundHalfUp(_ x: Double) -> Int {
  let limit = 9.0e15
  let r = (x + 0.5).rounded(.down)
  return r.isNaN ? 0 : Int(min(max(r, -limit), limit))
}
