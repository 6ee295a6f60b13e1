extension GrayImage {
  /// Bilinear resampling to `width × height`, pixel centres aligned
  /// (the half-pixel convention FFmpeg and OpenCV use); both sides at least 2.
  public func resizedBilinear(width outWidth: Int, height outHeight: Int) -> GrayImage {
    precondition(outWidth > 0 && outHeight > 0 && width >= 2 && height >= 2)
    if outWidth == width && outHeight == height { return self }
    var out = [UInt8](repeating: 0, count: outWidth * outHeight)
    let scaleX = Float(width) / Float(outWidth)
    let scaleY = Float(height) / Float(outHeight)
    pixels.withUnsafeBufferPointer { src in
      out.withUnsafeMutableBufferPointer { dst in
        for y in 0..<outHeight {
          let sy = (Float(y) + 0.5) * scaleY - 0.5
          for x in 0..<outWidth {
            let value = bilinearSample(src, width: width, height: height, x: (Float(x) + 0.5) * scaleX - 0.5, y: sy)
            dst[y * outWidth + x] = UInt8(min(255, max(0, value.rounded())))
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
