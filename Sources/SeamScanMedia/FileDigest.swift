import SeamScanRecords

/// SHA-256 and size of an evidence file, read once, read-only.
public struct FileDigest: Sendable, Equatable {
  public var sha256: String
  public var size: Int

  static let chunkSize = 1 << 20

  public init(sha256: String, size: Int) {
    self.sha256 = sha256
    self.size = size
  }

  /// Returns nil where the file cannot be opened for reading, is not a regular file, or a read fails.
  public init?(path: String) {
    guard let file = try? EvidenceFile(opening: BytePath(path)), let digest = file.digest() else { return nil }
    self = digest
  }
}
