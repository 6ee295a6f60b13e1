/// OpenCV's `resize(…, INTER_LINEAR_EXACT)` for 8-bit grey, bit for bit.
///
/// The cascade pyramid is built with it, and a window's variance and
/// feature values depend on every pixel, so a plain float bilinear would
/// flip borderline windows. OpenCV's bit-exact path (`resize_bitExact` with
/// `interpolationLinear` and `ufixedpoint16`) works in 8-bit fixed point:
///
/// * source position `f = (1 / (dst/src)) · (d + 0.5) − 0.5` in double,
///   tap `floor(f)`, weights `w1 = round_half_even((f − tap) · 256)`, `w0 = 256 − w1`;
/// * a horizontal pass keeps `w0·p0 + w1·p1` unrounded (8 fraction bits);
/// * the vertical pass combines two such rows and rounds once:
///   `(h0·v0 + h1·v1 + 2¹⁵) >> 16`;
/// * outputs whose tap falls before the first or after the last source
///   pixel copy that edge pixel (rounding the horizontal value `(h + 128) >> 8`).
///
/// At an exact 2× shrink OpenCV switches to its area-average path, which
/// gives the same numbers, so no special case is needed.
enum LinearExactResize {
  private struct Taps {
    /// First source index of each output sample.
    var offsets: [Int]
    /// `(w0, w1)` of each output sample, summing to 256.
    var weights: [(UInt32, UInt32)]
    /// Outputs before `interior` copy the first source sample, those at or after it the last.
    var interior: Range<Int>
  }

  private static func taps(source: Int, destination: Int) -> Taps {
    let scale = 1.0 / (Double(destination) / Double(source))
    var offsets = [Int](repeating: 0, count: destination)
    var weights = [(UInt32, UInt32)](repeating: (256, 0), count: destination)
    var lower = 0
    var upper = destination
    for d in 0..<destination {
      let position = scale * (Double(d) + 0.5) - 0.5
      let tap = Int(position.rounded(.down))
      if tap >= 0 && source > 1 {
        if tap < source - 1 {
          offsets[d] = tap
          let w1 = UInt32(cvRound((position - Double(tap)) * 256))
          weights[d] = (256 - w1, w1)
        } else {
          offsets[d] = source - 1
          upper = min(upper, d)
        }
      } else {
        lower = max(lower, d + 1)
      }
    }
    return Taps(offsets: offsets, weights: weights, interior: lower..<max(lower, upper))
  }

  /// Resamples `source` (`sourceWidth × sourceHeight`, no padding) into
  /// `destination` (`width × height`, no padding).
  static func resize(
    _ source: UnsafeBufferPointer<UInt8>, sourceWidth: Int, sourceHeight: Int,
    into destination: UnsafeMutableBufferPointer<UInt8>, width: Int, height: Int
  ) {
    if width == sourceWidth && height == sourceHeight {
      _ = destination.update(fromContentsOf: source)
      return
    }
    let columns = taps(source: sourceWidth, destination: width)
    let rows = taps(source: sourceHeight, destination: height)

    // Two horizontally resampled source rows, reused while consecutive output rows share them.
    var upperLine = [UInt32](repeating: 0, count: width)
    var lowerLine = upperLine
    var upperRow = -1
    var lowerRow = -1

    func resampleRow(_ row: Int, into line: inout [UInt32]) {
      let base = row * sourceWidth
      let first = UInt32(source[base]) << 8
      let last = UInt32(source[base + columns.offsets[width - 1]]) << 8
      line.withUnsafeMutableBufferPointer { out in
        for x in 0..<columns.interior.lowerBound { out[x] = first }
        for x in columns.interior {
          let tap = base + columns.offsets[x]
          let (w0, w1) = columns.weights[x]
          out[x] = w0 * UInt32(source[tap]) + w1 * UInt32(source[tap + 1])
        }
        for x in columns.interior.upperBound..<width { out[x] = last }
      }
    }

    for y in 0..<height {
      let outRow = y * width
      if rows.interior.contains(y) {
        let top = rows.offsets[y]
        if upperRow != top {
          if lowerRow == top {
            swap(&upperLine, &lowerLine)
            lowerRow = upperRow
          } else {
            resampleRow(top, into: &upperLine)
          }
          upperRow = top
        }
        if lowerRow != top + 1 {
          resampleRow(top + 1, into: &lowerLine)
          lowerRow = top + 1
        }
        let (w0, w1) = rows.weights[y]
        upperLine.withUnsafeBufferPointer { upper in
          lowerLine.withUnsafeBufferPointer { lower in
            for x in 0..<width {
              destination[outRow + x] = UInt8(truncatingIfNeeded: (upper[x] * w0 + lower[x] * w1 + (1 << 15)) >> 16)
            }
          }
        }
      } else {
        // Above the first or below the last source row: that row alone.
        let edgeRow = y < rows.interior.lowerBound ? 0 : sourceHeight - 1
        resampleRow(edgeRow, into: &upperLine)
        upperRow = edgeRow
        upperLine.withUnsafeBufferPointer { line in
          for x in 0..<width {
            destination[outRow + x] = UInt8(truncatingIfNeeded: (line[x] + 128) >> 8)
          }
        }
      }
    }
  }
}
