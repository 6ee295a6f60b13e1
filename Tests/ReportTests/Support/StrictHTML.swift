import Foundation

/// A strict reader for the report's HTML: stricter than browsers, so that anything a browser
/// would have to repair fails here.
///
/// It requires the doctype first, every non-void element closed in order, every attribute value
/// in double quotes, no attribute twice, only the character references the report writes (the
/// five named ones and numeric ones), no raw `<` or `>` in text, and `<script>`/`<style>` raw text
/// that cannot close early. It returns the elements, so tests can read what the page shows.
struct StrictHTML {
  struct Element {
    let name: String
    let attributes: [String: String]
    /// The enclosing element's index in ``StrictHTML/elements``.
    let parent: Int?
    fileprivate var firstText = 0
    fileprivate var endText = 0
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  static let voidElements: Set<String> = ["meta", "link", "br", "img", "input", "col", "hr", "wbr", "source"]
  static let rawText: Set<String> = ["script", "style"]
  /// SVG elements the report writes self-closed.
  static let selfClosing: Set<String> = ["path", "rect", "line", "circle", "image", "use", "polyline"]
  static let entities = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "#39": "'"]

  private(set) var elements: [Element] = []
  /// Decoded text in document order; an element's text is a run of it.
  private var texts: [String] = []

  func text(of element: Element) -> String { texts[element.firstText..<element.endText].joined() }

  init(_ html: String) throws {
    let bytes = Array(html.utf8)
    var i = 0
    var open: [Int] = []
    var pending: [UInt8] = []
    func fail(_ message: String) -> Failure {
      let line = bytes[..<min(i, bytes.count)].filter { $0 == UInt8(ascii: "\n") }.count + 1
      return Failure(description: "line \(line): \(message)")
    }
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    func flush() {
      if !pending.isEmpty { texts.append(String(decoding: pending, as: UTF8.self)) }
      pending = []
    }
    func reference(at start: Int) throws -> (String, Int) {
      guard let end = bytes[start...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { throw fail("bare &") }
      let name = string((start + 1)..<end)
      if let value = Self.entities[name] { return (value, end + 1) }
      if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
        return (String(scalar), end + 1)
      }
      throw fail("unknown character reference &\(name);")
    }
    func isNameByte(_ byte: UInt8) -> Bool {
      (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }
    let doctype = Array("<!DOCTYPE html>\n".utf8)
    guard bytes.starts(with: doctype) else { throw Failure(description: "no <!DOCTYPE html> first") }
    i = doctype.count
    while i < bytes.count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "&") {
        let (value, next) = try reference(at: i)
        pending += Array(value.utf8)
        i = next
        continue
      }
      if byte == UInt8(ascii: ">") { throw fail("raw > in text") }
      if byte != UInt8(ascii: "<") {
        pending.append(byte)
        i += 1
        continue
      }
      flush()
      let closing = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")
      var j = i + (closing ? 2 : 1)
      let nameStart = j
      while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
      let name = string(nameStart..<j)
      guard !name.isEmpty else { throw fail("raw < in text") }
      if closing {
        guard j < bytes.count, bytes[j] == UInt8(ascii: ">") else { throw fail("bad closing tag </\(name)") }
        guard let last = open.last, elements[last].name == name else {
          throw fail("</\(name)> closes <\(open.last.map { elements[$0].name } ?? "nothing")>")
        }
        elements[last].endText = texts.count
        open.removeLast()
        i = j + 1
        continue
      }
      var attributes: [String: String] = [:]
      var selfClosed = false
      while true {
        while j < bytes.count, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\n") { j += 1 }
        guard j < bytes.count else { throw fail("unclosed tag <\(name)") }
        if bytes[j] == UInt8(ascii: ">") {
          j += 1
          break
        }
        if bytes[j] == UInt8(ascii: "/"), j + 1 < bytes.count, bytes[j + 1] == UInt8(ascii: ">") {
          selfClosed = true
          j += 2
          break
        }
        let attributeStart = j
        while j < bytes.count, isNameByte(bytes[j]) || bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: ":") {
          j += 1
        }
        let attribute = string(attributeStart..<j)
        guard !attribute.isEmpty else { throw fail("bad attribute in <\(name)>") }
        guard attributes[attribute] == nil else { throw fail("attribute \(attribute) twice in <\(name)>") }
        guard j < bytes.count, bytes[j] == UInt8(ascii: "=") else {
          attributes[attribute] = ""
          continue
        }
        guard j + 1 < bytes.count, bytes[j + 1] == UInt8(ascii: "\"") else {
          throw fail("unquoted value of \(attribute) in <\(name)>")
        }
        j += 2
        var value: [UInt8] = []
        while j < bytes.count, bytes[j] != UInt8(ascii: "\"") {
          guard bytes[j] != UInt8(ascii: "<") else { throw fail("< inside the value of \(attribute)") }
          if bytes[j] == UInt8(ascii: "&") {
            let (decoded, next) = try reference(at: j)
            value += Array(decoded.utf8)
            j = next
          } else {
            value.append(bytes[j])
            j += 1
          }
        }
        guard j < bytes.count else { throw fail("unclosed value of \(attribute)") }
        attributes[attribute] = String(decoding: value, as: UTF8.self)
        j += 1
        guard j < bytes.count,
          [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "/"), UInt8(ascii: ">")].contains(bytes[j])
        else { throw fail("no space after the value of \(attribute) in <\(name)>") }
      }
      if selfClosed && !Self.selfClosing.contains(name) { throw fail("<\(name)/> cannot close itself") }
      elements.append(
        Element(name: name, attributes: attributes, parent: open.last, firstText: texts.count, endText: texts.count))
      i = j
      if Self.rawText.contains(name) {
        let end = Array("</\(name)>".utf8)
        var k = i
        while k < bytes.count, !bytes[k...].starts(with: end) { k += 1 }
        guard k < bytes.count else { throw fail("unclosed <\(name)>") }
        let body = string(i..<k).lowercased()
        guard !body.contains("<!--"), !body.contains("</script"), !body.contains("</style") else {
          throw fail("raw text of <\(name)> could end early")
        }
        i = k + end.count
        continue
      }
      if !selfClosed && !Self.voidElements.contains(name) { open.append(elements.count - 1) }
    }
    flush()
    guard open.isEmpty else { throw Failure(description: "unclosed: \(open.map { elements[$0].name })") }
  }

  func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

  /// The nearest enclosing element for which `matches` holds.
  func ancestor(of element: Element, where matches: (Element) -> Bool) -> Element? {
    var current = element.parent
    while let index = current {
      if matches(elements[index]) { return elements[index] }
      current = elements[index].parent
    }
    return nil
  }

  func withAttribute(_ attribute: String) -> [Element] { elements.filter { $0.attributes[attribute] != nil } }
}
