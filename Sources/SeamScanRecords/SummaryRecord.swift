import Foundation

/// Last record of every analysed input: how complete the analysis was and what it concluded.
public struct SummaryRecord: OutputRecord, Equatable {
  public static let type = RecordType.summary

  public var path: String
  /// The path's exact bytes in hex; present only when they are not valid UTF-8.
  public var pathHex: String?
  public var sha256: String
  public var framesDecoded: Int
  public var framesAnalysed: Int
  /// Damaged packets or frames skipped.
  public var decodeErrors: Int
  /// The file ends before its index says it should, or reading failed.
  public var truncated: Bool
  public var framesWithFace: Int
  /// The most suspicious counted track's score.
  public var score: Double?
  /// Null with `--no-faces` or `--no-score`.
  public var verdict: Verdict?
  /// Why the verdict is inconclusive; null otherwise.
  public var reason: InconclusiveReason?
  /// Frames where the face tracker saw a new scene begin (every track ends there); null without face finding.
  public var sceneCuts: [Int]?
  /// The model that judges this kind of input: `still` for a single picture, `video` otherwise;
  /// null when no frame was decoded.
  public var model: ScoringModel?
  /// Every reported face track, in order of its number; null without face finding.
  public var tracks: [TrackSummary]?
  /// Everything time- or machine-dependent; every other field is reproducible.
  public var timing: Timing

  public static let keysOmittedWhenNull: Set<String> = ["path_hex"]

  public init(
    path: String, pathHex: String? = nil, sha256: String, framesDecoded: Int, framesAnalysed: Int, decodeErrors: Int,
    truncated: Bool, framesWithFace: Int, score: Double?, verdict: Verdict?, reason: InconclusiveReason?,
    sceneCuts: [Int]?, model: ScoringModel?, tracks: [TrackSummary]?, timing: Timing
  ) {
    self.path = path
    self.pathHex = pathHex
    self.sha256 = sha256
    self.framesDecoded = framesDecoded
    self.framesAnalysed = framesAnalysed
    self.decodeErrors = decodeErrors
    self.truncated = truncated
    self.framesWithFace = framesWithFace
    self.score = score
    self.verdict = verdict
    self.reason = reason
    self.sceneCuts = sceneCuts
    self.model = model
    self.tracks = tracks
    self.timing = timing
  }
}

/// What the scan decided about one face track: the score the verdict weighed, or why it did not count.
public struct TrackSummary: Codable, Sendable, Equatable {
  /// The track's number in the frame records' `faces[].track`.
  public var track: Int
  public var firstFrame: Int
  public var lastFrame: Int
  /// Frames with this track's face.
  public var frames: Int
  /// Frames whose face score counts (scored and not excluded).
  public var framesCounted: Int
  /// The model's aggregation of the counted scores; null when the track does not count.
  public var score: Double?
  /// Median side of the faces' ArcFace alignment square, full-resolution pixels; null when not measured.
  public var medianAlignedSize: Int?
  /// Why the track does not count; null when it counts or the input was not scored.
  public var notCounted: TrackExclusion?

  public init(
    track: Int, firstFrame: Int, lastFrame: Int, frames: Int, framesCounted: Int, score: Double?,
    medianAlignedSize: Int?, notCounted: TrackExclusion?
  ) {
    self.track = track
    self.firstFrame = firstFrame
    self.lastFrame = lastFrame
    self.frames = frames
    self.framesCounted = framesCounted
    self.score = score
    self.medianAlignedSize = medianAlignedSize
    self.notCounted = notCounted
  }
}

/// When the scan ran, its wall time, speed and threads: the only fields that differ between identical runs.
public struct Timing: Codable, Sendable, Equatable {
  /// When the scan of this input began, ISO 8601 in UTC to the second (`2026-12-03T16:40:12Z`);
  /// null in records written before the field existed.
  public var started: String?
  public var wallSeconds: Double
  public var fps: Double
  /// `--threads`: the most threads at work on frames at once, whether preparing them ahead or in
  /// the ordered stages; a cascade scan spreads its pyramid levels only over those left idle.
  public var threads: Int
  /// FFmpeg's decoding threads, beside `threads` (1: the decoding thread alone): `--threads`,
  /// fewer for pictures too large to keep that many in flight; null in records written before the field existed.
  public var decoderThreads: Int?

