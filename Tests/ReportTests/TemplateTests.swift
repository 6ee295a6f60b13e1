import Foundation
import SeamScanFiles
import SeamScanRecords
import SeamScanTestSupport
import Testing

@testable import SeamScanReport

/// Templates escape everything: triple braces only for the report's own markup, no value inside a
/// script or an event attribute, and page models made of ``Text``, never of raw strings.
@Suite struct TemplateTests {
  /// Fields of type ``Markup`` or ``DataURI`` that templates insert unescaped.
  static let markupFields: Set<String> = [
    "printStyle", "source", "intro", "thumb", "wholeFrame", "faceCrop", "notMeanLikelyManipulated",
  ]

  @Test func tripleBracesOnlyForMarkup() throws {
    let pattern = try NSRegularExpression(pattern: #"\{\{\{\s*([^}\s]+)\s*\}\}\}"#)
    for (name, text) in Templates.all {
      #expect(!text.contains("{{&") && !text.contains("{{%"), "\(name) turns escaping off")
      for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        let field = String(text[Range(match.range(at: 1), in: text)!])
        #expect(field.hasPrefix("sayHTML.") || Self.markupFields.contains(field), "\(name): {{{\(field)}}}")
      }
      for script in text.components(separatedBy: "<script>").dropFirst() {
        #expect(!script.components(separatedBy: "</script>")[0].contains("{{"), "\(name): a value in a script")
      }
      #expect(text.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil, "\(name): an event attribute")
    }
  }

  /// Walks a page model: every leaf is Text, Markup, a picture, a Bool or a phrase key, never a String.
  static func stringLeaves(_ value: Any, path: String) -> [String] {
    switch value {
    case is Text, is Markup, is DataURI, is Bool, is PhraseKey, is Int: return []
    case is String, is Substring: return [path]
    default:
      let mirror = Mirror(reflecting: value)
      if mirror.displayStyle == .optional {
        return mirror.children.first.map { stringLeaves($0.value, path: path) } ?? []
      }
      return mirror.children.enumerated().flatMap { index, child in
        stringLeaves(child.value, path: path + "." + (child.label ?? String(index)))
      }
    }
  }

  @Test func pageModelsHoldNoRawStrings() throws {
    let folder = try SampleScans.withLandmarks.get()
    let chrome = PageChrome(
      words: Phrasebook(.vi), format: LocalFormat(.vi), generatedAt: Date(), scanFolder: folder.path)
    var entries: [IndexEntry] = []
    for name in ["astronaut-pan.mp4", "astronaut.jpg"] {
      let input = try InputRecords.read(try SampleScans.output(for: name, in: folder))
      let video = try #require(input.video)
      let evidence = VideoEvidence(
        input: input, video: video, media: MediaEvidence(root: BytePath(SampleMedia.repository.path)))
      let page = VideoPageBuilder(evidence: evidence, chrome: chrome).page()
      #expect(Self.stringLeaves(page, path: "video").isEmpty, "\(Self.stringLeaves(page, path: "video").prefix(5))")
      let written = try #require(
        try ReportWriter.page(
          for: BytePath(try SampleScans.output(for: name, in: folder).path), number: 1, chrome: chrome,
          media: MediaEvidence(root: BytePath(SampleMedia.repository.path))))
      entries.append(written.entry)
    }
    let index = IndexPageBuilder(chrome: chrome).page(
      entries: entries, withoutRecords: [SummaryRow(path: "a.txt", status: .skipped, message: "not media")])
    #expect(Self.stringLeaves(index, path: "index").isEmpty, "\(Self.stringLeaves(index, path: "index").prefix(5))")
  }
}
