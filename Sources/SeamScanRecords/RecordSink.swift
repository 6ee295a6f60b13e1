import Foundation

/// Where records go: one JSON object per line.
public protocol RecordSink: AnyObject {
  func write(_ record: some OutputRecord) throws
}

/// Buffered JSON Lines writer over a file handle (stdout, a spool or an output file).
public final class JSONLinesWriter: RecordSink {
  private let handle: FileHandle
  private var buffer = Data()
  private static let flushThreshold = 1 << 16

  public init(handle: FileHandle) {
    self.handle = handle
  }

  public func write(_ record: some OutputRecord) throws {
    buffer.append(contentsOf: Array(record.line.utf8))
    buffer.append(0x0A)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  public func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
