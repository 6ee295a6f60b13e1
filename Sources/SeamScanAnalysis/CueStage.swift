import SeamScanFaces
import SeamScanForensics
import SeamScanImaging
import SeamScanRecords

/// The second sequential stage: measures each face's cues, reads it with the face network on
/// its cadence, scores them and says whether the score may count.
///
/// It keeps one cue analyser and one frame count per live track (temporal cues need the
/// track's previous frame, the cadence its count), so frames must come in order.
struct CueStage {
  /// The video or still model; nil measures cues without scoring them.
  let mode: ScoringKit.Mode?
  /// The face network; nil when it is off.
  let network: FaceNetworkKit?
  private var tracks: [Int: TrackState] = [:]

  private struct TrackState {
    var analyser = SeamTrackAnalyser()
    /// Frames of the track analysed before this one.
    var frames = 0
  }

  init(mode: ScoringKit.Mode?, network: FaceNetworkKit?) {
    self.mode = mode
    self.network = network
  }

  mutating func analyse(_ faces: [TrackedFace], in frame: PreparedFrame) -> [AnalysedFace] {
    guard let planes = frame.planes, let ordinal = frame.frame.analysedOrdinal else { return [] }
    tracks = tracks.filter { entry in faces.contains { $0.track == entry.key } }
    return faces.map { face in
      var state = tracks[face.track] ?? TrackState()
      let cues = state.analyser.analyse(
        frame: planes, detail: frame.detail, landmarks: face.shape.points, frameIndex: ordinal)
      let reading = network.map { network -> NetworkReading in
        guard network.runs(onTrackFrame: state.frames),
          let probability = network.probability(planes: planes, detail: frame.detail, landmarks: face.shape.points)
        else { return .notRun }
        return .probability(probability)
      }
      state.frames += 1
      tracks[face.track] = state
      let score = cues.flatMap { cues in mode.flatMap { Self.score(cues, reading: reading, mode: $0) } }
      var exclusion: FaceExclusion?
      if score != nil, let mode {
        exclusion = FacePlausibility.exclusion(
          skinColoured: face.appearance.isSkinColoured, confidence: face.confidence,
          confirmations: face.confirmations, requiredConfirmations: mode.requiredConfirmations)
      }
      return AnalysedFace(
        face: face, alignedSize: Self.alignedSize(face, planes: planes, detail: frame.detail), cues: cues,
        score: score, exclusion: exclusion, network: reading)
    }
  }

  /// The cue model's score, fused with the network's reading where the mode has a fusion; a
  /// fused mode gives no score on the frames the network did not read.
  private static func score(_ cues: SeamCueVector, reading: NetworkReading?, mode: ScoringKit.Mode) -> SeamScore? {
    let cueScore = mode.scorer.score(cues)
    guard let fusion = mode.fusion else { return cueScore }
    guard case .probability(let probability) = reading else { return nil }
    return fusion.fuse(cueScore, networkProbability: probability)
  }

  /// The face's 112-unit alignment square in full-resolution pixels: how large a face a swapper rendered.
  private static func alignedSize(_ face: TrackedFace, planes: FramePlanes, detail: (any LumaSource)?) -> Int? {
    guard let alignment = FaceAlignment(landmarks: face.shape.points) else { return nil }
    let factor = Float(detail?.width ?? planes.width) / Float(max(1, planes.width))
    return Int((alignment.alignedSize * factor).rounded())
  }
}
