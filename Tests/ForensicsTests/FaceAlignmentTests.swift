import SeamScanImaging
import Testing

@testable import SeamScanForensics

@Suite struct FaceAlignmentTests {
  @Test func recoversAKnownSimilarityFromTheFivePoints() {
    let truth = SimilarityTransform(a: 2.4, b: 0.7, translation: SIMD2(310, 95))
    // 68 points whose eye groups, nose tip and mouth corners sit on the transformed template.
    var points = [SIMD2<Float>](repeating: .zero, count: 68)
    let template = FaceAlignment.template.map { truth.apply($0) }
    for i in 36...41 { points[i] = template[0] }
    for i in 42...47 { points[i] = template[1] }
    points[30] = template[2]
    points[48] = template[3]
    points[54] = template[4]
    let alignment = FaceAlignment(landmarks: points)!
    #expect(abs(alignment.toFrame.a - truth.a) < 1e-3)
    #expect(abs(alignment.toFrame.b - truth.b) < 1e-3)
    let expectedSize = (truth.a * truth.a + truth.b * truth.b).squareRoot() * 112
    #expect(abs(alignment.alignedSize - expectedSize) < 0.05)
    let back = alignment.toFrame.inverse.apply(alignment.toFrame.apply(SIMD2(12, -40)))
    #expect(abs(back.x - 12) < 1e-3 && abs(back.y + 40) < 1e-3)
  }

  @Test func scalingFollowsTheFrame() {
    let alignment = FaceAlignment(
      landmarks: SyntheticClip.headLandmarks(axes: SyntheticClip.semiAxes).map { $0 + 200 })!
    #expect(abs(alignment.scaled(by: 3).alignedSize - 3 * alignment.alignedSize) < 0.01)
  }

  @Test func alignedCropsPutTheTemplateWhereItBelongs() {
    // A frame whose luma is its own x coordinate (clamped): the crop's column c must read the
    // frame's x at template unit u = −28 + (c + 0.5) · 168 / 256 under a pure scale-and-shift alignment.
    let width = 600
    let height = 600
    let luma = GrayImage(
      width: width, height: height, pixels: (0..<(width * height)).map { UInt8(min($0 % width / 2, 255)) })
    let planes = FramePlanes(luma: luma, cb: luma, cr: luma)
    let alignment = FaceAlignment(toFrame: SimilarityTransform(a: 2, b: 0, translation: SIMD2(100, 80)))
    let crop = AlignedCrop.sample(planes, alignment: alignment, size: 64)
    for column in [0, 31, 63] {
      let u = -28 + (Float(column) + 0.5) * 168 / 64
      let x = 2 * u + 100
      #expect(abs(Float(crop.luma[column, 20]) - x / 2) <= 1)
    }
  }

  @Test func cropLumaComesFromTheDetailPlaneThroughOnlyTheWindowItNeeds() {
    // Analysis planes at 300 px, detail at 600 px whose luma is a pattern the analysis plane
    // cannot hold. A crop that hangs over the frame's top-left corner must read the detail,
    // and reading it through a cut-out window must give the same pixels as the whole plane.
    let pattern = (0..<(600 * 600)).map { (index: Int) -> UInt8 in
      let column = index % 600
      let row = index / 600
      return UInt8((column * 7 + row * 3) % 256)
    }
    let detailLuma = GrayImage(width: 600, height: 600, pixels: pattern)
    let flat = GrayImage(width: 300, height: 300, pixels: [UInt8](repeating: 90, count: 300 * 300))
    let planes = FramePlanes(luma: flat, cb: flat, cr: flat)
    for translation in [SIMD2<Float>(20, 10), SIMD2<Float>(150, 140)] {
      let alignment = FaceAlignment(toFrame: SimilarityTransform(a: 0.9, b: 0.3, translation: translation))
      let whole = AlignedCrop.sample(planes, detail: detailLuma, alignment: alignment, size: 48)
      let windowed = AlignedCrop.sample(
        planes, detail: CutOutLuma(plane: detailLuma), alignment: alignment, size: 48)
      #expect(whole == windowed)
      #expect(Set(whole.luma.pixels).count > 20)
      #expect(whole.cb.pixels.allSatisfy { $0 == 90 })
    }
  }

  @Test func rejectsTooFewOrNonFiniteLandmarks() {
    #expect(FaceAlignment(landmarks: Array(repeating: SIMD2<Float>(1, 2), count: 10)) == nil)
    var points = SyntheticClip.headLandmarks(axes: SyntheticClip.semiAxes)
    points[3] = SIMD2(.nan, 0)
    #expect(FaceAlignment(landmarks: points) == nil)
  }
}

/// A luma source that hands out copies of exactly the window asked for, as a decoded picture does.
private struct CutOutLuma: LumaSource {
  let plane: GrayImage
  var width: Int { plane.width }
  var height: Int { plane.height }

  func window(_ rect: PixelRect) -> LumaWindow? {
    guard let rect = rect.intersection(PixelRect(x: 0, y: 0, width: width, height: height)) else { return nil }
    let pixels = (0..<(rect.width * rect.height)).map {
      plane.pixels[(rect.y + $0 / rect.width) * width + rect.x + $0 % rect.width]
    }
    return LumaWindow(
      pixels: GrayImage(width: rect.width, height: rect.height, pixels: pixels), origin: SIMD2(rect.x, rect.y),
      fullWidth: width, fullHeight: height)
  }
}
