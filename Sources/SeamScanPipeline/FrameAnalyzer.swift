import SeamScanFaces
import SeamScanForensics
import SeamScanImaging
import SeamScanMedia

/// What analysis found in one frame: its faces and its suspicion score.
public struct FrameFindings: Sendable {
  public var faces: [JSONValue]
  /// Maximum face score; nil means "no evidence" (no face), never 0.
  public var score: Double?

  public static let empty = FrameFindings(faces: [], score: nil)
}

/// The whole-video judgement that closes a scan.
public struct VideoVerdict: Sendable, Equatable {
  public var framesWithFace: Int
  public var score: Double?
  public var label: String?
  /// Why the verdict is "inconclusive"; nil otherwise.
  public var reason: String?
}

/// A decoded frame plus the work done on it ahead of time, in parallel.
struct PreparedFrame: Sendable {
  var frame: DecodedFrame
  /// Analysis planes, converted on the analysis threads; nil when not analysed.
  var planes: FramePlanes?
  /// Full-resolution luma for the scale-aware cues; nil when not measuring cues or no larger than `planes`.
  var detail: GrayImage?
  /// Cascade results when detection was due on this frame by schedule.
  var detections: [FaceCandidate]?
}

/// Per-video analysis: face finding, tracking and scoring.
///
/// `prepare` is pure and runs concurrently on frames (the costly scheduled
/// detections happen there); `analyse` runs on prepared frames strictly in
/// order and keeps the tracks, so records never depend on the thread count.
final class FrameAnalyzer {
  let prepare: @Sendable (DecodedFrame) -> PreparedFrame
  private var tracker: FaceTracker?
  private let scoring: ScoringKit?
  /// The video or still model, chosen once from what the input is.
  private let mode: ScoringKit.Mode?
  /// Cues are measured when scoring is on, and for training runs without a model.
  private let measureCues: Bool
  private let includeLandmarks: Bool
  private let stride: Int
  private let displaySize: (width: Int, height: Int)
  private var framesWithFace = 0
  /// One cue analyser per live track; it holds that track's previous frame.
  private var trackCues: [Int: SeamTrackAnalyzer] = [:]
  private var trackScores: [Int: [Float]] = [:]
  /// Faces whose cues were measured, and how many of them failed the fit or skin test.
  private var measuredFaces = 0
  private var implausibleFaces = 0
  private var alignedSizes: [Int] = []

  init(faces: FaceKit?, scoring: ScoringKit?, measureCues: Bool, info: MediaInfo, stride: Int, includeLandmarks: Bool) {
    displaySize = info.displaySize
    self.scoring = scoring
    mode = scoring?.mode(for: info)
    self.measureCues = measureCues && faces != nil
    self.includeLandmarks = includeLandmarks
    self.stride = stride
    tracker = faces.map { FaceTracker(detector: $0.detector, predictor: $0.predictor, parameters: $0.tracking) }
    let scheduler = tracker
    let wantsDetail = self.measureCues
    prepare = { frame in
      guard let planes = frame.planes() else { return PreparedFrame(frame: frame) }
      guard let scheduler else { return PreparedFrame(frame: frame, planes: planes) }
      let due = scheduler.isScheduledDetection(analysedOrdinal: frame.index / stride)
      return PreparedFrame(
        frame: frame, planes: planes, detail: wantsDetail ? frame.detailLuma() : nil,
        detections: due ? scheduler.detector.detect(in: planes.luma) : nil)
    }
  }

  func analyse(_ prepared: PreparedFrame) -> FrameFindings {
    guard var tracker, let planes = prepared.planes else { return .empty }
    let faces = tracker.update(image: planes.luma, detections: prepared.detections)
    self.tracker = tracker
    if !faces.isEmpty { framesWithFace += 1 }
    trackCues = trackCues.filter { entry in faces.contains { $0.track == entry.key } }

    let scale = DisplayScale(analysisWidth: planes.width, analysisHeight: planes.height, display: displaySize)
    var records: [JSONValue] = []
    var frameScore: Double?
    for face in faces {
      let cues = measureCues
        ? measure(face, in: planes, detail: prepared.detail, ordinal: prepared.frame.index / stride) : nil
      let score = cues.flatMap { mode?.scorer.score($0) }
      let size = measureCues ? alignedSize(face, planes: planes, detail: prepared.detail) : nil
      var exclusion: FacePlausibility.Exclusion?
      if let score, let mode {
        measuredFaces += 1
        if let size { alignedSizes.append(size) }
        exclusion = FacePlausibility.exclusion(
          planes: planes, landmarks: face.shape.points, confidence: face.confidence,
          confirmations: face.confirmations, requiredConfirmations: mode.requiredConfirmations)
        if exclusion == nil {
          trackScores[face.track, default: []].append(score.probability)
          frameScore = max(frameScore ?? 0, Double(score.probability))
        } else if exclusion != .unconfirmed {
          implausibleFaces += 1
        }
      }
      records.append(faceRecord(face, cues: cues, score: score, exclusion: exclusion, scale: scale, alignedSize: size))
    }
    return FrameFindings(faces: records, score: frameScore)
  }

  private func measure(_ face: TrackedFace, in planes: FramePlanes, detail: GrayImage?, ordinal: Int) -> SeamCueVector? {
    var analyzer = trackCues[face.track] ?? SeamTrackAnalyzer()
    let cues = analyzer.analyze(frame: planes, detail: detail, landmarks: face.shape.points, frameIndex: ordinal)
    trackCues[face.track] = analyzer
    return cues
  }

