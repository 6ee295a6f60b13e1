import SeamScanNetwork
import Testing

/// Convolutions on tensors small enough to check by hand.
@Suite struct ConvolutionTests {
  @Test func twoByTwoKernelSlidesOverThreeByThree() throws {
    let convolution = try Convolution(
      inputChannels: 1, outputChannels: 1, kernelSize: 2, weights: [1, 2, 3, 4], bias: [0.5])
    // Input 1...9 row by row; the top-left output is 1·1 + 2·2 + 3·4 + 4·5 + 0.5.
    let output = try runLayer(
      .convolution(convolution), on: TensorShape(channels: 1, height: 3, width: 3), (1...9).map(Float.init))
    #expect(output.shape == TensorShape(channels: 1, height: 2, width: 2))
    #expect(output.values == [37.5, 47.5, 67.5, 77.5])
  }

  @Test func strideTwoWithPaddingCountsOnlyTheInputInside() throws {
    let convolution = try Convolution(
      inputChannels: 1, outputChannels: 1, kernelSize: 3, stride: 2, padding: 1,
      weights: Array(repeating: 1, count: 9), bias: [0])
    // A 4×4 plane of ones: each output counts the window's cells that fall inside it.
    let output = try runLayer(
      .convolution(convolution), on: TensorShape(channels: 1, height: 4, width: 4), Array(repeating: 1, count: 16))
    #expect(output.shape == TensorShape(channels: 1, height: 2, width: 2))
    #expect(output.values == [4, 6, 6, 9])
  }

  @Test func depthwiseKeepsChannelsApart() throws {
    let convolution = try Convolution(
      inputChannels: 2, outputChannels: 2, kernelSize: 1, groups: 2, weights: [3, -1], bias: [0, 1])
    let output = try runLayer(
      .convolution(convolution), on: TensorShape(channels: 2, height: 1, width: 2), [1, 1, 2, 2])
    #expect(output.values == [3, 3, -1, -1])
  }

  @Test func eachGroupReadsItsOwnInputChannels() throws {
    // Four input channels in two groups: output 0 reads channels 0–1, output 1 channels 2–3.
    let convolution = try Convolution(
      inputChannels: 4, outputChannels: 2, kernelSize: 1, groups: 2, weights: [10, 100, 1000, 10000], bias: [0, 0])
    let output = try runLayer(
      .convolution(convolution), on: TensorShape(channels: 4, height: 1, width: 1), [1, 2, 3, 4])
    #expect(output.values == [210, 43000])
  }

  @Test func everyInputChannelAddsToEveryOutput() throws {
    let convolution = try Convolution(
      inputChannels: 2, outputChannels: 2, kernelSize: 1, weights: [1, 1, 1, -1], bias: [0, 0.5])
    let output = try runLayer(
      .convolution(convolution), on: TensorShape(channels: 2, height: 1, width: 1), [3, 5])
    #expect(output.values == [8, -1.5])
  }

  @Test func refusesGroupsThatDoNotDivideTheChannels() {
    #expect(throws: FaceNetworkError.self) {
      try Convolution(
        inputChannels: 3, outputChannels: 4, kernelSize: 1, groups: 2, weights: [1, 1, 1, 1], bias: [0, 0, 0, 0])
    }
  }

  /// (input channels, output channels, kernel, stride, padding, groups, width): rows of 13, 21, 10
  /// and 9 outputs leave the 8-wide SIMD runs a remainder; four output channels per group take
  /// the blocked path, depthwise and stride 2 the others.
  @Test(arguments: [
    (2, 4, 3, 1, 1, 1, 13), (4, 4, 3, 1, 1, 4, 21), (3, 8, 5, 2, 2, 1, 19), (8, 8, 1, 1, 0, 2, 9),
    (3, 6, 3, 1, 0, 1, 12),
  ])
  func matchesANaiveLoopBitForBit(
    _ inputs: Int, _ outputs: Int, _ kernel: Int, _ stride: Int, _ padding: Int, _ groups: Int, _ width: Int
  ) throws {
    var generator = SplitMix64(seed: UInt64(width))
    func random(_ count: Int) -> [Float] { (0..<count).map { _ in Float.random(in: -1...1, using: &generator) } }
    let convolution = try Convolution(
      inputChannels: inputs, outputChannels: outputs, kernelSize: kernel, stride: stride, padding: padding,
      groups: groups, weights: random(outputs * inputs / groups * kernel * kernel), bias: random(outputs))
    let shape = TensorShape(channels: inputs, height: 7, width: width)
    let input = Tensor(shape: shape, values: random(shape.count))
    let output = try runLayer(.convolution(convolution), on: shape, input.values)
    #expect(output.values.map(\.bitPattern) == naiveConvolution(convolution, input).map(\.bitPattern))
  }
}
