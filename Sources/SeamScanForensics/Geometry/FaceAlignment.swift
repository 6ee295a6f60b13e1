import SeamScanImaging

/// Where a face sits in the coordinates face-swap tools work in.
///
/// One-shot swappers (inswapper/roop, SimSwap, GHOST) cut the face out with a
/// similarity transform that takes five landmarks to ArcFace's template in a
/// 112-unit square, render it at their own size (inswapper 128 px, SimSwap 224,
/// GHOST 256) and paste it back. Fitting the same transform to the 68 dlib
/// landmarks puts every face in those template units, so the generator's pixel
/// grid has a known period there: G pixels per 112 units.
public struct FaceAlignment: Sendable {
  /// Side of the template square, in template units.
  public static let templateSide: Float = 112
  /// InsightFace's `arcface_dst`: left eye, right eye, nose tip, left and right mouth corner.
  static let template: [SIMD2<Float>] = [
    SIMD2(38.2946, 51.6963), SIMD2(73.5318, 51.5014), SIMD2(56.0252, 71.7366),
    SIMD2(41.5493, 92.3655), SIMD2(70.7299, 92.2041),
  ]

  /// Template units → frame pixels.
  public let toFrame: SimilarityTransform
  /// Frame pixels per template unit.
  public var pixelsPerUnit: Float { (toFrame.a * toFrame.a + toFrame.b * toFrame.b).squareRoot() }
  /// The template's 112-unit square measured in frame pixels: the face's size as a swapper sees it.
  public var alignedSize: Float { pixelsPerUnit * Self.templateSide }
  /// Frame-pixel steps of one template unit along the template's x and y axes.
  public var unitAxes: (x: SIMD2<Float>, y: SIMD2<Float>) {
    (SIMD2(toFrame.a, toFrame.b), SIMD2(-toFrame.b, toFrame.a))
  }

  /// Fits the template to dlib's 68 landmarks; nil unless there are 68 finite points.
  public init?(landmarks: [SIMD2<Float>]) {
    guard landmarks.count == 68, landmarks.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else { return nil }
    func mean(_ range: ClosedRange<Int>) -> SIMD2<Float> {
      landmarks[range].reduce(.zero, +) / Float(range.count)
    }
    let points = [mean(36...41), mean(42...47), landmarks[30], landmarks[48], landmarks[54]]
    guard let transform = SimilarityTransform.fit(from: Self.template, to: points) else { return nil }
    toFrame = transform
  }

  public init(toFrame: SimilarityTransform) {
    self.toFrame = toFrame
  }

  /// The same alignment in a frame resampled by `factor` (pixel centres kept aligned).
  public func scaled(by factor: Float) -> FaceAlignment {
    let t = toFrame
    return FaceAlignment(
      toFrame: SimilarityTransform(
        a: t.a * factor, b: t.b * factor, translation: (t.translation + 0.5) * factor - 0.5))
  }
}
