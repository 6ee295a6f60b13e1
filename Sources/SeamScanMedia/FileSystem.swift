import Foundation
import SeamScanRecords

/// What a directory entry is, as `lstat`/`stat` say.
public enum FileKind: Sendable, Equatable {
  case regular
  case directory
  case symbolicLink
  case namedPipe
  case socket
  case characterDevice
  case blockDevice
  case other

  init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .directory
    case S_IFLNK: self = .symbolicLink
    case S_IFIFO: self = .namedPipe
    case S_IFSOCK: self = .socket
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    default: self = .other
    }
  }

  /// For messages: "named pipe", "socket", …
  public var noun: String {
    switch self {
    case .regular: return "regular file"
    case .directory: return "folder"
    case .symbolicLink: return "symbolic link"
    case .namedPipe: return "named pipe (FIFO)"
    case .socket: return "socket"
    case .characterDevice: return "character device"
    case .blockDevice: return "block device"
    case .other: return "special file"
    }
  }
}

/// `lstat`/`stat` of a path given as bytes.
public struct FileStatus: Sendable, Equatable {
  public var kind: FileKind
  public var size: Int
  public var device: UInt64
  public var inode: UInt64

  init(_ status: stat) {
    kind = FileKind(mode: status.st_mode)
    size = Int(status.st_size)
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
  }

  /// Whether both describe the same file (hard links and other names for it included).
  public func isSameFile(as other: FileStatus) -> Bool { device == other.device && inode == other.inode }
}

/// The few file-system calls SeamScan makes on paths it holds as bytes. Nothing here opens a
/// file that is not regular, so no walk or check can block on a FIFO or read a device forever.
public enum FileSystem {
  /// The status of `path`, following a final symbolic link when `followLinks`; nil with `errno` set.
  public static func status(_ path: BytePath, followLinks: Bool) -> FileStatus? {
    var result = stat()
    let code = withCString(path) { followLinks ? stat($0, &result) : lstat($0, &result) }
    return code == 0 ? FileStatus(result) : nil
  }

