import Foundation

/// Why a file could not be opened for reading.
public enum OpenError: Error, Sendable, Equatable {
  /// No such file; `detail` says more where there is more to say ("broken symbolic link").
  case missing(detail: String?)
  case permissionDenied
  case isDirectory
  /// `kind` is "named pipe (FIFO)", "socket", "character device", …
  case notRegularFile(kind: String)
  /// Standard input could not be copied for reading.
  case spoolFailed(detail: String)
}

/// A regular file, opened once, read-only, and read only through this descriptor: every reader
/// of it sees the same bytes, whatever happens to the path meanwhile.
///
/// Opening never blocks and never reads a device: the path is checked with `stat` first, the
/// file is opened with `O_NONBLOCK` (a FIFO swapped in after the check returns at once), and
/// the open file must be the regular file that was checked.
public final class ReadOnlyFile: @unchecked Sendable {
  // Unchecked: the descriptor is only read with pread, which keeps no shared file position.
  /// As named; `-` for standard input.
  public let path: BytePath
  /// For readers that take a descriptor (FFmpeg's I/O context); closed with this object.
  public let descriptor: Int32
  /// Bytes.
  public let size: Int

  /// Opens `path`, following symbolic links. An empty file opens.
  public init(opening path: BytePath) throws(OpenError) {
    guard let status = FileSystem.status(path, followLinks: true) else {
      let code = errno
      if let link = FileSystem.status(path, followLinks: false), link.kind == .symbolicLink, code == ENOENT {
        throw .missing(detail: "broken symbolic link")
      }
      if code == EACCES { throw .permissionDenied }
      throw .missing(detail: code == ENOENT ? nil : FileSystem.describe(errno: code))
    }
    switch status.kind {
    case .regular: break
    case .directory: throw .isDirectory
    default: throw .notRegularFile(kind: status.kind.noun)
    }
    let descriptor = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
    guard descriptor >= 0 else {
      let code = errno
      if code == EACCES || code == EPERM { throw .permissionDenied }
      throw .missing(detail: FileSystem.describe(errno: code))
    }
    var opened = stat()
    guard fstat(descriptor, &opened) == 0, FileStatus(opened).kind == .regular,
      FileStatus(opened).isSameFile(as: status)
    else {
      Glibc.close(descriptor)
      throw .notRegularFile(kind: "file that changed while it was opened")
    }
    // Regular files never block; clear the flag so reads behave normally on every file system.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    self.path = path
    self.descriptor = descriptor
    size = Int(opened.st_size)
  }

  private init(descriptor: Int32, path: BytePath, size: Int) {
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

  /// Reads the whole file from the start in `chunkSize` pieces, to its real end (which may lie
  /// past ``size`` if it grew); the bytes read, or nil on a read error.
  public func readAll(chunkSize: Int, _ body: (ArraySlice<UInt8>) -> Void) -> Int? {
    var buffer = [UInt8](repeating: 0, count: chunkSize)
    var offset = 0
    while true {
      let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(offset)) }
      if got < 0, errno == EINTR { continue }
      if got < 0 { return nil }
      if got == 0 { return offset }
      body(buffer[0..<got])
      offset += got
    }
  }

  /// Standard input as a file: a regular file redirected with `<` is read in place (`copied`
  /// false); anything else (a pipe, a terminal) is copied to an unlinked temporary file, each
  /// piece passed to `body` on the way, so readers that seek (MP4 with its index at the end)
  /// work and nothing is left behind.
  public static func standardInput(chunkSize: Int, copying body: (ArraySlice<UInt8>) -> Void) throws(OpenError)
    -> (file: ReadOnlyFile, copied: Bool)
  {
    var status = stat()
    if fstat(STDIN_FILENO, &status) == 0, FileStatus(status).kind == .regular {
      let copy = dup(STDIN_FILENO)
      guard copy >= 0 else { throw .missing(detail: "standard input is closed") }
      return (ReadOnlyFile(descriptor: copy, path: .standardInput, size: Int(status.st_size)), false)
    }
    if fcntl(STDIN_FILENO, F_GETFL) < 0 { throw .missing(detail: "standard input is closed") }
    let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((folder + "/seamscan-stdin-XXXXXX").utf8CString)
    let spool = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard spool >= 0 else {
      throw .spoolFailed(detail: "cannot create a temporary file in \(folder): \(FileSystem.describe(errno: errno))")
    }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    var buffer = [UInt8](repeating: 0, count: chunkSize)
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
      body(buffer[0..<got])
      size += got
    }
    return (ReadOnlyFile(descriptor: spool, path: .standardInput, size: size), true)
  }
}
