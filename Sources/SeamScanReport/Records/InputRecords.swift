import Foundation
import SeamScanFiles
import SeamScanMedia
import SeamScanRecords

/// The records of one output file of a scan folder: one input of the batch.
///
/// A scanned input has `video`, its `frame`s, perhaps an `error` saying it was only partly read,
/// and `summary`; an input that could not be opened has a single `error`.
public struct InputRecords: Sendable {
  /// The records file's name in the scan folder, and its own SHA-256 for the provenance table.
  public let fileName: String
  public let fileSHA256: String
  public var video: VideoRecord?
  public var frames: [FrameRecord] = []
  public var errors: [ErrorRecord] = []
  public var summary: SummaryRecord?
  /// The batch's note that it skipped this file while walking a folder; such a file holds nothing else.
  public var skipped: SkippedRecord?

  init(fileName: String, fileSHA256: String) {
    self.fileName = fileName
    self.fileSHA256 = fileSHA256
  }

  /// Reads, types and checks every line. A newer schema is refused
  /// (``RecordReadError/newerSchema(found:supported:)``), and so is one older than schema 1
  /// (``ReportError/olderSchema(file:found:)``); schema 1 is read as it is; a line that is not a record makes the file unreadable
  /// (``ReportError/unreadableRecords(file:line:detail:)``), and values no scan writes make it damaged
  /// (``ReportError/damagedRecords(file:detail:)``).
  public static func read(_ path: BytePath) throws -> InputRecords {
    let name = path.lastComponentDisplay
    guard let file = try? ReadOnlyFile(opening: path) else {
      throw ReportError.unreadableRecords(file: name, line: 0, detail: "the file cannot be read")
    }
    let data = Data(file.read(at: 0, count: file.size))
    guard data.count == file.size else {
      throw ReportError.unreadableRecords(file: name, line: 0, detail: "the file cannot be read")
    }
    var input = InputRecords(fileName: name, fileSHA256: FileDigest(of: data).sha256)
    var check = RecordsCheck()
    let text = String(decoding: data, as: UTF8.self)
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
      let record: Record
      do {
        record = try RecordReader.record(fromLine: line)
      } catch RecordReadError.malformed(let detail) {
        throw ReportError.unreadableRecords(file: name, line: index + 1, detail: detail)
      }
      if let schema = record.schema, schema != ToolIdentity.schema, schema != ToolIdentity.previousSchema {
        throw ReportError.olderSchema(file: name, found: schema)
      }
      check.add(record)
      switch record {
      case .video(let video): input.video = video
      case .frame(let frame): input.frames.append(frame)
      case .error(let error): input.errors.append(error)
      case .summary(let summary): input.summary = summary
      case .skipped(let skipped) where index == 0: input.skipped = skipped
      case .skipped, .faces, .synth:
        throw ReportError.unreadableRecords(file: name, line: index + 1, detail: "not a record of a scan")
      }
    }
    guard input.video != nil || !input.errors.isEmpty || input.skipped != nil else {
      throw ReportError.unreadableRecords(file: name, line: 0, detail: "no video or error record")
    }
    check.finish()
    if let problem = check.problems.first {
      throw ReportError.damagedRecords(file: name, detail: problem)
    }
    return input
  }

  /// The input's path as the records give it.
  public var path: String { video?.path ?? summary?.path ?? errors.first?.path ?? "" }
  public var sha256: String? { video?.sha256 ?? summary?.sha256 ?? errors.first?.sha256 }

  /// What became of the input, by the rule `summary.csv` follows: an input of which no frame
  /// could be decoded failed, one whose frames are followed by an error was partly analysed.
  public var status: InputStatus {
    if video == nil || summary?.framesDecoded == 0 { return .failed }
    return errors.isEmpty ? .analysed : .partial
  }

  /// Errors that follow the frames of a partly readable file (`truncated`, `decode_errors`).
  public var problems: [ErrorRecord] { video == nil ? [] : errors }

  /// A single picture, judged by the still model, as the summary records; false where it records
  /// no model (not scored, or schema 1).
  public var isStill: Bool { summary?.model == .still }

  /// The cut-offs and model that judged the input, when the summary says which did.
  public var scoringMode: ScoringModeOptions? { video?.scoringMode(summary?.model) }

}

extension Record {
  /// The schema a record names; records that name none (frames, summaries) belong to the video record's.
  fileprivate var schema: String? {
    switch self {
    case .video(let video): return video.schema
    case .error(let error): return error.schema
    case .frame, .summary, .skipped, .faces, .synth: return nil
    }
  }
}
