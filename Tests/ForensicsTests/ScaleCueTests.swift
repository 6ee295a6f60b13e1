import Testing
import SeamScanImaging
@testable import SeamScanForensics

/// A still, large synthetic head over fine camera-like texture, optionally with its
/// face re-rendered through a coarse generator grid, as an upscaled swap would be.
private struct LargeHead {
  static let size = 720
  static let headScale: Float = 3.2
  let frame: FramePlanes
  let landmarks: [SIMD2<Float>]

  init(bottleneck: Float?, seed: UInt64 = 5) {
    let n = Self.size
    var rng = SplitMix64(seed: seed)
    // Fine texture at every pixel: the band a generator's grid cannot carry.
    var luma = (0..<(n * n)).map { _ in 128 + rng.symmetric(20) }
    let axes = SyntheticClip.semiAxes * Self.headScale
    let centre = SIMD2<Float>(Float(n) / 2, Float(n) / 2 - 20)
    landmarks = SyntheticClip.headLandmarks(axes: axes).map { centre + $0 }
    if let bottleneck {
      let geometry = FaceGeometry(landmarks: landmarks, frameWidth: n, frameHeight: n)!
      let rendered = PatchFilters.bottleneck(luma, width: n, height: n, factor: bottleneck)
      let rho = geometry.rhoMap(over: PixelRect(x: 0, y: 0, width: n, height: n))
      for i in luma.indices {
        let t = min(max((1.0 - rho[i]) / 0.1, 0), 1)
        luma[i] += t * (rendered[i] - luma[i])
      }
    }
    let pixels = luma.map { UInt8(min(max($0.rounded(), 0), 255)) }
    let skin = GrayImage(width: n, height: n, fill: 128)
    frame = FramePlanes(luma: GrayImage(width: n, height: n, pixels: pixels), cb: skin, cr: skin)
  }

  func cues() -> SeamCueVector {
    var analyzer = SeamTrackAnalyzer()
    return analyzer.analyze(frame: frame, landmarks: landmarks, frameIndex: 0)!
  }
}

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
    let alignment = FaceAlignment(landmarks: SyntheticClip.headLandmarks(axes: SyntheticClip.semiAxes).map { $0 + 200 })!
    #expect(abs(alignment.scaled(by: 3).alignedSize - 3 * alignment.alignedSize) < 0.01)
  }

  @Test func alignedCropsPutTheTemplateWhereItBelongs() {
    // A frame whose luma is its own x coordinate (clamped): the crop's column c must read the
    // frame's x at template unit u = −28 + (c + 0.5) · 168 / 256 under a pure scale-and-shift alignment.
    let width = 600, height = 600
    let luma = GrayImage(width: width, height: height, pixels: (0..<(width * height)).map { UInt8(min($0 % width / 2, 255)) })
    let planes = FramePlanes(luma: luma, cb: luma, cr: luma)
    let alignment = FaceAlignment(toFrame: SimilarityTransform(a: 2, b: 0, translation: SIMD2(100, 80)))
    let crop = AlignedCrop.sample(planes, alignment: alignment, size: 64)
    for column in [0, 31, 63] {
      let u = -28 + (Float(column) + 0.5) * 168 / 64
      let x = 2 * u + 100
      #expect(abs(Float(crop.luma[column, 20]) - x / 2) <= 1)
    }
  }

  @Test func rejectsTooFewOrNonFiniteLandmarks() {
    #expect(FaceAlignment(landmarks: Array(repeating: SIMD2<Float>(1, 2), count: 10)) == nil)
    var points = SyntheticClip.headLandmarks(axes: SyntheticClip.semiAxes)
    points[3] = SIMD2(.nan, 0)
    #expect(FaceAlignment(landmarks: points) == nil)
  }
}

@Suite struct GeneratorBottleneckTests {
  func fineEnergy(_ v: [Float], width: Int) -> Float {
    var total: Float = 0
    for i in 1..<(v.count - 1) where i % width != 0 && i % width != width - 1 { total += abs(2 * v[i] - v[i - 1] - v[i + 1]) }
    return total
  }

  @Test func removesDetailFinerThanTheGeneratorGrid() {
    var rng = SplitMix64(seed: 3)
    let patch = (0..<(64 * 64)).map { _ in rng.symmetric(50) }
    let rendered = PatchFilters.bottleneck(patch, width: 64, height: 64, factor: 3)
    #expect(fineEnergy(rendered, width: 64) < 0.2 * fineEnergy(patch, width: 64))
    let mean = patch.reduce(0, +) / Float(patch.count), renderedMean = rendered.reduce(0, +) / Float(rendered.count)
    #expect(abs(mean - renderedMean) < 2)
  }

  @Test func aFactorOfOneOrLessChangesNothing() {
    let patch: [Float] = (0..<100).map { Float($0 % 7) }
    #expect(PatchFilters.bottleneck(patch, width: 10, height: 10, factor: 1) == patch)
    #expect(PatchFilters.bottleneck(patch, width: 10, height: 10, factor: 0.5) == patch)
  }
}

