import SeamScanRecords

/// The alteration a self-blend applies: how the face copy is moved, recoloured,
/// re-sharpened, and through what mask it is pasted back.
public struct SelfBlendParameters: Sendable, Equatable {
  /// Zoom of the copy about the face centroid.
  public var scale: Float
  /// Shift of the copy, as a fraction of the face size.
  public var translation: SIMD2<Float>
  /// Offsets added to the copy's Y, Cb and Cr, in code values.
  public var lumaOffset: Float
  public var cbOffset: Float
  public var crOffset: Float
  /// −1…0 blurs the copy's luma (toward a 5 × 5 binomial blur), 0…1 sharpens it (unsharp mask).
  public var sharpness: Float
  /// ρ at the middle of the mask's feather: below 1 erodes the hull, above 1 dilates it.
  public var maskEdgeRho: Float
  /// Width of the feather, in ρ units.
  public var featherWidth: Float
  /// Mask value inside the feather: how much of the copy replaces the original.
  public var strength: Float
  /// Pixels a generator renders the 112-unit alignment square at; the copy loses all
  /// finer detail, as an upscaled swap does. 0: see ``bottleneckFactor``.
  public var generatorSize: Float
  /// Used when ``generatorSize`` is 0: the face is rendered at its own aligned size divided
  /// by this (1 keeps the frame's resolution), so every fake carries a deficit whatever its size.
  public var bottleneckFactor: Float
  public var mask: BlendMask

  public init(
    scale: Float, translation: SIMD2<Float>, lumaOffset: Float, cbOffset: Float, crOffset: Float,
    sharpness: Float, maskEdgeRho: Float, featherWidth: Float, strength: Float,
    generatorSize: Float = 0, bottleneckFactor: Float = 1, mask: BlendMask = .hull
  ) {
    self.scale = scale
    self.translation = translation
    self.lumaOffset = lumaOffset
    self.cbOffset = cbOffset
    self.crOffset = crOffset
    self.sharpness = sharpness
    self.maskEdgeRho = maskEdgeRho
    self.featherWidth = featherWidth
    self.strength = strength
    self.generatorSize = generatorSize
    self.bottleneckFactor = bottleneckFactor
    self.mask = mask
  }

  /// The ranges ``random(seed:)`` draws from.
  public enum Range {
    public static let scale: ClosedRange<Float> = 0.95...1.05
    public static let translation: Float = 0.02
    public static let lumaOffset: Float = 12
    public static let chromaOffset: Float = 6
    public static let sharpness: ClosedRange<Float> = -1...1
    public static let maskEdgeRho: ClosedRange<Float> = 0.85...1.1
    public static let featherWidth: ClosedRange<Float> = 0.04...0.25
    public static let strength: ClosedRange<Float> = 0.5...1
  }

  /// Least share of its range that the brightness, colour and sharpness changes take:
  /// a uniform draw around zero would make many "fakes" that carry no evidence at all,
  /// which teaches the scorer noise.
  public static let minimumChangeShare: Float = 0.3

  /// Parameters drawn from ``Range``, fixed by `seed`. Brightness, colour and
  /// sharpness changes have a random sign and at least ``minimumChangeShare`` of their range.
  public static func random(seed: UInt64) -> SelfBlendParameters {
    var rng = SplitMix64(seed: seed)
    let least = minimumChangeShare
    return SelfBlendParameters(
      scale: rng.uniform(Range.scale),
      translation: SIMD2(rng.symmetric(Range.translation), rng.symmetric(Range.translation)),
      lumaOffset: rng.signed(Range.lumaOffset, leastShare: least),
      cbOffset: rng.signed(Range.chromaOffset, leastShare: least),
      crOffset: rng.signed(Range.chromaOffset, leastShare: least),
      sharpness: rng.signed(Range.sharpness.upperBound, leastShare: least),
      maskEdgeRho: rng.uniform(Range.maskEdgeRho),
      featherWidth: rng.uniform(Range.featherWidth),
      strength: rng.uniform(Range.strength))
  }

  /// Ranges of ``generator(seed:)``, which imitates a one-shot swapper rather than a self-blend.
  public enum GeneratorRange {
    /// A generator's crop lands where the face is: the copy barely moves.
    public static let scale: ClosedRange<Float> = 0.99...1.01
    public static let translation: Float = 0.005
    /// Aligned face size over generator size: real tools' 128-320 px output pasted onto faces 1.3-3.5 times larger.
    public static let bottleneckFactor: ClosedRange<Float> = 1.3...3.5
    public static let sharpness: ClosedRange<Float> = -1...0.6
    public static let lumaOffset: Float = 6
    public static let chromaOffset: Float = 4
    public static let maskEdgeRho: ClosedRange<Float> = 0.8...1.05
    public static let featherWidth: ClosedRange<Float> = 0.05...0.3
    public static let strength: ClosedRange<Float> = 0.85...1
  }

