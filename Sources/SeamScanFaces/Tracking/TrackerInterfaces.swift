import SeamScanImaging

/// What the tracker needs of a face detector: whole-frame scans and scans near a known face.
/// ``FaceDetector`` is the real one; tests script their own.
public protocol FaceFinding: Sendable {
  /// Candidates in `image`'s own pixel coordinates, in the landmark model's box convention.
  func detect(in image: GrayImage) -> [FaceCandidate]
  /// Candidates for the face in `box`, looked for only around it and at sizes near its own.
  func detect(in image: GrayImage, near box: DlibRect) -> [FaceCandidate]
  /// A cheaper, less thorough whole-frame scan for new faces while others are tracked.
  func survey(in image: GrayImage) -> [FaceCandidate]
  /// A whole-frame scan for frontal faces only: the search of a turned frame, where a
  /// face that stands upright in it is rarely in profile.
  func detectFrontal(in image: GrayImage) -> [FaceCandidate]
}

/// What the tracker needs of a landmark model. ``ShapePredictor`` is the real one.
public protocol LandmarkFitting: Sendable {
  /// The landmarks of the face in `box`.
  func predict(in image: GrayImage, box: DlibRect) -> FaceShape
  /// The box the model would want for `shape` (see ``FaceBox/refit(_:predictor:)``).
  func refit(_ shape: FaceShape) -> DlibRect
  /// How far `shape` is from any similarity transform of a face (see ``FaceBox/fitResidual(_:predictor:)``).
  func fitResidual(_ shape: FaceShape) -> Float
}

extension ShapePredictor: LandmarkFitting {
  public func refit(_ shape: FaceShape) -> DlibRect { FaceBox.refit(shape, predictor: self) }
  public func fitResidual(_ shape: FaceShape) -> Float { FaceBox.fitResidual(shape, predictor: self) }
}
