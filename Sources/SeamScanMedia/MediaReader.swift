import CFFmpeg
import Foundation
import SeamScanFiles
import SeamScanImaging
import SeamScanRecords

/// Streams the frames of one media file's best video stream.
///
/// The file is read only through the ``EvidenceFile``'s descriptor (a custom I/O context over
/// `pread`), so the bytes decoded are the bytes hashed; nested resources a demuxer may name
/// (playlists, references) can only be opened through FFmpeg's `file` protocol, never the network.
/// Pull frames with `nextFrame()`; memory does not grow with the video's length, and no
/// picture larger than `DecodeOptions.maxPixels` allows is ever allocated.
public final class MediaReader {
  public let info: MediaInfo
  public private(set) var statistics = DecodeStatistics()
  /// Bytes of one decoded picture (at its coded size and pixel format): what each frame held
  /// in flight costs. The scanner keeps fewer frames in flight when pictures are large.
  public let pictureBytes: Int
  /// FFmpeg's decoding threads: those asked for, fewer for very large pictures.
  public let decoderThreads: Int

  private let file: EvidenceFile
  private let options: DecodeOptions
  private var io: UnsafeMutablePointer<AVIOContext>?
  private var formatContext: UnsafeMutablePointer<AVFormatContext>?
  private var codecContext: UnsafeMutablePointer<AVCodecContext>?
  private var packet: UnsafeMutablePointer<AVPacket>?
  private var frame: UnsafeMutablePointer<AVFrame>?
  private let pictureLimit: UnsafeMutablePointer<cff_picture_limit>
  private let stream: UnsafeMutablePointer<AVStream>
  private let analysisWidth: Int
  private let analysisHeight: Int
  /// Stored size of the full-resolution luma, sample aspect ratio applied, capped at ``DecodeOptions/detailMaxSide``.
  private let detailSize: (width: Int, height: Int)
  /// What the container's own size fields say, checked once at open.
  private let extent: ContainerExtent
  private var flushed = false
  private var finished = false
  private var consecutiveFailures = 0
  private var packetsRead = 0
  /// Decoded frames before `--start` (after the seek), to tell a range past the end from a damaged file.
  private var framesBeforeRange = 0
  /// The latest end time of any packet of any stream, in seconds from the container's start.
  private var lastPacketEnd: Double?
  private var lastPacketCorrupt = false

  /// Gives up on a stream whose decoder keeps failing without progress.
  private static let failureLimit = 256
  /// Decoded pictures a decoder and the frames in flight may hold at once before decoding
  /// threads are cut down; a 1080p stream never reaches it, an 8K one does.
  public static let framesInFlightBudget = 160 << 20

  /// FFmpeg warns against more frame threads than this, and they would gain nothing.
  static let maxDecoderThreads = 16

  /// Opens `path` (see ``EvidenceFile/init(opening:)``); for the tests and benchmarks that read one file.
  public convenience init(path: String, options: DecodeOptions = DecodeOptions()) throws {
    try self.init(file: try EvidenceFile(opening: BytePath(path)), options: options)
  }

  /// Opens `file` to decode it with up to `threads` FFmpeg threads (nil: one per core).
  public init(file: EvidenceFile, options: DecodeOptions = DecodeOptions(), threads: Int? = nil) throws {
    _ = FFmpeg.silenceLogs
    let path = file.path.display
    guard file.size > 0 else { throw MediaError.empty(path: path) }
    self.file = file
    self.options = options
    extent = ContainerExtent.check(file)
    if let header = PictureHeader.read(file), let problem = Self.sizeProblem(header, options: options) {
      throw MediaError.tooLarge(path: path, detail: problem)
    }
    let (io, format) = try Self.openInput(file, extent: extent)
    self.io = io
    formatContext = format
    pictureLimit = Self.pictureLimit(options)
    do {
      let (stream, decoder, index) = try Self.videoStream(
        in: format, io: io, file: file, extent: extent, options: options)
      self.stream = stream
      info = Self.describe(format: format, stream: stream, index: index)
      pictureBytes = try Self.pictureBytes(of: stream, info: info, options: options, path: path)
      decoderThreads = Self.decoderThreads(wanted: threads, pictureBytes: pictureBytes)
      codecContext = try Self.openDecoder(
        decoder, stream: stream, path: path, options: options, limit: pictureLimit, threads: decoderThreads)
      let stored = Self.storedAnalysisSize(info: info, maxSide: options.maxSide)
      analysisWidth = stored.width
      analysisHeight = stored.height
      detailSize = Self.storedAnalysisSize(info: info, maxSide: DecodeOptions.detailMaxSide)
    } catch {
      avformat_close_input(&formatContext)
      cff_fd_avio_close(&self.io)
      pictureLimit.deallocate()
      throw error
    }
    packet = av_packet_alloc()
    frame = av_frame_alloc()
    // The file's own size fields speak for the whole file, however little of it is analysed.
    if case .truncated(let detail) = extent { markTruncated(detail) }
    seekToStart()
  }