/// The scale-aware cues read a generator's missing band in the face against the same head.
@Suite struct ScaleCueKnownAnswerTests {
  static let clean = LargeHead(bottleneck: nil).cues()
  static let upscaled = LargeHead(bottleneck: 3).cues()

  @Test func aCleanHeadIsLevelWithItsForeheadAndNeck() {
    for name in ["scale.g128.energy", "head.nativeEnergy"] {
      #expect(abs(Self.clean[name]!) < 0.15, "\(name) = \(Self.clean[name]!)")
    }
  }

  @Test func anUpscaledFaceLacksEnergyAtTheGeneratorScale() {
    #expect(Self.upscaled["scale.g128.energy"]! < Self.clean["scale.g128.energy"]! - 0.5)
    #expect(Self.upscaled["scale.g128.slope"]! < Self.clean["scale.g128.slope"]! - 0.2)
    #expect(Self.upscaled["head.nativeEnergy"]! < Self.clean["head.nativeEnergy"]! - 0.5)
  }

  @Test func generatorSizesTheFaceCannotTestAbstain() {
    // The head's aligned size is about 400 px: a 320-px generator's grid is finer than a frame pixel there.
    let size = FaceAlignment(landmarks: LargeHead(bottleneck: nil).landmarks)!.alignedSize
    #expect(size > 256 && size < 640)
    #expect(Self.clean["scale.g320.energy"]!.isNaN == (size / 2 / 320 < 1))
    #expect(Self.clean["scale.g128.energy"]!.isFinite)
  }

  @Test func aColourlessHeadHasNoChromaStep() {
    #expect(Self.upscaled["head.chromaNeck"]! == 0)
  }
}

@Suite struct FacePlausibilityTests {
  let landmarks = SyntheticClip.headLandmarks(axes: SyntheticClip.semiAxes).map { $0 + 160 }

  func planes(cb: UInt8, cr: UInt8) -> FramePlanes {
    FramePlanes(luma: GrayImage(width: 320, height: 320, fill: 120), cb: GrayImage(width: 320, height: 320, fill: cb),
                cr: GrayImage(width: 320, height: 320, fill: cr))
  }

  func exclusion(_ planes: FramePlanes, confidence: Double = 0.8, confirmations: Int = 3) -> FacePlausibility.Exclusion? {
    FacePlausibility.exclusion(planes: planes, landmarks: landmarks, confidence: confidence,
                               confirmations: confirmations, requiredConfirmations: 2)
  }

  @Test func skinColouredConfirmedFacesAreScored() {
    #expect(exclusion(planes(cb: 110, cr: 150)) == nil)
  }

  @Test func colourlessPicturesAreNotHeldAgainstAFace() {
    #expect(exclusion(planes(cb: 128, cr: 128)) == nil)
  }

  @Test func blueOrGreenThingsAreNotFaces() {
    #expect(exclusion(planes(cb: 170, cr: 110)) == .notSkin)
    #expect(exclusion(planes(cb: 100, cr: 100)) == .notSkin)
  }

  @Test func unconfirmedAndPoorlyFittedFacesAreLeftOut() {
    #expect(exclusion(planes(cb: 110, cr: 150), confirmations: 1) == .unconfirmed)
    #expect(exclusion(planes(cb: 110, cr: 150), confidence: 0.1) == .poorFit)
  }
}

@Suite struct GeneratorEmulationTests {
  @Test func generatorFakesAreDeterministicAndCarryADeficit() {
    let a = SelfBlendParameters.generator(seed: 9), b = SelfBlendParameters.generator(seed: 9)
    #expect(a == b)
    #expect(SelfBlendParameters.GeneratorRange.bottleneckFactor.contains(a.bottleneckFactor))
    let head = LargeHead(bottleneck: nil)
    var parameters = a
    parameters.bottleneckFactor = 3
    parameters.sharpness = 0
    parameters.strength = 1
    let fake = SelfBlend.apply(to: head.frame, landmarks: head.landmarks, parameters: parameters)!
    var analyzer = SeamTrackAnalyzer()
    let cues = analyzer.analyze(frame: fake.planes, landmarks: head.landmarks, frameIndex: 0)!
    #expect(cues["head.nativeEnergy"]! < ScaleCueKnownAnswerTests.clean["head.nativeEnergy"]! - 0.4)
  }

  @Test func theAlignedBoxMaskCoversTheAlignmentSquare() {
    let head = LargeHead(bottleneck: nil)
    var parameters = SelfBlendParameters.generator(seed: 4)
    parameters.mask = .alignedBox
    parameters.maskEdgeRho = 1
    parameters.featherWidth = 0.1
    let result = SelfBlend.apply(to: head.frame, landmarks: head.landmarks, parameters: parameters)!
    let alignment = FaceAlignment(landmarks: head.landmarks)!
    let centre = alignment.toFrame.apply(SIMD2(56, 56)), corner = alignment.toFrame.apply(SIMD2(-15, 56))
    #expect(result.mask[Int(centre.x), Int(centre.y)] > 200)
    #expect(result.mask[Int(corner.x), Int(corner.y)] == 0)
  }
}
