import SeamScanImaging

/// The likely blend region of a face and a normalised distance ρ around it.
///
/// The mask polygon is the convex hull of the jaw (landmarks 0–16) and both
/// brows (17–26), the brows lifted toward the forehead by `browLift`
/// (default ``defaultBrowLift``) × the chin-to-nose-bridge distance
/// (landmarks 8 → 27): swap tools paste a region
/// that reaches a little above the brows, and a hull that stopped at them would
/// put the seam outside the measured rings.
///
/// ρ is the gauge (Minkowski functional) of that hull about its area centroid c:
/// ρ(p) = maxᵢ kᵢ·(p − c), where kᵢ = nᵢ / (nᵢ·(vᵢ − c)) for the outward normal
/// nᵢ of hull edge i starting at vertex vᵢ. So ρ = 0 at c, ρ = 1 exactly on the
/// hull edge, and ρ grows linearly along every ray from c (ρ = 1.3 is the hull
/// scaled by 1.3 about c). Distances are therefore relative to the face's own
/// extent in each direction, which keeps every ring face-aligned and scale-free.
public struct FaceGeometry: Sendable {
  public static let landmarkCount = 68
  public static let defaultBrowLift: Float = 0.1
  /// Pixels kept clear of the frame edge so ±2 px filter taps stay inside.
  static let filterBorder = 2

  /// Mask polygon vertices, in frame coordinates.
  public let hull: [SIMD2<Float>]
  /// Area centroid of ``hull``, where ρ = 0.
  public let centroid: SIMD2<Float>
  /// √(hull area), in pixels: the face's linear size.
  public let faceSize: Float
  /// The crop that holds every pixel with ρ < ``RadialRegions/outerRho``,
  /// clipped to the frame less a 2 px border.
  public let roi: PixelRect
  /// Gauge coefficients kᵢ, one per hull edge.
  let gauge: [SIMD2<Float>]

  /// Returns nil unless there are 68 finite landmarks spanning a non-degenerate hull.
  public init?(landmarks: [SIMD2<Float>], frameWidth: Int, frameHeight: Int, browLift: Float = defaultBrowLift) {
    guard landmarks.count == Self.landmarkCount, landmarks.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else {
      return nil
    }
    let hull = ConvexHull.of(Self.maskPoints(landmarks, browLift: browLift))
    guard hull.count >= 3 else { return nil }
    let (area, centroid) = ConvexHull.areaAndCentroid(hull)
    guard area >= 16 else { return nil }
    var gauge: [SIMD2<Float>] = []
    for i in hull.indices {
      let v = hull[i]
      let edge = hull[(i + 1) % hull.count] - v
      var normal = SIMD2<Float>(edge.y, -edge.x)
      if (normal * (v - centroid)).sum() < 0 { normal = -normal }
      let support = (normal * (v - centroid)).sum()
      guard support > 1e-6 else { return nil }
      gauge.append(normal / support)
    }
    let border = Self.filterBorder
    let frame = PixelRect(x: border, y: border, width: frameWidth - 2 * border, height: frameHeight - 2 * border)
    let scale = RadialRegions.outerRho
    self.hull = hull
    self.centroid = centroid
    self.faceSize = area.squareRoot()
    self.gauge = gauge
    self.roi = PixelRect.covering(hull.map { centroid + ($0 - centroid) * scale }, clippedTo: frame)
  }

  /// The jaw and brow landmarks, brows lifted along the chin → nose-bridge axis.
  static func maskPoints(_ landmarks: [SIMD2<Float>], browLift: Float) -> [SIMD2<Float>] {
    let lift = (landmarks[27] - landmarks[8]) * browLift
    return Array(landmarks[0...16]) + landmarks[17...26].map { $0 + lift }
  }

  /// ρ at a point in frame coordinates.
  public func rho(at point: SIMD2<Float>) -> Float {
    let offset = point - centroid
    var rho = -Float.infinity
    for k in gauge { rho = max(rho, (k * offset).sum()) }
    return rho
  }

  /// The hull edge ρ is measured against at a point: the one whose gauge term is largest.
  /// Its coefficient `gauge[edge]` is ∇ρ there, pointing across the contour.
  func activeEdge(at point: SIMD2<Float>) -> Int {
    let offset = point - centroid
    var best = 0
    var bestValue = (gauge[0] * offset).sum()
    for edge in 1..<gauge.count {
      let value = (gauge[edge] * offset).sum()
      if value > bestValue {
        best = edge
        bestValue = value
      }
    }
    return best
  }

  /// ρ at every pixel centre of `rect`, row-major: the distance map used for
  /// masks. Pixel (x, y) is measured at its integer coordinates, as samples are.
  public func rhoMap(over rect: PixelRect) -> [Float] {
    var map = [Float](repeating: 0, count: rect.area)
    let offsets = (0..<rect.width).map(Float.init)
    map.withUnsafeMutableBufferPointer { out in
      offsets.withUnsafeBufferPointer { offsets in
        for row in 0..<rect.height {
          fillRhoRow(into: out, at: row * rect.width, firstX: Float(rect.x), offsetsX: offsets, y: Float(rect.y + row))
        }
      }
    }
    return map
  }

  /// Writes ρ at the points (firstX + offsetsX[i], y) into `out[start...]`.
  /// Edge-major, so the inner loop is a plain vectorisable running maximum.
  func fillRhoRow(
    into out: UnsafeMutableBufferPointer<Float>, at start: Int,
    firstX: Float, offsetsX: UnsafeBufferPointer<Float>, y: Float
  ) {
    let row = UnsafeMutableBufferPointer(rebasing: out[start..<(start + offsetsX.count)])
    row.initialize(repeating: -.infinity)
    let dy = y - centroid.y
    let dx0 = firstX - centroid.x
    for k in gauge {
      let offset = k.x * dx0 + k.y * dy
      for i in 0..<row.count {
        let value = k.x * offsetsX[i] + offset
        row[i] = value > row[i] ? value : row[i]
      }
    }
  }
}
