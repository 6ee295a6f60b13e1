import SeamScanRecords

/// Why an input could not be analysed, in words an analyst understands.
public enum MediaError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `detail` says more where there is more to say ("broken symbolic link").
  case missing(path: String, detail: String?)
  case permissionDenied(path: String)
  case isDirectory(path: String)
  /// `kind` is "named pipe (FIFO)", "socket", "character device", …
  case notRegularFile(path: String, kind: String)
  case empty(path: String)
  case notMedia(path: String, detail: String)
  case noVideoStream(path: String)
  case unsupportedCodec(path: String, codec: String)
  /// The codec has a decoder, which reads no picture of this stream: a form of it FFmpeg does not support.
  case undecodable(path: String, codec: String)
  case decoderFailed(path: String, detail: String)
  /// A picture larger than the limit; `detail` names its size and the limit.
  case tooLarge(path: String, detail: String)
  case noFrames(path: String)
  /// The container's own structure says the file is longer than it is, and nothing could be read.
  case truncated(path: String, detail: String)
  /// The time range asked for holds no frame.
  case emptyRange(path: String, detail: String)
  case readFailed(path: String, detail: String)
  /// Standard input could not be copied for reading.
  case spoolFailed(detail: String)
  case encoderFailed(detail: String)

  public static func missing(path: String) -> MediaError { .missing(path: path, detail: nil) }

  /// Why a read of a file that opened gave no frame: the range asked for lies past the end
  /// (``DecodeStatistics/rangePastEnd``), or no frame could be decoded.
  public static func nothingDecoded(path: String, statistics: DecodeStatistics, start: Double?, duration: Double?)
    -> MediaError
  {
    guard statistics.rangePastEnd, let start else { return .noFrames(path: path) }
    let end = duration.map { " (the video lasts \(JSONValue.format(($0 * 100).rounded() / 100)) s)" } ?? ""
    return .emptyRange(
      path: path, detail: "--start \(JSONValue.format(start)) s is past the last frame\(end): nothing to analyse")
  }

  public var description: String {
    switch self {
    case .missing(_, let detail): return detail.map { "file not found (\($0))" } ?? "file not found"
    case .permissionDenied: return "permission denied"
    case .isDirectory: return "is a directory, not a file"
    case .notRegularFile(_, let kind): return "not a regular file: a \(kind), which is never opened"
    case .empty: return "file is empty"
    case .notMedia(_, let detail): return "not a media file (\(detail))"
    case .noVideoStream: return "no video stream"
    case .unsupportedCodec(_, let codec): return "no decoder for codec \(codec)"
    case .undecodable(_, let codec):
      return "FFmpeg's \(codec) decoder could decode no picture of it: a form of \(codec) it does not support "
        + "(such as an animated WebP), or damaged data"
    case .decoderFailed(_, let detail): return "decoder could not be opened (\(detail))"
    case .tooLarge(_, let detail): return detail
    case .noFrames: return "no frame could be decoded (truncated or corrupt)"
    case .truncated(_, let detail): return "file is truncated (\(detail)): nothing could be read"
    case .emptyRange(_, let detail): return detail
    case .readFailed(_, let detail): return "the file could not be read (\(detail))"
    case .spoolFailed(let detail): return detail
    case .encoderFailed(let detail): return "encoding failed (\(detail))"
    }
  }

  /// The error record's code.
  public var code: ErrorCode {
    switch self {
    case .missing: return .missing
    case .permissionDenied: return .permissionDenied
    case .isDirectory: return .isDirectory
    case .notRegularFile: return .notRegularFile
    case .empty: return .empty
    case .notMedia: return .notMedia
    case .noVideoStream: return .noVideoStream
    case .unsupportedCodec, .undecodable: return .unsupportedCodec
    case .decoderFailed: return .decoderFailed
    case .tooLarge: return .tooLarge
    case .noFrames: return .noFrames
    case .truncated: return .truncated
    case .emptyRange: return .emptyRange
    case .readFailed, .spoolFailed: return .failed
    case .encoderFailed: return .encoderFailed
    }
  }
}
