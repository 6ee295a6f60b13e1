/// A small feed-forward CNN over one CHW image, run on the CPU in one thread.
///
/// The same input gives bit-identical output on every run and machine thread count: each
/// layer sums its terms in one fixed order and nothing is split across threads. Callers run
/// several faces at once by calling `run` concurrently; the network is immutable.
public struct FaceNetwork: Sendable, Equatable {
  public let input: InputNormalisation
  public let layers: [Layer]
  /// The input shape, then each layer's output shape.
  public let shapes: [TensorShape]

  /// Checks that the layers chain from `input.shape`, each accepting the shape the one
  /// before it makes, with no tensor too large.
  public init(input: InputNormalisation, layers: [Layer]) throws(FaceNetworkError) {
    try Limits.check(layers.count, "the number of layers", in: 1...Limits.layers)
    var shapes = [input.shape]
    for (index, layer) in layers.enumerated() {
      let shape: TensorShape
      do {
        shape = try layer.outputShape(for: shapes[index])
      } catch {
        throw FaceNetworkError("layer \(index): \(error.message)")
      }
      try Limits.check(shape, after: "layer \(index)")
      shapes.append(shape)
    }
    self.input = input
    self.layers = layers
    self.shapes = shapes
  }

  public var outputShape: TensorShape { shapes[shapes.count - 1] }
  public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

  /// Normalises `pixels` (values on the 0–255 scale, `input.shape`) and runs every layer.
  public func run(_ pixels: Tensor) throws(FaceNetworkError) -> Tensor {
    guard pixels.shape == input.shape else {
      throw FaceNetworkError("the network takes a \(input.shape) input, not \(pixels.shape)")
    }
    var tensor = input.apply(pixels)
    for (index, layer) in layers.enumerated() {
      tensor = layer.apply(tensor, producing: shapes[index + 1])
    }
    return tensor
  }
}
