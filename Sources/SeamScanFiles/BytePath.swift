/// A file path as the exact bytes the file system knows it by.
///
/// Linux file names are bytes, not text: a name copied from a Windows or
/// camera file system may not be valid UTF-8, and Foundation silently
/// replaces such bytes with U+FFFD, after which the name no longer opens.
/// SeamScan keeps paths as bytes from the command line and the folder walk
/// to the `open()` call, and shows them in records in a stable escaped form
/// (``display``) with the exact bytes in hex (``hex``) when they are not UTF-8.
public struct BytePath: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The path's bytes, without a terminating NUL.
  public let bytes: [UInt8]

  public init(bytes: some Sequence<UInt8>) {
    self.bytes = Array(bytes)
  }

  public init(_ string: String) {
    bytes = Array(string.utf8)
  }

  /// `-`: standard input.
  public static let standardInput = BytePath("-")

  /// Whether the bytes are valid UTF-8, so ``display`` is the path itself.
  public var isValidUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

  /// The path as text: valid UTF-8 as it is, each byte of an invalid sequence as `\xNN` (upper-case hex).
  /// Stable: the same bytes always give the same text.
  public var display: String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    var text = ""
    var index = 0
    while index < bytes.count {
      let length = Self.sequenceLength(lead: bytes[index])
      if length > 0, index + length <= bytes.count,
        let scalar = String(validating: bytes[index..<index + length], as: UTF8.self)
      {
        text += scalar
        index += length
      } else {
        text += "\\x" + Self.hexDigits(bytes[index]).uppercased()
        index += 1
      }
    }
    return text
  }

  /// The path whose exact bytes `hex` gives (``hex``'s inverse, upper-case digits allowed); nil
  /// unless every character is a hex digit, in pairs.
  public init?(hex: String) {
    let digits = Array(hex.utf8)
    guard digits.count.isMultiple(of: 2), hex.allSatisfy(\.isHexDigit) else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(digits.count / 2)
    for pair in stride(from: 0, to: digits.count, by: 2) {
      guard let byte = UInt8(String(decoding: digits[pair..<pair + 2], as: UTF8.self), radix: 16) else { return nil }
      bytes.append(byte)
    }
    self.init(bytes: bytes)
  }

  /// The exact bytes in lower-case hex, or nil when the path is valid UTF-8 (then ``display`` is exact).
  public var hex: String? {
    isValidUTF8 ? nil : bytes.map(Self.hexDigits).joined()
  }

  public var description: String { display }

  /// `self/name`, without doubling a trailing slash.
  public func appending(_ name: [UInt8]) -> BytePath {
    if bytes.isEmpty { return BytePath(bytes: name) }
    return BytePath(bytes: bytes.last == Self.slash ? bytes + name : bytes + [Self.slash] + name)
  }

  /// The last path component's bytes (trailing slashes ignored).
  public var lastComponent: [UInt8] {
    var trimmed = bytes[...]
    while trimmed.count > 1, trimmed.last == Self.slash { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: Self.slash) else { return Array(trimmed) }
    return trimmed.count == 1 ? Array(trimmed) : Array(trimmed[(slash + 1)...])
  }

  /// The last path component as ``display`` shows a path.
  public var lastComponentDisplay: String { BytePath(bytes: lastComponent).display }

  /// The folder holding the last component: `.` for a bare name, `/` for a top-level one.
  public var parent: BytePath {
    var trimmed = bytes[...]
    while trimmed.count > 1, trimmed.last == Self.slash { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: Self.slash) else { return BytePath(".") }
    if slash == trimmed.startIndex { return BytePath("/") }
    return BytePath(bytes: trimmed[..<slash])
  }

  /// The name's extension in lower case (ASCII only), or "" when there is none.
  public var lowercasedExtension: String {
    let name = lastComponent
    guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > name.startIndex else { return "" }
    let suffix = name[(dot + 1)...]
    guard suffix.allSatisfy({ $0 < 0x80 }) else { return "" }
    return String(decoding: suffix, as: UTF8.self).lowercased()
  }

  /// The path as the NUL-terminated C string system calls take, with its exact bytes.
  public func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
    try (bytes + [0]).withUnsafeBufferPointer { bytes in
      try bytes.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
    }
  }

  /// Byte order: stable, and the same on every machine whatever its locale.
  public static func < (lhs: BytePath, rhs: BytePath) -> Bool {
    lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
  }

  private static let slash = UInt8(ascii: "/")

  private static func hexDigits(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16)
    return digits.count == 1 ? "0" + digits : digits
  }

  /// The length of the UTF-8 sequence a lead byte starts, or 0 for a byte that cannot lead.
  private static func sequenceLength(lead: UInt8) -> Int {
    switch lead {
    case 0x00..<0x80: return 1
    case 0xC2...0xDF: return 2
    case 0xE0...0xEF: return 3
    case 0xF0...0xF4: return 4
    default: return 0
    }
  }
}
