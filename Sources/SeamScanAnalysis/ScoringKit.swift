import SeamScanForensics
import SeamScanMedia
import SeamScanRecords

/// The trained scorers and how their per-frame scores become a verdict.
///
/// Videos and stills have a model each: a still has no previous frame, so its
/// model is fitted on spatial cues alone and its thresholds on real photos.
public struct ScoringKit: Sendable {
  /// One way of judging an input: its scorer, how the face network joins it, its cut-offs,
  /// and how many cascade detections a face needs before its score counts.
  public struct Mode: Sendable {
    public let scorer: SeamScorer
    /// Nil when the face network is off: the cue model's score is the score.
    public let fusion: ScoreFusion?
    public let thresholds: VerdictThresholds
    public let requiredConfirmations: Int

    public init(scorer: SeamScorer, fusion: ScoreFusion?, thresholds: VerdictThresholds, requiredConfirmations: Int) {
      self.scorer = scorer
      self.fusion = fusion
      self.thresholds = thresholds
      self.requiredConfirmations = requiredConfirmations
    }
  }

  public let video: Mode
  public let still: Mode
  public let aggregation: ScoreAggregation
  /// The learned face model; nil when it is off.
  public let network: FaceNetworkKit?

  public init(video: Mode, still: Mode, aggregation: ScoreAggregation, network: FaceNetworkKit?) {
    self.video = video
    self.still = still
    self.aggregation = aggregation
    self.network = network
  }

  /// The models `Scripts/train-scorer.py` generated (Sources/SeamScanForensics/Scoring/TrainedModel.swift),
  /// fused with `network` as `Scripts/fit-fusion.py` fitted them (TrainedFusion.swift), or alone without it.
  public static func trained(network: FaceNetworkKit?) throws -> ScoringKit {
    let fused = network != nil
    return ScoringKit(
      video: Mode(
        scorer: try SeamScorer(weights: .trained), fusion: fused ? .trainedVideo : nil,
        thresholds: fused ? .fusedVideo : .trained, requiredConfirmations: 2),
      still: Mode(
        scorer: try SeamScorer(weights: .trainedStill), fusion: fused ? .trainedStill : nil,
        thresholds: fused ? .fusedStill : .trainedStill, requiredConfirmations: 1),
      aggregation: .trained, network: network)
  }

  /// The still model judges a single picture, the video model everything else.
  static func model(for info: MediaInfo) -> ScoringModel { info.isStill ? .still : .video }

  func mode(_ model: ScoringModel) -> Mode { model == .still ? still : video }

  /// The models and cut-offs for the record's `options`.
  var scoringOptions: ScoringOptions {
    func modeOptions(_ mode: Mode) -> ScoringModeOptions {
      ScoringModeOptions(
        model: mode.scorer.weights.version, noEvidenceBelow: Double(mode.thresholds.likelyRealBelow),
        likelyManipulatedFrom: Double(mode.thresholds.likelyManipulatedFrom),
        minimumFrames: mode.thresholds.minimumFrames, requiredConfirmations: mode.requiredConfirmations,
        fusion: mode.fusion.map {
          FusionOptions(
            version: $0.version, bias: Double($0.bias), cueWeight: Double($0.cueWeight),
            networkWeight: Double($0.networkWeight))
        })
    }
    return ScoringOptions(
      cues: SeamCues.version, video: modeOptions(video), still: modeOptions(still),
      aggregation: aggregation, minimumConfidence: FacePlausibility.minimumConfidence,
      network: network.map { .on(NetworkOptions(every: $0.every, inputSide: $0.network.input.shape.width)) } ?? .off)
  }
}
