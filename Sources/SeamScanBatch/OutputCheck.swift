import SeamScanFiles
import SeamScanRecords

/// Whether an earlier output file holds one whole, undamaged analysis: what `--resume` checks,
/// line by line, before it keeps a file instead of analysing its input again. Every line must be
/// a record, the file must end with its summary, and its records must pass ``RecordsCheck``.
enum OutputCheck {
  /// Why the file at `path` is not a whole analysis; nil when it is.
  static func damage(in path: BytePath) -> String? {
    guard let file = try? ReadOnlyFile(opening: path) else { return "the earlier output cannot be read" }
    var check = RecordsCheck()
    var lineNumber = 0
    var last: RecordType?
    var unreadable: String?
    let complete = FileLines(of: file).visit { line in
      lineNumber += 1
      guard let record = try? RecordReader.record(fromLine: line) else {
        unreadable = "line \(lineNumber) of the earlier output is not a record"
        return false
      }
      check.add(record)
      last = record.type
      return true
    }
    if let unreadable { return unreadable }
    guard complete else { return "the earlier output does not end with a whole line" }
    guard last == .summary else { return "the earlier output holds no complete analysis" }
    check.finish()
    return check.problems.first.map { "the earlier output is damaged: \($0)" }
  }
}
