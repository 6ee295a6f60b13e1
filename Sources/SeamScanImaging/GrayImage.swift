/// A single-channel 8-bit image, row-major, with no row padding.
///
/// Every analysis stage works on these: the decoder produces them, the face
/// models read them and the cues measure them. Keeping one contiguous array
/// lets hot loops run over `withUnsafeBufferPointer` without copies.
public struct GrayImage: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public var pixels: [UInt8]

  public init(width: Int, height: Int, pixels: [UInt8]) {
    precondition(width >= 0 && height >= 0 && pixels.count == width * height, "pixel count must equal width × height")
    self.width = width
    self.height = height
    self.pixels = pixels
  }

  public init(width: Int, height: Int, fill: UInt8 = 0) {
    self.init(width: width, height: height, pixels: [UInt8](repeating: fill, count: width * height))
  }

  public subscript(x: Int, y: Int) -> UInt8 {
    get { pixels[y * width + x] }
    set { pixels[y * width + x] = newValue }
  }

  public var isEmpty: Bool { width == 0 || height == 0 }

  /// The pixels inside `rect`, which must lie within the image.
  public func cropped(to rect: PixelRect) -> GrayImage {
    precondition(rect.x >= 0 && rect.y >= 0 && rect.maxX <= width && rect.maxY <= height, "crop inside the image")
    var out = [UInt8]()
    out.reserveCapacity(rect.area)
    for y in rect.y..<rect.maxY {
      out.append(contentsOf: pixels[(y * width + rect.x)..<(y * width + rect.maxX)])
    }
    return GrayImage(width: rect.width, height: rect.height, pixels: out)
  }
}

/// The planes an analysis frame carries: full-range luma and the two chroma
/// planes, all at the same (analysis) resolution and already upright.
public struct FramePlanes: Sendable, Equatable {
  public var luma: GrayImage
  public var cb: GrayImage
  public var cr: GrayImage

  public init(luma: GrayImage, cb: GrayImage, cr: GrayImage) {
    precondition(
      luma.width == cb.width && luma.width == cr.width && luma.height == cb.height && luma.height == cr.height,
      "planes must share one size")
    self.luma = luma
    self.cb = cb
    self.cr = cr
  }

  /// A grey-only frame (neutral chroma), for synthetic tests and still images.
  public init(luma: GrayImage) {
    self.init(
      luma: luma,
      cb: GrayImage(width: luma.width, height: luma.height, fill: 128),
      cr: GrayImage(width: luma.width, height: luma.height, fill: 128))
  }

  public var width: Int { luma.width }
  public var height: Int { luma.height }
}
