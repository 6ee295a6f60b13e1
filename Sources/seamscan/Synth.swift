import ArgumentParser
import Foundation
import SeamScanMedia
import SeamScanPipeline

extension SynthesisKind: ExpressibleByArgument {}

struct Synth: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Make a known-manipulated copy of a real clip by self-blending its faces (for training and tests).",
    discussion: """
      Each tracked face is replaced by a slightly warped, rescaled, colour- and sharpness-shifted copy of \
      itself, blended back through a feathered landmark mask. The output is H.264 at the analysis \
      resolution; a provenance record is printed as JSON.
      """)

  @Argument(help: "A real video or image.")
  var input: String

  @Option(help: ArgumentHelp("The manipulated clip to write (MP4).", valueName: "out.mp4"))
  var output: String

  @Option(help: "self-blend (SBI) or generator (a one-shot swapper's resolution, colour and mask traces).")
  var kind: SynthesisKind = .selfBlend

  @Option(name: .customLong("generator-size"),
          help: "With --kind generator: render the face at this many pixels per alignment square (inswapper 128, SimSwap 224, GHOST 256) instead of a random 1.3-3.5 times below its size.")
  var generatorSize: Float?

  @Option(help: "Seed of the blend parameters.")
  var seed: UInt64 = 1

  @Option(help: "x264 constant rate factor (0 lossless, 23 default, 35 heavy).")
  var crf = 18

  @Option(help: "Frame-to-frame change of the blend, 0 (steady) to 1 (strong flicker).")
  var jitter: Float = 0.5

  @Option(name: .customLong("max-side"), help: "Longest side of the output in pixels (0 = native).")
  var maxSide = 640

  @Option(name: .customLong("max-frames"), help: "Stop after this many frames.")
  var maxFrames: Int?

  @OptionGroup(title: "Face finding")
  var faceOptions: FaceOptions

  func validate() throws {
    guard (0...51).contains(crf) else { throw ValidationError("--crf must be 0…51") }
    guard (0...1).contains(jitter) else { throw ValidationError("--jitter must be 0…1") }
    if let generatorSize {
      guard kind == .generator else { throw ValidationError("--generator-size goes with --kind generator") }
      guard generatorSize >= 16 else { throw ValidationError("--generator-size must be at least 16") }
    }
    if let maxFrames, maxFrames < 1 { throw ValidationError("--max-frames must be at least 1") }
  }

  func run() async throws {
    do {
      let synthesizer = SelfBlendSynthesizer(
        options: SynthesisOptions(
          kind: kind, generatorSize: generatorSize, seed: seed, crf: crf, jitter: jitter, decode: DecodeOptions(maxSide: maxSide, maxFrames: maxFrames)),
        faces: try await faceOptions.loadKit())
      let record = try synthesizer.synthesize(input: input, output: URL(fileURLWithPath: output))
      print(JSONValue.object(record).serialized)
    } catch let error as MediaError {
      print(ErrorRecord.line(code: error.code, message: error.description, path: input))
      throw ExitCode.failure
    }
  }
}
