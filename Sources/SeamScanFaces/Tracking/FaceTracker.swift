import SeamScanImaging
import SeamScanRecords

/// Follows faces from frame to frame.
///
/// Between detections each face is re-boxed from its own landmarks (predict,
/// refit the box, predict again), which is far cheaper than the cascades and
/// steadier than a fresh detection. Feed frames strictly in order.
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

  private struct Track: Sendable {
    var id: Int
    var face: TrackedFace
    var framesUnconfirmed: Int
    var confirmations = 1

    mutating func confirm(by source: FaceSource) {
      framesUnconfirmed = 0
      face.source = source
      confirmations += 1
    }
  }

  public init(detector: Detector, predictor: Landmarker, parameters: TrackingParameters) {
    self.detector = detector
    self.predictor = predictor
    self.parameters = parameters
  }

  /// Whether the cascades are due on this analysed frame by schedule alone.
  /// Callers may detect such frames ahead of time, in parallel.
  public func isScheduledDetection(analysedOrdinal: Int) -> Bool {
    analysedOrdinal % parameters.detectEvery == 0
  }

  /// The faces in the analysed frame `ordinal`. The whole-frame scan due by
  /// schedule runs here unless `scheduledDetections` brings its result,
  /// computed ahead on a parallel stage.
  public mutating func track(_ image: GrayImage, ordinal: Int, scheduledDetections: [FaceCandidate]? = nil)
    -> [TrackedFace]
  {
    let due = isScheduledDetection(analysedOrdinal: ordinal)
    return update(image: image, detections: due ? scheduledDetections ?? detector.detect(in: image) : nil)
  }

  /// The faces in `image`. `detections` are the cascade results for this
  /// frame when they were computed ahead; otherwise the tracker runs the
  /// cascades itself when a track was lost or the scene cut. A cut (seen by
  /// comparing thumbnails with the previous frame, or forced by `sceneCut`)
  /// ends every track.
  public mutating func update(image: GrayImage, detections: [FaceCandidate]?, sceneCut: Bool = false) -> [TrackedFace] {
    let signature = SceneSignature(image)
    let sceneCut =
      sceneCut
      || previousSignature.map { signature.distance(to: $0) > parameters.sceneCutThreshold } ?? false
    previousSignature = signature
    if sceneCut { tracks.removeAll() }
    var lostAny = false
    tracks = tracks.compactMap { track in
      var track = track
      guard let face = follow(track.face.box, in: image, track: track.id),
        track.framesUnconfirmed < parameters.maxUnconfirmedFrames
      else {
        lostAny = true
        return nil
      }
      track.face = face
      track.framesUnconfirmed += 1
      return track
    }
    var candidates = detections
    if candidates == nil, sceneCut || lostAny {
      candidates = detector.detect(in: image)
    }
    if let candidates { absorb(candidates, in: image) }
    confirmDueTracks(in: image)
    removeDuplicates()
    return tracks.map { track in
      var face = track.face
      face.confirmations = track.confirmations
      return face
    }
  }

  /// Looks for each due track's face near where the landmarks put it.
  private mutating func confirmDueTracks(in image: GrayImage) {
    for index in tracks.indices
    where tracks[index].framesUnconfirmed > 0 && tracks[index].framesUnconfirmed % parameters.confirmEvery == 0 {
      let box = tracks[index].face.box
      if let found = detector.detect(in: image, near: box).first(where: {
        $0.box.overlap(box) > FaceDetector.sameFaceOverlap
      }) {
        tracks[index].confirm(by: found.source)
      }
    }
  }

  /// Confirms tracks that a detection overlaps and starts tracks for new faces.
  private mutating func absorb(_ candidates: [FaceCandidate], in image: GrayImage) {
    for candidate in candidates {
      if let index = tracks.firstIndex(where: { $0.face.box.overlap(candidate.box) > FaceDetector.sameFaceOverlap }) {
        tracks[index].confirm(by: candidate.source)
        continue
      }
      guard var face = follow(candidate.box, in: image, track: nextTrackID),
        !tracks.contains(where: { $0.face.box.overlap(face.box) > TrackingParameters.duplicateOverlap })
      else { continue }
      face.source = candidate.source
      tracks.append(Track(id: nextTrackID, face: face, framesUnconfirmed: 0))
      nextTrackID += 1
    }
  }

  /// Landmarks from `box`, re-boxed and predicted once more unless the face sat still; nil for an implausible fit.
  private func follow(_ box: DlibRect, in image: GrayImage, track: Int) -> TrackedFace? {
    let first = predictor.predict(in: image, box: box)
    let refitted = predictor.refit(first)
    guard refitted.width >= 8, Self.visibleShare(refitted, image) > 0.6 else { return nil }
    // A still face already sits in the box its landmarks want: a second pass would barely move them.
    let shape = Self.isSettled(refitted, in: box) ? first : predictor.predict(in: image, box: refitted)
    let residual = predictor.fitResidual(shape)
    guard residual.isFinite, residual < FaceBox.residualGate else { return nil }
    return TrackedFace(
      track: track, box: predictor.refit(shape), shape: shape,
      confidence: Double(1 - residual / FaceBox.residualGate), source: .tracked)
  }

  private mutating func removeDuplicates() {
    var kept: [Track] = []
    for track in tracks.sorted(by: { $0.id < $1.id })
    where !kept.contains(where: { $0.face.box.overlap(track.face.box) > TrackingParameters.duplicateOverlap }) {
      kept.append(track)
    }
    tracks = kept
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
