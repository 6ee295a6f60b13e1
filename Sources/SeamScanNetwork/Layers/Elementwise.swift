import Foundation

/// Layers that keep the shape and map each value alone.
enum Elementwise {
  static func relu(_ input: Tensor) -> Tensor {
    map(input) { max($0, 0) }
  }

  static func sigmoid(_ input: Tensor) -> Tensor {
    map(input) { 1 / (1 + exp(-$0)) }
  }

  private static func map(_ input: Tensor, _ transform: (Float) -> Float) -> Tensor {
    var output = input
    output.values.withUnsafeMutableBufferPointer { values in
      for index in values.indices { values[index] = transform(values[index]) }
    }
    return output
  }
}
