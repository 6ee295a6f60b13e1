import SeamScanRecords
import Testing

@testable import SeamScanForensics

@Suite struct FacePlausibilityTests {
  func exclusion(skin: Bool = true, confidence: Double = 0.8, confirmations: Int = 3) -> FaceExclusion? {
    FacePlausibility.exclusion(
      skinColoured: skin, confidence: confidence, confirmations: confirmations, requiredConfirmations: 2)
  }

  @Test func skinColouredConfirmedWellFittedFacesAreScored() {
    #expect(exclusion() == nil)
  }

  @Test func facesThatAreNotSkinColouredAreLeftOut() {
    #expect(exclusion(skin: false) == .notSkin)
  }

  @Test func unconfirmedAndPoorlyFittedFacesAreLeftOut() {
    #expect(exclusion(confirmations: 1) == .unconfirmed)
    #expect(exclusion(confidence: 0.1) == .poorFit)
    #expect(exclusion(skin: false, confirmations: 1) == .unconfirmed, "confirmation is checked first")
  }
}
