/// Name, version and record schema that every output carries.
public enum ToolIdentity {
  public static let name = "seamscan"
  public static let version = "0.1.0"
  /// Bumped whenever a record field changes meaning or disappears.
  public static let schema = "seamscan.records/1"

  static var json: JSONValue { .object(JSONObject(["name": .string(name), "version": .string(version)])) }
}
