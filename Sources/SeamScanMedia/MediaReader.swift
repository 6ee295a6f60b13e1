import CFFmpeg
import Foundation
import SeamScanImaging

/// Streams the frames of one media file's best video stream.
///
/// The file is opened read-only through FFmpeg's `file` protocol alone, so a
/// playlist in the evidence cannot reach the network or other protocols.
/// Pull frames with `nextFrame()`; memory does not grow with the video's length.
public final class MediaReader {
  public let info: MediaInfo
  public private(set) var statistics = DecodeStatistics()

  private let options: DecodeOptions
  private var formatContext: UnsafeMutablePointer<AVFormatContext>?
  private var codecContext: UnsafeMutablePointer<AVCodecContext>?
  private var packet: UnsafeMutablePointer<AVPacket>?
  private var frame: UnsafeMutablePointer<AVFrame>?
  private let stream: UnsafeMutablePointer<AVStream>
  private let analysisWidth: Int
  private let analysisHeight: Int
  /// Stored size of the full-resolution luma, sample aspect ratio applied, capped at ``DecodeOptions/detailMaxSide``.
  private let detailSize: (width: Int, height: Int)
  private var flushed = false
  private var finished = false
  private var consecutiveFailures = 0
  private var packetsRead = 0

  /// Gives up on a stream whose decoder keeps failing without progress.
  private static let failureLimit = 256

