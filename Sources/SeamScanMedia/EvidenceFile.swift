import Crypto
import SeamScanFiles

/// An input file opened for analysis: a ``ReadOnlyFile`` (opened once, read only through its
/// descriptor) whose failures are ``MediaError``s, and whose SHA-256 is taken from that same
/// descriptor, so the bytes hashed, probed and decoded are the same bytes.
///
/// Hashing stays here with the evidence rather than in SeamScanFiles: standard input is hashed
/// while it is copied, and the hash is part of what the analysis records of this file.
public final class EvidenceFile: Sendable {
  public let file: ReadOnlyFile
  /// As named; `-` for standard input.
  public var path: BytePath { file.path }
  var descriptor: Int32 { file.descriptor }
  /// Bytes.
  public var size: Int { file.size }

  /// Opens `path`, following symbolic links. Throws `missing`, `permissionDenied`, `isDirectory`
  /// or `notRegularFile`; an empty file opens (its hash is still recorded) and fails later as `empty`.
  public init(opening path: BytePath) throws(MediaError) {
    do {
      file = try ReadOnlyFile(opening: path)
    } catch {
      throw MediaError(error, path: path.display)
    }
  }

  private init(_ file: ReadOnlyFile) {
    self.file = file
  }

  /// Up to `count` bytes from `offset`; fewer at the end of the file, empty on a read error.
  public func read(at offset: Int, count: Int) -> [UInt8] {
    file.read(at: offset, count: count)
  }

  /// SHA-256 and size of the whole file, read through this descriptor; nil on a read error.
  public func digest() -> FileDigest? {
    var hasher = SHA256()
    guard let size = file.readAll(chunkSize: FileDigest.chunkSize, { hasher.update(data: $0) }) else { return nil }
    return FileDigest(hasher.finalize(), size: size)
  }

  /// Standard input as evidence (see ``ReadOnlyFile/standardInput(chunkSize:copying:)``),
  /// hashed as it is copied.
  public static func standardInput() throws(MediaError) -> (file: EvidenceFile, digest: FileDigest?) {
    var hasher = SHA256()
    let opened: (file: ReadOnlyFile, copied: Bool)
    do {
      opened = try ReadOnlyFile.standardInput(chunkSize: FileDigest.chunkSize) { hasher.update(data: $0) }
    } catch {
      throw MediaError(error, path: "-")
    }
    let evidence = EvidenceFile(opened.file)
    guard opened.copied else { return (evidence, evidence.digest()) }
    return (evidence, FileDigest(hasher.finalize(), size: opened.file.size))
  }
}

extension MediaError {
  /// The error for an input that could not be opened.
  init(_ error: OpenError, path: String) {
    switch error {
    case .missing(let detail): self = .missing(path: path, detail: detail)
    case .permissionDenied: self = .permissionDenied(path: path)
    case .isDirectory: self = .isDirectory(path: path)
    case .notRegularFile(let kind): self = .notRegularFile(path: path, kind: kind)
    case .spoolFailed(let detail): self = .spoolFailed(detail: detail)
    }
  }
}
