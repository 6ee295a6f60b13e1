import Foundation
import SeamScanRecords

/// Reads a `summary.csv` into rows keyed by the header, as every reader in the project does.
public enum SummaryCSV {
  public static func rows(_ url: URL) throws -> [[String: String]] {
    SummaryTable.cells(fromCSV: try String(contentsOf: url, encoding: .utf8))
  }
}
