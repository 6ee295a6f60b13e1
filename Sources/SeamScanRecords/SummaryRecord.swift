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
  /// Everything time- or machine-dependent; every other field is reproducible.
  public var timing: Timing

  public static let keysOmittedWhenNull: Set<String> = ["path_hex"]

  public init(
    path: String, pathHex: String? = nil, sha256: String, framesDecoded: Int, framesAnalysed: Int, decodeErrors: Int,
    truncated: Bool, framesWithFace: Int, score: Double?, verdict: Verdict?, reason: InconclusiveReason?,
    sceneCuts: [Int]?, timing: Timing
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
    self.timing = timing
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
