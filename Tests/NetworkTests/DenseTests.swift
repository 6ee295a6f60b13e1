import SeamScanNetwork
import Testing

/// The fully connected layer reads its input flattened in CHW order.
@Suite struct DenseTests {
  @Test func weightsRowsMeetTheFlattenedInput() throws {
    let dense = try Dense(
      inputFeatures: 4, outputFeatures: 2, weights: [1, -1, 2, 0, 0.5, 0.5, 0.5, 0.5], bias: [1, -5])
    let output = try runLayer(.dense(dense), on: TensorShape(channels: 2, height: 1, width: 2), [1, 2, 3, 4])
    #expect(output.shape == TensorShape(channels: 2, height: 1, width: 1))
    #expect(output.values == [6, 0])
  }

  @Test func refusesAnInputOfAnotherSize() throws {
    let dense = try Dense(inputFeatures: 3, outputFeatures: 1, weights: [1, 1, 1], bias: [0])
    #expect(throws: FaceNetworkError.self) {
      try runLayer(.dense(dense), on: TensorShape(channels: 1, height: 2, width: 2), [1, 2, 3, 4])
    }
  }
}
