import SeamScanImaging
import Testing

@testable import SeamScanForensics
@testable import SeamScanSynthesis

@Suite struct GeneratorBottleneckTests {
  func fineEnergy(_ v: [Float], width: Int) -> Float {
    var total: Float = 0
    for i in 1..<(v.count - 1) where i % width != 0 && i % width != width - 1 {
      total += abs(2 * v[i] - v[i - 1] - v[i + 1])
    }
    return total
  }

  @Test func removesDetailFinerThanTheGeneratorGrid() {
    var rng = SplitMix64(seed: 3)
    let patch = (0..<(64 * 64)).map { _ in rng.symmetric(50) }
    let rendered = PatchFilters.bottleneck(patch, width: 64, height: 64, factor: 3)
    #expect(fineEnergy(rendered, width: 64) < 0.2 * fineEnergy(patch, width: 64))
    let mean = patch.reduce(0, +) / Float(patch.count)
    let renderedMean = rendered.reduce(0, +) / Float(rendered.count)
    #expect(abs(mean - renderedMean) < 2)
  }

  @Test func aFactorOfOneOrLessChangesNothing() {
    let patch: [Float] = (0..<100).map { Float($0 % 7) }
    #expect(PatchFilters.bottleneck(patch, width: 10, height: 10, factor: 1) == patch)
    #expect(PatchFilters.bottleneck(patch, width: 10, height: 10, factor: 0.5) == patch)
  }
}
