/// The fixed, ordered list of cues measured for every face in every frame.
///
/// Names are namespaced by what they need: `spatial.*` one frame,
/// `temporal.*` the previous frame of the same track, `window.*` the last
/// frames of the track. Ring cues carry the lower ρ bound of their ring
/// (`ring0.9` is 0.9 ≤ ρ < 1.0). The order is part of the contract with
/// trained weights: append new cues, never reorder, and bump ``version``.
public enum SeamCues {
  public static let version = "seam-cues-2"

  static let sharpnessRings = 0
  static let noiseRings = sharpnessRings + RadialRegions.ringCount
  static let chromaRings = noiseRings + RadialRegions.ringCount
  static let interiorSmoothness = chromaRings + RadialRegions.ringCount
  static let interiorResampling = interiorSmoothness + 1
  static let contourGradient = interiorResampling + 1
  static let peakDiscontinuity = contourGradient + 1
  static let peakDiscontinuityRho = peakDiscontinuity + 1
  static let flickerRings = peakDiscontinuityRho + 1
  static let interiorFlicker = flickerRings + RadialRegions.ringCount
  static let smoothnessInstability = interiorFlicker + 1
  static let chromaInstability = smoothnessInstability + 1
  static let windowFlicker = chromaInstability + 1
  static let landmarkJitter = windowFlicker + 1
  // seam-cues-2: measured on the full-resolution luma in template coordinates (``ScaleMeasurement``).
  static let generatorEnergy = landmarkJitter + 1
  static let generatorSlope = generatorEnergy + ScaleMeasurement.generatorSizes.count
  static let nativeEnergy = generatorSlope + ScaleMeasurement.generatorSizes.count
  static let nativeSlope = nativeEnergy + 1
  static let edgeStep = nativeSlope + 1
  static let chromaNeck = edgeStep + 1
  static let chromaForehead = chromaNeck + 1
  static let textureCoherence = chromaForehead + 1

  public static let names: [String] = {
    func rings(_ family: String) -> [String] { RadialRegions.ringLabels.map { "\(family).ring\($0)" } }
    return rings("spatial.sharpness") + rings("spatial.noise") + rings("spatial.chroma") + [
      "spatial.interiorSmoothness",
      "spatial.interiorResampling",
      "spatial.contourGradient",
      "spatial.peakDiscontinuity",
      "spatial.peakDiscontinuityRho",
    ] + rings("temporal.flicker") + [
      "temporal.interiorFlicker",
      "window.smoothnessInstability",
      "window.chromaInstability",
      "window.interiorFlicker",
      "window.landmarkJitter",
    ] + ScaleMeasurement.generatorSizes.map { "scale.g\($0).energy" }
      + ScaleMeasurement.generatorSizes.map { "scale.g\($0).slope" } + [
        "head.nativeEnergy",
        "head.nativeSlope",
        "head.edgeStep",
        "head.chromaNeck",
        "head.chromaForehead",
        "temporal.textureCoherence",
      ]
  }()

  public static var count: Int { names.count }

  public static func index(of name: String) -> Int? { names.firstIndex(of: name) }
}

/// One face's cue values in ``SeamCues/names`` order.
///
/// A cue that cannot be measured (first frame of a track, a ring clipped
/// away by the frame edge, too short a window) is NaN; the scorer treats it
/// as its training mean, so it contributes nothing.
public struct SeamCueVector: Sendable {
  public var values: [Float]

  public init(values: [Float]) {
    precondition(values.count == SeamCues.count, "one value per cue")
    self.values = values
  }

  static var unmeasured: SeamCueVector { SeamCueVector(values: [Float](repeating: .nan, count: SeamCues.count)) }

  public subscript(name: String) -> Float? {
    SeamCues.index(of: name).map { values[$0] }
  }

  /// (name, value) pairs in cue order, for records and reports.
  public var named: [(name: String, value: Float)] {
    Array(zip(SeamCues.names, values))
  }
}
