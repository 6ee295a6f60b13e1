import SeamScanFacesTestSupport
import SeamScanImaging
import Testing

@testable import SeamScanFaces

/// The skin and eye-contrast tests on synthetic faces: a face drawn with the stylised landmark
/// layout of the scripted tracker tests, on planes of chosen colour.
@Suite struct FaceAppearanceTests {
  let box = DlibRect(left: 60, top: 40, right: 179, bottom: 159)

  func planes(cb: UInt8, cr: UInt8, eyes: UInt8) -> FramePlanes {
    var frame = ScriptedFaceWorld.frame([ScriptedFaceWorld.Square(x: 60, y: 40, side: 120, eyeless: true)])
    let painted = ScriptedFaceWorld.frame([ScriptedFaceWorld.Square(x: 60, y: 40, side: 120)])
    for index in frame.luma.pixels.indices where painted.luma.pixels[index] != frame.luma.pixels[index] {
      frame.luma.pixels[index] = eyes
    }
    return FramePlanes(
      luma: frame.luma, cb: GrayImage(width: frame.width, height: frame.height, fill: cb),
      cr: GrayImage(width: frame.width, height: frame.height, fill: cr))
  }

  var landmarks: [SIMD2<Float>] { ScriptedLandmarker.layout.map { ScriptedLandmarker.place($0, in: box) } }

  @Test func aSkinColouredFaceWithDarkEyesIsPlausible() {
    let appearance = FaceAppearance(planes: planes(cb: 110, cr: 150, eyes: 40), landmarks: landmarks)
    #expect(appearance.isSkinColoured)
    #expect(appearance.hasEyesDarkerThanCheeks)
    #expect((appearance.eyeContrast?.bothEyes ?? 0) > 0.5)
  }

  @Test func eyesNoDarkerThanTheCheeksAreNotAFace() {
    let appearance = FaceAppearance(planes: planes(cb: 110, cr: 150, eyes: 255), landmarks: landmarks)
    #expect(!appearance.hasEyesDarkerThanCheeks)
    #expect(!appearance.isPlausible)
  }

  @Test func colourlessPicturesAreNotHeldAgainstAFace() {
    #expect(FaceAppearance(planes: planes(cb: 128, cr: 128, eyes: 40), landmarks: landmarks).isSkinColoured)
  }

  @Test func blueOrGreenThingsAreNotSkin() {
    #expect(!FaceAppearance(planes: planes(cb: 170, cr: 110, eyes: 40), landmarks: landmarks).isSkinColoured)
    #expect(!FaceAppearance(planes: planes(cb: 100, cr: 100, eyes: 40), landmarks: landmarks).isSkinColoured)
  }

  @Test func landmarksOffTheFrameAreNotMeasuredNorHeldAgainstTheFace() {
    let away = landmarks.map { $0 + SIMD2(1000, 1000) }
    let appearance = FaceAppearance(planes: planes(cb: 110, cr: 150, eyes: 40), landmarks: away)
    #expect(appearance.eyeContrast == nil)
    #expect(appearance.hasEyesDarkerThanCheeks)
    #expect(!appearance.isSkinColoured, "no skin was seen")
  }
}
