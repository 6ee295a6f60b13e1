import Foundation
import SeamScanTestSupport
import Testing

/// `--resume` keeps an earlier output only when every line of it is there and is a record:
/// a file with frame lines missing, or a line cut short, is analysed again. Issue 15, N8.
@Suite final class ResumeValidationTests {
  private let folder: URL
  private let output: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("resume-validation")
    output = folder.appendingPathComponent("out")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func scan(resume: Bool) throws -> SeamScanBinary.Run {
    try SeamScanBinary.run(
      ["scan", "--quiet", "--no-faces", SampleMedia.pan.path, "--output-dir", output.path]
        + (resume ? ["--resume"] : []))
  }

  /// The output's lines, changed by `damage`, written back in place.
  private func damageOutput(_ damage: (inout [Substring]) -> Void) throws {
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: output.path).first { $0.hasSuffix(".seamscan.jsonl") })
    let url = output.appendingPathComponent(name)
    var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    damage(&lines)
    try lines.joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
  }

  private func expectAnalysedAgain(_ why: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let run = try scan(resume: true)
    #expect(run.status == 0, sourceLocation: sourceLocation)
    #expect(run.standardError.contains("re-analysed: \(why)"), "\(run.standardError)", sourceLocation: sourceLocation)
    let rows = try SummaryCSV.rows(output.appendingPathComponent("summary.csv"))
    #expect(rows.map { $0["status"] } == ["analysed"], sourceLocation: sourceLocation)
    #expect(rows.first?["frames_decoded"] == "100", sourceLocation: sourceLocation)
  }

  @Test("Frame lines deleted: the input is analysed again")
  func missingFramesAreNotKept() throws {
    #expect(try scan(resume: false).status == 0)
    try damageOutput { $0.removeSubrange(5..<8) }
    try expectAnalysedAgain("the earlier output is damaged: 97 frame records")
  }

  @Test("A line cut so that it is no longer JSON: the input is analysed again")
  func cutLineIsNotKept() throws {
    #expect(try scan(resume: false).status == 0)
    try damageOutput { $0[10] = $0[10].prefix(40) }
    try expectAnalysedAgain("line 11 of the earlier output is not a record")
  }

  @Test("An undamaged output is still kept")
  func wholeOutputIsKept() throws {
    #expect(try scan(resume: false).status == 0)
    let run = try scan(resume: true)
    #expect(run.status == 0)
    #expect(try SummaryCSV.rows(output.appendingPathComponent("summary.csv")).map { $0["status"] } == ["resumed"])
  }
}
