import CFFmpeg
import Foundation
import SeamScanImaging

/// Encodes pictures as baseline JPEG with FFmpeg's own MJPEG encoder.
///
/// The planes go in as they are (full-range Y'CbCr 4:4:4, JPEG's own colour space), so nothing
/// is converted on the way; `quality` is FFmpeg's `-q:v` scale, 2 (best) to 31.
public enum JPEGEncoder {
  public static func encode(_ planes: FramePlanes, quality: Int = 3) throws -> Data {
    let lambda = Int32(max(2, min(31, quality))) * Int32(FF_QP2LAMBDA)
    return try StillEncoder.encode(
      AV_CODEC_ID_MJPEG, named: "MJPEG", width: planes.width, height: planes.height, format: AV_PIX_FMT_YUVJ444P,
      configure: { context in
        context.pointee.color_range = AVCOL_RANGE_JPEG
        context.pointee.flags |= Int32(AV_CODEC_FLAG_QSCALE)
        context.pointee.global_quality = lambda
      },
      fill: { frame in
        frame.pointee.quality = lambda
        for (plane, data, stride) in [
          (planes.luma, frame.pointee.data.0, frame.pointee.linesize.0),
          (planes.cb, frame.pointee.data.1, frame.pointee.linesize.1),
          (planes.cr, frame.pointee.data.2, frame.pointee.linesize.2),
        ] {
          try StillEncoder.copyRows(
            plane.pixels, rowBytes: plane.width, height: plane.height, into: data, stride: Int(stride))
        }
      })
  }
}
