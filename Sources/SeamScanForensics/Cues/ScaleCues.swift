import Foundation

/// Turns a ``ScaleMeasurement`` into the `scale.*`, `head.*` and
/// `temporal.textureCoherence` cues: the face against the same head's forehead
/// and neck, never against the background.
enum ScaleCues {
  static let reference: [ScaleMeasurement.Zone] = [.forehead, .neck]
  static let minimumSamples = FrameCues.minimumSamples
  /// Floor added to mean |Laplacian| (grey levels) so flat regions give finite logs.
  static let floor = 0.5

  static func write(_ m: ScaleMeasurement, previous: ScaleMeasurement?, into values: inout [Float]) {
    for (k, band) in m.generatorBands.enumerated() {
      guard let band, let cues = energyAndSlope(fine: band.fine, coarse: band.coarse) else { continue }
      values[SeamCues.generatorEnergy + k] = cues.energy
      values[SeamCues.generatorSlope + k] = cues.slope
    }
    if let native = energyAndSlope(fine: m.nativeFine, coarse: m.nativeCoarse) {
      values[SeamCues.nativeEnergy] = native.energy
      values[SeamCues.nativeSlope] = native.slope
    }
    if let inside = m.nativeCoarse.mean([.edgeInside], minimumCount: minimumSamples),
      let outside = m.nativeCoarse.mean([.edgeOutside], minimumCount: minimumSamples)
    {
      values[SeamCues.edgeStep] = logRatio(inside, outside)
    }
    if let inner = m.meanChroma([.inner], minimumCount: minimumSamples) {
      if let neck = m.meanChroma([.neck], minimumCount: minimumSamples) {
        values[SeamCues.chromaNeck] = distance(inner, neck)
      }
      if let forehead = m.meanChroma([.forehead], minimumCount: minimumSamples) {
        values[SeamCues.chromaForehead] = distance(inner, forehead)
      }
    }
    if let previous,
      let inner = ScaleMeasurement.textureCoherence(m, previous, zones: [.inner], minimumCount: minimumSamples),
      let outer = ScaleMeasurement.textureCoherence(m, previous, zones: reference, minimumCount: minimumSamples)
    {
      values[SeamCues.textureCoherence] = Float(inner - outer)
    }
  }

  /// Energy: log(inner / reference) at the fine spacing. Slope: how much more the
  /// fine band drops against the coarse one inside than in the reference.
  private static func energyAndSlope(fine: ScaleMeasurement.Energies, coarse: ScaleMeasurement.Energies)
    -> (energy: Float, slope: Float)?
  {
    guard let innerFine = fine.mean([.inner], minimumCount: minimumSamples),
      let innerCoarse = coarse.mean([.inner], minimumCount: minimumSamples),
      let referenceFine = fine.mean(reference, minimumCount: minimumSamples),
      let referenceCoarse = coarse.mean(reference, minimumCount: minimumSamples)
    else { return nil }
    return (
      logRatio(innerFine, referenceFine),
      logRatio(innerFine, innerCoarse) - logRatio(referenceFine, referenceCoarse)
    )
  }

  private static func logRatio(_ a: Double, _ b: Double) -> Float {
    Float(log((a + floor) / (b + floor)))
  }

  private static func distance(_ a: SIMD2<Double>, _ b: SIMD2<Double>) -> Float {
    let d = a - b
    return Float((d * d).sum().squareRoot())
  }
}
