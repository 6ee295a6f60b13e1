import Crypto
import Foundation
import SeamScanFiles
import SeamScanMedia
import SeamScanRecords

/// An output folder that cannot be used, said plainly (before any input is looked at).
public struct UnusableOutputFolder: Error, CustomStringConvertible, Sendable {
  public var folder: String
  public var reason: String
  public var description: String { "cannot use output folder '\(folder)': \(reason)" }
}

/// An `--output-dir` folder, laid out as ``ScanFolderLayout`` says.
///
/// - Every input gets a file, skipped and failed ones included, so `summary.csv`, rebuilt from
///   every complete output in the folder, lists every input any batch has written there.
/// - A lock keeps two runs out of one folder; temporary files a killed run left are removed.
final class OutputFolder {
  let path: BytePath
  private let lock: FolderLock
  /// Rows of every complete output in the folder, by output file name.
  private var rows: [String: SummaryRow] = [:]

  init(path: BytePath) throws(UnusableOutputFolder) {
    self.path = path
    let folder = path.display
    do {
      try FileSystem.createFolder(path)
    } catch {
      throw UnusableOutputFolder(folder: folder, reason: error.reason)
    }
    guard FileSystem.isWritableFolder(path) else {
      throw UnusableOutputFolder(folder: folder, reason: "permission denied (it cannot be written)")
    }
    let lock: FolderLock?
    do {
      lock = try FolderLock(path: path.appending(Array(ScanFolderLayout.lockName.utf8)))
    } catch {
      throw UnusableOutputFolder(folder: folder, reason: error.reason)
    }
    guard let lock else {
      throw UnusableOutputFolder(folder: folder, reason: "another seamscan run is writing to it")
    }
    self.lock = lock
    AtomicFile.removeLeftovers(in: path)
    for name in FileSystem.entries(of: path) ?? [] {
      if let text = String(validating: name, as: UTF8.self), ScanFolderLayout.isOutputName(text),
        let row = Self.row(of: Output.read(path.appending(name)), output: text)
      {
        rows[text] = row
      }
    }
  }

  // MARK: - Names

  /// The input's output name (``ScanFolderLayout/outputName(input:id:)``); standard input is
  /// named after its content's SHA-256.
  static func outputName(for input: BytePath, contentSHA256: String?) -> String {
    let name = input == .standardInput ? nil : input.lastComponent
    let identity =
      name.map { name in
        let folder = FileSystem.canonicalPath(input.parent) ?? FileSystem.absolute(input.parent)
        return ScanFolderLayout.identity(realFolder: folder, name: name)
      } ?? ScanFolderLayout.identity(standardInputSHA256: contentSHA256)
    let id = SHA256.hash(data: identity).prefix(ScanFolderLayout.idDigits / 2).map { String(format: "%02x", $0) }
    return ScanFolderLayout.outputName(input: name, id: id.joined())
  }

  func file(named name: String) -> BytePath { path.appending(Array(name.utf8)) }

  // MARK: - Earlier outputs

  /// The first and last records of an output file, without reading what lies between.
  struct Output {
    var first: Record?
    var last: Record?
    /// An error record just before the summary (the input was partly analysed).
    var error: ErrorRecord?
    var lineCount: Int

    static func read(_ path: BytePath) -> Output? {
      guard let file = try? ReadOnlyFile(opening: path), file.size > 0 else { return nil }
      let headLine = FileLines(of: file).first(maximumLength: 16 << 20)
      let tail = file.read(at: max(0, file.size - (1 << 16)), count: 1 << 16)
      let tailLines = String(decoding: tail, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
      guard let headLine, let lastLine = tailLines.last else { return nil }
      var output = Output(
        first: try? RecordReader.record(fromLine: headLine), last: try? RecordReader.record(fromLine: lastLine),
        error: nil, lineCount: file.size == headLine.utf8.count + 1 ? 1 : 2)
      if tailLines.count >= 2, case .error(let error)? = try? RecordReader.record(fromLine: tailLines.dropLast().last!)
      {
        output.error = error
      }
      return output
    }
  }

