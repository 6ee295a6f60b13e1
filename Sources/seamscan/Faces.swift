import ArgumentParser
import Foundation
import SeamScanMedia
import SeamScanPipeline

struct Faces: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show the faces found in one frame of an image or video, as JSON and optionally drawn on the frame.")

  @Argument(help: "An image or video file.")
  var path: String

  @Option(help: "0-based frame index (tracking runs from the start up to it).")
  var frame = 0

  @Option(help: ArgumentHelp("Write the full-resolution frame with boxes, track ids and landmarks as PNG.", valueName: "out.png"))
  var draw: String?

  @Option(help: ArgumentHelp(
    "Write each face as the cues see it: a 256-px crop aligned to ArcFace's template from the full-resolution frame, as DIR/frame<N>-track<T>.png.",
    valueName: "DIR"))
  var crops: String?

  @Option(name: .customLong("max-side"), help: "Longest side of the analysis frame in pixels (0 = native).")
  var maxSide = 640

  @OptionGroup(title: "Face finding")
  var faceOptions: FaceOptions

  func validate() throws {
    guard frame >= 0 else { throw ValidationError("--frame must be 0 or more") }
  }

  func run() async throws {
    do {
      let snapshot = try FaceSnapshot(
        path: path, frameIndex: frame, settings: ScanSettings(decode: DecodeOptions(maxSide: maxSide)),
        faces: try await faceOptions.loadKit())
      print(JSONValue.object(snapshot.record).serialized)
      if let draw {
        try AtomicFile.write(try snapshot.annotatedPNG(), to: URL(fileURLWithPath: draw))
      }
      if let crops {
        let folder = URL(fileURLWithPath: crops, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for crop in try snapshot.alignedCropPNGs() {
          try AtomicFile.write(crop.png, to: folder.appendingPathComponent("frame\(frame)-track\(crop.track).png"))
        }
      }
    } catch let error as MediaError {
      print(ErrorRecord.line(code: error.code, message: error.description, path: path))
      throw ExitCode.failure
    } catch {
      print(ErrorRecord.line(code: "failed", message: "\(error)", path: path))
      throw ExitCode.failure
    }
  }
}
