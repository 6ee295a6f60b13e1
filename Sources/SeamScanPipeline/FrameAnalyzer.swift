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

/// Per-video analysis: face finding and scoring plug in here.
///
/// `prepare` is pure and runs concurrently on frames; `analyse` runs on the
/// prepared frames strictly in order and may keep state across frames.
final class FrameAnalyzer {
  let models: [JSONValue] = []
  private var framesWithFace = 0

  let prepare: @Sendable (DecodedFrame) -> DecodedFrame = { $0 }

  func analyse(_ frame: DecodedFrame) -> FrameFindings {
    .empty
  }

  func verdict() -> VideoVerdict {
    VideoVerdict(framesWithFace: framesWithFace, score: nil, label: nil)
  }
}