  /// The summary row a complete output stands for; nil for files that are not complete outputs.
  static func row(of output: Output?, output name: String) -> SummaryRow? {
    guard let output else { return nil }
    switch (output.first, output.last, output.lineCount) {
    case (.skipped(let skipped)?, _, 1):
      return SummaryRow(
        path: skipped.path, pathHex: skipped.pathHex, status: .skipped, output: name, message: skipped.reason)
    case (.error(let error)?, _, 1):
      guard let path = error.path else { return nil }
      return SummaryRow(
        path: path, pathHex: error.pathHex, status: .failed, sha256: error.sha256, output: name, message: error.message)
    case (.video?, .summary(let summary)?, _):
      let status: InputStatus = summary.framesDecoded == 0 ? .failed : (output.error == nil ? .analysed : .partial)
      return SummaryRow(summary: summary, status: status, output: name, message: output.error?.message)
    default:
      return nil
    }
  }

  /// Whether the output `name` is a complete, undamaged analysis of this file with these options:
  /// its summary, or why the input must be analysed again (nil when there is nothing to reuse).
  func reusable(named name: String, sha256: String, options: ScanOptions, models: [ModelFileRecord]) -> (
    summary: SummaryRecord?, reason: String?
  ) {
    guard let output = Output.read(file(named: name)) else { return (nil, nil) }
    guard case .video(let video)? = output.first, case .summary(let summary)? = output.last else {
      return (nil, "the earlier output holds no complete analysis")
    }
    if video.schema != ToolIdentity.schema || video.tool != ToolIdentity.record {
      return (nil, "the earlier output was written by \(video.tool.name) \(video.tool.version) (\(video.schema))")
    }
    if video.sha256 != sha256 || summary.sha256 != sha256 {
      return (nil, "the file changed (SHA-256 \(video.sha256.prefix(12))… then, \(sha256.prefix(12))… now)")
    }
    // Compared as written: the record holds numbers to six decimals, not the values in memory.
    if Self.written(video.options) != Self.written(options) {
      return (nil, "options changed (\(Self.differences(video.options, options)))")
    }
    if Self.written(video.models) != Self.written(models) {
      let changed = Set(video.models.map(\.role.rawValue)).symmetricDifference(models.map(\.role.rawValue))
        .union(zip(video.models, models).filter { $0 != $1 }.map(\.1.role.rawValue)).sorted()
      return (nil, "model files changed (\(changed.joined(separator: ", ")))")
    }
    if let damage = OutputCheck.damage(in: file(named: name)) { return (nil, damage) }
    return (summary, nil)
  }

  private static func written(_ value: some Encodable) -> String? {
    (try? RecordEncoder.encode(value))?.serialized
  }

  /// `max_frames 10→3, cues true→false`: the options whose values differ (a group switched
  /// on or off is one difference, shown as `{…}`).
  static func differences(_ old: ScanOptions, _ new: ScanOptions) -> String {
    var found: [String] = []
    func compare(_ old: JSONValue?, _ new: JSONValue?, at key: String) {
      if case .object(let before)? = old, case .object(let after)? = new {
        var keys = before.entries.map(\.key)
        keys += after.entries.map(\.key).filter { before[$0] == nil }
        for child in keys { compare(before[child], after[child], at: key.isEmpty ? child : "\(key).\(child)") }
      } else if old?.serialized != new?.serialized {
        found.append("\(key) \(brief(old))→\(brief(new))")
      }
    }
    func brief(_ value: JSONValue?) -> String {
      guard let value else { return "absent" }
      if case .object = value { return "{…}" }
      return value.serialized
    }
    compare(try? RecordEncoder.encode(old), try? RecordEncoder.encode(new), at: "")
    return found.joined(separator: ", ")
  }

  // MARK: - summary.csv

  /// Records this batch's rows for outputs and rewrites `summary.csv` from every output's row.
  func update(_ newRows: [SummaryRow]) throws(OutputError) {
    for row in newRows { if let output = row.output { rows[output] = row } }
    let sorted = rows.values.sorted { ($0.path, $0.output ?? "") < ($1.path, $1.output ?? "") }
    try AtomicFile.write(Array(SummaryTable.csv(sorted).utf8), to: file(named: ScanFolderLayout.summaryName))
  }
}
