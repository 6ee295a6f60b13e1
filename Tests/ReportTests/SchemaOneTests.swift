import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// Records of schema 1 (no per-track results, no judging model, the aggregation as text) are still
/// read: the page shows what they hold and says that per-track scores need a rescan.
@Suite struct SchemaOneTests {
  /// The boxes-only scan rewritten as schema 1 wrote it.
  static func schemaOneFolder() throws -> URL {
    let folder = try ReportBinary.copy(try SampleScans.boxesOnly.get(), name: "schema-1")
    let file = try SampleScans.output(for: "astronaut-pan.mp4", in: folder)
    let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { line -> String in
      guard var record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        return String(line)
      }
      switch record["type"] as? String {
      case "video":
        record["schema"] = "seamscan.records/1"
        var options = record["options"] as? [String: Any] ?? [:]
        var scoring = options["scoring"] as? [String: Any] ?? [:]
        scoring["aggregation"] = "upperMean(fraction: 0.5)"
        options["scoring"] = scoring
        record["options"] = options
      case "summary":
        record["model"] = nil
        record["tracks"] = nil
      default: return String(line)
      }
      return String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
    }
    try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    return folder
  }

  @Test func aSchemaOneFileIsShownWithANoteThatTrackScoresNeedARescan() throws {
    let outcome = try SampleScans.report(try Self.schemaOneFolder(), .en)
    #expect(outcome.pages.count == 1, "a page, not a damaged or unreadable input")
    let html = try SampleScans.html(try #require(outcome.pages.first))
    #expect(html.contains("These records use schema 1"))
    #expect(html.contains("astronaut-pan.mp4"))
  }

  @Test func aSchemaTwoFileHasNoSuchNote() throws {
    let outcome = try SampleScans.report(try SampleScans.boxesOnly.get(), .en)
    #expect(!(try SampleScans.html(try #require(outcome.pages.first))).contains("These records use schema 1"))
  }
}
