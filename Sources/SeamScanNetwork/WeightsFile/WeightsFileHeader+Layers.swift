extension WeightsFileHeader.LayerEntry {
  /// The layer this entry describes, with its weights and biases read next from `reader`.
  func layer(reading reader: inout ByteReader) throws(FaceNetworkError) -> Layer {
    switch kind {
    case "convolution": return .convolution(try convolution(reading: &reader))
    case "dense": return .dense(try dense(reading: &reader))
    case "max_pool": return .maxPool(try window())
    case "average_pool": return .averagePool(try window())
    case "global_average_pool": return .globalAveragePool
    case "relu": return .relu
    case "sigmoid": return .sigmoid
    default: throw FaceNetworkError("unknown layer kind")
    }
  }

  private func convolution(reading reader: inout ByteReader) throws(FaceNetworkError) -> Convolution {
    let inputs = try required(inChannels, "in_channels")
    let outputs = try required(outChannels, "out_channels")
    let kernel = try required(self.kernel, "kernel")
    let groups = try required(self.groups, "groups")
    // Bounded before the weight count is computed from them, so that it cannot overflow.
    try Limits.check(inputs, "in_channels", in: 1...Limits.dimension)
    try Limits.check(outputs, "out_channels", in: 1...Limits.dimension)
    try Limits.check(kernel, "kernel", in: 1...Limits.kernel)
    try Limits.check(groups, "groups", in: 1...inputs)
    let weightCount = Convolution.weightCount(
      inputChannels: inputs, outputChannels: outputs, kernelSize: kernel, groups: groups)
    return try Convolution(
      inputChannels: inputs, outputChannels: outputs, kernelSize: kernel, stride: try required(stride, "stride"),
      padding: try required(padding, "padding"), groups: groups,
      weights: try reader.floats(weightCount, for: "the convolution weights"),
      bias: try reader.floats(outputs, for: "the convolution biases"))
  }

  private func dense(reading reader: inout ByteReader) throws(FaceNetworkError) -> Dense {
    let inputs = try required(inFeatures, "in_features")
    let outputs = try required(outFeatures, "out_features")
    // Bounded before the weight count is computed from them, so that it cannot overflow.
    try Limits.check(inputs, "in_features", in: 1...Limits.tensorValues)
    try Limits.check(outputs, "out_features", in: 1...Limits.dimension)
    return try Dense(
      inputFeatures: inputs, outputFeatures: outputs,
      weights: try reader.floats(inputs * outputs, for: "the dense weights"),
      bias: try reader.floats(outputs, for: "the dense biases"))
  }

  private func window() throws(FaceNetworkError) -> PoolingWindow {
    try PoolingWindow(size: try required(kernel, "kernel"), stride: try required(stride, "stride"))
  }

  private func required(_ value: Int?, _ name: String) throws(FaceNetworkError) -> Int {
    guard let value else { throw FaceNetworkError("\(name) is missing") }
    return value
  }
}
