import ArgumentParser
import Foundation
import SeamScanMedia
import SeamScanPipeline

struct Scan: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Scan videos, stills and folders; write one JSON record per frame.",
    discussion: """
      Records go to stdout as JSON Lines unless --output-dir is given. Exit status: 0 when every \
      input was analysed, 1 when some input failed (each failure has an error record), 2 on a usage error.
      """)

  @Argument(help: "Media files or folders (walked recursively; media is recognised by content).")
  var paths: [String]

  @Option(name: .customLong("output-dir"), help: "Write <input name>.seamscan.jsonl per input and summary.csv here.")
  var outputDirectory: String?

  @Flag(help: "Skip inputs whose complete output (same SHA-256) already exists in --output-dir.")
  var resume = false

  @Option(help: "Inputs analysed at once.")
  var jobs = 1

  @Option(help: "Frames analysed at once within each input (default: all cores).")
  var threads = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "No progress bar on stderr.")
  var quiet = false

  @Option(name: .customLong("max-side"), help: "Longest side of the analysis frames in pixels (0 = native).")
  var maxSide = 640

  @Option(help: "Start analysis this many seconds into each video.")
  var start: Double?

  @Option(help: "Analyse this many seconds from the start.")
  var duration: Double?

  @Option(name: .customLong("max-frames"), help: "Stop after this many frames.")
  var maxFrames: Int?

  @Option(help: "Analyse every Nth frame; the others still get a frame record.")
  var stride = 1

  @Flag(help: "Add the 68 landmarks of each face to the frame records.")
  var landmarks = false

  @Flag(name: .customLong("no-faces"), help: "Decode and record frames only, without face finding or scores.")
  var noFaces = false

  @Flag(name: .customLong("no-score"), help: "Find and track faces, but measure no cues and give no scores.")
  var noScore = false

  @OptionGroup(title: "Face finding")
  var faceOptions: FaceOptions

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    guard stride >= 1 else { throw ValidationError("--stride must be at least 1") }
    guard maxSide == 0 || maxSide >= 32 else { throw ValidationError("--max-side must be 0 or at least 32") }
    if let start, start < 0 || !start.isFinite { throw ValidationError("--start must be a time in seconds ≥ 0") }
    if let duration, duration <= 0 || !duration.isFinite { throw ValidationError("--duration must be positive") }
    if let maxFrames, maxFrames < 1 { throw ValidationError("--max-frames must be at least 1") }
    if resume && outputDirectory == nil { throw ValidationError("--resume needs --output-dir") }
  }

  func run() async throws {
    let settings = ScanSettings(
      decode: DecodeOptions(maxSide: maxSide, start: start, duration: duration, maxFrames: maxFrames, stride: stride),
      includeLandmarks: landmarks, measureCues: !noScore)
    let faces: FaceKit?
    do {
      faces = noFaces ? nil : try await faceOptions.loadKit()
    } catch {
      // Without models no input can be analysed: one error record, exit 1.
      print(ErrorRecord.line(code: "model_missing", message: "\(error)"))
      throw ExitCode.failure
    }
    let runner = BatchRunner(
      scanner: VideoScanner(settings: settings, faces: faces, scoring: try ScoringKit.trained(), threads: threads),
      options: BatchOptions(jobs: jobs, outputDirectory: outputDirectory, resume: resume, quiet: quiet))
    let allAnalysed = try await runner.run(InputCollector.collect(paths))
    if !allAnalysed { throw ExitCode.failure }
  }
}
