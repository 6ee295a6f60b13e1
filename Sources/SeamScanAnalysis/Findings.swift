import SeamScanFaces
import SeamScanForensics
import SeamScanRecords

/// One tracked face in one frame and what the cues and the model found on it.
public struct AnalysedFace: Sendable {
  public var face: TrackedFace
  /// Side of ArcFace's alignment square in full-resolution pixels; nil when not measured.
  public var alignedSize: Int?
  public var cues: SeamCueVector?
  public var score: SeamScore?
  /// Why this face's score does not count; nil when it counts or there is no score.
  public var exclusion: FaceExclusion?
  /// The face network's reading; nil when the network is off.
  public var network: NetworkReading?

  /// Whether the face's score sets the frame's and the video's score.
  public var counts: Bool { score != nil && exclusion == nil }
}

/// What the face network said about a face on one frame.
public enum NetworkReading: Sendable, Equatable {
  /// Not this frame of the track (the cadence), or no alignment from its landmarks: no fused score.
  case notRun
  case probability(Float)
}

/// What analysis found in one frame.
public struct FrameFindings: Sendable {
  public var faces: [AnalysedFace]

  public static let empty = FrameFindings(faces: [])

  /// The highest counted face score; nil means "no evidence", never 0.
  public var score: Double? {
    faces.filter(\.counts).compactMap { $0.score.map { Double($0.probability) } }.max()
  }
}

/// The whole-input judgement that closes a scan.
public struct VideoVerdict: Sendable, Equatable {
  public var framesWithFace: Int
  public var score: Double?
  /// Nil when faces or scores were not asked for.
  public var verdict: Verdict?
  /// Why the verdict is `inconclusive`; nil otherwise.
  public var reason: InconclusiveReason?
  /// Every reported track's result; nil without face finding.
  public var tracks: [TrackSummary]?
}
