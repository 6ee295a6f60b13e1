import Foundation
import Testing

@testable import SeamScanForensics

@Suite struct ScoreFusionTests {
  private let cueScore = SeamScore(
    probability: SeamScorer.sigmoid(0.7), logit: 0.7, bias: -0.3,
    contributions: [
      CueContribution(name: "spatial.a", value: 2, standardized: 1, contribution: 0.4),
      CueContribution(name: "spatial.b", value: 3, standardized: 0.5, contribution: 0.6),
    ], unmeasuredCues: [], modelVersion: "test")

  @Test func fusedLogitIsTheFittedCombinationAndKeepsItsExplanation() {
    let fusion = ScoreFusion(version: "test", bias: -1.5, cueWeight: 0.5, networkWeight: 2)
    let fused = fusion.fuse(cueScore, networkProbability: 0.8)
    let networkLogit = Float(log(0.8 / 0.2))
    #expect(abs(fused.logit - (-1.5 + 0.5 * 0.7 + 2 * networkLogit)) < 1e-5)
    #expect(abs(fused.probability - SeamScorer.sigmoid(fused.logit)) < 1e-7)
    // bias + Σ contribution is still the logit, with the network as one more entry
    #expect(abs(fused.bias + fused.contributions.reduce(0) { $0 + $1.contribution } - fused.logit) < 1e-5)
    let network = fused.contributions.last
    #expect(network?.name == ScoreFusion.networkCueName)
    #expect(network?.value == 0.8)
    #expect(abs((network?.contribution ?? 0) - 2 * networkLogit) < 1e-5)
    #expect(fused.contributions.first?.contribution == 0.2)
  }

  @Test func aSaturatedNetworkKeepsTheScoreFinite() {
    let fusion = ScoreFusion(version: "test", bias: 0, cueWeight: 1, networkWeight: 1)
    for probability: Float in [0, 1] {
      let fused = fusion.fuse(cueScore, networkProbability: probability)
      #expect(fused.logit.isFinite)
      #expect((0...1).contains(fused.probability))
    }
    #expect(fusion.fuse(cueScore, networkProbability: 1).probability > 0.99)
    #expect(fusion.fuse(cueScore, networkProbability: 0).probability < 0.01)
  }
}
