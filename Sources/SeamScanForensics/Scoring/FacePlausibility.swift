import SeamScanRecords

/// Whether a tracked face may carry a score at all.
///
/// The cascades and the landmark fit accept some things that are not faces
/// (a necktie followed for most of a clip was one). A face that sets a frame's
/// score must be confirmed by a cascade more than once, fit the landmark model
/// plausibly, and have skin-coloured cheeks and nose, so a false track can be
/// shown to the analyst but never accuses anyone.
public enum FacePlausibility {
  /// Least landmark-fit confidence (1 perfect, 0 the tracker's gate) for a scored face.
  public static let minimumConfidence = 0.3

  /// Nil when the face may be scored. `requiredConfirmations` is 1 for a still, where one
  /// detection is all there is; `skinColoured` is the tracker's colour test of this frame.
  public static func exclusion(
    skinColoured: Bool, confidence: Double, confirmations: Int, requiredConfirmations: Int
  ) -> FaceExclusion? {
    if confirmations < requiredConfirmations { return .unconfirmed }
    if confidence < minimumConfidence { return .poorFit }
    return skinColoured ? nil : .notSkin
  }
}
