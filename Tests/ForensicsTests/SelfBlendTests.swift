import SeamScanImaging
import Testing

@testable import SeamScanForensics
@testable import SeamScanSynthesis

@Suite struct SelfBlendTests {
  let frame = Clips.clean.frames[2]
  let landmarks = Clips.clean.landmarks[2]

  @Test func splitMixMatchesTheReferenceSequence() {
    var rng = SplitMix64(seed: 0)
    #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
    #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    var unit = SplitMix64(seed: 42)
    for _ in 0..<1000 {
      let u = unit.nextUnit()
      #expect(u >= 0 && u < 1)
    }
  }

  @Test func sameSeedGivesTheSameBytes() {
    let p = SelfBlendParameters.random(seed: 1234)
    #expect(p == SelfBlendParameters.random(seed: 1234))
    #expect(p != SelfBlendParameters.random(seed: 1235))
    let a = SelfBlend.apply(to: frame, landmarks: landmarks, parameters: p)!
    let b = SelfBlend.apply(to: frame, landmarks: landmarks, parameters: SelfBlendParameters.random(seed: 1234))!
    #expect(a.planes == b.planes)
    #expect(a.mask == b.mask)
    #expect(a.planes != frame)
  }

  @Test func randomParametersStayInTheirRanges() {
    let bounds = SelfBlendParameters.Bounds.selfBlend
    for seed in 0..<200 as Range<UInt64> {
      for p in [
        SelfBlendParameters.random(seed: seed),
        SelfBlendParameters.random(seed: seed).jittered(frameIndex: 3, seed: seed, amount: 1, within: .selfBlend),
      ] {
        #expect(bounds.scale.contains(p.scale) && bounds.strength.contains(p.strength))
        #expect(bounds.maskEdgeRho.contains(p.maskEdgeRho) && bounds.featherWidth.contains(p.featherWidth))
        #expect(abs(p.translation.x) <= bounds.translation && abs(p.lumaOffset) <= bounds.lumaOffset)
      }
    }
  }

  @Test func everyRandomBlendCarriesEvidence() {
    let bounds = SelfBlendParameters.Bounds.selfBlend
    let least = SelfBlendParameters.minimumChangeShare
    var signs = Set<Bool>()
    for seed in 0..<200 as Range<UInt64> {
      let p = SelfBlendParameters.random(seed: seed)
      #expect(abs(p.lumaOffset) >= least * bounds.lumaOffset && abs(p.cbOffset) >= least * bounds.chromaOffset)
      #expect(abs(p.crOffset) >= least * bounds.chromaOffset && abs(p.sharpness) >= least * bounds.sharpness.upperBound)
      signs.insert(p.lumaOffset > 0)
    }
    #expect(signs.count == 2, "both brighter and darker faces")
  }

  @Test func jitterIsPerFrameDeterministicAndOptional() {
    let p = SelfBlendParameters.random(seed: 5)
    #expect(p.jittered(frameIndex: 4, seed: 9, amount: 0, within: .selfBlend) == p)
    #expect(
      p.jittered(frameIndex: 4, seed: 9, amount: 1, within: .selfBlend)
        == p.jittered(frameIndex: 4, seed: 9, amount: 1, within: .selfBlend))
    #expect(
      p.jittered(frameIndex: 4, seed: 9, amount: 1, within: .selfBlend)
        != p.jittered(frameIndex: 5, seed: 9, amount: 1, within: .selfBlend))
  }

  @Test func maskLiesInsideTheFaceRegionAndOnlyMaskedPixelsChange() {
    let p = SelfBlendParameters.random(seed: 77)
    let result = SelfBlend.apply(to: frame, landmarks: landmarks, parameters: p)!
    let geometry = FaceGeometry(landmarks: landmarks, frameWidth: frame.width, frameHeight: frame.height)!
    let outer = p.maskEdgeRho + p.featherWidth / 2
    var maskMax: UInt8 = 0
    for y in 0..<frame.height {
      for x in 0..<frame.width {
        let m = result.mask[x, y]
        maskMax = max(maskMax, m)
        if m > 0 {
          #expect(result.maskBounds.contains(x: x, y: y))
          #expect(geometry.roi.contains(x: x, y: y))
          #expect(geometry.rho(at: SIMD2(Float(x), Float(y))) < outer)
        } else {
          #expect(result.planes.luma[x, y] == frame.luma[x, y])
          #expect(result.planes.cr[x, y] == frame.cr[x, y])
        }
      }
    }
    #expect(abs(Float(maskMax) - p.strength * 255) <= 1)
    #expect(result.mask[Int(geometry.centroid.x), Int(geometry.centroid.y)] == maskMax)
  }

  @Test func blurredSelfBlendReadsAsASmootherInterior() {
    var p = SelfBlendParameters.random(seed: 8)
    p.sharpness = -1
    p.strength = 1
    p.lumaOffset = 0
    let blended = Clips.clean.frames.indices.map {
      SelfBlend.apply(to: Clips.clean.frames[$0], landmarks: Clips.clean.landmarks[$0], parameters: p)!.planes
    }
    let clip = SyntheticClip(frames: blended, landmarks: Clips.clean.landmarks)
    let cues = Clips.analyse(clip)
    #expect(
      Clips.mean("spatial.interiorSmoothness", cues) - Clips.mean("spatial.interiorSmoothness", Clips.cleanCues) > 0.3)
  }

  @Test func rejectsLandmarksThatAreNotAFace() {
    #expect(SelfBlend.apply(to: frame, landmarks: [], parameters: .random(seed: 1)) == nil)
  }
}
