import SeamScanFiles
import SeamScanRecords

/// A `seamscan scan --output-dir` folder: its records files and its `summary.csv`, found by the
/// names ``ScanFolderLayout`` gives them.
///
/// Records files are found by walking the folder for outputs (hidden temporary files left out),
/// never by rebuilding their names from inputs. `summary.csv` adds what has no records file:
/// inputs skipped while walking folders.
public struct ScanFolder: Sendable {
  public let path: BytePath
  /// Records files in name order.
  public let recordFiles: [BytePath]
  /// `summary.csv`'s rows; empty where there is none.
  public let summaryRows: [SummaryRow]

  public init(_ path: BytePath) throws {
    self.path = path
    let names = (FileSystem.entries(of: path) ?? []).compactMap { String(validating: $0, as: UTF8.self) }
    recordFiles = names.filter(ScanFolderLayout.isOutputName).sorted().map { path.appending(Array($0.utf8)) }
    guard !recordFiles.isEmpty else { throw ReportError.noRecords(folder: path.display) }
    let csv = try? ReadOnlyFile(opening: path.appending(Array(ScanFolderLayout.summaryName.utf8)))
    summaryRows =
      csv.map { SummaryTable.rows(fromCSV: String(decoding: $0.read(at: 0, count: $0.size), as: UTF8.self)) } ?? []
  }

  /// Inputs the batch found and did not analyse, with no records file of their own: `skipped` rows,
  /// and any other row whose records file is missing.
  public var inputsWithoutRecords: [SummaryRow] {
    let present = Set(recordFiles.map { String(decoding: $0.lastComponent, as: UTF8.self) })
    return summaryRows.filter { row in
      row.status == .skipped || row.output.map { !present.contains($0) } ?? false
    }
  }
}
