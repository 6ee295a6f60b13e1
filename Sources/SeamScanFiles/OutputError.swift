import Glibc

/// Bytes written somewhere that can fail: standard output, an output file, a spool.
public protocol ByteOutput: AnyObject {
  func write(_ bytes: [UInt8]) throws(OutputError)
}

/// Output that could not be written: standard output, an output file or `summary.csv`.
///
/// A run stops at the first one: a full disk or a closed pipe will not heal by itself, and a
/// half-written output must never look complete.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// "standard output", or the path written.
  public var target: String
  /// The system's words for the failure ("No space left on device").
  public var reason: String
  /// The reader of a pipe went away: the run ends quietly, as Unix tools do.
  public var isBrokenPipe: Bool
  public var isDiskFull: Bool
  /// Something is already where the file was to be (and was not to be replaced).
  public var destinationExists: Bool
  /// What holds the destination when it is something no write replaces (a folder, a FIFO, a link).
  public var obstacle: FileKind?

  public init(
    target: String, reason: String, isBrokenPipe: Bool = false, isDiskFull: Bool = false,
    destinationExists: Bool = false
  ) {
    self.target = target
    self.reason = reason
    self.isBrokenPipe = isBrokenPipe
    self.isDiskFull = isDiskFull
    self.destinationExists = destinationExists
  }

  public var description: String { "cannot write \(target): \(reason)" }
}

extension OutputError {
  /// An error for `target` from an `errno` value, with the system's text for it.
  public init(target: String, errno code: Int32, reason: String? = nil) {
    self.init(
      target: target, reason: reason ?? FileSystem.describe(errno: code), isBrokenPipe: code == EPIPE,
      isDiskFull: code == ENOSPC || code == EDQUOT, destinationExists: code == EEXIST)
  }
}
