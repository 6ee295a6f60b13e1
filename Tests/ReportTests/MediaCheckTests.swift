import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// The report goes back to the media only after checking its SHA-256 against the records: a file
/// that changed or went away gives a clear warning on the page and no picture, never a wrong one.
@Suite struct MediaCheckTests {
  /// A copy of the pan scanned, then changed by one appended byte, and a copy of the still
  /// scanned, then deleted.
  static let changed = Result { () -> (folder: URL, media: URL) in
    let media = try GeneratedMedia.makeFolder("changed-media")
    let clip = media.appendingPathComponent("clip.mp4")
    let still = media.appendingPathComponent("photo.jpg")
    try FileManager.default.copyItem(at: SampleMedia.pan, to: clip)
    try FileManager.default.copyItem(at: SampleMedia.folder.appendingPathComponent("astronaut.jpg"), to: still)
    let folder = try SampleScans.scan(
      ["--landmarks", "--max-frames", "20", "clip.mp4", "photo.jpg"], name: "changed", in: media)
    let handle = try FileHandle(forWritingTo: clip)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data([0]))
    try handle.close()
    try FileManager.default.removeItem(at: still)
    return (folder, media)
  }

  static func page(_ language: ReportLanguage, named name: String) throws -> (html: String, page: StrictHTML) {
    let (folder, media) = try changed.get()
    let outcome = try SampleScans.report(folder, language, mediaRoot: media)
    for url in outcome.pages {
      let html = try SampleScans.html(url)
      if html.contains("<div class=\"exhibit-name\">\(name)</div>") { return (html, try StrictHTML(html)) }
    }
    throw ScanFailed(message: "no page for \(name)")
  }

  @Test(arguments: ReportLanguage.allCases) func aChangedFileIsFlaggedAndNotShown(_ language: ReportLanguage) throws {
    let (html, page) = try Self.page(language, named: "clip.mp4")
    let alert = page.text(of: try #require(page.elements.first { $0.attributes["role"] == "alert" }))
    let expected = language == .en ? "no longer has this SHA-256" : "không còn mã băm SHA-256 như trên"
    #expect(alert.contains(expected))
    #expect(!html.contains("data:image/"), "no picture from a file that changed")
    #expect(!html.contains("✓"), "no claim that the hash was checked")
    // The records still describe the file as scanned: its frames and cues are all there.
    #expect(page.withAttribute("data-field").count > 100)
  }

  @Test(arguments: ReportLanguage.allCases) func aMissingFileIsFlagged(_ language: ReportLanguage) throws {
    let (html, page) = try Self.page(language, named: "photo.jpg")
    let alert = page.text(of: try #require(page.elements.first { $0.attributes["role"] == "alert" }))
    #expect(alert.contains(language == .en ? "could not be opened" : "Không mở được tệp"))
    #expect(alert.contains("photo.jpg"), "the path that was tried")
    #expect(!html.contains("data:image/"))
  }
}
