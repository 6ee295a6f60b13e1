import Glibc

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
    let code = path.withCString { followLinks ? stat($0, &result) : lstat($0, &result) }
    return code == 0 ? FileStatus(result) : nil
  }

  /// The entries of a folder (without `.` and `..`) as name bytes, in byte order; nil when it cannot be read.
  public static func entries(of folder: BytePath) -> [[UInt8]]? {
    guard let directory = folder.withCString({ opendir($0) }) else { return nil }
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
    guard let resolved = path.withCString({ realpath($0, nil) }) else { return nil }
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
    path.withCString { unlink($0) } == 0 || errno == ENOENT
  }

  /// Removes a regular file that no process holds a `flock` on, holding the lock itself meanwhile;
  /// true when it was removed. Anything else (a FIFO, a link, a locked file) is left alone.
  @discardableResult
  public static func removeUnlocked(_ path: BytePath) -> Bool {
    // Non-blocking, so a FIFO that took the name cannot hold the run up.
    let descriptor = path.withCString { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
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
    let code = source.withCString { from in destination.withCString { to in Glibc.rename(from, to) } }
    if code != 0 { throw OutputError(target: destination.display, errno: errno) }
  }

  /// Moves `source` to `destination` only if nothing is there yet: `link` fails with EEXIST
  /// instead of replacing, even against another process creating it meanwhile.
  public static func moveWithoutReplacing(_ source: BytePath, to destination: BytePath) throws(OutputError) {
    let code = source.withCString { from in destination.withCString { to in link(from, to) } }
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
    let code = first.withCString { from in
      second.withCString { to in renameat2(AT_FDCWD, from, AT_FDCWD, to, exchange) }
    }
    if code != 0 { throw OutputError(target: second.display, errno: errno) }
  }

  /// Removes a folder and everything in it, never following a symbolic link out of it; true when it is gone.
  @discardableResult
  public static func removeTree(_ path: BytePath) -> Bool {
    guard let entry = status(path, followLinks: false) else { return errno == ENOENT }
    guard entry.kind == .directory else { return remove(path) }
    for name in entries(of: path) ?? [] { removeTree(path.appending(name)) }
    return path.withCString { rmdir($0) } == 0
  }

  /// Flushes a folder's entries (a rename into it) to the disk; a file system that cannot is no error.
  public static func synchronizeFolder(_ folder: BytePath) {
    let descriptor = folder.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
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
    if path.withCString({ mkdir($0, 0o777) }) != 0, errno != EEXIST {
      throw OutputError(target: path.display, errno: errno)
    }
  }

  /// Whether the current user may create files in `folder`.
  public static func isWritableFolder(_ folder: BytePath) -> Bool {
    folder.withCString { access($0, W_OK | X_OK) } == 0
  }

  /// The working folder, or nil where it cannot be known (it was removed meanwhile).
  static var workingFolder: BytePath? {
    guard let folder = getcwd(nil, 0) else { return nil }
    defer { free(folder) }
    return BytePath(bytes: UnsafeRawBufferPointer(start: folder, count: strlen(folder)))
  }

  /// `path` made absolute against the working folder (not resolving links).
  public static func absolute(_ path: BytePath) -> BytePath {
    guard path.bytes.first != UInt8(ascii: "/"), let folder = workingFolder else { return path }
    return folder.appending(path.bytes)
  }

  /// A path the user named, as records and messages show it: absolute, the `.` and `..` of a
  /// relative path resolved without following links, no trailing slash. This is the form
  /// Foundation's `URL(fileURLWithPath:).path` gave them, kept here as bytes.
  public static func resolved(_ path: BytePath) -> BytePath {
    let slash = UInt8(ascii: "/")
    var bytes = path.bytes
    if bytes.first != slash, let folder = workingFolder {
      var kept: [ArraySlice<UInt8>] = []
      for part in folder.appending(bytes).bytes.split(separator: slash, omittingEmptySubsequences: false).dropFirst() {
        switch Array(part) {
        case [UInt8(ascii: ".")]: continue
        case [UInt8(ascii: "."), UInt8(ascii: ".")]: _ = kept.popLast()
        default: kept.append(part)
        }
      }
      bytes = kept.flatMap { [slash] + $0 }
    }
    while bytes.count > 1, bytes.last == slash { bytes.removeLast() }
    return BytePath(bytes: bytes.isEmpty ? [slash] : bytes)
  }
}
