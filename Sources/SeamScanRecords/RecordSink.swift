/// Where records go: one JSON object per line.
public protocol RecordSink: AnyObject {
  func write(_ record: some OutputRecord) throws
}

/// Bytes written somewhere that can fail: standard output, an output file, a spool.
public protocol ByteOutput: AnyObject {
  func write(_ bytes: [UInt8]) throws(OutputError)
}

/// Output that could not be written: standard output, an output file or `summary.csv`.
///
/// A run stops at the first one: a full disk or a closed pipe will not heal by itself, and a
/// half-written output must never look complete.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// "standard output", or the path written.
  public var target: String
  /// The system's words for the failure ("No space left on device").
  public var reason: String
  /// The reader of a pipe went away: the run ends quietly, as Unix tools do.
  public var isBrokenPipe: Bool
  public var isDiskFull: Bool
  /// Something is already where the file was to be (and was not to be replaced).
  public var destinationExists: Bool

  public init(
    target: String, reason: String, isBrokenPipe: Bool = false, isDiskFull: Bool = false,
    destinationExists: Bool = false
  ) {
    self.target = target
    self.reason = reason
    self.isBrokenPipe = isBrokenPipe
    self.isDiskFull = isDiskFull
    self.destinationExists = destinationExists
  }

  public var description: String { "cannot write \(target): \(reason)" }
}

/// Buffered JSON Lines writer (stdout, a spool or an output file).
public final class JSONLinesWriter: RecordSink {
  private let output: any ByteOutput
  private var buffer: [UInt8] = []
  private static let flushThreshold = 1 << 16

  public init(output: any ByteOutput) {
    self.output = output
  }

  public func write(_ record: some OutputRecord) throws {
    buffer.append(contentsOf: record.line.utf8)
    buffer.append(0x0A)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  public func flush() throws(OutputError) {
    guard !buffer.isEmpty else { return }
    defer { buffer.removeAll(keepingCapacity: true) }
    try output.write(buffer)
  }
}
