/// Where on the face a cue is measured, as the `SeamScanForensics` articles define it.
enum CueRegion: Hashable, Sendable {
  /// One of the eight rings 0.1 wide in ρ, from 0.5 (index 0) to 1.2 (index 7).
  case ring(Int)
  /// The inner face (ρ < 0.8, or < 0.7 for the full-resolution cues in face coordinates).
  case inner
  /// The contour band 0.8 ≤ ρ < 1.2 around the likely mask edge.
  case contour
  /// The step of the radial profile with the largest change, at the ρ `peakDiscontinuityRho` gives.
  case peak
  /// Landmark motion: no region of the picture.
  case landmarks
}

/// A family of cues that measure one thing, with its glossary entry and its region.
struct CueFamily: Sendable {
  /// Phrase keys `cue.family.<id>` and `.what`; the anchor `#cue-<id>`.
  let id: String
  /// How its cue names start (or, for `interiorFlicker`, end).
  let matches: @Sendable (String) -> Bool

  static let all: [CueFamily] = [
    prefix("sharpness", "spatial.sharpness."), prefix("noise", "spatial.noise."), prefix("chroma", "spatial.chroma."),
    exact("interiorSmoothness", "spatial.interiorSmoothness"),
    exact("interiorResampling", "spatial.interiorResampling"),
    exact("contourGradient", "spatial.contourGradient"), prefix("peakDiscontinuity", "spatial.peakDiscontinuity"),
    prefix("flicker", "temporal.flicker."),
    CueFamily(id: "interiorFlicker") { $0 == "temporal.interiorFlicker" || $0 == "window.interiorFlicker" },
    exact("smoothnessInstability", "window.smoothnessInstability"),
    exact("chromaInstability", "window.chromaInstability"), exact("landmarkJitter", "window.landmarkJitter"),
    prefix("scale", "scale."), prefix("headTexture", "head.native"), exact("edgeStep", "head.edgeStep"),
    prefix("headChroma", "head.chroma"), exact("textureCoherence", "temporal.textureCoherence"),
    exact("faceNetwork", "network.face"),
  ]

  static func of(_ cue: String) -> CueFamily? { all.first { $0.matches(cue) } }

  private static func prefix(_ id: String, _ start: String) -> CueFamily {
    CueFamily(id: id) { $0.hasPrefix(start) }
  }

  private static func exact(_ id: String, _ name: String) -> CueFamily {
    CueFamily(id: id) { $0 == name }
  }

  /// The ring lower bounds that cue names carry, as in `RadialRegions.ringLabels`.
  static let ringLabels = ["0.5", "0.6", "0.7", "0.8", "0.9", "1.0", "1.1", "1.2"]

  /// The region a cue's contribution is drawn on.
  static func region(of cue: String) -> CueRegion {
    if let range = cue.range(of: ".ring"), let ring = ringLabels.firstIndex(of: String(cue[range.upperBound...])) {
      return .ring(ring)
    }
    switch of(cue)?.id {
    case "contourGradient", "edgeStep": return .contour
    case "peakDiscontinuity": return .peak
    case "landmarkJitter": return .landmarks
    default: return .inner
    }
  }
}
