import Foundation
import SeamScanMedia
import SeamScanRecords

/// A file that appears under its final name only once it is complete.
///
/// Records go to a hidden temporary file in the same folder; `commit()`
/// flushes it to the disk and renames it into place, which is atomic on one
/// file system, so an interrupted or failed write never leaves a file that
/// looks complete. Temporary files left by a killed run are named
/// `.<name>.<UUID>.partial`, and an output folder removes them when it is opened.
public final class AtomicFile {
  public let destination: BytePath
  let temporary: BytePath
  private let output: FileOutput
  public let writer: JSONLinesWriter

  public init(destination: BytePath) throws(OutputError) {
    self.destination = destination
    let name = destination.lastComponent
    temporary = destination.parent.appending(Array(".".utf8) + name + Array(".\(UUID().uuidString).partial".utf8))
    output = try FileOutput.create(temporary)
    writer = JSONLinesWriter(output: output)
  }

  /// Writes `contents` to `destination` atomically in one call; on failure nothing changes there.
  public static func write(_ contents: [UInt8], to destination: BytePath) throws(OutputError) {
    let file = try AtomicFile(destination: destination)
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
      try FileSystem.rename(temporary, to: destination)
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
}
