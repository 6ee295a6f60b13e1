import ArgumentParser
import Foundation
import SeamScanAnalysis
import SeamScanFiles
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

  @Option(
    parsing: .unconditional,
    help: "Seed of the blend parameters: any 64-bit integer; -1 is 18446744073709551615, as the record writes it.")
  var seed = Seed(1)

  @Option(parsing: .unconditional, help: "x264 constant rate factor (0 lossless, 23 default, 35 heavy).")
  var crf = 18

  @Option(parsing: .unconditional, help: "Frame-to-frame change of the blend, 0 (steady) to 1 (strong flicker).")
  var jitter: Float = 0.5

  @Option(
    name: .customLong("min-blended"), parsing: .unconditional,
    help: "Fail, writing nothing, unless at least this many frames (or all, if fewer) had a face to blend.")
  var minBlended = 1

  @Flag(help: "Replace --output if it exists, even when it is the input itself.")
  var force = false

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
    guard minBlended >= 1 else { throw ValidationError("--min-blended must be at least 1") }
  }

  func run() async throws {
    let source = RawArguments.path(input)
    let destination = RawArguments.path(output)
    let rule = OutputFileRule(input: source, force: force, command: "synth")
    var sha256: String?
    do {
      let file = try EvidenceFile(opening: source)
      guard let digest = file.digest() else {
        throw MediaError.readFailed(path: source.display, detail: "a read error while hashing it")
      }
      sha256 = digest.sha256
      // Checked before any work; the final move checks again, without a window to overwrite.
      try rule.prepare(destination)
      let kit = try await faceOptions.loadKit()
      let synthesizer = Synthesizer(
        options: SynthesisOptions(
          kind: kind, generatorSize: generatorSize, seed: seed.value, crf: crf, jitter: jitter, decode: decode.options),
        detector: kit.detector, predictor: kit.predictor, tracking: kit.tracking)
      let record = try synthesizer.synthesize(
        input: file, sha256: digest.sha256,
        // Written where the record says: absolute, its `.` and `..` resolved by name.
        output: FileSystem.resolved(destination), minimumBlended: minBlended, replacing: force)
      try printRecord(record)
    } catch let error as OutputError {
      guard let refusal = rule.refusal(error) else { throw error }
      try fail(.outputExists, refusal.description, sha256)
    } catch let error as MediaError {
      try fail(error.code, error.description, sha256)
    } catch let error as SynthesisError {
      try fail(.notBlended, error.description, sha256)
    } catch let error as OutputRefusal {
      try fail(.outputExists, error.description, sha256)
    }
  }

  private func fail(_ code: ErrorCode, _ message: String, _ sha256: String?) throws -> Never {
    let source = RawArguments.path(input)
    try printRecord(
      ErrorRecord(path: source.display, pathHex: source.hex, sha256: sha256, error: code, message: message))
    throw ExitCode.failure
  }
}

/// `--seed`: any 64-bit integer. A negative one is the seed with the same 64 bits, because the
/// synth record writes seeds above 2^63 - 1 as negative numbers: a record's own seed reproduces its fake.
struct Seed: ExpressibleByArgument {
  let value: UInt64

  init(_ value: UInt64) { self.value = value }

  init?(argument: String) {
    if let value = UInt64(argument) {
      self.value = value
    } else if let value = Int64(argument) {
      self.value = UInt64(bitPattern: value)
    } else {
      return nil
    }
  }

  var defaultValueDescription: String { "\(value)" }
}
