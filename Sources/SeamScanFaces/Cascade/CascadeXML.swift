import Foundation

/// Just enough XML for OpenCV's `FileStorage` files: elements, text,
/// comments and declarations. Attributes are skipped (the cascade format
/// carries nothing in them that the detector reads) and so are entities,
/// which never occur in numeric content.
///
/// A hand parser keeps loading the 1 MB Haar files to a few milliseconds,
/// and the element text stays as byte ranges until a number is asked for.
struct CascadeXML: Sendable {
  struct Element: Sendable {
    let name: String
    var children: [Element] = []
    /// Byte ranges of the text directly inside this element, comments excluded.
    var text: [Range<Int>] = []

    func child(_ name: String) -> Element? {
      children.first { $0.name == name }
    }
  }

  let bytes: [UInt8]
  let root: Element

  init(bytes: [UInt8]) throws {
    self.bytes = bytes
    root = try bytes.withUnsafeBufferPointer { try Self.parse($0) }
  }

  /// The element's text as one trimmed string.
  func string(_ element: Element) -> String {
    let pieces = element.text.map { String(decoding: bytes[$0], as: UTF8.self) }
    return pieces.joined().trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The element's text as whitespace-separated numbers.
  func numbers(_ element: Element) throws -> [Double] {
    var values: [Double] = []
    for range in element.text {
      var start = range.lowerBound
      while start < range.upperBound {
        while start < range.upperBound, Self.isSpace(bytes[start]) { start += 1 }
        var end = start
        while end < range.upperBound, !Self.isSpace(bytes[end]) { end += 1 }
        if end > start {
          let token = String(decoding: bytes[start..<end], as: UTF8.self)
          guard let value = Double(token) else {
            throw CascadeError("<\(element.name)> holds \"\(token)\", which is not a number")
          }
          values.append(value)
        }
        start = end
      }
    }
    return values
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Element {
    let lessThan = UInt8(ascii: "<")
    let greaterThan = UInt8(ascii: ">")
    let slash = UInt8(ascii: "/")
    let bang = UInt8(ascii: "!")
    let question = UInt8(ascii: "?")
    var stack = [Element(name: "")]
    var index = 0
    let count = bytes.count

    func find(_ pattern: [UInt8], from start: Int) throws -> Int {
      var position = start
      while position + pattern.count <= count {
        if bytes[position] == pattern[0], pattern.indices.allSatisfy({ bytes[position + $0] == pattern[$0] }) {
          return position
        }
        position += 1
      }
      throw CascadeError("the XML ends inside a tag or comment")
    }

    while index < count {
      if bytes[index] != lessThan {
        let start = index
        while index < count, bytes[index] != lessThan { index += 1 }
        stack[stack.count - 1].text.append(start..<index)
        continue
      }
      let next = index + 1 < count ? bytes[index + 1] : 0
      if next == bang, index + 3 < count, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
        index = try find(Array("-->".utf8), from: index + 4) + 3
      } else if next == bang || next == question {
        index = try find([greaterThan], from: index) + 1
      } else if next == slash {
        let end = try find([greaterThan], from: index)
        var nameEnd = end
        while nameEnd > index + 2, isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        let name = bytes[(index + 2)..<nameEnd]
        guard stack.count > 1, stack[stack.count - 1].name.utf8.elementsEqual(name) else {
          throw CascadeError("the XML closes <\(String(decoding: name, as: UTF8.self))> where it was not open")
        }
        let finished = stack.removeLast()
        stack[stack.count - 1].children.append(finished)
        index = end + 1
      } else {
        let end = try find([greaterThan], from: index)
        var nameEnd = index + 1
        while nameEnd < end, !isSpace(bytes[nameEnd]), bytes[nameEnd] != slash { nameEnd += 1 }
        let element = Element(name: String(decoding: bytes[(index + 1)..<nameEnd], as: UTF8.self))
        if bytes[end - 1] == slash {
          stack[stack.count - 1].children.append(element)
        } else {
          stack.append(element)
        }
        index = end + 1
      }
    }
    guard stack.count == 1 else { throw CascadeError("the XML ends before <\(stack[stack.count - 1].name)> is closed") }
    return stack[0]
  }
}
