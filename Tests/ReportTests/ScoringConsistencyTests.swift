import Foundation
import SeamScanForensics
import SeamScanRecords
import Testing

@testable import SeamScanReport

/// What the scan recorded agrees with itself: each track's recorded score is the recorded
/// aggregation of its counted frame scores, the video score is the highest track score, and
/// every face's formula gives its recorded score. The report reads these and computes none.
@Suite struct ScoringConsistencyTests {
  @Test func eachTrackScoreAggregatesItsCountedFrames() throws {
    let folder = try SampleScans.withLandmarks.get()
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".jsonl") {
      let input = try InputRecords.read(folder.appendingPathComponent(name))
      let aggregation = try #require(input.video?.options.scoring.settings?.aggregation)
      let minimumFrames = try #require(input.scoringMode).minimumFrames
      let tracks = try #require(input.summary?.tracks)
      #expect(!tracks.isEmpty, "\(name)")
      for track in tracks {
        let counted = input.frames.flatMap(\.faces).filter { $0.track == track.track }.compactMap { face in
          face.evidence?.excluded == nil ? face.evidence?.score : nil
        }
        #expect(counted.count == track.framesCounted, "\(name), track \(track.track)")
        let expected = counted.count >= minimumFrames ? aggregation.aggregate(counted.map { Float($0) }) : nil
        #expect((expected == nil) == (track.score == nil), "\(name), track \(track.track)")
        if let expected, let score = track.score { #expect(abs(Double(expected) - score) < 1e-5, "\(name)") }
      }
      #expect(tracks.compactMap(\.score).max() == input.summary?.score, "\(name)")
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
}
