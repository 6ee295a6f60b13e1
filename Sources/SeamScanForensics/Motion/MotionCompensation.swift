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
  init(previous: GrayImage, currentToPrevious: SimilarityTransform, samples: FaceSamples, spatial: SpatialMeasurement,
       maximumShift: Float = defaultMaximumShift) {
    let blocks = BlockGrid(samples: samples)
    var warpedDifference = [Float](repeating: 0, count: samples.count)
    var staticDifference = warpedDifference
    var warpedError = [Double](repeating: 0, count: blocks.count), staticError = warpedError
    var rawSum: Double = 0, faceCount = 0
    previous.pixels.withUnsafeBufferPointer { prev in
      for row in 0..<samples.rows {
        let py = samples.y(row: row)
        for column in 0..<samples.columns {
          let s = row * samples.columns + column
          if samples.region[s] == RadialRegions.outside { continue }
          let px = samples.firstX(row: row) + column * samples.step
          let q = currentToPrevious.apply(SIMD2(Float(px), Float(py)))
          let current = Float(spatial.luma[s])
          let warped = bilinear(prev, width: previous.width, height: previous.height, x: q.x, y: q.y) - current
          let still = Float(prev[py * previous.width + px]) - current
          warpedDifference[s] = warped
          staticDifference[s] = still
          let b = blocks.index(row: row, column: column)
          warpedError[b] += Double(abs(warped))
          staticError[b] += Double(abs(still))
          if Int(samples.region[s]) < RadialRegions.surround {
            rawSum += Double(abs(still))
            faceCount += 1
          }
        }
      }
    }
    let keepsWarp = zip(warpedError, staticError).map { $0 <= $1 }

    var difference = warpedDifference
    var differenceSum: Double = 0, used = 0
    for s in 0..<samples.count where samples.region[s] != RadialRegions.outside {
      if !keepsWarp[blocks.index(sample: s)] { difference[s] = staticDifference[s] }
      differenceSum += Double(difference[s])
      used += 1
    }
    let mean = Float(differenceSum / Double(max(used, 1)))

    // Per-block normal equations of  min Σ (e − g·d)²  with g = ½ × central difference.
    var systems = [BlockSystem](repeating: BlockSystem(), count: blocks.count)
    for s in 0..<samples.count where samples.region[s] != RadialRegions.outside {
      systems[blocks.index(sample: s)].add(gx: Double(spatial.gradientX[s]) / 2, gy: Double(spatial.gradientY[s]) / 2,
                                           error: Double(difference[s] - mean))
    }
    let shifts = systems.map { $0.shift(regularisation: Self.regularisation, limit: maximumShift) }

    var residualSums = [Double](repeating: 0, count: RadialRegions.count)
    var counts = [Int](repeating: 0, count: RadialRegions.count)
    var faceResidual: Double = 0
    for s in 0..<samples.count where samples.region[s] != RadialRegions.outside {
      let region = Int(samples.region[s])
      let d = shifts[blocks.index(sample: s)]
      let explained = (Float(spatial.gradientX[s]) * d.x + Float(spatial.gradientY[s]) * d.y) / 2
      let residual = Double(abs(difference[s] - mean - explained))
      residualSums[region] += residual
      counts[region] += 1
      if region < RadialRegions.surround { faceResidual += residual }
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
  let sampleColumns: Int
  let count: Int

  init(samples: FaceSamples) {
    span = max(4, MotionCompensation.blockPixels / samples.step)
    columns = (samples.columns + span - 1) / span
    sampleColumns = samples.columns
    count = columns * ((samples.rows + span - 1) / span)
  }

  @inline(__always) func index(row: Int, column: Int) -> Int { (row / span) * columns + column / span }
  @inline(__always) func index(sample s: Int) -> Int { index(row: s / sampleColumns, column: s % sampleColumns) }
}

/// Accumulated 2 × 2 normal equations of one block's Lucas–Kanade step.
private struct BlockSystem {
  var xx: Double = 0, xy: Double = 0, yy: Double = 0, xe: Double = 0, ye: Double = 0, count = 0

  mutating func add(gx: Double, gy: Double, error: Double) {
    xx += gx * gx; xy += gx * gy; yy += gy * gy
    xe += gx * error; ye += gy * error
    count += 1
  }

  func shift(regularisation: Double, limit: Float) -> SIMD2<Float> {
    let damping = regularisation * Double(count)
    let a = xx + damping, c = yy + damping
    let determinant = a * c - xy * xy
    guard count > 0, determinant > 0 else { return .zero }
    let dx = (c * xe - xy * ye) / determinant
    let dy = (a * ye - xy * xe) / determinant
    return SIMD2(min(max(Float(dx), -limit), limit), min(max(Float(dy), -limit), limit))
  }
}
