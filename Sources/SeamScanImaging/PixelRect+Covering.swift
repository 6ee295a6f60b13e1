extension PixelRect {
  /// The smallest pixel rectangle covering the real-valued box, clipped to `bounds`.
  public static func covering(min lower: SIMD2<Float>, max upper: SIMD2<Float>, clippedTo bounds: PixelRect)
    -> PixelRect
  {
    let x0 = max(bounds.x, Int(lower.x.rounded(.down)))
    let y0 = max(bounds.y, Int(lower.y.rounded(.down)))
    let x1 = min(bounds.maxX, Int(upper.x.rounded(.up)) + 1)
    let y1 = min(bounds.maxY, Int(upper.y.rounded(.up)) + 1)
    return PixelRect(x: x0, y: y0, width: max(0, x1 - x0), height: max(0, y1 - y0))
  }

  /// The smallest pixel rectangle covering every point, clipped to `bounds`; `points` is not empty.
  public static func covering(_ points: [SIMD2<Float>], clippedTo bounds: PixelRect) -> PixelRect {
    let lower = points.reduce(points[0]) { pointwiseMin($0, $1) }
    let upper = points.reduce(points[0]) { pointwiseMax($0, $1) }
    return covering(min: lower, max: upper, clippedTo: bounds)
  }
}
