import CFFmpeg
import Foundation
import SeamScanFiles
import SeamScanImaging

/// Writes frames as an H.264 MP4 (limited-range yuv420p, the commonest format
/// evidence arrives in), used to save synthetic self-blends.
///
/// The file appears under its name only when `finish()` succeeds (an ``AtomicFile`` that
/// FFmpeg fills by its temporary name).
public final class VideoEncoder {
  public let destination: BytePath
  private let file: AtomicFile
  private var finished = false
  private var formatContext: UnsafeMutablePointer<AVFormatContext>?
  private var codecContext: UnsafeMutablePointer<AVCodecContext>?
  private let stream: UnsafeMutablePointer<AVStream>
  private var frame: UnsafeMutablePointer<AVFrame>?
  private var packet: UnsafeMutablePointer<AVPacket>?
  private var scaler: OpaquePointer?
  private let width: Int
  private let height: Int
  private var framesWritten: Int64 = 0

  /// `crf` is x264's constant rate factor: 0 lossless, 23 default, 35 heavy messaging-app compression.
  /// An existing file at `destination` is replaced only when `replacing` (and only a regular file).
  public init(destination: BytePath, replacing: Bool, width: Int, height: Int, frameRate: Rational, crf: Int) throws {
    _ = FFmpeg.silenceLogs
    guard width >= 2, height >= 2, frameRate.isValid else {
      throw MediaError.encoderFailed(detail: "bad frame size or rate")
    }
    self.destination = destination
    // yuv420p needs even sides; an odd last row or column is dropped.
    self.width = width & ~1
    self.height = height & ~1
    file = try AtomicFile(destination: destination, replacing: replacing, temporarySuffix: ".mp4")

    var format: UnsafeMutablePointer<AVFormatContext>?
    try file.temporary.withCString { try Self.check(avformat_alloc_output_context2(&format, nil, "mp4", $0)) }
    guard let format, let codec = avcodec_find_encoder_by_name("libx264"),
      let context = avcodec_alloc_context3(codec), let stream = avformat_new_stream(format, nil)
    else { throw MediaError.encoderFailed(detail: "no H.264 encoder (libx264) in this FFmpeg") }
    formatContext = format
    codecContext = context
    self.stream = stream

    context.pointee.width = Int32(self.width)
    context.pointee.height = Int32(self.height)
    context.pointee.pix_fmt = AV_PIX_FMT_YUV420P
    context.pointee.color_range = AVCOL_RANGE_MPEG
    context.pointee.time_base = AVRational(num: Int32(frameRate.denominator), den: Int32(frameRate.numerator))
    context.pointee.framerate = AVRational(num: Int32(frameRate.numerator), den: Int32(frameRate.denominator))
    context.pointee.flags |= AV_CODEC_FLAG_BITEXACT
    format.pointee.flags |= AVFMT_FLAG_BITEXACT
    if format.pointee.oformat.pointee.flags & AVFMT_GLOBALHEADER != 0 {
      context.pointee.flags |= AV_CODEC_FLAG_GLOBAL_HEADER
    }
    av_opt_set(context.pointee.priv_data, "crf", String(crf), 0)
    av_opt_set(context.pointee.priv_data, "preset", "medium", 0)
    try Self.check(avcodec_open2(context, codec, nil))
    try Self.check(avcodec_parameters_from_context(stream.pointee.codecpar, context))
    stream.pointee.time_base = context.pointee.time_base
    // By its exact bytes: a name that is not UTF-8 is written under that name.
    try file.temporary.withCString { try Self.check(avio_open(&format.pointee.pb, $0, AVIO_FLAG_WRITE)) }
    try Self.check(avformat_write_header(format, nil))

    frame = av_frame_alloc()
    packet = av_packet_alloc()
    guard let frame else { throw MediaError.encoderFailed(detail: "out of memory") }
    frame.pointee.width = Int32(self.width)
    frame.pointee.height = Int32(self.height)
    frame.pointee.format = AV_PIX_FMT_YUV420P.rawValue
    frame.pointee.color_range = AVCOL_RANGE_MPEG
    try Self.check(av_frame_get_buffer(frame, 0))
    scaler = sws_getContext(
      Int32(self.width), Int32(self.height), AV_PIX_FMT_YUV444P, Int32(self.width), Int32(self.height),
      AV_PIX_FMT_YUV420P, SWS_AREA | SWS_ACCURATE_RND | SWS_BITEXACT, nil, nil, nil)
    guard let scaler else { throw MediaError.encoderFailed(detail: "no converter to yuv420p") }
    // The planes are full range; the file is limited range, as players expect by default.
    let coefficients = sws_getCoefficients(SWS_CS_DEFAULT)
    _ = sws_setColorspaceDetails(scaler, coefficients, 1, coefficients, 0, 0, 1 << 16, 1 << 16)
  }

