/// An axis-aligned pixel rectangle `[x, x + width) × [y, y + height)` in frame coordinates.
public struct PixelRect: Sendable, Equatable, Hashable {
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

  /// The smallest pixel rectangle covering the real-valued box, clipped to `bounds`.
  static func covering(min lower: SIMD2<Float>, max upper: SIMD2<Float>, clippedTo bounds: PixelRect) -> PixelRect {
    let x0 = max(bounds.x, Int(lower.x.rounded(.down)))
    let y0 = max(bounds.y, Int(lower.y.rounded(.down)))
    let x1 = min(bounds.maxX, Int(upper.x.rounded(.up)) + 1)
    let y1 = min(bounds.maxY, Int(upper.y.rounded(.up)) + 1)
    return PixelRect(x: x0, y: y0, width: max(0, x1 - x0), height: max(0, y1 - y0))
  }
}
