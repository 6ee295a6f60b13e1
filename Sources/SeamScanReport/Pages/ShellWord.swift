import Foundation

/// Words for the shell commands a page gives.
enum ShellWord {
  private static let plain = CharacterSet(
    charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:+,")

  /// A word for the shell that names exactly `bytes` and shows every one of them: bare when plain,
  /// in single quotes when printable, else in Bash's `$'…'` with `\uXXXX` for characters outside
  /// printable ASCII and `\xNN` for bytes that are not UTF-8, so that no control, bidi override or
  /// combining mark hides in it and a name copied from a foreign file system still names its file.
  static func quoted(_ bytes: [UInt8]) -> String {
    if let word = String(validating: bytes, as: UTF8.self) {
      if !word.isEmpty, word.unicodeScalars.allSatisfy(plain.contains) { return word }
      if Text(word).shown == word { return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    }
    var out = "$'"
    var index = 0
    while index < bytes.count {
      guard let (scalar, length) = scalar(in: bytes, at: index) else {
        out += "\\x" + hex(bytes[index], digits: 2)
        index += 1
        continue
      }
      switch scalar {
      case "'": out += "\\'"
      case "\\": out += "\\\\"
      case " "..."~": out.unicodeScalars.append(scalar)
      default:
        out += scalar.value > 0xFFFF ? "\\U" + hex(scalar.value, digits: 8) : "\\u" + hex(scalar.value, digits: 4)
      }
      index += length
    }
    return out + "'"
  }

  static func quoted(_ word: String) -> String { quoted(Array(word.utf8)) }

  /// The UTF-8 character that starts at `index`, and its length in bytes; nil for a byte that starts none.
  private static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
    for length in 1...4 where index + length <= bytes.count {
      if let text = String(validating: bytes[index..<index + length], as: UTF8.self),
        let scalar = text.unicodeScalars.first
      {
        return (scalar, length)
      }
    }
    return nil
  }

  private static func hex(_ value: some BinaryInteger, digits: Int) -> String {
    let text = String(value, radix: 16)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
