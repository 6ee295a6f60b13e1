import CFFmpeg

/// Small helpers over FFmpeg's C API, kept here so C types never leave this module.
enum FFmpeg {
  /// FFmpeg writes its own diagnostics to stderr; SeamScan reports problems in records instead.
  static let silenceLogs: Void = cff_quiet_logs()

  static func message(for code: Int32) -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    return buffer.withUnsafeMutableBufferPointer { String(cString: cff_error_string(code, $0.baseAddress, 256)) }
  }

  static func pixelFormatName(_ format: Int32) -> String {
    guard let name = av_get_pix_fmt_name(AVPixelFormat(format)) else { return "unknown" }
    return String(cString: name)
  }

  static func rational(_ value: AVRational) -> Rational? {
    value.num > 0 && value.den > 0 ? Rational(Int(value.num), Int(value.den)) : nil
  }

  static func colorRangeName(_ range: AVColorRange) -> String {
    switch range {
    case AVCOL_RANGE_MPEG: return "tv"
    case AVCOL_RANGE_JPEG: return "pc"
    default: return "unknown"
    }
  }

  /// The nine display-matrix entries, or nil where none is attached.
  static func matrix(_ pointer: UnsafePointer<Int32>?) -> [Int32]? {
    guard let pointer else { return nil }
    return Array(UnsafeBufferPointer(start: pointer, count: 9))
  }
}
