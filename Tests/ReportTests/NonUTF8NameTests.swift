import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// A file whose name is not UTF-8 (Latin-1 "é") is opened by its exact bytes (`path_hex`), not by
/// the escaped text (`\xE9`) the records show, and the page's commands name that very file.
@Suite struct NonUTF8NameTests {
  static let scan = Result { () -> (folder: URL, media: URL) in
    let media = try GeneratedMedia.makeFolder("latin1-media")
    try SpecialFiles.copyToLatin1Name(
      SampleMedia.folder.appendingPathComponent("astronaut.jpg"), folder: media, prefix: "caf", suffix: " photo.jpg")
    return (try SampleScans.scan(["--landmarks", "."], name: "latin1", in: media), media)
  }

  static func page(_ language: ReportLanguage) throws -> (html: String, page: StrictHTML) {
    let (folder, media) = try scan.get()
    let output = try GeneratedMedia.makeFolder("latin1-report").appendingPathComponent("report")
    let run = try ReportBinary.run(folder, language, output: output, mediaRoot: media)
    #expect(run.status == 0, "\(run.standardError)")
    let html = try SampleScans.html(try #require(try ReportBinary.pages(in: output).first))
    return (html, try StrictHTML(html))
  }

  @Test(arguments: ReportLanguage.allCases) func theMediaIsOpenedByItsBytes(_ language: ReportLanguage) throws {
    let (html, page) = try Self.page(language)
    #expect(!page.elements.contains { $0.attributes["role"] == "alert" }, "the file is found and matches")
    #expect(html.contains("data:image/"), "pictures are taken from it")
  }

  /// The hash and scan commands, run by Bash where the scan ran, name the real file.
  @Test func theCommandsNameTheRealFile() throws {
    let (_, media) = try Self.scan.get()
    let (_, page) = try Self.page(.en)
    let hash = try #require(ReportBinary.command(startingWith: "sha256sum ", in: page))
    let expected = try #require(hash.split(separator: "\n").last.map { String($0.dropFirst(2)) })
    let hashed = try Command.run("/bin/bash", ["-c", hash], in: media)
    #expect(hashed.status == 0, "\(hashed.standardError)")
    #expect(hashed.standardOutput.hasPrefix(expected + " "))
    let scan = try #require(ReportBinary.command(startingWith: "seamscan ", in: page))
    let tools = try GeneratedMedia.makeFolder("latin1-tools")
    try FileManager.default.createSymbolicLink(
      at: tools.appendingPathComponent("seamscan"), withDestinationURL: SeamScanBinary.url)
    let again = try Command.run(
      "/bin/bash", ["-c", scan], in: media, environment: ["PATH": tools.path + ":/usr/bin:/bin"])
    #expect(again.status == 0, "\(again.standardError)")
    let records = try String(contentsOf: media.appendingPathComponent("again.seamscan.jsonl"), encoding: .utf8)
    #expect(records.contains("\"sha256\":\"\(expected)\""))
  }
}
