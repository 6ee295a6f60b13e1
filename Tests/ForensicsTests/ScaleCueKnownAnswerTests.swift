import SeamScanImaging
import Testing

@testable import SeamScanForensics

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
