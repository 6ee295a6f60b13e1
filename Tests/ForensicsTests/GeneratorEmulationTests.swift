import SeamScanImaging
import Testing

@testable import SeamScanForensics
@testable import SeamScanSynthesis

@Suite struct GeneratorEmulationTests {
  @Test func generatorFakesAreDeterministicAndCarryADeficit() {
    let a = SelfBlendParameters.generator(seed: 9)
    let b = SelfBlendParameters.generator(seed: 9)
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
    let centre = alignment.toFrame.apply(SIMD2(56, 56))
    let corner = alignment.toFrame.apply(SIMD2(-15, 56))
    #expect(result.mask[Int(centre.x), Int(centre.y)] > 200)
    #expect(result.mask[Int(corner.x), Int(corner.y)] == 0)
  }
}
