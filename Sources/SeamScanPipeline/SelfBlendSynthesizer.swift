import Foundation
import SeamScanFaces
import SeamScanForensics
import SeamScanImaging
import SeamScanMedia

/// How `seamscan synth` manipulates a clip.
public struct SynthesisOptions: Sendable, Hashable {
  /// Fixes the blend parameters; the same seed and input give the same video.
  public var seed: UInt64
  /// x264 constant rate factor of the output.
  public var crf: Int
  /// Per-frame change of the blend parameters, as a share of their ranges (flicker).
  public var jitter: Float
  public var decode: DecodeOptions

  public init(seed: UInt64, crf: Int, jitter: Float, decode: DecodeOptions) {
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

  /// Writes the manipulated clip to `output` (at analysis resolution) and
  /// returns a provenance record: input hash, seed, parameters, counts.
  public func synthesize(input: String, output: URL) throws -> JSONObject {
    guard let digest = FileDigest(path: input) else { throw MediaError.missing(path: input) }
    var decode = options.decode
    decode.stride = 1
    let reader = try MediaReader(path: input, options: decode)
    var tracker = FaceTracker(detector: faces.detector, predictor: faces.predictor, parameters: faces.tracking)
    var encoder: VideoEncoder?
    var frames = 0, blendedFrames = 0
    while let frame = reader.nextFrame() {
      guard var planes = frame.planes() else { continue }
      let due = tracker.isScheduledDetection(analysedOrdinal: frame.index)
      let found = tracker.update(
        image: planes.luma, detections: due ? faces.detector.detect(in: planes.luma) : nil)
      var blended = false
      for face in found {
        let parameters = baseParameters(track: face.track)
          .jittered(frameIndex: frame.index, seed: options.seed, amount: options.jitter)
        if let result = SelfBlend.apply(to: planes, landmarks: face.shape.points, parameters: parameters) {
          planes = result.planes
          blended = true
        }
      }
      if encoder == nil {
        encoder = try VideoEncoder(
          destination: output, width: planes.width, height: planes.height,
          frameRate: reader.info.frameRate ?? Rational(25, 1), crf: options.crf)
      }
      try encoder?.append(planes)
      frames += 1
      if blended { blendedFrames += 1 }
    }
    guard let encoder, frames > 0 else { throw MediaError.noFrames(path: input) }
    try encoder.finish()
    return JSONObject([
      "type": "synth",
      "tool": ToolIdentity.json,
      "input": .string(input),
      "sha256": .string(digest.sha256),
      "output": .string(output.path),
      "seed": .int(Int(truncatingIfNeeded: options.seed)),
      "crf": .int(options.crf),
      "jitter": .double(Double(options.jitter)),
      "frames": .int(frames),
      "frames_blended": .int(blendedFrames),
    ])
  }

  /// Each face track gets its own parameters, fixed by the seed.
  private func baseParameters(track: Int) -> SelfBlendParameters {
    SelfBlendParameters.random(seed: options.seed &+ UInt64(track) &* 0x9E37_79B9_7F4A_7C15)
  }
}
