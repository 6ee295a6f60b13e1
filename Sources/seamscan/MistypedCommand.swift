import SeamScanFiles

/// `scan` is the default command, so `seamscan frobnicate clip.mp4` would scan a file named
/// "frobnicate". A first argument is taken for a mistyped command instead when it is no command,
/// no option and not `-`, has neither `/` nor `.` (as any path to a folder or name with an
/// extension has), and no file of that name exists.
enum MistypedCommand {
  /// The mistyped command, as typed; nil when the first argument is a command, an option or an input.
  static func name(in arguments: [String], commands: [String]) -> String? {
    guard let first = arguments.first, !first.isEmpty, !first.hasPrefix("-"), !commands.contains(first) else {
      return nil
    }
    let path = RawArguments.path(first)
    let looksLikePath = path.bytes.contains(UInt8(ascii: "/")) || path.bytes.contains(UInt8(ascii: "."))
    guard !looksLikePath, FileSystem.status(path, followLinks: false) == nil else { return nil }
    return path.display
  }
}
