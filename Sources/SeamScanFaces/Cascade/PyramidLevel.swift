import SeamScanImaging

/// One level of the detection pyramid: the image shrunk by a scale factor,
/// and its summed-area tables in OpenCV's layout.
///
/// The tables are `Int32` with wrap-around arithmetic, like OpenCV's
/// `CV_32S` buffers: a full-frame sum of squares overflows 32 bits, but every
/// box a cascade reads is small, so differences of wrapped values are exact.
/// Every level shares the row stride of the full-size image, so feature
/// offsets are computed once per frame, not once per level.
struct PyramidLevel {
  let width: Int
  let height: Int
  let stride: Int
  /// `sums[y * stride + x]` = sum of pixels above and left of `(x, y)`, exclusive.
  private(set) var sums: [Int32]
  /// The same for squared pixels; empty when the cascade does not need it.
  private(set) var squares: [Int32]

  init(image: GrayImage, width: Int, height: Int, stride: Int, withSquares: Bool) {
    precondition(stride > width, "the stride must leave room for the zero column")
    self.width = width
    self.height = height
    self.stride = stride
    var shrunk = [UInt8](repeating: 0, count: width * height)
    image.pixels.withUnsafeBufferPointer { source in
      shrunk.withUnsafeMutableBufferPointer { destination in
        LinearExactResize.resize(
          source, sourceWidth: image.width, sourceHeight: image.height,
          into: destination, width: width, height: height)
      }
    }
    let count = (height + 1) * stride
    var sums = [Int32](repeating: 0, count: count)
    var squares = [Int32](repeating: 0, count: withSquares ? count : 0)
    shrunk.withUnsafeBufferPointer { pixels in
      sums.withUnsafeMutableBufferPointer { sum in
        squares.withUnsafeMutableBufferPointer { square in
          for y in 0..<height {
            let above = y * stride + 1
            let here = (y + 1) * stride + 1
            let source = y * width
            var rowSum: Int32 = 0
            var rowSquares: Int32 = 0
            for x in 0..<width {
              let value = Int32(pixels[source + x])
              rowSum &+= value
              sum[here + x] = sum[above + x] &+ rowSum
              if withSquares {
                rowSquares &+= value &* value
                square[here + x] = square[above + x] &+ rowSquares
              }
            }
          }
        }
      }
    }
    self.sums = sums
    self.squares = squares
  }
}
