extension Convolution {
  /// Direct convolution: each output plane starts at its bias, then every (input channel,
  /// kernel row, kernel column) adds `weight × shifted input` over whole output rows. The inner
  /// loop is a contiguous multiply-add the compiler vectorises, and each output value sums its
  /// terms in one fixed order, so results are bit-identical from run to run.
  func apply(_ input: Tensor, producing outputShape: TensorShape) -> Tensor {
    var output = [Float](repeating: 0, count: outputShape.count)
    let inputPlane = input.shape.planeCount
    let outputPlane = outputShape.planeCount
    let kernelArea = kernelSize * kernelSize
    input.values.withUnsafeBufferPointer { source in
      weights.withUnsafeBufferPointer { weights in
        output.withUnsafeMutableBufferPointer { destination in
          for outputChannel in 0..<outputChannels {
            let plane = UnsafeMutableBufferPointer(rebasing: destination[(outputChannel * outputPlane)...])
            plane.update(repeating: bias[outputChannel])
            let firstInput = (outputChannel / outputsPerGroup) * inputsPerGroup
            for inputOffset in 0..<inputsPerGroup {
              let kernel = (outputChannel * inputsPerGroup + inputOffset) * kernelArea
              for kernelRow in 0..<kernelSize {
                for kernelColumn in 0..<kernelSize {
                  addShifted(
                    UnsafeBufferPointer(rebasing: source[((firstInput + inputOffset) * inputPlane)...]),
                    inputShape: input.shape, times: weights[kernel + kernelRow * kernelSize + kernelColumn],
                    at: (kernelRow, kernelColumn), to: plane, outputShape: outputShape)
                }
              }
            }
          }
        }
      }
    }
    return Tensor(shape: outputShape, values: output)
  }

  /// Adds `weight ×` the input plane, shifted by one kernel tap, to every output it reaches.
  @inline(__always)
  private func addShifted(
    _ inputPlane: UnsafeBufferPointer<Float>, inputShape: TensorShape, times weight: Float,
    at tap: (row: Int, column: Int), to outputPlane: UnsafeMutableBufferPointer<Float>, outputShape: TensorShape
  ) {
    let rows = validOutputs(offset: tap.row, inputSize: inputShape.height, outputSize: outputShape.height)
    let columns = validOutputs(offset: tap.column, inputSize: inputShape.width, outputSize: outputShape.width)
    for row in rows {
      let inputRow = (row * stride - padding + tap.row) * inputShape.width + tap.column - padding
      let outputRow = row * outputShape.width
      if stride == 1 {
        for column in columns {
          outputPlane[outputRow + column] += weight * inputPlane[inputRow + column]
        }
      } else {
        for column in columns {
          outputPlane[outputRow + column] += weight * inputPlane[inputRow + column * stride]
        }
      }
    }
  }
}
