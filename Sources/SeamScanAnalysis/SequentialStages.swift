import SeamScanFaces
import SeamScanMedia
import SeamScanRecords

/// The stages that must see every frame strictly in order: tracking, holding frames back until
/// their tracks are decided, and the verdict. Measuring cues and reading faces with the network
/// happens between ``track(_:)`` and ``consume(_:analysisSize:faces:)`` and is not part of this
/// type: it keeps state per track only, so it may run on other threads.
struct SequentialStages<Detector: FaceFinding, Landmarker: LandmarkFitting> {
  /// Nil without face finding: frames pass through with no faces.
  private var tracking: FaceStage<Detector, Landmarker>?
  private var decided: DecidedFrames
  private var accumulator: VerdictAccumulator
  /// Whether faces were looked for; without it there is no verdict.
  private let findsFaces: Bool

  init(
    tracker: FaceTracker<Detector, Landmarker>?,
    scoring: (mode: ScoringKit.Mode, aggregation: ScoreAggregation)?
  ) {
    tracking = tracker.map(FaceStage.init)
    findsFaces = tracker != nil
    decided = DecidedFrames(delay: tracker?.parameters.decisionFrames ?? 0)
    accumulator = VerdictAccumulator(scoring: scoring)
  }

  /// The faces of an analysed frame, tentative tracks included.
  mutating func track(_ frame: PreparedFrame) -> [TrackedFace] {
    tracking?.faces(in: frame) ?? []
  }

  /// Takes the next frame with its measured faces (none for a frame not analysed) and returns
  /// the frames now decided, in order, their faces numbered as the records number them.
  mutating func consume(
    _ frame: DecodedFrame, analysisSize: (width: Int, height: Int)?, faces: [AnalysedFace]
  ) -> [DecidedFrames.Frame] {
    judged(decided.add(frame, analysisSize: analysisSize, faces: faces, status: trackStatus))
  }

  /// At the end of the input: decides the tracks still tentative and returns the frames held back.
  mutating func finish() -> [DecidedFrames.Frame] {
    tracking?.finish()
    return judged(decided.finish(status: trackStatus))
  }

  /// Decided frames go to the verdict as they are handed on.
  private mutating func judged(_ ready: [DecidedFrames.Frame]) -> [DecidedFrames.Frame] {
    for item in ready { accumulator.add(FrameFindings(faces: item.faces), frame: item.frame.index) }
    return ready
  }

  /// Whether a track is a face; every track is when faces are not tracked.
  private var trackStatus: (Int) -> TrackStatus {
    let tracker = tracking?.tracker
    return { tracker?.status(ofTrack: $0) ?? .confirmed }
  }

  /// The judgement of the whole input; `framesDecoded` 0 means nothing was looked at, so no
  /// verdict at all ("no face" would say a frame was searched).
  func verdict(framesDecoded: Int) -> VideoVerdict {
    guard findsFaces, framesDecoded > 0 else { return VideoVerdict(framesWithFace: 0, score: nil, verdict: nil) }
    return accumulator.verdict()
  }

  /// Frames where a new scene began; nil without face finding.
  var sceneCuts: [Int]? { tracking?.sceneCuts }
}
