import Mustache

/// One entry of the localisation table, in every language of the report.
struct Phrase: Sendable {
  let en: String
  let vi: String
}

/// The report's words in one language.
///
/// Every visible string lives in ``Phrasebook/table``, in plain text with `{name}` placeholders
/// and two marks: `**strong**` and `` `code` ``. ``text(_:_:)`` drops the marks (for text and
/// attributes); ``markup(_:_:)`` escapes the phrase and its arguments, then turns the marks into tags.
public struct Phrasebook: Sendable {
  public let language: ReportLanguage

  public init(_ language: ReportLanguage) { self.language = language }

  static let table: [String: Phrase] = {
    var table: [String: Phrase] = [:]
    for part in [Phrases.common, Phrases.index, Phrases.verdicts, Phrases.video, Phrases.frames, Phrases.cues] {
      table.merge(part) { first, _ in preconditionFailure("duplicate phrase \(first.en)") }
    }
    return table
  }()

  static var keys: Set<String> { Set(table.keys) }

  func raw(_ key: String) -> String {
    guard let phrase = Self.table[key] else {
      assertionFailure("no phrase \(key)")
      return key
    }
    return language == .vi ? phrase.vi : phrase.en
  }

  /// The phrase as plain text, marks removed, placeholders filled.
  func text(_ key: String, _ arguments: [String: String] = [:]) -> Text {
    let plain = raw(key).replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
    return Text(Self.fill(plain, arguments))
  }

  /// The phrase as markup: escaped, marks turned into tags, arguments (already markup) filled in.
  func markup(_ key: String, _ arguments: [String: Markup] = [:]) -> Markup {
    var html = HTMLEscaping.escape(Text(raw(key)).shown)
    html = Self.pair(html, mark: "**", open: "<strong>", close: "</strong>")
    html = Self.pair(html, mark: "`", open: "<code>", close: "</code>")
    return Markup(trusted: Self.fill(html, arguments.mapValues(\.html)))
  }

  /// The phrase as markup, with plain-text arguments.
  func markup(_ key: String, text arguments: [String: String]) -> Markup {
    markup(key, arguments.mapValues { Markup(escaping: Text($0)) })
  }

  /// Replaces each `{name}` in one pass, so a value that itself contains braces stays as it is.
  static func fill(_ phrase: String, _ arguments: [String: String]) -> String {
    guard !arguments.isEmpty else { return phrase }
    var out = ""
    var rest = phrase[...]
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let afterOpen = rest.index(after: open)
      if let close = rest[afterOpen...].firstIndex(of: "}"),
        let value = arguments[String(rest[afterOpen..<close])]
      {
        out += value
        rest = rest[rest.index(after: close)...]
      } else {
        out += "{"
        rest = rest[afterOpen...]
      }
    }
    return out + rest
  }

  private static func pair(_ html: String, mark: String, open: String, close: String) -> String {
    let parts = html.components(separatedBy: mark)
    guard parts.count >= 3, parts.count % 2 == 1 else { return html }
    return parts.enumerated().map { index, part in index == 0 ? part : (index % 2 == 1 ? open : close) + part }
      .joined()
  }

  /// `{{say.sec.verdict}}` in a template: the phrase as text.
  var labels: PhraseKey { PhraseKey(book: self, key: "", asMarkup: false) }
  /// `{{{sayHTML.warning.body}}}` in a template: the phrase as markup.
  var markupLabels: PhraseKey { PhraseKey(book: self, key: "", asMarkup: true) }
}

/// A phrase key being spelled out by a template, one dotted component at a time.
struct PhraseKey: MustacheParent, MustacheCustomRenderable {
  let book: Phrasebook
  let key: String
  let asMarkup: Bool

  func child(named name: String) -> Any? {
    PhraseKey(book: book, key: key.isEmpty ? name : key + "." + name, asMarkup: asMarkup)
  }

  var renderText: String { asMarkup ? book.markup(key).html : book.text(key).shown }
  var isNull: Bool { false }
}

/// The localisation table, in parts by page area (`Phrases+*.swift`).
enum Phrases {}
