import Foundation
import SeamScanImaging

/// Band energies of one face on a grid of template points, read from the
/// full-resolution luma, at the pixel periods of the generators swap tools use.
///
/// A generator that renders the 112-unit template at G pixels holds no detail
/// finer than its own grid. Pasted into a frame where the face is larger than
/// G pixels, it is upsampled, so the band above its Nyquist frequency is
/// missing inside the face but present in the head around it. A Laplacian whose
/// taps are `56 / G` units apart peaks at twice the generator's Nyquist
/// frequency; one with taps twice as far apart peaks at it. Their ratio inside
/// the face, against the same ratio in the forehead and neck bands, is the
/// resolution deficit for that G. Where the taps would be closer than one frame
/// pixel the face is too small for G to be tested, and the cue abstains.
struct ScaleMeasurement {
  /// Generator render sizes tested: inswapper, SimSwap/DeepFaceLab, GHOST, DeepFaceLab HD.
  static let generatorSizes = [128, 224, 256, 320]
  /// Grid of sample points, in template units (the template square is 0…112).
  static let gridStep: Float = 4
  static let gridColumns = Array(stride(from: Float(-12), through: 124, by: gridStep))
  static let gridRows = Array(stride(from: Float(-12), through: 176, by: gridStep))
  static var pointCount: Int { gridColumns.count * gridRows.count }

  /// Where a sample point lies on the head, by ρ of the landmark hull and direction from its centre.
  enum Zone: Int, CaseIterable {
    /// ρ < 0.7: the face a swap replaces.
    case inner
    /// 0.8 ≤ ρ < 1.0 and 1.0 ≤ ρ < 1.2: the two sides of the likely mask edge.
    case edgeInside, edgeOutside
    /// 1.2 ≤ ρ < 1.6 above the face (forehead, hairline) and 1.2 ≤ ρ < 1.8 below it (neck):
    /// the same head, lit and focused like the face, but outside every swap mask.
    case forehead, neck
  }

  /// Mean |Laplacian| per zone for one tap spacing.
  struct Energies {
    var sums: [Double]
    var counts: [Int]

    func mean(_ zones: [Zone], minimumCount: Int) -> Double? {
      let n = zones.reduce(0) { $0 + counts[$1.rawValue] }
      guard n >= minimumCount else { return nil }
      return zones.reduce(0.0) { $0 + sums[$1.rawValue] } / Double(n)
    }
  }

  /// Per generator size: energies at its spacing and at twice it; nil where untestable.
  var generatorBands: [(fine: Energies, coarse: Energies)?]
  /// Energies at one and two frame pixels along the template axes.
  var nativeFine: Energies
  var nativeCoarse: Energies
  /// Mean Cb, Cr per zone, read from the analysis planes.
  var chroma = [SIMD2<Double>](repeating: .zero, count: Zone.allCases.count)
  var chromaCounts = [Int](repeating: 0, count: Zone.allCases.count)
  /// Signed two-pixel Laplacian at every grid point (NaN where not sampled), for texture coherence.
  var texture: [Float]
  /// The zone of every grid point, or nil where it was not sampled.
  var zones: [Zone?]

  /// Tap spacings, in full-resolution pixels, of each tested generator size; nil where it
  /// would be finer than a pixel.
  static func generatorSpacings(_ alignment: FaceAlignment) -> [Float?] {
    generatorSizes.map { size in
      let spacing = alignment.pixelsPerUnit * FaceAlignment.templateSide / 2 / Float(size)
      return spacing >= 1 ? spacing : nil
    }
  }

  /// Every spacing measured at each point, in one flat list: the native pair first, then each
  /// testable generator's pair.
  static func spacings(_ alignment: FaceAlignment) -> [Float] {
    [1, 2] + generatorSpacings(alignment).compactMap { $0 }.flatMap { [$0, 2 * $0] }
  }

  /// The full-resolution pixels the measurement reads for a face: the template grid's extent
  /// with the farthest tap around it, clipped to the `width × height` plane.
  static func footprint(_ alignment: FaceAlignment, width: Int, height: Int) -> PixelRect {
    let corners = [
      (gridColumns.first!, gridRows.first!), (gridColumns.last!, gridRows.first!),
      (gridColumns.first!, gridRows.last!), (gridColumns.last!, gridRows.last!),
    ].map { alignment.toFrame.apply(SIMD2($0.0, $0.1)) }
    let reach = (spacings(alignment).max() ?? 2) + 2
    let lower = corners.reduce(corners[0]) { pointwiseMin($0, $1) } - reach
    let upper = corners.reduce(corners[0]) { pointwiseMax($0, $1) } + reach
    return PixelRect.covering(min: lower, max: upper, clippedTo: PixelRect(x: 0, y: 0, width: width, height: height))
  }

