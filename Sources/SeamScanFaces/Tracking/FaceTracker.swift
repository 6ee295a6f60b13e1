import SeamScanImaging
import SeamScanRecords

/// Follows faces from frame to frame.
///
/// Between detections each face is re-boxed from its own landmarks (predict,
/// refit the box, and predict again unless it sat still), which is far cheaper
/// than the cascades and steadier than a fresh detection. Feed frames strictly
/// in order.
///
/// A track is born tentative from a detection whose landmarks fit a face with
/// skin-coloured cheeks. It becomes a face when, after
/// ``TrackingParameters/decisionFrames``, a cascade has found it again and it
/// failed the appearance tests (``FaceAppearance``: skin colour, eyes darker than
/// cheeks and nose) on at most one of those frames; otherwise it is discarded. Callers
/// that hold their output back by that many frames report only confirmed tracks
/// (``status(ofTrack:)``). A track is dropped when no cascade has confirmed it for
/// ``TrackingParameters/maxUnconfirmedFrames``, when it keeps failing the
/// appearance tests, or when it has been lost and not found again near where it
/// was. A track inside another's box, or overlapping it, is merged into it.
///
/// A whole-frame scan that finds nothing while nothing is tracked is repeated on the frame
/// turned by each of ``TrackingParameters/rollSearchAngles``. A face found that way is followed and re-checked in a
/// view of the frame turned upright around it (`RolledView`) while its landmarks' roll
/// exceeds ``TrackingParameters/uprightRollLimit``. A face found upright is followed upright.
///
/// The detector and the landmark model are interfaces, so the bookkeeping can
/// be tested with scripted detections.
public struct FaceTracker<Detector: FaceFinding, Landmarker: LandmarkFitting>: Sendable {
  public let detector: Detector
  public let predictor: Landmarker
  public let parameters: TrackingParameters

  private var tracks: [Track] = []
  private var nextTrackID = 1
  private var previousSignature: SceneSignature?
  /// Analysed frames since the video started or the scene last cut.
  private var framesSinceCut = 0
  /// Tracks that ended after they were decided.
  private var endedStatus: [Int: TrackStatus] = [:]
  /// Whether the last frame given to ``update(_:detections:sceneCut:)`` began a new scene.
  public private(set) var lastFrameWasCut = false

  private struct Track: Sendable {
    var id: Int
    var face: TrackedFace
    var status = TrackStatus.tentative
    var age = 0
    var framesUnconfirmed = 0
    var appearanceFailures = 0
    /// Appearance failures while tentative.
    var tentativeFailures = 0
    /// Frames since the landmarks last followed the face; 0 while it is seen.
    var framesLost = 0
    /// Found in a turned frame: followed at its landmarks' roll. A face the upright cascades
    /// found is followed upright, since fits in a turned view of a face cut by the frame's
    /// edge can feed their own roll and run away.
    let followsRoll: Bool

    /// The roll its landmarks are fitted and re-checked at.
    var roll: Float { followsRoll ? face.shape.roll : 0 }

    mutating func confirm(by source: FaceSource) {
      framesUnconfirmed = 0
      face.source = source
      face.confirmations += 1
    }
  }

  public init(detector: Detector, predictor: Landmarker, parameters: TrackingParameters) {
    self.detector = detector
    self.predictor = predictor
    self.parameters = parameters
  }

  /// A whole-frame scan due by schedule alone.
  public enum ScheduledScan: Sendable, Equatable {
    /// The Haar cascades, frontal then profile: on the first frame and the opening frames.
    case full
    /// The fast cascade alone: every ``TrackingParameters/detectEvery`` frames, for new faces.
    case survey
  }

  /// The whole-frame scan due on this analysed frame by schedule alone. Callers may run it
  /// ahead of time, in parallel (``scan(_:in:)``).
  public func scheduledScan(analysedOrdinal ordinal: Int) -> ScheduledScan? {
    if ordinal == 0 || TrackingParameters.openingScans.contains(ordinal) { return .full }
    return ordinal % parameters.detectEvery == 0 ? .survey : nil
  }

  public func scan(_ kind: ScheduledScan, in image: GrayImage) -> [FaceCandidate] {
    kind == .full ? detector.detect(in: image) : detector.survey(in: image)
  }

