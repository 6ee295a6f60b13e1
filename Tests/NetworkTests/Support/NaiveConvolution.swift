import SeamScanNetwork

/// The convolution written as plainly as possible, for the kernels to be checked against: each
/// output is its bias plus the terms inside the input, in (input channel, kernel row, kernel
/// column) order, the order the kernels promise.
func naiveConvolution(_ convolution: Convolution, _ input: Tensor) -> [Float] {
  let k = convolution.kernelSize
  let inputsPerGroup = convolution.inputChannels / convolution.groups
  let outputsPerGroup = convolution.outputChannels / convolution.groups
  let height = (input.shape.height + 2 * convolution.padding - k) / convolution.stride + 1
  let width = (input.shape.width + 2 * convolution.padding - k) / convolution.stride + 1
  var output: [Float] = []
  for outputChannel in 0..<convolution.outputChannels {
    for row in 0..<height {
      for column in 0..<width {
        var sum = convolution.bias[outputChannel]
        for inputOffset in 0..<inputsPerGroup {
          let inputChannel = (outputChannel / outputsPerGroup) * inputsPerGroup + inputOffset
          for kernelRow in 0..<k {
            for kernelColumn in 0..<k {
              let y = row * convolution.stride - convolution.padding + kernelRow
              let x = column * convolution.stride - convolution.padding + kernelColumn
              guard (0..<input.shape.height).contains(y), (0..<input.shape.width).contains(x) else { continue }
              let weight = convolution.weights[
                ((outputChannel * inputsPerGroup + inputOffset) * k + kernelRow) * k + kernelColumn]
              sum += weight * input.values[(inputChannel * input.shape.height + y) * input.shape.width + x]
            }
          }
        }
        output.append(sum)
      }
    }
  }
  return output
}
