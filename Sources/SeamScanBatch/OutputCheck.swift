import SeamScanMedia
import SeamScanRecords

/// Whether an earlier output file holds one whole, undamaged analysis: what `--resume` checks,
/// line by line, before it keeps a file instead of analysing its input again.
///
/// A complete analysis is a `video` record, its `frame` records in increasing frame order,
/// at most one `error` record (a partly readable input) and a `summary`, every line a record,
/// with as many frames as the summary says were decoded and analysed, and, for a whole input
/// read without a problem, as many as the container declares.
enum OutputCheck {
  /// Why the file at `path` is not a whole analysis; nil when it is.
  static func damage(in path: BytePath) -> String? {
    guard let file = try? EvidenceFile(opening: path) else { return "the earlier output cannot be read" }
    var video: VideoRecord?
    var summary: SummaryRecord?
    var problem: ErrorRecord?
    var frames = 0
    var analysed = 0
    var lastFrame = -1
    var lineNumber = 0
    var damage: String?
    let complete = Lines(of: file).visit { line in
      lineNumber += 1
      guard let record = try? RecordReader.record(fromLine: line) else {
        damage = "line \(lineNumber) of the earlier output is not a record"
        return false
      }
      switch (record, video, problem, summary) {
      case (.video(let first), nil, nil, nil) where lineNumber == 1:
        video = first
      case (.frame(let frame), _?, nil, nil) where frame.frame > lastFrame:
        frames += 1
        if frame.analysed { analysed += 1 }
        lastFrame = frame.frame
      case (.error(let error), _?, nil, nil):
        problem = error
      case (.summary(let last), _?, _, nil):
        summary = last
      default:
        damage = "line \(lineNumber) of the earlier output is out of place"
        return false
      }
      return true
    }
    if let damage { return damage }
    guard complete else { return "the earlier output does not end with a whole line" }
    guard let video, let summary else { return "the earlier output holds no complete analysis" }
    if frames != summary.framesDecoded || analysed != summary.framesAnalysed {
      return "the earlier output holds \(frames) frame records (\(analysed) analysed) where its summary counts "
        + "\(summary.framesDecoded) (\(summary.framesAnalysed))"
    }
    let options = video.options
    let wholeInput = options.start == nil && options.duration == nil && options.maxFrames == nil
    if wholeInput, problem == nil, !summary.truncated, summary.decodeErrors == 0, let declared = video.nbFrames,
      declared != frames
    {
      return "the earlier output holds \(frames) frames of the \(declared) its input declares"
    }
    return nil
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
