import Foundation

/// One row of `summary.csv`: how one input of the batch ended.
public struct SummaryRow: Sendable, Equatable {
  public var path: String
  /// The path's exact bytes in hex when they are not valid UTF-8.
  public var pathHex: String?
  public var status: InputStatus
  public var sha256: String?
  public var framesDecoded: Int?
  public var framesAnalysed: Int?
  public var decodeErrors: Int?
  public var truncated: Bool?
  public var framesWithFace: Int?
  public var score: Double?
  public var verdict: Verdict?
  /// The output file, in an output folder.
  public var output: String?
  public var message: String?

  public init(
    path: String, pathHex: String? = nil, status: InputStatus, sha256: String? = nil, output: String? = nil,
    message: String? = nil
  ) {
    self.path = path
    self.pathHex = pathHex
    self.status = status
    self.sha256 = sha256
    self.output = output
    self.message = message
  }

  /// A row for an input whose summary record was written (now, or by an earlier run).
  public init(summary: SummaryRecord, status: InputStatus, output: String?, message: String?) {
    self.init(
      path: summary.path, pathHex: summary.pathHex, status: status, sha256: summary.sha256, output: output,
      message: message)
    framesDecoded = summary.framesDecoded
    framesAnalysed = summary.framesAnalysed
    decodeErrors = summary.decodeErrors
    truncated = summary.truncated
    framesWithFace = summary.framesWithFace
    score = summary.score
    verdict = summary.verdict
  }

  static let header = [
    "path", "path_hex", "status", "sha256", "frames_decoded", "frames_analysed", "decode_errors", "truncated",
    "frames_with_face", "score", "verdict", "output", "message",
  ]

  var fields: [String] {
    [
      path, pathHex ?? "", status.rawValue, sha256 ?? "", framesDecoded.map(String.init) ?? "",
      framesAnalysed.map(String.init) ?? "",
      decodeErrors.map(String.init) ?? "", truncated.map { $0 ? "true" : "false" } ?? "",
      framesWithFace.map(String.init) ?? "", score.map(JSONValue.format) ?? "", verdict?.rawValue ?? "", output ?? "",
      message ?? "",
    ]
  }
}

/// `summary.csv`: one row per input.
public enum SummaryTable {
  /// RFC 4180 CSV.
  public static func csv(_ rows: [SummaryRow]) -> String {
    ([SummaryRow.header] + rows.map(\.fields)).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n")
      + "\n"
  }

  private static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
