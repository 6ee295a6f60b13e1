/// Sparse sample positions over a face ROI, with ρ and the radial region of each.
///
/// Filters still read full-resolution neighbours, so fine-scale evidence
/// (noise, resampling traces) survives; only the number of positions whose
/// statistics are pooled drops. The phase of the grid rotates from row to row
/// so that every pixel phase is sampled: an upscaled face has a periodic
/// interpolation pattern that a fixed-phase grid could alias.
struct FaceSamples {
  /// Samples pooled per face are kept near this number: enough for stable
  /// ring means, few enough for the per-face time budget.
  static let targetSampleCount = 24_000

  let geometry: FaceGeometry
  let step: Int
  let columns: Int
  let rows: Int
  /// ρ per sample, row-major `rows × columns`.
  let rho: [Float]
  /// ``RadialRegions`` code per sample (``RadialRegions/outside`` when not measured).
  let region: [UInt8]

  init(geometry: FaceGeometry) {
    let roi = geometry.roi
    let step = max(1, Int((Double(roi.area) / Double(Self.targetSampleCount)).squareRoot().rounded(.up)))
    let columns = roi.width / step
    let rows = roi.height / step
    var rho = [Float](repeating: .infinity, count: columns * rows)
    var region = [UInt8](repeating: RadialRegions.outside, count: columns * rows)
    let offsets = (0..<columns).map { Float($0 * step) }
    rho.withUnsafeMutableBufferPointer { rhoOut in
      region.withUnsafeMutableBufferPointer { regionOut in
        offsets.withUnsafeBufferPointer { offsets in
          for row in 0..<rows {
            let start = row * columns
            geometry.fillRhoRow(
              into: rhoOut, at: start, firstX: Float(roi.x + Self.phaseX(row: row, step: step)),
              offsetsX: offsets, y: Float(roi.y + row * step + Self.phaseY(row: row, step: step)))
            for i in start..<(start + columns) { regionOut[i] = RadialRegions.region(ofRho: rhoOut[i]) }
          }
        }
      }
    }
    self.geometry = geometry
    self.step = step
    self.columns = columns
    self.rows = rows
    self.rho = rho
    self.region = region
  }

  var count: Int { columns * rows }

  @inline(__always) static func phaseX(row: Int, step: Int) -> Int { row % step }
  @inline(__always) static func phaseY(row: Int, step: Int) -> Int { (row / step) % step }

  /// Frame x of the first sample in `row`; later samples follow every `step` pixels.
  @inline(__always) func firstX(row: Int) -> Int { geometry.roi.x + Self.phaseX(row: row, step: step) }
  /// Frame y of every sample in `row`.
  @inline(__always) func y(row: Int) -> Int { geometry.roi.y + row * step + Self.phaseY(row: row, step: step) }
}
