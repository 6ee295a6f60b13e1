import SeamScanForensics
import SeamScanRecords

/// The last stage: gathers per-frame findings and judges the whole input.
struct VerdictAccumulator {
  /// Nil without scores: the verdict then only says whether a face was seen.
  let scoring: (mode: ScoringKit.Mode, aggregation: ScoreAggregation)?
  private(set) var framesWithFace = 0
  private var trackScores: [Int: [Float]] = [:]
  /// Scored faces, and how many of them failed the fit or skin test.
  private var scoredFaces = 0
  private var implausibleFaces = 0
  private var alignedSizes: [Int] = []

  /// Median aligned size (full-resolution pixels) below which faces are too small for most cues.
  static let smallFaceSize = 64

  init(scoring: (mode: ScoringKit.Mode, aggregation: ScoreAggregation)?) {
    self.scoring = scoring
  }

  mutating func add(_ findings: FrameFindings) {
    if !findings.faces.isEmpty { framesWithFace += 1 }
    for face in findings.faces {
      guard let score = face.score else { continue }
      scoredFaces += 1
      if let size = face.alignedSize { alignedSizes.append(size) }
      switch face.exclusion {
      case nil: trackScores[face.face.track, default: []].append(score.probability)
      case .unconfirmed: break
      case .poorFit, .notSkin: implausibleFaces += 1
      }
    }
  }

  /// The input is judged by its most suspicious track with enough counted frames.
  func verdict() -> VideoVerdict {
    guard let scoring else {
      return VideoVerdict(framesWithFace: framesWithFace, score: nil, verdict: framesWithFace == 0 ? .noFace : nil)
    }
    let thresholds = scoring.mode.thresholds
    let tracks = trackScores.keys.sorted().map {
      ScoreSummary(scores: trackScores[$0] ?? [], aggregation: scoring.aggregation, thresholds: thresholds)
    }
    let summary = ScoreSummary(tracks: tracks, thresholds: thresholds)
    let verdict = Self.verdict(summary.verdict, framesWithFace: framesWithFace)
    return VideoVerdict(
      framesWithFace: framesWithFace, score: summary.score.map { Double($0) }, verdict: verdict,
      reason: verdict == .inconclusive ? inconclusiveReason(summary) : nil)
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
