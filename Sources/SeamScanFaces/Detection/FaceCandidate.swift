import SeamScanRecords

/// A face the cascades found, already in the landmark model's box convention.
public struct FaceCandidate: Sendable, Equatable {
  public var box: DlibRect
  /// Raw cascade windows merged into this detection (OpenCV's neighbour count).
  public var neighbours: Int
  /// Which cascade found it: `frontal`, `profile` or `profileMirrored` (found on the mirrored frame).
  public var source: FaceSource

  public init(box: DlibRect, neighbours: Int, source: FaceSource) {
    self.box = box
    self.neighbours = neighbours
    self.source = source
  }
}
