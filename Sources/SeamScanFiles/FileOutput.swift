import Foundation

/// A file written through its descriptor, every error reported with its `errno` text.
///
/// Used for standard output, output files and spools: `FileHandle` on Linux either traps or
/// wraps errors in Cocoa errors that say nothing useful about a full disk or a closed pipe.
public final class FileOutput: ByteOutput, @unchecked Sendable {
  // Unchecked: one owner writes at a time (the batch's consumer), as with a FileHandle.
  let descriptor: Int32
  /// Named in error messages: "standard output" or the path.
  public let target: String
  private let ownsDescriptor: Bool
  private var closed = false

  init(descriptor: Int32, target: String, owns: Bool) {
    self.descriptor = descriptor
    self.target = target
    ownsDescriptor = owns
  }

  /// Standard output (not closed by this object).
  public static let standardOutput = FileOutput(descriptor: STDOUT_FILENO, target: "standard output", owns: false)

  /// Creates `path`, which must not exist yet, for writing (mode 0666 less the umask).
  public static func create(_ path: BytePath) throws(OutputError) -> FileOutput {
    let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
    guard descriptor >= 0 else { throw OutputError(target: path.display, errno: errno) }
    return FileOutput(descriptor: descriptor, target: path.display, owns: true)
  }

  deinit {
    if ownsDescriptor, !closed { Glibc.close(descriptor) }
  }

  public func write(_ bytes: [UInt8]) throws(OutputError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw OutputError(target: target, errno: errno)
      }
      offset += written
    }
  }

  /// Flushes the file to the disk and closes it, reporting a late write error (NFS, full disk).
  public func close() throws(OutputError) {
    guard ownsDescriptor, !closed else { return }
    closed = true
    do {
      try synchronize()
    } catch {
      Glibc.close(descriptor)
      throw error
    }
    if Glibc.close(descriptor) != 0, errno != EINTR { throw OutputError(target: target, errno: errno) }
  }

  /// Flushes the file to the disk, reporting a late write error (NFS, full disk).
  func synchronize() throws(OutputError) {
    if fsync(descriptor) != 0, errno != EINVAL, errno != EROFS { throw OutputError(target: target, errno: errno) }
  }

  /// Takes an exclusive `flock`, held until the file is closed, waiting while another process
  /// holds it. Where the file system has no locks, no cleaner can take one either.
  func lockExclusively() {
    while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
  }

  /// Whether `path` still names this file.
  func isNamed(_ path: BytePath) -> Bool {
    var opened = stat()
    guard fstat(descriptor, &opened) == 0 else { return false }
    return FileSystem.status(path, followLinks: false)?.isSameFile(as: FileStatus(opened)) == true
  }
}

/// An unlinked temporary file: records of one input of a parallel batch wait here for their
/// turn on standard output. It has no name, so nothing is left behind even after `kill -9`.
public final class SpoolFile: ByteOutput, @unchecked Sendable {
  // Unchecked: written by one task, then read by the consumer after that task has finished.
  private let output: FileOutput

  public init() throws(OutputError) {
    let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((folder + "/seamscan-spool-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw OutputError(target: "a temporary file in \(folder)", errno: errno) }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    output = FileOutput(descriptor: descriptor, target: "a temporary file in \(folder)", owns: true)
  }

  public func write(_ bytes: [UInt8]) throws(OutputError) {
    try output.write(bytes)
  }

  /// Copies everything written so far to `destination`.
  public func copy(to destination: FileOutput) throws(OutputError) {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var offset = 0
    while true {
      let got = buffer.withUnsafeMutableBytes { pread(output.descriptor, $0.baseAddress!, $0.count, off_t(offset)) }
      if got < 0, errno == EINTR { continue }
      if got < 0 { throw OutputError(target: output.target, errno: errno) }
      if got == 0 { return }
      try destination.write(Array(buffer[0..<got]))
      offset += got
    }
  }
}
