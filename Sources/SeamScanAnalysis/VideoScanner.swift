import Foundation
import SeamScanConcurrency
import SeamScanFaces
import SeamScanFiles
import SeamScanMedia
import SeamScanRecords

/// An input ready to scan: its file opened (read-only, a regular file) and hashed, or why it
/// could not be.
public struct InputFile: Sendable {
  public let path: BytePath
  public let opened: Result<(file: EvidenceFile, digest: FileDigest?), MediaError>

  public init(path: BytePath, opened: Result<(file: EvidenceFile, digest: FileDigest?), MediaError>) {
    self.path = path
    self.opened = opened
  }

  /// Opens and hashes `path`; `-` reads standard input.
  public static func open(_ path: BytePath) -> InputFile {
    do throws(MediaError) {
      if path == .standardInput { return InputFile(path: path, opened: .success(try EvidenceFile.standardInput())) }
      let file = try EvidenceFile(opening: path)
      return InputFile(path: path, opened: .success((file, file.digest())))
    } catch {
      return InputFile(path: path, opened: .failure(error))
    }
  }

  public var digest: FileDigest? { (try? opened.get())?.digest }
}

/// How one input ended.
public struct ScanOutcome: Sendable {
  public var path: String
  public var pathHex: String?
  public var status: InputStatus
  public var sha256: String?
  /// The summary record, when the input got one.
  public var summary: SummaryRecord?
  /// Why the input failed or is partial.
  public var message: String?
}

/// The one scheduler of the frame pipeline: scans one input and writes its
/// records (video, frames, error, summary).
///
/// Frames flow through four stages. Preparation (conversion, full-resolution
/// luma, scheduled whole-frame scans) needs no other frame and runs on several
/// frames at once; tracking, the cue-and-score stage, and the decision and
/// verdict (``SequentialStages``) keep state across frames and see frames
/// strictly in order, so records never depend on the thread count. Stages hand
/// typed findings forward; records are made only at the end.
public struct VideoScanner: Sendable {
  public let settings: ScanSettings
  /// Face models; nil scans without face finding (the spine alone).
  public let faces: FaceKit?
  /// The trained scorer, present exactly when cues are measured.
  public let scoring: ScoringKit?
  /// Threads at work on frames at once (cascade scans included), and the decoder's threads;
  /// never changes a record, only speed.
  public let threads: Int
  /// Whether `threads` bounds every thread of the scan, the decoder's included (`--threads`);
  /// without it every core is used and the decoder has a thread of its own besides.
  private let bounded: Bool
  /// Decided once: cues need faces and the option.
  private let measuresCues: Bool

  /// `threads` nil: all cores, unbounded.
  public init(settings: ScanSettings, faces: FaceKit?, scoring: ScoringKit?, threads: Int? = nil) {
    self.settings = settings
    self.faces = faces
    self.scoring = settings.measureCues ? scoring : nil
    self.threads = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
    bounded = threads != nil
    measuresCues = settings.measureCues && faces != nil
  }

  /// The `options` object this scanner writes in video records.
  public var recordOptions: ScanOptions { RecordMapping.options(settings, faces: faces, scoring: scoring) }

  /// The `models` list this scanner writes in video records.
  public var modelRecords: [ModelFileRecord] { RecordMapping.models(faces: faces, scoring: scoring) }

