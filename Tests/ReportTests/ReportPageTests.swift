import Crypto
import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// The report on a `SampleMedia/` scan, in both languages: pages that parse strictly, values that
/// are the records' values, nothing loaded from elsewhere, and only the page's own scripts allowed.
@Suite struct ReportPageTests {
  static let languages = ReportLanguage.allCases

  @Test(arguments: languages) func everyPageParsesStrictly(_ language: ReportLanguage) throws {
    let outcome = try SampleScans.landmarkReport(language)
    #expect(outcome.pages.count == 4)
    for url in [outcome.index] + outcome.pages {
      let page = try StrictHTML(try SampleScans.html(url))
      #expect(page.all("html").first?.attributes["lang"] == language.rawValue, "\(url.lastPathComponent)")
      #expect(page.all("head").count == 1 && page.all("body").count == 1)
    }
  }

  /// Every value a page marks with `data-field` is the value at that path in the records.
  @Test(arguments: languages) func shownFieldsAreTheRecordsFields(_ language: ReportLanguage) throws {
    let folder = try SampleScans.withLandmarks.get()
    let outcome = try SampleScans.landmarkReport(language)
    var checked = 0
    for url in outcome.pages {
      let page = try StrictHTML(try SampleScans.html(url))
      let recordsName = try #require(
        page.elements.first {
          $0.name == "dd" && $0.attributes["data-field"] == nil && page.text(of: $0).hasSuffix(".jsonl")
        }
        .map(page.text(of:)))
      let records = try RecordsJSON(folder.appendingPathComponent(recordsName))
      for element in page.withAttribute("data-field") {
        let field = element.attributes["data-field"]!
        let shown = try #require(element.attributes["data-value"], "\(field) has no data-value")
        #expect(RecordsJSON.matches(shown, records.value(at: field)), "\(url.lastPathComponent) \(field): \(shown)")
        checked += 1
      }
    }
    #expect(checked > 1000, "only \(checked) fields checked")
  }

  /// The index's rows carry the summary's score and the video's hash, per records file.
  @Test(arguments: languages) func indexRowsAreTheSummaries(_ language: ReportLanguage) throws {
    let folder = try SampleScans.withLandmarks.get()
    let page = try StrictHTML(try SampleScans.html(try SampleScans.landmarkReport(language).index))
    let rows = page.all("tr").filter { $0.attributes["data-records"] != nil }
    #expect(rows.count == 4)
    var order: [String] = []
    for row in rows {
      let records = try RecordsJSON(folder.appendingPathComponent(row.attributes["data-records"]!))
      let path = try #require(records.value(at: "video/path") as? String)
      #expect(row.attributes["data-name"] == (path as NSString).lastPathComponent)
      order.append(row.attributes["data-name"]!)
    }
    var checked = 0
    for element in page.withAttribute("data-field") {
      let row = try #require(page.ancestor(of: element) { $0.attributes["data-records"] != nil })
      let records = try RecordsJSON(folder.appendingPathComponent(row.attributes["data-records"]!))
      let field = element.attributes["data-field"]!
      #expect(RecordsJSON.matches(element.attributes["data-value"]!, records.value(at: field)), "\(field)")
      checked += 1
    }
    #expect(checked == 4 * 5, "score, verdict, reason, duration and hash of each row")
    // Most suspicious first: the generator still is the only "inconclusive" one.
    #expect(order.first == "astronaut-generator.png")
  }

  /// Numbers, dates and words follow the language.
  @Test func languagesDiffer() throws {
    let english = try SampleScans.html(try SampleScans.landmarkReport(.en).index)
    let vietnamese = try SampleScans.html(try SampleScans.landmarkReport(.vi).index)
    #expect(english.contains("Report made 2026-12-03 16:40:12 (UTC+07:00)"))
    #expect(vietnamese.contains("Lập báo cáo lúc 16:40:12, 03/12/2026 (UTC+07:00)"))
    // the same score, written with the language's decimal separator
    let score = try #require(english.firstMatch(of: /Report made[\s\S]*?>0\.(\d{3}) </)?.1)
    #expect(vietnamese.contains(">0,\(score) <"))
    #expect(vietnamese.contains("Không phát hiện dấu hiệu ghép mặt") && !english.contains("Không phát hiện"))
  }

  /// Offline: no reference leaves the page, pictures are `data:` URIs, and the Content Security
  /// Policy allows exactly the scripts the page carries.
  @Test(arguments: languages) func pagesAreSelfContained(_ language: ReportLanguage) throws {
    let outcome = try SampleScans.landmarkReport(language)
    var pictures = 0
    for url in [outcome.index] + outcome.pages {
      let html = try SampleScans.html(url)
      let page = try StrictHTML(html)
      for element in page.elements {
        for attribute in ["src", "href"] {
          guard let target = element.attributes[attribute] else { continue }
          let local =
            target.hasPrefix("#") || target.hasPrefix("data:image/") || target == "../index.html"
            || (target.hasPrefix("videos/") && target.hasSuffix(".html"))
          #expect(local, "\(url.lastPathComponent): \(attribute)=\(target.prefix(60))")
          if target.hasPrefix("data:image/") { pictures += 1 }
        }
      }
      let policy = try #require(
        page.all("meta").first { $0.attributes["http-equiv"] == "Content-Security-Policy" }?.attributes["content"])
      #expect(policy.hasPrefix("default-src 'none'; img-src data:;"))
      let allowed = Set(policy.components(separatedBy: "script-src ").last!.split(separator: " ").map(String.init))
      let scripts = html.components(separatedBy: "<script>").dropFirst().map {
        $0.components(separatedBy: "</script>")[0]
      }
      #expect(!scripts.isEmpty)
      for script in scripts { #expect(allowed.contains(Self.hashSource(script)), "\(url.lastPathComponent)") }
      let withoutNamespaces = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
      #expect(!withoutNamespaces.contains("http://") && !withoutNamespaces.contains("https://"))
    }
    #expect(pictures >= 10, "whole frames, face crops and thumbnails")
  }

  static func hashSource(_ script: String) -> String {
    "'sha256-" + Data(SHA256.hash(data: Data(script.utf8))).base64EncodedString() + "'"
  }
}
