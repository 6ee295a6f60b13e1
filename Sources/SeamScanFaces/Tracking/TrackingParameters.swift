import SeamScanRecords

/// Settings of the tracker; all of them are recorded in the video record.
public struct TrackingParameters: Sendable, Hashable {
  /// Survey the whole frame for new faces every this many analysed frames (with the fast
  /// cascade while faces are tracked, fully otherwise); frames are scanned fully whenever a
  /// track is lost or the scene cuts.
  public var detectEvery: Int
  /// Re-check each live track every this many frames with the cascades on a small region
  /// around it, at sizes near its own: a fraction of a whole-frame scan's cost.
  public var confirmEvery: Int
  /// A track that no detection has confirmed for this many analysed frames is dropped:
  /// landmarks alone can follow a face but cannot tell one from a wall.
  public var maxUnconfirmedFrames: Int
  /// Mean absolute difference of 32×18 thumbnails, in grey levels, after the best small shift,
  /// that counts as a cut.
  public var sceneCutThreshold: Double
  /// Frames a new track has to be found again by a cascade near where it is; a track not
  /// found again within them is discarded, and it never appears in the records.
  public var decisionFrames: Int
  /// Frames a lost track is searched for near where it was before it is dropped.
  public var lostSearchFrames: Int
  /// Consecutive frames a track may fail the appearance tests (``FaceAppearance``) before it is dropped.
  public var appearanceFailureLimit: Int

  /// Two tracks overlapping more than this follow the same face; the younger goes.
  static let duplicateOverlap = 0.5
  /// A track whose box lies this much inside a larger track's box is part of that face (an eye,
  /// a cheek), not a face of its own.
  static let containedShare = 0.7
  /// Analysed frames after the start of a video or a cut on which the whole frame is scanned
  /// again, besides the frame itself: a face the first scan missed is not left until the schedule.
  public static let openingScans: Set<Int> = [1, 2, 4]
  /// Analysed frames after the start of a video or a cut during which every frame without a
  /// confirmed face is scanned whole, so a face that comes into view is found at once, even
  /// while a false find waits to be discarded.
  public static let openingFrames = 8
  /// A face found by a turned search (``rollSearchAngles``) is followed
  /// and re-checked in a view of the frame turned upright around it (`RolledView`) while it is
  /// rolled more than this many degrees: beyond about 15° the upright landmark model and
  /// cascades start to lose it.
  public static let uprightRollLimit: Float = 15
  /// In-plane turns, in degrees, at which the frame is searched again (frontal cascade only)
  /// when a scheduled whole-frame scan finds no face and none is tracked: a head tilted onto
  /// a hand. The upright cascade finds faces rolled up to about 15°, so ±30° covers 15–45°.
  public static let rollSearchAngles: [Float] = [-30, 30]

  public init(
    detectEvery: Int = OptionTable.detectEvery.defaultValue!,
    confirmEvery: Int = OptionTable.confirmEvery.defaultValue!,
    maxUnconfirmedFrames: Int = 48, sceneCutThreshold: Double = 22,
    decisionFrames: Int = 4, lostSearchFrames: Int = 4, appearanceFailureLimit: Int = 6
  ) {
    self.detectEvery = max(1, detectEvery)
    self.confirmEvery = max(1, confirmEvery)
    self.maxUnconfirmedFrames = maxUnconfirmedFrames
    self.sceneCutThreshold = sceneCutThreshold
    self.decisionFrames = max(1, decisionFrames)
    self.lostSearchFrames = max(0, lostSearchFrames)
    self.appearanceFailureLimit = max(1, appearanceFailureLimit)
  }
}
