import SeamScanFiles

/// The lines of an output file, read a block at a time: what `--resume` and an output folder's
/// opening read earlier outputs with.
struct FileLines {
  let file: ReadOnlyFile

  init(of file: ReadOnlyFile) { self.file = file }

  /// Calls `body` with each line until it returns false; true when every line was seen and
  /// the file ends with a newline. A line longer than `maximumLength` bytes ends the reading
  /// (false), so a file without newlines is never held in memory whole.
  func visit(maximumLength: Int = .max, _ body: (String) -> Bool) -> Bool {
    var pending: [UInt8] = []
    var offset = 0
    while offset < file.size {
      let block = file.read(at: offset, count: 1 << 16)
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
      if pending.count > maximumLength { return false }
    }
    return pending.isEmpty
  }

  /// The first line, when it ends within `maximumLength` bytes.
  func first(maximumLength: Int) -> String? {
    var first: String?
    _ = visit(maximumLength: maximumLength) { line in
      first = line
      return false
    }
    return first.flatMap { $0.utf8.count <= maximumLength ? $0 : nil }
  }
}
