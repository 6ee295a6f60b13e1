import Crypto
import Foundation
import SeamScanRecords

/// An input file, opened once, read-only, and read only through this descriptor: the bytes
/// hashed, probed and decoded are the same bytes, whatever happens to the path meanwhile.
///
/// Opening never blocks and never reads a device: the path is checked with `stat` first, the
/// file is opened with `O_NONBLOCK` (a FIFO swapped in after the check returns at once), and
/// the open file must be the regular file that was checked.
public final class EvidenceFile: @unchecked Sendable {
  // Unchecked: the descriptor is only read with pread, which keeps no shared file position.
  /// As named; `-` for standard input.
  public let path: BytePath
  let descriptor: Int32
  /// Bytes.
  public let size: Int

  /// Opens `path`, following symbolic links. Throws `missing`, `permissionDenied`, `isDirectory`
  /// or `notRegularFile`; an empty file opens (its hash is still recorded) and fails later as `empty`.
  public init(opening path: BytePath) throws(MediaError) {
    let display = path.display
    guard let status = FileSystem.status(path, followLinks: true) else {
      let code = errno
      if let link = FileSystem.status(path, followLinks: false), link.kind == .symbolicLink, code == ENOENT {
        throw .missing(path: display, detail: "broken symbolic link")
      }
      if code == EACCES { throw .permissionDenied(path: display) }
      throw .missing(path: display, detail: code == ENOENT ? nil : FileSystem.describe(errno: code))
    }
    switch status.kind {
    case .regular: break
    case .directory: throw .isDirectory(path: display)
    default: throw .notRegularFile(path: display, kind: status.kind.noun)
    }
    let descriptor = FileSystem.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
    guard descriptor >= 0 else {
      let code = errno
      if code == EACCES || code == EPERM { throw .permissionDenied(path: display) }
      throw .missing(path: display, detail: FileSystem.describe(errno: code))
    }
    var opened = stat()
    guard fstat(descriptor, &opened) == 0, FileStatus(opened).kind == .regular,
      FileStatus(opened).isSameFile(as: status)
    else {
      Glibc.close(descriptor)
      throw .notRegularFile(path: display, kind: "file that changed while it was opened")
    }
    // Regular files never block; clear the flag so reads behave normally on every file system.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    self.path = path
    self.descriptor = descriptor
    size = Int(opened.st_size)
  }

  init(descriptor: Int32, path: BytePath, size: Int) {
    self.descriptor = descriptor
    self.path = path
    self.size = size
  }

  deinit {
    Glibc.close(descriptor)
  }

  /// Up to `count` bytes from `offset`; fewer at the end of the file, empty on a read error.
  public func read(at offset: Int, count: Int) -> [UInt8] {
    guard offset >= 0, count > 0, offset < size else { return [] }
    var buffer = [UInt8](repeating: 0, count: min(count, size - offset))
    var filled = 0
    while filled < buffer.count {
      let got = buffer.withUnsafeMutableBytes { bytes in
        pread(descriptor, bytes.baseAddress! + filled, bytes.count - filled, off_t(offset + filled))
      }
      if got < 0, errno == EINTR { continue }
      guard got > 0 else { break }
      filled += got
    }
    return Array(buffer[0..<filled])
  }

  /// SHA-256 and size of the whole file, read through this descriptor; nil on a read error.
  public func digest() -> FileDigest? {
    var hasher = SHA256()
    var buffer = [UInt8](repeating: 0, count: FileDigest.chunkSize)
    var offset = 0
    while true {
      let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(offset)) }
      if got < 0, errno == EINTR { continue }
      if got < 0 { return nil }
      if got == 0 { break }
      buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
      offset += got
    }
    return FileDigest(hasher.finalize(), size: offset)
  }

  /// Standard input as evidence: a regular file redirected with `<` is read in place; anything
  /// else (a pipe, a terminal) is copied to an unlinked temporary file while it is hashed, so
  /// demuxers that seek (MP4 with its index at the end) work and nothing is left behind.
  public static func standardInput() throws(MediaError) -> (file: EvidenceFile, digest: FileDigest?) {
    var status = stat()
    if fstat(STDIN_FILENO, &status) == 0, FileStatus(status).kind == .regular {
      let copy = dup(STDIN_FILENO)
      guard copy >= 0 else { throw .missing(path: "-", detail: "standard input is closed") }
      let file = EvidenceFile(descriptor: copy, path: .standardInput, size: Int(status.st_size))
      return (file, file.digest())
    }
    if fcntl(STDIN_FILENO, F_GETFL) < 0 { throw .missing(path: "-", detail: "standard input is closed") }
    let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((folder + "/seamscan-stdin-XXXXXX").utf8CString)
    let spool = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard spool >= 0 else {
      throw .spoolFailed(detail: "cannot create a temporary file in \(folder): \(FileSystem.describe(errno: errno))")
    }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    var hasher = SHA256()
    var buffer = [UInt8](repeating: 0, count: FileDigest.chunkSize)
    var size = 0
    while true {
      let got = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress!, $0.count) }
      if got < 0, errno == EINTR { continue }
      if got < 0 {
        let code = errno
        Glibc.close(spool)
        throw .spoolFailed(detail: "reading standard input failed: \(FileSystem.describe(errno: code))")
      }
      if got == 0 { break }
      var written = 0
      while written < got {
        let count = buffer.withUnsafeBytes { Glibc.write(spool, $0.baseAddress! + written, got - written) }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else {
          let code = errno
          Glibc.close(spool)
          throw .spoolFailed(
            detail: "cannot copy standard input to a temporary file in \(folder): \(FileSystem.describe(errno: code))")
        }
        written += count
      }
      buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
      size += got
    }
    let digest = FileDigest(hasher.finalize(), size: size)
    return (EvidenceFile(descriptor: spool, path: .standardInput, size: size), digest)
  }
}
