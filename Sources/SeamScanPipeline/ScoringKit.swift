import SeamScanForensics

/// The trained scorer and how its per-frame scores become a verdict.
public struct ScoringKit: Sendable {
  public let scorer: SeamScorer
  public let thresholds: VerdictThresholds
  public let aggregation: ScoreAggregation

  public init(scorer: SeamScorer, thresholds: VerdictThresholds, aggregation: ScoreAggregation) {
    self.scorer = scorer
    self.thresholds = thresholds
    self.aggregation = aggregation
  }

  /// The model `Scripts/train-scorer` generated (Sources/SeamScanForensics/Scoring/TrainedModel.swift).
  public static func trained() throws -> ScoringKit {
    ScoringKit(scorer: try SeamScorer(weights: .trained), thresholds: .trained, aggregation: .trained)
  }

  /// The words of the record contract for a verdict.
  static func label(_ verdict: SeamVerdict, framesWithFace: Int) -> String {
    if framesWithFace == 0 { return "no face" }
    switch verdict {
    case .likelyManipulated: return "likely manipulated"
    case .likelyReal: return "no evidence found"
    case .inconclusive, .insufficientEvidence: return "inconclusive"
    }
  }

  var optionsJSON: JSONObject {
    JSONObject([
      "model": .string(scorer.weights.version),
      "cues": .string(SeamCues.version),
      "no_evidence_below": .double(Double(thresholds.likelyRealBelow)),
      "likely_manipulated_from": .double(Double(thresholds.likelyManipulatedFrom)),
      "minimum_frames": .int(thresholds.minimumFrames),
      "aggregation": .string(String(describing: aggregation)),
    ])
  }
}
