import SeamScanImaging

/// A tiny grey thumbnail for spotting scene cuts between consecutive frames.
public struct SceneSignature: Sendable, Equatable {
  public let values: [UInt8]
  static let width = 32
  static let height = 18
  /// Largest shift tried when comparing, in cells: a fast pan or a shaken camera moves the
  /// picture; a cut replaces it.
  static let maximumShift = (x: 3, y: 2)

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

  /// Mean absolute grey-level difference to `other` over their overlap, after the shift (up to
  /// three cells left or right and two up or down) that makes it smallest.
  public func distance(to other: SceneSignature) -> Double {
    guard values.count == other.values.count, values.count == Self.width * Self.height else {
      return values.count == other.values.count && !values.isEmpty ? meanDifference(other, dx: 0, dy: 0) : .infinity
    }
    var best = Double.infinity
    for dy in -Self.maximumShift.y...Self.maximumShift.y {
      for dx in -Self.maximumShift.x...Self.maximumShift.x {
        best = min(best, meanDifference(other, dx: dx, dy: dy))
      }
    }
    return best
  }

  /// Mean of |self(x, y) − other(x + dx, y + dy)| where both exist; a thumbnail smaller than
  /// 32 × 18 is compared unshifted, pixel by pixel.
  private func meanDifference(_ other: SceneSignature, dx: Int, dy: Int) -> Double {
    guard values.count == Self.width * Self.height else {
      return Double(zip(values, other.values).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }) / Double(values.count)
    }
    var total = 0
    var count = 0
    values.withUnsafeBufferPointer { mine in
      other.values.withUnsafeBufferPointer { theirs in
        for y in max(0, -dy)..<min(Self.height, Self.height - dy) {
          for x in max(0, -dx)..<min(Self.width, Self.width - dx) {
            total += abs(Int(mine[y * Self.width + x]) - Int(theirs[(y + dy) * Self.width + x + dx]))
            count += 1
          }
        }
      }
    }
    return Double(total) / Double(max(1, count))
  }
}
