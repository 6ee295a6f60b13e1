/// Bounds on what a network may declare. They keep every size product far from `Int` overflow
/// and refuse, before anything is allocated, a file that would ask for gigabytes.
enum Limits {
  /// Channels, features, heights and widths.
  static let dimension = 4096
  static let kernel = 32
  static let layers = 256
  /// Values in any one tensor between layers (256 MB of Float32).
  static let tensorValues = 1 << 26

  static func check(_ value: Int, _ name: String, in range: ClosedRange<Int>) throws(FaceNetworkError) {
    guard range.contains(value) else {
      throw FaceNetworkError("\(name) is \(value); it must lie in \(range.lowerBound)...\(range.upperBound)")
    }
  }

  static func check(_ shape: TensorShape, after layer: String) throws(FaceNetworkError) {
    guard shape.count <= tensorValues else {
      throw FaceNetworkError("\(layer) would make a \(shape) tensor, more than \(tensorValues) values")
    }
  }
}
