import SeamScanFiles

/// The command line with its exact bytes.
///
/// `CommandLine.arguments` turns bytes that are not UTF-8 into U+FFFD, after which such a file
/// name no longer opens. Each such argument is handed to the parser as a placeholder that no
/// real text contains, and mapped back to its bytes where a path is used.
enum RawArguments {
  private static let marker = "\u{10FFFD}argv:"

  /// The arguments for the parser, and the bytes behind each placeholder.
  static let table: (arguments: [String], bytes: [String: [UInt8]]) = {
    var arguments: [String] = []
    var bytes: [String: [UInt8]] = [:]
    for (index, raw) in CommandLineBytes.arguments.enumerated() {
      if let text = String(validating: raw, as: UTF8.self) {
        arguments.append(text)
      } else {
        let placeholder = "\(marker)\(index)"
        arguments.append(placeholder)
        bytes[placeholder] = raw
      }
    }
    return (arguments, bytes)
  }()

  static var arguments: [String] { table.arguments }

  /// A path argument as the bytes the user typed.
  static func path(_ argument: String) -> BytePath {
    table.bytes[argument].map { BytePath(bytes: $0) } ?? BytePath(argument)
  }
}
