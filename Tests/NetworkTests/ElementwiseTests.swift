import Foundation
import SeamScanNetwork
import Testing

/// ReLU, sigmoid and the input normalisation, value by value.
@Suite struct ElementwiseTests {
  let three = TensorShape(channels: 3, height: 1, width: 1)

  @Test func reluClampsNegativesToZero() throws {
    #expect(try runLayer(.relu, on: three, [-2, 0, 3]).values == [0, 0, 3])
  }

  @Test func sigmoidOfKnownLogits() throws {
    let output = try runLayer(.sigmoid, on: three, [0, log(3), -log(3)])
    #expect(output.values[0] == 0.5)
    #expect(abs(output.values[1] - 0.75) < 1e-7)
    #expect(abs(output.values[2] - 0.25) < 1e-7)
  }

  @Test func inputIsNormalisedPerChannelFirst() throws {
    let shape = TensorShape(channels: 2, height: 1, width: 1)
    let input = try InputNormalisation(shape: shape, mean: [100, 10], standardDeviation: [2, 4])
    let network = try FaceNetwork(input: input, layers: [.relu])
    #expect(try network.run(Tensor(shape: shape, values: [96, 50])).values == [0, 10])
  }

  @Test func refusesAZeroStandardDeviation() {
    #expect(throws: FaceNetworkError.self) {
      try InputNormalisation(shape: three, mean: [0, 0, 0], standardDeviation: [1, 0, 1])
    }
  }
}
