/// The size of a channels × height × width tensor.
public struct TensorShape: Sendable, Hashable, CustomStringConvertible {
  public var channels: Int
  public var height: Int
  public var width: Int

  public init(channels: Int, height: Int, width: Int) {
    self.channels = channels
    self.height = height
    self.width = width
  }

  public var count: Int { channels * height * width }
  public var planeCount: Int { height * width }
  public var description: String { "\(channels)×\(height)×\(width)" }
}

/// Float32 values in CHW order (channel planes one after another, rows within each plane)
/// on one contiguous buffer, as PyTorch lays out one image of a batch.
public struct Tensor: Sendable, Equatable {
  public let shape: TensorShape
  public internal(set) var values: [Float]

  /// `values` must hold exactly `shape.count` numbers in CHW order.
  public init(shape: TensorShape, values: [Float]) {
    precondition(values.count == shape.count, "a \(shape) tensor holds \(shape.count) values, not \(values.count)")
    self.shape = shape
    self.values = values
  }
}
