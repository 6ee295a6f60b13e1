import Foundation
import SeamScanRecords
import Testing

@testable import SeamScanReport

/// What the report computes from the records agrees with what the scan recorded: the lead track's
/// score is the summary's score, and every face's formula gives its recorded score.
@Suite struct ScoringConsistencyTests {
  @Test func theLeadTrackScoreIsTheVideoScore() throws {
    let folder = try SampleScans.withLandmarks.get()
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".jsonl") {
      let input = try InputRecords.read(folder.appendingPathComponent(name))
      let video = try #require(input.video)
      let scoring = try #require(video.options.scoring.settings)
      let aggregation = try #require(TrackStats.aggregation(named: scoring.aggregation))
      let tracks = TrackStats.tracks(
        in: input.frames, aggregation: aggregation, minimumFrames: try #require(input.video?.scoringMode).minimumFrames)
      let best = tracks.compactMap(\.score).max()
      let recorded = try #require(input.summary).score
      #expect(best != nil && recorded != nil, "\(name)")
      if let best, let recorded { #expect(abs(best - recorded) < 1e-5, "\(name): \(best) against \(recorded)") }
    }
  }

  @Test func everyFormulaGivesTheRecordedScore() throws {
    let input = try InputRecords.read(
      try SampleScans.output(for: "astronaut-pan-selfblend.mp4", in: try SampleScans.withLandmarks.get()))
    var faces = 0
    for face in input.frames.flatMap(\.faces) {
      guard let evidence = face.evidence, let score = evidence.score, let bias = evidence.bias else { continue }
      let sum = (evidence.cues?.entries ?? []).reduce(0) { $0 + ($1.contribution ?? 0) }
      #expect(abs(1 / (1 + exp(-(bias + sum))) - score) < 1e-4)
      faces += 1
    }
    #expect(faces >= 22, "the network reads every fourth frame of the 100-frame track")
  }

  @Test func aggregationNamesAreRead() {
    #expect(TrackStats.aggregation(named: "upperMean(fraction: 0.5)") == .upperMean(fraction: 0.5))
    #expect(TrackStats.aggregation(named: "trimmedMean(fraction: 0.1)") == .trimmedMean(fraction: 0.1))
    #expect(TrackStats.aggregation(named: "mean") == .mean)
    #expect(TrackStats.aggregation(named: "median") == nil)
  }
}
