import SeamScanImaging
import SeamScanRecords

/// Whether a tracked "face" may carry a score at all.
///
/// The cascades and the landmark fit accept some things that are not faces
/// (a necktie followed for most of a clip was one). A face that sets a frame's
/// score must be confirmed by a cascade more than once, fit the landmark model
/// plausibly, and have skin-coloured cheeks and nose, so a false track can be
/// shown to the analyst but never accuses anyone.
public enum FacePlausibility {
  /// Least landmark-fit confidence (1 perfect, 0 the tracker's gate) for a scored face.
  public static let minimumConfidence = 0.3
  /// Full-range Cb and Cr of skin under ordinary light: Chai & Ngan's (1999) box, widened by a few levels.
  static let skinCb: ClosedRange<Double> = 70...135
  static let skinCr: ClosedRange<Double> = 128...180
  /// Within this many levels of 128 on both a picture has no colour (greyscale, infrared) and any face passes.
  static let colourlessTolerance = 3.0

  /// Nil when the face may be scored. `requiredConfirmations` is 1 for a still, where one detection is all there is.
  public static func exclusion(
    planes: FramePlanes, landmarks: [SIMD2<Float>], confidence: Double,
    confirmations: Int, requiredConfirmations: Int
  ) -> FaceExclusion? {
    if confirmations < requiredConfirmations { return .unconfirmed }
    if confidence < minimumConfidence { return .poorFit }
    guard let chroma = skinChroma(planes: planes, landmarks: landmarks) else { return .notSkin }
    let colourless = abs(chroma.x - 128) <= colourlessTolerance && abs(chroma.y - 128) <= colourlessTolerance
    if colourless || (skinCb.contains(chroma.x) && skinCr.contains(chroma.y)) { return nil }
    return .notSkin
  }

  /// Mean (Cb, Cr) of 5 × 5 patches on both cheeks, the nose bridge and above the chin; nil off the frame.
  static func skinChroma(planes: FramePlanes, landmarks: [SIMD2<Float>]) -> SIMD2<Double>? {
    guard landmarks.count == 68 else { return nil }
    let points = [
      (landmarks[2] + landmarks[31]) / 2, (landmarks[14] + landmarks[35]) / 2, landmarks[28],
      (landmarks[8] + landmarks[57]) / 2,
    ]
    var sum = SIMD2<Double>.zero
    var count = 0
    for point in points where point.x.isFinite && point.y.isFinite {
      let cx = Int(point.x.rounded())
      let cy = Int(point.y.rounded())
      for y in (cy - 2)...(cy + 2) where y >= 0 && y < planes.height {
        for x in (cx - 2)...(cx + 2) where x >= 0 && x < planes.width {
          sum += SIMD2(Double(planes.cb[x, y]), Double(planes.cr[x, y]))
          count += 1
        }
      }
    }
    return count > 0 ? sum / Double(count) : nil
  }
}
