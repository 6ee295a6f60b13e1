import Foundation
import SeamScanReport
import SeamScanTestSupport

/// `seamscan report` run with the built binary, the way an analyst runs it.
enum ReportBinary {
  static func run(
    _ folder: URL, _ language: ReportLanguage = .en, output: URL? = nil, mediaRoot: URL? = nil,
    in directory: URL? = nil
  ) throws -> Command.Result {
    var arguments = ["report", folder.path, "--lang", language.rawValue]
    if let output { arguments += ["--output", output.path] }
    if let mediaRoot { arguments += ["--media-root", mediaRoot.path] }
    return try Command.run(SeamScanBinary.url.path, arguments, in: directory)
  }

  /// The input pages of a report folder, in name order.
  static func pages(in report: URL) throws -> [URL] {
    let videos = report.appendingPathComponent("videos")
    return try FileManager.default.contentsOfDirectory(atPath: videos.path).filter { $0.hasSuffix(".html") }.sorted()
      .map { videos.appendingPathComponent($0) }
  }

  /// The text of the first `<pre>` of a page whose text starts with `prefix`: a command of "How to reproduce".
  static func command(startingWith prefix: String, in page: StrictHTML) -> String? {
    page.all("pre").map(page.text(of:)).first { $0.hasPrefix(prefix) }
  }

  /// A copy of a shared scan folder, for a test that changes it.
  static func copy(_ folder: URL, name: String) throws -> URL {
    let copy = try GeneratedMedia.makeFolder(name)
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".jsonl") {
      try FileManager.default.copyItem(at: folder.appendingPathComponent(file), to: copy.appendingPathComponent(file))
    }
    return copy
  }
}
