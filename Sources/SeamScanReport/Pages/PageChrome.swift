import Foundation
import SeamScanRecords

/// What every page shares: its language, labels, masthead, footer and print footer.
struct PageChrome {
  let words: Phrasebook
  let format: LocalFormat
  let generatedAt: Date
  /// The scan folder as the analyst named it.
  let scanFolder: String

  var lang: Text { Text(words.language.rawValue) }
  var generated: Text { words.text("meta.generated", ["datetime": format.dateTime(generatedAt)]) }
  var toolLine: Text {
    Text(
      words.text("meta.tool", ["name": ToolIdentity.name, "version": ToolIdentity.version]).shown + " · "
        + words.text("meta.schema", ["schema": ToolIdentity.schema]).shown)
  }
  var generator: Text { Text("\(ToolIdentity.name) \(ToolIdentity.version)") }
  var footer: Text {
    words.text(
      "footer.made_by", ["tool": ToolIdentity.name, "version": ToolIdentity.version, "dir": scanFolder])
  }

  /// Print footer strings for `@page` margin boxes. They are the report's own phrases, written as
  /// CSS strings with every character outside letters, digits and spaces as a CSS escape.
  var printStyle: Markup {
    func css(_ text: String) -> String {
      "\""
        + text.unicodeScalars.map { scalar in
          scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " "
            ? String(scalar) : "\\" + String(scalar.value, radix: 16) + " "
        }.joined() + "\""
    }
    let title = words.raw("app.name") + " — " + words.raw("report.title")
    return Markup(
      trusted: ":root{--print-title:\(css(title));--print-page:\(css(words.raw("print.page")));"
        + "--print-of:\(css(words.raw("print.of")))}")
  }

  /// The hashes of the scripts a page may run, for its Content Security Policy.
  static func scriptHashes(index: Bool) -> Text {
    Text(([Scripts.printing] + (index ? [Scripts.sorting] : [])).map(Scripts.hashSource).joined(separator: " "))
  }

  /// CSS custom properties of a meter: the score and the two thresholds it is drawn against.
  static func meterStyle(_ score: Double, _ mode: ScoringModeOptions?) -> Text {
    let low = mode?.noEvidenceBelow ?? 0.5
    let high = mode?.likelyManipulatedFrom ?? 0.9
    return Text(
      "--s:\(JSONValue.format(min(1, max(0, score))));--lo:\(JSONValue.format(low));--hi:\(JSONValue.format(high))")
  }

  /// `likely_manipulated`, …: the CSS class and phrase suffix of a verdict; `not_scored` for null.
  static func verdictID(_ verdict: Verdict?) -> String {
    verdict.map { $0.rawValue.replacingOccurrences(of: " ", with: "_") } ?? "not_scored"
  }

  /// Most suspicious first.
  static func verdictRank(_ verdict: Verdict?) -> Int {
    switch verdict {
    case .likelyManipulated: return 0
    case .inconclusive: return 1
    case .noEvidenceFound: return 2
    case .noFace: return 3
    case nil: return 4
    }
  }
}

/// A line of a definition list; `field` and `raw` name the record value it shows.
struct Fact {
  let label: Text
  let value: Text
  var mono = false
  var field: Text?
  var raw: Text?
  var note: Text?

  init(_ label: Text, _ value: Text, mono: Bool = false, field: String? = nil, raw: JSONValue? = nil, note: Text? = nil)
  {
    self.label = label
    self.value = value
    self.mono = mono
    self.field = field.map(Text.init)
    self.raw = raw.map { Text($0.dataValue) }
    self.note = note
  }
}

extension JSONValue {
  /// How a `data-value` attribute gives a record value: a string as itself, anything else as JSON.
  var dataValue: String {
    if case .string(let text) = self { return text }
    return serialized
  }
}
