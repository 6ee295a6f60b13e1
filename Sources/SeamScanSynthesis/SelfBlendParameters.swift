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
      scale: 0.95...1.05, translation: 0.02, lumaOffset: 12, chromaOffset: 6, sharpness: -1...1,
      maskEdgeRho: 0.85...1.1, featherWidth: 0.04...0.25, strength: 0.5...1)

    /// ``generator(seed:)``'s ranges, which imitate a one-shot swapper rather than a self-blend:
    /// a generator's crop lands where the face is, so the copy barely moves.
    public static let generator = Bounds(
      scale: 0.99...1.01, translation: 0.005, lumaOffset: 6, chromaOffset: 4, sharpness: -1...0.6,
      maskEdgeRho: 0.8...1.05, featherWidth: 0.05...0.3, strength: 0.85...1)
  }

  /// Least share of its range that the brightness, colour and sharpness changes take:
  /// a uniform draw around zero would make many "fakes" that carry no evidence at all,
  /// which teaches the scorer noise.
  public static let minimumChangeShare: Float = 0.3

  /// Parameters drawn from ``Bounds/selfBlend``, fixed by `seed`. Brightness, colour and
  /// sharpness changes have a random sign and at least ``minimumChangeShare`` of their range.
  public static func random(seed: UInt64) -> SelfBlendParameters {
    var rng = SplitMix64(seed: seed)
    let least = minimumChangeShare
    let r = Bounds.selfBlend
    return SelfBlendParameters(
      scale: rng.uniform(r.scale),
      translation: SIMD2(rng.symmetric(r.translation), rng.symmetric(r.translation)),
      lumaOffset: rng.signed(r.lumaOffset, leastShare: least),
      cbOffset: rng.signed(r.chromaOffset, leastShare: least),
      crOffset: rng.signed(r.chromaOffset, leastShare: least),
      sharpness: rng.signed(r.sharpness.upperBound, leastShare: least),
      maskEdgeRho: rng.uniform(r.maskEdgeRho),
      featherWidth: rng.uniform(r.featherWidth),
      strength: rng.uniform(r.strength))
  }

  /// Aligned face size over generator size in ``generator(seed:)``: real tools' 128-320 px
  /// output pasted onto faces 1.3-3.5 times larger.
  public static let generatorBottleneckFactor: ClosedRange<Float> = 1.3...3.5

  /// A generator emulation fixed by `seed`: the face re-rendered through a generator
  /// grid 1.3-3.5 times coarser than the face, smoothed as GANs render or sharpened as face enhancers do, colour
  /// exactly matched half the time (as colour transfer leaves it) and slightly off
  /// otherwise, pasted through the hull or the aligned box.
  public static func generator(seed: UInt64) -> SelfBlendParameters {
    var rng = SplitMix64(seed: seed)
    let g = Bounds.generator
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
      bottleneckFactor: rng.uniform(generatorBottleneckFactor),
      mask: rng.nextUnit() < 0.5 ? .hull : .alignedBox)
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
