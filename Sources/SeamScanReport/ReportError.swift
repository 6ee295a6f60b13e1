import SeamScanRecords

/// Why a report, or part of one, could not be made.
public enum ReportError: Error, Equatable, CustomStringConvertible {
  /// The scan folder does not exist or holds no records.
  case noRecords(folder: String)
  /// A records file that is not a scan's output; it is listed on the index, not left out.
  case unreadableRecords(file: String, line: Int, detail: String)
  /// A records file whose values no scan writes: out of the schema's ranges, or a verdict its own
  /// score and thresholds contradict. It is listed on the index, never shown as valid.
  case damagedRecords(file: String, detail: String)
  /// Records of a schema older than this seamscan's: it stops the report, as a newer one does.
  case olderSchema(file: String, found: String)
  /// The report cannot be written where asked.
  case cannotWrite(path: String, detail: String)

  /// The status the index lists a records file under, for the errors that list it instead of
  /// stopping the report.
  var listedStatus: String {
    if case .damagedRecords = self { return "damaged_records" }
    return "unreadable_records"
  }

  public var description: String {
    switch self {
    case .noRecords(let folder): return "no *.seamscan.jsonl records in \(folder)"
    case .unreadableRecords(let file, let line, let detail):
      return line > 0 ? "\(file), line \(line): \(detail)" : "\(file): \(detail)"
    case .damagedRecords(let file, let detail): return "\(file): \(detail)"
    case .olderSchema(let file, let found):
      return "\(file): records use schema \(found), older than this seamscan reads (\(ToolIdentity.previousSchema)): "
        + "make the report with the seamscan that wrote them"
    case .cannotWrite(let path, let detail): return "cannot write the report to \(path): \(detail)"
    }
  }
}
