import SeamScanRecords

extension ScoreAggregation {
  /// The aggregate of the finite scores, or nil when there are none.
  public func aggregate(_ scores: [Float]) -> Float? {
    let sorted = scores.filter(\.isFinite).sorted()
    guard !sorted.isEmpty else { return nil }
    let n = sorted.count
    let kept: ArraySlice<Float>
    switch self {
    case .mean:
      kept = sorted[...]
    case .trimmedMean(let fraction):
      let drop = min(Int(Float(n) * min(max(Float(fraction), 0), 0.5)), (n - 1) / 2)
      kept = sorted[drop..<(n - drop)]
    case .upperMean(let fraction):
      let keep = max(1, Int((Float(n) * min(max(Float(fraction), 0), 1)).rounded(.up)))
      kept = sorted[(n - keep)...]
    }
    return Float(kept.reduce(0.0) { $0 + Double($1) } / Double(kept.count))
  }
}

/// What an analyst is told about a track or a video.
public enum SeamVerdict: String, Sendable, Equatable, CaseIterable {
  /// Too few scored frames to say anything.
  case insufficientEvidence
  case likelyReal
  case inconclusive
  case likelyManipulated
}

/// Score cut-offs for verdicts. Scores below `likelyRealBelow` read as real,
/// scores at or above `likelyManipulatedFrom` as manipulated, the rest inconclusive.
public struct VerdictThresholds: Sendable, Equatable {
  public var likelyRealBelow: Float
  public var likelyManipulatedFrom: Float
  public var minimumFrames: Int

  public init(likelyRealBelow: Float, likelyManipulatedFrom: Float, minimumFrames: Int) {
    precondition(likelyRealBelow <= likelyManipulatedFrom, "thresholds must be ordered")
    self.likelyRealBelow = likelyRealBelow
    self.likelyManipulatedFrom = likelyManipulatedFrom
    self.minimumFrames = minimumFrames
  }

  public func verdict(score: Float?, frameCount: Int) -> SeamVerdict {
    guard let score, frameCount >= minimumFrames else { return .insufficientEvidence }
    if score >= likelyManipulatedFrom { return .likelyManipulated }
    return score < likelyRealBelow ? .likelyReal : .inconclusive
  }
}

/// A track's or a video's aggregate score and verdict.
public struct ScoreSummary: Sendable, Equatable {
  public let frameCount: Int
  public let score: Float?
  public let verdict: SeamVerdict

  /// Summarises one track's per-frame scores.
  public init(scores: [Float], aggregation: ScoreAggregation, thresholds: VerdictThresholds) {
    let finite = scores.filter(\.isFinite)
    let score = aggregation.aggregate(finite)
    self.frameCount = finite.count
    self.score = score
    self.verdict = thresholds.verdict(score: score, frameCount: finite.count)
  }

  /// A video is judged by its most suspicious track that has enough frames:
  /// one pasted face is enough for a manipulated video.
  public init(tracks: [ScoreSummary], thresholds: VerdictThresholds) {
    let eligible = tracks.filter { $0.frameCount >= thresholds.minimumFrames && $0.score != nil }
    let worst = eligible.max { ($0.score ?? 0) < ($1.score ?? 0) }
    self.frameCount = tracks.reduce(0) { $0 + $1.frameCount }
    self.score = worst?.score
    self.verdict = worst.map { thresholds.verdict(score: $0.score, frameCount: $0.frameCount) } ?? .insufficientEvidence
  }
}
