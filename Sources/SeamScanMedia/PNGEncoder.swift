import CFFmpeg
import Foundation
import SeamScanImaging

/// Encodes pictures as PNG with FFmpeg's own encoder.
public enum PNGEncoder {
  public static func encode(_ image: RGBImage) throws -> Data {
    _ = FFmpeg.silenceLogs
    guard let codec = avcodec_find_encoder(AV_CODEC_ID_PNG), let context = avcodec_alloc_context3(codec) else {
      throw MediaError.encoderFailed(detail: "no PNG encoder")
    }
    var optionalContext: UnsafeMutablePointer<AVCodecContext>? = context
    defer { avcodec_free_context(&optionalContext) }
    context.pointee.width = Int32(image.width)
    context.pointee.height = Int32(image.height)
    context.pointee.pix_fmt = AV_PIX_FMT_RGB24
    context.pointee.time_base = AVRational(num: 1, den: 1)
    try check(avcodec_open2(context, codec, nil))

    var frame = av_frame_alloc()
    var packet = av_packet_alloc()
    defer {
      av_frame_free(&frame)
      av_packet_free(&packet)
    }
    guard let frame, let packet else { throw MediaError.encoderFailed(detail: "out of memory") }
    frame.pointee.width = Int32(image.width)
    frame.pointee.height = Int32(image.height)
    frame.pointee.format = AV_PIX_FMT_RGB24.rawValue
    try check(av_frame_get_buffer(frame, 0))
    let stride = Int(frame.pointee.linesize.0)
    guard let destination = frame.pointee.data.0 else { throw MediaError.encoderFailed(detail: "no frame buffer") }
    image.pixels.withUnsafeBufferPointer { source in
      for row in 0..<image.height {
        (destination + row * stride).update(from: source.baseAddress! + row * image.width * 3, count: image.width * 3)
      }
    }
    try check(avcodec_send_frame(context, frame))
    try check(avcodec_send_frame(context, nil))
    var output = Data()
    while avcodec_receive_packet(context, packet) == 0 {
      output.append(packet.pointee.data, count: Int(packet.pointee.size))
      av_packet_unref(packet)
    }
    guard !output.isEmpty else { throw MediaError.encoderFailed(detail: "PNG encoder produced nothing") }
    return output
  }

  private static func check(_ code: Int32) throws {
    if code < 0 { throw MediaError.encoderFailed(detail: FFmpeg.message(for: code)) }
  }
}
