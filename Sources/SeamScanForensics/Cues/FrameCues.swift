import Foundation

/// Turns one frame's measurements into cue values (log-ratios against the surround).
enum FrameCues {
  /// Fewer samples than this in a region and its cues are NaN.
  static let minimumSamples = 12
  /// Floor added to mean filter responses (levels) so flat regions give finite logs.
  static let floor: Double = 0.1

  static func logRatio(_ a: Double, _ b: Double) -> Float {
    Float(log((a + floor) / (b + floor)))
  }

  /// Writes the `spatial.*` cues and returns what the window needs from this frame.
  static func writeSpatial(_ m: SpatialMeasurement, into values: inout [Float]) -> (
    smoothness: Float, chromaOffset: SIMD2<Float>
  ) {
    let surround = m.totals[RadialRegions.surround]
    guard surround.count >= minimumSamples else { return (.nan, SIMD2(repeating: .nan)) }
    let reference = RegionMeans(surround)
    var profile: [Float] = [profileLevel(m.totals[RadialRegions.core], reference)]
    for ring in 0..<RadialRegions.ringCount {
      let totals = m.totals[RadialRegions.firstRing + ring]
      guard totals.count >= minimumSamples else {
        profile.append(.nan)
        continue
      }
      let means = RegionMeans(totals)
      values[SeamCues.sharpnessRings + ring] = logRatio(means.fine, reference.fine)
      values[SeamCues.noiseRings + ring] = logRatio(means.noise, reference.noise)
      values[SeamCues.chromaRings + ring] = means.chromaDistance(to: reference)
      profile.append(profileLevel(totals, reference))
    }
    profile.append(0)
    let peak = strongestStep(profile)
    values[SeamCues.peakDiscontinuity] = peak.strength
    values[SeamCues.peakDiscontinuityRho] = peak.rho

    let interiorTotals = m.pooled(RadialRegions.interior)
    var smoothness = Float.nan
    var chromaOffset = SIMD2<Float>(repeating: .nan)
    if interiorTotals.count >= minimumSamples {
      let interior = RegionMeans(interiorTotals)
      smoothness = -(logRatio(interior.fine, reference.fine) + logRatio(interior.noise, reference.noise)) / 2
      values[SeamCues.interiorSmoothness] = smoothness
      values[SeamCues.interiorResampling] =
        logRatio(interior.coarse, interior.fine) - logRatio(reference.coarse, reference.fine)
      chromaOffset = SIMD2(Float(interior.cb - reference.cb), Float(interior.cr - reference.cr))
    }
    if m.pooled(RadialRegions.contourBand).count >= minimumSamples {
      let coherentAcross = m.contourAcross.reduce(0) { $0 + abs($1) }
      values[SeamCues.contourGradient] = Float(log((coherentAcross + 1) / (m.contourAlong + 1)))
    }
    return (smoothness, chromaOffset)
  }

  /// Writes the `temporal.*` cues and returns the interior flicker for the window.
  static func writeTemporal(_ motion: MotionCompensation, into values: inout [Float]) -> Float {
    let surround = RadialRegions.surround
    guard let reference = motion.meanResidual(surround...surround, minimumCount: minimumSamples) else { return .nan }
    for ring in 0..<RadialRegions.ringCount {
      let region = RadialRegions.firstRing + ring
      if let flicker = motion.meanResidual(region...region, minimumCount: minimumSamples) {
        values[SeamCues.flickerRings + ring] = logRatio(Double(flicker), Double(reference))
      }
    }
    guard let interior = motion.meanResidual(RadialRegions.interior, minimumCount: minimumSamples) else { return .nan }
    let flicker = logRatio(Double(interior), Double(reference))
    values[SeamCues.interiorFlicker] = flicker
    return flicker
  }

  /// Mean of the sharpness and noise log-ratios: one number per region for locating the seam.
  private static func profileLevel(_ totals: RegionTotals, _ reference: RegionMeans) -> Float {
    guard totals.count >= minimumSamples else { return .nan }
    let means = RegionMeans(totals)
    return (logRatio(means.fine, reference.fine) + logRatio(means.noise, reference.noise)) / 2
  }

  /// The largest jump between neighbouring regions of the radial profile, less
  /// the median jump, and the ρ of the boundary where it happens.
  static func strongestStep(_ profile: [Float]) -> (strength: Float, rho: Float) {
    var steps: [(size: Float, rho: Float)] = []
    for boundary in 0..<(profile.count - 1) where profile[boundary].isFinite && profile[boundary + 1].isFinite {
      let rho = RadialRegions.coreUpperRho + Float(boundary) * RadialRegions.ringWidth
      steps.append((abs(profile[boundary + 1] - profile[boundary]), rho))
    }
    guard steps.count >= 3 else { return (.nan, .nan) }
    var peak = steps[0]
    for step in steps.dropFirst() where step.size > peak.size { peak = step }
    let sizes = steps.map(\.size).sorted()
    let median =
      sizes.count % 2 == 1 ? sizes[sizes.count / 2] : (sizes[sizes.count / 2 - 1] + sizes[sizes.count / 2]) / 2
    return (peak.size - median, peak.rho)
  }
}

/// Per-sample means of one region's totals.
private struct RegionMeans {
  let fine: Double, coarse: Double, noise: Double, cb: Double, cr: Double

  init(_ t: RegionTotals) {
    let n = Double(t.count)
    fine = Double(t.fineLaplacian) / n
    coarse = Double(t.coarseLaplacian) / n
    noise = Double(t.noiseResidual) / n
    cb = Double(t.cb) / n
    cr = Double(t.cr) / n
  }

  func chromaDistance(to other: RegionMeans) -> Float {
    Float(((cb - other.cb) * (cb - other.cb) + (cr - other.cr) * (cr - other.cr)).squareRoot())
  }
}
