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
    guard detailSize.width > width || detailSize.height > height else { return nil }
    if detailSize.width == Int(frame.pointee.width), detailSize.height == Int(frame.pointee.height),
      let luma = FrameConverter.nativeLuma(frame, orientation: orientation)
    {
      return luma
    }
    let converter = ConverterPool.detail.take()
    defer { ConverterPool.detail.give(converter) }
    return converter.convert(
      frame, targetWidth: detailSize.width, targetHeight: detailSize.height, orientation: orientation)?.luma
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
