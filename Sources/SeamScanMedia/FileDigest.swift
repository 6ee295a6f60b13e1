import Crypto
import Foundation
import SeamScanFiles

/// SHA-256 and size of an evidence file, read once, read-only.
public struct FileDigest: Sendable, Equatable {
  public var sha256: String
  public var size: Int

  static let chunkSize = 1 << 20

  public init(sha256: String, size: Int) {
    self.sha256 = sha256
    self.size = size
  }

  /// The digest of bytes already read: a model file is hashed from the very bytes that are parsed.
  public init(of bytes: Data) {
    self.init(SHA256.hash(data: bytes), size: bytes.count)
  }

  /// A finished SHA-256 as the lower-case hex the records carry.
  init(_ digest: SHA256Digest, size: Int) {
    self.init(sha256: digest.map { String(format: "%02x", $0) }.joined(), size: size)
  }

  /// Returns nil where the file cannot be opened for reading, is not a regular file, or a read fails.
  public init?(path: String) {
    guard let file = try? EvidenceFile(opening: BytePath(path)), let digest = file.digest() else { return nil }
    self = digest
  }
}
