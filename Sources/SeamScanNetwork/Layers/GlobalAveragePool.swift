/// The mean of each channel plane (PyTorch's `AdaptiveAvgPool2d(1)`): a `channels × 1 × 1` tensor.
enum GlobalAveragePool {
  static func outputShape(for input: TensorShape) -> TensorShape {
    TensorShape(channels: input.channels, height: 1, width: 1)
  }

  /// Sums each plane in storage order, then divides once.
  static func apply(_ input: Tensor) -> Tensor {
    let planeCount = input.shape.planeCount
    var output = [Float](repeating: 0, count: input.shape.channels)
    input.values.withUnsafeBufferPointer { source in
      for channel in output.indices {
        var sum: Float = 0
        for index in (channel * planeCount)..<((channel + 1) * planeCount) {
          sum += source[index]
        }
        output[channel] = sum / Float(planeCount)
      }
    }
    return Tensor(shape: outputShape(for: input.shape), values: output)
  }
}
