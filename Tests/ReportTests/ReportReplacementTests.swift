import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// A report appears whole or not at all: every records file is checked before anything is
/// written, the new report is swapped in for the old one, a second report into the same folder
/// is locked out, and only a folder a report made itself is ever replaced.
@Suite struct ReportReplacementTests {
  /// Every file under `folder`, with its bytes, by relative path.
  static func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let name = enumerator?.nextObject() as? String {
      let url = folder.appendingPathComponent(name)
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
        files[name] = try Data(contentsOf: url)
      }
    }
    return files
  }

  static func scanCopy(_ name: String) throws -> URL {
    try ReportBinary.copy(try SampleScans.boxesOnly.get(), name: name)
  }

  @Test func aRefusedReportLeavesTheEarlierOneWhole() throws {
    let folder = try Self.scanCopy("refused")
    let report = folder.appendingPathComponent("report")
    #expect(try ReportBinary.run(folder, .vi).status == 0)
    let before = try Self.snapshot(report)
    let source = try SampleScans.output(for: "astronaut-pan.mp4", in: folder)
    let newer = try String(contentsOf: source, encoding: .utf8)
      .replacingOccurrences(of: "seamscan.records/2", with: "seamscan.records/3")
    try newer.write(to: folder.appendingPathComponent("zz.seamscan.jsonl"), atomically: true, encoding: .utf8)
    let run = try ReportBinary.run(folder, .en)
    #expect(run.status == 1)
    #expect(run.standardError.contains("newer than this seamscan reads"))
    #expect(try Self.snapshot(report) == before, "the Vietnamese report is untouched")
  }

  @Test func anEarlierReportIsReplacedAndSaidSo() throws {
    let folder = try Self.scanCopy("replaced")
    let report = folder.appendingPathComponent("report")
    let first = try ReportBinary.run(folder, .vi)
    #expect(first.status == 0 && !first.standardError.contains("replacing"))
    let second = try ReportBinary.run(folder, .en)
    #expect(second.status == 0, "\(second.standardError)")
    #expect(second.standardError.contains("replacing the earlier report in \(report.path)"))
    let files = try Self.snapshot(report)
    #expect(files.keys.filter { $0.hasSuffix(".html") }.count == 2, "\(files.keys.sorted())")
    for (name, data) in files where name.hasSuffix(".html") {
      #expect(String(decoding: data, as: UTF8.self).contains("<html lang=\"en\">"), "\(name)")
    }
    let beside = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!beside.contains { $0.contains("unfinished") }, "no temporary folder is left: \(beside)")
  }

  /// `--output DIR` holding anything but a report is refused, and nothing in it changes.
  @Test func aFolderOfOtherFilesIsRefused() throws {
    let folder = try Self.scanCopy("other-files")
    let output = try GeneratedMedia.makeFolder("case-notes")
    try "case notes".write(to: output.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
    try "more notes".write(to: output.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let before = try Self.snapshot(output)
    let run = try ReportBinary.run(folder, output: output)
    #expect(run.status == 1)
    #expect(run.standardError.contains("not a seamscan report"), "\(run.standardError)")
    #expect(try Self.snapshot(output) == before)
  }

  /// While one report holds the report folder's lock, a second one is refused.
  @Test func aSecondReportIsLockedOut() throws {
    let folder = try Self.scanCopy("locked")
    let lock = folder.appendingPathComponent(".report.seamscan-report.lock").path
    let run = try Command.run(
      "/usr/bin/flock", ["-n", lock, SeamScanBinary.url.path, "report", folder.path, "--lang", "en"])
    #expect(run.status == 1)
    #expect(run.standardError.contains("another seamscan report is writing"), "\(run.standardError)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report").path))
  }

  /// A temporary report folder that a killed run left beside the destination is removed.
  @Test func leftoversOfAKilledRunAreRemoved() throws {
    let folder = try Self.scanCopy("leftover")
    let leftover = folder.appendingPathComponent(".report.0D9F1C52-4B3A-4C77-9E57-2A8C3F6D1B40.unfinished-report")
    try FileManager.default.createDirectory(
      at: leftover.appendingPathComponent("videos"), withIntermediateDirectories: true)
    try "".write(to: leftover.appendingPathComponent(".seamscan-report"), atomically: true, encoding: .utf8)
    #expect(try ReportBinary.run(folder).status == 0)
    #expect(!FileManager.default.fileExists(atPath: leftover.path))
  }
}
