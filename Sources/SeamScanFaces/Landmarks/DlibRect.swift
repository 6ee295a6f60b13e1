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

/// dlib's conversion of a real point to a pixel (`geometry/vector.h`):
/// `floor(x + 0.5)`, unlike Swift's `.rounded()` (half away from zero).
/// Clamped so that absurd boxes cannot trap the conversion to `Int`.
@inline(__always)
func roundHalfUp(_ x: Double) -> Int {
  let limit = 9.0e15
  let r = (x + 0.5).rounded(.down)
  return r.isNaN ? 0 : Int(min(max(r, -limit), limit))
}

extension DlibRect {
  /// Intersection over union, counting inclusive corners.
  public func overlap(_ other: DlibRect) -> Double {
    let width = min(right, other.right) - max(left, other.left) + 1
    let height = min(bottom, other.bottom) - max(top, other.top) + 1
    guard width > 0, height > 0 else { return 0 }
    let intersection = Double(width * height)
    return intersection / (Double(self.width * self.height) + Double(other.width * other.height) - intersection)
  }

  /// Intersection over the smaller box's area: 1 when one box lies inside the other.
  public func sharedShare(_ other: DlibRect) -> Double {
    let width = min(right, other.right) - max(left, other.left) + 1
    let height = min(bottom, other.bottom) - max(top, other.top) + 1
    guard width > 0, height > 0 else { return 0 }
    return Double(width * height) / Double(min(self.width * self.height, other.width * other.height))
  }
}
