import Foundation

/// One cue's share of a score.
public struct CueContribution: Sendable, Equatable {
  public let name: String
  public let value: Float
  /// (value − mean) / standard deviation; 0 when the cue was not measured.
  public let standardized: Float
  /// weight × standardized: how far this cue moved the logit.
  public let contribution: Float
}

/// A face's manipulation score with its explanation.
public struct SeamScore: Sendable {
  /// σ(logit), in [0, 1]; higher means more likely manipulated.
  public let probability: Float
  public let logit: Float
  public let bias: Float
  /// One entry per model cue, in model order; bias + Σ contribution = logit.
  public let contributions: [CueContribution]
  /// Model cues that were NaN in this frame and so contributed nothing.
  public let unmeasuredCues: [String]
  public let modelVersion: String

  /// Contributions by decreasing |contribution|: what an analyst reads first.
  public var strongestContributions: [CueContribution] {
    contributions.enumerated()
      .sorted {
        abs($0.element.contribution) != abs($1.element.contribution)
          ? abs($0.element.contribution) > abs($1.element.contribution) : $0.offset < $1.offset
      }
      .map(\.element)
  }
}

/// Scores cue vectors with a standardised logistic regression.
public struct SeamScorer: Sendable {
  public enum ModelError: Error, Equatable {
    case empty
    case lengthMismatch
    case unknownCue(String)
    case duplicateCue(String)
    case invalidStandardDeviation(String)
    case nonFiniteParameter(String)
  }

  public let weights: ScorerWeights
  private let cueIndices: [Int]

  public init(weights: ScorerWeights) throws(ModelError) {
    let n = weights.cueNames.count
    guard n > 0 else { throw .empty }
    guard weights.means.count == n, weights.standardDeviations.count == n, weights.weights.count == n else {
      throw .lengthMismatch
    }
    guard weights.bias.isFinite else { throw .nonFiniteParameter("bias") }
    var indices: [Int] = []
    for (i, name) in weights.cueNames.enumerated() {
      guard let index = SeamCues.index(of: name) else { throw .unknownCue(name) }
      guard !indices.contains(index) else { throw .duplicateCue(name) }
      guard weights.standardDeviations[i].isFinite, weights.standardDeviations[i] > 0 else {
        throw .invalidStandardDeviation(name)
      }
      guard weights.means[i].isFinite, weights.weights[i].isFinite else { throw .nonFiniteParameter(name) }
      indices.append(index)
    }
    self.weights = weights
    self.cueIndices = indices
  }

  public func score(_ cues: SeamCueVector) -> SeamScore {
    var contributions: [CueContribution] = []
    var unmeasured: [String] = []
    var logit = weights.bias
    for (i, index) in cueIndices.enumerated() {
      let value = cues.values[index]
      let name = weights.cueNames[i]
      var z: Float = 0
      if value.isFinite {
        z = (value - weights.means[i]) / weights.standardDeviations[i]
      } else {
        unmeasured.append(name)
      }
      let contribution = weights.weights[i] * z
      logit += contribution
      contributions.append(CueContribution(name: name, value: value, standardized: z, contribution: contribution))
    }
    return SeamScore(
      probability: Self.sigmoid(logit), logit: logit, bias: weights.bias,
      contributions: contributions, unmeasuredCues: unmeasured, modelVersion: weights.version)
  }

  static func sigmoid(_ x: Float) -> Float {
    x >= 0 ? 1 / (1 + Float(exp(Double(-x)))) : Float(exp(Double(x))) / (1 + Float(exp(Double(x))))
  }
}
