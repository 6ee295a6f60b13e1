/// A standardised logistic-regression model over named cues.
///
/// logit = bias + Σᵢ weightᵢ · (cueᵢ − meanᵢ) / standardDeviationᵢ.
/// `Scripts/train-scorer.py` writes the trained ones as Swift source
/// (`Sources/SeamScanForensics/Scoring/TrainedModel.swift`); tests build their own by hand.
public struct ScorerWeights: Sendable, Equatable {
  /// Identifies the training run, reported with every score.
  public var version: String
  /// Names from ``SeamCues/names``; the model may use any subset, in any order.
  public var cueNames: [String]
  public var means: [Float]
  public var standardDeviations: [Float]
  public var weights: [Float]
  public var bias: Float

  public init(
    version: String, cueNames: [String], means: [Float], standardDeviations: [Float],
    weights: [Float], bias: Float
  ) {
    self.version = version
    self.cueNames = cueNames
    self.means = means
    self.standardDeviations = standardDeviations
    self.weights = weights
    self.bias = bias
  }
}