  /// The faces in the analysed frame `ordinal`, tentative ones included. The whole-frame
  /// scan due by schedule runs here unless `scheduledDetections` brings its result,
  /// computed ahead on a parallel stage. A survey looks for new faces beside tracked ones;
  /// where no face is tracked, the whole frame is scanned fully instead.
  public mutating func track(_ planes: FramePlanes, ordinal: Int, scheduledDetections: [FaceCandidate]? = nil)
    -> [TrackedFace]
  {
    let scheduled = scheduledScan(analysedOrdinal: ordinal)
    var detections = scheduled.map { scheduledDetections ?? scan($0, in: planes.luma) }
    if scheduled == .survey, tracks.isEmpty { detections = detector.detect(in: planes.luma) }
    return update(planes, detections: detections)
  }

  /// Decides the tracks still tentative when the input ends before their decision frames (a
  /// still, or a face in a clip's last frames): with no later frame to find them in, a track
  /// is kept on the appearance tests alone, failed on at most one frame as after a decision.
  public mutating func finish() {
    for index in tracks.indices where tracks[index].status == .tentative {
      tracks[index].status = tracks[index].tentativeFailures <= Self.toleratedFailures ? .confirmed : .discarded
    }
  }

  /// Appearance failures a tentative track may have and still be kept: one frame with an eye
  /// shut, a glare on glasses or a hand passing.
  static var toleratedFailures: Int { 1 }

  /// Whether track `id` is a face, as far as is known now.
  public func status(ofTrack id: Int) -> TrackStatus {
    tracks.first { $0.id == id }?.status ?? endedStatus[id] ?? .discarded
  }

  /// The faces in `planes`. `detections` are the cascade results for this frame when they
  /// were computed ahead; otherwise the tracker runs the cascades itself after a cut, on
  /// the opening frames after it, and when a track was lost. A cut (seen by comparing
  /// thumbnails with the previous frame, or forced by `sceneCut`) ends every track. In the
  /// opening frames after the start or a cut, a frame with no confirmed face is scanned whole.
  public mutating func update(_ planes: FramePlanes, detections: [FaceCandidate]?, sceneCut: Bool = false)
    -> [TrackedFace]
  {
    let image = planes.luma
    let signature = SceneSignature(image)
    let cut =
      sceneCut || previousSignature.map { signature.distance(to: $0) > parameters.sceneCutThreshold } ?? false
    lastFrameWasCut = cut
    framesSinceCut = cut || previousSignature == nil ? 0 : framesSinceCut + 1
    previousSignature = signature
    if cut {
      for index in tracks.indices.reversed() { end(at: index) }
    }
    var lostAny = false
    for index in tracks.indices.reversed() {
      if !advance(index, in: planes) {
        lostAny = true
        end(at: index)
      }
    }
    let opening =
      cut || TrackingParameters.openingScans.contains(framesSinceCut)
      || (framesSinceCut < TrackingParameters.openingFrames && !tracks.contains { $0.status == .confirmed })
    var candidates = detections
    if candidates == nil, opening || lostAny || tracks.contains(where: { $0.framesLost > 0 }) {
      candidates = detector.detect(in: image)
    }
    // In the opening frames only the scheduled scans turn: every frame there is scanned whole.
    let scheduledOpening =
      framesSinceCut == 0 || TrackingParameters.openingScans.contains(framesSinceCut)
      || framesSinceCut >= TrackingParameters.openingFrames
    if candidates?.isEmpty == true, tracks.isEmpty, scheduledOpening {
      candidates = rolledSearch(in: image)
    }
    if let candidates { absorb(candidates, in: planes) }
    confirmDueTracks(in: image)
    mergeOverlapping()
    return tracks.filter { $0.framesLost == 0 }.map(\.face)
  }

