import Foundation
import SeamScanRecords

/// The `--output-dir` layout: one `<input name>.seamscan.jsonl` per input and a `summary.csv`.
struct OutputFolder {
  let url: URL

  init(path: String) throws {
    url = URL(fileURLWithPath: path, isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Output file names for the inputs, in order. Two inputs with the same
  /// file name (from different folders) get `-2`, `-3`, … in batch order.
  static func recordFileNames(for inputs: [ScanInput]) -> [String] {
    var seen: [String: Int] = [:]
    return inputs.map { input in
      let base = (input.path as NSString).lastPathComponent
      let count = (seen[base] ?? 0) + 1
      seen[base] = count
      return count == 1 ? "\(base).seamscan.jsonl" : "\(base)-\(count).seamscan.jsonl"
    }
  }

  func recordFile(named name: String) -> URL { url.appendingPathComponent(name) }

  /// The summary record of a complete earlier output whose video has `sha256`,
  /// or nil where the file is missing, incomplete or of another input.
  func completedSummary(named name: String, sha256: String) -> SummaryRecord? {
    guard let data = FileManager.default.contents(atPath: recordFile(named: name).path),
      let text = String(data: data, encoding: .utf8)
    else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    guard let first = lines.first, let last = lines.last,
      case .video(let video)? = try? RecordReader.record(fromLine: first),
      case .summary(let summary)? = try? RecordReader.record(fromLine: last),
      video.sha256 == sha256, summary.sha256 == sha256
    else { return nil }
    return summary
  }
}
