/// Summed-area tables of an image and of its squares, `(width+1) × (height+1)`.
///
/// `sum[y][x]` is the sum of all pixels above and left of `(x, y)`, exclusive,
/// so any box sum costs four reads. `Int` (64-bit) cannot overflow for any
/// realistic frame, unlike OpenCV's 32-bit tables.
public struct IntegralImage: Sendable {
  public let width: Int
  public let height: Int
  /// Row stride of both tables: `width + 1`.
  public let stride: Int
  public let sum: [Int]
  public let squaredSum: [Int]

  public init(_ image: GrayImage, squares: Bool = true) {
    width = image.width
    height = image.height
    stride = image.width + 1
    var sum = [Int](repeating: 0, count: (image.width + 1) * (image.height + 1))
    var sq = [Int](repeating: 0, count: squares ? sum.count : 0)
    let w = image.width
    let s = image.width + 1
    image.pixels.withUnsafeBufferPointer { src in
      sum.withUnsafeMutableBufferPointer { sumBuf in
        sq.withUnsafeMutableBufferPointer { sqBuf in
          for y in 0..<image.height {
            var rowSum = 0
            var rowSq = 0
            for x in 0..<w {
              let v = Int(src[y * w + x])
              rowSum += v
              sumBuf[(y + 1) * s + x + 1] = sumBuf[y * s + x + 1] + rowSum
              if squares {
                rowSq += v * v
                sqBuf[(y + 1) * s + x + 1] = sqBuf[y * s + x + 1] + rowSq
              }
            }
          }
        }
      }
    }
    self.sum = sum
    self.squaredSum = sq
  }

  /// Sum of pixels in `[x, x+w) × [y, y+h)`.
  @inlinable
  public func boxSum(x: Int, y: Int, width w: Int, height h: Int) -> Int {
    let a = y * stride + x
    let b = (y + h) * stride + x
    return sum[b + w] - sum[b] - sum[a + w] + sum[a]
  }

  /// Sum of squared pixels in `[x, x+w) × [y, y+h)`.
  @inlinable
  public func boxSquaredSum(x: Int, y: Int, width w: Int, height h: Int) -> Int {
    let a = y * stride + x
    let b = (y + h) * stride + x
    return squaredSum[b + w] - squaredSum[b] - squaredSum[a + w] + squaredSum[a]
  }
}
