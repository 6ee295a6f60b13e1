import Foundation
import SeamScanImaging
import SeamScanRecords
import Testing

@testable import SeamScanFaces

/// The tracker on a moving public-domain portrait: ids stay stable while the
/// face moves, boxes follow it, and a cut or a vanished face ends the track.
@Suite struct FaceTrackerTests {
  private static let portrait = TrackerFixtures.portrait
  private static let kit = TrackerFixtures.kit

  /// The portrait moved `dx` pixels right (the uncovered strip is mid-grey).
  private func shifted(_ dx: Int) -> GrayImage {
    let image = Self.portrait
    var out = GrayImage(width: image.width, height: image.height, fill: 128)
    for y in 0..<image.height {
      for x in max(0, dx)..<min(image.width, image.width + dx) { out[x, y] = image[x - dx, y] }
    }
    return out
  }

  private func makeTracker(detectEvery: Int = 4, confirmEvery: Int = 4) -> FaceTracker<FaceDetector, ShapePredictor> {
    FaceTracker(
      detector: Self.kit.detector, predictor: Self.kit.predictor,
      parameters: TrackingParameters(
        detectEvery: detectEvery, confirmEvery: confirmEvery, maxUnconfirmedFrames: 12, sceneCutThreshold: 30))
  }

  @Test func oneStableTrackFollowsAMovingFace() {
    var tracker = makeTracker()
    var lefts: [Int] = []
    for frame in 0..<12 {
      let image = shifted(frame * 3)
      let detections = tracker.scheduledScan(analysedOrdinal: frame).map { tracker.scan($0, in: image) }
      let faces = tracker.update(FramePlanes(luma: image), detections: detections, sceneCut: false)
      #expect(faces.map(\.track) == [1], "frame \(frame)")
      #expect(faces.first?.shape.points.count == 68)
      lefts.append(faces.first?.box.left ?? -1)
    }
    let moved = Double(lefts.last! - lefts.first!)
    #expect(abs(moved - 33) <= 4, "the box follows the 3 px/frame motion")
  }

  @Test func sceneCutAndEmptyFramesEndTheTrack() {
    var tracker = makeTracker()
    #expect(tracker.update(FramePlanes(luma: shifted(0)), detections: nil, sceneCut: true).map(\.track) == [1])
    let blank = GrayImage(width: 640, height: 360, fill: 90)
    #expect(
      tracker.update(FramePlanes(luma: blank), detections: nil, sceneCut: true).isEmpty, "no face after a cut to grey")
    #expect(
      tracker.update(FramePlanes(luma: shifted(0)), detections: nil, sceneCut: true).map(\.track) == [2], "a new track")
  }

  @Test func detectionsOfTheTrackedFaceDoNotDuplicateIt() {
    var tracker = makeTracker(detectEvery: 1)
    for frame in 0..<5 {
      let image = shifted(frame)
      let faces = tracker.update(
        FramePlanes(luma: image), detections: Self.kit.detector.detect(in: image), sceneCut: false)
      #expect(faces.count == 1)
      #expect(faces.first?.source == .frontal, "every detection confirms the track")
    }
  }

  /// Without whole-frame scans, the checks near the face keep its track alive
  /// past `maxUnconfirmedFrames`; with checks that can never come, it is dropped.
  @Test func checksNearTheFaceKeepItsTrack() {
    var confirmed = makeTracker(detectEvery: 1000, confirmEvery: 4)
    var unconfirmed = makeTracker(detectEvery: 1000, confirmEvery: 1000)
    var confirmedTracks = Set<Int>()
    var unconfirmedTracks = Set<Int>()
    for frame in 0..<20 {
      let image = shifted(frame)
      let detections = frame == 0 ? Self.kit.detector.detect(in: image) : nil
      confirmedTracks.formUnion(
        confirmed.update(FramePlanes(luma: image), detections: detections, sceneCut: false).map(\.track))
      unconfirmedTracks.formUnion(
        unconfirmed.update(FramePlanes(luma: image), detections: detections, sceneCut: false).map(\.track))
    }
    #expect(confirmedTracks == [1])
    #expect(unconfirmedTracks == [1, 2], "dropped after 12 unconfirmed frames, then found again as a new face")
  }

  @Test func sceneSignatureSeesCutsNotMotion() {
    let still = SceneSignature(shifted(0))
    let moved = SceneSignature(shifted(4))
    let other = SceneSignature(GrayImage(width: 640, height: 360, fill: 20))
    #expect(still.distance(to: moved) < 10)
    #expect(still.distance(to: other) > 30)
  }
}
