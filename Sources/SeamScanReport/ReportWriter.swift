import Foundation
import SeamScanRecords
import Synchronization

/// How a report is made.
public struct ReportOptions: Sendable {
  public var language: ReportLanguage
  /// Where the scan ran: relative paths in the records are resolved against it.
  public var mediaRoot: URL
  /// The zone dates are shown in.
  public var timeZone: TimeZone
  /// When the report is made (fixed in tests).
  public var now: Date

  public init(
    language: ReportLanguage, mediaRoot: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
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
  public let index: URL
  /// One page per analysed input, in the order of the records files.
  public let pages: [URL]
  /// Inputs whose media no longer matched its SHA-256 or could not be opened.
  public let mediaProblems: Int
}

/// `seamscan report`: the index and one page per input, in a folder.
///
/// Layout: `index.html` and `videos/NNNN-<first 8 hex of SHA-256>.html`. Every page is one
/// self-contained file: its pictures are embedded as `data:` URIs, its stylesheet and scripts
/// inline, and its Content Security Policy lets it load nothing else. Page names never come from
/// the evidence's own file names.
public enum ReportWriter {
  public static func write(scanFolder: URL, to output: URL, options: ReportOptions) throws -> ReportOutcome {
    let folder = try ScanFolder(scanFolder)
    let videos = output.appendingPathComponent("videos", isDirectory: true)
    do {
      try FileManager.default.createDirectory(at: videos, withIntermediateDirectories: true)
      try removeOldPages(in: videos)
    } catch {
      throw ReportError.cannotWrite(path: output.path, detail: error.localizedDescription)
    }
    let chrome = PageChrome(
      words: Phrasebook(options.language), format: LocalFormat(options.language, timeZone: options.timeZone),
      generatedAt: options.now, scanFolder: scanFolder.path)
    let media = MediaEvidence(root: options.mediaRoot)
    let files = folder.recordFiles
    let results = Mutex<[Result<(IndexEntry, URL?, Bool)?, any Error>?]>(Array(repeating: nil, count: files.count))
    DispatchQueue.concurrentPerform(iterations: files.count) { position in
      let result = Result {
        try page(for: files[position], number: position + 1, in: videos, chrome: chrome, media: media)
      }
      results.withLock { $0[position] = result }
    }
    var entries: [IndexEntry] = []
    var pages: [URL] = []
    var mediaProblems = 0
    for result in results.withLock({ $0 }) {
      guard let result, let (entry, page, mediaMatched) = try result.get() else { continue }
      entries.append(entry)
      if let page { pages.append(page) }
      if page != nil && !mediaMatched { mediaProblems += 1 }
    }
    let index = output.appendingPathComponent("index.html")
    let model = IndexPageBuilder(chrome: chrome).page(entries: entries, withoutRecords: folder.inputsWithoutRecords)
    try save(Templates.render(model, with: "index"), to: index)
    return ReportOutcome(index: index, pages: pages, mediaProblems: mediaProblems)
  }

  /// One input: its page, and what the index keeps of it. A records file that cannot be read, or
  /// is damaged, is listed on the index; another schema than this seamscan's stops the report. A skipped input's file gives nothing
  /// here: `summary.csv` lists it with the others the batch skipped.
  static func page(for file: URL, number: Int, in videos: URL, chrome: PageChrome, media: MediaEvidence) throws
    -> (IndexEntry, URL?, Bool)?
  {
    let input: InputRecords
    do {
      input = try InputRecords.read(file)
    } catch let error as ReportError {
      let status: String
      switch error {
      case .unreadableRecords: status = "unreadable_records"
      case .damagedRecords: status = "damaged_records"
      default: throw error
      }
      let entry = IndexEntry(
        recordsFile: file.lastPathComponent, page: nil, path: file.lastPathComponent, sha256: nil, verdict: nil,
        score: nil, reason: nil, mode: nil, tracks: 0, framesWithFace: nil, framesAnalysed: nil, duration: nil,
        isStill: false, problems: [], incomplete: false, failure: (status, status, error.description))
      return (entry, nil, false)
    }
    if input.skipped != nil { return nil }
    guard let video = input.video else {
      let error = input.errors.first
      let entry = IndexEntry(
        recordsFile: input.fileName, page: nil, path: input.path, sha256: input.sha256, verdict: nil, score: nil,
        reason: nil, mode: nil, tracks: 0, framesWithFace: nil, framesAnalysed: nil, duration: nil, isStill: false,
        problems: [], incomplete: false,
        failure: ("failed", error?.error.rawValue ?? "failed", error?.message ?? ""))
      return (entry, nil, false)
    }
    let evidence = VideoEvidence(input: input, video: video, media: media)
    let name = String(format: number < 10_000 ? "%04d" : "%d", number) + "-" + String(video.sha256.prefix(8)) + ".html"
    let url = videos.appendingPathComponent(name)
    let model = VideoPageBuilder(evidence: evidence, chrome: chrome).page()
    try save(Templates.render(model, with: "video"), to: url)
    let summary = input.summary
    let error = input.errors.first
    let entry = IndexEntry(
      recordsFile: input.fileName, page: "videos/" + name, path: video.path, sha256: video.sha256,
      verdict: summary?.verdict, score: summary?.score, reason: summary?.reason, mode: evidence.mode,
      tracks: evidence.tracks.count, framesWithFace: summary?.framesWithFace, framesAnalysed: summary?.framesAnalysed,
      duration: video.duration, isStill: input.isStill, problems: input.problems.map(\.error),
      incomplete: summary == nil,
      failure: input.status == .failed
        ? ("failed", error?.error.rawValue ?? ErrorCode.noFrames.rawValue, error?.message ?? "") : nil)
    return (entry, url, evidence.media.matches)
  }

  private static func save(_ html: String, to url: URL) throws {
    do {
      try Data(html.utf8).write(to: url, options: .atomic)
    } catch {
      throw ReportError.cannotWrite(path: url.path, detail: error.localizedDescription)
    }
  }

  /// Pages of an earlier report in the same folder, so that none is left that the index does not list.
  private static func removeOldPages(in videos: URL) throws {
    for name in try FileManager.default.contentsOfDirectory(atPath: videos.path)
    where name.hasSuffix(".html") && name.first?.isNumber == true {
      try FileManager.default.removeItem(at: videos.appendingPathComponent(name))
    }
  }
}
