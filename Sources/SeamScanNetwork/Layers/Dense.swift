/// A fully connected layer over the whole input read in CHW order (PyTorch's `Flatten`
/// then `Linear`); its output is a `features × 1 × 1` tensor.
public struct Dense: Sendable, Equatable {
  public let inputFeatures: Int
  public let outputFeatures: Int
  /// `[output feature][input feature]`, as PyTorch's `Linear.weight`.
  public let weights: [Float]
  public let bias: [Float]

  public init(inputFeatures: Int, outputFeatures: Int, weights: [Float], bias: [Float]) throws(FaceNetworkError) {
    try Limits.check(inputFeatures, "dense input features", in: 1...Limits.tensorValues)
    try Limits.check(outputFeatures, "dense output features", in: 1...Limits.dimension)
    guard weights.count == inputFeatures * outputFeatures, bias.count == outputFeatures else {
      throw FaceNetworkError(
        "dense layer needs \(inputFeatures * outputFeatures) weights and \(outputFeatures) biases, "
          + "not \(weights.count) and \(bias.count)")
    }
    self.inputFeatures = inputFeatures
    self.outputFeatures = outputFeatures
    self.weights = weights
    self.bias = bias
  }

  func outputShape(for input: TensorShape) throws(FaceNetworkError) -> TensorShape {
    guard input.count == inputFeatures else {
      throw FaceNetworkError("dense layer expects \(inputFeatures) input features, the layer before gives \(input)")
    }
    return TensorShape(channels: outputFeatures, height: 1, width: 1)
  }

  /// Each output is its bias plus the products summed in input order.
  func apply(_ input: Tensor, producing outputShape: TensorShape) -> Tensor {
    var output = [Float](repeating: 0, count: outputFeatures)
    input.values.withUnsafeBufferPointer { source in
      weights.withUnsafeBufferPointer { weights in
        for feature in 0..<outputFeatures {
          let row = feature * inputFeatures
          var sum = bias[feature]
          for index in 0..<inputFeatures {
            sum += weights[row + index] * source[index]
          }
          output[feature] = sum
        }
      }
    }
    return Tensor(shape: outputShape, values: output)
  }
}
