import SeamScanForensics
import SeamScanMedia
import SeamScanRecords

/// The trained scorers and how their per-frame scores become a verdict.
///
/// Videos and stills have a model each: a still has no previous frame, so its
/// model is fitted on spatial cues alone and its thresholds on real photos.
public struct ScoringKit: Sendable {
  /// One way of judging an input: its scorer, its cut-offs, and how many cascade
  /// detections a face needs before its score counts.
  public struct Mode: Sendable {
    public let scorer: SeamScorer
    public let thresholds: VerdictThresholds
    public let requiredConfirmations: Int

    public init(scorer: SeamScorer, thresholds: VerdictThresholds, requiredConfirmations: Int) {
      self.scorer = scorer
      self.thresholds = thresholds
      self.requiredConfirmations = requiredConfirmations
    }
  }

  public let video: Mode
  public let still: Mode
  public let aggregation: ScoreAggregation

  public init(video: Mode, still: Mode, aggregation: ScoreAggregation) {
    self.video = video
    self.still = still
    self.aggregation = aggregation
  }

  /// The models `Scripts/train-scorer` generated (Sources/SeamScanForensics/Scoring/TrainedModel.swift).
  public static func trained() throws -> ScoringKit {
    ScoringKit(
      video: Mode(scorer: try SeamScorer(weights: .trained), thresholds: .trained, requiredConfirmations: 2),
      still: Mode(scorer: try SeamScorer(weights: .trainedStill), thresholds: .trainedStill, requiredConfirmations: 1),
      aggregation: .trained)
  }

  func mode(for info: MediaInfo) -> Mode { info.isStill ? still : video }

  /// The models and cut-offs for the record's `options`.
  var scoringOptions: ScoringOptions {
    func modeOptions(_ mode: Mode) -> ScoringModeOptions {
      ScoringModeOptions(
        model: mode.scorer.weights.version, noEvidenceBelow: Double(mode.thresholds.likelyRealBelow),
        likelyManipulatedFrom: Double(mode.thresholds.likelyManipulatedFrom),
        minimumFrames: mode.thresholds.minimumFrames, requiredConfirmations: mode.requiredConfirmations)
    }
    return ScoringOptions(
      cues: SeamCues.version, video: modeOptions(video), still: modeOptions(still),
      aggregation: String(describing: aggregation), minimumConfidence: FacePlausibility.minimumConfidence)
  }
}
