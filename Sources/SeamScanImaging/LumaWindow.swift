/// The pixels of one rectangle of a larger luma plane, and where they sit in it.
public struct LumaWindow: Sendable {
  public let pixels: GrayImage
  /// Top-left corner of `pixels` in the whole plane.
  public let origin: SIMD2<Int>
  /// Size of the whole plane.
  public let fullWidth: Int
  public let fullHeight: Int

  public init(pixels: GrayImage, origin: SIMD2<Int>, fullWidth: Int, fullHeight: Int) {
    self.pixels = pixels
    self.origin = origin
    self.fullWidth = fullWidth
    self.fullHeight = fullHeight
  }
}

/// A luma plane that hands out only the parts asked for: a full-resolution picture is
/// converted where a face is, not everywhere.
public protocol LumaSource: Sendable {
  var width: Int { get }
  var height: Int { get }
  /// The pixels of `rect`, clipped to the plane; nil when none is left or they cannot be read.
  func window(_ rect: PixelRect) -> LumaWindow?
}

extension GrayImage: LumaSource {
  /// The whole image: it is already in memory, so nothing is copied.
  public func window(_ rect: PixelRect) -> LumaWindow? {
    LumaWindow(pixels: self, origin: .zero, fullWidth: width, fullHeight: height)
  }
}
