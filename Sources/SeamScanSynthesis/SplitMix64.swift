/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator whose output
/// is fixed by the seed alone, on every platform and Swift version. Synthetic
/// data must be reproducible byte for byte, so nothing here goes through the
/// standard library's `random(in:)`, whose algorithm may change.
public struct SplitMix64: Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [0, 1), 24 random bits.
  public mutating func nextUnit() -> Float {
    Float(next() >> 40) * (1.0 / 16_777_216.0)
  }

  /// Uniform in `range`.
  public mutating func uniform(_ range: ClosedRange<Float>) -> Float {
    range.lowerBound + (range.upperBound - range.lowerBound) * nextUnit()
  }

  /// Uniform in [−magnitude, magnitude].
  public mutating func symmetric(_ magnitude: Float) -> Float {
    uniform(-magnitude...magnitude)
  }

  /// A random sign times a size uniform in [leastShare × magnitude, magnitude].
  public mutating func signed(_ magnitude: Float, leastShare: Float) -> Float {
    let size = uniform((leastShare * magnitude)...magnitude)
    return next() & 1 == 0 ? size : -size
  }
}
