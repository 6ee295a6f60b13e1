import SeamScanImaging
import Testing

@testable import SeamScanForensics

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
    let first = Clips.cleanCues[0]
    let later = Clips.cleanCues[3]
    #expect(first["temporal.interiorFlicker"]!.isNaN)
    #expect(first["window.smoothnessInstability"]!.isNaN)
    #expect(first["spatial.interiorSmoothness"]!.isFinite)
    // What the table says each cue needs: a track's first frame has no previous frame and no window.
    for (cue, value) in zip(SeamCues.table, first.values) {
      if !cue.needs.isDisjoint(with: [.previousFrame, .trackWindow]) { #expect(value.isNaN, "\(cue.name)") }
      if cue.needs.isEmpty { #expect(value.isFinite, "\(cue.name)") }
    }
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
    let again = Clips.analyse(Clips.seam)
    #expect(again.map { $0.values.map(\.bitPattern) } == Clips.seamCues.map { $0.values.map(\.bitPattern) })
  }

  @Test func aGapInFrameIndicesDropsTemporalCues() {
    var analyser = SeamTrackAnalyser()
    let clip = Clips.clean
    _ = analyser.analyse(frame: clip.frames[0], landmarks: clip.landmarks[0], frameIndex: 0)
    let afterGap = analyser.analyse(frame: clip.frames[1], landmarks: clip.landmarks[1], frameIndex: 5)!
    #expect(afterGap["temporal.interiorFlicker"]!.isNaN)
    #expect(
      analyser.analyse(frame: clip.frames[1], landmarks: Array(clip.landmarks[1].prefix(10)), frameIndex: 6) == nil)
  }
}
