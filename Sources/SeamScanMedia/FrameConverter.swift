import CFFmpeg
import SeamScanImaging

/// Converts decoded pictures of any pixel format into full-range Y, Cb, Cr
/// planes at analysis resolution, then turns them upright.
final class FrameConverter {
  private var context: OpaquePointer?
  private var configuration: Configuration?
  /// Whether swscale's output is still limited range and must be expanded here.
  private var expandsRange = false

  private struct Configuration: Equatable {
    var sourceWidth: Int32, sourceHeight: Int32, sourceFormat: Int32, sourceFullRange: Bool, colorspace: UInt32
    var width: Int32, height: Int32
  }

  deinit { sws_freeContext(context) }

  /// `targetWidth × targetHeight` is the stored (unrotated) analysis size.
  func convert(
    _ frame: UnsafePointer<AVFrame>, targetWidth: Int, targetHeight: Int, orientation: Orientation
  ) -> FramePlanes? {
    let source = frame.pointee
    let wanted = Configuration(
      sourceWidth: source.width, sourceHeight: source.height, sourceFormat: source.format,
      sourceFullRange: source.color_range == AVCOL_RANGE_JPEG, colorspace: source.colorspace.rawValue,
      width: Int32(targetWidth), height: Int32(targetHeight))
    guard wanted.sourceWidth > 0, wanted.sourceHeight > 0, let context = context(for: wanted) else { return nil }

    let count = targetWidth * targetHeight
    var y = [UInt8](repeating: 0, count: count)
    var cb = [UInt8](repeating: 128, count: count)
    var cr = [UInt8](repeating: 128, count: count)
    let scaled: Int32 = y.withUnsafeMutableBufferPointer { yBuffer in
      cb.withUnsafeMutableBufferPointer { cbBuffer in
        cr.withUnsafeMutableBufferPointer { crBuffer in
          let destinations: [UnsafeMutablePointer<UInt8>?] = [
            yBuffer.baseAddress, cbBuffer.baseAddress, crBuffer.baseAddress, nil,
          ]
          let strides: [Int32] = [Int32(targetWidth), Int32(targetWidth), Int32(targetWidth), 0]
          return withUnsafePointer(to: source.data) { dataTuple in
            dataTuple.withMemoryRebound(to: UnsafePointer<UInt8>?.self, capacity: 8) { sourcePlanes in
              withUnsafePointer(to: source.linesize) { linesizeTuple in
                linesizeTuple.withMemoryRebound(to: Int32.self, capacity: 8) { sourceStrides in
                  sws_scale(context, sourcePlanes, sourceStrides, 0, source.height, destinations, strides)
                }
              }
            }
          }
        }
      }
    }
    guard scaled > 0 else { return nil }
    if expandsRange {
      RangeExpansion.luma.apply(to: &y)
      RangeExpansion.chroma.apply(to: &cb)
      RangeExpansion.chroma.apply(to: &cr)
    }
    let planes = FramePlanes(
      luma: GrayImage(width: targetWidth, height: targetHeight, pixels: y),
      cb: GrayImage(width: targetWidth, height: targetHeight, pixels: cb),
      cr: GrayImage(width: targetWidth, height: targetHeight, pixels: cr))
    return planes.oriented(orientation)
  }

  /// The luma plane at its coded size, full range and upright, copied straight from an 8-bit
  /// planar YUV picture: no scaling is needed, and swscale would convert chroma nobody reads.
  /// `region` (in stored, unturned pixels; nil for all) limits the copy. Nil for other formats,
  /// which go through ``convert(_:targetWidth:targetHeight:orientation:)``.
  static func nativeLuma(_ frame: UnsafePointer<AVFrame>, region: PixelRect?, orientation: Orientation)
    -> GrayImage?
  {
    let source = frame.pointee
    let format = AVPixelFormat(source.format)
    guard Self.planarLumaFormats.contains(format), source.width > 0, source.height > 0,
      let base = source.data.0, source.linesize.0 >= source.width
    else { return nil }
    let whole = PixelRect(x: 0, y: 0, width: Int(source.width), height: Int(source.height))
    guard let area = (region ?? whole).intersection(whole) else { return nil }
    let stride = Int(source.linesize.0)
    let fullRange = source.color_range == AVCOL_RANGE_JPEG || Self.fullRangeFormats.contains(format)
    var y = [UInt8](repeating: 0, count: area.area)
    y.withUnsafeMutableBufferPointer { out in
      let first = base + area.y * stride + area.x
      if fullRange {
        for row in 0..<area.height {
          (out.baseAddress! + row * area.width).update(from: first + row * stride, count: area.width)
        }
        return
      }
      // Limited range is expanded while copying: one pass over the plane instead of two.
      RangeExpansion.luma.table.withUnsafeBufferPointer { lookup in
        for row in 0..<area.height {
          let source = first + row * stride
          let target = row * area.width
          for column in 0..<area.width { out[target + column] = lookup[Int(source[column])] }
        }
      }
    }
    return GrayImage(width: area.width, height: area.height, pixels: y).oriented(orientation)
  }

