import Foundation
import SeamScanRecords

/// A file that appears under its final name only once it is complete.
///
/// Records go to a hidden temporary file in the same folder; `commit()`
/// renames it into place, which is atomic on one file system, so an
/// interrupted batch never leaves half a file behind.
public final class AtomicFile {
  public let destination: URL
  let temporary: URL
  private let handle: FileHandle
  public let writer: JSONLinesWriter

  public init(destination: URL) throws {
    self.destination = destination
    let folder = destination.deletingLastPathComponent()
    temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
    }
    handle = try FileHandle(forWritingTo: temporary)
    writer = JSONLinesWriter(handle: handle)
  }

  /// Writes `contents` to `destination` atomically in one call.
  public static func write(_ contents: Data, to destination: URL) throws {
    let file = try AtomicFile(destination: destination)
    try file.handle.write(contentsOf: contents)
    try file.commit()
  }

  public func commit() throws {
    try writer.flush()
    try handle.synchronize()
    try handle.close()
    if rename(temporary.path, destination.path) != 0 {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
    }
  }

  /// Drops the temporary file; the destination is left as it was.
  public func discard() {
    try? handle.close()
    try? FileManager.default.removeItem(at: temporary)
  }
}
