import Foundation
import SeamScanAnalysis
import SeamScanConcurrency
import SeamScanFiles
import SeamScanMedia
import SeamScanRecords
import Synchronization

/// How a batch runs; none of these change what a record says.
public struct BatchOptions: Sendable {
  /// Inputs analysed at once.
  public var jobs: Int
  /// Write one `.seamscan.jsonl` file per input and `summary.csv` here instead of stdout.
  public var outputDirectory: BytePath?
  /// Skip inputs whose complete output already exists for the same SHA-256 and options.
  public var resume: Bool
  public var quiet: Bool

  public init(jobs: Int = 1, outputDirectory: BytePath? = nil, resume: Bool = false, quiet: Bool = false) {
    self.jobs = max(1, jobs)
    self.outputDirectory = outputDirectory
    self.resume = resume
    self.quiet = quiet
  }
}

/// Scans a list of inputs, `jobs` at a time, and reports whether all succeeded.
///
/// Output order never depends on `jobs`: on stdout each input's records form
/// one contiguous block in batch order; in an output folder every file is
/// written atomically and `summary.csv` is rewritten after each input, so an
/// interrupted batch keeps every result it had finished.
///
/// Problems with inputs become records and the batch goes on. A failure to write output
/// (a full disk, a closed pipe) is thrown as ``OutputError`` and ends the batch: the input
/// being written gets no output that looks complete (no file, or on stdout no `summary`).
public struct BatchRunner: Sendable {
  public var scanner: VideoScanner
  public var options: BatchOptions

  public init(scanner: VideoScanner, options: BatchOptions) {
    self.scanner = scanner
    self.options = options
  }

  /// True when every input was analysed completely.
  public func run(_ inputs: [ScanInput]) async throws -> Bool {
    let folder = try options.outputDirectory.map(OutputFolder.init(path:))
    let progress = ProgressReporter.forTerminal(totalInputs: inputs.count, quiet: options.quiet)
    defer { progress?.finish() }
    if let folder {
      return try await runIntoFolder(inputs, folder: folder, progress: progress)
    }
    return try await runToStandardOutput(inputs, progress: progress)
  }

  // MARK: - stdout

  private func runToStandardOutput(_ inputs: [ScanInput], progress: ProgressReporter?) async throws -> Bool {
    let stdout = JSONLinesWriter(output: FileOutput.standardOutput)
    var allGood = true
    if options.jobs == 1 {
      for input in inputs {
        let row = try await scanOrSkip(input, into: stdout, progress: progress)
        try stdout.flush()
        allGood = allGood && row.status.isSuccess
      }
      return allGood
    }
    // Parallel inputs are spooled to unlinked temporary files and copied out in batch order.
    try await orderedConcurrentMap(inputs, window: options.jobs) { input in
      let spool = try SpoolFile()
      let writer = JSONLinesWriter(output: spool)
      let row = try await scanOrSkip(input, into: writer, progress: progress)
      try writer.flush()
      return SpooledInput(spool: spool, row: row)
    } consume: { spooled in
      try spooled.spool.copy(to: FileOutput.standardOutput)
      allGood = allGood && spooled.row.status.isSuccess
    }
    return allGood
  }

  /// One input's records waiting for their turn on stdout.
  private struct SpooledInput: @unchecked Sendable {
    // Unchecked: the spool is handed from the task that wrote it to the consumer, never shared.
    let spool: SpoolFile
    let row: SummaryRow
  }

  // MARK: - output folder

  private func runIntoFolder(_ inputs: [ScanInput], folder: OutputFolder, progress: ProgressReporter?) async throws
    -> Bool
  {
    var allGood = true
    let holder = FolderBox(folder)
    let stopped = StoppedInputs()
    do {
      try await orderedConcurrentMap(inputs, window: options.jobs) { input in
        try await scanIntoFile(input, folder: holder.folder, progress: progress, stopped: stopped)
      } consume: { row in
        allGood = allGood && row.status.isSuccess
        try folder.update([row])
      }
    } catch {
      // The failure stopped the inputs beside it: summary.csv says so, if the disk still takes it.
      let rows = stopped.rows.withLock { $0 }
      if !rows.isEmpty { try? folder.update(rows) }
      throw error
    }
    if inputs.isEmpty { try folder.update([]) }
    return allGood
  }

  /// Rows of the inputs a failing batch stopped midway, gathered from their jobs.
  private final class StoppedInputs: Sendable {
    let rows = Mutex<[SummaryRow]>([])
  }

  /// The folder is read by every job (names, earlier outputs) and written only by the consumer.
  private struct FolderBox: @unchecked Sendable {
    let folder: OutputFolder
    init(_ folder: OutputFolder) { self.folder = folder }
  }

