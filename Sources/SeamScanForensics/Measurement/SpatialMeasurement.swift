import SeamScanImaging

/// Integer sums of the per-sample filter responses over one radial region.
struct RegionTotals {
  var count = 0
  /// Σ |4c − (4-neighbours at distance 1)|: fine-scale second derivative.
  var fineLaplacian = 0
  /// Σ |4c − (4-neighbours at distance 2)|: the next octave down.
  var coarseLaplacian = 0
  /// Σ |c − median of 3×3|: noise and fine texture that edges do not explain.
  var noiseResidual = 0
  var cb = 0
  var cr = 0

  static func + (a: RegionTotals, b: RegionTotals) -> RegionTotals {
    RegionTotals(
      count: a.count + b.count, fineLaplacian: a.fineLaplacian + b.fineLaplacian,
      coarseLaplacian: a.coarseLaplacian + b.coarseLaplacian,
      noiseResidual: a.noiseResidual + b.noiseResidual, cb: a.cb + b.cb, cr: a.cr + b.cr)
  }
}

/// One pass of local filters over the samples of a face: per-region totals,
/// the gradient across and along the contour, and the per-sample luma and
/// gradient the temporal stage reuses.
struct SpatialMeasurement {
  var totals: [RegionTotals]
  /// Per hull edge, Σ ∇Y · n̂ over the contour-band samples facing that edge
  /// (n̂ its outward normal): texture cancels, a step across the contour adds up.
  var contourAcross: [Double]
  /// Σ |∇Y × n̂| over the contour band: gradient along the contour.
  var contourAlong: Double = 0
  var luma: [Int16]
  /// Central differences Y(x+1) − Y(x−1) and Y(y+1) − Y(y−1): twice the gradient.
  var gradientX: [Int16]
  var gradientY: [Int16]

  init(frame: FramePlanes, samples: FaceSamples) {
    var totals = [RegionTotals](repeating: RegionTotals(), count: RadialRegions.count)
    var luma = [Int16](repeating: 0, count: samples.count)
    var gradientX = luma
    var gradientY = luma
    let width = frame.width
    let step = samples.step
    let geometry = samples.geometry
    let normals = geometry.gauge.map { $0 / ($0 * $0).sum().squareRoot() }
    var across = [Double](repeating: 0, count: normals.count)
    var along: Double = 0
    frame.luma.pixels.withUnsafeBufferPointer { y in
      frame.cb.pixels.withUnsafeBufferPointer { cb in
        frame.cr.pixels.withUnsafeBufferPointer { cr in
          totals.withUnsafeMutableBufferPointer { totals in
            for row in 0..<samples.rows {
              let py = samples.y(row: row)
              for column in 0..<samples.columns {
                let s = row * samples.columns + column
                let region = Int(samples.region[s])
                if region == Int(RadialRegions.outside) { continue }
                let px = samples.firstX(row: row) + column * step
                let o = py * width + px
                let c = Int(y[o])
                let left = Int(y[o - 1])
                let right = Int(y[o + 1])
                let up = Int(y[o - width])
                let down = Int(y[o + width])
                let fine = 4 * c - left - right - up - down
                let coarse = 4 * c - Int(y[o - 2]) - Int(y[o + 2]) - Int(y[o - 2 * width]) - Int(y[o + 2 * width])
                let median = median9(
                  Int(y[o - width - 1]), up, Int(y[o - width + 1]),
                  left, c, right,
                  Int(y[o + width - 1]), down, Int(y[o + width + 1]))
                totals[region].count += 1
                totals[region].fineLaplacian += abs(fine)
                totals[region].coarseLaplacian += abs(coarse)
                totals[region].noiseResidual += abs(c - median)
                totals[region].cb += Int(cb[o])
                totals[region].cr += Int(cr[o])
                let gx = right - left
                let gy = down - up
                luma[s] = Int16(c)
                gradientX[s] = Int16(gx)
                gradientY[s] = Int16(gy)
                if RadialRegions.contourBand.contains(region) {
                  let edge = geometry.activeEdge(at: SIMD2(Float(px), Float(py)))
                  let n = normals[edge]
                  across[edge] += Double(Float(gx) * n.x + Float(gy) * n.y)
                  along += Double(abs(Float(gx) * n.y - Float(gy) * n.x))
                }
              }
            }
          }
        }
      }
    }
    self.totals = totals
    self.contourAcross = across
    self.contourAlong = along
    self.luma = luma
    self.gradientX = gradientX
    self.gradientY = gradientY
  }

  /// Totals pooled over a range of regions.
  func pooled(_ regions: ClosedRange<Int>) -> RegionTotals {
    regions.reduce(RegionTotals()) { $0 + totals[$1] }
  }
}
