import SeamScanNetwork

/// Runs one layer on `values` of `shape`, with the identity normalisation (mean 0, std 1).
func runLayer(_ layer: Layer, on shape: TensorShape, _ values: [Float]) throws -> Tensor {
  let input = try InputNormalisation(
    shape: shape, mean: Array(repeating: 0, count: shape.channels),
    standardDeviation: Array(repeating: 1, count: shape.channels))
  return try FaceNetwork(input: input, layers: [layer]).run(Tensor(shape: shape, values: values))
}
