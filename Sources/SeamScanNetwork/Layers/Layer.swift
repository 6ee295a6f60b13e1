/// One step of a feed-forward network: the layer set issue 16 names, nothing more.
public enum Layer: Sendable, Equatable {
  case convolution(Convolution)
  case relu
  case maxPool(PoolingWindow)
  case averagePool(PoolingWindow)
  case globalAveragePool
  case dense(Dense)
  case sigmoid

  /// The shape this layer makes from `input`; throws when `input` does not fit it.
  func outputShape(for input: TensorShape) throws(FaceNetworkError) -> TensorShape {
    switch self {
    case .convolution(let convolution): return try convolution.outputShape(for: input)
    case .relu, .sigmoid: return input
    case .maxPool(let window), .averagePool(let window): return try window.outputShape(for: input)
    case .globalAveragePool: return GlobalAveragePool.outputShape(for: input)
    case .dense(let dense): return try dense.outputShape(for: input)
    }
  }

  /// `outputShape` is what `outputShape(for: input.shape)` returned when the network was built.
  func apply(_ input: Tensor, producing outputShape: TensorShape) -> Tensor {
    switch self {
    case .convolution(let convolution): return convolution.apply(input, producing: outputShape)
    case .relu: return Elementwise.relu(input)
    case .maxPool(let window): return window.maximum(input, producing: outputShape)
    case .averagePool(let window): return window.average(input, producing: outputShape)
    case .globalAveragePool: return GlobalAveragePool.apply(input)
    case .dense(let dense): return dense.apply(input, producing: outputShape)
    case .sigmoid: return Elementwise.sigmoid(input)
    }
  }

  /// How many learned values (weights and biases) the layer holds.
  var parameterCount: Int {
    switch self {
    case .convolution(let convolution): return convolution.weights.count + convolution.bias.count
    case .dense(let dense): return dense.weights.count + dense.bias.count
    case .relu, .maxPool, .averagePool, .globalAveragePool, .sigmoid: return 0
    }
  }
}