  deinit {
    av_frame_free(&frame)
    av_packet_free(&packet)
    avcodec_free_context(&codecContext)
    avformat_close_input(&formatContext)
    cff_fd_avio_close(&io)
    pictureLimit.deallocate()
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
    noteRefusedPicture()
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
        reachedEnd(readCode)
        avcodec_send_packet(codecContext, nil)
        flushed = true
        return
      }
      defer { av_packet_unref(packet) }
      notePacket(packet)
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

  // MARK: - Truncation

  /// Remembers what the end of the file will be judged by: the last packet's end time, and
  /// whether the demuxer marked it corrupt (a partial last packet).
  private func notePacket(_ packet: UnsafeMutablePointer<AVPacket>) {
    lastPacketCorrupt = packet.pointee.flags & AV_PKT_FLAG_CORRUPT != 0
    guard let formatContext, let streams = formatContext.pointee.streams,
      Int(packet.pointee.stream_index) < Int(formatContext.pointee.nb_streams),
      let packetStream = streams[Int(packet.pointee.stream_index)]
    else { return }
    let timeBase = packetStream.pointee.time_base
    let timestamp = packet.pointee.pts != cff_AV_NOPTS_VALUE ? packet.pointee.pts : packet.pointee.dts
    guard timeBase.num > 0, timeBase.den > 0, timestamp != cff_AV_NOPTS_VALUE else { return }
    let start = formatContext.pointee.start_time
    let end =
      Double(timestamp + max(0, packet.pointee.duration)) * av_q2d(timeBase)
      - (start != cff_AV_NOPTS_VALUE ? Double(start) / Double(AV_TIME_BASE) : 0)
    if end.isFinite { lastPacketEnd = max(lastPacketEnd ?? end, end) }
  }

  /// The demuxer has no more packets: decide whether the file ended where it says it should.
  ///
  /// FFmpeg's end-of-file state is the same for complete and cut files, so the decision rests on
  /// what each container declares (measured per container, see ``ContainerExtent``): its size
  /// fields; a partial last packet (MP4, AVI, FLV); the index's packet count (MP4 and MOV only:
  /// AVI's `nb_frames` counts time-base ticks); the declared duration against the last packet's
  /// end (Matroska, WebM, FLV).
  private func reachedEnd(_ readCode: Int32) {
    if readCode != cff_AVERROR_EOF {
      markTruncated("reading stopped: \(FFmpeg.message(for: readCode))")
      return
    }
    if let start = options.start, statistics.framesDecoded == 0, start > 0,
      framesBeforeRange > 0 || (info.duration.map { start >= $0 } ?? false)
    {
      statistics.rangePastEnd = true
    }
    guard !statistics.truncated, let formatContext else { return }
    let container = info.container
    let isMP4 = container.contains("mp4") || container.contains("mov")
    let isMatroska = container.contains("matroska") || container.contains("webm")
    let isFLV = container == "flv"
    if lastPacketCorrupt, isMP4 || container == "avi" || isFLV {
      markTruncated("its last packet is incomplete")
    } else if isMP4, options.start == nil, let declared = info.declaredFrameCount, packetsRead < declared {
      markTruncated("its index lists \(declared) frames, the file holds \(packetsRead)")
    } else if isMatroska || isFLV, formatContext.pointee.duration_estimation_method == AVFMT_DURATION_FROM_STREAM,
      formatContext.pointee.duration != cff_AV_NOPTS_VALUE, formatContext.pointee.duration > 0,
      let lastPacketEnd
    {
      let declared = Double(formatContext.pointee.duration) / Double(AV_TIME_BASE)
      // Complete files end within a frame of their declared duration (Matroska measured to
      // 0.001 s, FLV to 0.2 s); the smallest gap of a cut Matroska file measured was 0.072 s.
      let frameSeconds = (info.frameRate?.value).map { $0 > 0 ? 1 / $0 : 0.1 } ?? 0.1
      let tolerance = isFLV ? 0.5 : 1.5 * frameSeconds
      if declared - lastPacketEnd > tolerance {
        markTruncated(
          "it declares \(Self.seconds(declared)) s, its last packet ends at \(Self.seconds(lastPacketEnd)) s")
      }
    }
  }

