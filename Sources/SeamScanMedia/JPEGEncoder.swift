import CFFmpeg
import Foundation
import SeamScanImaging

/// Encodes pictures as baseline JPEG with FFmpeg's own MJPEG encoder.
///
/// The planes go in as they are (full-range Y'CbCr 4:4:4, JPEG's own colour space), so nothing
/// is converted on the way; `quality` is FFmpeg's `-q:v` scale, 2 (best) to 31.
public enum JPEGEncoder {
  public static func encode(_ planes: FramePlanes, quality: Int = 3) throws -> Data {
    _ = FFmpeg.silenceLogs
    guard let codec = avcodec_find_encoder(AV_CODEC_ID_MJPEG), let context = avcodec_alloc_context3(codec) else {
      throw MediaError.encoderFailed(detail: "no MJPEG encoder")
    }
    var optionalContext: UnsafeMutablePointer<AVCodecContext>? = context
    defer { avcodec_free_context(&optionalContext) }
    let scale = Int32(max(2, min(31, quality)))
    context.pointee.width = Int32(planes.width)
    context.pointee.height = Int32(planes.height)
    context.pointee.pix_fmt = AV_PIX_FMT_YUVJ444P
    context.pointee.color_range = AVCOL_RANGE_JPEG
    context.pointee.time_base = AVRational(num: 1, den: 1)
    context.pointee.flags |= Int32(AV_CODEC_FLAG_QSCALE)
    context.pointee.global_quality = scale * Int32(FF_QP2LAMBDA)
    try check(avcodec_open2(context, codec, nil))

    var frame = av_frame_alloc()
    var packet = av_packet_alloc()
    defer {
      av_frame_free(&frame)
      av_packet_free(&packet)
    }
    guard let frame, let packet else { throw MediaError.encoderFailed(detail: "out of memory") }
    frame.pointee.width = Int32(planes.width)
    frame.pointee.height = Int32(planes.height)
    frame.pointee.format = AV_PIX_FMT_YUVJ444P.rawValue
    frame.pointee.quality = scale * Int32(FF_QP2LAMBDA)
    try check(av_frame_get_buffer(frame, 0))
    try copy(planes.luma, into: frame.pointee.data.0, stride: Int(frame.pointee.linesize.0))
    try copy(planes.cb, into: frame.pointee.data.1, stride: Int(frame.pointee.linesize.1))
    try copy(planes.cr, into: frame.pointee.data.2, stride: Int(frame.pointee.linesize.2))
    try check(avcodec_send_frame(context, frame))
    try check(avcodec_send_frame(context, nil))
    var output = Data()
    while avcodec_receive_packet(context, packet) == 0 {
      output.append(packet.pointee.data, count: Int(packet.pointee.size))
      av_packet_unref(packet)
    }
    guard !output.isEmpty else { throw MediaError.encoderFailed(detail: "MJPEG encoder produced nothing") }
    return output
  }

  private static func copy(_ plane: GrayImage, into destination: UnsafeMutablePointer<UInt8>?, stride: Int) throws {
    guard let destination else { throw MediaError.encoderFailed(detail: "no frame buffer") }
    plane.pixels.withUnsafeBufferPointer { source in
      for row in 0..<plane.height {
        (destination + row * stride).update(from: source.baseAddress! + row * plane.width, count: plane.width)
      }
    }
  }

  private static func check(_ code: Int32) throws {
    if code < 0 { throw MediaError.encoderFailed(detail: FFmpeg.message(for: code)) }
  }
}
