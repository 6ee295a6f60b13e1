import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// An input read from standard input (path `-`) has nothing the report can open again: its page
/// says so in place of a media check, and its one-character path breaks nothing.
@Suite struct StandardInputPageTests {
  static let scan = Result { () -> URL in
    let folder = try GeneratedMedia.makeFolder("stdin-scan")
    let run = try SeamScanBinary.shell(
      "cat SampleMedia/astronaut.jpg | \"$SEAMSCAN\" scan --quiet - --output-dir '\(folder.path)'",
      in: SampleMedia.repository)
    guard run.status == 0 else { throw ScanFailed(message: run.standardError) }
    return folder
  }

  @Test(arguments: ReportLanguage.allCases) func thePageSaysItWasReadFromStandardInput(_ language: ReportLanguage)
    throws
  {
    let output = try GeneratedMedia.makeFolder("stdin-report").appendingPathComponent("report")
    let run = try ReportBinary.run(try Self.scan.get(), language, output: output)
    #expect(!run.killedBySignal && run.status == 0, "\(run.standardError)")
    let pages = try ReportBinary.pages(in: output)
    #expect(pages.count == 1)
    let html = try SampleScans.html(try #require(pages.first))
    let page = try StrictHTML(html)
    let note = language == .en ? "read from standard input" : "đọc từ đầu vào chuẩn"
    #expect(page.elements.contains { $0.attributes["role"] == "note" && page.text(of: $0).contains(note) })
    #expect(!page.elements.contains { $0.attributes["role"] == "alert" }, "no failed media check is claimed")
    #expect(!html.contains("data:image/"), "no picture from a stream that is gone")
    let index = try SampleScans.html(output.appendingPathComponent("index.html"))
    #expect(index.contains("data-name=\"-\""))
  }
}
