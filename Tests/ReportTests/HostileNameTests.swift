import Foundation
import SeamScanReport
import SeamScanTestSupport
import Testing

/// File names from seized media are hostile: markup with an event handler, attribute breakouts, a quote with a combining
/// mark (one character to Swift, so a per-character escaper lets the quote through), bidi
/// overrides that turn `gpj.exe` around, and control characters. Each is shown escaped and
/// visible, and none changes the page's structure.
@Suite struct HostileNameTests {
  static let names = [
    "<img src=x onerror=alert(1)>\"'&amp;.jpg",
    "x\"\u{301} onmouseover=alert(2) y.jpg",
    "q'\u{301} onfocus=alert(3) autofocus z.jpg",
    "clip\u{202E}gpj.exe",
    "new\nline\u{7}.jpg",
  ]

  static let report = Result { () -> (folder: URL, outcome: [ReportLanguage: ReportOutcome]) in
    let media = try GeneratedMedia.makeFolder("hostile-media")
    for name in names {
      try FileManager.default.copyItem(
        at: SampleMedia.folder.appendingPathComponent("astronaut.jpg"), to: media.appendingPathComponent(name))
    }
    let folder = try SampleScans.scan([media.path], name: "hostile", in: media)
    return (
      folder,
      [
        .en: try SampleScans.report(folder, .en, mediaRoot: media),
        .vi: try SampleScans.report(folder, .vi, mediaRoot: media),
      ]
    )
  }

  @Test(arguments: ReportLanguage.allCases) func namesAreEscapedAndVisible(_ language: ReportLanguage) throws {
    let outcome = try #require(try Self.report.get().outcome[language])
    #expect(outcome.pages.count == Self.names.count)
    for url in [outcome.index] + outcome.pages {
      let html = try SampleScans.html(url)
      let page = try StrictHTML(html)
      #expect(!html.contains("<img src=x"), "\(url.lastPathComponent)")
      for element in page.elements {
        for attribute in element.attributes.keys {
          #expect(!attribute.hasPrefix("on") && attribute != "autofocus", "\(url.lastPathComponent): \(attribute)")
        }
      }
      #expect(page.all("script").count == (url == outcome.index ? 2 : 1))
    }
    let index = try SampleScans.html(outcome.index)
    #expect(index.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;amp;.jpg"))
    #expect(index.contains("x&quot;\\u{301} onmouseover=alert(2) y.jpg"))
    #expect(index.contains("q&#39;\\u{301} onfocus=alert(3) autofocus z.jpg"))
    #expect(index.contains("clip\\u{202E}gpj.exe") && !index.contains("\u{202E}"))
    #expect(index.contains("new\\u{A}line\\u{7}.jpg"))
  }

  /// Page names come from the input's position and hash, never from its name.
  @Test func pageNamesAreTheReportsOwn() throws {
    for page in try #require(try Self.report.get().outcome[.en]).pages {
      #expect(page.lastPathComponent.range(of: #"^\d{4}-[0-9a-f]{8}\.html$"#, options: .regularExpression) != nil)
    }
  }

  /// The reproduce command quotes the name for the shell.
  @Test func commandsQuoteTheName() throws {
    let pages = try #require(try Self.report.get().outcome[.en]).pages
    let texts = try pages.map { try StrictHTML(try SampleScans.html($0)) }
      .compactMap { page in page.elements.first { $0.attributes["id"] == "reproduce-command" }.map(page.text(of:)) }
    #expect(texts.count == Self.names.count)
    #expect(texts.contains { $0.contains("q\\'\\u0301 onfocus=alert(3) autofocus z.jpg'") })
    #expect(texts.contains { $0.contains("clip\\u202egpj.exe'") })
  }
}
