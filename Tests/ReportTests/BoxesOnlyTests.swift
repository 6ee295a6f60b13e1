import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// Without `--landmarks` the records hold boxes only: the page says so, draws the box, and neither
/// invents landmarks nor places the regions on the face.
@Suite struct BoxesOnlyTests {
  @Test(arguments: ReportLanguage.allCases) func thePageSaysTheScanHadNoLandmarks(_ language: ReportLanguage) throws {
    let outcome = try SampleScans.report(try SampleScans.boxesOnly.get(), language)
    let html = try SampleScans.html(try #require(outcome.pages.first))
    let page = try StrictHTML(html)
    #expect(html.contains(language == .en ? "without --landmarks" : "không dùng tham số --landmarks"))
    #expect(page.all("circle").filter { !["8", "6"].contains($0.attributes["r"]) }.isEmpty, "no landmark dots")
    #expect(!html.contains("fill-rule=\"evenodd\""), "no rings on the face")
    let boxes = page.all("rect").filter { $0.attributes["stroke"] == "#ffe066" }
    #expect(boxes.count == 6, "the box on the whole frame and on the enlarged face, for each of 3 frames")
    #expect(html.contains("data:image/png;base64,"), "the face crop is still shown")
  }
}
