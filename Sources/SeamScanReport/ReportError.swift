/// Why a report, or part of one, could not be made.
public enum ReportError: Error, Equatable, CustomStringConvertible {
  /// The scan folder does not exist or holds no records.
  case noRecords(folder: String)
  /// A records file that is not a scan's output; it is listed on the index, not left out.
  case unreadableRecords(file: String, line: Int, detail: String)
  /// The report cannot be written where asked.
  case cannotWrite(path: String, detail: String)

  public var description: String {
    switch self {
    case .noRecords(let folder): return "no *.seamscan.jsonl records in \(folder)"
    case .unreadableRecords(let file, let line, let detail):
      return line > 0 ? "\(file), line \(line): \(detail)" : "\(file): \(detail)"
    case .cannotWrite(let path, let detail): return "cannot write the report to \(path): \(detail)"
    }
  }
}
