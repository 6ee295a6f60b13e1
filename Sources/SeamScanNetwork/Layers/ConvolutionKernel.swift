extension Convolution {
  /// Direct convolution over a zero-padded copy of the input. Each output value starts at its
  /// bias and adds `weight × input` for every (input channel, kernel row, kernel column) in that
  /// order, so results are bit-identical from run to run. With stride 1, eight neighbouring
  /// outputs of a row are summed at once in SIMD registers (the same order, lane by lane), for
  /// four output channels together where they read the same inputs; other strides and the last
  /// columns of a row go one value at a time.
  func apply(_ input: Tensor, producing outputShape: TensorShape) -> Tensor {
    let padded = ZeroPadded(input, padding: padding)
    var output = [Float](repeating: 0, count: outputShape.count)
    padded.values.withUnsafeBufferPointer { source in
      weights.withUnsafeBufferPointer { weights in
        output.withUnsafeMutableBufferPointer { destination in
          let taps = Taps(of: self, source: source, padded: padded, weights: weights)
          let rows = OutputRows(destination: destination, shape: outputShape)
          // Rows outermost: the few input rows one output row reads stay in cache for every output channel.
          for row in 0..<outputShape.height {
            var channel = 0
            if stride == 1 && outputsPerGroup % 4 == 0 {
              while channel < outputChannels {
                fourChannels(from: channel, row: row, taps: taps, rows: rows)
                channel += 4
              }
            }
            for channel in channel..<outputChannels {
              oneChannel(channel, row: row, fromColumn: 0, taps: taps, rows: rows)
            }
          }
        }
      }
    }
    return Tensor(shape: outputShape, values: output)
  }

  private typealias Lanes = SIMD8<Float>

  /// Columns `fromColumn...` of one output row of `channel`.
  @inline(__always)
  private func oneChannel(_ channel: Int, row: Int, fromColumn: Int, taps: Taps, rows: OutputRows) {
    let width = rows.shape.width
    var column = fromColumn
    if stride == 1 {
      while column + Lanes.scalarCount <= width {
        var sum = Lanes(repeating: bias[channel])
        taps.forEach(channel: channel, row: row, column: column) { tap, input in
          sum += taps.weights[tap] * taps.lanes(at: input)
        }
        rows.store(sum, channel: channel, row: row, column: column)
        column += Lanes.scalarCount
      }
    }
    for column in column..<width {
      var sum = bias[channel]
      taps.forEach(channel: channel, row: row, column: column) { tap, input in
        sum += taps.weights[tap] * taps.source[input]
      }
      rows.store(sum, channel: channel, row: row, column: column)
    }
  }

  /// One output row of four channels of one group (stride 1): each input load serves four
  /// multiply-adds, and the four independent sums keep the adders busy.
  @inline(__always)
  private func fourChannels(from first: Int, row: Int, taps: Taps, rows: OutputRows) {
    let channelTaps = inputsPerGroup * kernelSize * kernelSize
    var column = 0
    while column + Lanes.scalarCount <= rows.shape.width {
      var sums = (
        Lanes(repeating: bias[first]), Lanes(repeating: bias[first + 1]), Lanes(repeating: bias[first + 2]),
        Lanes(repeating: bias[first + 3])
      )
      taps.forEach(channel: first, row: row, column: column) { tap, input in
        let values = taps.lanes(at: input)
        sums.0 += taps.weights[tap] * values
        sums.1 += taps.weights[tap + channelTaps] * values
        sums.2 += taps.weights[tap + 2 * channelTaps] * values
        sums.3 += taps.weights[tap + 3 * channelTaps] * values
      }
      rows.store(sums.0, channel: first, row: row, column: column)
      rows.store(sums.1, channel: first + 1, row: row, column: column)
      rows.store(sums.2, channel: first + 2, row: row, column: column)
      rows.store(sums.3, channel: first + 3, row: row, column: column)
      column += Lanes.scalarCount
    }
    for channel in first..<(first + 4) {
      oneChannel(channel, row: row, fromColumn: column, taps: taps, rows: rows)
    }
  }
}

/// Where each term of an output's sum comes from: the weight's index and the input's index in
/// the padded input, in summation order.
private struct Taps {
  let source: UnsafeBufferPointer<Float>
  let weights: UnsafeBufferPointer<Float>
  let kernelSize: Int
  let stride: Int
  let inputsPerGroup: Int
  let outputsPerGroup: Int
  let planeCount: Int
  let width: Int

  init(
    of convolution: Convolution, source: UnsafeBufferPointer<Float>, padded: ZeroPadded,
    weights: UnsafeBufferPointer<Float>
  ) {
    self.source = source
    self.weights = weights
    kernelSize = convolution.kernelSize
    stride = convolution.stride
    inputsPerGroup = convolution.inputsPerGroup
    outputsPerGroup = convolution.outputsPerGroup
    planeCount = padded.planeCount
    width = padded.width
  }

  /// Calls `body(weight index, input index)` for each term of the output at (`row`, `column`) of `channel`.
  @inline(__always)
  func forEach(channel: Int, row: Int, column: Int, _ body: (Int, Int) -> Void) {
    var tap = channel * inputsPerGroup * kernelSize * kernelSize
    let firstInput = (channel / outputsPerGroup) * inputsPerGroup
    for inputChannel in firstInput..<(firstInput + inputsPerGroup) {
      for kernelRow in 0..<kernelSize {
        let input = inputChannel * planeCount + (row * stride + kernelRow) * width + column * stride
        for kernelColumn in 0..<kernelSize {
          body(tap, input + kernelColumn)
          tap += 1
        }
      }
    }
  }

  /// The input at `index` and the seven after it.
  @inline(__always)
  func lanes(at index: Int) -> SIMD8<Float> {
    UnsafeRawPointer(source.baseAddress! + index).loadUnaligned(as: SIMD8<Float>.self)
  }
}

/// The output tensor's buffer, addressed by channel, row and column.
private struct OutputRows {
  let destination: UnsafeMutableBufferPointer<Float>
  let shape: TensorShape

  @inline(__always)
  func store(_ value: Float, channel: Int, row: Int, column: Int) {
    destination[(channel * shape.height + row) * shape.width + column] = value
  }

  @inline(__always)
  func store(_ values: SIMD8<Float>, channel: Int, row: Int, column: Int) {
    let index = (channel * shape.height + row) * shape.width + column
    UnsafeMutableRawPointer(destination.baseAddress! + index).storeBytes(of: values, as: SIMD8<Float>.self)
  }
}
