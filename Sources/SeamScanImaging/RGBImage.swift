/// An 8-bit RGB picture, interleaved, for annotated snapshots an analyst looks at.
public struct RGBImage: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public var pixels: [UInt8]

  public init(width: Int, height: Int, pixels: [UInt8]) {
    precondition(pixels.count == width * height * 3, "pixel count must equal width × height × 3")
    self.width = width
    self.height = height
    self.pixels = pixels
  }

  /// Full-range BT.601 Y'CbCr to RGB, the inverse of what the decoder produced.
  public init(_ planes: FramePlanes) {
    var rgb = [UInt8](repeating: 0, count: planes.width * planes.height * 3)
    for i in 0..<(planes.width * planes.height) {
      let y = Double(planes.luma.pixels[i])
      let cb = Double(planes.cb.pixels[i]) - 128
      let cr = Double(planes.cr.pixels[i]) - 128
      rgb[3 * i] = Self.clamp(y + 1.402 * cr)
      rgb[3 * i + 1] = Self.clamp(y - 0.344136 * cb - 0.714136 * cr)
      rgb[3 * i + 2] = Self.clamp(y + 1.772 * cb)
    }
    self.init(width: planes.width, height: planes.height, pixels: rgb)
  }

  private static func clamp(_ value: Double) -> UInt8 { UInt8(max(0, min(255, value.rounded()))) }

  public typealias Colour = (red: UInt8, green: UInt8, blue: UInt8)

  public mutating func set(x: Int, y: Int, _ colour: Colour) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    let i = 3 * (y * width + x)
    pixels[i] = colour.red
    pixels[i + 1] = colour.green
    pixels[i + 2] = colour.blue
  }

  /// An unfilled rectangle `thickness` pixels wide, clipped to the picture.
  public mutating func strokeRectangle(x: Int, y: Int, width w: Int, height h: Int, thickness: Int, _ colour: Colour) {
    for t in 0..<thickness {
      for xx in (x - t)...(x + w - 1 + t) {
        set(x: xx, y: y - t, colour)
        set(x: xx, y: y + h - 1 + t, colour)
      }
      for yy in (y - t)...(y + h - 1 + t) {
        set(x: x - t, y: yy, colour)
        set(x: x + w - 1 + t, y: yy, colour)
      }
    }
  }

  public mutating func fillSquare(centreX: Int, centreY: Int, radius: Int, _ colour: Colour) {
    for yy in (centreY - radius)...(centreY + radius) {
      for xx in (centreX - radius)...(centreX + radius) { set(x: xx, y: yy, colour) }
    }
  }

  /// Digits and `#` in a 3×5 bitmap font scaled by `scale`: enough for track ids.
  public mutating func drawLabel(_ text: String, x: Int, y: Int, scale: Int, _ colour: Colour) {
    var cursor = x
    for character in text {
      guard let rows = Self.glyphs[character] else { continue }
      for (row, bits) in rows.enumerated() {
        for column in 0..<3 where bits & (4 >> column) != 0 {
          for dy in 0..<scale {
            for dx in 0..<scale { set(x: cursor + column * scale + dx, y: y + row * scale + dy, colour) }
          }
        }
      }
      cursor += 4 * scale
    }
  }

  private static let glyphs: [Character: [UInt8]] = [
    "0": [7, 5, 5, 5, 7], "1": [2, 6, 2, 2, 7], "2": [7, 1, 7, 4, 7], "3": [7, 1, 7, 1, 7],
    "4": [5, 5, 7, 1, 1], "5": [7, 4, 7, 1, 7], "6": [7, 4, 7, 5, 7], "7": [7, 1, 1, 1, 1],
    "8": [7, 5, 7, 5, 7], "9": [7, 5, 7, 1, 7], "#": [5, 7, 5, 7, 5],
  ]
}
