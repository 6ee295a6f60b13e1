import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// A still's page speaks of photos, whose scores set the still model's thresholds, not of videos;
/// it shows one picture without a spacing between frames; and its sample aspect ratio is reduced.
@Suite struct StillWordingTests {
  /// The astronaut photo with a JFIF pixel density of 64:64, which FFmpeg reports unreduced.
  static let scan = Result { () -> (folder: URL, media: URL) in
    let media = try GeneratedMedia.makeFolder("still-media")
    var bytes = try Data(contentsOf: SampleMedia.folder.appendingPathComponent("astronaut.jpg"))
    guard let jfif = bytes.range(of: Data("JFIF\0".utf8))?.lowerBound else { throw ScanFailed(message: "no JFIF") }
    bytes.replaceSubrange(jfif + 8..<jfif + 12, with: [0, 64, 0, 64])
    try bytes.write(to: media.appendingPathComponent("photo.jpg"))
    return (try SampleScans.scan(["photo.jpg"], name: "still", in: media), media)
  }

  static func page(_ language: ReportLanguage) throws -> (html: String, page: StrictHTML) {
    let (folder, media) = try scan.get()
    let output = try GeneratedMedia.makeFolder("still-report").appendingPathComponent("report")
    let run = try ReportBinary.run(folder, language, output: output, mediaRoot: media)
    #expect(run.status == 0, "\(run.standardError)")
    let html = try SampleScans.html(try #require(try ReportBinary.pages(in: output).first))
    return (html, try StrictHTML(html))
  }

  @Test func theEnglishPageSpeaksOfPhotos() throws {
    let (html, _) = try Self.page(.en)
    #expect(html.contains("real photos"))
    #expect(!html.contains("real videos") && !html.contains("held-out real training videos"))
    #expect(!html.contains("highest-scoring frames") && !html.contains(" apart, taken again"))
  }

  @Test func theVietnamesePageSpeaksOfPhotos() throws {
    let (html, _) = try Self.page(.vi)
    #expect(html.contains("ảnh thật"))
    #expect(!html.contains("số video thật") && !html.contains("các video thật dùng để kiểm định"))
    #expect(!html.contains("1 khung hình có điểm cao nhất") && !html.contains("cách nhau ít nhất"))
  }

  @Test func theSampleAspectRatioIsReduced() throws {
    let (_, page) = try Self.page(.en)
    let fact = try #require(page.elements.first { $0.attributes["data-field"] == "video/sample_aspect_ratio" })
    #expect(fact.attributes["data-value"] == "64:64", "the value as recorded")
    #expect(page.text(of: fact).hasPrefix("1:1"), "\(page.text(of: fact))")
  }
}
