import SeamScanFiles

/// Where records go: one JSON object per line.
public protocol RecordSink: AnyObject {
  func write(_ record: some OutputRecord) throws
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

extension AtomicFile {
  /// Writes what `writer` still holds, then moves the file into place; on failure the temporary
  /// file is removed and the destination is left as it was.
  public func commit(flushing writer: JSONLinesWriter) throws(OutputError) {
    do {
      try writer.flush()
    } catch {
      discard()
      throw error
    }
    try commit()
  }
}
