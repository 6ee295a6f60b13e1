import SeamScanImaging

/// A tiny grey thumbnail for spotting scene cuts between consecutive frames.
public struct SceneSignature: Sendable, Equatable {
  public let values: [UInt8]
  static let width = 32, height = 18

  /// Largest step between sampled pixels: a cell of a 640-pixel frame still averages
  /// about 25 of them, plenty to tell a cut from motion, at 1/16 of the cost.
  static let maximumSampleStep = 4

  /// Each value is the mean of its block, so noise and small motion barely move it.
  public init(_ image: GrayImage) {
    guard image.width >= Self.width, image.height >= Self.height else {
      values = image.pixels
      return
    }
    var sums = [Int](repeating: 0, count: Self.width * Self.height)
    var counts = [Int](repeating: 0, count: Self.width * Self.height)
    let columnCell = (0..<image.width).map { $0 * Self.width / image.width }
    // Every cell keeps at least one sample on small frames.
    let step = max(1, min(Self.maximumSampleStep, image.width / Self.width, image.height / Self.height))
    image.pixels.withUnsafeBufferPointer { pixels in
      for y in Swift.stride(from: 0, to: image.height, by: step) {
        let row = (y * Self.height / image.height) * Self.width
        for x in Swift.stride(from: 0, to: image.width, by: step) {
          let cell = row + columnCell[x]
          sums[cell] += Int(pixels[y * image.width + x])
          counts[cell] += 1
        }
      }
    }
    values = zip(sums, counts).map { UInt8($0 / max(1, $1)) }
  }

  /// Mean absolute grey-level difference to `other`.
  public func distance(to other: SceneSignature) -> Double {
    guard values.count == other.values.count, !values.isEmpty else { return .infinity }
    let total = zip(values, other.values).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
    return Double(total) / Double(values.count)
  }
}
