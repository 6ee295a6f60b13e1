/// An input, or part of one, that could not be analysed; or a command that failed.
public struct ErrorRecord: OutputRecord, Equatable {
  public static let type = RecordType.error

  public var schema: String
  public var tool: ToolRecord
  /// Null for errors that belong to no input, such as missing models.
  public var path: String?
  /// Null where the file could not be read.
  public var sha256: String?
  public var error: ErrorCode
  /// For a person.
  public var message: String

  public init(path: String?, sha256: String?, error: ErrorCode, message: String) {
    schema = ToolIdentity.schema
    tool = ToolIdentity.record
    self.path = path
    self.sha256 = sha256
    self.error = error
    self.message = message
  }
}

/// A file found while walking a folder that is not media; it does not fail the batch.
public struct SkippedRecord: OutputRecord, Equatable {
  public static let type = RecordType.skipped

  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
}
