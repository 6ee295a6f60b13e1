import Foundation
import SeamScanTestSupport
import Testing

/// Linux takes file names of up to 255 bytes, 60–90 Vietnamese characters: an input with such a
/// name gets its output like any other, and never stops the batch. Issue 15, N4.
@Suite final class LongNameTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("long-names")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// A Vietnamese name of `bytes` bytes in UTF-8, ending in `.jpg`.
  private static func vietnameseName(bytes: Int) -> String {
    var name = ""
    for character in String(repeating: "Đoạn phim điều tra vụ lừa đảo ", count: 20) {
      guard (name + String(character)).utf8.count + 4 <= bytes else { break }
      name.append(character)
    }
    return name + ".jpg"
  }

  @Test("Inputs named with 178 to 255 bytes are analysed, each with its own output, and so is the rest")
  func longNamesGetOutputs() throws {
    let evidence = folder.appendingPathComponent("evidence")
    try FileManager.default.createDirectory(at: evidence, withIntermediateDirectories: true)
    let still = SampleMedia.folder.appendingPathComponent("astronaut.jpg")
    let names = [Self.vietnameseName(bytes: 178), Self.vietnameseName(bytes: 255), "short.jpg"]
    for name in names { try FileManager.default.copyItem(at: still, to: evidence.appendingPathComponent(name)) }
    let output = folder.appendingPathComponent("out")
    let run = try SeamScanBinary.run([
      "scan", "--quiet", "--no-faces", "--jobs", "2", evidence.path, "--output-dir", output.path,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let rows = try SummaryCSV.rows(output.appendingPathComponent("summary.csv"))
    #expect(rows.map { URL(fileURLWithPath: $0["path"] ?? "").lastPathComponent }.sorted() == names.sorted())
    #expect(rows.allSatisfy { $0["status"] == "analysed" }, "\(rows)")
    for row in rows {
      let name = try #require(row["output"])
      #expect(name.utf8.count <= 255)
      let text = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
      #expect(text.contains("\"type\":\"summary\""), "\(name) is not complete")
    }
  }
}
