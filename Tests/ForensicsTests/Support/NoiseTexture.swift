@testable import SeamScanForensics
@testable import SeamScanSynthesis

/// Band-limited noise: white noise box-blurred `passes` times, scaled to unit
/// standard deviation. Deterministic from the seed.
struct NoiseTexture {
  let width: Int
  let height: Int
  let values: [Float]

  init(width: Int, height: Int, passes: Int, seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    var values = (0..<(width * height)).map { _ in rng.symmetric(1) }
    for _ in 0..<passes { values = Self.boxBlur(values, width: width, height: height) }
    let mean = values.reduce(0, +) / Float(values.count)
    let deviation = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Float(values.count)).squareRoot()
    self.width = width
    self.height = height
    self.values = values.map { ($0 - mean) / deviation }
  }

  /// Bilinear read, coordinates wrapped so any position is defined.
  func sample(_ x: Float, _ y: Float) -> Float {
    let fx = x.rounded(.down)
    let fy = y.rounded(.down)
    let x0 = wrap(Int(fx), width)
    let y0 = wrap(Int(fy), height)
    let x1 = (x0 + 1) % width
    let y1 = (y0 + 1) % height
    let wx = x - fx
    let wy = y - fy
    let top = values[y0 * width + x0] * (1 - wx) + values[y0 * width + x1] * wx
    let bottom = values[y1 * width + x0] * (1 - wx) + values[y1 * width + x1] * wx
    return top * (1 - wy) + bottom * wy
  }

  private func wrap(_ v: Int, _ n: Int) -> Int { ((v % n) + n) % n }

  private static func boxBlur(_ v: [Float], width: Int, height: Int) -> [Float] {
    var out = v
    for y in 0..<height {
      for x in 0..<width {
        var sum: Float = 0
        for dy in -1...1 {
          for dx in -1...1 {
            sum += v[((y + dy + height) % height) * width + (x + dx + width) % width]
          }
        }
        out[y * width + x] = sum / 9
      }
    }
    return out
  }
}
