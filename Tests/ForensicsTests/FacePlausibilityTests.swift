import SeamScanImaging
import SeamScanRecords
import Testing

@testable import SeamScanForensics

@Suite struct FacePlausibilityTests {
  let landmarks = SyntheticClip.headLandmarks(axes: SyntheticClip.semiAxes).map { $0 + 160 }

  func planes(cb: UInt8, cr: UInt8) -> FramePlanes {
    FramePlanes(
      luma: GrayImage(width: 320, height: 320, fill: 120), cb: GrayImage(width: 320, height: 320, fill: cb),
      cr: GrayImage(width: 320, height: 320, fill: cr))
  }

  func exclusion(_ planes: FramePlanes, confidence: Double = 0.8, confirmations: Int = 3) -> FaceExclusion? {
    FacePlausibility.exclusion(
      planes: planes, landmarks: landmarks, confidence: confidence,
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
