import Foundation
import Testing

@testable import SeamScanRecords

/// Schema 2: the summary records each track's result and the model that judged, the aggregation
/// is a coded value, and records of schema 1 stay readable.
@Suite struct SchemaTwoTests {
  static let scoring = ScoringOptions(
    cues: "seam-cues-2",
    video: ScoringModeOptions(
      model: "v", noEvidenceBelow: 0.4, likelyManipulatedFrom: 0.7, minimumFrames: 2, requiredConfirmations: 2,
      fusion: nil),
    still: ScoringModeOptions(
      model: "s", noEvidenceBelow: 0.3, likelyManipulatedFrom: 0.8, minimumFrames: 1, requiredConfirmations: 1,
      fusion: nil),
    aggregation: .upperMean(fraction: 0.5), minimumConfidence: 0.3, network: .off)

  static var video: VideoRecord {
    var video = RecordCodingTests.video
    video.options.scoring = .on(scoring)
    return video
  }

  static func frame(_ index: Int, score: Double?) -> FrameRecord {
    let evidence = FaceEvidence(alignedSize: 90, score: score, excluded: nil, bias: nil, cues: nil)
    return FrameRecord(
      frame: index, pts: nil, ptsTime: Double(index) / 25, keyFrame: 0, pictType: "P", analysed: true,
      faces: [
        FaceRecord(track: 1, box: [1, 2, 3, 4], confidence: 1, source: .tracked, landmarks: nil, evidence: evidence)
      ],
      score: score)
  }

  static func summary(score: Double?, model: ScoringModel?, tracks: [TrackSummary]?) -> SummaryRecord {
    SummaryRecord(
      path: "clip.mp4", sha256: String(repeating: "a", count: 64), framesDecoded: 2, framesAnalysed: 2,
      decodeErrors: 0, truncated: false, framesWithFace: 2, score: score, verdict: .likelyManipulated, reason: nil,
      sceneCuts: [], model: model, tracks: tracks,
      timing: Timing(started: nil, wallSeconds: 1, fps: 2, threads: 1, decoderThreads: 1))
  }

  static let track = TrackSummary(
    track: 1, firstFrame: 0, lastFrame: 1, frames: 2, framesCounted: 2, score: 0.9, medianAlignedSize: 90,
    notCounted: nil)

  static func problems(_ summary: SummaryRecord, video: VideoRecord = video) -> [String] {
    var checked = video
    checked.sha256 = String(repeating: "b", count: 64)
    return RecordsCheck.problems(
      in: [.video(checked), .frame(frame(0, score: 0.9)), .frame(frame(1, score: 0.9)), .summary(summary)])
  }

  @Test func theAggregationIsACodedValue() throws {
    let line = try #require(
      String(data: try JSONEncoder().encode(ScoreAggregation.upperMean(fraction: 0.5)), encoding: .utf8))
    #expect(line.contains(#""method":"upper_mean""#) && line.contains(#""fraction":0.5"#))
    #expect(Self.video.line.contains(#""aggregation":{"method":"upper_mean","fraction":0.5}"#))
    for aggregation in [ScoreAggregation.mean, .trimmedMean(fraction: 0.1), .upperMean(fraction: 0.25)] {
      #expect(try JSONDecoder().decode(ScoreAggregation.self, from: JSONEncoder().encode(aggregation)) == aggregation)
    }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(ScoreAggregation.self, from: Data(#"{"method":"mean","fraction":0.5}"#.utf8))
    }
  }

  @Test func schemaOneAggregationTextIsKeptAsWritten() throws {
    let old = Self.video.line.replacingOccurrences(
      of: #"{"method":"upper_mean","fraction":0.5}"#, with: #""upperMean(fraction: 0.5)""#)
    guard case .video(let read) = try RecordReader.record(fromLine: old) else {
      Issue.record("not read as a video record")
      return
    }
    let scoring = try #require(read.options.scoring.settings)
    #expect(scoring.aggregation == nil && scoring.aggregationText == "upperMean(fraction: 0.5)")
    #expect(read.line == old)
  }

  @Test func aConsistentSummaryPasses() {
    #expect(Self.problems(Self.summary(score: 0.9, model: .video, tracks: [Self.track])) == [])
  }

  @Test func tracksMustAccountForTheFramesFaces() {
    var short = Self.track
    short.frames = 1
    short.framesCounted = 1
    #expect(
      Self.problems(Self.summary(score: 0.9, model: .video, tracks: [short])).contains {
        $0.contains("tracks do not account")
      })
  }

  @Test func theVideoScoreIsTheHighestTrackScore() {
    #expect(
      Self.problems(Self.summary(score: 0.8, model: .video, tracks: [Self.track])).contains {
        $0.contains("not the highest track score")
      })
  }

  @Test func aScoredTrackHasAScoreOrAReasonNotBoth() {
    var both = Self.track
    both.notCounted = .tooFewFrames
    #expect(
      Self.problems(Self.summary(score: 0.9, model: .video, tracks: [both])).contains { $0.contains("not both") })
  }

  @Test func theVerdictIsCheckedAgainstTheModelTheSummaryNames() {
    // 0.75 is manipulated by the video model's cut-offs (0.7) but not by the still model's (0.8).
    var track = Self.track
    track.score = 0.75
    #expect(Self.problems(Self.summary(score: 0.75, model: .video, tracks: [track])) == [])
    #expect(
      Self.problems(Self.summary(score: 0.75, model: .still, tracks: [track])).contains { $0.contains("contradicts") })
  }

  @Test func schemaOneFilesWithoutTracksOrModelPass() {
    var video = Self.video
    video.schema = ToolIdentity.previousSchema
    video.options.scoring = .on(
      {
        var scoring = Self.scoring
        scoring.aggregation = nil
        scoring.aggregationText = "upperMean(fraction: 0.5)"
        return scoring
      }())
    #expect(Self.problems(Self.summary(score: 0.9, model: nil, tracks: nil), video: video) == [])
    #expect(
      Self.problems(Self.summary(score: 0.9, model: nil, tracks: nil)).contains {
        $0.contains("without a score and the thresholds")
      })
  }
}
