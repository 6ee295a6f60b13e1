import SeamScanFaces

/// The first sequential stage: follows faces from frame to frame.
struct FaceStage {
  private(set) var tracker: FaceTracker<FaceDetector, ShapePredictor>

  /// The faces of an analysed frame, tentative tracks included; frames must come in order.
  mutating func faces(in frame: PreparedFrame) -> [TrackedFace] {
    guard let planes = frame.planes, let ordinal = frame.frame.analysedOrdinal else { return [] }
    return tracker.track(planes, ordinal: ordinal, scheduledDetections: frame.scheduledDetections)
  }

  /// Decides the tracks still tentative at the end of the input.
  mutating func finish() { tracker.finish() }
}
