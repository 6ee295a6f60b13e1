import Foundation
import SeamScanRecords

/// The one way SeamScan writes a file: it appears under its final name only once complete.
///
/// Bytes go to a hidden temporary file in the destination's folder,
/// `.<name>.<UUID>.partial<suffix>`. `commit()` flushes it to the disk, moves it into place
/// (atomic on one file system) and flushes the folder, so an interrupted or failed write never
/// leaves a file that looks complete. Without `replacing` an existing destination is an
/// `OutputError` (EEXIST) with no window in which another file could be overwritten; with it,
/// only a regular file is ever replaced: a FIFO, a device or a folder is never renamed over.
/// Temporary files a killed run left are recognised by ``isLeftover(_:)``.
public final class AtomicFile {
  public let destination: BytePath
  /// Where the bytes go until `commit()`; an encoder that opens files by name writes here.
  public let temporary: BytePath
  private let replacing: Bool
  private let output: FileOutput
  public let writer: JSONLinesWriter

  public init(destination: BytePath, replacing: Bool = true, temporarySuffix: String = "") throws(OutputError) {
    self.destination = destination
    self.replacing = replacing
    if let existing = FileSystem.status(destination, followLinks: false) {
      try Self.checkReplaceable(existing, at: destination, replacing: replacing)
    }
    let name = Array(".".utf8) + destination.lastComponent + Array(".\(UUID().uuidString).partial".utf8)
    temporary = destination.parent.appending(name + Array(temporarySuffix.utf8))
    output = try FileOutput.create(temporary)
    writer = JSONLinesWriter(output: output)
  }

  /// Writes `contents` to `destination` atomically in one call; on failure nothing changes there.
  public static func write(_ contents: [UInt8], to destination: BytePath, replacing: Bool = true) throws(OutputError) {
    let file = try AtomicFile(destination: destination, replacing: replacing)
    do {
      try file.output.write(contents)
      try file.commit()
    } catch {
      file.discard()
      throw error
    }
  }

  /// Makes the file appear under its name; on failure the temporary file is removed.
  public func commit() throws(OutputError) {
    do {
      try writer.flush()
      try output.close()
      if let existing = FileSystem.status(destination, followLinks: false) {
        try Self.checkReplaceable(existing, at: destination, replacing: replacing)
      }
      if replacing {
        try FileSystem.rename(temporary, to: destination)
      } else {
        try FileSystem.moveWithoutReplacing(temporary, to: destination)
      }
      FileSystem.synchronizeFolder(destination.parent)
    } catch {
      discard()
      throw error
    }
  }

  /// Drops the temporary file; the destination is left as it was.
  public func discard() {
    try? output.close()
    FileSystem.remove(temporary)
  }

  /// Whether a folder entry is the temporary file of a write a killed run never finished.
  public static func isLeftover(_ name: [UInt8]) -> Bool {
    guard name.first == UInt8(ascii: "."), let marker = name.lastRange(of: Array(".partial".utf8)) else {
      return false
    }
    // `.partial` ends the name or comes before one extension (`.partial.mp4`).
    return !name[marker.upperBound...].dropFirst().contains(UInt8(ascii: "."))
  }

  private static func checkReplaceable(_ existing: FileStatus, at path: BytePath, replacing: Bool)
    throws(OutputError)
  {
    guard existing.kind == .regular else {
      throw OutputError(
        target: path.display, errno: EEXIST, reason: "it is a \(existing.kind.noun), which is never replaced")
    }
    if !replacing { throw OutputError(target: path.display, errno: EEXIST) }
  }
}

extension Array where Element == UInt8 {
  fileprivate func lastRange(of part: [UInt8]) -> Range<Int>? {
    guard count >= part.count else { return nil }
    for start in stride(from: count - part.count, through: 0, by: -1)
    where self[start..<start + part.count].elementsEqual(part) {
      return start..<start + part.count
    }
    return nil
  }
}
