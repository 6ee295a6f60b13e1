import SeamScanFaces

/// The first sequential stage: follows faces from frame to frame.
struct FaceStage {
  private var tracker: FaceTracker<FaceDetector, ShapePredictor>

  init(tracker: FaceTracker<FaceDetector, ShapePredictor>) {
    self.tracker = tracker
  }

  /// The faces of an analysed frame; frames must come in order.
  mutating func faces(in frame: PreparedFrame) -> [TrackedFace] {
    guard let planes = frame.planes, let ordinal = frame.frame.analysedOrdinal else { return [] }
    return tracker.track(planes.luma, ordinal: ordinal, scheduledDetections: frame.scheduledDetections)
  }
}