  /// A generator emulation fixed by `seed`: the face re-rendered through a generator
  /// grid 1.3-3.5 times coarser than the face, smoothed as GANs render or sharpened as face enhancers do, colour
  /// exactly matched half the time (as colour transfer leaves it) and slightly off
  /// otherwise, pasted through the hull or the aligned box.
  public static func generator(seed: UInt64) -> SelfBlendParameters {
    var rng = SplitMix64(seed: seed)
    let g = GeneratorRange.self
    let matched = rng.nextUnit() < 0.5
    return SelfBlendParameters(
      scale: rng.uniform(g.scale),
      translation: SIMD2(rng.symmetric(g.translation), rng.symmetric(g.translation)),
      lumaOffset: matched ? 0 : rng.symmetric(g.lumaOffset),
      cbOffset: matched ? 0 : rng.symmetric(g.chromaOffset),
      crOffset: matched ? 0 : rng.symmetric(g.chromaOffset),
      sharpness: rng.uniform(g.sharpness),
      maskEdgeRho: rng.uniform(g.maskEdgeRho),
      featherWidth: rng.uniform(g.featherWidth),
      strength: rng.uniform(g.strength),
      bottleneckFactor: rng.uniform(g.bottleneckFactor),
      mask: rng.nextUnit() < 0.5 ? .hull : .alignedBox)
  }

  /// The ranges one kind of fake draws its parameters from, which its per-frame jitter keeps to.
  public struct Bounds: Sendable, Equatable {
    public var scale: ClosedRange<Float>
    public var translation: Float
    public var lumaOffset: Float
    public var chromaOffset: Float
    public var sharpness: ClosedRange<Float>
    public var maskEdgeRho: ClosedRange<Float>
    public var featherWidth: ClosedRange<Float>
    public var strength: ClosedRange<Float>

    /// ``random(seed:)``'s ranges.
    public static let selfBlend = Bounds(
      scale: Range.scale, translation: Range.translation, lumaOffset: Range.lumaOffset,
      chromaOffset: Range.chromaOffset, sharpness: Range.sharpness, maskEdgeRho: Range.maskEdgeRho,
      featherWidth: Range.featherWidth, strength: Range.strength)

    /// ``generator(seed:)``'s ranges.
    public static let generator = Bounds(
      scale: GeneratorRange.scale, translation: GeneratorRange.translation, lumaOffset: GeneratorRange.lumaOffset,
      chromaOffset: GeneratorRange.chromaOffset, sharpness: GeneratorRange.sharpness,
      maskEdgeRho: GeneratorRange.maskEdgeRho, featherWidth: GeneratorRange.featherWidth,
      strength: GeneratorRange.strength)
  }

  /// A per-frame variant for temporal flicker: every parameter moves by up to
  /// `amount` × a fixed fraction of its range, drawn from `seed` and `frameIndex`,
  /// and stays inside the ranges of its own kind of fake (`bounds`). `amount` 0 returns `self`.
  public func jittered(frameIndex: Int, seed: UInt64, amount: Float, within bounds: Bounds) -> SelfBlendParameters {
    guard amount > 0 else { return self }
    var rng = SplitMix64(seed: seed ^ (UInt64(bitPattern: Int64(frameIndex)) &* 0xD1B5_4A32_D192_ED03))
    func clamp(_ v: Float, _ r: ClosedRange<Float>) -> Float { min(max(v, r.lowerBound), r.upperBound) }
    let t = bounds.translation
    let y = bounds.lumaOffset
    let c = bounds.chromaOffset
    return SelfBlendParameters(
      scale: clamp(scale + rng.symmetric(0.005 * amount), bounds.scale),
      translation: SIMD2(
        clamp(translation.x + rng.symmetric(0.003 * amount), -t...t),
        clamp(translation.y + rng.symmetric(0.003 * amount), -t...t)),
      lumaOffset: clamp(lumaOffset + rng.symmetric(3 * amount), -y...y),
      cbOffset: clamp(cbOffset + rng.symmetric(1.5 * amount), -c...c),
      crOffset: clamp(crOffset + rng.symmetric(1.5 * amount), -c...c),
      sharpness: clamp(sharpness + rng.symmetric(0.2 * amount), bounds.sharpness),
      maskEdgeRho: clamp(maskEdgeRho + rng.symmetric(0.02 * amount), bounds.maskEdgeRho),
      featherWidth: clamp(featherWidth + rng.symmetric(0.02 * amount), bounds.featherWidth),
      strength: clamp(strength + rng.symmetric(0.15 * amount), bounds.strength),
      generatorSize: generatorSize, bottleneckFactor: bottleneckFactor, mask: mask)
  }
}

extension SynthesisKind {
  /// The ranges this kind's parameters are drawn from and jittered within.
  public var bounds: SelfBlendParameters.Bounds {
    switch self {
    case .selfBlend: return .selfBlend
    case .generator: return .generator
    }
  }
}