  private func scanIntoFile(
    _ input: ScanInput, folder: OutputFolder, progress: ProgressReporter?, stopped: StoppedInputs
  ) async throws -> SummaryRow {
    defer { progress?.inputDone() }
    guard input.skippedReason == nil, input.error == nil else {
      let name = OutputFolder.outputName(for: input.path, contentSHA256: nil)
      if let row = Self.obstructed(input, sha256: nil, output: name, in: folder) { return row }
      let file = try AtomicFile(destination: folder.file(named: name))
      let writer = JSONLinesWriter(output: file)
      let row = try writeUnscanned(input, into: writer, output: name)
      try file.commit(flushing: writer)
      return row
    }
    let opened = InputFile.open(input.path)
    let name = OutputFolder.outputName(for: input.path, contentSHA256: opened.digest?.sha256)
    if let row = Self.obstructed(input, sha256: opened.digest?.sha256, output: name, in: folder) { return row }
    var reason: String?
    if options.resume, let digest = opened.digest {
      let earlier = folder.reusable(
        named: name, sha256: digest.sha256, options: scanner.recordOptions, models: scanner.modelRecords)
      if let summary = earlier.summary {
        var row = SummaryRow(summary: summary, status: .resumed, output: name, message: nil)
        row.path = input.path.display
        row.pathHex = input.path.hex
        return row
      }
      if let why = earlier.reason {
        reason = "re-analysed: \(why)"
        StandardError.write("seamscan: \(input.path.display): \(reason!)\n")
      }
    }
    let file = try AtomicFile(destination: folder.file(named: name))
    do {
      let writer = JSONLinesWriter(output: file)
      let outcome = try await scanner.scan(opened, into: writer, progress: progress)
      try file.commit(flushing: writer)
      var row = Self.row(outcome, output: name)
      if let reason { row.message = row.message.map { "\(reason); \($0)" } ?? reason }
      return row
    } catch is CancellationError {
      file.discard()
      if let row = Self.recordCancellation(of: input, sha256: opened.digest?.sha256, as: name, in: folder) {
        stopped.rows.withLock { $0.append(row) }
      }
      throw CancellationError()
    } catch {
      file.discard()
      throw error
    }
  }

  /// An input whose output name is taken by something other than a regular file (a folder, a
  /// FIFO, a link), which is never replaced: that input fails, said on stderr and in
  /// `summary.csv`, and the batch goes on with the others.
  private static func obstructed(_ input: ScanInput, sha256: String?, output name: String, in folder: OutputFolder)
    -> SummaryRow?
  {
    guard let kind = AtomicFile.obstacle(at: folder.file(named: name)) else { return nil }
    let message = "its output \(name) cannot be written: a \(kind.noun) is there, which is never replaced"
    StandardError.write("seamscan: \(input.path.display): \(message)\n")
    return SummaryRow(
      path: input.path.display, pathHex: input.path.hex, status: .failed, sha256: sha256, output: name,
      message: message)
  }

  /// An input the batch stopped midway keeps nothing of its analysis, only an error record that
  /// says so, so that no output looks complete and `--resume` analyses it again. An earlier
  /// output of the input is left as it was, and so is everything when the disk takes nothing more.
  private static func recordCancellation(of input: ScanInput, sha256: String?, as name: String, in folder: OutputFolder)
    -> SummaryRow?
  {
    let message =
      "cancelled: the batch stopped before this input was finished (another output could not be written); "
      + "run again with --resume"
    let path = input.path
    do {
      let file = try AtomicFile(destination: folder.file(named: name), replacing: false)
      let writer = JSONLinesWriter(output: file)
      try writer.write(
        ErrorRecord(path: path.display, pathHex: path.hex, sha256: sha256, error: .cancelled, message: message))
      try file.commit(flushing: writer)
    } catch {
      return nil
    }
    return SummaryRow(
      path: path.display, pathHex: path.hex, status: .failed, sha256: sha256, output: name, message: message)
  }

  // MARK: - shared

  private func scanOrSkip(_ input: ScanInput, into sink: some RecordSink, progress: ProgressReporter?) async throws
    -> SummaryRow
  {
    defer { progress?.inputDone() }
    if input.skippedReason != nil || input.error != nil {
      return try writeUnscanned(input, into: sink, output: nil)
    }
    return Self.row(try await scanner.scan(InputFile.open(input.path), into: sink, progress: progress), output: nil)
  }

  /// The one record of an input found in a folder that is not analysed: skipped, or an error.
  private func writeUnscanned(_ input: ScanInput, into sink: some RecordSink, output: String?) throws -> SummaryRow {
    let path = input.path
    if let error = input.error {
      try sink.write(
        ErrorRecord(
          path: path.display, pathHex: path.hex, sha256: nil, error: error.code,
          message: "folder cannot be read: \(error.description)"))
      return SummaryRow(
        path: path.display, pathHex: path.hex, status: .failed, output: output,
        message: "folder cannot be read: \(error.description)")
    }
    let reason = input.skippedReason ?? ""
    try sink.write(SkippedRecord(path: path.display, pathHex: path.hex, reason: reason))
    return SummaryRow(path: path.display, pathHex: path.hex, status: .skipped, output: output, message: reason)
  }

  private static func row(_ outcome: ScanOutcome, output: String?) -> SummaryRow {
    guard let summary = outcome.summary else {
      return SummaryRow(
        path: outcome.path, pathHex: outcome.pathHex, status: outcome.status, sha256: outcome.sha256, output: output,
        message: outcome.message)
    }
    return SummaryRow(summary: summary, status: outcome.status, output: output, message: outcome.message)
  }
}
