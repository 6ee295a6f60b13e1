import Testing
import SeamScanImaging
@testable import SeamScanForensics

@Suite struct CueLayoutTests {
  @Test func namesAreUniqueNamespacedAndInContractOrder() {
    let names = SeamCues.names
    #expect(Set(names).count == names.count)
    #expect(names.count == 56)
    let families = ["spatial.", "temporal.", "window.", "scale.", "head."]
    #expect(names.allSatisfy { name in families.contains { name.hasPrefix($0) } })
    #expect(names[SeamCues.sharpnessRings] == "spatial.sharpness.ring0.5")
    #expect(names[SeamCues.noiseRings + 4] == "spatial.noise.ring0.9")
    #expect(names[SeamCues.chromaRings + 7] == "spatial.chroma.ring1.2")
    #expect(names[SeamCues.interiorSmoothness] == "spatial.interiorSmoothness")
    #expect(names[SeamCues.interiorResampling] == "spatial.interiorResampling")
    #expect(names[SeamCues.contourGradient] == "spatial.contourGradient")
    #expect(names[SeamCues.peakDiscontinuity] == "spatial.peakDiscontinuity")
    #expect(names[SeamCues.peakDiscontinuityRho] == "spatial.peakDiscontinuityRho")
    #expect(names[SeamCues.flickerRings + 5] == "temporal.flicker.ring1.0")
    #expect(names[SeamCues.interiorFlicker] == "temporal.interiorFlicker")
    #expect(names[SeamCues.smoothnessInstability] == "window.smoothnessInstability")
    #expect(names[SeamCues.chromaInstability] == "window.chromaInstability")
    #expect(names[SeamCues.windowFlicker] == "window.interiorFlicker")
    #expect(names[SeamCues.landmarkJitter] == "window.landmarkJitter")
    #expect(names[SeamCues.generatorEnergy] == "scale.g128.energy")
    #expect(names[SeamCues.generatorSlope + 3] == "scale.g320.slope")
    #expect(names[SeamCues.nativeEnergy] == "head.nativeEnergy")
    #expect(names[SeamCues.textureCoherence] == "temporal.textureCoherence")
  }

  @Test func medianOfNineMatchesSorting() {
    var rng = SplitMix64(seed: 99)
    for _ in 0..<2000 {
      let v = (0..<9).map { _ in Int(rng.next() % 256) }
      #expect(median9(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]) == v.sorted()[4])
    }
  }

  @Test func strongestStepFindsTheJumpAndItsRho() {
    let profile: [Float] = [0.0, 0.02, 0.01, 0.03, -0.6, -0.58, -0.6, -0.61, -0.59, 0]
    let step = FrameCues.strongestStep(profile)
    #expect(abs(step.rho - 0.8) < 1e-6)
    #expect(step.strength > 0.5)
  }
}

/// Each cue separates the clip with a flickering pasted face from the clean
/// clip in the direction its article promises.
@Suite struct CueKnownAnswerTests {
  func seamMinusClean(_ name: String) -> Float {
    Clips.mean(name, Clips.seamCues) - Clips.mean(name, Clips.cleanCues)
  }

  @Test func everyFrameIsMeasured() {
    #expect(Clips.cleanCues.count == Clips.clean.frames.count)
    #expect(Clips.seamCues.count == Clips.seam.frames.count)
  }

  @Test func firstFrameHasNoTemporalCuesLaterFramesDo() {
    let first = Clips.cleanCues[0], later = Clips.cleanCues[3]
    #expect(first["temporal.interiorFlicker"]!.isNaN)
    #expect(first["window.smoothnessInstability"]!.isNaN)
    #expect(first["spatial.interiorSmoothness"]!.isFinite)
    // Every cue but the generator-scale ones, which abstain on a face this small (aligned size < 256 px).
    #expect(zip(SeamCues.names, later.values).allSatisfy { $0.0.hasPrefix("scale.") || $0.1.isFinite })
    #expect(later["scale.g128.energy"]!.isNaN)
  }

  @Test func pastedInteriorIsSmoother() {
    #expect(seamMinusClean("spatial.interiorSmoothness") > 0.2)
    #expect(seamMinusClean("spatial.noise.ring0.5") < -0.2)
    #expect(seamMinusClean("spatial.sharpness.ring0.6") < -0.2)
  }

  @Test func pastedInteriorLacksFineScaleEnergy() {
    #expect(seamMinusClean("spatial.interiorResampling") > 0.1)
  }

  @Test func pastedInteriorIsColourShifted() {
    #expect(seamMinusClean("spatial.chroma.ring0.5") > 2)
  }

  @Test func seamIsADiscontinuityInTheRadialProfile() {
    #expect(seamMinusClean("spatial.peakDiscontinuity") > 0.07)
    // The clean head's strongest step is its silhouette at the hull; the paste's is inside it.
    #expect(Clips.mean("spatial.peakDiscontinuityRho", Clips.seamCues) < 0.95)
  }

  @Test func seamAddsGradientAcrossTheContour() {
    #expect(seamMinusClean("spatial.contourGradient") > 0.08)
  }

  @Test func changingBlendFlickersInsideTheFace() {
    #expect(seamMinusClean("temporal.interiorFlicker") > 0.15)
    #expect(seamMinusClean("temporal.flicker.ring0.6") > 0.15)
    #expect(seamMinusClean("window.interiorFlicker") > 0.15)
  }

  @Test func changingBlendMakesSpatialCuesUnstable() {
    #expect(seamMinusClean("window.smoothnessInstability") > 0.02)
    #expect(seamMinusClean("window.chromaInstability") > 0.3)
  }

  @Test func jitteryLandmarksRaiseTheJitterCue() {
    let jittery = Clips.mean("window.landmarkJitter", Clips.jitteryCues)
    let clean = Clips.mean("window.landmarkJitter", Clips.cleanCues)
    #expect(jittery - clean > 0.5)
  }

  @Test func cuesAreDeterministic() {
    let again = Clips.analyze(Clips.seam)
    #expect(again.map { $0.values.map(\.bitPattern) } == Clips.seamCues.map { $0.values.map(\.bitPattern) })
  }

  @Test func aGapInFrameIndicesDropsTemporalCues() {
    var analyzer = SeamTrackAnalyzer()
    let clip = Clips.clean
    _ = analyzer.analyze(frame: clip.frames[0], landmarks: clip.landmarks[0], frameIndex: 0)
    let afterGap = analyzer.analyze(frame: clip.frames[1], landmarks: clip.landmarks[1], frameIndex: 5)!
    #expect(afterGap["temporal.interiorFlicker"]!.isNaN)
    #expect(analyzer.analyze(frame: clip.frames[1], landmarks: Array(clip.landmarks[1].prefix(10)), frameIndex: 6) == nil)
  }
}
