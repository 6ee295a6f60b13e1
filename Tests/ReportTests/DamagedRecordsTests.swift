import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// Records are checked against the schema's ranges and against themselves before they are shown:
/// a file that breaks them is listed as damaged, with the reason, and gets no page; records of a
/// schema other than this seamscan's stop the report.
@Suite struct DamagedRecordsTests {
  /// A copy of the boxes-only scan beside `damaged.seamscan.jsonl`, its copy with one record edited.
  static func folder(editing type: String, _ edit: (inout [String: Any]) -> Void) throws -> URL {
    let folder = try ReportBinary.copy(try SampleScans.boxesOnly.get(), name: "damaged")
    let source = try SampleScans.output(for: "astronaut-pan.mp4", in: folder)
    var edited = false
    let lines = try String(contentsOf: source, encoding: .utf8).split(separator: "\n").map { line -> String in
      guard var record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        record["type"] as? String == type, !edited
      else { return String(line) }
      if type == "frame", (record["faces"] as? [Any])?.isEmpty != false { return String(line) }
      edit(&record)
      edited = true
      return String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
    }
    try (lines.joined(separator: "\n") + "\n").write(
      to: folder.appendingPathComponent("damaged.seamscan.jsonl"), atomically: true, encoding: .utf8)
    return folder
  }

  /// The report of `folder`: its index's rows of damaged records, and its number of input pages.
  static func damagedRows(_ folder: URL, _ language: ReportLanguage) throws -> (rows: [String], pages: Int) {
    let output = try GeneratedMedia.makeFolder("damaged-report").appendingPathComponent("report")
    let run = try ReportBinary.run(folder, language, output: output)
    #expect(run.status == 0, "\(run.standardError)")
    let page = try StrictHTML(try SampleScans.html(output.appendingPathComponent("index.html")))
    let rows = page.all("tr").filter { row in
      page.ancestor(of: row) { $0.attributes["id"] == "others" } != nil
    }.map(page.text(of:)).filter { $0.contains("damaged.seamscan.jsonl") }
    return (rows, try ReportBinary.pages(in: output).count)
  }

  @Test(arguments: ReportLanguage.allCases) func anOutOfRangeScoreIsDamaged(_ language: ReportLanguage) throws {
    let folder = try Self.folder(editing: "summary") { $0["score"] = 1e308 }
    let (rows, pages) = try Self.damagedRows(folder, language)
    #expect(pages == 1, "only the intact records get a page")
    #expect(rows.count == 1 && rows.contains { $0.contains("summary: score 1e+308 must be in 0…1") }, "\(rows)")
  }

  @Test func aNegativeFaceScoreIsDamaged() throws {
    let folder = try Self.folder(editing: "frame") { frame in
      var faces = frame["faces"] as? [[String: Any]] ?? []
      faces[0]["score"] = -5
      frame["faces"] = faces
    }
    let (rows, pages) = try Self.damagedRows(folder, .en)
    #expect(pages == 1)
    #expect(rows.contains { $0.contains(", track 1: score -5 must be in 0…1") }, "\(rows)")
  }

  @Test func aNegativeCountIsDamaged() throws {
    let folder = try Self.folder(editing: "summary") { $0["decode_errors"] = -3 }
    let (rows, pages) = try Self.damagedRows(folder, .en)
    #expect(pages == 1)
    #expect(rows.contains { $0.contains("summary: decode_errors -3 must be at least 0") }, "\(rows)")
  }

  /// "No evidence found" for a score above the "likely manipulated" threshold the records carry.
  @Test func aVerdictThatContradictsItsScoreIsDamaged() throws {
    let folder = try Self.folder(editing: "summary") { summary in
      summary["score"] = 0.999
      summary["verdict"] = "no evidence found"
      summary["reason"] = NSNull()
      // The track that sets the score, so that only the verdict contradicts the records.
      if var tracks = summary["tracks"] as? [[String: Any]], !tracks.isEmpty {
        tracks[0]["score"] = 0.999
        summary["tracks"] = tracks
      }
    }
    let (rows, pages) = try Self.damagedRows(folder, .en)
    #expect(pages == 1)
    #expect(
      rows.contains { $0.contains("summary: verdict “no evidence found” contradicts score 0.999") }, "\(rows)")
  }

  /// The frame records and the summary's count of them must agree (a deleted or added frame line).
  @Test func aFrameCountTheFramesContradictIsDamaged() throws {
    let folder = try Self.folder(editing: "summary") { summary in
      summary["frames_decoded"] = 101
      summary["frames_analysed"] = 101
    }
    let (rows, pages) = try Self.damagedRows(folder, .en)
    #expect(pages == 1)
    #expect(rows.contains { $0.contains("frame records (30 analysed) where the summary counts 101 (101)") }, "\(rows)")
  }

  @Test func anOlderSchemaStopsTheReport() throws {
    let folder = try Self.folder(editing: "video") { $0["schema"] = "seamscan.records/0" }
    let run = try ReportBinary.run(folder)
    #expect(run.status == 1)
    #expect(
      run.standardError.contains("schema seamscan.records/0, older than this seamscan reads"), "\(run.standardError)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report").path))
  }
}
