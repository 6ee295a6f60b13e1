import ArgumentParser
import Foundation
import SeamScanAnalysis
import SeamScanMedia
import SeamScanRecords
import SeamScanSynthesis

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

  @Option(
    name: .customLong("generator-size"), parsing: .unconditional,
    help:
      "With --kind generator: render the face at this many pixels per alignment square (inswapper 128, SimSwap 224, GHOST 256) instead of a random 1.3-3.5 times below its size."
  )
  var generatorSize: Float?

  @Option(help: "Seed of the blend parameters.")
  var seed: UInt64 = 1

  @Option(parsing: .unconditional, help: "x264 constant rate factor (0 lossless, 23 default, 35 heavy).")
  var crf = 18

  @Option(parsing: .unconditional, help: "Frame-to-frame change of the blend, 0 (steady) to 1 (strong flicker).")
  var jitter: Float = 0.5

  @OptionGroup(title: "Frames")
  var decode: DecodeOptionGroup

  @OptionGroup(title: "Face finding")
  var faceOptions: FaceOptions

  func validate() throws {
    guard (0...51).contains(crf) else { throw ValidationError("--crf must be 0…51") }
    guard (0...1).contains(jitter) else { throw ValidationError("--jitter must be 0…1") }
    if let generatorSize {
      guard kind == .generator else { throw ValidationError("--generator-size goes with --kind generator") }
      guard generatorSize >= 16 else { throw ValidationError("--generator-size must be at least 16") }
    }
    guard decode.stride == 1 else { throw ValidationError("synth blends every frame: --stride does not apply") }
  }

  func run() async throws {
    do {
      guard let digest = FileDigest(path: input) else { throw MediaError.missing(path: input) }
      let kit = try await faceOptions.loadKit()
      let synthesizer = Synthesizer(
        options: SynthesisOptions(
          kind: kind, generatorSize: generatorSize, seed: seed, crf: crf, jitter: jitter, decode: decode.options),
        detector: kit.detector, predictor: kit.predictor, tracking: kit.tracking)
      let record = try synthesizer.synthesize(input: input, sha256: digest.sha256, output: URL(fileURLWithPath: output))
      print(record.line)
    } catch let error as MediaError {
      print(ErrorRecord(path: input, sha256: nil, error: error.code, message: error.description).line)
      throw ExitCode.failure
    }
  }
}
