import SeamScanFaces

/// Tracking, the first sequential stage: follows faces from frame to frame.
struct FaceStage<Detector: FaceFinding, Landmarker: LandmarkFitting> {
  init(tracker: FaceTracker<Detector, Landmarker>) {
    self.tracker = tracker
  }

  private(set) var tracker: FaceTracker<Detector, Landmarker>
  /// Indices of the frames where a new scene began.
  private(set) var sceneCuts: [Int] = []

  /// The faces of an analysed frame, tentative tracks included; frames must come in order.
  mutating func faces(in frame: PreparedFrame) -> [TrackedFace] {
    guard let planes = frame.planes, let ordinal = frame.frame.analysedOrdinal else { return [] }
    let faces = tracker.track(planes, ordinal: ordinal, scheduledDetections: frame.scheduledDetections)
    if tracker.lastFrameWasCut { sceneCuts.append(frame.frame.index) }
    return faces
  }

  /// Decides the tracks still tentative at the end of the input.
  mutating func finish() { tracker.finish() }
}
