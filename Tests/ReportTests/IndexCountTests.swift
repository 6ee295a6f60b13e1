import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// The index's overview counts every input once: a truncated file with frames is partly analysed,
/// one cut before its first frame failed (as `summary.csv` says), and neither is counted twice.
@Suite struct IndexCountTests {
  @Test(arguments: ReportLanguage.allCases) func eachInputIsCountedOnce(_ language: ReportLanguage) throws {
    let media = try GeneratedMedia.makeFolder("counts-media")
    let whole = try GeneratedMedia.ffmpeg(
      ["-i", SampleMedia.pan.path, "-c", "copy"], output: media.appendingPathComponent("whole.mkv"))
    let bytes = try Data(contentsOf: whole)
    try bytes.prefix(bytes.count / 2).write(to: media.appendingPathComponent("half.mkv"))
    try bytes.prefix(1500).write(to: media.appendingPathComponent("header-only.mkv"))
    try FileManager.default.removeItem(at: whole)
    try FileManager.default.copyItem(
      at: SampleMedia.folder.appendingPathComponent("astronaut.jpg"), to: media.appendingPathComponent("photo.jpg"))
    let folder = try GeneratedMedia.makeFolder("counts-scan")
    let scan = try Command.run(
      SeamScanBinary.url.path,
      ["scan", "--quiet", "--output-dir", folder.path, "half.mkv", "header-only.mkv", "photo.jpg"],
      in: media)
    #expect(scan.status == 1, "two inputs are not whole")
    let output = folder.appendingPathComponent("report")
    #expect(try ReportBinary.run(folder, language, output: output).status == 0)
    let page = try StrictHTML(try SampleScans.html(output.appendingPathComponent("index.html")))
    let items = page.all("li").filter { $0.attributes["class"]?.hasPrefix("c-") == true }.map(page.text(of:))
    func count(_ label: String) -> Int? {
      items.first { $0.hasSuffix(label) }.flatMap { Int($0.dropLast(label.count)) }
    }
    let partial = language == .en ? "Partly analysed" : "Chỉ phân tích được một phần"
    let failed = language == .en ? "Failed" : "Lỗi, không phân tích được"
    #expect(count(partial) == 1, "\(items)")
    #expect(count(failed) == 1, "\(items)")
    let verdicts = items.filter { !$0.hasSuffix(partial) && !$0.hasSuffix(failed) }.compactMap { item in
      Int(item.prefix { $0.isNumber })
    }
    #expect(verdicts.reduce(0, +) == 2, "the analysed inputs, the partly analysed one included: \(items)")
    let rows = page.all("tr").filter { $0.attributes["data-records"] != nil }.compactMap { $0.attributes["data-name"] }
    #expect(rows.sorted() == ["half.mkv", "photo.jpg"])
    let others = page.all("tr").filter { row in page.ancestor(of: row) { $0.attributes["id"] == "others" } != nil }
    #expect(others.map(page.text(of:)).contains { $0.contains("header-only.mkv") && $0.contains("no_frames") })
  }
}
