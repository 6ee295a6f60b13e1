import Foundation
import SeamScanTestSupport
import Testing

/// `seamscan report` as an analyst runs it.
@Suite struct ReportCommandTests {
  @Test func writesTheReportInTheLocaleLanguage() throws {
    let folder = try SampleScans.boxesOnly.get()
    let output = try GeneratedMedia.makeFolder("command")
    let run = try Command.run(
      "/usr/bin/env",
      ["LC_ALL=", "LANG=vi_VN.UTF-8", SeamScanBinary.url.path, "report", folder.path, "--output", output.path],
      in: SampleMedia.repository)
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput == output.appendingPathComponent("index.html").path + "\n")
    let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("<html lang=\"vi\">"))
    let english = try Command.run(
      SeamScanBinary.url.path, ["report", folder.path, "--output", output.path, "--lang", "en"])
    #expect(english.status == 0)
    #expect(
      try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8).contains(
        "<html lang=\"en\">"))
  }

  @Test func refusesRecordsOfANewerSchema() throws {
    let folder = try GeneratedMedia.makeFolder("newer")
    let source = try SampleScans.output(for: "astronaut-pan.mp4", in: try SampleScans.boxesOnly.get())
    let text = try String(contentsOf: source, encoding: .utf8)
      .replacingOccurrences(of: "seamscan.records/2", with: "seamscan.records/3")
    try text.write(to: folder.appendingPathComponent("a.seamscan.jsonl"), atomically: true, encoding: .utf8)
    let run = try Command.run(SeamScanBinary.url.path, ["report", folder.path])
    #expect(run.status == 1)
    #expect(run.standardError.contains("schema seamscan.records/3, newer than this seamscan reads"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report/index.html").path))
  }

  @Test func refusesAFolderWithoutRecords() throws {
    let run = try Command.run(SeamScanBinary.url.path, ["report", try GeneratedMedia.makeFolder("empty").path])
    #expect(run.status == 1 && run.standardError.contains("no *.seamscan.jsonl records"))
    let badLanguage = try Command.run(SeamScanBinary.url.path, ["report", "x", "--lang", "fr"])
    #expect(badLanguage.status == 2)
  }
}
