/// Name, version and record schema that every output carries.
public enum ToolIdentity {
  public static let name = "seamscan"
  public static let version = "0.2.0"
  /// Bumped whenever a record field changes meaning or disappears.
  public static let schema = schemaPrefix + "2"
  /// Every schema's name starts so; its version follows.
  public static let schemaPrefix = "seamscan.records/"
  /// Schema 1: no per-track results or judging model in the summary, the aggregation in free
  /// text. Its files are still read and shown; per-track scores need a rescan.
  public static let previousSchema = schemaPrefix + "1"

  public static var record: ToolRecord { ToolRecord(name: name, version: version) }
}

/// The `tool` object of a record.
public struct ToolRecord: Codable, Sendable, Equatable {
  public var name: String
  public var version: String

  public init(name: String, version: String) {
    self.name = name
    self.version = version
  }
}

extension ToolRecord: SchemaDescribed {
  public static let schemaName = "tool"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "The program that wrote the record.", [.init("name", JSONSchema.string()), .init("version", JSONSchema.string())])
  }
}
