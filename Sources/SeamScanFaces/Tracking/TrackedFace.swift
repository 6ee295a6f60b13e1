import SeamScanImaging
import SeamScanRecords

/// A face in one frame: its track, box, landmarks and how much to trust them.
public struct TrackedFace: Sendable, Equatable {
  /// The tracker's id of the face across frames. Records renumber the tracks that are kept.
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
  /// Skin colour and eye contrast at the landmarks in this frame.
  public var appearance: FaceAppearance
}

/// Whether a track is a face: decided within ``TrackingParameters/decisionFrames`` of its birth.
public enum TrackStatus: Sendable, Equatable {
  /// Found once; waiting to be found again by a cascade.
  case tentative
  /// Found again: a face, for as long as it lives.
  case confirmed
  /// Never found again, or a duplicate of another face merged within its decision frames:
  /// none of its frames is reported.
  case discarded
}
