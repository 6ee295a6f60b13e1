import SeamScanImaging

@testable import SeamScanForensics

/// Clips shared by the known-answer tests, rendered and analysed once.
enum Clips {
  static let clean = SyntheticClip(SyntheticClip.Options())
  static let seam = SyntheticClip(SyntheticClip.Options(seam: true))
  static let jittery = SyntheticClip(SyntheticClip.Options(landmarkNoise: 1.5))

  static let cleanCues = analyse(clean)
  static let seamCues = analyse(seam)
  static let jitteryCues = analyse(jittery)

  static func analyse(_ clip: SyntheticClip) -> [SeamCueVector] {
    var analyser = SeamTrackAnalyser()
    return clip.frames.indices.compactMap {
      analyser.analyse(frame: clip.frames[$0], landmarks: clip.landmarks[$0], frameIndex: $0)
    }
  }

  /// Mean of one cue over the frames where it was measured.
  static func mean(_ name: String, _ cues: [SeamCueVector]) -> Float {
    let values = cues.compactMap { $0[name] }.filter(\.isFinite)
    precondition(!values.isEmpty, "\(name) never measured")
    return values.reduce(0, +) / Float(values.count)
  }
}
