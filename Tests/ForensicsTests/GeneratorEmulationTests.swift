import SeamScanImaging
import SeamScanRecords
import Testing

@testable import SeamScanForensics
@testable import SeamScanSynthesis

@Suite struct GeneratorEmulationTests {
  @Test func generatorFakesAreDeterministicAndCarryADeficit() {
    let a = SelfBlendParameters.generator(seed: 9)
    let b = SelfBlendParameters.generator(seed: 9)
    #expect(a == b)
    #expect(SelfBlendParameters.generatorBottleneckFactor.contains(a.bottleneckFactor))
    let head = LargeHead(bottleneck: nil)
    var parameters = a
    parameters.bottleneckFactor = 3
    parameters.sharpness = 0
    parameters.strength = 1
    let fake = SelfBlend.apply(to: head.frame, landmarks: head.landmarks, parameters: parameters)!
    var analyser = SeamTrackAnalyser()
    let cues = analyser.analyse(frame: fake.planes, landmarks: head.landmarks, frameIndex: 0)!
    #expect(cues["head.nativeEnergy"]! < ScaleCueKnownAnswerTests.clean["head.nativeEnergy"]! - 0.4)
  }

  /// A generator fake's per-frame jitter keeps to the generator's own ranges: it moves each
  /// parameter by at most its jitter step, and never pulls one into the self-blend ranges (a
  /// mask edge at ρ 0.8 once became 0.85 and a feather of 0.3 became 0.25 at every frame).
  @Test func jitterKeepsGeneratorParametersInTheirOwnRanges() {
    let g = SelfBlendParameters.Bounds.generator
    var outsideSelfBlendRanges = 0
    for seed in UInt64(0)..<200 {
      let base = SelfBlendParameters.generator(seed: seed)
      let range = SelfBlendParameters.Bounds.selfBlend
      if !range.maskEdgeRho.contains(base.maskEdgeRho) || !range.featherWidth.contains(base.featherWidth) {
        outsideSelfBlendRanges += 1
      }
      for frame in 0..<3 {
        let moved = base.jittered(frameIndex: frame, seed: seed, amount: 1, within: SynthesisKind.generator.bounds)
        #expect(abs(moved.maskEdgeRho - base.maskEdgeRho) <= 0.02 + 1e-6, "seed \(seed)")
        #expect(abs(moved.featherWidth - base.featherWidth) <= 0.02 + 1e-6, "seed \(seed)")
        #expect(g.maskEdgeRho.contains(moved.maskEdgeRho) && g.featherWidth.contains(moved.featherWidth))
        #expect(g.strength.contains(moved.strength) && g.sharpness.contains(moved.sharpness))
      }
    }
    #expect(outsideSelfBlendRanges > 20, "the check needs generator values outside the self-blend ranges")
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
