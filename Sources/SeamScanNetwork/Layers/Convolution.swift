/// A 2-D convolution with square kernels, zero padding and channel groups (`groups` equal to
/// the input and output channel counts makes it depthwise). Batch norm is folded into
/// `weights` and `bias` by the exporter, so it costs nothing here.
public struct Convolution: Sendable, Equatable {
  public let inputChannels: Int
  public let outputChannels: Int
  public let kernelSize: Int
  public let stride: Int
  public let padding: Int
  public let groups: Int
  /// `[output channel][input channel within its group][kernel row][kernel column]`, as PyTorch's `Conv2d.weight`.
  public let weights: [Float]
  public let bias: [Float]

  var inputsPerGroup: Int { inputChannels / groups }
  var outputsPerGroup: Int { outputChannels / groups }

  public init(
    inputChannels: Int, outputChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0, groups: Int = 1,
    weights: [Float], bias: [Float]
  ) throws(FaceNetworkError) {
    try Limits.check(inputChannels, "convolution input channels", in: 1...Limits.dimension)
    try Limits.check(outputChannels, "convolution output channels", in: 1...Limits.dimension)
    try Limits.check(kernelSize, "convolution kernel size", in: 1...Limits.kernel)
    try Limits.check(stride, "convolution stride", in: 1...Limits.kernel)
    try Limits.check(padding, "convolution padding", in: 0...kernelSize)
    try Limits.check(groups, "convolution groups", in: 1...Limits.dimension)
    guard inputChannels % groups == 0, outputChannels % groups == 0 else {
      throw FaceNetworkError(
        "convolution groups (\(groups)) must divide both its input (\(inputChannels)) and output (\(outputChannels)) channels"
      )
    }
    let weightCount = Self.weightCount(
      inputChannels: inputChannels, outputChannels: outputChannels, kernelSize: kernelSize, groups: groups)
    guard weights.count == weightCount, bias.count == outputChannels else {
      throw FaceNetworkError(
        "convolution needs \(weightCount) weights and \(outputChannels) biases, not \(weights.count) and \(bias.count)")
    }
    self.inputChannels = inputChannels
    self.outputChannels = outputChannels
    self.kernelSize = kernelSize
    self.stride = stride
    self.padding = padding
    self.groups = groups
    self.weights = weights
    self.bias = bias
  }

  static func weightCount(inputChannels: Int, outputChannels: Int, kernelSize: Int, groups: Int) -> Int {
    outputChannels * (inputChannels / groups) * kernelSize * kernelSize
  }

  func outputShape(for input: TensorShape) throws(FaceNetworkError) -> TensorShape {
    guard input.channels == inputChannels else {
      throw FaceNetworkError("convolution expects \(inputChannels) input channels, the layer before gives \(input)")
    }
    guard input.height + 2 * padding >= kernelSize, input.width + 2 * padding >= kernelSize else {
      throw FaceNetworkError("convolution's \(kernelSize)×\(kernelSize) kernel does not fit its padded \(input) input")
    }
    return TensorShape(
      channels: outputChannels, height: (input.height + 2 * padding - kernelSize) / stride + 1,
      width: (input.width + 2 * padding - kernelSize) / stride + 1)
  }
}
