import SeamScanImaging

/// A face in one frame: its track, box, landmarks and how much to trust them.
public struct TrackedFace: Sendable, Equatable {
  /// Stable id of the face across frames, from 1, in order of appearance.
  public var track: Int
  /// Landmark-model box (inclusive corners) in analysis-frame pixels.
  public var box: DlibRect
  /// The 68 landmarks in analysis-frame pixels.
  public var shape: FaceShape
  /// 1 for a landmark fit that is a perfect similarity transform of the mean
  /// face, falling linearly to 0 at `FaceTracker.residualLimit`.
  public var confidence: Double
  /// What last confirmed the face: `frontal`, `profile`, `profile-mirrored` or `tracked`.
  public var source: String
  /// How many times a cascade has found this track's face, its first detection included.
  public var confirmations: Int = 1
}

/// Settings of the tracker; all of them are recorded in the video record.
public struct TrackingParameters: Sendable, Hashable {
  /// Scan the whole frame with the cascades every this many analysed frames (to find new
  /// faces), and whenever a track is lost or the scene cuts.
  public var detectEvery: Int
  /// Re-check each live track every this many frames with the cascades on a small region
  /// around it, at sizes near its own: a fraction of a whole-frame scan's cost.
  public var confirmEvery: Int
  /// A track that no detection has confirmed for this many analysed frames is dropped:
  /// landmarks alone can follow a face but cannot tell one from a wall.
  public var maxUnconfirmedFrames: Int
  /// Mean absolute difference of 32×18 thumbnails, in grey levels, that counts as a cut.
  public var sceneCutThreshold: Double

  public init(detectEvery: Int = 30, confirmEvery: Int = 8, maxUnconfirmedFrames: Int = 48, sceneCutThreshold: Double = 30) {
    self.detectEvery = max(1, detectEvery)
    self.confirmEvery = max(1, confirmEvery)
    self.maxUnconfirmedFrames = maxUnconfirmedFrames
    self.sceneCutThreshold = sceneCutThreshold
  }
}

/// Follows faces from frame to frame.
///
/// Between detections each face is re-boxed from its own landmarks (predict,
/// refit the box, predict again), which is far cheaper than the cascades and
/// steadier than a fresh detection. Feed frames strictly in order.
public struct FaceTracker: Sendable {
  public let detector: FaceDetector
  public let predictor: ShapePredictor
  public let parameters: TrackingParameters

  private var tracks: [Track] = []
  private var nextTrackID = 1
  private var previousSignature: SceneSignature?

  private struct Track: Sendable {
    var id: Int
    var face: TrackedFace
    var framesUnconfirmed: Int
    var confirmations = 1

    mutating func confirm(by source: String) {
      framesUnconfirmed = 0
      face.source = source
      confirmations += 1
    }
  }

  /// Two tracks overlapping more than this follow the same face; the younger goes.
  static let duplicateOverlap = 0.5

  public init(detector: FaceDetector, predictor: ShapePredictor, parameters: TrackingParameters) {
    self.detector = detector
    self.predictor = predictor
    self.parameters = parameters
  }

  /// Whether the cascades are due on this analysed frame by schedule alone.
  /// Callers may detect such frames ahead of time, in parallel.
  public func isScheduledDetection(analysedOrdinal: Int) -> Bool {
    analysedOrdinal % parameters.detectEvery == 0
  }

  /// The faces in `image`. `detections` are the cascade results for this
  /// frame when they were computed ahead; otherwise the tracker runs the
  /// cascades itself when a track was lost or the scene cut. A cut (seen by
  /// comparing thumbnails with the previous frame, or forced by `sceneCut`)
  /// ends every track.
  public mutating func update(image: GrayImage, detections: [FaceCandidate]?, sceneCut: Bool = false) -> [TrackedFace] {
    let signature = SceneSignature(image)
    let sceneCut = sceneCut
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
      if let found = detector.detect(in: image, near: box).first(where: { $0.box.overlap(box) > FaceDetector.sameFaceOverlap }) {
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
        !tracks.contains(where: { $0.face.box.overlap(face.box) > Self.duplicateOverlap })
      else { continue }
      face.source = candidate.source
      tracks.append(Track(id: nextTrackID, face: face, framesUnconfirmed: 0))
      nextTrackID += 1
    }
  }

