/// What the network expects: its input shape, and the per-channel mean and standard deviation
/// that map pixel values (0–255, as the aligned crops hold them) to what it was trained on.
public struct InputNormalisation: Sendable, Equatable {
  public let shape: TensorShape
  public let mean: [Float]
  public let standardDeviation: [Float]

  public init(shape: TensorShape, mean: [Float], standardDeviation: [Float]) throws(FaceNetworkError) {
    try Limits.check(shape.channels, "input channels", in: 1...Limits.dimension)
    try Limits.check(shape.height, "input height", in: 1...Limits.dimension)
    try Limits.check(shape.width, "input width", in: 1...Limits.dimension)
    try Limits.check(shape, after: "the input")
    guard mean.count == shape.channels, standardDeviation.count == shape.channels else {
      throw FaceNetworkError(
        "input normalisation needs one mean and one standard deviation per channel (\(shape.channels)), "
          + "not \(mean.count) and \(standardDeviation.count)")
    }
    guard mean.allSatisfy(\.isFinite), standardDeviation.allSatisfy({ $0.isFinite && $0 > 0 }) else {
      throw FaceNetworkError("input means must be finite and standard deviations finite and positive")
    }
    self.shape = shape
    self.mean = mean
    self.standardDeviation = standardDeviation
  }

  /// `(value - mean) / standard deviation` per channel, the same float operations as PyTorch's.
  func apply(_ input: Tensor) -> Tensor {
    var output = input
    let planeCount = shape.planeCount
    output.values.withUnsafeMutableBufferPointer { values in
      for channel in 0..<shape.channels {
        for index in (channel * planeCount)..<((channel + 1) * planeCount) {
          values[index] = (values[index] - mean[channel]) / standardDeviation[channel]
        }
      }
    }
    return output
  }
}
