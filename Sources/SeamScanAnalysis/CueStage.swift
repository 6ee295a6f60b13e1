import SeamScanFaces
import SeamScanForensics
import SeamScanImaging
import SeamScanRecords

/// The second sequential stage: measures each face's cues, scores them and says
/// whether the score may count.
///
/// It keeps one cue analyser per live track (temporal cues need the track's
/// previous frame), so frames must come in order.
struct CueStage {
  /// The video or still model; nil measures cues without scoring them.
  let mode: ScoringKit.Mode?
  private var analyzers: [Int: SeamTrackAnalyzer] = [:]

  init(mode: ScoringKit.Mode?) {
    self.mode = mode
  }

  mutating func analyse(_ faces: [TrackedFace], in frame: PreparedFrame) -> [AnalysedFace] {
    guard let planes = frame.planes, let ordinal = frame.frame.analysedOrdinal else { return [] }
    analyzers = analyzers.filter { entry in faces.contains { $0.track == entry.key } }
    return faces.map { face in
      var analyzer = analyzers[face.track] ?? SeamTrackAnalyzer()
      let cues = analyzer.analyze(
        frame: planes, detail: frame.detail, landmarks: face.shape.points, frameIndex: ordinal)
      analyzers[face.track] = analyzer
      let score = cues.flatMap { mode?.scorer.score($0) }
      var exclusion: FaceExclusion?
      if score != nil, let mode {
        exclusion = FacePlausibility.exclusion(
          skinColoured: face.appearance.isSkinColoured, confidence: face.confidence,
          confirmations: face.confirmations, requiredConfirmations: mode.requiredConfirmations)
      }
      return AnalysedFace(
        face: face, alignedSize: Self.alignedSize(face, planes: planes, detail: frame.detail), cues: cues,
        score: score, exclusion: exclusion)
    }
  }

  /// The face's 112-unit alignment square in full-resolution pixels: how large a face a swapper rendered.
  private static func alignedSize(_ face: TrackedFace, planes: FramePlanes, detail: (any LumaSource)?) -> Int? {
    guard let alignment = FaceAlignment(landmarks: face.shape.points) else { return nil }
    let factor = Float(detail?.width ?? planes.width) / Float(max(1, planes.width))
    return Int((alignment.alignedSize * factor).rounded())
  }
}