  private func markTruncated(_ detail: String) {
    statistics.truncated = true
    if statistics.truncationDetail == nil { statistics.truncationDetail = detail }
  }

  private static func seconds(_ value: Double) -> String { JSONValue.format((value * 100).rounded() / 100) }

  private func recordFailure() {
    statistics.decodeErrors += 1
    consecutiveFailures += 1
    if consecutiveFailures > Self.failureLimit {
      markTruncated("the decoder failed \(Self.failureLimit) times in a row")
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
    if let start = options.start, relative < start - 1e-9 {
      framesBeforeRange += 1
      return nil
    }
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
    let target = (start + streamStartSeconds) * Double(AV_TIME_BASE)
    // A start no timestamp can hold lies past the end of any file: its frames are read and
    // skipped as before the range, which reports the range as past the end.
    guard (Double(Int64.min)..<Double(Int64.max)).contains(target) else { return }
    if av_seek_frame(formatContext, -1, Int64(target), AVSEEK_FLAG_BACKWARD) >= 0, let codecContext {
      avcodec_flush_buffers(codecContext)
    }
  }

  // MARK: - Opening

  /// Opens the container over the file's descriptor; FFmpeg may open nothing else but local files.
  private static func openInput(_ file: EvidenceFile, extent: ContainerExtent) throws -> (
    io: UnsafeMutablePointer<AVIOContext>, format: UnsafeMutablePointer<AVFormatContext>
  ) {
    let path = file.path.display
    guard let io = cff_fd_avio_open(file.descriptor, Int64(file.size)), let format = avformat_alloc_context() else {
      throw MediaError.decoderFailed(path: path, detail: "out of memory")
    }
    format.pointee.pb = io
    format.pointee.flags |= AVFMT_FLAG_CUSTOM_IO
    var dictionary: OpaquePointer?
    av_dict_set(&dictionary, "protocol_whitelist", "file", 0)
    // The name only guides format probing by extension (as `ffprobe name` does) and lets
    // image2 recognise its own file; every byte comes from the descriptor.
    let name: [CChar] = (file.path == .standardInput ? [] : Array("file:".utf8) + file.path.bytes + [0]).map {
      CChar(bitPattern: $0)
    }
    var optionalFormat: UnsafeMutablePointer<AVFormatContext>? = format
    let openCode =
      name.isEmpty
      ? avformat_open_input(&optionalFormat, "", nil, &dictionary)
      : avformat_open_input(&optionalFormat, name, nil, &dictionary)
    av_dict_free(&dictionary)
    guard openCode >= 0, let opened = optionalFormat else {
      // avformat_open_input frees the context on failure; the custom I/O context is ours.
      var optionalIO: UnsafeMutablePointer<AVIOContext>? = io
      cff_fd_avio_close(&optionalIO)
      if case .truncated(let detail) = extent { throw MediaError.truncated(path: path, detail: detail) }
      throw MediaError.notMedia(path: path, detail: FFmpeg.message(for: openCode))
    }
    return (io, opened)
  }

  /// The byte limit every decoded picture is held to, shared with the decoder's threads.
  private static func pictureLimit(_ options: DecodeOptions) -> UnsafeMutablePointer<cff_picture_limit> {
    let limit = UnsafeMutablePointer<cff_picture_limit>.allocate(capacity: 1)
    limit.initialize(
      to: cff_picture_limit(
        max_bytes: Int64(options.maxPictureBytes), rejected_width: 0, rejected_height: 0, rejected_format: 0))
    return limit
  }

  /// Probes the streams (decoding a picture, within the same limit) and picks the best video
  /// stream and its decoder.
  private static func videoStream(
    in format: UnsafeMutablePointer<AVFormatContext>, io: UnsafeMutablePointer<AVIOContext>, file: EvidenceFile,
    extent: ContainerExtent, options: DecodeOptions
  ) throws -> (stream: UnsafeMutablePointer<AVStream>, decoder: UnsafePointer<AVCodec>, index: Int) {
    let path = file.path.display
    let streamCount = format.pointee.nb_streams
    var streamOptions = cff_stream_options(streamCount, "max_pixels", Int64(Self.ffmpegPixelLimit(options)))
    let infoCode = avformat_find_stream_info(format, streamOptions)
    cff_free_stream_options(&streamOptions, streamCount)
    guard infoCode >= 0 else {
      if case .truncated(let detail) = extent { throw MediaError.truncated(path: path, detail: detail) }
      throw MediaError.notMedia(path: path, detail: FFmpeg.message(for: infoCode))
    }
    var decoder: UnsafePointer<AVCodec>?
    let index = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0)
    guard index >= 0, let streams = format.pointee.streams, let stream = streams[Int(index)] else {
      throw index == cff_AVERROR_DECODER_NOT_FOUND
        ? MediaError.unsupportedCodec(path: path, codec: "unknown") : MediaError.noVideoStream(path: path)
    }
    guard let decoder else {
      let name = avcodec_get_name(stream.pointee.codecpar.pointee.codec_id).map { String(cString: $0) } ?? "unknown"
      throw MediaError.unsupportedCodec(path: path, codec: name)
    }
    let sizeUnknown = stream.pointee.codecpar.pointee.width <= 0 || stream.pointee.codecpar.pointee.height <= 0
    let probingReadAll = io.pointee.eof_reached != 0 || avio_tell(io) >= Int64(file.size)
    if sizeUnknown, probingReadAll {
      if case .truncated(let detail) = extent { throw MediaError.truncated(path: path, detail: detail) }
      throw Self.undecodable(format: format, stream: stream, path: path)
    }
    return (stream, decoder, Int(index))
  }

