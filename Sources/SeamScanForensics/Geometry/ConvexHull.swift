/// Andrew's monotone-chain convex hull: deterministic, no collinear vertices.
enum ConvexHull {
  static func of(_ points: [SIMD2<Float>]) -> [SIMD2<Float>] {
    let sorted = points.sorted { $0.x != $1.x ? $0.x < $1.x : $0.y < $1.y }
    guard sorted.count >= 3 else { return sorted }
    func turn(_ o: SIMD2<Float>, _ a: SIMD2<Float>, _ b: SIMD2<Float>) -> Float {
      (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
    }
    func chain(_ ordered: [SIMD2<Float>]) -> [SIMD2<Float>] {
      var chain: [SIMD2<Float>] = []
      for point in ordered {
        while chain.count >= 2 && turn(chain[chain.count - 2], chain[chain.count - 1], point) <= 0 {
          chain.removeLast()
        }
        chain.append(point)
      }
      chain.removeLast()
      return chain
    }
    return chain(sorted) + chain(sorted.reversed())
  }

  /// Area and area centroid of a simple polygon (shoelace formula).
  static func areaAndCentroid(_ polygon: [SIMD2<Float>]) -> (area: Float, centroid: SIMD2<Float>) {
    var twiceArea: Double = 0
    var cx: Double = 0
    var cy: Double = 0
    for i in polygon.indices {
      let p = polygon[i]
      let q = polygon[(i + 1) % polygon.count]
      let cross = Double(p.x) * Double(q.y) - Double(q.x) * Double(p.y)
      twiceArea += cross
      cx += (Double(p.x) + Double(q.x)) * cross
      cy += (Double(p.y) + Double(q.y)) * cross
    }
    guard abs(twiceArea) > 1e-9 else { return (0, polygon.first ?? .zero) }
    let centroid = SIMD2<Float>(Float(cx / (3 * twiceArea)), Float(cy / (3 * twiceArea)))
    return (Float(abs(twiceArea) / 2), centroid)
  }
}
