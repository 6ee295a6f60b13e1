import ArgumentParser
import SeamScanFaces
import SeamScanPipeline

/// Face-finding options shared by `scan` and `faces`.
struct FaceOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Folder holding the model files instead of Debian's paths.", valueName: "dir"))
  var models: String?

  @Option(name: .customLong("detect-every"), help: "Scan whole frames for new faces every N analysed frames (and on lost tracks and cuts).")
  var detectEvery = 30

  @Option(name: .customLong("confirm-every"), help: "Re-check each tracked face with the cascades every N frames, near where it is.")
  var confirmEvery = 8

  @Option(name: .customLong("min-face"), help: "Smallest face box the cascades look for, in analysis pixels.")
  var minFace = 30

  @Option(name: .customLong("min-neighbors"), help: "Raw cascade hits a face needs (OpenCV's minNeighbors).")
  var minNeighbors = 3

  @Option(
    name: .customLong("detect-side"),
    help: "Halve frames whose longest side exceeds this before the cascades run (0 = never); landmarks stay full size.")
  var detectSide = 0

  func validate() throws {
    guard detectEvery >= 1 else { throw ValidationError("--detect-every must be at least 1") }
    guard confirmEvery >= 1 else { throw ValidationError("--confirm-every must be at least 1") }
    guard minFace >= 0 else { throw ValidationError("--min-face must be 0 or more") }
    guard minNeighbors >= 0 else { throw ValidationError("--min-neighbors must be 0 or more") }
    guard detectSide == 0 || detectSide >= 48 else { throw ValidationError("--detect-side must be 0 or at least 48") }
  }

  func loadKit() async throws -> FaceKit {
    try await FaceKit(
      files: FaceModelFiles(folder: models),
      cascade: CascadeClassifier.Parameters(
        scaleFactor: 1.1, minNeighbors: minNeighbors, minSize: minFace > 0 ? (minFace, minFace) : nil),
      detectSide: detectSide,
      tracking: TrackingParameters(detectEvery: detectEvery, confirmEvery: confirmEvery))
  }
}
