import Crypto
import Foundation

/// SHA-256 and size of an evidence file, read once, read-only.
public struct FileDigest: Sendable, Equatable {
  public var sha256: String
  public var size: Int

  static let chunkSize = 1 << 20

  /// Returns nil where the file cannot be opened for reading.
  public init?(path: String) {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    var hasher = SHA256()
    var size = 0
    do {
      while let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty {
        hasher.update(data: chunk)
        size += chunk.count
      }
    } catch {
      return nil
    }
    self.sha256 = hasher.finalize().map { String(format: "%02x", $0) }.joined()
    self.size = size
  }
}
