import Foundation
import SeamScanRecords
import SeamScanTestSupport
import Testing

/// `seamscan scan --help` shows each option of the table with the table's help and default.
@Suite struct OptionHelpTests {
  /// The help with every run of spaces and line breaks made one space, as wrapping leaves it.
  static let help: String = {
    let output = (try? Command.run(SeamScanBinary.url.path, ["scan", "--help"]).standardOutput) ?? ""
    return output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }()

  @Test func everyOptionShowsTheTablesHelpAndDefault() {
    #expect(!Self.help.isEmpty)
    for row in OptionTable.rows {
      #expect(Self.help.contains("--\(row.name) "), "--\(row.name) is not offered")
      let shown = row.help + (row.defaultValue.map { " (default: \($0))" } ?? "")
      #expect(Self.help.contains(shown), "--\(row.name): \(shown)")
    }
  }
}
