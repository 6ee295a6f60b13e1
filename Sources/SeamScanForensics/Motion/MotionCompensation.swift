import SeamScanImaging

/// Frame-to-frame luma residual of a face after motion compensation.
///
/// 1. Global: the previous frame is resampled (bilinear) through the
///    similarity that maps current landmarks onto previous ones, which removes
///    head translation, rotation and zoom.
/// 2. Layers: each block of about 16 × 16 px keeps that warp or, if it
///    differs less, the previous frame unwarped — background beside a moving
///    head stays still, and would otherwise read as flicker around the face.
/// 3. Local: a Lucas–Kanade step solves each block's remaining shift d
///    (clamped to ±2 px) from the current frame's gradient g, and the residual
///    keeps only what a shift cannot explain: r = (P − C − mean) − g·d, with P
///    the chosen previous frame, C the current one and `mean` the face-wide
///    brightness change. Jaw and mouth motion when talking is mostly such a
///    shift; a blend whose strength changes is not.
struct MotionCompensation {
  /// Largest local shift, in pixels, the refinement may add to the global warp.
  static let defaultMaximumShift: Float = 2
  static let blockPixels = 16
  /// Tikhonov weight per sample (levels²/px²): flat blocks stay at d = 0.
  static let regularisation: Double = 4

  /// Σ |r| per radial region.
  var residualSums: [Double]
  var counts: [Int]
  /// Mean |r| and mean |C − previous| (no compensation at all) over ρ < 1.3.
  var meanAbsoluteResidual: Float
  var meanAbsoluteRawDifference: Float

  /// `maximumShift` 0 turns the local refinement off.
  init(
    previous: GrayImage, currentToPrevious: SimilarityTransform, samples: FaceSamples, spatial: SpatialMeasurement,
    maximumShift: Float = defaultMaximumShift
  ) {
    let blocks = BlockGrid(samples: samples)
    // Measured samples in scan order, with their block, and both hypotheses' differences.
    var measured: [Int32] = []
    var blockOf: [Int32] = []
    var warpedDifference: [Float] = []
    var staticDifference: [Float] = []
    measured.reserveCapacity(samples.count)
    blockOf.reserveCapacity(samples.count)
    warpedDifference.reserveCapacity(samples.count)
    staticDifference.reserveCapacity(samples.count)
    var warpedError = [Double](repeating: 0, count: blocks.count)
    var staticError = warpedError
    var rawSum: Double = 0
    var faceCount = 0
    previous.pixels.withUnsafeBufferPointer { prev in
      spatial.luma.withUnsafeBufferPointer { luma in
        samples.region.withUnsafeBufferPointer { region in
          for row in 0..<samples.rows {
            let py = samples.y(row: row)
            let firstX = samples.firstX(row: row)
            let blockRow = (row / blocks.span) * blocks.columns
            var q = currentToPrevious.apply(SIMD2(Float(firstX), Float(py)))
            let qStep = SIMD2(currentToPrevious.a, currentToPrevious.b) * Float(samples.step)
            for column in 0..<samples.columns {
              defer { q += qStep }
              let s = row * samples.columns + column
              if region[s] == RadialRegions.outside { continue }
              let px = firstX + column * samples.step
              let current = Float(luma[s])
              let warped =
                bilinearSample(prev, width: previous.width, height: previous.height, x: q.x, y: q.y) - current
              let still = Float(prev[py * previous.width + px]) - current
              let b = blockRow + column / blocks.span
              measured.append(Int32(s))
              blockOf.append(Int32(b))
              warpedDifference.append(warped)
              staticDifference.append(still)
              warpedError[b] += Double(abs(warped))
              staticError[b] += Double(abs(still))
              if Int(region[s]) < RadialRegions.surround {
                rawSum += Double(abs(still))
                faceCount += 1
              }
            }
          }
        }
      }
    }

    // Keep, per block, the hypothesis that differs less; then the normal
    // equations of  min Σ (e − g·d)²,  e = difference − mean, g = ½ × central difference.
    let keepsWarp = zip(warpedError, staticError).map { $0 <= $1 }
    var difference = warpedDifference
    var systems = [BlockSystem](repeating: BlockSystem(), count: blocks.count)
    var differenceSum: Double = 0
    spatial.gradientX.withUnsafeBufferPointer { gradientX in
      spatial.gradientY.withUnsafeBufferPointer { gradientY in
        for i in measured.indices {
          let s = Int(measured[i])
          let b = Int(blockOf[i])
          if !keepsWarp[b] { difference[i] = staticDifference[i] }
          differenceSum += Double(difference[i])
          systems[b].add(gx: Double(gradientX[s]) / 2, gy: Double(gradientY[s]) / 2, difference: Double(difference[i]))
        }
      }
    }
    let mean = differenceSum / Double(max(measured.count, 1))
    let shifts = systems.map { $0.shift(mean: mean, regularisation: Self.regularisation, limit: maximumShift) }

    var residualSums = [Double](repeating: 0, count: RadialRegions.count)
    var counts = [Int](repeating: 0, count: RadialRegions.count)
    var faceResidual: Double = 0
    spatial.gradientX.withUnsafeBufferPointer { gradientX in
      spatial.gradientY.withUnsafeBufferPointer { gradientY in
        for i in measured.indices {
          let s = Int(measured[i])
          let region = Int(samples.region[s])
          let d = shifts[Int(blockOf[i])]
          let explained = (Float(gradientX[s]) * d.x + Float(gradientY[s]) * d.y) / 2
          let residual = Double(abs(difference[i] - Float(mean) - explained))
          residualSums[region] += residual
          counts[region] += 1
          if region < RadialRegions.surround { faceResidual += residual }
        }
      }
    }
    self.residualSums = residualSums
    self.counts = counts
    self.meanAbsoluteResidual = Float(faceResidual / Double(max(faceCount, 1)))
    self.meanAbsoluteRawDifference = Float(rawSum / Double(max(faceCount, 1)))
  }

