import Testing
@testable import SeamScanForensics

@Suite struct ScorerTests {
  let weights = ScorerWeights(
    version: "test-1",
    cueNames: ["spatial.interiorSmoothness", "temporal.interiorFlicker", "spatial.chroma.ring0.9"],
    means: [0.1, -0.2, 4],
    standardDeviations: [0.5, 0.25, 2],
    weights: [1.5, -0.75, 0.5],
    bias: -0.3)

  func cues(_ assignments: [String: Float]) -> SeamCueVector {
    var vector = SeamCueVector.unmeasured
    for (name, value) in assignments { vector.values[SeamCues.index(of: name)!] = value }
    return vector
  }

  @Test func contributionsSumToTheLogit() throws {
    let scorer = try SeamScorer(weights: weights)
    let score = scorer.score(cues(["spatial.interiorSmoothness": 0.6, "temporal.interiorFlicker": 0.3, "spatial.chroma.ring0.9": 1]))
    let z: [Float] = [(0.6 - 0.1) / 0.5, (0.3 + 0.2) / 0.25, (1 - 4) / 2]
    let expected = zip(z, weights.weights).map { $0 * $1 }
    #expect(zip(score.contributions.map(\.contribution), expected).allSatisfy { abs($0 - $1) < 1e-6 })
    #expect(abs(score.bias + score.contributions.reduce(0) { $0 + $1.contribution } - score.logit) < 1e-6)
    #expect(abs(score.logit - (-0.3 + 1.5 - 1.5 - 0.75)) < 1e-5)
    #expect(abs(score.probability - 1 / (1 + 2.857651)) < 1e-5)  // σ(−1.05)
    #expect(score.unmeasuredCues.isEmpty)
    #expect(score.modelVersion == "test-1")
    #expect(score.strongestContributions.map(\.name) == ["spatial.interiorSmoothness", "temporal.interiorFlicker", "spatial.chroma.ring0.9"])
  }

  @Test func unmeasuredCuesContributeNothing() throws {
    let score = try SeamScorer(weights: weights).score(cues(["spatial.interiorSmoothness": 0.1]))
    #expect(score.contributions.allSatisfy { $0.contribution == 0 })
    #expect(score.logit == -0.3)
    #expect(score.unmeasuredCues == ["temporal.interiorFlicker", "spatial.chroma.ring0.9"])
  }

  @Test func probabilityIsASigmoidInZeroOne() {
    #expect(SeamScorer.sigmoid(0) == 0.5)
    #expect(SeamScorer.sigmoid(-200) >= 0 && SeamScorer.sigmoid(-200) < 1e-30)
    #expect(SeamScorer.sigmoid(200) == 1)
    #expect(abs(SeamScorer.sigmoid(2) + SeamScorer.sigmoid(-2) - 1) < 1e-6)
  }

  @Test func rejectsMalformedModels() {
    var unknown = weights
    unknown.cueNames[1] = "spatial.nonsense"
    #expect(throws: SeamScorer.ModelError.unknownCue("spatial.nonsense")) { try SeamScorer(weights: unknown) }
    var short = weights
    short.weights.removeLast()
    #expect(throws: SeamScorer.ModelError.lengthMismatch) { try SeamScorer(weights: short) }
    var flat = weights
    flat.standardDeviations[2] = 0
    #expect(throws: SeamScorer.ModelError.invalidStandardDeviation("spatial.chroma.ring0.9")) { try SeamScorer(weights: flat) }
    var twice = weights
    twice.cueNames[2] = twice.cueNames[0]
    #expect(throws: SeamScorer.ModelError.duplicateCue("spatial.interiorSmoothness")) { try SeamScorer(weights: twice) }
    let empty = ScorerWeights(version: "x", cueNames: [], means: [], standardDeviations: [], weights: [], bias: 0)
    #expect(throws: SeamScorer.ModelError.empty) { try SeamScorer(weights: empty) }
  }

  @Test func generatedSourceCarriesEveryParameter() {
    let source = weights.swiftSource()
    #expect(source.contains("public static let trained = ScorerWeights("))
    #expect(source.contains("version: \"test-1\""))
    #expect(source.contains("\"temporal.interiorFlicker\","))
    #expect(source.contains("weights: [1.5, -0.75, 0.5]"))
    #expect(source.contains("bias: -0.3)"))
  }
}

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
