import Foundation

/// One row of `summary.csv`: how one input of the batch ended.
struct SummaryRow: Sendable {
  var path: String
  var status: String
  var sha256: String?
  var framesDecoded: Int?
  var framesAnalysed: Int?
  var decodeErrors: Int?
  var truncated: Bool?
  var framesWithFace: Int?
  var score: Double?
  var verdict: String?
  var output: String?
  var message: String?

  init(path: String, status: String, output: String? = nil, message: String? = nil) {
    self.path = path
    self.status = status
    self.output = output
    self.message = message
  }

  init(outcome: ScanOutcome, output: String?) {
    self.init(path: outcome.path, status: outcome.status.rawValue, output: output, message: outcome.message)
    sha256 = outcome.digest?.sha256
    framesDecoded = outcome.statistics?.framesDecoded
    framesAnalysed = outcome.statistics?.framesAnalysed
    decodeErrors = outcome.statistics?.decodeErrors
    truncated = outcome.statistics?.truncated
    framesWithFace = outcome.verdict?.framesWithFace
    score = outcome.verdict?.score
    verdict = outcome.verdict?.label
  }

  /// A row rebuilt from the summary record of an earlier, complete output.
  init(resumedPath path: String, sha256: String, summary: JSONObject, output: String) {
    self.init(path: path, status: "resumed", output: output)
    self.sha256 = sha256
    func int(_ key: String) -> Int? { if case .int(let v)? = summary[key] { return v } else { return nil } }
    framesDecoded = int("frames_decoded")
    framesAnalysed = int("frames_analysed")
    decodeErrors = int("decode_errors")
    framesWithFace = int("frames_with_face")
    if case .bool(let v)? = summary["truncated"] { truncated = v }
    if case .double(let v)? = summary["score"] { score = v }
    if case .string(let v)? = summary["verdict"] { verdict = v }
  }

  static let header = [
    "path", "status", "sha256", "frames_decoded", "frames_analysed", "decode_errors", "truncated",
    "frames_with_face", "score", "verdict", "output", "message",
  ]

  var fields: [String] {
    [
      path, status, sha256 ?? "", framesDecoded.map(String.init) ?? "", framesAnalysed.map(String.init) ?? "",
      decodeErrors.map(String.init) ?? "", truncated.map { $0 ? "true" : "false" } ?? "",
      framesWithFace.map(String.init) ?? "", score.map(JSONValue.format) ?? "", verdict ?? "", output ?? "",
      message ?? "",
    ]
  }
}

enum SummaryTable {
  /// RFC 4180 CSV; rows are given in batch order.
  static func csv(_ rows: [SummaryRow]) -> String {
    ([SummaryRow.header] + rows.map(\.fields)).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n")
      + "\n"
  }

  private static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
