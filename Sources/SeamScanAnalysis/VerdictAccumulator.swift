import SeamScanForensics
import SeamScanRecords

/// The last stage: gathers per-frame findings, scores each track and judges the whole input.
struct VerdictAccumulator {
  /// The model that judges and how track scores are aggregated; nil without scores: the
  /// verdict then only says whether a face was seen.
  let scoring: (mode: ScoringKit.Mode, aggregation: ScoreAggregation)?
  private(set) var framesWithFace = 0
  /// Tracks by number, as the records number them.
  private var tracks: [Int: TrackTally] = [:]
  /// Scored faces, and how many of them failed the fit or skin test.
  private var scoredFaces = 0
  private var implausibleFaces = 0
  private var alignedSizes: [Int] = []

  /// Median aligned size (full-resolution pixels) below which faces are too small for most cues.
  static let smallFaceSize = 64

  /// One track's faces as they arrive.
  private struct TrackTally {
    var firstFrame: Int
    var lastFrame: Int
    var frames = 0
    var countedScores: [Float] = []
    var exclusions: [FaceExclusion: Int] = [:]
    var alignedSizes: [Int] = []
  }

  init(scoring: (mode: ScoringKit.Mode, aggregation: ScoreAggregation)?) {
    self.scoring = scoring
  }

  mutating func add(_ findings: FrameFindings, frame: Int) {
    if !findings.faces.isEmpty { framesWithFace += 1 }
    for face in findings.faces {
      var tally = tracks[face.face.track] ?? TrackTally(firstFrame: frame, lastFrame: frame)
      tally.lastFrame = frame
      tally.frames += 1
      if let size = face.alignedSize { tally.alignedSizes.append(size) }
      if let score = face.score {
        scoredFaces += 1
        if let size = face.alignedSize { alignedSizes.append(size) }
        switch face.exclusion {
        case nil: tally.countedScores.append(score.probability)
        case .unconfirmed?: tally.exclusions[.unconfirmed, default: 0] += 1
        case let exclusion?:
          implausibleFaces += 1
          tally.exclusions[exclusion, default: 0] += 1
        }
      }
      tracks[face.face.track] = tally
    }
  }

  /// The input is judged by its most suspicious track with enough counted frames.
  func verdict() -> VideoVerdict {
    guard let scoring else {
      return VideoVerdict(
        framesWithFace: framesWithFace, score: nil, verdict: framesWithFace == 0 ? .noFace : nil,
        tracks: trackSummaries(scores: [:], minimumFrames: nil))
    }
    let thresholds = scoring.mode.thresholds
    let summaries = tracks.mapValues {
      ScoreSummary(scores: $0.countedScores, aggregation: scoring.aggregation, thresholds: thresholds)
    }
    let summary = ScoreSummary(tracks: tracks.keys.sorted().compactMap { summaries[$0] }, thresholds: thresholds)
    let verdict = Self.verdict(summary.verdict, framesWithFace: framesWithFace)
    return VideoVerdict(
      framesWithFace: framesWithFace, score: summary.score.map { Double($0) }, verdict: verdict,
      reason: verdict == .inconclusive ? inconclusiveReason(summary) : nil,
      tracks: trackSummaries(scores: summaries, minimumFrames: thresholds.minimumFrames))
  }

  /// Each track's result; `minimumFrames` is nil when nothing was scored.
  private func trackSummaries(scores: [Int: ScoreSummary], minimumFrames: Int?) -> [TrackSummary] {
    tracks.keys.sorted().map { number in
      let tally = tracks[number]!
      // Counts exactly where the verdict weighs it (``ScoreSummary/init(tracks:thresholds:)``).
      let score = scores[number].flatMap { summary in
        minimumFrames.flatMap { summary.frameCount >= $0 ? summary.score.map { Double($0) } : nil }
      }
      var reason: TrackExclusion?
      if minimumFrames != nil, score == nil {
        reason = tally.countedScores.isEmpty ? Self.commonest(tally.exclusions).map(TrackExclusion.init) : nil
        reason = reason ?? .tooFewFrames
      }
      let sizes = tally.alignedSizes.sorted()
      return TrackSummary(
        track: number, firstFrame: tally.firstFrame, lastFrame: tally.lastFrame, frames: tally.frames,
        framesCounted: tally.countedScores.count, score: score,
        medianAlignedSize: sizes.isEmpty ? nil : sizes[sizes.count / 2], notCounted: reason)
    }
  }

  /// The exclusion that left most faces out; ties go to the first in the vocabulary's order.
  private static func commonest(_ exclusions: [FaceExclusion: Int]) -> FaceExclusion? {
    FaceExclusion.allCases.filter { exclusions[$0] != nil }.max { exclusions[$0]! < exclusions[$1]! }
  }

  /// What an analyst needs to know about an inconclusive verdict.
  private func inconclusiveReason(_ summary: ScoreSummary) -> InconclusiveReason {
    if summary.verdict == .inconclusive { return .scoreBetweenThresholds }
    if scoredFaces == 0 || (alignedSizes.sorted().dropFirst(alignedSizes.count / 2).first ?? 0) < Self.smallFaceSize {
      return .faceTooSmall
    }
    if implausibleFaces * 2 > scoredFaces { return .unstableTrack }
    return .tooFewFrames
  }

  private static func verdict(_ verdict: SeamVerdict, framesWithFace: Int) -> Verdict {
    if framesWithFace == 0 { return .noFace }
    switch verdict {
    case .likelyManipulated: return .likelyManipulated
    case .likelyReal: return .noEvidenceFound
    case .inconclusive, .insufficientEvidence: return .inconclusive
    }
  }
}
