import Foundation

/// How the face network's reading and the cue model's score make one score: a logistic
/// regression over their two logits, fitted by `Scripts/fit-fusion.py` on held-out training folds.
///
/// The fused score keeps the cue model's explanation: its bias and every cue's contribution are
/// scaled by `cueWeight`, and the network adds one entry, so bias + Σ contribution is still the logit.
public struct ScoreFusion: Sendable, Equatable {
  /// The network's entry among a face's cues.
  public static var networkCueName: String { SeamCues.faceNetwork.name }

  /// Names the fused model (the fit, its network and its cue model) wherever its error rates are quoted.
  public let version: String
  public let bias: Float
  public let cueWeight: Float
  public let networkWeight: Float

  public init(version: String, bias: Float, cueWeight: Float, networkWeight: Float) {
    precondition([bias, cueWeight, networkWeight].allSatisfy(\.isFinite), "fusion weights must be finite")
    self.version = version
    self.bias = bias
    self.cueWeight = cueWeight
    self.networkWeight = networkWeight
  }

  /// `σ(bias + cueWeight · cue logit + networkWeight · network logit)`, explained.
  public func fuse(_ cues: SeamScore, networkProbability: Float) -> SeamScore {
    let networkLogit = Self.logit(networkProbability)
    let networkContribution = networkWeight * networkLogit
    let fusedBias = bias + cueWeight * cues.bias
    let scaled = cues.contributions.map {
      CueContribution(
        name: $0.name, value: $0.value, standardized: $0.standardized, contribution: cueWeight * $0.contribution)
    }
    let logit = fusedBias + scaled.reduce(0) { $0 + $1.contribution } + networkContribution
    return SeamScore(
      probability: SeamScorer.sigmoid(logit), logit: logit, bias: fusedBias,
      contributions: scaled + [
        CueContribution(
          name: Self.networkCueName, value: networkProbability, standardized: networkLogit,
          contribution: networkContribution)
      ],
      unmeasuredCues: cues.unmeasuredCues, modelVersion: cues.modelVersion)
  }

  /// The network ends in a sigmoid, which reaches 0 and 1 in Float: keep its logit finite.
  static func logit(_ probability: Float) -> Float {
    let p = min(max(probability, 1e-6), 1 - 1e-6)
    return Float(log(Double(p) / Double(1 - p)))
  }
}
