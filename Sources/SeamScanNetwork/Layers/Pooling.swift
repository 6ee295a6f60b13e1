/// A square pooling window without padding; PyTorch's `MaxPool2d`/`AvgPool2d` with
/// `padding=0`, `ceil_mode=False` (the last partial window is dropped).
public struct PoolingWindow: Sendable, Equatable {
  public let size: Int
  public let stride: Int

  public init(size: Int, stride: Int) throws(FaceNetworkError) {
    try Limits.check(size, "pooling size", in: 1...Limits.kernel)
    try Limits.check(stride, "pooling stride", in: 1...Limits.kernel)
    self.size = size
    self.stride = stride
  }

  func outputShape(for input: TensorShape) throws(FaceNetworkError) -> TensorShape {
    guard input.height >= size, input.width >= size else {
      throw FaceNetworkError("a \(size)×\(size) pooling window does not fit its \(input) input")
    }
    return TensorShape(
      channels: input.channels, height: (input.height - size) / stride + 1, width: (input.width - size) / stride + 1)
  }

  /// Each output is `combine` over its window, read row by row, then `finish`ed.
  func apply(
    _ input: Tensor, producing outputShape: TensorShape, start: Float, combine: (Float, Float) -> Float,
    finish: (Float) -> Float
  ) -> Tensor {
    var output = [Float](repeating: 0, count: outputShape.count)
    let inputWidth = input.shape.width
    input.values.withUnsafeBufferPointer { source in
      output.withUnsafeMutableBufferPointer { destination in
        for channel in 0..<outputShape.channels {
          let inputPlane = channel * input.shape.planeCount
          let outputPlane = channel * outputShape.planeCount
          for row in 0..<outputShape.height {
            for column in 0..<outputShape.width {
              var value = start
              for windowRow in 0..<size {
                let rowStart = inputPlane + (row * stride + windowRow) * inputWidth + column * stride
                for windowColumn in 0..<size {
                  value = combine(value, source[rowStart + windowColumn])
                }
              }
              destination[outputPlane + row * outputShape.width + column] = finish(value)
            }
          }
        }
      }
    }
    return Tensor(shape: outputShape, values: output)
  }

  func maximum(_ input: Tensor, producing outputShape: TensorShape) -> Tensor {
    apply(input, producing: outputShape, start: -.infinity, combine: { max($0, $1) }, finish: { $0 })
  }

  func average(_ input: Tensor, producing outputShape: TensorShape) -> Tensor {
    let area = Float(size * size)
    return apply(input, producing: outputShape, start: 0, combine: +, finish: { $0 / area })
  }
}
