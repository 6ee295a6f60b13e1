import Foundation
import SeamScanRecords

/// A `seamscan scan --output-dir` folder: its records files and its `summary.csv`.
///
/// Records files are found by walking the folder for `*.seamscan.jsonl` (hidden temporary files
/// left out), never by rebuilding their names from inputs. `summary.csv` adds what has no records
/// file: inputs skipped while walking folders.
public struct ScanFolder: Sendable {
  public let url: URL
  /// Records files in name order.
  public let recordFiles: [URL]
  /// `summary.csv` rows, by column name; empty where there is none.
  public let summaryRows: [[String: String]]

  public init(_ url: URL) throws {
    self.url = url
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    recordFiles = names.filter { $0.hasSuffix(".seamscan.jsonl") && !$0.hasPrefix(".") }.sorted()
      .map { url.appendingPathComponent($0) }
    guard !recordFiles.isEmpty else { throw ReportError.noRecords(folder: url.path) }
    let csv = FileManager.default.contents(atPath: url.appendingPathComponent("summary.csv").path)
    summaryRows = csv.map { SummaryCSV.rows(String(decoding: $0, as: UTF8.self)) } ?? []
  }

  /// Inputs the batch found and did not analyse, with no records file of their own: `skipped` rows,
  /// and any other row whose records file is missing.
  public var inputsWithoutRecords: [(path: String, status: String, message: String)] {
    let present = Set(recordFiles.map(\.lastPathComponent))
    return summaryRows.compactMap { row in
      let status = row["status"] ?? ""
      let output = row["output"] ?? ""
      guard status == InputStatus.skipped.rawValue || (!output.isEmpty && !present.contains(output)) else { return nil }
      return (row["path"] ?? "", status, row["message"] ?? "")
    }
  }
}

/// A lenient reader of RFC 4180 CSV with a header row: columns are found by name, so added
/// columns are ignored and rows shorter than the header read as empty fields.
enum SummaryCSV {
  static func rows(_ text: String) -> [[String: String]] {
    let records = parse(text)
    guard let header = records.first else { return [] }
    return records.dropFirst().filter { $0 != [""] }.map { fields in
      var row: [String: String] = [:]
      for (index, name) in header.enumerated() { row[name] = index < fields.count ? fields[index] : "" }
      return row
    }
  }

  static func parse(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = iterator.next()
    while let scalar = pending {
      pending = iterator.next()
      if quoted {
        if scalar == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = iterator.next()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",":
        fields.append(field)
        field = ""
      case "\r": continue
      case "\n":
        fields.append(field)
        records.append(fields)
        fields = []
        field = ""
      default: field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(field)
      records.append(fields)
    }
    return records
  }
}
