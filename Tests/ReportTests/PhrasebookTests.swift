import Foundation
import SeamScanForensics
import SeamScanRecords
import Testing

@testable import SeamScanReport

/// One localisation table, complete in English and Vietnamese, and every entry in use.
@Suite struct PhrasebookTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/SeamScanReport")

  static func placeholders(_ text: String) -> Set<String> {
    let pattern = try! NSRegularExpression(pattern: #"\{([a-z_]+)\}"#)
    return Set(
      pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
        Range($0.range(at: 1), in: text).map { String(text[$0]) }
      })
  }

  @Test func everyPhraseIsCompleteInBothLanguages() {
    let sameInBoth: Set<String> = ["app.name", "kind.video", "cell.no_score", "unit.pixels", "unit.degrees"]
    for (key, phrase) in Phrasebook.table {
      #expect(!phrase.en.isEmpty && !phrase.vi.isEmpty, "\(key)")
      #expect(phrase.en != phrase.vi || sameInBoth.contains(key), "\(key) is not translated")
      #expect(Self.placeholders(phrase.en) == Self.placeholders(phrase.vi), "\(key): placeholders differ")
      for text in [phrase.en, phrase.vi] {
        #expect(text.components(separatedBy: "**").count % 2 == 1, "\(key): unpaired **")
        #expect(text.components(separatedBy: "`").count % 2 == 1, "\(key): unpaired `")
      }
      #expect(
        Array(phrase.vi.unicodeScalars) == Array(phrase.vi.precomposedStringWithCanonicalMapping.unicodeScalars),
        "\(key): Vietnamese not in NFC")
    }
  }

  /// Keys the code builds from the record vocabulary, and the literal keys in sources and templates.
  static func keysInUse() throws -> Set<String> {
    var keys: Set<String> = []
    for verdict in Verdict.allCases.map({ PageChrome.verdictID($0) }) + ["not_scored"] {
      keys.insert("verdict." + verdict)
      if verdict != "not_scored" { keys.insert("verdict.means." + verdict) }
    }
    for reason in InconclusiveReason.allCases.map({ $0.rawValue.replacingOccurrences(of: " ", with: "_") }) {
      keys.insert("reason." + reason)
      keys.insert("reason." + reason + ".long")
    }
    keys.formUnion(ModelRole.allCases.map { "role." + $0.rawValue })
    keys.formUnion(FaceSource.allCases.map { "source." + $0.rawValue })
    keys.formUnion(ErrorCode.allCases.map { "error." + $0.rawValue })
    keys.formUnion([
      "error.unreadable_records", "status.failed", "status.unreadable_records", "error.damaged_records",
      "status.damaged_records",
    ])
    for family in CueFamily.allCases {
      keys.formUnion(["cue.family." + family.id, "cue.family." + family.id + ".what"])
    }
    keys.formUnion(["rings", "inner", "contour", "peak", "landmarks"].map { "cue.region." + $0 })
    keys.formUnion(VideoPageBuilder.sections.map { "sec." + $0 })
    let pattern = try NSRegularExpression(pattern: #"(?:"|\{\{\{?(?:say|sayHTML)\.)([a-z_]+(?:\.[a-zA-Z0-9_-]+)+)"#)
    let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") && !$0.contains("Phrases+") }
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        if let range = Range(match.range(at: 1), in: text) { keys.insert(String(text[range])) }
      }
    }
    return keys
  }

  @Test func everyPhraseUsedExistsAndEveryPhraseIsUsed() throws {
    let used = try Self.keysInUse()
    let table = Phrasebook.keys
    let phraseLike = used.filter { key in
      !key.hasSuffix(".html") && table.contains { $0.hasPrefix(key.split(separator: ".")[0] + ".") }
    }
    let missing = phraseLike.filter { key in !table.contains(key) && !table.contains { $0.hasPrefix(key + ".") } }
      .subtracting(["reason.score_between_thresholds.long"])
    #expect(missing.isEmpty, "missing: \(missing.sorted())")
    #expect(table.subtracting(used).isEmpty, "unused: \(table.subtracting(used).sorted())")
  }

  @Test func placeholdersAreFilledOnceAndArgumentsEscaped() {
    let words = Phrasebook(.en)
    #expect(words.text("track.name", ["n": "{n}"]).shown == "Track #{n}")
    let markup = words.markup("index.open_report", text: ["file": "<b>\"x\""]).html
    #expect(markup == "Open the report for &lt;b&gt;&quot;x&quot;")
    #expect(Phrasebook(.vi).markup("warning.body").html.contains("<strong>không</strong> phân biệt được"))
  }
}