  public init(path: String, options: DecodeOptions = DecodeOptions()) throws {
    _ = FFmpeg.silenceLogs
    try Self.checkReadable(path)
    self.options = options

    var format: UnsafeMutablePointer<AVFormatContext>?
    var dictionary: OpaquePointer?
    av_dict_set(&dictionary, "protocol_whitelist", "file", 0)
    let openCode = avformat_open_input(&format, "file:" + path, nil, &dictionary)
    av_dict_free(&dictionary)
    guard openCode >= 0, let format else {
      throw MediaError.notMedia(path: path, detail: FFmpeg.message(for: openCode))
    }
    formatContext = format
    do {
      let infoCode = avformat_find_stream_info(format, nil)
      guard infoCode >= 0 else { throw MediaError.notMedia(path: path, detail: FFmpeg.message(for: infoCode)) }
      var decoder: UnsafePointer<AVCodec>?
      let index = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0)
      guard index >= 0, let streams = format.pointee.streams, let stream = streams[Int(index)] else {
        throw index == cff_AVERROR_DECODER_NOT_FOUND
          ? MediaError.unsupportedCodec(path: path, codec: "unknown") : MediaError.noVideoStream(path: path)
      }
      self.stream = stream
      guard let decoder else {
        let name = avcodec_get_name(stream.pointee.codecpar.pointee.codec_id).map { String(cString: $0) } ?? "unknown"
        throw MediaError.unsupportedCodec(path: path, codec: name)
      }
      info = Self.describe(format: format, stream: stream, index: Int(index))
      codecContext = try Self.openDecoder(decoder, stream: stream, path: path)
      let stored = Self.storedAnalysisSize(info: info, maxSide: options.maxSide)
      analysisWidth = stored.width
      analysisHeight = stored.height
      detailSize = Self.storedAnalysisSize(info: info, maxSide: DecodeOptions.detailMaxSide)
    } catch {
      avformat_close_input(&formatContext)
      throw error
    }
    packet = av_packet_alloc()
    frame = av_frame_alloc()
    seekToStart()
  }

  deinit {
    av_frame_free(&frame)
    av_packet_free(&packet)
    avcodec_free_context(&codecContext)
    avformat_close_input(&formatContext)
  }

  /// The next frame in the requested range, or nil at the end.
  public func nextFrame() -> DecodedFrame? {
    guard let codecContext, let frame else { return nil }
    while !finished {
      let code = avcodec_receive_frame(codecContext, frame)
      if code == 0 {
        consecutiveFailures = 0
        defer { av_frame_unref(frame) }
        if let decoded = accept(frame) { return decoded }
      } else if code == cff_AVERROR_EAGAIN {
        feedDecoder()
      } else if code == cff_AVERROR_EOF {
        finished = true
      } else {
        recordFailure()
      }
    }
    return nil
  }

  // MARK: - Decoding loop

  /// Sends the next packet of the video stream, or the flush packet at the end.
  private func feedDecoder() {
    guard let formatContext, let codecContext, let packet else { return }
    if flushed {
      finished = true
      return
    }
    while true {
      let readCode = av_read_frame(formatContext, packet)
      if readCode < 0 {
        if readCode != cff_AVERROR_EOF || indexPointsPastEnd { statistics.truncated = true }
        avcodec_send_packet(codecContext, nil)
        flushed = true
        return
      }
      defer { av_packet_unref(packet) }
      guard packet.pointee.stream_index == stream.pointee.index else { continue }
      packetsRead += 1
      if packet.pointee.flags & AV_PKT_FLAG_CORRUPT != 0 {
        statistics.decodeErrors += 1
        continue
      }
      if avcodec_send_packet(codecContext, packet) < 0 {
        recordFailure()
        if finished { return }
        continue
      }
      return
    }
  }

  /// A container index (MP4 `moov`) that lists more packets than the file
  /// holds means the file was cut short; the demuxer itself just sees an end.
  private var indexPointsPastEnd: Bool {
    guard options.start == nil, let declared = info.declaredFrameCount else { return false }
    return packetsRead < declared
  }

  private func recordFailure() {
    statistics.decodeErrors += 1
    consecutiveFailures += 1
    if consecutiveFailures > Self.failureLimit {
      statistics.truncated = true
      finished = true
    }
  }

  /// Applies the time range, frame limit and stride to a decoded picture.
  private func accept(_ frame: UnsafeMutablePointer<AVFrame>) -> DecodedFrame? {
    let index = statistics.framesDecoded
    if let maxFrames = options.maxFrames, index >= maxFrames {
      finished = true
      return nil
    }
    let timing = timestamp(of: frame, index: index)
    let relative = timing.seconds - streamStartSeconds
    if let start = options.start, relative < start - 1e-9 { return nil }
    if let duration = options.duration, relative >= (options.start ?? 0) + duration - 1e-9 {
      finished = true
      return nil
    }
    statistics.framesDecoded += 1
    var picture: DecodedPicture?
    if index % options.stride == 0 {
      picture = DecodedPicture(
        referencing: frame, width: analysisWidth, height: analysisHeight, detailSize: detailSize,
        orientation: info.orientation)
      if picture != nil { statistics.framesAnalysed += 1 }
    }
    let typeCharacter = av_get_picture_type_char(frame.pointee.pict_type)
    return DecodedFrame(
      index: index, pts: timing.pts, ptsTime: timing.seconds,
      keyFrame: frame.pointee.key_frame != 0,
      pictType: String(UnicodeScalar(UInt8(bitPattern: typeCharacter))),
      picture: picture, analysedOrdinal: picture == nil ? nil : index / options.stride)
  }

  private func timestamp(of frame: UnsafeMutablePointer<AVFrame>, index: Int) -> (pts: Int64?, seconds: Double) {
    let bestEffort = frame.pointee.best_effort_timestamp
    let timeBase = stream.pointee.time_base
    if bestEffort != cff_AV_NOPTS_VALUE, timeBase.den > 0 {
      return (bestEffort, Double(bestEffort) * Double(timeBase.num) / Double(timeBase.den))
    }
    let rate = info.frameRate?.value ?? 0
    return (nil, rate > 0 ? streamStartSeconds + Double(index) / rate : 0)
  }

  private var streamStartSeconds: Double {
    let start = stream.pointee.start_time
    let timeBase = stream.pointee.time_base
    guard start != cff_AV_NOPTS_VALUE, timeBase.den > 0 else { return 0 }
    return Double(start) * Double(timeBase.num) / Double(timeBase.den)
  }

  /// Jumps near `start` so triage of a long file does not decode its beginning.
  private func seekToStart() {
    guard let start = options.start, start > 0, let formatContext else { return }
    let target = Int64((start + streamStartSeconds) * Double(AV_TIME_BASE))
    if av_seek_frame(formatContext, -1, target, AVSEEK_FLAG_BACKWARD) >= 0, let codecContext {
      avcodec_flush_buffers(codecContext)
    }
  }

  // MARK: - Opening

  private static func checkReadable(_ path: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw MediaError.missing(path: path)
    }
    if isDirectory.boolValue { throw MediaError.isDirectory(path: path) }
    guard FileManager.default.isReadableFile(atPath: path) else { throw MediaError.permissionDenied(path: path) }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    if size == 0 { throw MediaError.empty(path: path) }
  }

  private static func openDecoder(
    _ decoder: UnsafePointer<AVCodec>, stream: UnsafeMutablePointer<AVStream>, path: String
  ) throws -> UnsafeMutablePointer<AVCodecContext> {
    guard let context = avcodec_alloc_context3(decoder) else {
      throw MediaError.decoderFailed(path: path, detail: "out of memory")
    }
    var code = avcodec_parameters_to_context(context, stream.pointee.codecpar)
    if code >= 0 {
      context.pointee.thread_count = 0  // FFmpeg's default is 1; 0 uses every core.
      context.pointee.pkt_timebase = stream.pointee.time_base
      code = avcodec_open2(context, decoder, nil)
    }
    guard code >= 0 else {
      var optional: UnsafeMutablePointer<AVCodecContext>? = context
      avcodec_free_context(&optional)
      throw MediaError.decoderFailed(path: path, detail: FFmpeg.message(for: code))
    }
    return context
  }

  private static func describe(
    format: UnsafeMutablePointer<AVFormatContext>, stream: UnsafeMutablePointer<AVStream>, index: Int
  ) -> MediaInfo {
    let parameters = stream.pointee.codecpar.pointee
    let matrix = FFmpeg.matrix(cff_stream_display_matrix(stream))
    let ccwDegrees = cff_stream_display_matrix(stream).map { av_display_rotation_get($0) } ?? 0
    let orientation = matrix.map { DisplayMatrix.orientation(matrix: $0, ccwDegrees: ccwDegrees) } ?? .upright
    let rate = FFmpeg.rational(stream.pointee.avg_frame_rate) ?? FFmpeg.rational(stream.pointee.r_frame_rate)
    var duration: Double?
    if stream.pointee.duration != cff_AV_NOPTS_VALUE, stream.pointee.time_base.den > 0 {
      duration = Double(stream.pointee.duration) * av_q2d(stream.pointee.time_base)
    } else if format.pointee.duration != cff_AV_NOPTS_VALUE, format.pointee.duration > 0 {
      duration = Double(format.pointee.duration) / Double(AV_TIME_BASE)
    }
    return MediaInfo(
      container: format.pointee.iformat.map { String(cString: $0.pointee.name) } ?? "unknown",
      codec: avcodec_get_name(parameters.codec_id).map { String(cString: $0) } ?? "unknown",
      pixelFormat: FFmpeg.pixelFormatName(parameters.format),
      width: Int(parameters.width), height: Int(parameters.height),
      sampleAspectRatio: FFmpeg.rational(parameters.sample_aspect_ratio),
      frameRate: rate,
      duration: duration,
      declaredFrameCount: stream.pointee.nb_frames > 0 ? Int(stream.pointee.nb_frames) : nil,
      orientation: orientation,
      rotationDegrees: ccwDegrees.isFinite ? ccwDegrees : 0,
      colorRange: FFmpeg.colorRangeName(parameters.color_range),
      streamIndex: index)
  }

  /// The analysis size before rotation: sample aspect ratio applied, longest side capped.
  private static func storedAnalysisSize(info: MediaInfo, maxSide: Int) -> (width: Int, height: Int) {
    analysisSize(width: info.squarePixelWidth, height: info.height, maxSide: maxSide)
  }
}