  deinit {
    av_frame_free(&frame)
    av_packet_free(&packet)
    sws_freeContext(scaler)
    avcodec_free_context(&codecContext)
    if let formatContext {
      if formatContext.pointee.pb != nil { avio_closep(&formatContext.pointee.pb) }
      avformat_free_context(formatContext)
    }
    if !finished { file.discard() }
  }

  /// Appends one picture; planes larger than the encoder's size are cropped.
  public func append(_ planes: FramePlanes) throws {
    guard let frame, let codecContext, planes.width >= width, planes.height >= height else {
      throw MediaError.encoderFailed(detail: "frame size changed mid-stream")
    }
    try Self.check(av_frame_make_writable(frame))
    let stride = Int32(planes.width)
    let scaled: Int32 = planes.luma.pixels.withUnsafeBufferPointer { y in
      planes.cb.pixels.withUnsafeBufferPointer { cb in
        planes.cr.pixels.withUnsafeBufferPointer { cr in
          let sources: [UnsafePointer<UInt8>?] = [y.baseAddress, cb.baseAddress, cr.baseAddress, nil]
          let strides: [Int32] = [stride, stride, stride, 0]
          return withUnsafePointer(to: &frame.pointee.data) { dataTuple in
            dataTuple.withMemoryRebound(to: UnsafeMutablePointer<UInt8>?.self, capacity: 8) { destinations in
              withUnsafePointer(to: &frame.pointee.linesize) { linesizeTuple in
                linesizeTuple.withMemoryRebound(to: Int32.self, capacity: 8) { destinationStrides in
                  sws_scale(scaler, sources, strides, 0, Int32(height), destinations, destinationStrides)
                }
              }
            }
          }
        }
      }
    }
    guard scaled > 0 else { throw MediaError.encoderFailed(detail: "pixel conversion failed") }
    frame.pointee.pts = framesWritten
    framesWritten += 1
    try Self.check(avcodec_send_frame(codecContext, frame))
    try drainPackets()
  }

  /// Flushes the encoder, closes the file and moves it to `destination`.
  public func finish() throws {
    guard let codecContext, let formatContext else { return }
    try Self.check(avcodec_send_frame(codecContext, nil))
    try drainPackets()
    try Self.check(av_write_trailer(formatContext))
    avio_closep(&formatContext.pointee.pb)
    finished = true
    try file.commit()
  }

  private func drainPackets() throws {
    guard let codecContext, let formatContext, let packet else { return }
    while true {
      let code = avcodec_receive_packet(codecContext, packet)
      if code == cff_AVERROR_EAGAIN || code == cff_AVERROR_EOF { return }
      try Self.check(code)
      // Without a duration the MP4 edit list ends at the last frame's start and players drop it.
      packet.pointee.duration = 1
      av_packet_rescale_ts(packet, codecContext.pointee.time_base, stream.pointee.time_base)
      packet.pointee.stream_index = stream.pointee.index
      try Self.check(av_interleaved_write_frame(formatContext, packet))
    }
  }

  private static func check(_ code: Int32) throws {
    if code < 0 { throw MediaError.encoderFailed(detail: FFmpeg.message(for: code)) }
  }
}
