/// Small filters on row-major Float patches, edges clamped.
enum PatchFilters {
  /// One pass of the separable [1 2 1] / 4 binomial; two passes give the 5 × 5 binomial.
  static func binomialBlur(_ patch: [Float], width: Int, height: Int) -> [Float] {
    var horizontal = patch
    for y in 0..<height {
      let row = y * width
      for x in 0..<width {
        let left = patch[row + max(x - 1, 0)], right = patch[row + min(x + 1, width - 1)]
        horizontal[row + x] = (left + 2 * patch[row + x] + right) / 4
      }
    }
    var out = horizontal
    for y in 0..<height {
      let above = max(y - 1, 0) * width, below = min(y + 1, height - 1) * width
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
}
