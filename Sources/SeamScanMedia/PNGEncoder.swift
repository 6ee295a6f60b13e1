import CFFmpeg
import Foundation
import SeamScanImaging

/// Encodes pictures as PNG with FFmpeg's own encoder.
public enum PNGEncoder {
  public static func encode(_ image: RGBImage) throws -> Data {
    try StillEncoder.encode(
      AV_CODEC_ID_PNG, named: "PNG", width: image.width, height: image.height, format: AV_PIX_FMT_RGB24,
      configure: { _ in },
      fill: { frame in
        try StillEncoder.copyRows(
          image.pixels, rowBytes: image.width * 3, height: image.height, into: frame.pointee.data.0,
          stride: Int(frame.pointee.linesize.0))
      })
  }
}
