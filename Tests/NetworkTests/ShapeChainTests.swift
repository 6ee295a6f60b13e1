import SeamScanNetwork
import Testing

/// Building a network checks that each layer accepts the shape the one before it makes.
@Suite struct ShapeChainTests {
  let input: InputNormalisation

  init() throws {
    input = try InputNormalisation(
      shape: TensorShape(channels: 3, height: 8, width: 8), mean: [0, 0, 0], standardDeviation: [1, 1, 1])
  }

  func convolution(_ inputs: Int, _ outputs: Int, kernel: Int, stride: Int = 1) throws -> Layer {
    .convolution(
      try Convolution(
        inputChannels: inputs, outputChannels: outputs, kernelSize: kernel, stride: stride,
        weights: Array(repeating: 0, count: outputs * inputs * kernel * kernel),
        bias: Array(repeating: 0, count: outputs)))
  }

  @Test func shapesFollowEachLayer() throws {
    let network = try FaceNetwork(
      input: input,
      layers: [
        try convolution(3, 4, kernel: 3), .relu, .maxPool(try PoolingWindow(size: 2, stride: 2)), .globalAveragePool,
        .dense(try Dense(inputFeatures: 4, outputFeatures: 1, weights: [1, 1, 1, 1], bias: [0])), .sigmoid,
      ])
    #expect(
      network.shapes.map(\.description) == ["3×8×8", "4×6×6", "4×6×6", "4×3×3", "4×1×1", "1×1×1", "1×1×1"])
  }

  @Test func aLayerThatDoesNotFitNamesItsIndex() throws {
    let error = #expect(throws: FaceNetworkError.self) {
      try FaceNetwork(input: input, layers: [try convolution(3, 4, kernel: 3), try convolution(3, 4, kernel: 1)])
    }
    #expect(error?.message.hasPrefix("layer 1:") == true)
  }

  @Test func aKernelLargerThanItsInputIsRefused() {
    #expect(throws: FaceNetworkError.self) { try FaceNetwork(input: input, layers: [try convolution(3, 1, kernel: 9)]) }
  }

  @Test func anInputOfAnotherShapeIsRefused() throws {
    let network = try FaceNetwork(input: input, layers: [.relu])
    #expect(throws: FaceNetworkError.self) {
      try network.run(
        Tensor(shape: TensorShape(channels: 3, height: 4, width: 4), values: Array(repeating: 0, count: 48)))
    }
  }
}
