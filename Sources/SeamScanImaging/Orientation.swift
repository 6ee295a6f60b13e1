/// How a decoded picture must be turned to be shown upright.
///
/// This mirrors the decision FFmpeg's command-line tool makes from a display
/// matrix (`fftools/cmdutils.c`, `get_rotation`): only quarter turns and flips,
/// which are lossless on a pixel grid.
public struct Orientation: Sendable, Equatable, Hashable {
  /// Clockwise quarter turns: 0, 1, 2 or 3.
  public var clockwiseQuarterTurns: Int
  /// Mirror left-right after turning.
  public var flipHorizontal: Bool
  /// Mirror top-bottom after turning.
  public var flipVertical: Bool

  public static let upright = Orientation(clockwiseQuarterTurns: 0, flipHorizontal: false, flipVertical: false)

  public init(clockwiseQuarterTurns: Int, flipHorizontal: Bool = false, flipVertical: Bool = false) {
    self.clockwiseQuarterTurns = ((clockwiseQuarterTurns % 4) + 4) % 4
    self.flipHorizontal = flipHorizontal
    self.flipVertical = flipVertical
  }

  /// Degrees clockwise, as reported in records.
  public var clockwiseDegrees: Int { clockwiseQuarterTurns * 90 }

  /// Whether the displayed picture swaps width and height.
  public var swapsAxes: Bool { clockwiseQuarterTurns % 2 == 1 }

  public func displayedSize(width: Int, height: Int) -> (width: Int, height: Int) {
    swapsAxes ? (height, width) : (width, height)
  }
}

extension Orientation {
  /// The rectangle of a `width × height` stored picture that shows as `displayed` once turned
  /// upright: cropping it there and turning the crop gives the same pixels as cropping the turned picture.
  public func storedRect(ofDisplayed displayed: PixelRect, width: Int, height: Int) -> PixelRect {
    let (outWidth, outHeight) = displayedSize(width: width, height: height)
    func source(_ x: Int, _ y: Int) -> (x: Int, y: Int) {
      let fx = flipHorizontal ? outWidth - 1 - x : x
      let fy = flipVertical ? outHeight - 1 - y : y
      switch clockwiseQuarterTurns {
      case 1: return (fy, height - 1 - fx)
      case 2: return (width - 1 - fx, height - 1 - fy)
      case 3: return (width - 1 - fy, fx)
      default: return (fx, fy)
      }
    }
    let a = source(displayed.x, displayed.y)
    let b = source(displayed.maxX - 1, displayed.maxY - 1)
    return PixelRect(
      x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x) + 1, height: abs(a.y - b.y) + 1)
  }
}

extension GrayImage {
  /// The image as it should be displayed under `orientation`.
  public func oriented(_ orientation: Orientation) -> GrayImage {
    if orientation == .upright { return self }
    let (outWidth, outHeight) = orientation.displayedSize(width: width, height: height)
    var out = [UInt8](repeating: 0, count: width * height)
    let srcWidth = width
    let srcHeight = height
    pixels.withUnsafeBufferPointer { src in
      out.withUnsafeMutableBufferPointer { dst in
        for y in 0..<outHeight {
          for x in 0..<outWidth {
            // Undo the flips first, then the turn, to find the source pixel.
            let fx = orientation.flipHorizontal ? outWidth - 1 - x : x
            let fy = orientation.flipVertical ? outHeight - 1 - y : y
            let sx: Int
            let sy: Int
            switch orientation.clockwiseQuarterTurns {
            case 1:
              sx = fy
              sy = srcHeight - 1 - fx
            case 2:
              sx = srcWidth - 1 - fx
              sy = srcHeight - 1 - fy
            case 3:
              sx = srcWidth - 1 - fy
              sy = fx
            default:
              sx = fx
              sy = fy
            }
            dst[y * outWidth + x] = src[sy * srcWidth + sx]
          }
        }
      }
    }
    return GrayImage(width: outWidth, height: outHeight, pixels: out)
  }

  /// Mirror left-right, used to run a one-sided profile cascade on both sides.
  public func mirrored() -> GrayImage {
    oriented(Orientation(clockwiseQuarterTurns: 0, flipHorizontal: true))
  }
}

extension FramePlanes {
  public func oriented(_ orientation: Orientation) -> FramePlanes {
    FramePlanes(luma: luma.oriented(orientation), cb: cb.oriented(orientation), cr: cr.oriented(orientation))
  }
}
