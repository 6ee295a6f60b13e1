import SeamScanImaging
import SeamScanRecords
import Testing

@testable import SeamScanFaces

/// The tracker's bookkeeping with scripted detections and landmarks: ids, confirmation,
/// dropping, duplicates and scene cuts, independent of the real models.
@Suite struct TrackerBookkeepingTests {
  typealias Square = ScriptedFaceWorld.Square

  func makeTracker(copies: Int = 1, maxUnconfirmed: Int = 6) -> FaceTracker<ScriptedDetector, ScriptedLandmarker> {
    FaceTracker(
      detector: ScriptedDetector(copies: copies), predictor: ScriptedLandmarker(),
      parameters: TrackingParameters(
        detectEvery: 5, confirmEvery: 2, maxUnconfirmedFrames: maxUnconfirmed, sceneCutThreshold: 30))
  }

  @Test func aMovingFaceKeepsItsTrackID() {
    var tracker = makeTracker()
    for frame in 0..<20 {
      let faces = tracker.track(ScriptedFaceWorld.frame([Square(x: 40 + 2 * frame, y: 60, side: 50)]), ordinal: frame)
      #expect(faces.map(\.track) == [1], "frame \(frame)")
      #expect(faces.first?.box.left == 40 + 2 * frame, "the box follows the face, frame \(frame)")
    }
  }

  @Test func everyCascadeFindConfirmsTheTrack() {
    var tracker = makeTracker()
    var last: [TrackedFace] = []
    for frame in 0..<11 {
      last = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50)]), ordinal: frame)
    }
    // Whole-frame scans at 0, 5 and 10 (the first starts the track) and near-box checks at 2, 4, 7 and 9.
    #expect(last.first?.confirmations == 7)
    #expect(last.first?.source == .frontal)
  }

  @Test func aFaceNoCascadeConfirmsIsDroppedAfterTheLimit() {
    var tracker = makeTracker(maxUnconfirmed: 6)
    var alive: [Int] = []
    for frame in 0..<12 {
      let value = frame == 0 ? ScriptedFaceWorld.visible : ScriptedFaceWorld.hidden
      let faces = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50, value: value)]), ordinal: frame)
      if !faces.isEmpty { alive.append(frame) }
    }
    #expect(alive == Array(0...6))
  }

  @Test func overlappingDetectionsOfOneFaceMakeOneTrack() {
    var tracker = makeTracker(copies: 3)
    let faces = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50)]), ordinal: 0)
    #expect(faces.count == 1)
  }

  @Test func twoFacesGetTwoTracksInOrderOfAppearance() {
    var tracker = makeTracker()
    _ = tracker.track(ScriptedFaceWorld.frame([Square(x: 20, y: 60, side: 50)]), ordinal: 0)
    var faces: [TrackedFace] = []
    for frame in 1...5 {
      faces = tracker.track(
        ScriptedFaceWorld.frame([Square(x: 20, y: 60, side: 50), Square(x: 200, y: 60, side: 50)]), ordinal: frame)
    }
    #expect(faces.map(\.track) == [1, 2])
  }

  @Test func aSceneCutEndsEveryTrack() {
    var tracker = makeTracker()
    _ = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50)]), ordinal: 0)
    let afterCut = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50)], background: 90), ordinal: 1)
    #expect(afterCut.map(\.track) == [2])
  }

  @Test func aFitOverTheGateStartsNoTrack() {
    var tracker = makeTracker()
    var image = ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50, value: ScriptedFaceWorld.shapeless)])
    // The detector is fooled by the blob too.
    let fooled = [
      FaceCandidate(box: DlibRect(left: 40, top: 60, right: 89, bottom: 109), neighbours: 5, source: .frontal)
    ]
    #expect(tracker.update(image: image, detections: fooled).isEmpty)
    image = ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50)])
    #expect(tracker.track(image, ordinal: 5).map(\.track) == [1], "the rejected blob used up no track id")
  }
}
