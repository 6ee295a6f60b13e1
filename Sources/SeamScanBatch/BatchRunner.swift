import Foundation
import SeamScanAnalysis
import SeamScanConcurrency
import SeamScanMedia
import SeamScanRecords

/// How a batch runs; none of these change what a record says.
public struct BatchOptions: Sendable {
  /// Inputs analysed at once.
  public var jobs: Int
  /// Write `<name>.seamscan.jsonl` files and `summary.csv` here instead of stdout.
  public var outputDirectory: String?
  /// Skip inputs whose complete output already exists for the same SHA-256.
  public var resume: Bool
  public var quiet: Bool

  public init(jobs: Int = 1, outputDirectory: String? = nil, resume: Bool = false, quiet: Bool = false) {
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
public struct BatchRunner: Sendable {
  public var scanner: VideoScanner
  public var options: BatchOptions

  public init(scanner: VideoScanner, options: BatchOptions) {
    self.scanner = scanner
    self.options = options
  }

  /// True when every input was analysed completely.
  public func run(_ inputs: [ScanInput]) async throws -> Bool {
    let progress = ProgressReporter.forTerminal(totalInputs: inputs.count, quiet: options.quiet)
    defer { progress?.finish() }
    if let directory = options.outputDirectory {
      return try await runIntoFolder(inputs, folder: OutputFolder(path: directory), progress: progress)
    }
    return try await runToStandardOutput(inputs, progress: progress)
  }

  // MARK: - stdout

  private func runToStandardOutput(_ inputs: [ScanInput], progress: ProgressReporter?) async throws -> Bool {
    let stdout = JSONLinesWriter(handle: .standardOutput)
    var allGood = true
    if options.jobs == 1 {
      for input in inputs {
        let row = try await scanOrSkip(input, into: stdout, progress: progress)
        try stdout.flush()
        allGood = allGood && row.status.isSuccess
      }
      return allGood
    }
    // Parallel inputs are spooled to temporary files and copied out in batch order.
    let spoolFolder = FileManager.default.temporaryDirectory.appendingPathComponent("seamscan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: spoolFolder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: spoolFolder) }
    try await orderedConcurrentMap(Array(inputs.enumerated()), window: options.jobs) { index, input in
      let spool = spoolFolder.appendingPathComponent("\(index).jsonl")
      _ = FileManager.default.createFile(atPath: spool.path, contents: nil)
      let handle = try FileHandle(forWritingTo: spool)
      defer { try? handle.close() }
      let writer = JSONLinesWriter(handle: handle)
      let row = try await scanOrSkip(input, into: writer, progress: progress)
      try writer.flush()
      return (spool, row)
    } consume: { spool, row in
      if let data = FileManager.default.contents(atPath: spool.path) {
        try FileHandle.standardOutput.write(contentsOf: data)
      }
      try? FileManager.default.removeItem(at: spool)
      allGood = allGood && row.status.isSuccess
    }
    return allGood
  }

  // MARK: - output folder

  private func runIntoFolder(_ inputs: [ScanInput], folder: OutputFolder, progress: ProgressReporter?) async throws
    -> Bool
  {
    let names = OutputFolder.recordFileNames(for: inputs)
    var rows: [SummaryRow] = []
    var allGood = true
    try await orderedConcurrentMap(Array(zip(inputs, names)), window: options.jobs) { input, name in
      try await scanIntoFile(input, name: name, folder: folder, progress: progress)
    } consume: { row in
      rows.append(row)
      allGood = allGood && row.status.isSuccess
      try AtomicFile.write(Data(SummaryTable.csv(rows).utf8), to: folder.url.appendingPathComponent("summary.csv"))
    }
    return allGood
  }

  private func scanIntoFile(_ input: ScanInput, name: String, folder: OutputFolder, progress: ProgressReporter?)
    async throws -> SummaryRow
  {
    if let reason = input.skippedReason {
      progress?.inputDone()
      return SummaryRow(path: input.path, status: .skipped, message: reason)
    }
    let digest = FileDigest(path: input.path)
    if options.resume, let digest, let summary = folder.completedSummary(named: name, sha256: digest.sha256) {
      progress?.inputDone()
      var row = SummaryRow(summary: summary, status: .resumed, output: name, message: nil)
      row.path = input.path
      return row
    }
    let file = try AtomicFile(destination: folder.recordFile(named: name))
    do {
      let outcome = try await scanner.scan(path: input.path, digest: digest, into: file.writer, progress: progress)
      try file.commit()
      progress?.inputDone()
      return Self.row(outcome, output: name)
    } catch {
      file.discard()
      throw error
    }
  }

  // MARK: - shared

  private func scanOrSkip(_ input: ScanInput, into sink: some RecordSink, progress: ProgressReporter?) async throws
    -> SummaryRow
  {
    defer { progress?.inputDone() }
    if let reason = input.skippedReason {
      try sink.write(SkippedRecord(path: input.path, reason: reason))
      return SummaryRow(path: input.path, status: .skipped, message: reason)
    }
    return Self.row(try await scanner.scan(path: input.path, into: sink, progress: progress), output: nil)
  }

  private static func row(_ outcome: ScanOutcome, output: String?) -> SummaryRow {
    guard let summary = outcome.summary else {
      return SummaryRow(
        path: outcome.path, status: outcome.status, sha256: outcome.sha256, output: output, message: outcome.message)
    }
    return SummaryRow(summary: summary, status: outcome.status, output: output, message: outcome.message)
  }
}
