import Foundation
import SeamScanFaces
import SeamScanForensics
import SeamScanImaging
import SeamScanMedia

/// What kind of known fake `seamscan synth` makes.
public enum SynthesisKind: String, Sendable, Hashable, CaseIterable {
  /// Self-Blended Images: the face blended with a slightly moved, recoloured, re-sharpened copy.
  case selfBlend = "self-blend"
  /// A one-shot swapper's traces: the face re-rendered through a G-pixel generator grid,
  /// colour matched or slightly off, pasted through the hull or the aligned square.
  case generator
}

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

  public init(kind: SynthesisKind = .selfBlend, generatorSize: Float? = nil, seed: UInt64, crf: Int, jitter: Float,
              decode: DecodeOptions) {
    self.kind = kind
    self.generatorSize = generatorSize
    self.seed = seed
    self.crf = crf
    self.jitter = jitter
    self.decode = decode
  }
}

/// Makes a known-manipulated copy of a real clip by self-blending every tracked
/// face (the idea of Self-Blended Images, CVPR 2022): training data and test
/// material with no third-party fakes and no licence trouble.
public struct SelfBlendSynthesizer: Sendable {
  public var options: SynthesisOptions
  public var faces: FaceKit

  public init(options: SynthesisOptions, faces: FaceKit) {
    self.options = options
    self.faces = faces
  }

  /// Writes the manipulated clip to `output` (at analysis resolution; a `.png` output
  /// takes the first frame as a lossless still) and returns a provenance record:
  /// input hash, kind, seed, parameters of every track, counts.
  public func synthesize(input: String, output: URL) throws -> JSONObject {
    guard let digest = FileDigest(path: input) else { throw MediaError.missing(path: input) }
    var decode = options.decode
    decode.stride = 1
    let reader = try MediaReader(path: input, options: decode)
    var tracker = FaceTracker(detector: faces.detector, predictor: faces.predictor, parameters: faces.tracking)
    // A still written as `.png` stays a lossless still; anything else becomes H.264.
    let writesPNG = output.pathExtension.lowercased() == "png"
    var encoder: VideoEncoder?
    var frames = 0, blendedFrames = 0
    var trackParameters: [Int: SelfBlendParameters] = [:]
    while let frame = reader.nextFrame() {
      guard var planes = frame.planes() else { continue }
      let due = tracker.isScheduledDetection(analysedOrdinal: frame.index)
      let found = tracker.update(
        image: planes.luma, detections: due ? faces.detector.detect(in: planes.luma) : nil)
      var blended = false
      for face in found {
        let base = trackParameters[face.track] ?? baseParameters(track: face.track)
        trackParameters[face.track] = base
        let parameters = base
          .jittered(frameIndex: frame.index, seed: options.seed, amount: options.jitter)
        if let result = SelfBlend.apply(to: planes, landmarks: face.shape.points, parameters: parameters) {
          planes = result.planes
          blended = true
        }
      }
      frames += 1
      if blended { blendedFrames += 1 }
      if writesPNG {
        try PNGEncoder.encode(RGBImage(planes)).write(to: output)
        break
      }
      if encoder == nil {
        encoder = try VideoEncoder(
          destination: output, width: planes.width, height: planes.height,
          frameRate: reader.info.frameRate ?? Rational(25, 1), crf: options.crf)
      }
      try encoder?.append(planes)
    }
    guard frames > 0 else { throw MediaError.noFrames(path: input) }
    try encoder?.finish()
    return JSONObject([
      "type": "synth",
      "tool": ToolIdentity.json,
      "input": .string(input),
      "sha256": .string(digest.sha256),
      "output": .string(output.path),
      "kind": .string(options.kind.rawValue),
      "seed": .int(Int(truncatingIfNeeded: options.seed)),
      "crf": .int(options.crf),
      "jitter": .double(Double(options.jitter)),
      "frames": .int(frames),
      "frames_blended": .int(blendedFrames),
      "tracks": .array(trackParameters.keys.sorted().map { Self.parametersJSON(track: $0, trackParameters[$0]!) }),
    ])
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
  private static func parametersJSON(track: Int, _ p: SelfBlendParameters) -> JSONValue {
    func rounded(_ v: Float) -> JSONValue { .double((Double(v) * 1000).rounded() / 1000) }
    return .object(JSONObject([
      "track": .int(track), "mask": .string(p.mask.rawValue), "generator_size": rounded(p.generatorSize),
      "bottleneck_factor": rounded(p.bottleneckFactor),
      "scale": rounded(p.scale), "luma_offset": rounded(p.lumaOffset), "cb_offset": rounded(p.cbOffset),
      "cr_offset": rounded(p.crOffset), "sharpness": rounded(p.sharpness), "mask_edge_rho": rounded(p.maskEdgeRho),
      "feather": rounded(p.featherWidth), "strength": rounded(p.strength),
    ]))
  }
}
