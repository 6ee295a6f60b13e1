import Foundation

/// The one way SeamScan writes a file: it appears under its final name only once complete.
///
/// Bytes go to a hidden temporary file in the destination's folder,
/// `.<name>.<UUID>.partial<suffix>` (the name shortened when that would not fit). `commit()` flushes it to the disk, moves it into place
/// (atomic on one file system) and flushes the folder, so an interrupted or failed write never
/// leaves a file that looks complete. Without `replacing` an existing destination is an
/// `OutputError` (EEXIST) with no window in which another file could be overwritten; with it,
/// only a regular file is ever replaced: a FIFO, a device or a folder is never renamed over.
/// Temporary files a killed run left are recognised by ``isLeftover(_:)`` and removed by
/// ``removeLeftovers(in:)``: a live write holds a lock on its temporary file until it is in place.
/// Records go in through a `JSONLinesWriter` over it, committed with `commit(flushing:)`.
public final class AtomicFile: ByteOutput {
  public let destination: BytePath
  /// Where the bytes go until `commit()`; an encoder that opens files by name writes here.
  public let temporary: BytePath
  private let replacing: Bool
  private let output: FileOutput

  public init(destination: BytePath, replacing: Bool = true, temporarySuffix: String = "") throws(OutputError) {
    self.destination = destination
    self.replacing = replacing
    try Self.checkReplaceable(destination, replacing: replacing)
    (temporary, output) = try Self.createLockedTemporary(for: destination, suffix: temporarySuffix)
  }

  public func write(_ bytes: [UInt8]) throws(OutputError) {
    try output.write(bytes)
  }

  /// The longest file name Linux file systems take, in bytes.
  public static let longestName = 255

  /// A new temporary file, locked until it is in place or discarded. A cleaner may remove the
  /// name between its creation and the lock; the write then starts again under a new name.
  /// The temporary name keeps as much of the final name as fits in a file name.
  private static func createLockedTemporary(for destination: BytePath, suffix: String) throws(OutputError)
    -> (BytePath, FileOutput)
  {
    for _ in 0..<3 {
      let tail = Array(".\(UUID().uuidString).partial\(suffix)".utf8)
      let kept = destination.lastComponent.prefix(longestName - 1 - tail.count)
      let temporary = destination.parent.appending(Array(".".utf8) + kept + tail)
      let output = try FileOutput.create(temporary)
      output.lockExclusively()
      if output.isNamed(temporary) { return (temporary, output) }
      try? output.close()
    }
    throw OutputError(target: destination.display, errno: ENOENT, reason: "its temporary file kept being removed")
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
      try output.synchronize()
      try Self.checkReplaceable(destination, replacing: replacing)
      if replacing {
        try FileSystem.rename(temporary, to: destination)
      } else {
        try FileSystem.moveWithoutReplacing(temporary, to: destination)
      }
      // Closed, and so unlocked, only once in place: a cleaner never takes it for a leftover.
      try output.close()
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

  /// Removes from `folder` the temporary files of writes that killed runs left: those whose
  /// lock can be taken, as no live write holds it.
  public static func removeLeftovers(in folder: BytePath) {
    for name in FileSystem.entries(of: folder) ?? [] where isLeftover(name) {
      FileSystem.removeUnlocked(folder.appending(name))
    }
  }

  /// What holds `destination` that no write ever replaces (a folder, a FIFO, a device, a link);
  /// nil when the name is free or names a regular file. Commands check it before any work.
  public static func obstacle(at destination: BytePath) -> FileKind? {
    guard let existing = FileSystem.status(destination, followLinks: false), existing.kind != .regular else {
      return nil
    }
    return existing.kind
  }

  private static func checkReplaceable(_ path: BytePath, replacing: Bool) throws(OutputError) {
    if let kind = obstacle(at: path) {
      var error = OutputError(
        target: path.display, errno: EEXIST, reason: "it is a \(kind.noun), which is never replaced")
      error.obstacle = kind
      throw error
    }
    if !replacing, FileSystem.status(path, followLinks: false) != nil {
      throw OutputError(target: path.display, errno: EEXIST)
    }
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
