import Foundation
import SeamScanImaging
import SeamScanRecords
import Testing

@testable import SeamScanFaces

/// Faces rolled in the picture: the upright cascades miss them, the tracker finds them by
/// turning the frame, and its landmarks land where the upright face's landmarks go once turned.
@Suite struct RolledFaceTests {
  private static let portrait = TrackerFixtures.portrait
  private static let kit = TrackerFixtures.kit

  /// The upright portrait's face: its box and landmarks.
  private static let upright: (box: DlibRect, shape: FaceShape) = {
    let box = kit.detector.detect(in: portrait)[0].box
    let first = kit.predictor.predict(in: portrait, box: box)
    let shape = kit.predictor.predict(in: portrait, box: kit.predictor.refit(first))
    return (kit.predictor.refit(shape), shape)
  }()

  /// The portrait with its face turned `degrees` clockwise about the face's middle, and the
  /// map from the upright portrait to it.
  private func rolled(_ degrees: Float) -> (image: GrayImage, map: SimilarityTransform) {
    let view = RolledView(
      of: Self.portrait, centre: Self.upright.box.centre, degrees: -degrees, width: Self.portrait.width,
      height: Self.portrait.height)
    return (view.image, view.toFrame.inverse)
  }

  @Test func rollOfAShapeIsTheSlopeOfItsEyeLine() {
    let shape = Self.upright.shape
    #expect(abs(shape.roll) < 7, "the portrait is nearly upright")
    for degrees: Float in [-40, -20, 25] {
      let radians = degrees * .pi / 180
      let turn = SimilarityTransform(a: cos(radians), b: sin(radians), translation: SIMD2(50, -20))
      let turned = FaceShape(points: shape.points.map(turn.apply))
      #expect(abs(turned.roll - shape.roll - degrees) < 0.01)
    }
  }

  @Test func boxesAndLandmarksMapBetweenViewAndFrame() {
    let box = DlibRect(left: 100, top: 80, right: 179, bottom: 159)
    for degrees: Float in [-40, 20, 90] {
      let view = RolledView(around: box, in: Self.portrait, degrees: degrees)
      #expect(view.image.width == 162 && view.image.height == 162)
      let back = view.frameBox(of: view.viewBox(of: box))
      #expect(abs(back.left - box.left) <= 1 && abs(back.top - box.top) <= 1 && back.width == box.width)
      // A point level with the view's middle lies along the roll in the frame.
      let middle = view.toFrame.apply(SIMD2(80.5, 80.5))
      let right = view.toFrame.apply(SIMD2(100.5, 80.5))
      let angle = atan2(right.y - middle.y, right.x - middle.x) * 180 / .pi
      #expect(abs(angle - degrees) < 0.01)
      #expect(abs(middle.x - 139.5) < 0.01 && abs(middle.y - 119.5) < 0.01)
    }
  }

  @Test func uprightCascadesMissAFaceRolled35Degrees() {
    #expect(Self.kit.detector.detect(in: rolled(35).image).isEmpty, "else the search at turns proves nothing")
  }

  /// Tracks a still for eight frames; the faces of the last one and whether each was decided a face.
  private func trackStill(_ image: GrayImage) -> [(TrackedFace, TrackStatus)] {
    var tracker = FaceTracker(
      detector: Self.kit.detector, predictor: Self.kit.predictor, parameters: TrackingParameters())
    var faces: [TrackedFace] = []
    for ordinal in 0..<8 { faces = tracker.track(FramePlanes(luma: image), ordinal: ordinal) }
    return faces.map { ($0, tracker.status(ofTrack: $0.track)) }
  }

  /// The one face found fits where the upright fit goes under `map`: roll within 4°, every
  /// landmark within 3% of the face's side.
  private func expectFitted(_ found: [(TrackedFace, TrackStatus)], under map: SimilarityTransform, roll: Float) {
    #expect(found.count == 1 && found.first?.1 == .confirmed)
    guard let face = found.first?.0 else { return }
    let turn = face.shape.roll - Self.upright.shape.roll - roll
    #expect(abs(turn - 360 * (turn / 360).rounded()) < 4, "roll \(face.shape.roll)")
    let expected = Self.upright.shape.points.map(map.apply)
    let worst = zip(face.shape.points, expected).map { distance($0, $1) }.max() ?? .infinity
    #expect(worst < 0.03 * Float(Self.upright.box.width), "worst landmark \(worst) px")
  }

  /// A still of the face rolled 35° is found by the turned search, decided a face, and fitted.
  @Test(arguments: [35, -35] as [Float]) func trackerFindsAndFitsARolledFace(degrees: Float) {
    let (image, map) = rolled(degrees)
    expectFitted(trackStill(image), under: map, roll: degrees)
  }
}

private func distance(_ a: SIMD2<Float>, _ b: SIMD2<Float>) -> Float { ((a - b) * (a - b)).sum().squareRoot() }
