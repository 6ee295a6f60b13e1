import Synchronization

/// Turns `Encodable` records into ordered ``JSONValue``s.
///
/// Keys keep the order in which a type encodes them (declaration order for
/// synthesised conformances) and are written in snake case (`framesDecoded` →
/// `frames_decoded`). A nil optional is written as `null`, never left out: in
/// the record contract a missing value is explicit. Keys of a ``VerbatimKey``
/// (cue names) are written as they are.
public enum RecordEncoder {
  public static func encode<Value: Encodable>(_ value: Value) throws -> JSONValue {
    let node = Node()
    try value.encode(to: NodeEncoder(node: node, codingPath: []))
    return node.value
  }

  /// `framesDecoded` → `frames_decoded`; the inverse of JSONDecoder's `.convertFromSnakeCase`.
  /// Records repeat a few dozen names, so each is converted once.
  static func snakeCase(_ key: String) -> String {
    if let known = snakeCaseNames.withLock({ $0[key] }) { return known }
    let converted = convertToSnakeCase(key)
    snakeCaseNames.withLock { $0[key] = converted }
    return converted
  }

  private static let snakeCaseNames = Mutex<[String: String]>([:])

  private static func convertToSnakeCase(_ key: String) -> String {
    var out = ""
    for character in key {
      if character.isUppercase {
        if !out.isEmpty { out.append("_") }
        out += character.lowercased()
      } else {
        out.append(character)
      }
    }
    return out
  }
}

/// A coding key written exactly as given: names that are data, such as cue names.
public struct VerbatimKey: CodingKey, Sendable {
  public var stringValue: String
  public var intValue: Int? { nil }
  public init(_ string: String) { stringValue = string }
  public init?(stringValue: String) { self.stringValue = stringValue }
  public init?(intValue: Int) { nil }
}

/// A JSON value under construction; containers share nodes by reference.
private final class Node {
  enum Content {
    case empty
    case value(JSONValue)
    case object([(String, Node)])
    case array([Node])
  }

  var content = Content.empty

  var value: JSONValue {
    switch content {
    case .empty: return .null
    case .value(let value): return value
    case .object(let entries):
      var object = JSONObject()
      for (key, node) in entries { object[key] = node.value }
      return .object(object)
    case .array(let nodes): return .array(nodes.map(\.value))
    }
  }

  func makeObject() {
    if case .object = content { return }
    content = .object([])
  }

  func makeArray() {
    if case .array = content { return }
    content = .array([])
  }

  func child(forKey key: String) -> Node {
    let node = Node()
    guard case .object(var entries) = content else { preconditionFailure("not an object") }
    entries.removeAll { $0.0 == key }
    entries.append((key, node))
    content = .object(entries)
    return node
  }

  func appendChild() -> Node {
    let node = Node()
    guard case .array(var nodes) = content else { preconditionFailure("not an array") }
    nodes.append(node)
    content = .array(nodes)
    return node
  }

  var count: Int {
    switch content {
    case .object(let entries): return entries.count
    case .array(let nodes): return nodes.count
    default: return 0
    }
  }
}

private struct NodeEncoder: Encoder {
  let node: Node
  var codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    node.makeObject()
    return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    node.makeArray()
    return UnkeyedContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleValue(node: node, codingPath: codingPath)
  }
}

/// Encodes one value into `node`, with the primitive types mapped directly.
private func store<Value: Encodable>(_ value: Value, in node: Node, codingPath: [any CodingKey]) throws {
  switch value {
  case let value as Double: node.content = .value(.double(value))
  case let value as Float: node.content = .value(.double(Double(value)))
  case let value as Int: node.content = .value(.int(value))
  case let value as String: node.content = .value(.string(value))
  case let value as Bool: node.content = .value(.bool(value))
  default: try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: Node
  var codingPath: [any CodingKey]

  private func name(_ key: Key) -> String {
    key is VerbatimKey ? key.stringValue : RecordEncoder.snakeCase(key.stringValue)
  }

  mutating func encodeNil(forKey key: Key) throws { node.child(forKey: name(key)).content = .value(.null) }

  mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
    try store(value, in: node.child(forKey: name(key)), codingPath: codingPath + [key])
  }

  // The contract writes absent values as null: every overload that would leave a key out writes null.
  private mutating func encodeOrNull<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }

  mutating func encodeIfPresent<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
    try encodeOrNull(value, forKey: key)
  }
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }
  mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeOrNull(value, forKey: key) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = node.child(forKey: name(key))
    child.makeObject()
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = node.child(forKey: name(key))
    child.makeArray()
    return UnkeyedContainer(node: child, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder { NodeEncoder(node: node, codingPath: codingPath) }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    NodeEncoder(node: node.child(forKey: name(key)), codingPath: codingPath + [key])
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let node: Node
  var codingPath: [any CodingKey]
  var count: Int { node.count }

  mutating func encodeNil() throws { node.appendChild().content = .value(.null) }

  mutating func encode<Value: Encodable>(_ value: Value) throws {
    try store(value, in: node.appendChild(), codingPath: codingPath)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = node.appendChild()
    child.makeObject()
    return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = node.appendChild()
    child.makeArray()
    return UnkeyedContainer(node: child, codingPath: codingPath)
  }

  mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.appendChild(), codingPath: codingPath) }
}

private struct SingleValue: SingleValueEncodingContainer {
  let node: Node
  var codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.content = .value(.null) }
  mutating func encode<Value: Encodable>(_ value: Value) throws { try store(value, in: node, codingPath: codingPath) }
}
