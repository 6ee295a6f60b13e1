import Foundation

/// A JSON value whose objects keep their keys in insertion order.
///
/// Records must be byte-identical between runs, so the project serialises
/// them itself instead of relying on a dictionary's order or a formatter's
/// float printing.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)
}

public struct JSONObject: Sendable, Equatable {
  public private(set) var entries: [(key: String, value: JSONValue)] = []

  public init() {}

  public init(_ entries: KeyValuePairs<String, JSONValue>) {
    for (key, value) in entries { self[key] = value }
  }

  public subscript(key: String) -> JSONValue? {
    get { entries.first { $0.key == key }?.value }
    set {
      if let index = entries.firstIndex(where: { $0.key == key }) {
        if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
      } else if let newValue {
        entries.append((key, newValue))
      }
    }
  }

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.entries.elementsEqual(rhs.entries) { $0.key == $1.key && $0.value == $1.value }
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByFloatLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(nilLiteral: ()) { self = .null }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

  public init(_ value: Double?) { self = value.map { .double($0) } ?? .null }
  public init(_ value: Int?) { self = value.map { .int($0) } ?? .null }
  public init(_ value: String?) { self = value.map { .string($0) } ?? .null }
}

extension JSONValue {
  /// Compact JSON text: no spaces, keys in insertion order, at most six decimals.
  public var serialized: String {
    var output = ""
    write(to: &output)
    return output
  }

  private func write(to output: inout String) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .double(let value): output += JSONValue.format(value)
    case .string(let value): JSONValue.writeString(value, to: &output)
    case .array(let values):
      output += "["
      for (index, value) in values.enumerated() {
        if index > 0 { output += "," }
        value.write(to: &output)
      }
      output += "]"
    case .object(let object):
      output += "{"
      for (index, entry) in object.entries.enumerated() {
        if index > 0 { output += "," }
        JSONValue.writeString(entry.key, to: &output)
        output += ":"
        entry.value.write(to: &output)
      }
      output += "}"
    }
  }

  /// Six decimals (C's `%.6f`, correctly rounded), trailing zeros trimmed; non-finite numbers become null.
  public static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    // C's formatter straight into a stack-sized buffer: Foundation's String(format:) costs a
    // tenth of a millisecond per number, and a frame record holds over a hundred.
    var buffer = [CChar](repeating: 0, count: 330)
    var end = Int(withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.6f", $0) })
    while end > 0, buffer[end - 1] == 0x30 { end -= 1 }
    if end > 0, buffer[end - 1] == 0x2E { end -= 1 }
    let text = String(decoding: buffer[..<end].lazy.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return text == "-0" ? "0" : text
  }

  private static func writeString(_ value: String, to output: inout String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        output +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}

extension JSONValue {
  /// JSON text for a person: two spaces of indent per level, keys in insertion order, one item a line.
  public var prettyPrinted: String {
    var output = ""
    writePretty(to: &output, indent: "")
    return output
  }

  private func writePretty(to output: inout String, indent: String) {
    let inner = indent + "  "
    switch self {
    case .array(let values) where !values.isEmpty:
      output += "[\n"
      for (index, value) in values.enumerated() {
        output += inner
        value.writePretty(to: &output, indent: inner)
        output += index + 1 < values.count ? ",\n" : "\n"
      }
      output += indent + "]"
    case .object(let object) where !object.entries.isEmpty:
      output += "{\n"
      for (index, entry) in object.entries.enumerated() {
        output += inner + JSONValue.string(entry.key).serialized + ": "
        entry.value.writePretty(to: &output, indent: inner)
        output += index + 1 < object.entries.count ? ",\n" : "\n"
      }
      output += indent + "}"
    default: output += serialized
    }
  }
}
