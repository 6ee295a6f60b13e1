import CFFmpeg
import SeamScanFiles

/// Recognises media by content.
public enum MediaProbe {
  /// Bytes read from the start of a file to decide.
  static let probeSize = 1 << 16

  /// What a file found in a folder holds, for deciding whether it is evidence to analyse.
  public enum Content: Equatable, Sendable {
    /// A container or picture with a video stream (not just cover art).
    case video
    /// Media FFmpeg reads, but with nothing to look at; `reason` says what it holds instead.
    case noVideo(reason: String)
    case notMedia
  }

  /// Whether FFmpeg recognises the file's first bytes as a container or image format it can
  /// demux. Names are not consulted, so a text file called `.mp4` is not media and a video
  /// without extension is. A path that is not a regular file is never opened.
  public static func looksLikeMedia(path: String) -> Bool {
    guard let file = try? EvidenceFile(opening: BytePath(path)) else { return false }
    return recognises(file)
  }

  static func recognises(_ file: EvidenceFile) -> Bool {
    _ = FFmpeg.silenceLogs
    let head = file.read(at: 0, count: probeSize)
    guard !head.isEmpty else { return false }
    // FFmpeg requires AVPROBE_PADDING_SIZE zeroed bytes after the data.
    var padded = head
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

  /// What `file` holds: FFmpeg must recognise it by content, then find a video stream that is
  /// not an attached picture (the cover art of a song is not video evidence).
  public static func content(of file: EvidenceFile) -> Content {
    guard recognises(file) else { return .notMedia }
    guard let io = cff_fd_avio_open(file.descriptor, Int64(file.size)), let format = avformat_alloc_context() else {
      return .notMedia
    }
    var ioContext: UnsafeMutablePointer<AVIOContext>? = io
    defer { cff_fd_avio_close(&ioContext) }
    format.pointee.pb = io
    format.pointee.flags |= AVFMT_FLAG_CUSTOM_IO
    var optionalFormat: UnsafeMutablePointer<AVFormatContext>? = format
    var dictionary: OpaquePointer?
    av_dict_set(&dictionary, "protocol_whitelist", "file", 0)
    let name = (Array("file:".utf8) + file.path.bytes + [0]).map { CChar(bitPattern: $0) }
    let code = avformat_open_input(&optionalFormat, name, nil, &dictionary)
    av_dict_free(&dictionary)
    guard code >= 0, optionalFormat != nil else { return .notMedia }
    defer { avformat_close_input(&optionalFormat) }
    let count = format.pointee.nb_streams
    // Learning the streams must not decode a picture of any size.
    var options = cff_stream_options(count, "max_pixels", Int64(MediaReader.ffmpegPixelLimit(DecodeOptions())))
    _ = avformat_find_stream_info(format, options)
    cff_free_stream_options(&options, count)
    var kinds = Set<AVMediaType>()
    var coverArt = false
    for index in 0..<Int(format.pointee.nb_streams) {
      guard let stream = format.pointee.streams[index] else { continue }
      let type = stream.pointee.codecpar.pointee.codec_type
      if type == AVMEDIA_TYPE_VIDEO, stream.pointee.disposition & AV_DISPOSITION_ATTACHED_PIC != 0 {
        coverArt = true
        continue
      }
      kinds.insert(type)
    }
    if kinds.contains(AVMEDIA_TYPE_VIDEO) { return .video }
    if kinds.contains(AVMEDIA_TYPE_AUDIO) { return .noVideo(reason: coverArt ? "audio with cover art" : "audio only") }
    if kinds.contains(AVMEDIA_TYPE_SUBTITLE) { return .noVideo(reason: "subtitles") }
    return .noVideo(reason: "no video stream")
  }
}
