import SeamScanFaces
import SeamScanFacesTestSupport
import SeamScanRecords
import Testing

@testable import SeamScanAnalysis
@testable import SeamScanForensics
@testable import SeamScanMedia

/// Tracking, decided frames and the verdict, driven by the scripted face world: which frames come
/// out and when, how tracks are numbered, and what the summary records about each track.
@Suite struct SequentialStagesTests {
  typealias Square = ScriptedFaceWorld.Square
  typealias Stages = SequentialStages<ScriptedDetector, ScriptedLandmarker>

  /// Cut-offs 0.4 and 0.7; a track counts from 3 counted frames; the top half of its scores is its score.
  static func makeStages(scored: Bool = true) throws -> Stages {
    let mode = ScoringKit.Mode(
      scorer: try SeamScorer(weights: .trained), fusion: nil,
      thresholds: VerdictThresholds(likelyRealBelow: 0.4, likelyManipulatedFrom: 0.7, minimumFrames: 3),
      requiredConfirmations: 1)
    return Stages(
      tracker: FaceTracker(
        detector: ScriptedDetector(), predictor: ScriptedLandmarker(),
        parameters: TrackingParameters(detectEvery: 5, confirmEvery: 2, maxUnconfirmedFrames: 6, decisionFrames: 4)),
      scoring: scored ? (mode, .upperMean(fraction: 0.5)) : nil)
  }

  static func frame(_ index: Int, _ squares: [Square]) -> PreparedFrame {
    PreparedFrame(
      frame: DecodedFrame(
        index: index, pts: nil, ptsTime: Double(index) / 25, keyFrame: index == 0, pictType: "P", picture: nil,
        analysedOrdinal: index),
      planes: ScriptedFaceWorld.frame(squares))
  }

  static func score(_ probability: Float) -> SeamScore {
    SeamScore(
      probability: probability, logit: 0, bias: 0, contributions: [], unmeasuredCues: [], modelVersion: "scripted")
  }

  /// Runs `frames` through the stages, scoring each face with `measure` (track, frame) in place of
  /// the cue stage; returns the decided frames as (index, tracks) and the verdict.
  static func run(
    _ stages: inout Stages, _ frames: [[Square]],
    measure: (TrackedFace, Int) -> (score: Float?, exclusion: FaceExclusion?)
  ) -> (frames: [(Int, [Int])], verdict: VideoVerdict) {
    var decided: [DecidedFrames.Frame] = []
    for (index, squares) in frames.enumerated() {
      let prepared = frame(index, squares)
      let analysed = stages.track(prepared).map { face in
        let (probability, exclusion) = measure(face, index)
        return AnalysedFace(
          face: face, alignedSize: 100 + index, cues: nil, score: probability.map(score), exclusion: exclusion)
      }
      decided += stages.consume(prepared.frame, analysisSize: (320, 240), faces: analysed)
    }
    decided += stages.finish()
    return (
      decided.map { ($0.frame.index, $0.faces.map(\.face.track)) }, stages.verdict(framesDecoded: frames.count)
    )
  }

  @Test func framesComeOutInOrderOnceTheirTracksAreDecided() throws {
    var stages = try Self.makeStages()
    var handedOn: [Int] = []
    for index in 0..<8 {
      let prepared = Self.frame(index, [Square(x: 40, y: 60, side: 50)])
      let faces = stages.track(prepared).map { AnalysedFace(face: $0) }
      handedOn += stages.consume(prepared.frame, analysisSize: (320, 240), faces: faces).map(\.frame.index)
      // A new track is decided after four more analysed frames: nothing is handed on before.
      #expect(handedOn == Array(0..<max(0, index - 3)), "after frame \(index)")
    }
    handedOn += stages.finish().map(\.frame.index)
    #expect(handedOn == Array(0..<8))
  }

  @Test func aTrackThatCountsGivesTheVideoScore() throws {
    var stages = try Self.makeStages()
    let scores: [Float] = [0.2, 0.9, 0.8, 0.3, 0.85, 0.1, 0.75, 0.4, 0.95, 0.5]
    let run = Self.run(&stages, scores.map { _ in [Square(x: 40, y: 60, side: 50)] }) { _, frame in
      (scores[frame], nil)
    }
    #expect(run.frames.map(\.0) == Array(0..<10) && run.frames.allSatisfy { $0.1 == [1] })
    // The upper half of ten scores: 0.95, 0.9, 0.85, 0.8, 0.75.
    let expected = Double(Float(0.95 + 0.9 + 0.85 + 0.8 + 0.75) / 5)
    #expect(abs((run.verdict.score ?? 0) - expected) < 1e-6)
    #expect(run.verdict.verdict == .likelyManipulated)
    #expect(
      run.verdict.tracks
        == [
          TrackSummary(
            track: 1, firstFrame: 0, lastFrame: 9, frames: 10, framesCounted: 10, score: run.verdict.score,
            medianAlignedSize: 105, notCounted: nil)
        ])
  }

  @Test func tracksThatDoNotCountSayWhy() throws {
    var stages = try Self.makeStages()
    // Two faces side by side for six frames: the left one's faces are all unconfirmed, the
    // right one has only two counted frames (the model needs three).
    let squares = [Square(x: 20, y: 60, side: 50), Square(x: 200, y: 60, side: 50)]
    let run = Self.run(&stages, Array(repeating: squares, count: 6)) { face, frame in
      face.box.left < 100 ? (0.9, .unconfirmed) : (0.8, frame < 2 ? nil : .notSkin)
    }
    let tracks = try #require(run.verdict.tracks)
    #expect(tracks.map(\.track) == [1, 2])
    #expect(tracks[0].notCounted == .unconfirmed && tracks[0].score == nil && tracks[0].framesCounted == 0)
    #expect(tracks[1].notCounted == .tooFewFrames && tracks[1].score == nil && tracks[1].framesCounted == 2)
    #expect(run.verdict.score == nil && run.verdict.verdict == .inconclusive)
  }

  @Test func aDiscardedFindNeverReachesTheRecordsOrTheVerdict() throws {
    var stages = try Self.makeStages()
    let frames: [[Square]] = (0..<8).map { index in
      [Square(x: 40, y: 60, side: 50, value: index == 0 ? ScriptedFaceWorld.visible : ScriptedFaceWorld.hidden)]
    }
    let run = Self.run(&stages, frames) { _, _ in (0.9, nil) }
    #expect(run.frames.map(\.0) == Array(0..<8) && run.frames.allSatisfy { $0.1.isEmpty })
    #expect(run.verdict.tracks == [] && run.verdict.verdict == .noFace && run.verdict.framesWithFace == 0)
  }

  @Test func withoutScoresTracksAreListedUnjudged() throws {
    var stages = try Self.makeStages(scored: false)
    let run = Self.run(&stages, Array(repeating: [Square(x: 40, y: 60, side: 50)], count: 6)) { _, _ in (nil, nil) }
    let track = try #require(run.verdict.tracks?.first)
    #expect(track.frames == 6 && track.framesCounted == 0 && track.score == nil && track.notCounted == nil)
    #expect(run.verdict.verdict == nil && run.verdict.framesWithFace == 6)
  }

  @Test func nothingDecodedHasNoVerdict() throws {
    let stages = try Self.makeStages()
    #expect(stages.verdict(framesDecoded: 0) == VideoVerdict(framesWithFace: 0, score: nil, verdict: nil))
  }
}