  public init(started: Date?, wallSeconds: Double, fps: Double, threads: Int, decoderThreads: Int?) {
    self.started = started.map(Self.timestamp)
    self.wallSeconds = wallSeconds
    self.fps = fps
    self.threads = threads
    self.decoderThreads = decoderThreads
  }

  /// `2026-12-03T16:40:12Z`: ISO 8601, UTC, whole seconds.
  public static func timestamp(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
  }
}

// MARK: - Schema

extension SummaryRecord: SchemaDescribed {
  public static let schemaName = "summary"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "Last record of every analysed input: how complete the analysis was and what it concluded.",
      [
        JSONSchema.type(type),
        .init("path", JSONSchema.string()),
        .init("path_hex", JSONSchema.pathHex, required: false),
        .init("sha256", JSONSchema.sha256),
        .init("frames_decoded", JSONSchema.integer(minimum: 0)),
        .init("frames_analysed", JSONSchema.integer(minimum: 0)),
        .init("decode_errors", JSONSchema.integer("Damaged packets or frames skipped.", minimum: 0)),
        .init(
          "truncated", JSONSchema.boolean("The file ends before its own structure says it should, or reading failed.")),
        .init("frames_with_face", JSONSchema.integer(minimum: 0)),
        .init("score", JSONSchema.nullable(JSONSchema.unit("The most suspicious counted track's score."))),
        .init("verdict", JSONSchema.nullable(JSONSchema.ref(Verdict.self))),
        .init("reason", JSONSchema.nullable(JSONSchema.ref(InconclusiveReason.self))),
        .init(
          "scene_cuts",
          JSONSchema.nullable(
            JSONSchema.array(
              of: JSONSchema.integer(minimum: 1), "Frames where the face tracker saw a new scene begin."))),
        .init(
          "model",
          JSONSchema.nullable(JSONSchema.ref(ScoringModel.self))),
        .init("tracks", JSONSchema.nullable(JSONSchema.array(of: JSONSchema.ref(TrackSummary.self)))),
        .init("timing", JSONSchema.ref(Timing.self)),
      ])
  }
}

extension TrackSummary: SchemaDescribed {
  public static let schemaName = "track_summary"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "What the scan decided about one face track: the score the verdict weighed, or why it did not count.",
      [
        .init("track", JSONSchema.integer("The track's number in the frame records.", minimum: 1)),
        .init("first_frame", JSONSchema.integer(minimum: 0)),
        .init("last_frame", JSONSchema.integer(minimum: 0)),
        .init("frames", JSONSchema.integer("Frames with this track's face.", minimum: 1)),
        .init("frames_counted", JSONSchema.integer("Frames whose face score counts.", minimum: 0)),
        .init("score", JSONSchema.nullable(JSONSchema.unit("The aggregation of its counted scores."))),
        .init("median_aligned_size", JSONSchema.nullable(JSONSchema.integer(minimum: 0))),
        .init("not_counted", JSONSchema.nullable(JSONSchema.ref(TrackExclusion.self))),
      ])
  }
}

extension Timing: SchemaDescribed {
  public static let schemaName = "timing"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "Everything time- or machine-dependent; every other field is reproducible.",
      [
        .init(
          "started",
          JSONSchema.nullable(
            JSONSchema.string(
              "When the scan of this input began, ISO 8601 in UTC to the second.",
              pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"))),
        .init("wall_seconds", JSONSchema.number(minimum: 0)),
        .init("fps", JSONSchema.number("Frames decoded per second of wall time.", minimum: 0)),
        .init("threads", JSONSchema.integer("--threads: the threads at work on this input.", minimum: 1)),
        .init(
          "decoder_threads",
          JSONSchema.nullable(
            JSONSchema.integer("FFmpeg's decoding threads; null in records written before the field.", minimum: 1))),
      ])
  }
}
