import Foundation
import SeamScanMedia

/// How one input ended.
public struct ScanOutcome: Sendable {
  public enum Status: String, Sendable {
    /// Every frame decoded and analysed.
    case analysed
    /// Analysed, but the file is truncated or had undecodable packets.
    case partial
    /// Nothing could be analysed.
    case failed
  }

  public var path: String
  public var status: Status
  public var digest: FileDigest?
  public var statistics: DecodeStatistics?
  public var verdict: VideoVerdict?
  public var message: String?
}

/// Scans one input and writes its records: video, frames, (error), summary.
public struct VideoScanner: Sendable {
  public var settings: ScanSettings
  /// Face models; nil scans without face finding (the spine alone).
  public var faces: FaceKit?
  /// The trained scorer; nil records cues without scores.
  public var scoring: ScoringKit?
  /// Frames analysed at once; never changes a record, only speed.
  public var threads: Int

  public init(
    settings: ScanSettings, faces: FaceKit?, scoring: ScoringKit?,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.settings = settings
    self.faces = faces
    self.scoring = scoring
    self.threads = max(1, threads)
  }

  /// `digest` may be passed in where the batch already hashed the file.
  public func scan(
    path: String, digest knownDigest: FileDigest? = nil, into sink: RecordSink, progress: ProgressReporter? = nil
  ) async throws -> ScanOutcome {
    let started = Date()
    let digest = knownDigest ?? FileDigest(path: path)
    let reader: MediaReader
    do {
      reader = try MediaReader(path: path, options: settings.decode)
    } catch let error as MediaError {
      try sink.write(Records.error(path: path, digest: digest, code: error.code, message: error.description))
      return ScanOutcome(path: path, status: .failed, digest: digest, message: error.description)
    }
    guard let digest else {
      let message = MediaError.permissionDenied(path: path).description
      try sink.write(Records.error(path: path, digest: nil, code: "permission_denied", message: message))
      return ScanOutcome(path: path, status: .failed, digest: nil, message: message)
    }

    let activeScoring = settings.measureCues ? scoring : nil
    let analyzer = FrameAnalyzer(
      faces: faces, scoring: activeScoring, measureCues: settings.measureCues, info: reader.info,
      stride: settings.decode.stride, includeLandmarks: settings.includeLandmarks)
    try sink.write(
      Records.video(path: path, digest: digest, info: reader.info, settings: settings, faces: faces, scoring: activeScoring))
    progress?.began(expectedFrames: expectedFrames(reader.info))

    // Decoding runs a few frames ahead so analysis threads never wait on it.
    let frames = FrameStream(reader: reader, bufferSize: threads + 2)
    try await orderedConcurrentMap(frames, window: threads, transform: analyzer.prepare) { prepared in
      try sink.write(Records.frame(prepared.frame, findings: analyzer.analyse(prepared)))
      progress?.frameDone()
    }

    let statistics = reader.statistics
    let verdict = analyzer.verdict()
    let problem = Self.problem(statistics)
    if let problem {
      try sink.write(Records.error(path: path, digest: digest, code: problem.code, message: problem.message))
    }
    let seconds = Date().timeIntervalSince(started)
    let timing = JSONObject([
      "wall_seconds": .double(seconds),
      "fps": .double(seconds > 0 ? Double(statistics.framesDecoded) / seconds : 0),
      "threads": .int(threads),
    ])
    try sink.write(Records.summary(path: path, digest: digest, statistics: statistics, verdict: verdict, timing: timing))
    let status: ScanOutcome.Status = statistics.framesDecoded == 0 ? .failed : (problem == nil ? .analysed : .partial)
    return ScanOutcome(
      path: path, status: status, digest: digest, statistics: statistics, verdict: verdict, message: problem?.message)
  }

  /// Anything that makes the analysis incomplete, reported as an error record.
  static func problem(_ statistics: DecodeStatistics) -> (code: String, message: String)? {
    if statistics.framesDecoded == 0 {
      let error = MediaError.noFrames(path: "")
      return (error.code, error.description)
    }
    if statistics.truncated {
      return ("truncated", "file is truncated or damaged: decoding stopped early after \(statistics.framesDecoded) frames")
    }
    if statistics.decodeErrors > 0 {
      return ("decode_errors", "\(statistics.decodeErrors) damaged packets or frames were skipped")
    }
    return nil
  }

  private func expectedFrames(_ info: MediaInfo) -> Int? {
    if let count = info.declaredFrameCount { return count }
    guard let duration = info.duration, let rate = info.frameRate?.value, rate > 0 else { return nil }
    return Int(duration * rate)
  }
}
