import SeamScanMedia
import SeamScanRecords

/// Whether an earlier output file holds one whole, undamaged analysis: what `--resume` checks,
/// line by line, before it keeps a file instead of analysing its input again. Every line must be
/// a record, the file must end with its summary, and its records must pass ``RecordsCheck``.
enum OutputCheck {
  /// Why the file at `path` is not a whole analysis; nil when it is.
  static func damage(in path: BytePath) -> String? {
    guard let file = try? EvidenceFile(opening: path) else { return "the earlier output cannot be read" }
    var check = RecordsCheck()
    var lineNumber = 0
    var last: RecordType?
    var unreadable: String?
    let complete = Lines(of: file).visit { line in
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

  /// The lines of a file, read a block at a time.
  private struct Lines {
    let file: EvidenceFile

    init(of file: EvidenceFile) { self.file = file }

    /// Calls `body` with each line until it returns false; true when every line was seen and
    /// the file ends with a newline.
    func visit(_ body: (String) -> Bool) -> Bool {
      var pending: [UInt8] = []
      var offset = 0
      while offset < file.size {
        let block = file.read(at: offset, count: 1 << 20)
        guard !block.isEmpty else { return false }
        offset += block.count
        var start = block.startIndex
        while let newline = block[start...].firstIndex(of: 0x0A) {
          pending += block[start..<newline]
          guard body(String(decoding: pending, as: UTF8.self)) else { return false }
          pending.removeAll(keepingCapacity: true)
          start = newline + 1
        }
        pending += block[start...]
      }
      return pending.isEmpty
    }
  }
}
