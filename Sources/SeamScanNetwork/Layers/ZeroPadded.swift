/// An input tensor with `padding` zeros around every channel plane, so that the convolution's
/// inner loops never test for edges. Adding `weight × 0` leaves a sum exactly as it was, so the
/// result is the same as skipping the taps outside the input.
struct ZeroPadded {
  let values: [Float]
  let height: Int
  let width: Int
  var planeCount: Int { height * width }

  init(_ input: Tensor, padding: Int) {
    let height = input.shape.height + 2 * padding
    let width = input.shape.width + 2 * padding
    self.height = height
    self.width = width
    guard padding > 0 else {
      values = input.values
      return
    }
    var padded = [Float](repeating: 0, count: input.shape.channels * height * width)
    let inputWidth = input.shape.width
    let inputPlane = input.shape.planeCount
    let paddedPlane = height * width
    input.values.withUnsafeBufferPointer { source in
      padded.withUnsafeMutableBufferPointer { destination in
        for channel in 0..<input.shape.channels {
          for row in 0..<input.shape.height {
            let from = channel * inputPlane + row * inputWidth
            let to = channel * paddedPlane + (row + padding) * width + padding
            _ = UnsafeMutableBufferPointer(rebasing: destination[to..<(to + inputWidth)])
              .update(fromContentsOf: source[from..<(from + inputWidth)])
          }
        }
      }
    }
    values = padded
  }
}
