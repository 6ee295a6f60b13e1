import Glibc

/// A lock file that keeps two runs from writing one folder at once: a scan's output folder, a report's.
public final class FolderLock: @unchecked Sendable {
  private let descriptor: Int32

  /// Takes an exclusive lock on `path` (created when missing); nil when another process holds it.
  public init?(path: BytePath) throws(OutputError) {
    let descriptor = path.withCString { open($0, O_RDWR | O_CREAT | O_CLOEXEC, 0o666) }
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
