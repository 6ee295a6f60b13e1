/// What each line of a JSON Lines output is; the value of its `type` key.
public enum RecordType: String, Codable, Sendable, CaseIterable {
  case video, frame, summary, error, skipped, faces, synth
}

/// A record of the output contract: encoded as one JSON object whose first key is `type`.
public protocol OutputRecord: Codable, Sendable {
  static var type: RecordType { get }
  /// Keys left out, rather than written as null, when they have no value: fields that exist
  /// only in rare cases (`path_hex` of a name that is not UTF-8), so that ordinary records
  /// keep their bytes.
  static var keysOmittedWhenNull: Set<String> { get }
}

extension OutputRecord {
  public static var keysOmittedWhenNull: Set<String> { [] }

  /// The record as one ordered JSON object, `type` first.
  public var json: JSONValue {
    var object = JSONObject(["type": .string(Self.type.rawValue)])
    // Records are plain data; encoding them cannot fail.
    guard case .object(let fields) = try! RecordEncoder.encode(self) else {
      preconditionFailure("a record is an object")
    }
    for (key, value) in fields.entries where value != .null || !Self.keysOmittedWhenNull.contains(key) {
      object[key] = value
    }
    return .object(object)
  }

  /// One line of JSON Lines, without the newline.
  public var line: String { json.serialized }
}

extension RecordType: SchemaVocabulary {
  public static let schemaName = "record_type"
  public static let schemaDescription = "What a line of output is: the value of its type key."
}
