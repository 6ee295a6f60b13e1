/// An axis-aligned box in whole pixels, OpenCV's `cv::Rect` convention:
/// `x, y` is the top-left pixel; `x + width` and `y + height` are exclusive.
public struct PixelRect: Sendable, Hashable, Codable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }
  public var area: Int { isEmpty ? 0 : width * height }

  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < maxX && py >= y && py < maxY
  }

  /// The overlap of two boxes, or nil when they share no pixel (`cv::Rect::operator&`).
  public func intersection(_ other: PixelRect) -> PixelRect? {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    guard right > left, bottom > top else { return nil }
    return PixelRect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// Intersection over union, 0 for disjoint boxes.
  public func intersectionOverUnion(_ other: PixelRect) -> Double {
    guard let overlap = intersection(other) else { return 0 }
    return Double(overlap.area) / Double(area + other.area - overlap.area)
  }
}
