/// A type that records write, described as a JSON Schema (draft 2020-12) node.
///
/// Swift cannot reflect on `Codable`, so each record type keeps its description beside it, in
/// its own file, field by field in the order it encodes them; ``RecordSchema`` gathers them
/// into the one document `seamscan schema` prints.
public protocol SchemaDescribed {
  /// Its name under `$defs`.
  static var schemaName: String { get }
  static var jsonSchema: JSONValue { get }
}

/// A closed list of words a record can carry: its schema is the list of raw values.
public protocol SchemaVocabulary: SchemaDescribed, CaseIterable, RawRepresentable<String> {
  static var schemaDescription: String { get }
}

extension SchemaVocabulary {
  public static var jsonSchema: JSONValue {
    .object(
      JSONObject([
        "description": .string(schemaDescription), "enum": .array(allCases.map { .string($0.rawValue) }),
      ]))
  }
}

/// Builders of the schema nodes the record descriptions use.
public enum JSONSchema {
  /// One field of an object: its name as records write it, its schema, and whether every
  /// record holds it.
  public struct Field: Sendable {
    public var name: String
    public var schema: JSONValue
    public var required: Bool

    public init(_ name: String, _ schema: JSONValue, required: Bool = true) {
      self.name = name
      self.schema = schema
      self.required = required
    }
  }

  /// An object with exactly these fields (no others), in this order.
  public static func object(
    _ description: String, _ fields: [Field], extra: KeyValuePairs<String, JSONValue> = [:]
  ) -> JSONValue {
    var properties = JSONObject()
    for field in fields { properties[field.name] = field.schema }
    var object = JSONObject([
      "description": .string(description), "type": "object", "properties": .object(properties),
      "required": .array(fields.filter(\.required).map { .string($0.name) }), "additionalProperties": false,
    ])
    for (key, value) in extra { object[key] = value }
    return .object(object)
  }

  /// The record's `type` key, always first.
  public static func type(_ type: RecordType) -> Field {
    Field("type", .object(JSONObject(["const": .string(type.rawValue)])))
  }

  /// The `schema` key: the record format version this SeamScan writes.
  public static var schemaVersion: Field {
    Field(
      "schema", .object(JSONObject(["description": "Record format version.", "const": .string(ToolIdentity.schema)])))
  }

  public static func ref(_ type: any SchemaDescribed.Type) -> JSONValue {
    .object(JSONObject(["$ref": .string("#/$defs/" + type.schemaName)]))
  }

  public static func integer(_ description: String? = nil, minimum: Int? = nil) -> JSONValue {
    node("integer", description, ["minimum": minimum.map(JSONValue.int)])
  }

  public static func number(_ description: String? = nil, minimum: Int? = nil, maximum: Int? = nil) -> JSONValue {
    node("number", description, ["minimum": minimum.map(JSONValue.int), "maximum": maximum.map(JSONValue.int)])
  }

  /// A score or probability, in [0, 1].
  public static func unit(_ description: String? = nil) -> JSONValue { number(description, minimum: 0, maximum: 1) }

  public static func string(_ description: String? = nil, pattern: String? = nil) -> JSONValue {
    node("string", description, ["pattern": pattern.map(JSONValue.string)])
  }

  public static func boolean(_ description: String? = nil) -> JSONValue { node("boolean", description, [:]) }

  public static func array(of items: JSONValue, count: Int? = nil, _ description: String? = nil) -> JSONValue {
    var object = JSONObject(["type": "array"])
    if let description { object["description"] = .string(description) }
    object["items"] = items
    if let count {
      object["minItems"] = .int(count)
      object["maxItems"] = .int(count)
    }
    return .object(object)
  }

  /// A SHA-256 in lower-case hexadecimal.
  public static let sha256 = string("SHA-256 in lower-case hexadecimal.", pattern: "^[0-9a-f]{64}$")

  /// A path's exact bytes, written only when they are not valid UTF-8.
  public static let pathHex = string(
    "The path's exact bytes in lower-case hexadecimal; present only when they are not valid UTF-8.",
    pattern: "^([0-9a-f]{2})+$")

  /// The value or null.
  public static func nullable(_ schema: JSONValue) -> JSONValue {
    .object(JSONObject(["anyOf": .array([schema, .object(JSONObject(["type": "null"]))])]))
  }

  /// `false` where a group of settings is off, else the group (``Switchable``).
  public static func switchable(_ settings: any SchemaDescribed.Type) -> JSONValue {
    .object(JSONObject(["anyOf": .array([.object(JSONObject(["const": false])), ref(settings)])]))
  }

  private static func node(_ type: String, _ description: String?, _ constraints: KeyValuePairs<String, JSONValue?>)
    -> JSONValue
  {
    var object = JSONObject()
    if let description { object["description"] = .string(description) }
    object["type"] = .string(type)
    for (key, value) in constraints { object[key] = value }
    return .object(object)
  }
}
