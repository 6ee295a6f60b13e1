import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// The "How to reproduce" commands are lines a shell runs as they stand: line breaks are line
/// breaks, and a records file whose name starts with `-` is not taken for an option.
@Suite struct ReproduceBlockTests {
  static let report = Result { () -> (folder: URL, page: StrictHTML) in
    let media = try GeneratedMedia.makeFolder("dash-media")
    try FileManager.default.copyItem(
      at: SampleMedia.folder.appendingPathComponent("astronaut.jpg"), to: media.appendingPathComponent("-dash.jpg"))
    let folder = try SampleScans.scan(["./-dash.jpg"], name: "dash", in: media)
    let output = try GeneratedMedia.makeFolder("dash-report").appendingPathComponent("report")
    let run = try ReportBinary.run(folder, output: output, mediaRoot: media)
    guard run.status == 0, let page = try ReportBinary.pages(in: output).first else {
      throw ScanFailed(message: run.standardError)
    }
    return (folder, try StrictHTML(try SampleScans.html(page)))
  }

  @Test func commandsHaveRealLineBreaks() throws {
    let page = try Self.report.get().page
    let commands = page.all("pre").map(page.text(of:))
    #expect(commands.count == 3)
    for command in commands { #expect(!command.contains("\\u{A}"), "\(command)") }
    let hash = try #require(ReportBinary.command(startingWith: "sha256sum ", in: page))
    #expect(hash.split(separator: "\n").count == 2, "the command, then the expected hash as a comment")
  }

  /// The comparison, run by Bash in the scan folder on a copy of the records, finds no difference.
  @Test func theComparisonRunsOnADashName() throws {
    let (folder, page) = try Self.report.get()
    let records = try #require(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("-dash.jpg.") })
    let work = try GeneratedMedia.makeFolder("dash-compare")
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent(records), to: work.appendingPathComponent(records))
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent(records), to: work.appendingPathComponent("again.seamscan.jsonl"))
    let compare = try #require(ReportBinary.command(startingWith: "diff ", in: page))
    let run = try Command.run("/bin/bash", ["-c", compare], in: work)
    #expect(run.status == 0, "\(run.standardOutput) \(run.standardError)")
    #expect(run.standardError.isEmpty)
  }
}
