import SeamScanImaging
import SeamScanRecords

/// A face in one frame: its track, box, landmarks and how much to trust them.
public struct TrackedFace: Sendable, Equatable {
  /// Stable id of the face across frames, from 1, in order of appearance.
  public var track: Int
  /// Landmark-model box (inclusive corners) in analysis-frame pixels.
  public var box: DlibRect
  /// The 68 landmarks in analysis-frame pixels.
  public var shape: FaceShape
  /// 1 for a landmark fit that is a perfect similarity transform of the mean
  /// face, falling linearly to 0 at `FaceBox.residualGate`.
  public var confidence: Double
  /// What last confirmed the face.
  public var source: FaceSource
  /// How many times a cascade has found this track's face, its first detection included.
  public var confirmations: Int = 1
}
