import ArgumentParser
import Foundation
import SeamScanAnalysis
import SeamScanBatch
import SeamScanRecords

struct Scan: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Scan videos, stills and folders; write one JSON record per frame.",
    discussion: """
      Records go to stdout as JSON Lines unless --output-dir is given. Exit status: 0 when every \
      input was analysed, 1 when some input failed (each failure has an error record) or output could \
      not be written, 2 on a usage error.
      """)

  @Argument(
    help:
      "Media files or folders (walked recursively; files with a video or picture extension, or holding a video stream, are analysed); - reads standard input."
  )
  var paths: [String]

  @Option(
    name: .customLong("output-dir"),
    help: "Write <input name>.<id>.seamscan.jsonl per input and summary.csv here.")
  var outputDirectory: String?

  @Flag(help: "Skip inputs whose complete output (same SHA-256 and options) already exists in --output-dir.")
  var resume = false

  @Option(name: OptionTable.jobs.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.jobs.help))
  var jobs = OptionTable.jobs.defaultValue!

  @Option(name: OptionTable.threads.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.threads.help))
  var threads: Int?

  @Flag(help: "No progress bar on stderr.")
  var quiet = false

  @OptionGroup(title: "Frames")
  var decode: DecodeOptionGroup

  @Flag(name: OptionTable.landmarks.flag, help: ArgumentHelp(OptionTable.landmarks.help))
  var landmarks = false

  @Flag(name: OptionTable.noFaces.flag, help: ArgumentHelp(OptionTable.noFaces.help))
  var noFaces = false

  @Flag(name: OptionTable.noScore.flag, help: ArgumentHelp(OptionTable.noScore.help))
  var noScore = false

  @OptionGroup(title: "Face finding")
  var faceOptions: FaceOptions

  @OptionGroup(title: "Face network")
  var networkOptions: NetworkOptions

  func validate() throws {
    try OptionTable.jobs.validate(jobs)
    try OptionTable.threads.validate(threads)
    if resume && outputDirectory == nil { throw ValidationError("--resume needs --output-dir") }
    if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
  }

  func run() async throws {
    let settings = ScanSettings(decode: decode.options, includeLandmarks: landmarks, measureCues: !noScore)
    let faces: FaceKit?
    let network: FaceNetworkKit?
    do {
      faces = noFaces ? nil : try await faceOptions.loadKit()
      network = noFaces || noScore ? nil : try networkOptions.load()
    } catch {
      // Without models no input can be analysed: one error record, exit 1.
      try printRecord(ErrorRecord(path: nil, sha256: nil, error: .modelMissing, message: "\(error)"))
      throw ExitCode.failure
    }
    let runner = BatchRunner(
      scanner: VideoScanner(
        settings: settings, faces: faces, scoring: try ScoringKit.trained(network: network), threads: threads),
      options: BatchOptions(
        jobs: jobs, outputDirectory: outputDirectory.map(RawArguments.path), resume: resume, quiet: quiet))
    let allAnalysed = try await runner.run(InputCollector.collect(paths.map(RawArguments.path)))
    if !allAnalysed { throw ExitCode.failure }
  }
}
