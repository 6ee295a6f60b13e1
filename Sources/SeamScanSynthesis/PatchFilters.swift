/// Small filters on row-major Float patches, edges clamped.
enum PatchFilters {
  /// One pass of the separable [1 2 1] / 4 binomial; two passes give the 5 × 5 binomial.
  static func binomialBlur(_ patch: [Float], width: Int, height: Int) -> [Float] {
    var horizontal = patch
    for y in 0..<height {
      let row = y * width
      for x in 0..<width {
        let left = patch[row + max(x - 1, 0)]
        let right = patch[row + min(x + 1, width - 1)]
        horizontal[row + x] = (left + 2 * patch[row + x] + right) / 4
      }
    }
    var out = horizontal
    for y in 0..<height {
      let above = max(y - 1, 0) * width
      let below = min(y + 1, height - 1) * width
      for x in 0..<width {
        out[y * width + x] = (horizontal[above + x] + 2 * horizontal[y * width + x] + horizontal[below + x]) / 4
      }
    }
    return out
  }

  /// Blurs (`amount` < 0, toward the 5 × 5 binomial) or sharpens (`amount` > 0,
  /// unsharp mask against the 3 × 3 binomial with gain 1.5 × amount).
  static func adjustSharpness(_ patch: [Float], width: Int, height: Int, amount: Float) -> [Float] {
    guard amount != 0, width > 0, height > 0 else { return patch }
    let once = binomialBlur(patch, width: width, height: height)
    if amount > 0 {
      let gain = 1.5 * amount
      return zip(patch, once).map { $0 + gain * ($0 - $1) }
    }
    let twice = binomialBlur(once, width: width, height: height)
    return zip(patch, twice).map { $0 - amount * ($1 - $0) }
  }

  /// The patch as a generator of coarser resolution would render it: box-averaged
  /// onto a grid `factor` pixels apart, then bilinearly upsampled back, as swap
  /// tools upscale their G-pixel output into the frame. `factor` ≤ 1 returns it unchanged.
  static func bottleneck(_ patch: [Float], width: Int, height: Int, factor: Float) -> [Float] {
    guard factor > 1, width > 0, height > 0 else { return patch }
    let lowWidth = max(1, Int((Float(width) / factor).rounded(.up)))
    let lowHeight = max(1, Int((Float(height) / factor).rounded(.up)))
    var low = [Float](repeating: 0, count: lowWidth * lowHeight)
    var counts = [Float](repeating: 0, count: lowWidth * lowHeight)
    for y in 0..<height {
      let ly = min(Int(Float(y) / factor), lowHeight - 1)
      for x in 0..<width {
        let cell = ly * lowWidth + min(Int(Float(x) / factor), lowWidth - 1)
        low[cell] += patch[y * width + x]
        counts[cell] += 1
      }
    }
    for i in low.indices where counts[i] > 0 { low[i] /= counts[i] }
    var out = [Float](repeating: 0, count: patch.count)
    for y in 0..<height {
      let fy = min(max((Float(y) + 0.5) / factor - 0.5, 0), Float(lowHeight - 1))
      let y0 = min(Int(fy), max(lowHeight - 2, 0))
      let y1 = min(y0 + 1, lowHeight - 1)
      let wy = fy - Float(y0)
      for x in 0..<width {
        let fx = min(max((Float(x) + 0.5) / factor - 0.5, 0), Float(lowWidth - 1))
        let x0 = min(Int(fx), max(lowWidth - 2, 0))
        let x1 = min(x0 + 1, lowWidth - 1)
        let wx = fx - Float(x0)
        let top = low[y0 * lowWidth + x0] * (1 - wx) + low[y0 * lowWidth + x1] * wx
        let bottom = low[y1 * lowWidth + x0] * (1 - wx) + low[y1 * lowWidth + x1] * wx
        out[y * width + x] = top * (1 - wy) + bottom * wy
      }
    }
    return out
  }
}
