import ArgumentParser
import Foundation
import SeamScanAnalysis
import SeamScanBatch
import SeamScanFiles
import SeamScanMedia
import SeamScanRecords

struct Faces: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the faces found in one frame of an image or video, as JSON and optionally drawn on the frame.")

  @Argument(help: "An image or video file.")
  var path: String

  @Option(parsing: .unconditional, help: "0-based frame index (tracking runs from the start up to it).")
  var frame = 0

  @Option(
    help: ArgumentHelp(
      "Write the full-resolution frame with boxes, track ids and landmarks as PNG.", valueName: "out.png"))
  var draw: String?

  @Option(
    help: ArgumentHelp(
      "Write each face as the face network sees it: a 256-px crop aligned to ArcFace's template, luma from the full-resolution frame and colour from the analysis frame, as DIR/frame<N>-track<T>.png.",
      valueName: "DIR"))
  var crops: String?

  @Flag(help: "Replace existing --draw and --crops files, even when one is the input itself.")
  var force = false

  @OptionGroup(title: "Frames")
  var decode: DecodeOptionGroup

  @OptionGroup(title: "Face finding")
  var faceOptions: FaceOptions

  func validate() throws {
    guard frame >= 0 else { throw ValidationError("--frame must be 0 or more") }
    guard decode.stride == 1, decode.maxFrames == nil else {
      throw ValidationError("faces tracks every frame up to --frame: --stride and --max-frames do not apply")
    }
  }

  func run() async throws {
    let input = RawArguments.path(path)
    let rule = OutputFileRule(input: input, force: force, command: "faces")
    do {
      let file = try EvidenceFile(opening: input)
      guard let digest = file.digest() else {
        throw MediaError.readFailed(path: input.display, detail: "a read error while hashing it")
      }
      let drawing = draw.map(RawArguments.path)
      if let drawing { try rule.prepare(drawing) }
      let snapshot = try FaceSnapshot(
        path: input, sha256: digest.sha256, frameIndex: frame, decode: decode.options,
        faces: try await faceOptions.loadKit())
      var outputs: [(path: BytePath, contents: [UInt8])] = []
      if let drawing { outputs.append((drawing, Array(try snapshot.annotatedPNG()))) }
      if let crops {
        let folder = RawArguments.path(crops)
        for crop in try snapshot.alignedCropPNGs() {
          let name = folder.appending(Array("frame\(frame)-track\(crop.track).png".utf8))
          try rule.prepare(name)
          outputs.append((name, Array(crop.png)))
        }
        try FileSystem.createFolder(folder)
      }
      try printRecord(snapshot.record)
      for output in outputs { try rule.write(output.contents, to: output.path) }
    } catch let error as OutputRefusal {
      try fail(.outputExists, error.description, input)
    } catch let error as OutputError {
      throw error
    } catch let error as MediaError {
      try fail(error.code, error.description, input)
    } catch {
      try fail(.failed, "\(error)", input)
    }
  }

  private func fail(_ code: ErrorCode, _ message: String, _ input: BytePath) throws -> Never {
    try printRecord(ErrorRecord(path: input.display, pathHex: input.hex, sha256: nil, error: code, message: message))
    throw ExitCode.failure
  }
}
