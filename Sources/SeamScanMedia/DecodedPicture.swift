import CFFmpeg
import SeamScanImaging
import Synchronization

/// A decoded picture still in the decoder's own pixel format.
///
/// Converting it to analysis planes (scaling, range, rotation) costs more
/// than decoding at 720p, so the reader hands pictures over unconverted and
/// `planes()` runs on whichever analysis thread needs them.
public final class DecodedPicture: @unchecked Sendable {
  // Unchecked: the AVFrame is a private reference that nothing writes after init.
  private let frame: UnsafeMutablePointer<AVFrame>
  private let width: Int
  private let height: Int
  private let detailSize: (width: Int, height: Int)
  private let orientation: Orientation

  /// Takes a new reference to `source`'s buffers; nil when out of memory.
  /// `detailSize` is the stored size of ``detailLuma()``.
  init?(
    referencing source: UnsafePointer<AVFrame>, width: Int, height: Int, detailSize: (width: Int, height: Int),
    orientation: Orientation
  ) {
    // Checked here so that a picture once handed over can always be converted.
    guard sws_isSupportedInput(AVPixelFormat(source.pointee.format)) != 0, let clone = av_frame_clone(source) else {
      return nil
    }
    frame = clone
    self.width = width
    self.height = height
    self.detailSize = detailSize
    self.orientation = orientation
  }

  deinit {
    var pointer: UnsafeMutablePointer<AVFrame>? = frame
    av_frame_free(&pointer)
  }

  /// Full-range Y, Cb, Cr at analysis size, upright; nil if the pixel format cannot be converted.
  public func planes() -> FramePlanes? {
    let converter = ConverterPool.shared.take()
    defer { ConverterPool.shared.give(converter) }
    return converter.convert(frame, targetWidth: width, targetHeight: height, orientation: orientation)
  }

  /// Full-range luma at full resolution (capped by ``DecodeOptions/detailMaxSide``), upright;
  /// nil when that is no larger than the analysis planes, or the format cannot be converted.
  public func detailLuma() -> GrayImage? {
    guard hasDetail else { return nil }
    if isNativeDetail, let luma = FrameConverter.nativeLuma(frame, region: nil, orientation: orientation) {
      return luma
    }
    let converter = ConverterPool.detail.take()
    defer { ConverterPool.detail.give(converter) }
    return converter.convert(
      frame, targetWidth: detailSize.width, targetHeight: detailSize.height, orientation: orientation)?.luma
  }

  /// The full-resolution luma as a source of windows, so only the parts a face needs are
  /// converted; nil when it is no larger than the analysis planes.
  public var detail: (any LumaSource)? { hasDetail ? DetailLuma(picture: self) : nil }

  private var hasDetail: Bool { detailSize.width > width || detailSize.height > height }

  /// Whether the detail luma is the decoder's own luma plane, copied without scaling.
  private var isNativeDetail: Bool {
    detailSize.width == Int(frame.pointee.width) && detailSize.height == Int(frame.pointee.height)
  }

  /// The upright detail luma's pixels in `rect`, clipped to it.
  fileprivate func detailWindow(_ rect: PixelRect) -> LumaWindow? {
    let upright = orientation.displayedSize(width: detailSize.width, height: detailSize.height)
    guard let clipped = rect.intersection(PixelRect(x: 0, y: 0, width: upright.width, height: upright.height)) else {
      return nil
    }
    if isNativeDetail {
      let stored = orientation.storedRect(ofDisplayed: clipped, width: detailSize.width, height: detailSize.height)
      guard let pixels = FrameConverter.nativeLuma(frame, region: stored, orientation: orientation) else { return nil }
      return LumaWindow(
        pixels: pixels, origin: SIMD2(clipped.x, clipped.y), fullWidth: upright.width, fullHeight: upright.height)
    }
    // A picture scaled to the detail size is converted whole; such pictures are rare (over 2160 px).
    guard let whole = detailLuma() else { return nil }
    return LumaWindow(
      pixels: whole.cropped(to: clipped), origin: SIMD2(clipped.x, clipped.y),
      fullWidth: upright.width, fullHeight: upright.height)
  }
}

/// A picture's full-resolution luma, converted window by window.
private struct DetailLuma: LumaSource {
  let picture: DecodedPicture
  var width: Int { picture.uprightDetailSize.width }
  var height: Int { picture.uprightDetailSize.height }
  func window(_ rect: PixelRect) -> LumaWindow? { picture.detailWindow(rect) }
}

extension DecodedPicture {
  fileprivate var uprightDetailSize: (width: Int, height: Int) {
    orientation.displayedSize(width: detailSize.width, height: detailSize.height)
  }
}

/// Converters keep their scaler between frames; each is used by one thread at a time.
/// Analysis and detail sizes have a pool each, so neither rebuilds the other's scaler.
private final class ConverterPool: Sendable {
  static let shared = ConverterPool()
  static let detail = ConverterPool()
  private let idle = Mutex<[SendableConverter]>([])

  func take() -> FrameConverter {
    idle.withLock { $0.popLast()?.converter } ?? FrameConverter()
  }

  func give(_ converter: FrameConverter) {
    idle.withLock { $0.append(SendableConverter(converter: converter)) }
  }

  /// A converter parked in the pool, touched by no thread until taken again.
  private struct SendableConverter: @unchecked Sendable {
    let converter: FrameConverter
  }
}
