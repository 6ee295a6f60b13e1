import SeamScanFaces
import SeamScanImaging
import SeamScanMedia

/// A decoded frame plus the work done on it ahead of time, on the parallel stage.
struct PreparedFrame: Sendable {
  var frame: DecodedFrame
  /// Analysis planes; nil when the frame is not analysed.
  var planes: FramePlanes?
  /// Full-resolution luma for the scale-aware cues, converted only where a face needs it; nil
  /// when cues are off or it is no larger than `planes`. It holds the decoded picture until then.
  var detail: (any LumaSource)?
  /// Cascade results when a whole-frame scan is due on this frame by schedule.
  var scheduledDetections: [FaceCandidate]?
}

/// The parallel stage: conversion and scheduled whole-frame scans
/// depend on no other frame, so they run on several frames at once.
struct FramePreparation: Sendable {
  /// Whose schedule decides which frames get a whole-frame scan; nil without face finding.
  let tracker: FaceTracker<FaceDetector, ShapePredictor>?
  let wantsDetail: Bool

  func prepare(_ frame: DecodedFrame) -> PreparedFrame {
    let held = frame.withoutPicture()
    guard let planes = frame.planes() else { return PreparedFrame(frame: held) }
    guard let tracker, let ordinal = frame.analysedOrdinal else { return PreparedFrame(frame: held, planes: planes) }
    return PreparedFrame(
      frame: held, planes: planes, detail: wantsDetail ? frame.detail : nil,
      scheduledDetections: tracker.scheduledScan(analysedOrdinal: ordinal).map { tracker.scan($0, in: planes.luma) })
  }
}
