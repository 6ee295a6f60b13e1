import Foundation
import SeamScanFiles
import SeamScanMedia
import SeamScanRecords
import Synchronization

/// How a report is made.
public struct ReportOptions: Sendable {
  public var language: ReportLanguage
  /// Where the scan ran: relative paths in the records are resolved against it.
  public var mediaRoot: BytePath
  /// The zone dates are shown in.
  public var timeZone: TimeZone
  /// When the report is made (fixed in tests).
  public var now: Date
  /// Pictures with more pixels are not decoded again: `--max-pixels`, as the scan has it.
  public var maxPixels = DecodeOptions.defaultMaxPixels

  public init(
    language: ReportLanguage, mediaRoot: BytePath = FileSystem.resolved(BytePath(".")),
    timeZone: TimeZone = .current, now: Date = Date()
  ) {
    self.language = language
    self.mediaRoot = mediaRoot
    self.timeZone = timeZone
    self.now = now
  }
}

/// What was written.
public struct ReportOutcome: Sendable {
  public let index: BytePath
  /// One page per input with a video record, in the order of the records files.
  public let pages: [BytePath]
  /// Inputs whose media no longer matched its SHA-256 or could not be opened.
  public let mediaProblems: Int
  /// Inputs whose media matched but could not be decoded again (a picture over `maxPixels`).
  public let pictureProblems: Int
  /// Whether an earlier report was in the folder and was replaced.
  public let replacedEarlierReport: Bool
}

/// `seamscan report`: the index and one page per input, in a folder.
///
/// Layout: `index.html` and `videos/NNNN-<first 8 hex of SHA-256>.html`. Every page is one
/// self-contained file: its pictures are embedded as `data:` URIs, its stylesheet and scripts
/// inline, and its Content Security Policy lets it load nothing else. Page names never come from
/// the evidence's own file names. Every records file is read and checked before anything is
/// written; the report is then built beside the destination and swapped in whole (``ReportFolder``).
public enum ReportWriter {
  public static func write(scanFolder: BytePath, to output: BytePath, options: ReportOptions) throws -> ReportOutcome {
    let folder = try ScanFolder(scanFolder)
    let files = folder.recordFiles
    // Checked before anything is written: a schema this seamscan does not read stops the report
    // here, with nothing changed. They are read again for their pages rather than all kept in memory.
    try forEachConcurrently(files) { file, _ in _ = try read(file) }
    let destination = try ReportFolder(output)
    let chrome = PageChrome(
      words: Phrasebook(options.language), format: LocalFormat(options.language, timeZone: options.timeZone),
      generatedAt: options.now, scanFolder: scanFolder.display)
    let media = MediaEvidence(root: options.mediaRoot, maxPixels: options.maxPixels)
    let entries = Mutex<[IndexEntry?]>(Array(repeating: nil, count: files.count))
    do {
      try forEachConcurrently(files) { file, position in
        guard let input = try page(for: file, number: position + 1, chrome: chrome, media: media) else { return }
        if let html = input.html, let page = input.entry.page { try destination.write(html, to: page) }
        entries.withLock { $0[position] = input.entry }
      }
      let written = entries.withLock { $0 }.compactMap { $0 }
      let model = IndexPageBuilder(chrome: chrome).page(entries: written, withoutRecords: folder.inputsWithoutRecords)
      try destination.write(Templates.render(model, with: "index"), to: "index.html")
      try destination.commit()
      return ReportOutcome(
        index: output.appending(Array("index.html".utf8)),
        pages: written.compactMap { $0.page.map { output.appending(Array($0.utf8)) } },
        mediaProblems: written.filter(\.mediaProblem).count,
        pictureProblems: written.filter(\.picturesRefused).count, replacedEarlierReport: destination.replacesReport)
    } catch {
      destination.discard()
      throw error
    }
  }

  /// Runs `body` on every file at once, in no order; the first error is thrown once all are done.
  private static func forEachConcurrently(_ files: [BytePath], _ body: @Sendable (BytePath, Int) throws -> Void) throws
  {
    let failure = Mutex<(any Error)?>(nil)
    DispatchQueue.concurrentPerform(iterations: files.count) { position in
      do {
        try body(files[position], position)
      } catch {
        failure.withLock { $0 = $0 ?? error }
      }
    }
    if let error = failure.withLock({ $0 }) { throw error }
  }

  /// A records file read and checked: its records, or why the index lists it without a page
  /// (unreadable or damaged). A schema other than this seamscan's stops the report: it is thrown.
  static func read(_ file: BytePath) throws -> Result<InputRecords, ReportError> {
    do {
      return .success(try InputRecords.read(file))
    } catch let error as ReportError {
      switch error {
      case .unreadableRecords, .damagedRecords: return .failure(error)
      case .noRecords, .olderSchema, .cannotWrite: throw error
      }
    }
  }

  /// One input: what the index keeps of it and, with a video record, its page. A skipped input's
  /// file gives nothing here: `summary.csv` lists it with the others the batch skipped.
  static func page(for file: BytePath, number: Int, chrome: PageChrome, media: MediaEvidence) throws -> (
    entry: IndexEntry, html: String?
  )? {
    let input: InputRecords
    switch try read(file) {
    case .success(let records): input = records
    case .failure(let error):
      let status = error.listedStatus
      let entry = IndexEntry(
        recordsFile: file.lastComponentDisplay, page: nil, path: file.lastComponentDisplay, sha256: nil, verdict: nil,
        score: nil, reason: nil, mode: nil, tracks: 0, framesWithFace: nil, framesAnalysed: nil, duration: nil,
        isStill: false, problems: [], incomplete: false, mediaProblem: false, picturesRefused: false,
        failure: (status, status, error.description))
      return (entry, nil)
    }
    if input.skipped != nil { return nil }
    guard let video = input.video else {
      let error = input.errors.first
      let entry = IndexEntry(
        recordsFile: input.fileName, page: nil, path: input.path, sha256: input.sha256, verdict: nil, score: nil,
        reason: nil, mode: nil, tracks: 0, framesWithFace: nil, framesAnalysed: nil, duration: nil, isStill: false,
        problems: [], incomplete: false, mediaProblem: false, picturesRefused: false,
        failure: ("failed", error?.error.rawValue ?? "failed", error?.message ?? ""))
      return (entry, nil)
    }
    let evidence = VideoEvidence(input: input, video: video, media: media)
    let name = String(format: number < 10_000 ? "%04d" : "%d", number) + "-" + String(video.sha256.prefix(8)) + ".html"
    let model = VideoPageBuilder(evidence: evidence, chrome: chrome).page()
    let summary = input.summary
    let error = input.errors.first
    let entry = IndexEntry(
      recordsFile: input.fileName, page: "videos/" + name, path: video.path, sha256: video.sha256,
      verdict: summary?.verdict, score: summary?.score, reason: summary?.reason, mode: evidence.mode,
      tracks: evidence.tracks.count, framesWithFace: summary?.framesWithFace, framesAnalysed: summary?.framesAnalysed,
      duration: video.duration, isStill: input.isStill, problems: input.problems.map(\.error),
      incomplete: summary == nil, mediaProblem: evidence.media.isProblem,
      picturesRefused: evidence.pictureRefusal != nil,
      failure: input.status == .failed
        ? ("failed", error?.error.rawValue ?? ErrorCode.noFrames.rawValue, error?.message ?? "") : nil)
    return (entry, Templates.render(model, with: "video"))
  }
}
