import CFFmpeg
import Foundation

/// One picture through one of FFmpeg's still-image encoders: the steps the JPEG and PNG
/// encoders share.
enum StillEncoder {
  /// Opens the `codecID` encoder for a `width × height` picture in `format` after `configure`
  /// has set the codec's own options, lets `fill` write the frame, and returns every packet.
  static func encode(
    _ codecID: AVCodecID, named name: String, width: Int, height: Int, format: AVPixelFormat,
    configure: (UnsafeMutablePointer<AVCodecContext>) -> Void, fill: (UnsafeMutablePointer<AVFrame>) throws -> Void
  ) throws -> Data {
    _ = FFmpeg.silenceLogs
    guard let codec = avcodec_find_encoder(codecID), let context = avcodec_alloc_context3(codec) else {
      throw MediaError.encoderFailed(detail: "no \(name) encoder")
    }
    var optionalContext: UnsafeMutablePointer<AVCodecContext>? = context
    defer { avcodec_free_context(&optionalContext) }
    context.pointee.width = Int32(width)
    context.pointee.height = Int32(height)
    context.pointee.pix_fmt = format
    context.pointee.time_base = AVRational(num: 1, den: 1)
    configure(context)
    try check(avcodec_open2(context, codec, nil))

    var frame = av_frame_alloc()
    var packet = av_packet_alloc()
    defer {
      av_frame_free(&frame)
      av_packet_free(&packet)
    }
    guard let frame, let packet else { throw MediaError.encoderFailed(detail: "out of memory") }
    frame.pointee.width = Int32(width)
    frame.pointee.height = Int32(height)
    frame.pointee.format = format.rawValue
    try check(av_frame_get_buffer(frame, 0))
    try fill(frame)
    try check(avcodec_send_frame(context, frame))
    try check(avcodec_send_frame(context, nil))
    var output = Data()
    while avcodec_receive_packet(context, packet) == 0 {
      output.append(packet.pointee.data, count: Int(packet.pointee.size))
      av_packet_unref(packet)
    }
    guard !output.isEmpty else { throw MediaError.encoderFailed(detail: "\(name) encoder produced nothing") }
    return output
  }

  /// Copies `height` rows of `rowBytes` bytes from a contiguous buffer into a frame plane.
  static func copyRows(
    _ source: [UInt8], rowBytes: Int, height: Int, into destination: UnsafeMutablePointer<UInt8>?, stride: Int
  ) throws {
    guard let destination else { throw MediaError.encoderFailed(detail: "no frame buffer") }
    source.withUnsafeBufferPointer { source in
      for row in 0..<height {
        (destination + row * stride).update(from: source.baseAddress! + row * rowBytes, count: rowBytes)
      }
    }
  }

  static func check(_ code: Int32) throws {
    if code < 0 { throw MediaError.encoderFailed(detail: FFmpeg.message(for: code)) }
  }
}
