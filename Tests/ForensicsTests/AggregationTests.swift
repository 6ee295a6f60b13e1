import SeamScanRecords
import Testing

@testable import SeamScanForensics

@Suite struct AggregationTests {
  let scores: [Float] = [0.1, 0.9, 0.2, 0.3, 0.95, .nan, 0.4, 0.5, 0.6, 0.7, 0.8]

  @Test func aggregationsOverFiniteScores() {
    #expect(abs(ScoreAggregation.mean.aggregate(scores)! - 0.545) < 1e-6)
    // Ten scores, 10% trimmed at each end: 0.1 and 0.95 go.
    #expect(abs(ScoreAggregation.trimmedMean(fraction: 0.1).aggregate(scores)! - 0.55) < 1e-6)
    // Top 30% of ten: 0.95, 0.9, 0.8.
    #expect(abs(ScoreAggregation.upperMean(fraction: 0.3).aggregate(scores)! - 0.8833333) < 1e-6)
    #expect(ScoreAggregation.mean.aggregate([.nan]) == nil)
    #expect(ScoreAggregation.trimmedMean(fraction: 0.5).aggregate([0.2, 0.4]) == 0.3)
  }

  @Test func verdictThresholds() {
    let t = VerdictThresholds(likelyRealBelow: 0.3, likelyManipulatedFrom: 0.7, minimumFrames: 5)
    #expect(t.verdict(score: 0.29, frameCount: 10) == .likelyReal)
    #expect(t.verdict(score: 0.3, frameCount: 10) == .inconclusive)
    #expect(t.verdict(score: 0.69, frameCount: 10) == .inconclusive)
    #expect(t.verdict(score: 0.7, frameCount: 10) == .likelyManipulated)
    #expect(t.verdict(score: 0.9, frameCount: 4) == .insufficientEvidence)
    #expect(t.verdict(score: nil, frameCount: 40) == .insufficientEvidence)
  }

  @Test func aVideoIsJudgedByItsMostSuspiciousTrack() {
    let t = VerdictThresholds(likelyRealBelow: 0.3, likelyManipulatedFrom: 0.7, minimumFrames: 3)
    let real = ScoreSummary(scores: [0.1, 0.2, 0.1, 0.2], aggregation: .mean, thresholds: t)
    let fake = ScoreSummary(scores: [0.8, 0.9, 0.7], aggregation: .mean, thresholds: t)
    let brief = ScoreSummary(scores: [0.99], aggregation: .mean, thresholds: t)
    #expect(real.verdict == .likelyReal && fake.verdict == .likelyManipulated && brief.verdict == .insufficientEvidence)
    let video = ScoreSummary(tracks: [real, brief, fake], thresholds: t)
    #expect(video.verdict == .likelyManipulated)
    #expect(abs(video.score! - 0.8) < 1e-6)
    #expect(video.frameCount == 8)
    #expect(ScoreSummary(tracks: [brief], thresholds: t).verdict == .insufficientEvidence)
  }
}
