import SeamScanFiles

/// A path as the records name it: `path`, shown escaped (`\xNN`) when the name is not UTF-8,
/// and `path_hex`, its exact bytes, in that case.
struct RecordedPath: Sendable {
  /// The exact bytes, which open the file and which the page's commands name.
  let bytes: [UInt8]

  init(path: String, hex: String?) {
    bytes = hex.flatMap(BytePath.init(hex:))?.bytes ?? Array(path.utf8)
  }

  /// Standard input (`-`), which the report cannot open again.
  var isStandardInput: Bool { bytes == BytePath.standardInput.bytes }

  /// The name after the last `/`, and the folder before it with its `/` ("" for a bare name).
  static func folderAndName(of path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    return (String(path[...slash]), String(path[path.index(after: slash)...]))
  }
}
