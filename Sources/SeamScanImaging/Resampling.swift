extension GrayImage {
  /// Bilinear resampling to `width × height`, pixel centres aligned
  /// (the half-pixel convention FFmpeg and OpenCV use).
  public func resizedBilinear(width outWidth: Int, height outHeight: Int) -> GrayImage {
    precondition(outWidth > 0 && outHeight > 0)
    if outWidth == width && outHeight == height { return self }
    var out = [UInt8](repeating: 0, count: outWidth * outHeight)
    let scaleX = Double(width) / Double(outWidth), scaleY = Double(height) / Double(outHeight)
    let srcWidth = width, maxX = width - 1, maxY = height - 1
    pixels.withUnsafeBufferPointer { src in
      out.withUnsafeMutableBufferPointer { dst in
        for y in 0..<outHeight {
          let fy = max(0, (Double(y) + 0.5) * scaleY - 0.5)
          let y0 = min(Int(fy), maxY), y1 = min(y0 + 1, maxY)
          let wy = Float(fy - Double(y0))
          for x in 0..<outWidth {
            let fx = max(0, (Double(x) + 0.5) * scaleX - 0.5)
            let x0 = min(Int(fx), maxX), x1 = min(x0 + 1, maxX)
            let wx = Float(fx - Double(x0))
            let top = Float(src[y0 * srcWidth + x0]) * (1 - wx) + Float(src[y0 * srcWidth + x1]) * wx
            let bottom = Float(src[y1 * srcWidth + x0]) * (1 - wx) + Float(src[y1 * srcWidth + x1]) * wx
            dst[y * outWidth + x] = UInt8(min(255, max(0, (top * (1 - wy) + bottom * wy).rounded())))
          }
        }
      }
    }
    return GrayImage(width: outWidth, height: outHeight, pixels: out)
  }
}

/// The size an analysis frame gets: the longest side capped at `maxSide`,
/// aspect ratio kept, both sides even-agnostic and at least 1.
public func analysisSize(width: Int, height: Int, maxSide: Int) -> (width: Int, height: Int) {
  let longest = max(width, height)
  guard maxSide > 0, longest > maxSide else { return (width, height) }
  let scale = Double(maxSide) / Double(longest)
  return (max(1, Int((Double(width) * scale).rounded())), max(1, Int((Double(height) * scale).rounded())))
}