  /// Bytes of one decoded picture of `stream`, once its declared size is known to fit the limits.
  private static func pictureBytes(
    of stream: UnsafeMutablePointer<AVStream>, info: MediaInfo, options: DecodeOptions, path: String
  ) throws -> Int {
    let parameters = stream.pointee.codecpar.pointee
    let bytes = Int(av_image_get_buffer_size(AVPixelFormat(parameters.format), parameters.width, parameters.height, 1))
    if info.width > 0, info.height > 0,
      let problem = Self.sizeProblem(
        PictureHeader(width: info.width, height: info.height, bytes: max(0, bytes), format: info.pixelFormat),
        options: options)
    {
      throw MediaError.tooLarge(path: path, detail: problem)
    }
    return max(bytes, info.width * info.height * 3 / 2)
  }

  /// Why a stream whose pictures still have no size once probing has read the whole file cannot
  /// be read: probing decodes pictures until one gives the size, so none could be decoded. Either
  /// the content is not of the format its name suggests, or it is a form of its codec FFmpeg
  /// cannot decode (FFmpeg 5.1 reads an animated WebP's header, then finds no image data).
  private static func undecodable(
    format: UnsafeMutablePointer<AVFormatContext>, stream: UnsafeMutablePointer<AVStream>, path: String
  ) -> MediaError {
    let codec = avcodec_get_name(stream.pointee.codecpar.pointee.codec_id).map { String(cString: $0) } ?? "unknown"
    // A format chosen by the extension alone: nothing in the content matched any format.
    guard format.pointee.probe_score > AVPROBE_SCORE_EXTENSION else {
      return .notMedia(path: path, detail: "only its name says \(codec): no picture in it could be decoded")
    }
    return .undecodable(path: path, codec: codec)
  }

