import Foundation
import SeamScanTestSupport
import Testing

/// `summary.csv` is opened in spreadsheets: a name that starts like a formula must never become
/// one, and every reader gets the name back exactly. Issue 15, N12.
@Suite final class FormulaCellTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("formula-cells")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  @Test("Cells that start with =, +, @ or ' are written with a ' in front and read back as they were")
  func formulaNamesAreNeutralised() throws {
    let names = ["=2+5.jpg", "+1.jpg", "@SUM(A1).jpg", "'quoted.jpg", "plain.jpg"]
    let still = SampleMedia.folder.appendingPathComponent("astronaut.jpg")
    for name in names { try FileManager.default.copyItem(at: still, to: folder.appendingPathComponent(name)) }
    let run = try SeamScanBinary.run(
      ["scan", "--quiet", "--no-faces", "--output-dir", "out"] + names, in: folder)
    #expect(run.status == 0, "\(run.standardError)")
    let table = try String(contentsOf: folder.appendingPathComponent("out/summary.csv"), encoding: .utf8)
    let pathCells = table.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
    #expect(
      pathCells.map(String.init).sorted()
        == ["'+1.jpg", "''quoted.jpg", "'=2+5.jpg", "'@SUM(A1).jpg", "plain.jpg"].sorted())
    let rows = try SummaryCSV.rows(folder.appendingPathComponent("out/summary.csv"))
    #expect(rows.compactMap { $0["path"] }.sorted() == names.sorted())
  }
}
