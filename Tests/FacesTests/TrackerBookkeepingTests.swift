import SeamScanFacesTestSupport
import SeamScanImaging
import SeamScanRecords
import Testing

@testable import SeamScanFaces

/// The tracker's bookkeeping with scripted detections and landmarks: ids, decisions,
/// confirmation, dropping, searching, duplicates and scene cuts, independent of the real models.
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
    #expect(tracker.status(ofTrack: 1) == .confirmed)
  }

  @Test func everyCascadeFindConfirmsTheTrack() {
    var tracker = makeTracker()
    var last: [TrackedFace] = []
    for frame in 0..<11 {
      last = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50)]), ordinal: frame)
    }
    // Whole-frame scans at 0 (the birth), the opening frames 1, 2 and 4, 3 (still tentative
    // in the opening frames), and 5 and 10 by schedule; near-box checks after two unconfirmed
    // frames, at 7 and 9.
    #expect(last.first?.confirmations == 9)
    #expect(last.first?.source == .frontal)
  }

  @Test func aFaceNoCascadeFindsAgainIsDiscarded() {
    var tracker = makeTracker()
    var seen: [Int] = []
    for frame in 0..<8 {
      let value = frame == 0 ? ScriptedFaceWorld.visible : ScriptedFaceWorld.hidden
      let faces = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50, value: value)]), ordinal: frame)
      if !faces.isEmpty { seen.append(frame) }
    }
    #expect(seen == Array(0...3), "followed while tentative, ended at its decision")
    #expect(tracker.status(ofTrack: 1) == .discarded)
  }

  @Test func aFalseFindWaitingForItsDecisionDoesNotStopTheOpeningScans() {
    var tracker = makeTracker()
    var firstSeen: Int?
    for frame in 0..<6 {
      let falseFind = Square(
        x: 20, y: 20, side: 40, value: frame == 0 ? ScriptedFaceWorld.visible : ScriptedFaceWorld.hidden)
      let face = Square(x: 200, y: 100, side: 50)
      let faces = tracker.track(ScriptedFaceWorld.frame(frame >= 3 ? [falseFind, face] : [falseFind]), ordinal: frame)
      if firstSeen == nil, faces.contains(where: { $0.box.left == 200 }) { firstSeen = frame }
    }
    #expect(firstSeen == 3, "found the frame it comes into view, not at the next opening scan")
    #expect(tracker.status(ofTrack: 1) == .discarded)
  }

  @Test func aConfirmedFaceNoCascadeFindsIsDroppedAfterTheLimit() {
    var tracker = makeTracker(maxUnconfirmed: 6)
    var seen: [Int] = []
    for frame in 0..<14 {
      let value = frame <= 4 ? ScriptedFaceWorld.visible : ScriptedFaceWorld.hidden
      let faces = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50, value: value)]), ordinal: frame)
      if !faces.isEmpty { seen.append(frame) }
    }
    #expect(seen == Array(0...10), "six frames without a cascade find, counted from the last one at frame 4")
    #expect(tracker.status(ofTrack: 1) == .confirmed, "its frames stay reported")
  }

  @Test func aFaceWhoseEyesAreNotDarkIsDiscardedThoughTheCascadeFindsIt() {
    var tracker = makeTracker()
    for frame in 0..<6 {
      _ = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50, eyeless: true)]), ordinal: frame)
    }
    #expect(tracker.status(ofTrack: 1) == .discarded)
  }

  @Test func aFaceLostForAFrameIsFoundAgainNearWhereItWas() {
    var tracker = makeTracker()
    var tracks: [[Int]] = []
    for frame in 0..<10 {
      let squares = frame == 6 ? [] : [Square(x: 40, y: 60, side: 50)]
      tracks.append(tracker.track(ScriptedFaceWorld.frame(squares), ordinal: frame).map(\.track))
    }
    #expect(tracks[6] == [], "not reported while lost")
    #expect(tracks[7] == [1], "the same track, not a new one")
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
    #expect(faces.map(\.track) == [1, 2], "the second face is found by the opening scan at frame 1")
    #expect(tracker.status(ofTrack: 2) == .confirmed)
  }

  @Test func aSceneCutEndsEveryTrack() {
    var tracker = makeTracker()
    _ = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50)]), ordinal: 0)
    let afterCut = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50)], background: 90), ordinal: 1)
    #expect(afterCut.map(\.track) == [2])
    #expect(tracker.status(ofTrack: 1) == .discarded, "cut off before it was decided")
  }

  @Test func aFitOverTheGateStartsNoTrack() {
    var tracker = makeTracker()
    var planes = ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50, value: ScriptedFaceWorld.shapeless)])
    // The detector is fooled by the blob too.
    let fooled = [
      FaceCandidate(box: DlibRect(left: 40, top: 60, right: 89, bottom: 109), neighbours: 5, source: .frontal)
    ]
    #expect(tracker.update(planes, detections: fooled).isEmpty)
    planes = ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50)])
    #expect(tracker.track(planes, ordinal: 5).map(\.track) == [1], "the rejected blob used up no track id")
  }

  @Test func anInputEndingBeforeTheDecisionKeepsFacesThatLookLikeFaces() {
    var tracker = makeTracker()
    _ = tracker.track(ScriptedFaceWorld.frame([Square(x: 40, y: 60, side: 50)]), ordinal: 0)
    _ = tracker.track(ScriptedFaceWorld.frame([Square(x: 200, y: 60, side: 50, eyeless: true)]), ordinal: 5)
    tracker.finish()
    #expect(tracker.status(ofTrack: 1) == .confirmed)
  }

  @Test func boxesInsideOthersShareTheirWholeArea() {
    let face = DlibRect(left: 0, top: 0, right: 99, bottom: 99)
    let eye = DlibRect(left: 20, top: 20, right: 39, bottom: 39)
    #expect(face.sharedShare(eye) == 1)
    #expect(face.overlap(eye) < 0.05)
    #expect(face.sharedShare(DlibRect(left: 90, top: 0, right: 189, bottom: 99)) == 0.1)
  }
}
