import SeamScanFiles

/// The `--output-dir` layout, the one place its names are spelled: the batch writes by it, the
/// report and `Scripts/seamscan_outputs.py` (which mirrors it) read by it.
///
/// - one `<input name>.<id>.seamscan.jsonl` per input: `<id>` is the first 16 hex digits of the
///   SHA-256 of ``identity(realFolder:name:)``, so the same input always gets the same file, and
///   two inputs called `clip.mp4` in different folders never share one;
/// - `summary.csv` (``SummaryTable``), one row per complete output;
/// - `.seamscan.lock`, held by the run writing to the folder;
/// - temporary files, hidden (`.<name>.<UUID>.partial`) until they are complete: no hidden name is
///   ever an output.
public enum ScanFolderLayout {
  public static let outputSuffix = ".seamscan.jsonl"
  public static let summaryName = "summary.csv"
  public static let lockName = ".seamscan.lock"
  /// Hex digits of the id in an output's name.
  public static let idDigits = 16
  /// The name part of standard input's output, whose id comes from its content.
  public static let standardInputName = "stdin"
  /// Linux's longest file name, in bytes.
  static let longestName = 255

  /// The bytes whose SHA-256 gives an input's id: the real path of its folder, `/`, its name (a
  /// final link is not resolved, so two names stay two outputs).
  public static func identity(realFolder: BytePath, name: [UInt8]) -> [UInt8] {
    realFolder.bytes + [UInt8(ascii: "/")] + name
  }

  /// Standard input's identity: its content's SHA-256 in hex (`-` when it could not be read).
  public static func identity(standardInputSHA256: String?) -> [UInt8] { Array((standardInputSHA256 ?? "-").utf8) }

  /// `<input name>.<id>.seamscan.jsonl`; `name` nil for standard input. The name is escaped like a
  /// record's path, control characters become `_`, and a long one is shortened by whole
  /// characters so that the whole fits in a file name (the id keeps shortened names apart).
  public static func outputName(input name: [UInt8]?, id: String) -> String {
    guard let name else { return "\(standardInputName).\(id)\(outputSuffix)" }
    var text = String(BytePath(bytes: name).display.unicodeScalars.map { $0.value < 0x20 ? "_" : Character($0) })
    let room = longestName - 1 - idDigits - outputSuffix.utf8.count
    while text.utf8.count > room { text.removeLast() }
    return "\(text.isEmpty ? "_" : text).\(id)\(outputSuffix)"
  }

  /// Whether a folder entry is named as a complete output (temporary files are hidden).
  public static func isOutputName(_ name: String) -> Bool { name.hasSuffix(outputSuffix) && !name.hasPrefix(".") }
}