  /// 8-bit YUV formats whose first plane is the luma at full picture size.
  private static let planarLumaFormats: Set<AVPixelFormat> = [
    AV_PIX_FMT_YUV420P, AV_PIX_FMT_YUV422P, AV_PIX_FMT_YUV444P, AV_PIX_FMT_YUV440P, AV_PIX_FMT_YUV411P,
    AV_PIX_FMT_YUVJ420P, AV_PIX_FMT_YUVJ422P, AV_PIX_FMT_YUVJ444P, AV_PIX_FMT_YUVJ440P, AV_PIX_FMT_NV12,
    AV_PIX_FMT_NV21,
  ]
  /// The deprecated `yuvj*` formats are full range whatever `color_range` says.
  private static let fullRangeFormats: Set<AVPixelFormat> = [
    AV_PIX_FMT_YUVJ420P, AV_PIX_FMT_YUVJ422P, AV_PIX_FMT_YUVJ444P, AV_PIX_FMT_YUVJ440P,
  ]

  private func context(for wanted: Configuration) -> OpaquePointer? {
    if wanted == configuration, let context { return context }
    sws_freeContext(context)
    // Area averaging for downscaling avoids aliasing that would read as texture;
    // accurate rounding keeps the result independent of the CPU's SIMD path.
    let flags = (wanted.width < wanted.sourceWidth ? SWS_AREA : SWS_BICUBIC) | SWS_ACCURATE_RND | SWS_BITEXACT
    context = sws_getContext(
      wanted.sourceWidth, wanted.sourceHeight, AVPixelFormat(wanted.sourceFormat),
      wanted.width, wanted.height, AV_PIX_FMT_YUV444P, Int32(flags), nil, nil, nil)
    configuration = wanted
    if let context { setRanges(context, wanted) }
    return context
  }

  /// States both ranges, because swscale guesses the source range from the pixel
  /// format alone and full-range `yuv420p` (VP9, many phones) would be expanded twice.
  ///
  /// YUV pictures keep their own range through swscale: its range conversion
  /// runs per pixel on 15-bit intermediates and cost half of all scaling time,
  /// so limited range is expanded afterwards by table lookup. RGB and palette
  /// pictures are converted straight to full-range YUV.
  private func setRanges(_ context: OpaquePointer, _ wanted: Configuration) {
    var inverseTable: UnsafeMutablePointer<Int32>?
    var table: UnsafeMutablePointer<Int32>?
    var sourceRange: Int32 = 0
    var destinationRange: Int32 = 0
    var brightness: Int32 = 0
    var contrast: Int32 = 0
    var saturation: Int32 = 0
    guard
      sws_getColorspaceDetails(
        context, &inverseTable, &sourceRange, &table, &destinationRange, &brightness, &contrast, &saturation) >= 0
    else { return }
    let sourceFull = wanted.sourceFullRange || sourceRange == 1
    let descriptor = av_pix_fmt_desc_get(AVPixelFormat(wanted.sourceFormat))
    let isRGB = (descriptor?.pointee.flags ?? 0) & UInt64(AV_PIX_FMT_FLAG_RGB | AV_PIX_FMT_FLAG_PAL) != 0
    let outputFull = sourceFull || isRGB
    let colorspace = wanted.colorspace == AVCOL_SPC_UNSPECIFIED.rawValue ? SWS_CS_DEFAULT : Int32(wanted.colorspace)
    let coefficients = sws_getCoefficients(colorspace)
    _ = sws_setColorspaceDetails(
      context, coefficients, sourceFull ? 1 : 0, coefficients, outputFull ? 1 : 0, brightness, contrast, saturation)
    expandsRange = !outputFull
  }
}

/// Limited ("tv") range to full range, rounded and clamped as swscale does:
/// Y 16…235 onto 0…255, and Cb/Cr 16…240 onto 0…255 about their 128 centre.
private struct RangeExpansion {
  let table: [UInt8]

  static let luma = RangeExpansion { (Double($0) - 16) * 255 / 219 }
  static let chroma = RangeExpansion { (Double($0) - 128) * 255 / 224 + 128 }

  private init(_ expand: (Int) -> Double) {
    table = (0..<256).map { UInt8(max(0, min(255, expand($0).rounded()))) }
  }

  func apply(to plane: inout [UInt8]) {
    table.withUnsafeBufferPointer { lookup in
      plane.withUnsafeMutableBufferPointer { pixels in
        for index in pixels.indices { pixels[index] = lookup[Int(pixels[index])] }
      }
    }
  }
}
