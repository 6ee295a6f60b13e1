import Foundation
import SeamScanRecords

/// A `seamscan scan --output-dir` folder: its records files and its `summary.csv`, found by the
/// names ``ScanFolderLayout`` gives them.
///
/// Records files are found by walking the folder for outputs (hidden temporary files left out),
/// never by rebuilding their names from inputs. `summary.csv` adds what has no records file:
/// inputs skipped while walking folders.
public struct ScanFolder: Sendable {
  public let url: URL
  /// Records files in name order.
  public let recordFiles: [URL]
  /// `summary.csv`'s rows; empty where there is none.
  public let summaryRows: [SummaryRow]

  public init(_ url: URL) throws {
    self.url = url
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    recordFiles = names.filter(ScanFolderLayout.isOutputName).sorted().map { url.appendingPathComponent($0) }
    guard !recordFiles.isEmpty else { throw ReportError.noRecords(folder: url.path) }
    let csv = FileManager.default.contents(atPath: url.appendingPathComponent(ScanFolderLayout.summaryName).path)
    summaryRows = csv.map { SummaryTable.rows(fromCSV: String(decoding: $0, as: UTF8.self)) } ?? []
  }

  /// Inputs the batch found and did not analyse, with no records file of their own: `skipped` rows,
  /// and any other row whose records file is missing.
  public var inputsWithoutRecords: [SummaryRow] {
    let present = Set(recordFiles.map(\.lastPathComponent))
    return summaryRows.filter { row in
      row.status == .skipped || row.output.map { !present.contains($0) } ?? false
    }
  }
}
