import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// Nothing is hidden: an input the batch skipped (it has no records file, only its `summary.csv`
/// row) and one that failed (a single error record) are listed in their own section.
@Suite struct SkippedAndFailedTests {
  @Test(arguments: ReportLanguage.allCases) func bothAreListed(_ language: ReportLanguage) throws {
    let media = try GeneratedMedia.makeFolder("others")
    try FileManager.default.copyItem(
      at: SampleMedia.folder.appendingPathComponent("astronaut.jpg"), to: media.appendingPathComponent("photo.jpg"))
    try "case notes".write(to: media.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let folder = try GeneratedMedia.makeFolder("others-scan")
    let run = try Command.run(
      SeamScanBinary.url.path, ["scan", "--quiet", "--output-dir", folder.path, media.path, "gone.mp4"], in: media)
    #expect(run.status == 1, "a missing input fails the batch")
    let outcome = try SampleScans.report(folder, language, mediaRoot: media)
    #expect(outcome.pages.count == 1)
    let page = try StrictHTML(try SampleScans.html(outcome.index))
    let rows = page.all("tr").filter { row in
      page.ancestor(of: row) { $0.name == "tbody" } != nil
        && page.ancestor(of: row) { $0.attributes["id"] == "others" } != nil
    }.map { page.text(of: $0) }
    #expect(rows.count == 2, "\(rows)")
    let skipped = language == .en ? "Skipped" : "Bỏ qua"
    let failed = language == .en ? "Failed" : "Lỗi"
    #expect(rows.contains { $0.contains("notes.txt") && $0.contains(skipped) })
    #expect(rows.contains { $0.contains("gone.mp4") && $0.contains(failed) && $0.contains("missing") })
    let counts = page.all("li").map { page.text(of: $0) }
    #expect(counts.contains((language == .en ? "1Failed" : "1Lỗi, không phân tích được")))
    #expect(counts.contains(language == .en ? "1Skipped" : "1Bị bỏ qua"))
  }
}