  /// `detail` is the full-resolution luma around the face (at least ``footprint(_:width:height:)``);
  /// `alignment` and `geometry` are in its whole plane's pixels. `analysis` supplies chroma,
  /// `analysisPerDetail` maps detail pixels onto it.
  init(
    detail: LumaWindow, alignment: FaceAlignment, geometry: FaceGeometry, up: SIMD2<Float>,
    analysis: FramePlanes, analysisPerDetail: Float
  ) {
    let unit = alignment.pixelsPerUnit
    let axes = alignment.unitAxes
    let ex = axes.x / unit
    let ey = axes.y / unit
    let generatorSpacings = Self.generatorSpacings(alignment)
    // Sums are indexed spacing-major, zone-minor.
    let spacings = Self.spacings(alignment)
    let zoneCount = Zone.allCases.count
    var sums = [Double](repeating: 0, count: spacings.count * zoneCount)
    var counts = [Int](repeating: 0, count: zoneCount)
    var chroma = [SIMD2<Double>](repeating: .zero, count: zoneCount)
    var texture = [Float](repeating: .nan, count: Self.pointCount)
    var zones = [Zone?](repeating: nil, count: Self.pointCount)
    let reach = (spacings.max() ?? 2) + 2
    let width = detail.fullWidth
    let height = detail.fullHeight
    let windowWidth = detail.pixels.width
    let windowHeight = detail.pixels.height
    let origin = SIMD2<Float>(Float(detail.origin.x), Float(detail.origin.y))
    let lowX = reach
    let highX = Float(width - 1) - reach
    let lowY = reach
    let highY = Float(height - 1) - reach
    // Tap offsets per spacing, computed once: the hot loop below is ~1,600 points × every spacing.
    let steps = spacings.map { (x: ex * $0, y: ey * $0) }
    detail.pixels.pixels.withUnsafeBufferPointer { pixels in
      sums.withUnsafeMutableBufferPointer { sums in
        texture.withUnsafeMutableBufferPointer { texture in
          // The window covers every tap of every sampled point, so reading it is reading the plane.
          @inline(__always) func read(_ p: SIMD2<Float>) -> Float {
            let q = p - origin
            return bilinearSample(pixels, width: windowWidth, height: windowHeight, x: q.x, y: q.y)
          }
          var index = 0
          for v in Self.gridRows {
            for u in Self.gridColumns {
              defer { index += 1 }
              let p = alignment.toFrame.apply(SIMD2(u, v))
              guard p.x >= lowX, p.x <= highX, p.y >= lowY, p.y <= highY,
                let zone = Self.zone(of: p, geometry: geometry, up: up)
              else { continue }
              zones[index] = zone
              let z = zone.rawValue
              counts[z] += 1
              let centre = 4 * read(p)
              for k in steps.indices {
                let step = steps[k]
                let laplacian = centre - read(p + step.x) - read(p - step.x) - read(p + step.y) - read(p - step.y)
                sums[k * zoneCount + z] += Double(abs(laplacian))
                if k == 1 { texture[index] = laplacian }
              }
              let q = (p + 0.5) * analysisPerDetail - 0.5
              let ax = min(max(Int(q.x.rounded()), 0), analysis.width - 1)
              let ay = min(max(Int(q.y.rounded()), 0), analysis.height - 1)
              chroma[z] += SIMD2(Double(analysis.cb[ax, ay]), Double(analysis.cr[ax, ay]))
            }
          }
        }
      }
    }
    func energies(_ k: Int) -> Energies {
      Energies(sums: Array(sums[(k * zoneCount)..<((k + 1) * zoneCount)]), counts: counts)
    }
    var next = 2
    generatorBands = generatorSpacings.map { spacing in
      guard spacing != nil else { return nil }
      defer { next += 2 }
      return (energies(next), energies(next + 1))
    }
    nativeFine = energies(0)
    nativeCoarse = energies(1)
    self.chroma = chroma
    self.chromaCounts = counts
    self.texture = texture
    self.zones = zones
  }

  static func zone(of p: SIMD2<Float>, geometry: FaceGeometry, up: SIMD2<Float>) -> Zone? {
    let rho = geometry.rho(at: p)
    if rho < 0.7 { return .inner }
    if rho >= 0.8 && rho < 1.0 { return .edgeInside }
    if rho >= 1.0 && rho < 1.2 { return .edgeOutside }
    guard rho >= 1.2, rho < 1.8 else { return nil }
    let offset = p - geometry.centroid
    let length = (offset * offset).sum().squareRoot()
    guard length > 0 else { return nil }
    let cosine = (offset * up).sum() / length
    if cosine > 0.5 && rho < 1.6 { return .forehead }
    if cosine < -0.5 { return .neck }
    return nil
  }

  /// Normalised correlation of the signed texture between two frames of one
  /// track over the grid points of `zones` sampled in both; nil with too few.
  static func textureCoherence(
    _ current: ScaleMeasurement, _ previous: ScaleMeasurement, zones: [Zone],
    minimumCount: Int
  ) -> Double? {
    var ab = 0.0
    var aa = 0.0
    var bb = 0.0
    var n = 0
    for i in 0..<pointCount {
      guard let zone = current.zones[i], zones.contains(zone), previous.zones[i] != nil else { continue }
      let a = Double(current.texture[i])
      let b = Double(previous.texture[i])
      ab += a * b
      aa += a * a
      bb += b * b
      n += 1
    }
    guard n >= minimumCount, aa > 0, bb > 0 else { return nil }
    return ab / (aa * bb).squareRoot()
  }

  /// Mean Cb, Cr of the zones; nil with too few samples.
  func meanChroma(_ zones: [Zone], minimumCount: Int) -> SIMD2<Double>? {
    let n = zones.reduce(0) { $0 + chromaCounts[$1.rawValue] }
    guard n >= minimumCount else { return nil }
    return zones.reduce(SIMD2<Double>.zero) { $0 + chroma[$1.rawValue] } / Double(n)
  }
}
