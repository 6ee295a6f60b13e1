/// An input, or part of one, that could not be analysed; or a command that failed.
public struct ErrorRecord: OutputRecord, Equatable {
  public static let type = RecordType.error

  public var schema: String
  public var tool: ToolRecord
  /// Null for errors that belong to no input, such as missing models. A name that is not
  /// UTF-8 is shown escaped (`\xNN`), with its exact bytes in `path_hex`.
  public var path: String?
  /// The path's exact bytes in hex; present only when they are not valid UTF-8.
  public var pathHex: String?
  /// Null where the file could not be read.
  public var sha256: String?
  public var error: ErrorCode
  /// For a person.
  public var message: String

  public static let keysOmittedWhenNull: Set<String> = ["path_hex"]

  public init(path: String?, pathHex: String? = nil, sha256: String?, error: ErrorCode, message: String) {
    schema = ToolIdentity.schema
    tool = ToolIdentity.record
    self.path = path
    self.pathHex = pathHex
    self.sha256 = sha256
    self.error = error
    self.message = message
  }
}

/// A file found while walking a folder that is not evidence to analyse (not media, not a
/// regular file, or SeamScan's own output); it does not fail the batch.
public struct SkippedRecord: OutputRecord, Equatable {
  public static let type = RecordType.skipped

  public var path: String
  /// The path's exact bytes in hex; present only when they are not valid UTF-8.
  public var pathHex: String?
  public var reason: String

  public static let keysOmittedWhenNull: Set<String> = ["path_hex"]

  public init(path: String, pathHex: String? = nil, reason: String) {
    self.path = path
    self.pathHex = pathHex
    self.reason = reason
  }
}

// MARK: - Schema

extension ErrorRecord: SchemaDescribed {
  public static let schemaName = "error"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "An input, or part of one, that could not be analysed; or a command that failed.",
      [
        JSONSchema.type(type),
        JSONSchema.schemaVersion,
        .init("tool", JSONSchema.ref(ToolRecord.self)),
        .init("path", JSONSchema.nullable(JSONSchema.string("Null for errors that belong to no input."))),
        .init("path_hex", JSONSchema.pathHex, required: false),
        .init("sha256", JSONSchema.nullable(JSONSchema.sha256)),
        .init("error", JSONSchema.ref(ErrorCode.self)),
        .init("message", JSONSchema.string("For a person.")),
      ])
  }
}

extension SkippedRecord: SchemaDescribed {
  public static let schemaName = "skipped"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "A file found while walking a folder that is not evidence to analyse; it does not fail the batch.",
      [
        JSONSchema.type(type),
        .init("path", JSONSchema.string()),
        .init("path_hex", JSONSchema.pathHex, required: false),
        .init("reason", JSONSchema.string("What the file holds, or what kind of file it is.")),
      ])
  }
}
