/// Settings of the tracker; all of them are recorded in the video record.
public struct TrackingParameters: Sendable, Hashable {
  /// Scan the whole frame with the cascades every this many analysed frames (to find new
  /// faces), and whenever a track is lost or the scene cuts.
  public var detectEvery: Int
  /// Re-check each live track every this many frames with the cascades on a small region
  /// around it, at sizes near its own: a fraction of a whole-frame scan's cost.
  public var confirmEvery: Int
  /// A track that no detection has confirmed for this many analysed frames is dropped:
  /// landmarks alone can follow a face but cannot tell one from a wall.
  public var maxUnconfirmedFrames: Int
  /// Mean absolute difference of 32×18 thumbnails, in grey levels, that counts as a cut.
  public var sceneCutThreshold: Double

  /// Two tracks overlapping more than this follow the same face; the younger goes.
  static let duplicateOverlap = 0.5

  public init(
    detectEvery: Int = 30, confirmEvery: Int = 8, maxUnconfirmedFrames: Int = 48, sceneCutThreshold: Double = 30
  ) {
    self.detectEvery = max(1, detectEvery)
    self.confirmEvery = max(1, confirmEvery)
    self.maxUnconfirmedFrames = maxUnconfirmedFrames
    self.sceneCutThreshold = sceneCutThreshold
  }
}