  /// Follows a track into this frame, or searches for it near where it was; false when it is to go.
  private mutating func advance(_ index: Int, in planes: FramePlanes) -> Bool {
    var track = tracks[index]
    defer { tracks[index] = track }
    track.age += 1
    guard track.framesUnconfirmed < parameters.maxUnconfirmedFrames else { return false }
    let followed: TrackedFace?
    if track.framesLost == 0 {
      followed = follow(track.face.box, roll: track.roll, in: planes, track: track.id)
    } else {
      // Lost: look near where it was, at sizes near its own.
      let box = track.face.box
      followed = detections(near: box, roll: track.roll, in: planes.luma).first {
        $0.box.overlap(box) > FaceDetector.sameFaceOverlap
      }
      .flatMap { follow($0.box, roll: $0.roll, in: planes, track: track.id) }
      if followed != nil { track.framesUnconfirmed = 0 }
    }
    guard var face = followed else {
      track.framesLost += 1
      return track.framesLost <= parameters.lostSearchFrames
    }
    face.source = track.framesLost == 0 ? .tracked : track.face.source
    face.confirmations = track.face.confirmations
    track.face = face
    track.framesLost = 0
    track.framesUnconfirmed += 1
    track.appearanceFailures = face.appearance.isPlausible ? 0 : track.appearanceFailures + 1
    if track.status == .tentative, !face.appearance.isPlausible { track.tentativeFailures += 1 }
    return track.appearanceFailures < parameters.appearanceFailureLimit
  }

  /// Confirms tracks that a detection overlaps and starts tentative tracks for new faces.
  private mutating func absorb(_ candidates: [FaceCandidate], in planes: FramePlanes) {
    for candidate in candidates {
      if let index = tracks.firstIndex(where: { $0.face.box.overlap(candidate.box) > FaceDetector.sameFaceOverlap }) {
        tracks[index].confirm(by: candidate.source)
        continue
      }
      guard var face = follow(candidate.box, roll: candidate.roll, in: planes, track: nextTrackID),
        face.appearance.isSkinColoured,
        !tracks.contains(where: { $0.face.box.overlap(face.box) > TrackingParameters.duplicateOverlap })
      else { continue }
      face.source = candidate.source
      tracks.append(
        Track(
          id: nextTrackID, face: face, tentativeFailures: face.appearance.isPlausible ? 0 : 1,
          followsRoll: candidate.roll != 0))
      nextTrackID += 1
    }
  }

  /// Looks for tentative tracks every frame until a cascade finds them again, and for confirmed
  /// ones every ``TrackingParameters/confirmEvery`` frames, near where the landmarks put them.
  /// A tentative track is decided after its decision frames.
  private mutating func confirmDueTracks(in image: GrayImage) {
    for index in tracks.indices.reversed() where tracks[index].framesLost == 0 {
      let track = tracks[index]
      let due =
        track.status == .tentative
        ? track.age > 0 && track.face.confirmations < 2
        : track.framesUnconfirmed > 0 && track.framesUnconfirmed % parameters.confirmEvery == 0
      let box = track.face.box
      if due,
        let found = detections(near: box, roll: track.roll, in: image).first(where: {
          $0.box.overlap(box) > FaceDetector.sameFaceOverlap
        })
      {
        tracks[index].confirm(by: found.source)
      }
      guard track.status == .tentative, track.age >= parameters.decisionFrames else { continue }
      if tracks[index].face.confirmations >= 2, track.tentativeFailures <= Self.toleratedFailures {
        tracks[index].status = .confirmed
      } else {
        end(at: index)
      }
    }
  }

  /// Two tracks on one face become one: of two overlapping boxes the younger track goes, of
  /// a box inside a larger one the smaller.
  private mutating func mergeOverlapping() {
    let byAge = tracks.indices.sorted { tracks[$0].id < tracks[$1].id }
    var ending = Set<Int>()
    for (position, older) in byAge.enumerated() where !ending.contains(older) {
      for younger in byAge[(position + 1)...] where !ending.contains(younger) {
        let a = tracks[older].face.box
        let b = tracks[younger].face.box
        if a.overlap(b) > TrackingParameters.duplicateOverlap {
          ending.insert(younger)
        } else if a.sharedShare(b) >= TrackingParameters.containedShare {
          ending.insert(a.width * a.height < b.width * b.height ? older : younger)
        }
      }
    }
    for index in ending.sorted(by: >) { end(at: index, merged: true) }
  }

