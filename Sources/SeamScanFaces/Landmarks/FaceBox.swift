/// Face-box conventions around the 68-point predictor, which was trained on
/// boxes from dlib's HOG detector: square, brows to chin, no forehead.
public enum FaceBox {
  /// The one landmark-fit gate: a fit whose `fitResidual` reaches this is not a face.
  ///
  /// The residual is the RMS distance between the landmarks and the best
  /// similarity-transformed mean shape, divided by the landmarks' RMS spread
  /// about their centroid, so position, size and in-plane roll do not count.
  /// Measured on the golden fixtures (astronaut, 62–230 px faces, ±7° roll):
  /// the detector's box and boxes shifted by up to 12% or scaled 0.85–1.2×
  /// score 0.059–0.101; boxes pushed a third over the left or right image
  /// edge, where the predictor drifts, score 0.19–0.28. (Boxes over the top
  /// or bottom edge score 0.06–0.16: the shape stays face-like while the chin
  /// or brows go astray.) A gate at 0.15 lost squinting, small and
  /// three-quarter faces on real footage (0% face share on three DeepFaceLive
  /// clips), so the gate sits at 0.35; drifted boxes are caught instead by the
  /// tracker's visible-share test, and faceness is vouched for by cascade
  /// confirmation.
  ///
  /// It measures shape distortion, not faceness: on face-free textures
  /// (bricks, grass, a cat, the moon) the predictor barely leaves the mean
  /// shape and most boxes score low too. Gate detections with the detector as
  /// well, not with this alone.
  public static let residualGate: Float = 0.35

  /// Maps an OpenCV cascade detection (`x, y, width, height`, exclusive
  /// extent) to the box dlib's detector would give the same face.
  ///
  /// Measured on 39 faces for `haarcascade_frontalface_default`: cascade
  /// boxes are about 1/0.875 of dlib's side and centred 0.066 side higher.
  public static func dlibRect(fromCascade x: Int, y: Int, width: Int, height: Int) -> DlibRect {
    let sideScale = 0.875
    let centreDrop = 0.066
    let newWidth = max(1, roundHalfUp(Double(width) * sideScale))
    let newHeight = max(1, roundHalfUp(Double(height) * sideScale))
    // Pixel-centre coordinates: the cascade box covers x ..< x + width.
    let centreX = Double(x) + Double(width - 1) / 2
    let centreY = Double(y) + Double(height - 1) / 2 + centreDrop * Double(height)
    let left = roundHalfUp(centreX - Double(newWidth - 1) / 2)
    let top = roundHalfUp(centreY - Double(newHeight - 1) / 2)
    return DlibRect(left: left, top: top, right: left + newWidth - 1, bottom: top + newHeight - 1)
  }

  /// The square box whose mean shape best matches `shape` (least squares
  /// over `point ≈ corner + side · meanPoint`, no rotation). Running the
  /// predictor again on it removes most of a foreign detector's box bias
  /// and makes a cheap tracker from one frame to the next.
  public static func refit(_ shape: FaceShape, predictor: ShapePredictor) -> DlibRect {
    let mean = predictor.model.initialShape
    let count = min(shape.points.count, mean.count / 2)
    guard count > 0 else { return DlibRect(left: 0, top: 0, right: 0, bottom: 0) }
    var meanSum = SIMD2<Double>.zero
    var pointSum = SIMD2<Double>.zero
    for i in 0..<count {
      meanSum += SIMD2(Double(mean[2 * i]), Double(mean[2 * i + 1]))
      pointSum += SIMD2<Double>(shape.points[i])
    }
    let meanCentre = meanSum / Double(count)
    let pointCentre = pointSum / Double(count)
    var covariance = 0.0
    var variance = 0.0
    for i in 0..<count {
      let m = SIMD2(Double(mean[2 * i]), Double(mean[2 * i + 1])) - meanCentre
      let p = SIMD2<Double>(shape.points[i]) - pointCentre
      covariance += (m * p).sum()
      variance += (m * m).sum()
    }
    // `scale` is dlib's right − left, i.e. the side minus one.
    let scale = variance > 0 ? max(0, covariance / variance) : 0
    let corner = pointCentre - scale * meanCentre
    let left = roundHalfUp(corner.x)
    let top = roundHalfUp(corner.y)
    let side = roundHalfUp(scale)
    return DlibRect(left: left, top: top, right: left + side, bottom: top + side)
  }

  /// How far `shape` is from any similarity transform of the mean shape,
  /// relative to its size; see `residualGate`. 0 for a perfect
  /// mean face; infinity when the shape is degenerate or the wrong length.
  public static func fitResidual(_ shape: FaceShape, predictor: ShapePredictor) -> Float {
    let reference = predictor.reference
    guard shape.points.count == reference.count else { return .infinity }
    let flat = shape.points.flatMap { [$0.x, $0.y] }
    let fit = reference.fit(to: flat)
    let mean = predictor.model.initialShape
    var centre = SIMD2<Double>.zero
    for p in shape.points { centre += SIMD2<Double>(p) }
    centre /= Double(shape.points.count)
    var residual = 0.0
    var spread = 0.0
    for (i, p) in shape.points.enumerated() {
      let point = SIMD2<Double>(p)
      let d = point - fit.apply(SIMD2(Double(mean[2 * i]), Double(mean[2 * i + 1])))
      residual += (d * d).sum()
      spread += ((point - centre) * (point - centre)).sum()
    }
    guard spread > 0 else { return .infinity }
    return Float((residual / spread).squareRoot())
  }
}
