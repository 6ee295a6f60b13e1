import SeamScanRecords

/// A face the cascades found, already in the landmark model's box convention.
public struct FaceCandidate: Sendable, Equatable {
  public var box: DlibRect
  /// Raw cascade windows merged into this detection (OpenCV's neighbour count).
  public var neighbours: Int
  /// Which cascade found it: `frontal`, `profile` or `profileMirrored` (found on the mirrored frame).
  public var source: FaceSource
  /// Degrees clockwise on screen the frame was turned back by for the upright cascades to
  /// find this face; 0 when found in the frame as it is.
  public var roll: Float

  public init(box: DlibRect, neighbours: Int, source: FaceSource, roll: Float = 0) {
    self.box = box
    self.neighbours = neighbours
    self.source = source
    self.roll = roll
  }
}
