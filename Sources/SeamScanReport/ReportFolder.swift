import Foundation
import SeamScanFiles
import SeamScanMedia
import SeamScanRecords

/// The folder a report is written to, and how a new report replaces an earlier one.
///
/// The report is built in a temporary folder beside the destination,
/// `.<name>.<UUID>.unfinished-report`, and swapped in whole when it is complete, so the destination
/// holds the earlier report or the new one, never part of either. A lock file beside it,
/// `.<name>.seamscan-report.lock` (a ``FolderLock``, as scan folders have), keeps a second report
/// out meanwhile. Only an empty folder or one a report made (it holds `.seamscan-report`) is ever
/// replaced; temporary folders a killed report left are removed.
final class ReportFolder: Sendable {
  static let markerName = ".seamscan-report"
  static let unfinishedSuffix = ".unfinished-report"

  let destination: BytePath
  /// Where the report is written until ``commit()``.
  let building: BytePath
  /// Whether the destination holds an earlier report, which ``commit()`` replaces.
  let replacesReport: Bool
  private let lock: FolderLock

  init(_ destination: BytePath) throws(ReportError) {
    self.destination = destination
    let parent = destination.parent
    let name = destination.lastComponent
    do {
      try FileSystem.createFolder(parent)
      guard let lock = try FolderLock(path: parent.appending(Self.dotted(name, ".seamscan-report.lock"))) else {
        throw ReportError.cannotWrite(path: destination.display, detail: "another seamscan report is writing to it")
      }
      self.lock = lock
      replacesReport = try Self.replaceable(destination)
      Self.removeLeftovers(of: name, in: parent)
      building = parent.appending(Self.dotted(name, ".\(UUID().uuidString)\(Self.unfinishedSuffix)"))
      try FileSystem.createFolder(building)
      try AtomicFile.write(
        Array("Made by seamscan report; the next report into this folder replaces it whole.\n".utf8),
        to: building.appending(Array(Self.markerName.utf8)))
      try FileSystem.createFolder(building.appending(Array("videos".utf8)))
    } catch let error as OutputError {
      throw ReportError.cannotWrite(path: destination.display, detail: error.reason)
    } catch let error as ReportError {
      throw error
    } catch {
      throw ReportError.cannotWrite(path: destination.display, detail: "\(error)")
    }
  }

  /// Writes one file of the report (`index.html`, `videos/…`), atomically.
  func write(_ text: String, to relativePath: String) throws(ReportError) {
    let file = building.appending(Array(relativePath.utf8))
    do throws(OutputError) {
      try AtomicFile.write(Array(text.utf8), to: file)
    } catch {
      throw ReportError.cannotWrite(path: destination.appending(Array(relativePath.utf8)).display, detail: error.reason)
    }
  }

  /// Puts the finished report in place of whatever was at the destination, in one step where the
  /// file system can swap two folders, and removes what it replaced.
  func commit() throws(ReportError) {
    do throws(OutputError) {
      guard FileSystem.status(destination, followLinks: false) != nil else {
        try FileSystem.rename(building, to: destination)
        FileSystem.synchronizeFolder(destination.parent)
        return
      }
      do throws(OutputError) {
        try FileSystem.exchange(building, destination)
      } catch {
        // No swap on this file system: move the old report aside first; a killed run leaves it
        // as a leftover that the next report removes.
        let aside = destination.parent.appending(
          Self.dotted(destination.lastComponent, ".\(UUID().uuidString)\(Self.unfinishedSuffix)"))
        try FileSystem.rename(destination, to: aside)
        try FileSystem.rename(building, to: destination)
        FileSystem.removeTree(aside)
      }
      FileSystem.synchronizeFolder(destination.parent)
      FileSystem.removeTree(building)
    } catch {
      discard()
      throw ReportError.cannotWrite(path: destination.display, detail: error.reason)
    }
  }

  /// Drops the unfinished report; the destination is left as it was.
  func discard() {
    FileSystem.removeTree(building)
  }

  /// Whether the destination holds an earlier report; an empty folder or none at all may be
  /// written too, anything else is refused.
  private static func replaceable(_ destination: BytePath) throws(ReportError) -> Bool {
    guard let existing = FileSystem.status(destination, followLinks: false) else { return false }
    guard existing.kind == .directory else {
      throw ReportError.cannotWrite(
        path: destination.display, detail: "it is a \(existing.kind.noun), not a folder, and is never replaced")
    }
    if isReport(destination) { return true }
    if FileSystem.entries(of: destination)?.isEmpty == true { return false }
    throw ReportError.cannotWrite(
      path: destination.display,
      detail: "it holds other files and is not a seamscan report (it has no \(markerName)); name a new or empty folder")
  }

  private static func isReport(_ folder: BytePath) -> Bool {
    FileSystem.status(folder.appending(Array(markerName.utf8)), followLinks: false)?.kind == .regular
  }

  /// Temporary folders of earlier runs for the same destination that never finished.
  private static func removeLeftovers(of name: [UInt8], in parent: BytePath) {
    let prefix = dotted(name, ".")
    let suffix = Array(unfinishedSuffix.utf8)
    for entry in FileSystem.entries(of: parent) ?? []
    where entry.starts(with: prefix) && entry.count > prefix.count + suffix.count
      && entry.suffix(suffix.count).elementsEqual(suffix)
      && isReport(parent.appending(entry))
    {
      FileSystem.removeTree(parent.appending(entry))
    }
  }

  /// `.<name><rest>`: a hidden name beside the destination.
  private static func dotted(_ name: [UInt8], _ rest: String) -> [UInt8] {
    Array(".".utf8) + name + Array(rest.utf8)
  }
}
