import Foundation
import SeamScanFaces
import SeamScanFiles
import SeamScanImaging
import SeamScanMedia
import SeamScanRecords

/// How `seamscan synth` manipulates a clip.
public struct SynthesisOptions: Sendable, Hashable {
  public var kind: SynthesisKind
  /// With `.generator`: a fixed render size instead of a random bottleneck.
  public var generatorSize: Float?
  /// Fixes the blend parameters; the same seed and input give the same video.
  public var seed: UInt64
  /// x264 constant rate factor of the output.
  public var crf: Int
  /// Per-frame change of the blend parameters, as a share of their ranges (flicker).
  public var jitter: Float
  public var decode: DecodeOptions

  public init(
    kind: SynthesisKind = .selfBlend, generatorSize: Float? = nil, seed: UInt64, crf: Int, jitter: Float,
    decode: DecodeOptions
  ) {
    self.kind = kind
    self.generatorSize = generatorSize
    self.seed = seed
    self.crf = crf
    self.jitter = jitter
    self.decode = decode
  }
}

/// Why `synth` made no known fake.
public enum SynthesisError: Error, Equatable, CustomStringConvertible {
  /// Fewer frames than required had a tracked face to blend.
  case notBlended(blended: Int, frames: Int, required: Int)

  public var description: String {
    switch self {
    case .notBlended(let blended, let frames, let required):
      return "blended \(blended) of \(frames) frames, fewer than the \(min(required, frames)) asked for "
        + "(--min-blended): no face was tracked in the others; nothing was written"
    }
  }
}

/// Makes a known-manipulated copy of a real clip by blending every tracked
/// face with an altered copy of itself (the idea of Self-Blended Images, CVPR
/// 2022, and of one-shot swappers' generator traces): training data and test
/// material with no third-party fakes and no licence trouble.
public struct Synthesizer<Detector: FaceFinding, Landmarker: LandmarkFitting>: Sendable {
  public var options: SynthesisOptions
  public var detector: Detector
  public var predictor: Landmarker
  public var tracking: TrackingParameters

  public init(options: SynthesisOptions, detector: Detector, predictor: Landmarker, tracking: TrackingParameters) {
    self.options = options
    self.detector = detector
    self.predictor = predictor
    self.tracking = tracking
  }

  /// Writes the manipulated clip to `output` (at analysis resolution; a `.png` output
  /// takes the first frame as a lossless still) and returns its provenance record:
  /// input hash, kind, seed, parameters of every track, counts. `sha256` is the input's.
  ///
  /// Nothing is written when fewer than `minimumBlended` frames could be blended (the output
  /// would not be the known fake it claims to be): that throws ``SynthesisError/notBlended``.
  /// An existing `output` is replaced only when `replacing`.
  public func synthesize(
    input: EvidenceFile, sha256: String, output: BytePath, minimumBlended: Int = 1, replacing: Bool = false
  ) throws -> SynthRecord {
    var decode = options.decode
    decode.stride = 1
    let reader = try MediaReader(file: input, options: decode)
    var tracker = FaceTracker(detector: detector, predictor: predictor, parameters: tracking)
    // A still written as `.png` stays a lossless still; anything else becomes H.264.
    let writesPNG = output.lowercasedExtension == "png"
    var encoder: VideoEncoder?
    var still: [UInt8]?
    var frames = 0
    var blendedFrames = 0
    var trackParameters: [Int: SelfBlendParameters] = [:]
    while let frame = reader.nextFrame() {
      guard var planes = frame.planes() else { continue }
      var blended = false
      for face in tracker.track(planes, ordinal: frame.index) {
        let base = trackParameters[face.track] ?? baseParameters(track: face.track)
        trackParameters[face.track] = base
        let parameters = base.jittered(
          frameIndex: frame.index, seed: options.seed, amount: options.jitter, within: options.kind.bounds)
        if let result = SelfBlend.apply(to: planes, landmarks: face.shape.points, parameters: parameters) {
          planes = result.planes
          blended = true
        }
      }
      frames += 1
      if blended { blendedFrames += 1 }
      if writesPNG {
        still = Array(try PNGEncoder.encode(RGBImage(planes)))
        break
      }
      if encoder == nil {
        encoder = try VideoEncoder(
          destination: output, replacing: replacing, width: planes.width, height: planes.height,
          frameRate: reader.info.frameRate ?? Rational(25, 1), crf: options.crf)
      }
      try encoder?.append(planes)
    }
    guard frames > 0 else {
      throw MediaError.nothingDecoded(
        path: input.path.display, statistics: reader.statistics, start: decode.start, duration: reader.info.duration)
    }
    guard blendedFrames >= min(minimumBlended, frames) else {
      throw SynthesisError.notBlended(blended: blendedFrames, frames: frames, required: minimumBlended)
    }
    if let still {
      try AtomicFile.write(still, to: output, replacing: replacing)
    }
    try encoder?.finish()
    return SynthRecord(
      input: input.path.display, sha256: sha256, output: output.display, kind: options.kind,
      seed: Int(truncatingIfNeeded: options.seed), crf: options.crf, jitter: Double(options.jitter), frames: frames,
      framesBlended: blendedFrames,
      tracks: trackParameters.keys.sorted().map { Self.blendRecord(track: $0, trackParameters[$0]!) })
  }

  /// Each face track gets its own parameters, fixed by the seed.
  private func baseParameters(track: Int) -> SelfBlendParameters {
    let seed = options.seed &+ UInt64(track) &* 0x9E37_79B9_7F4A_7C15
    switch options.kind {
    case .selfBlend: return SelfBlendParameters.random(seed: seed)
    case .generator:
      var parameters = SelfBlendParameters.generator(seed: seed)
      if let size = options.generatorSize { parameters.generatorSize = size }
      return parameters
    }
  }

  /// A track's base parameters, so a known fake says exactly what was done to it.
  private static func blendRecord(track: Int, _ p: SelfBlendParameters) -> BlendRecord {
    func rounded(_ v: Float) -> Double { (Double(v) * 1000).rounded() / 1000 }
    return BlendRecord(
      track: track, mask: p.mask, generatorSize: rounded(p.generatorSize),
      bottleneckFactor: rounded(p.bottleneckFactor), scale: rounded(p.scale), lumaOffset: rounded(p.lumaOffset),
      cbOffset: rounded(p.cbOffset), crOffset: rounded(p.crOffset), sharpness: rounded(p.sharpness),
      maskEdgeRho: rounded(p.maskEdgeRho), feather: rounded(p.featherWidth), strength: rounded(p.strength))
  }
}
