import SeamScanFaces
import SeamScanImaging
import SeamScanMedia

/// A decoded frame plus the work done on it ahead of time, on the parallel stage.
struct PreparedFrame: Sendable {
  var frame: DecodedFrame
  /// Analysis planes; nil when the frame is not analysed.
  var planes: FramePlanes?
  /// Full-resolution luma for the scale-aware cues; nil when cues are off or it is no larger than `planes`.
  var detail: GrayImage?
  /// Cascade results when a whole-frame scan is due on this frame by schedule.
  var scheduledDetections: [FaceCandidate]?
}

/// The parallel stage: conversion, full-resolution luma and scheduled whole-frame scans
/// depend on no other frame, so they run on all cores.
struct FramePreparation: Sendable {
  /// Whose schedule decides which frames get a whole-frame scan; nil without face finding.
  let tracker: FaceTracker<FaceDetector, ShapePredictor>?
  let wantsDetail: Bool

  func prepare(_ frame: DecodedFrame) -> PreparedFrame {
    guard let planes = frame.planes() else { return PreparedFrame(frame: frame.withoutPicture()) }
    guard let tracker, let ordinal = frame.analysedOrdinal else {
      return PreparedFrame(frame: frame.withoutPicture(), planes: planes)
    }
    let due = tracker.isScheduledDetection(analysedOrdinal: ordinal)
    return PreparedFrame(
      frame: frame.withoutPicture(), planes: planes, detail: wantsDetail ? frame.detailLuma() : nil,
      scheduledDetections: due ? tracker.detector.detect(in: planes.luma) : nil)
  }
}