  /// Scans an opened input; problems with the input become records. Output errors are thrown,
  /// and `CancellationError` when the task was cancelled before the input was finished.
  public func scan(_ input: InputFile, into sink: some RecordSink, progress: (any ScanProgress)? = nil) async throws
    -> ScanOutcome
  {
    let started = Date()
    let path = input.path.display
    let pathHex = input.path.hex
    func failure(_ error: MediaError, sha256: String?) throws -> ScanOutcome {
      try sink.write(
        ErrorRecord(path: path, pathHex: pathHex, sha256: sha256, error: error.code, message: error.description))
      return ScanOutcome(path: path, pathHex: pathHex, status: .failed, sha256: sha256, message: error.description)
    }
    let file: EvidenceFile
    let digest: FileDigest
    switch input.opened {
    case .failure(let error): return try failure(error, sha256: nil)
    case .success(let opened):
      guard let hashed = opened.digest else {
        return try failure(.readFailed(path: path, detail: "a read error while hashing it"), sha256: nil)
      }
      file = opened.file
      digest = hashed
    }
    let reader: MediaReader
    do {
      reader = try MediaReader(file: file, options: settings.decode, threads: threads)
    } catch let error as MediaError {
      return try failure(error, sha256: digest.sha256)
    }

    try sink.write(
      RecordMapping.video(
        path: input.path, digest: digest, info: reader.info, settings: settings, faces: faces, scoring: scoring))
    progress?.began(expectedFrames: Self.expectedFrames(reader.info))

    let model = ScoringKit.model(for: reader.info)
    let mode = scoring?.mode(model)
    let limit = bounded ? ThreadLimit(threads) : nil
    let tracker = faces?.makeTracker(threads: limit)
    let preparation = FramePreparation(tracker: tracker, wantsDetail: measuresCues)
    var stages = SequentialStages(
      tracker: tracker, scoring: scoring.flatMap { kit in mode.map { ($0, kit.aggregation) } })
    var cueStage = measuresCues ? CueStage(mode: mode, network: scoring?.network) : nil
    let display = reader.info.displaySize
    let landmarks = settings.includeLandmarks
    let evidence = measuresCues
    let write = { (item: DecidedFrames.Frame) in
      let findings = FrameFindings(faces: item.faces)
      let records = item.analysisSize.map { size in
        let scale = DisplayScale(analysisWidth: size.width, analysisHeight: size.height, display: display)
        return findings.faces.map { RecordMapping.face($0, scale: scale, landmarks: landmarks, evidence: evidence) }
      }
      try sink.write(RecordMapping.frame(item.frame, faces: records ?? [], score: findings.score))
      progress?.frameDone()
    }

    // Decoding runs a few frames ahead so analysis threads never wait on it, and preparation
    // several frames ahead of the sequential stages, so a whole-frame scan (tens of times a
    // frame's other work) is done on another core while earlier frames go through; both as far
    // as the memory budget allows: very large pictures are decoded and analysed fewer at a time.
    // Half of the budget for frames waiting or being prepared, half for the decoder's own.
    let affordable = max(1, MediaReader.framesInFlightBudget / max(1, reader.pictureBytes) / 2)
    let frames = FrameStream(reader: reader, bufferSize: min(threads + 2, affordable), limit: limit)
    do {
      try await orderedConcurrentMap(
        frames, window: min(Self.preparationWindow(threads), affordable), limit: limit, transform: preparation.prepare
      ) { prepared in
        var analysed: [AnalysedFace] = []
        var size: (width: Int, height: Int)?
        if let planes = prepared.planes, faces != nil {
          let tracked = stages.track(prepared)
          analysed = cueStage?.analyse(tracked, in: prepared) ?? tracked.map { AnalysedFace(face: $0) }
          size = (planes.width, planes.height)
        }
        for item in stages.consume(prepared.frame, analysisSize: size, faces: analysed) { try write(item) }
      }
      for item in stages.finish() { try write(item) }
    } catch {
      // Stop decoding before the error travels on: FFmpeg is left idle, never torn down mid-call.
      await frames.shutdown()
      throw error
    }
    await frames.shutdown()
    // A cancelled frame stream ends as if at the end of the file: never take that for the end.
    try Task.checkCancellation()

    let statistics = reader.statistics
    let verdict = stages.verdict(framesDecoded: statistics.framesDecoded)
    let problem = Self.problem(statistics, options: settings.decode, duration: reader.info.duration)
    if let problem {
      try sink.write(
        ErrorRecord(path: path, pathHex: pathHex, sha256: digest.sha256, error: problem.code, message: problem.message))
    }
    let seconds = Date().timeIntervalSince(started)
    let timing = Timing(
      started: started, wallSeconds: seconds, fps: seconds > 0 ? Double(statistics.framesDecoded) / seconds : 0,
      threads: threads, decoderThreads: reader.decoderThreads)
    let summary = RecordMapping.summary(
      path: input.path, sha256: digest.sha256, statistics: statistics, verdict: verdict,
      model: statistics.framesDecoded > 0 ? model : nil,
      sceneCuts: stages.sceneCuts, timing: timing)
    try sink.write(summary)
    let status: InputStatus = statistics.framesDecoded == 0 ? .failed : (problem == nil ? .analysed : .partial)
    return ScanOutcome(
      path: path, pathHex: pathHex, status: status, sha256: digest.sha256, summary: summary, message: problem?.message)
  }

  /// Frames prepared ahead of the sequential stages: each holds its analysis planes and luma.
  static func preparationWindow(_ threads: Int) -> Int { 4 * threads }

  /// Anything that makes the analysis incomplete, reported as an error record.
  static func problem(_ statistics: DecodeStatistics, options: DecodeOptions, duration: Double?) -> (
    code: ErrorCode, message: String
  )? {
    if let refused = statistics.refusedPicture {
      return (
        .tooLarge,
        statistics.framesDecoded == 0
          ? refused : "\(refused); \(statistics.framesDecoded) frames before it were analysed"
      )
    }
    if statistics.framesDecoded == 0 {
      let error = MediaError.nothingDecoded(path: "", statistics: statistics, start: options.start, duration: duration)
      return (error.code, error.description)
    }
    if statistics.truncated {
      guard let detail = statistics.truncationDetail else {
        return (
          .truncated, "file is truncated or damaged: decoding stopped early after \(statistics.framesDecoded) frames"
        )
      }
      return (.truncated, "file is truncated (\(detail)): \(statistics.framesDecoded) frames could be read")
    }
    if statistics.decodeErrors > 0 {
      return (.decodeErrors, "\(statistics.decodeErrors) damaged packets or frames were skipped")
    }
    return nil
  }

  private static func expectedFrames(_ info: MediaInfo) -> Int? {
    if let count = info.declaredFrameCount { return count }
    guard let duration = info.duration, let rate = info.frameRate?.value, rate > 0 else { return nil }
    // A file may declare any duration: one beyond counting is no estimate.
    let frames = duration * rate
    return (0..<Double(Int.max)).contains(frames) ? Int(frames) : nil
  }
}