  /// Largest landmark-fit residual a face may have. `FaceBox.implausibleResidual`
  /// (0.15) was set on large frontal faces; small faces, squints and heads turned
  /// three-quarters fit the mean shape less well and were lost on real footage.
  /// Whether it is a face at all is vouched for by the cascade (a track must be
  /// re-confirmed within `maxUnconfirmedFrames`), and boxes hanging off the frame,
  /// where the predictor drifts, are rejected by the visible-share test, so this
  /// gate only rejects fits that no longer look like a face.
  static let residualLimit: Float = 0.35

  /// Landmarks from `box`, re-boxed and predicted once more; nil for an implausible fit.
  private func follow(_ box: DlibRect, in image: GrayImage, track: Int) -> TrackedFace? {
    let first = predictor.predict(in: image, box: box)
    let refitted = FaceBox.refit(first, predictor: predictor)
    guard refitted.width >= 8, Self.visibleShare(refitted, image) > 0.6 else { return nil }
    let shape = predictor.predict(in: image, box: refitted)
    let residual = FaceBox.fitResidual(shape, predictor: predictor)
    guard residual.isFinite, residual < Self.residualLimit else { return nil }
    return TrackedFace(
      track: track, box: FaceBox.refit(shape, predictor: predictor), shape: shape,
      confidence: Double(1 - residual / Self.residualLimit), source: "tracked")
  }

  private mutating func removeDuplicates() {
    var kept: [Track] = []
    for track in tracks.sorted(by: { $0.id < $1.id })
    where !kept.contains(where: { $0.face.box.overlap(track.face.box) > Self.duplicateOverlap }) {
      kept.append(track)
    }
    tracks = kept
  }

  /// Share of the box inside the image: the predictor drifts on faces mostly outside.
  private static func visibleShare(_ box: DlibRect, _ image: GrayImage) -> Double {
    let width = min(box.right, image.width - 1) - max(box.left, 0) + 1
    let height = min(box.bottom, image.height - 1) - max(box.top, 0) + 1
    guard width > 0, height > 0 else { return 0 }
    return Double(width * height) / Double(box.width * box.height)
  }
}

/// A tiny grey thumbnail for spotting scene cuts between consecutive frames.
public struct SceneSignature: Sendable, Equatable {
  public let values: [UInt8]
  static let width = 32, height = 18

  /// Largest step between sampled pixels: a cell of a 640-pixel frame still averages
  /// about 25 of them, plenty to tell a cut from motion, at 1/16 of the cost.
  static let maximumSampleStep = 4

  /// Each value is the mean of its block, so noise and small motion barely move it.
  public init(_ image: GrayImage) {
    guard image.width >= Self.width, image.height >= Self.height else {
      values = image.pixels
      return
    }
    var sums = [Int](repeating: 0, count: Self.width * Self.height)
    var counts = [Int](repeating: 0, count: Self.width * Self.height)
    let columnCell = (0..<image.width).map { $0 * Self.width / image.width }
    // Every cell keeps at least one sample on small frames.
    let step = max(1, min(Self.maximumSampleStep, image.width / Self.width, image.height / Self.height))
    image.pixels.withUnsafeBufferPointer { pixels in
      for y in Swift.stride(from: 0, to: image.height, by: step) {
        let row = (y * Self.height / image.height) * Self.width
        for x in Swift.stride(from: 0, to: image.width, by: step) {
          let cell = row + columnCell[x]
          sums[cell] += Int(pixels[y * image.width + x])
          counts[cell] += 1
        }
      }
    }
    values = zip(sums, counts).map { UInt8($0 / max(1, $1)) }
  }

  /// Mean absolute grey-level difference to `other`.
  public func distance(to other: SceneSignature) -> Double {
    guard values.count == other.values.count, !values.isEmpty else { return .infinity }
    let total = zip(values, other.values).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
    return Double(total) / Double(values.count)
  }
}