  /// A picture the limits refuse, described; nil when it fits.
  private static func sizeProblem(_ picture: PictureHeader, options: DecodeOptions) -> String? {
    let pixels = picture.width * picture.height
    guard pixels > options.maxPixels || picture.bytes > options.maxPictureBytes else { return nil }
    return "picture \(picture.width)×\(picture.height) (\(decimal(pixels)) megapixels, "
      + "\(decimal(picture.bytes)) MB decoded as \(picture.format)) exceeds the limit of "
      + "\(decimal(options.maxPixels)) megapixels and \(decimal(options.maxPictureBytes)) MB decoded (--max-pixels)"
  }

  /// Millions, with a decimal where it matters: "256", "0.1", "1.4".
  private static func decimal(_ value: Int) -> String {
    let millions = Double(value) / 1e6
    return JSONValue.format(millions >= 100 ? millions.rounded() : (millions * 10).rounded() / 10)
  }

  /// The pixel limit handed to FFmpeg, which checks rows padded to 64 pixels: the exact limit
  /// is SeamScan's own (picture headers, stream parameters, the byte limit on every buffer);
  /// FFmpeg's stops pictures that grow mid-stream before it allocates anything for them.
  static func ffmpegPixelLimit(_ options: DecodeOptions) -> Int {
    options.maxPixels.addingReportingOverflow(64 * 65_536).partialValue
  }

  /// A picture the decoder refused mid-stream (a stream whose size grows), reported once.
  private func noteRefusedPicture() {
    guard statistics.refusedPicture == nil else { return }
    var height: Int32 = 0
    var format: Int32 = 0
    let width = cff_picture_limit_rejected(pictureLimit, &height, &format)
    guard width != 0 else { return }
    let bytes = Int(av_image_get_buffer_size(AVPixelFormat(format), max(width, 0), height, 1))
    statistics.refusedPicture =
      Self.sizeProblem(
        PictureHeader(
          width: Int(max(width, 0)), height: Int(height), bytes: bytes < 0 ? Int.max : bytes,
          format: FFmpeg.pixelFormatName(format)), options: options)
      ?? "a picture exceeds the limit of \(Self.decimal(options.maxPictureBytes)) MB decoded (--max-pixels)"
  }

  /// Threads for the decoder: `wanted` (one per core when nil), with a frame in flight per
  /// thread, so pictures so large that those frames would not fit the budget get fewer
  /// (decoders give the same pictures whatever their thread count). One decodes on the
  /// caller's thread alone.
  static func decoderThreads(wanted: Int?, pictureBytes: Int) -> Int {
    let affordable = framesInFlightBudget / max(1, pictureBytes) / 2
    let wanted = wanted ?? ProcessInfo.processInfo.activeProcessorCount
    return max(1, min(wanted, maxDecoderThreads, affordable - 1))
  }

  private static func openDecoder(
    _ decoder: UnsafePointer<AVCodec>, stream: UnsafeMutablePointer<AVStream>, path: String, options: DecodeOptions,
    limit: UnsafeMutablePointer<cff_picture_limit>, threads: Int
  ) throws -> UnsafeMutablePointer<AVCodecContext> {
    guard let context = avcodec_alloc_context3(decoder) else {
      throw MediaError.decoderFailed(path: path, detail: "out of memory")
    }
    var code = avcodec_parameters_to_context(context, stream.pointee.codecpar)
    if code >= 0 {
      context.pointee.thread_count = Int32(threads)
      context.pointee.pkt_timebase = stream.pointee.time_base
      context.pointee.max_pixels = Int64(ffmpegPixelLimit(options))
      cff_install_picture_limit(context, limit)
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
