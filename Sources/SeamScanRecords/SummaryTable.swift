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

  /// The row that a `summary.csv` line's cells (by column name) hold; nil without a path or a known status.
  init?(cells: [String: String]) {
    func cell(_ name: String) -> String? { cells[name].flatMap { $0.isEmpty ? nil : $0 } }
    guard let path = cells["path"], !path.isEmpty, let status = cell("status").flatMap(InputStatus.init(rawValue:))
    else { return nil }
    self.init(
      path: path, pathHex: cell("path_hex"), status: status, sha256: cell("sha256"), output: cell("output"),
      message: cell("message"))
    framesDecoded = cell("frames_decoded").flatMap { Int($0) }
    framesAnalysed = cell("frames_analysed").flatMap { Int($0) }
    decodeErrors = cell("decode_errors").flatMap { Int($0) }
    truncated = cell("truncated").flatMap { Bool($0) }
    framesWithFace = cell("frames_with_face").flatMap { Int($0) }
    score = cell("score").flatMap { Double($0) }
    verdict = cell("verdict").flatMap(Verdict.init(rawValue:))
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
///
/// A cell that a spreadsheet would take for a formula (one that starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return: OWASP's rule against CSV injection) is written with a `'` in
/// front, and so is a cell that starts with `'` itself, so that ``cells(fromCSV:)`` can take
/// exactly one `'` off any cell that starts with one and get every cell back as it was. A path's
/// exact bytes are in `path_hex` in any case.
public enum SummaryTable {
  /// RFC 4180 CSV.
  public static func csv(_ rows: [SummaryRow]) -> String {
    ([SummaryRow.header] + rows.map(\.fields)).map { $0.map { quote(neutralise($0)) }.joined(separator: ",") }
      .joined(separator: "\n") + "\n"
  }

  /// The rows of a `summary.csv`, typed; a row whose `status` this SeamScan does not know, or
  /// without a path, is left out. Columns are found by name, so added columns do no harm.
  /// Whether `text` begins as a `summary.csv` SeamScan wrote: its first columns, with `path_hex`
  /// or, as tables before that column began, without it.
  public static func beginsLikeATable(_ text: String) -> Bool {
    let leading = SummaryRow.header.prefix(4)
    return text.hasPrefix(leading.joined(separator: ",") + ",")
      || text.hasPrefix(leading.filter { $0 != "path_hex" }.joined(separator: ",") + ",")
  }

  public static func rows(fromCSV text: String) -> [SummaryRow] {
    cells(fromCSV: text).compactMap(SummaryRow.init(cells:))
  }

  /// The cells of a `summary.csv` by column name, each as it was before it was written: added
  /// columns are kept, and a row shorter than the header reads as empty fields.
  public static func cells(fromCSV text: String) -> [[String: String]] {
    let records = parse(text)
    guard let header = records.first else { return [] }
    return records.dropFirst().filter { $0 != [""] }.map { fields in
      var row: [String: String] = [:]
      for (index, name) in header.enumerated() { row[name] = index < fields.count ? restore(fields[index]) : "" }
      return row
    }
  }

  private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "'"]

  private static func neutralise(_ field: String) -> String {
    guard let first = field.first, formulaStarts.contains(first) else { return field }
    return "'" + field
  }

  private static func restore(_ field: String) -> String {
    field.first == "'" ? String(field.dropFirst()) : field
  }

  private static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// RFC 4180 records; a carriage return outside quotes ends nothing and is dropped.
  static func parse(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = iterator.next()
    while let scalar = pending {
      pending = iterator.next()
      if quoted {
        if scalar == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = iterator.next()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",":
        fields.append(field)
        field = ""
      case "\r": continue
      case "\n":
        fields.append(field)
        records.append(fields)
        fields = []
        field = ""
      default: field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(field)
      records.append(fields)
    }
    return records
  }
}
