import SeamScanFaces
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
}

/// A decoded frame plus the work done on it ahead of time, in parallel.
struct PreparedFrame: Sendable {
  var frame: DecodedFrame
  var signature: SceneSignature?
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
  private let includeLandmarks: Bool
  private let displaySize: (width: Int, height: Int)
  private var previousSignature: SceneSignature?
  private var framesWithFace = 0

  init(faces: FaceKit?, info: MediaInfo, stride: Int, includeLandmarks: Bool) {
    displaySize = info.displaySize
    self.includeLandmarks = includeLandmarks
    tracker = faces.map { FaceTracker(detector: $0.detector, predictor: $0.predictor, parameters: $0.tracking) }
    let scheduler = tracker
    prepare = { frame in
      guard let scheduler, let planes = frame.planes else { return PreparedFrame(frame: frame) }
      let due = scheduler.isScheduledDetection(analysedOrdinal: frame.index / stride)
      return PreparedFrame(
        frame: frame, signature: SceneSignature(planes.luma),
        detections: due ? scheduler.detector.detect(in: planes.luma) : nil)
    }
  }

  func analyse(_ prepared: PreparedFrame) -> FrameFindings {
    guard var tracker, let planes = prepared.frame.planes, let signature = prepared.signature else { return .empty }
    let sceneCut = previousSignature.map { signature.distance(to: $0) > tracker.parameters.sceneCutThreshold } ?? false
    previousSignature = signature
    let faces = tracker.update(image: planes.luma, detections: prepared.detections, sceneCut: sceneCut)
    self.tracker = tracker
    if !faces.isEmpty { framesWithFace += 1 }
    let scale = DisplayScale(analysisWidth: planes.width, analysisHeight: planes.height, display: displaySize)
    return FrameFindings(faces: faces.map { faceRecord($0, scale: scale) }, score: nil)
  }

  func verdict() -> VideoVerdict {
    VideoVerdict(framesWithFace: framesWithFace, score: nil, label: tracker == nil ? nil : (framesWithFace == 0 ? "no face" : nil))
  }

  private func faceRecord(_ face: TrackedFace, scale: DisplayScale) -> JSONValue {
    var record = JSONObject([
      "track": .int(face.track),
      "box": .array(scale.box(face.box).map { .int($0) }),
      "confidence": .double((face.confidence * 1000).rounded() / 1000),
      "source": .string(face.source),
    ])
    if includeLandmarks {
      record["landmarks"] = .array(face.shape.points.map { point in
        let p = scale.point(point)
        return .array([.double((p.x * 10).rounded() / 10), .double((p.y * 10).rounded() / 10)])
      })
    }
    return .object(record)
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
