import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// A still larger than the default decoding limit, scanned with a raised `--max-pixels`: the
/// report says on the page why it shows no picture, and shows it when given the same limit.
@Suite struct LargeStillTests {
  /// An 8000×8000 RGB PNG (192 MB decoded) of the astronaut, scanned with `--max-pixels 130000000`.
  static let scan = Result { () -> (folder: URL, media: URL) in
    let media = try GeneratedMedia.makeFolder("large-still")
    try GeneratedMedia.ffmpeg(
      [
        "-i", SampleMedia.folder.appendingPathComponent("astronaut.jpg").path, "-vf", "scale=8000:8000", "-frames:v",
        "1",
      ],
      output: media.appendingPathComponent("large.png"))
    return (try SampleScans.scan(["--max-pixels", "130000000", "large.png"], name: "large", in: media), media)
  }

  static func report(_ language: ReportLanguage, _ extra: [String] = []) throws -> (run: Command.Result, html: String) {
    let (folder, media) = try scan.get()
    let output = try GeneratedMedia.makeFolder("large-report").appendingPathComponent("report")
    let run = try Command.run(
      SeamScanBinary.url.path,
      ["report", folder.path, "--lang", language.rawValue, "--output", output.path, "--media-root", media.path]
        + extra)
    let page = try ReportBinary.pages(in: output).first
    return (run, try page.map(SampleScans.html) ?? "")
  }

  @Test(arguments: ReportLanguage.allCases) func thePageSaysWhyThereIsNoPicture(_ language: ReportLanguage) throws {
    let (run, html) = try Self.report(language)
    #expect(run.status == 0, "\(run.standardError)")
    let page = try StrictHTML(html)
    let alerts = page.elements.filter { $0.attributes["role"] == "alert" }.map(page.text(of:))
    let expected = language == .en ? "could not be decoded again" : "không giải mã lại được"
    #expect(alerts.contains { $0.contains(expected) && $0.contains("--max-pixels") && $0.contains("8000×8000") })
    #expect(run.standardError.contains("--max-pixels"))
  }

  @Test func theScansLimitGivesThePicture() throws {
    let (run, html) = try Self.report(.en, ["--max-pixels", "130000000"])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(html.contains("data:image/png;base64,"), "the face, losslessly")
    #expect(!html.contains("role=\"alert\""))
  }
}