  /// The entries of a folder (without `.` and `..`) as name bytes, in byte order; nil when it cannot be read.
  public static func entries(of folder: BytePath) -> [[UInt8]]? {
    guard let directory = withCString(folder, { opendir($0) }) else { return nil }
    defer { closedir(directory) }
    var names: [[UInt8]] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
      if name == [0x2E] || name == [0x2E, 0x2E] { continue }
      names.append(name)
    }
    return names.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// The canonical absolute path (every link resolved), or nil when it does not exist.
  public static func canonicalPath(_ path: BytePath) -> BytePath? {
    guard let resolved = withCString(path, { realpath($0, nil) }) else { return nil }
    defer { free(resolved) }
    return BytePath(bytes: UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)))
  }

  /// The text of an `errno` value.
  public static func describe(errno code: Int32) -> String {
    String(cString: strerror(code))
  }

  /// Removes a file; true when it is gone.
  @discardableResult
  public static func remove(_ path: BytePath) -> Bool {
    withCString(path) { unlink($0) } == 0 || errno == ENOENT
  }

  /// Removes a regular file that no process holds a `flock` on, holding the lock itself meanwhile;
  /// true when it was removed. Anything else (a FIFO, a link, a locked file) is left alone.
  @discardableResult
  public static func removeUnlocked(_ path: BytePath) -> Bool {
    // Non-blocking, so a FIFO that took the name cannot hold the run up.
    let descriptor = withCString(path) { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var opened = stat()
    guard fstat(descriptor, &opened) == 0, FileKind(mode: opened.st_mode) == .regular,
      flock(descriptor, LOCK_EX | LOCK_NB) == 0,
      status(path, followLinks: false)?.isSameFile(as: FileStatus(opened)) == true
    else { return false }
    return remove(path)
  }

  /// Renames `source` over `destination` (atomic on one file system); throws with errno's text.
  public static func rename(_ source: BytePath, to destination: BytePath) throws(OutputError) {
    let code = withCString(source) { from in withCString(destination) { to in Glibc.rename(from, to) } }
    if code != 0 { throw OutputError(target: destination.display, errno: errno) }
  }

  /// Moves `source` to `destination` only if nothing is there yet: `link` fails with EEXIST
  /// instead of replacing, even against another process creating it meanwhile.
  public static func moveWithoutReplacing(_ source: BytePath, to destination: BytePath) throws(OutputError) {
    let code = withCString(source) { from in withCString(destination) { to in link(from, to) } }
    if code != 0 { throw OutputError(target: destination.display, errno: errno) }
    remove(source)
  }

  /// Swaps two entries in one step (`renameat2` with `RENAME_EXCHANGE`): a folder replaced so is
  /// never missing, not even for a moment. Throws where the file system cannot (EINVAL) or the C
  /// library has no `renameat2` (ENOSYS); then ``rename(_:to:)`` twice is the way.
  public static func exchange(_ first: BytePath, _ second: BytePath) throws(OutputError) {
    typealias RenameAt2 =
      @convention(c) (
        Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32
      ) -> Int32
    // Not in Swift's Glibc module; glibc has it since 2.28, so it is looked up where it runs.
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else {
      throw OutputError(target: second.display, errno: ENOSYS)
    }
    let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
    let exchange: UInt32 = 1 << 1
    let code = withCString(first) { from in
      withCString(second) { to in renameat2(AT_FDCWD, from, AT_FDCWD, to, exchange) }
    }
    if code != 0 { throw OutputError(target: second.display, errno: errno) }
  }

  /// Removes a folder and everything in it, never following a symbolic link out of it; true when it is gone.
  @discardableResult
  public static func removeTree(_ path: BytePath) -> Bool {
    guard let entry = status(path, followLinks: false) else { return errno == ENOENT }
    guard entry.kind == .directory else { return remove(path) }
    for name in entries(of: path) ?? [] { removeTree(path.appending(name)) }
    return withCString(path) { rmdir($0) } == 0
  }

  /// Flushes a folder's entries (a rename into it) to the disk; a file system that cannot is no error.
  public static func synchronizeFolder(_ folder: BytePath) {
    let descriptor = withCString(folder) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  /// Creates a folder and its parents (mode 0777 less the umask); throws with errno's text.
  public static func createFolder(_ path: BytePath) throws(OutputError) {
    if let existing = status(path, followLinks: true) {
      if existing.kind == .directory { return }
      throw OutputError(target: path.display, errno: ENOTDIR, reason: "it is a \(existing.kind.noun), not a folder")
    }
    let parent = path.parent
    if parent != path, parent.bytes != [0x2E], status(parent, followLinks: true) == nil {
      try createFolder(parent)
    }
    if withCString(path, { mkdir($0, 0o777) }) != 0, errno != EEXIST {
      throw OutputError(target: path.display, errno: errno)
    }
  }

  /// Whether the current user may create files in `folder`.
  public static func isWritableFolder(_ folder: BytePath) -> Bool {
    withCString(folder) { access($0, W_OK | X_OK) } == 0
  }

  static func withCString<Result>(_ path: BytePath, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows
    -> Result
  {
    try (path.bytes + [0]).withUnsafeBufferPointer { bytes in
      try bytes.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
    }
  }
}

extension OutputError {
  /// An error for `target` from an `errno` value, with the system's text for it.
  public init(target: String, errno code: Int32, reason: String? = nil) {
    self.init(
      target: target, reason: reason ?? FileSystem.describe(errno: code), isBrokenPipe: code == EPIPE,
      isDiskFull: code == ENOSPC || code == EDQUOT, destinationExists: code == EEXIST)
  }
}

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
    let descriptor = FileSystem.withCString(path) { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
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

/// Messages for a person on standard error; a failure to write them is ignored (there is
/// nowhere left to report it), and never stops the program.
public enum StandardError {
  public static func write(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { return }
      offset += written
    }
  }

  /// Whether standard error is a terminal (a progress bar is drawn only then).
  public static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A lock file that keeps two runs from writing the same output folder at once.
public final class FolderLock: @unchecked Sendable {
  private let descriptor: Int32

  /// Takes an exclusive lock on `path` (created when missing); nil when another process holds it.
  public init?(path: BytePath) throws(OutputError) {
    let descriptor = FileSystem.withCString(path) { open($0, O_RDWR | O_CREAT | O_CLOEXEC, 0o666) }
    guard descriptor >= 0 else { throw OutputError(target: path.display, errno: errno) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      Glibc.close(descriptor)
      return nil
    }
    self.descriptor = descriptor
  }

  deinit {
    flock(descriptor, LOCK_UN)
    Glibc.close(descriptor)
  }
}

/// The raw bytes of the command line, which `CommandLine.arguments` loses for names that are not UTF-8.
public enum CommandLineBytes {
  /// Every argument after the program name, as bytes.
  public static var arguments: [[UInt8]] {
    (1..<Int(CommandLine.argc)).map { index in
      guard let argument = CommandLine.unsafeArgv[index] else { return [] }
      return Array(UnsafeRawBufferPointer(start: argument, count: strlen(argument)))
    }
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

extension FileSystem {
  /// `path` made absolute against the working folder (not resolving links).
  public static func absolute(_ path: BytePath) -> BytePath {
    guard path.bytes.first != UInt8(ascii: "/") else { return path }
    guard let folder = getcwd(nil, 0) else { return path }
    defer { free(folder) }
    return BytePath(bytes: UnsafeRawBufferPointer(start: folder, count: strlen(folder))).appending(path.bytes)
  }
}