  /// The video is judged by its most suspicious track with enough scored frames.
  func verdict() -> VideoVerdict {
    guard tracker != nil else { return VideoVerdict(framesWithFace: 0, score: nil, label: nil) }
    guard let scoring, let mode else {
      return VideoVerdict(framesWithFace: framesWithFace, score: nil, label: framesWithFace == 0 ? "no face" : nil)
    }
    let tracks = trackScores.keys.sorted().map {
      ScoreSummary(scores: trackScores[$0] ?? [], aggregation: scoring.aggregation, thresholds: mode.thresholds)
    }
    let summary = ScoreSummary(tracks: tracks, thresholds: mode.thresholds)
    let label = Self.label(summary.verdict, framesWithFace: framesWithFace)
    return VideoVerdict(
      framesWithFace: framesWithFace, score: summary.score.map { Double($0) }, label: label,
      reason: label == "inconclusive" ? inconclusiveReason(summary) : nil)
  }

  /// Median aligned size (full-resolution pixels) below which faces are too small for most cues.
  static let smallFaceSize = 64

  /// What an analyst needs to know about an inconclusive verdict.
  private func inconclusiveReason(_ summary: ScoreSummary) -> String {
    if summary.verdict == .inconclusive { return "score between thresholds" }
    if measuredFaces == 0 || (alignedSizes.sorted().dropFirst(alignedSizes.count / 2).first ?? 0) < Self.smallFaceSize {
      return "face too small"
    }
    if implausibleFaces * 2 > measuredFaces { return "unstable track" }
    return "too few frames"
  }

  /// The words of the record contract for a verdict.
  static func label(_ verdict: SeamVerdict, framesWithFace: Int) -> String {
    if framesWithFace == 0 { return "no face" }
    switch verdict {
    case .likelyManipulated: return "likely manipulated"
    case .likelyReal: return "no evidence found"
    case .inconclusive, .insufficientEvidence: return "inconclusive"
    }
  }

  /// The face's 112-unit alignment square in full-resolution pixels: how large a face a swapper rendered.
  private func alignedSize(_ face: TrackedFace, planes: FramePlanes, detail: GrayImage?) -> Int? {
    guard let alignment = FaceAlignment(landmarks: face.shape.points) else { return nil }
    let factor = Float(detail?.width ?? planes.width) / Float(max(1, planes.width))
    return Int((alignment.alignedSize * factor).rounded())
  }

  private func faceRecord(_ face: TrackedFace, cues: SeamCueVector?, score: SeamScore?,
                          exclusion: FacePlausibility.Exclusion?, scale: DisplayScale, alignedSize: Int?) -> JSONValue {
    var record = JSONObject([
      "track": .int(face.track),
      "box": .array(scale.box(face.box).map { .int($0) }),
      "confidence": .double((face.confidence * 1000).rounded() / 1000),
      "source": .string(face.source),
    ])
    if measureCues { record["aligned_size"] = JSONValue(alignedSize) }
    if includeLandmarks {
      record["landmarks"] = .array(face.shape.points.map { point in
        let p = scale.point(point)
        return .array([.double((p.x * 10).rounded() / 10), .double((p.y * 10).rounded() / 10)])
      })
    }
    if measureCues {
      // score = sigmoid(bias + Σ contributions): every score can be recomputed from its cues.
      record["score"] = JSONValue(score.map { Double($0.probability) })
      // A face left out of the frame's score says why; its own score stays for the analyst.
      record["excluded"] = JSONValue(exclusion?.rawValue)
      record["bias"] = JSONValue(score.map { Double($0.bias) })
      record["cues"] = cues.map { .object(Self.cueObject($0, score: score)) } ?? .null
    }
    return .object(record)
  }

  /// Every cue's value, and for the cues the model uses, its contribution to the logit.
  private static func cueObject(_ cues: SeamCueVector, score: SeamScore?) -> JSONObject {
    var contributions: [String: Float] = [:]
    for entry in score?.contributions ?? [] { contributions[entry.name] = entry.contribution }
    var object = JSONObject()
    for (name, value) in cues.named {
      var cue = JSONObject(["value": value.isFinite ? .double(Double(value)) : .null])
      if let contribution = contributions[name] { cue["contribution"] = .double(Double(contribution)) }
      object[name] = .object(cue)
    }
    return object
  }
}

/// Maps analysis-frame pixels to displayed-frame pixels (after rotation and aspect ratio).
struct DisplayScale {
  let x: Double
  let y: Double

  init(analysisWidth: Int, analysisHeight: Int, display: (width: Int, height: Int)) {
    x = Double(display.width) / Double(max(1, analysisWidth))
    y = Double(display.height) / Double(max(1, analysisHeight))
  }

  /// `[x, y, width, height]` of an inclusive-corner box, in display pixels.
  func box(_ box: DlibRect) -> [Int] {
    [Int((Double(box.left) * x).rounded()), Int((Double(box.top) * y).rounded()),
     Int((Double(box.width) * x).rounded()), Int((Double(box.height) * y).rounded())]
  }

  func point(_ point: SIMD2<Float>) -> SIMD2<Double> {
    // Pixel centres map to pixel centres.
    SIMD2((Double(point.x) + 0.5) * x - 0.5, (Double(point.y) + 0.5) * y - 0.5)
  }
}