  /// Removes a track and remembers what it was. A merged track that was still within its
  /// decision frames duplicated another face from birth: none of its frames counts.
  private mutating func end(at index: Int, merged: Bool = false) {
    let track = tracks.remove(at: index)
    let undecided = track.status == .tentative || (merged && track.age < parameters.decisionFrames)
    endedStatus[track.id] = undecided ? .discarded : .confirmed
  }

  /// Whole-frame scans of the frame turned by each of ``TrackingParameters/rollSearchAngles``. A picture is seldom
  /// turned two ways at once and every turn adds chances of a false find, so only the finds
  /// of the turn with the strongest find (most cascade windows merged into it) are kept; of
  /// equally strong turns, the first.
  private func rolledSearch(in image: GrayImage) -> [FaceCandidate] {
    var best: [FaceCandidate] = []
    for angle in TrackingParameters.rollSearchAngles {
      let view = RolledView(wholeFrame: image, degrees: angle)
      let found = detector.detectFrontal(in: view.image).map(view.frameCandidate(of:))
      if (found.map(\.neighbours).max() ?? 0) > (best.map(\.neighbours).max() ?? 0) { best = found }
    }
    return best
  }

  /// The cascades' finds for the face in `box`, looked for in a view turned upright around
  /// it when the face is rolled by more than ``TrackingParameters/uprightRollLimit``.
  private func detections(near box: DlibRect, roll: Float, in image: GrayImage) -> [FaceCandidate] {
    guard abs(roll) > TrackingParameters.uprightRollLimit else { return detector.detect(in: image, near: box) }
    let view = RolledView(around: box, in: image, degrees: roll)
    return detector.detect(in: view.image, near: view.viewBox(of: box)).map(view.frameCandidate(of:))
  }

  /// Landmarks from `box`, re-boxed and predicted once more unless the face sat still; nil for an
  /// implausible fit. A face rolled more than ``TrackingParameters/uprightRollLimit`` is fitted in
  /// a view turned upright around it, and its box is the upright box about the same middle.
  private func follow(_ box: DlibRect, roll: Float, in planes: FramePlanes, track: Int) -> TrackedFace? {
    let view =
      abs(roll) > TrackingParameters.uprightRollLimit ? RolledView(around: box, in: planes.luma, degrees: roll) : nil
    let image = view?.image ?? planes.luma
    let start = view?.viewBox(of: box) ?? box
    let first = predictor.predict(in: image, box: start)
    let refitted = predictor.refit(first)
    guard refitted.width >= 8, Self.visibleShare(view?.frameBox(of: refitted) ?? refitted, planes.luma) > 0.6
    else { return nil }
    // A still face already sits in the box its landmarks want: a second pass would barely move them.
    let fitted = Self.isSettled(refitted, in: start) ? first : predictor.predict(in: image, box: refitted)
    let shape = view?.frameShape(of: fitted) ?? fitted
    let residual = predictor.fitResidual(shape)
    guard residual.isFinite, residual < FaceBox.residualGate else { return nil }
    return TrackedFace(
      track: track, box: view?.frameBox(of: predictor.refit(fitted)) ?? predictor.refit(shape), shape: shape,
      confidence: Double(1 - residual / FaceBox.residualGate), source: .tracked,
      appearance: FaceAppearance(planes: planes, landmarks: shape.points))
  }

  /// Whether `refitted` differs from the box the landmarks were predicted in by at most 2% of its side
  /// (at least a pixel) at every edge.
  static func isSettled(_ refitted: DlibRect, in box: DlibRect) -> Bool {
    let tolerance = max(1, box.width / 50)
    return abs(refitted.left - box.left) <= tolerance && abs(refitted.top - box.top) <= tolerance
      && abs(refitted.right - box.right) <= tolerance && abs(refitted.bottom - box.bottom) <= tolerance
  }

  /// Share of the box inside the image: the predictor drifts on faces mostly outside.
  private static func visibleShare(_ box: DlibRect, _ image: GrayImage) -> Double {
    let width = min(box.right, image.width - 1) - max(box.left, 0) + 1
    let height = min(box.bottom, image.height - 1) - max(box.top, 0) + 1
    guard width > 0, height > 0 else { return 0 }
    return Double(width * height) / Double(box.width * box.height)
  }
}
