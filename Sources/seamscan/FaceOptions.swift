import ArgumentParser
import SeamScanAnalysis
import SeamScanFaces
import SeamScanRecords

/// Face-finding options shared by every command.
struct FaceOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Folder holding the model files instead of Debian's paths.", valueName: "dir"))
  var models: String?

  @Option(name: OptionTable.detectEvery.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.detectEvery.help))
  var detectEvery = OptionTable.detectEvery.defaultValue!

  @Option(
    name: OptionTable.confirmEvery.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.confirmEvery.help))
  var confirmEvery = OptionTable.confirmEvery.defaultValue!

  @Option(name: OptionTable.minFace.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.minFace.help))
  var minFace = OptionTable.minFace.defaultValue!

  @Option(
    name: OptionTable.minNeighbors.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.minNeighbors.help))
  var minNeighbors = OptionTable.minNeighbors.defaultValue!

  @Option(name: OptionTable.scaleFactor.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.scaleFactor.help))
  var scaleFactor = OptionTable.scaleFactor.defaultValue!

  @Option(name: OptionTable.detectSide.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.detectSide.help))
  var detectSide = OptionTable.detectSide.defaultValue!

  func validate() throws {
    try OptionTable.detectEvery.validate(detectEvery)
    try OptionTable.confirmEvery.validate(confirmEvery)
    try OptionTable.minFace.validate(minFace)
    try OptionTable.minNeighbors.validate(minNeighbors)
    try OptionTable.scaleFactor.validate(scaleFactor)
    try OptionTable.detectSide.validate(detectSide)
  }

  func loadKit() async throws -> FaceKit {
    try await FaceKit(
      files: FaceModelFiles(folder: models),
      cascade: CascadeClassifier.Parameters(
        scaleFactor: scaleFactor, minNeighbors: minNeighbors, minSize: minFace > 0 ? (minFace, minFace) : nil),
      detectSide: detectSide,
      tracking: TrackingParameters(detectEvery: detectEvery, confirmEvery: confirmEvery))
  }
}
