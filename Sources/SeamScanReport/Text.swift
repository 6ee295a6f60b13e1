import Foundation
import Mustache

/// Text from records or the report, made safe to hand to a template.
///
/// The template engine escapes `{{value}}` character by character, and a Swift character is a
/// grapheme cluster: `"` followed by a combining mark is one character that is not `"`, so it
/// would pass unescaped and close an attribute. File names from seized media are hostile, so every
/// string reaches a template as `Text`, which shows such clusters, control characters, bidi
/// overrides and replacement characters as visible `\u{…}` escapes first. The engine then escapes
/// what is left; nothing here is ever inserted unescaped.
public struct Text: Sendable, Equatable, MustacheCustomRenderable, CustomStringConvertible {
  /// The text as it will be shown, before HTML escaping.
  public let shown: String

  public init(_ raw: String) { shown = Self.neutralised(raw) }

  public var renderText: String { shown }
  public var isNull: Bool { false }
  public var description: String { shown }

  static let htmlSpecial: Set<Unicode.Scalar> = ["<", ">", "&", "\"", "'"]

  static func neutralised(_ raw: String) -> String {
    var out = ""
    out.reserveCapacity(raw.utf8.count)
    for character in raw {
      let scalars = character.unicodeScalars
      let joinsSpecial = scalars.count > 1 && scalars.contains { htmlSpecial.contains($0) }
      for scalar in scalars {
        if isHidden(scalar) || (joinsSpecial && !htmlSpecial.contains(scalar)) {
          out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// Characters that hide or reorder what a name shows: controls, bidi controls, and the
  /// replacement character that stands for bytes lost before the report saw the name.
  static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x200E...0x200F).contains(value)
      || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0xFFFD
  }
}

/// Lines shown one under another in a `<pre>`: each line is neutralised alone, as ``Text``, so
/// the breaks the report puts between them stay breaks while one inside a value is still shown
/// as `\u{A}`.
public struct TextLines: Sendable, Equatable, MustacheCustomRenderable {
  let lines: [Text]

  init(_ lines: [String]) { self.lines = lines.map(Text.init) }

  public var renderText: String { lines.map(\.shown).joined(separator: "\n") }
  public var isNull: Bool { false }
}

/// Markup the report wrote itself: localised sentences whose few marks (`**bold**`, `` `code` ``)
/// became tags after the sentence and its arguments were escaped. Templates insert it with
/// `{{{ }}}`; a test allows triple braces only for fields of this type.
public struct Markup: Sendable, Equatable, MustacheCustomRenderable, CustomStringConvertible {
  public let html: String

  init(trusted html: String) { self.html = html }

  /// Plain text, escaped, as markup.
  init(escaping text: Text) { html = HTMLEscaping.escape(text.shown) }

  public var renderText: String { html }
  public var isNull: Bool { false }
  public var description: String { html }
}

/// Escaping by Unicode scalar, for the markup the report builds itself.
enum HTMLEscaping {
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

/// A picture the report encoded itself, as a `data:` URI: one of its own media types and base64,
/// so nothing in it can need escaping. Templates insert it with `{{{ }}}`, which also spares the
/// engine escaping hundreds of kilobytes character by character.
public struct DataURI: Sendable, Equatable, MustacheCustomRenderable {
  enum MediaType: String {
    case png = "image/png"
    case jpeg = "image/jpeg"
  }

  let uri: String

  init(_ type: MediaType, _ data: Data) { uri = "data:" + type.rawValue + ";base64," + data.base64EncodedString() }

  public var renderText: String { uri }
  public var isNull: Bool { false }
}