  /// Mean |r| over a range of regions, or nil with too few samples.
  func meanResidual(_ regions: ClosedRange<Int>, minimumCount: Int) -> Float? {
    let n = regions.reduce(0) { $0 + counts[$1] }
    guard n >= minimumCount else { return nil }
    return Float(regions.reduce(0.0) { $0 + residualSums[$1] } / Double(n))
  }
}

/// Blocks of about ``MotionCompensation/blockPixels`` px over the sample grid.
private struct BlockGrid {
  let span: Int
  let columns: Int
  let count: Int

  init(samples: FaceSamples) {
    span = max(4, MotionCompensation.blockPixels / samples.step)
    columns = (samples.columns + span - 1) / span
    count = columns * ((samples.rows + span - 1) / span)
  }
}

/// Accumulated normal equations of one block's Lucas–Kanade step, with the
/// face-wide mean difference subtracted when solving: Σ g·(e − m) = Σ g·e − m·Σ g.
private struct BlockSystem {
  var xx: Double = 0, xy: Double = 0, yy: Double = 0
  var xe: Double = 0, ye: Double = 0, x: Double = 0, y: Double = 0
  var count = 0

  mutating func add(gx: Double, gy: Double, difference e: Double) {
    xx += gx * gx
    xy += gx * gy
    yy += gy * gy
    xe += gx * e
    ye += gy * e
    x += gx
    y += gy
    count += 1
  }

  func shift(mean: Double, regularisation: Double, limit: Float) -> SIMD2<Float> {
    let damping = regularisation * Double(count)
    let a = xx + damping
    let c = yy + damping
    let determinant = a * c - xy * xy
    guard count > 0, determinant > 0 else { return .zero }
    let bx = xe - mean * x
    let by = ye - mean * y
    let dx = (c * bx - xy * by) / determinant
    let dy = (a * by - xy * bx) / determinant
    return SIMD2(min(max(Float(dx), -limit), limit), min(max(Float(dy), -limit), limit))
  }
}
