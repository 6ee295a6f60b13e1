import CFFmpeg
import Foundation

/// Recognises media by content, never by file name alone.
public enum MediaProbe {
  /// Bytes read from the start of a file to decide.
  static let probeSize = 1 << 16

  /// Whether FFmpeg recognises the file's first bytes as a container or image
  /// format it can demux. Names are not consulted, so a text file called
  /// `.mp4` is not media and a video without extension is.
  public static func looksLikeMedia(path: String) -> Bool {
    _ = FFmpeg.silenceLogs
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    guard let head = try? handle.read(upToCount: probeSize), !head.isEmpty else { return false }
    // FFmpeg requires AVPROBE_PADDING_SIZE zeroed bytes after the data.
    var padded = [UInt8](head)
    padded.append(contentsOf: [UInt8](repeating: 0, count: Int(AVPROBE_PADDING_SIZE)))
    var score: Int32 = 0
    let format: UnsafePointer<AVInputFormat>? = padded.withUnsafeMutableBufferPointer { buffer in
      "".withCString { emptyName in
        var probe = AVProbeData(
          filename: emptyName, buf: buffer.baseAddress, buf_size: Int32(head.count), mime_type: nil)
        return av_probe_input_format3(&probe, 1, &score)
      }
    }
    // AVPROBE_SCORE_RETRY: below it FFmpeg itself would read more before trusting a guess.
    return format != nil && score >= AVPROBE_SCORE_MAX / 4
  }
}
