import Foundation

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
  func completedSummary(named name: String, sha256: String) -> JSONObject? {
    guard let data = FileManager.default.contents(atPath: recordFile(named: name).path),
      let text = String(data: data, encoding: .utf8)
    else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    guard let first = lines.first, let last = lines.last,
      let video = try? JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any],
      let summary = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any],
      video["type"] as? String == "video", video["sha256"] as? String == sha256,
      summary["type"] as? String == "summary", summary["sha256"] as? String == sha256
    else { return nil }
    var object = JSONObject()
    for key in ["frames_decoded", "frames_analysed", "decode_errors", "frames_with_face"] {
      object[key] = JSONValue((summary[key] as? NSNumber)?.intValue)
    }
    object["truncated"] = .bool(summary["truncated"] as? Bool ?? false)
    object["score"] = JSONValue((summary["score"] as? NSNumber)?.doubleValue)
    object["verdict"] = JSONValue(summary["verdict"] as? String)
    return object
  }
}
