import Foundation

/// Files that are not regular files, and names that are not UTF-8, for the tests that check
/// SeamScan never blocks on the former and never loses the latter.
public enum SpecialFiles {
  /// A named pipe nobody writes to: opening it for reading blocks forever.
  public static func makeFIFO(at url: URL) throws {
    guard mkfifo(url.path, 0o644) == 0 else { throw GeneratedMedia.GenerationError(message: "mkfifo failed") }
  }

  /// A Unix socket, bound and left unlistened; its descriptor stays open until `close`.
  @discardableResult
  public static func makeSocket(at url: URL) throws -> Int32 {
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let path = Array(url.path.utf8)
    guard descriptor >= 0, path.count < MemoryLayout.size(ofValue: address.sun_path) else {
      throw GeneratedMedia.GenerationError(message: "socket failed")
    }
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: path + [0]) }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard bound == 0 else { throw GeneratedMedia.GenerationError(message: "bind failed") }
    return descriptor
  }

  /// `folder/<prefix><the byte 0xE9><suffix>` (Latin-1 "é", not UTF-8), made with the shell
  /// because Foundation cannot name such a file; a copy of `source`.
  public static func copyToLatin1Name(_ source: URL, folder: URL, prefix: String, suffix: String) throws {
    let result = try Command.run(
      "/bin/sh",
      ["-c", "cp \"$1\" \"$2/$(printf '%s\\351%s' \"$3\" \"$4\")\"", "sh", source.path, folder.path, prefix, suffix])
    guard result.status == 0 else { throw GeneratedMedia.GenerationError(message: result.standardError) }
  }

  /// The hex of `prefix`, 0xE9 and `suffix`: what `path_hex` must hold for such a name, after `folder/`.
  public static func latin1Hex(folder: URL, prefix: String, suffix: String) -> String {
    (Array((folder.path + "/" + prefix).utf8) + [0xE9] + Array(suffix.utf8)).map { String(format: "%02x", $0) }
      .joined()
  }
}
