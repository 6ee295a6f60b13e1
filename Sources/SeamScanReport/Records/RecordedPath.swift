import SeamScanRecords

/// A path as the records name it: `path`, shown escaped (`\xNN`) when the name is not UTF-8,
/// and `path_hex`, its exact bytes, in that case.
struct RecordedPath: Sendable {
  /// The exact bytes, which open the file and which the page's commands name.
  let bytes: [UInt8]

  init(path: String, hex: String?) {
    bytes = hex.flatMap(Self.bytes(fromHex:)) ?? Array(path.utf8)
  }

  /// Standard input (`-`), which the report cannot open again.
  var isStandardInput: Bool { bytes == BytePath.standardInput.bytes }

  /// The name after the last `/`, and the folder before it with its `/` ("" for a bare name).
  static func folderAndName(of path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    return (String(path[...slash]), String(path[path.index(after: slash)...]))
  }

  /// Bytes from lower- or upper-case hex; nil unless every character is a hex digit, in pairs.
  static func bytes(fromHex hex: String) -> [UInt8]? {
    let digits = Array(hex.utf8)
    guard digits.count.isMultiple(of: 2), hex.allSatisfy(\.isHexDigit) else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(digits.count / 2)
    for pair in stride(from: 0, to: digits.count, by: 2) {
      guard let byte = UInt8(String(decoding: digits[pair..<pair + 2], as: UTF8.self), radix: 16) else { return nil }
      bytes.append(byte)
    }
    return bytes
  }
}
