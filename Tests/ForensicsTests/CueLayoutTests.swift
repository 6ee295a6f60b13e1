import SeamScanImaging
import Testing

@testable import SeamScanForensics
@testable import SeamScanSynthesis

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

  @Test func theTableNamesEveryRecordedCueWithItsFamilyAndRegion() {
    #expect(SeamCues.table.map(\.name) == SeamCues.names + ["network.face"])
    #expect(SeamCues.faceNetwork.family == .faceNetwork)
    #expect(ScoreFusion.networkCueName == SeamCues.faceNetwork.name)
    #expect(Set(SeamCues.table.map(\.family)) == Set(CueFamily.allCases))
    for cue in SeamCues.table {
      if case .ring(let ring) = cue.region {
        #expect(cue.name.hasSuffix(".ring" + RadialRegions.ringLabels[ring]), "\(cue.name)")
      } else {
        #expect(!cue.name.contains(".ring"), "\(cue.name)")
      }
    }
    #expect(SeamCues.description(of: "head.edgeStep")?.region == .contour)
    #expect(SeamCues.description(of: "spatial.contourGradient")?.region == .contour)
    #expect(SeamCues.description(of: "spatial.peakDiscontinuityRho")?.region == .peak)
    #expect(SeamCues.description(of: "window.landmarkJitter")?.region == .landmarks)
    #expect(SeamCues.description(of: "window.interiorFlicker")?.family == .interiorFlicker)
    #expect(SeamCues.description(of: "head.chromaForehead")?.family == .headChroma)
    #expect(SeamCues.description(of: "spatial.sharpness") == nil)
  }

  /// The namespace of a cue's name says what it needs, as the table does.
  @Test func namesSayWhatEachCueNeeds() {
    for cue in SeamCues.table {
      switch cue.name.prefix(while: { $0 != "." }) {
      case "spatial": #expect(cue.needs.isEmpty, "\(cue.name)")
      case "temporal": #expect(cue.needs.contains(.previousFrame), "\(cue.name)")
      case "window": #expect(cue.needs.contains(.trackWindow), "\(cue.name)")
      case "scale", "head": #expect(cue.needs == .detailPlane, "\(cue.name)")
      case "network": #expect(cue.needs == .network, "\(cue.name)")
      default: Issue.record("\(cue.name) has no known namespace")
      }
    }
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
