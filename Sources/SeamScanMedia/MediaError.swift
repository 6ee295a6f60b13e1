import SeamScanRecords

/// Why an input could not be analysed, in words an analyst understands.
public enum MediaError: Error, Sendable, Equatable, CustomStringConvertible {
  case missing(path: String)
  case permissionDenied(path: String)
  case isDirectory(path: String)
  case empty(path: String)
  case notMedia(path: String, detail: String)
  case noVideoStream(path: String)
  case unsupportedCodec(path: String, codec: String)
  case decoderFailed(path: String, detail: String)
  case noFrames(path: String)
  case encoderFailed(detail: String)

  public var description: String {
    switch self {
    case .missing: return "file not found"
    case .permissionDenied: return "permission denied"
    case .isDirectory: return "is a directory, not a file"
    case .empty: return "file is empty"
    case .notMedia(_, let detail): return "not a media file (\(detail))"
    case .noVideoStream: return "no video stream"
    case .unsupportedCodec(_, let codec): return "no decoder for codec \(codec)"
    case .decoderFailed(_, let detail): return "decoder could not be opened (\(detail))"
    case .noFrames: return "no frame could be decoded (truncated or corrupt)"
    case .encoderFailed(let detail): return "encoding failed (\(detail))"
    }
  }

  /// The error record's code.
  public var code: ErrorCode {
    switch self {
    case .missing: return .missing
    case .permissionDenied: return .permissionDenied
    case .isDirectory: return .isDirectory
    case .empty: return .empty
    case .notMedia: return .notMedia
    case .noVideoStream: return .noVideoStream
    case .unsupportedCodec: return .unsupportedCodec
    case .decoderFailed: return .decoderFailed
    case .noFrames: return .noFrames
    case .encoderFailed: return .encoderFailed
    }
  }
}
