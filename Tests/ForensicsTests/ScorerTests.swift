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
    let score = scorer.score(
      cues(["spatial.interiorSmoothness": 0.6, "temporal.interiorFlicker": 0.3, "spatial.chroma.ring0.9": 1]))
    let z: [Float] = [(0.6 - 0.1) / 0.5, (0.3 + 0.2) / 0.25, (1 - 4) / 2]
    let expected = zip(z, weights.weights).map { $0 * $1 }
    #expect(zip(score.contributions.map(\.contribution), expected).allSatisfy { abs($0 - $1) < 1e-6 })
    #expect(abs(score.bias + score.contributions.reduce(0) { $0 + $1.contribution } - score.logit) < 1e-6)
    #expect(abs(score.logit - (-0.3 + 1.5 - 1.5 - 0.75)) < 1e-5)
    #expect(abs(score.probability - 1 / (1 + 2.857651)) < 1e-5)  // σ(−1.05)
    #expect(score.unmeasuredCues.isEmpty)
    #expect(score.modelVersion == "test-1")
    #expect(
      score.strongestContributions.map(\.name) == [
        "spatial.interiorSmoothness", "temporal.interiorFlicker", "spatial.chroma.ring0.9",
      ])
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
    #expect(throws: SeamScorer.ModelError.invalidStandardDeviation("spatial.chroma.ring0.9")) {
      try SeamScorer(weights: flat)
    }
    var twice = weights
    twice.cueNames[2] = twice.cueNames[0]
    #expect(throws: SeamScorer.ModelError.duplicateCue("spatial.interiorSmoothness")) { try SeamScorer(weights: twice) }
    let empty = ScorerWeights(version: "x", cueNames: [], means: [], standardDeviations: [], weights: [], bias: 0)
    #expect(throws: SeamScorer.ModelError.empty) { try SeamScorer(weights: empty) }
  }
}
