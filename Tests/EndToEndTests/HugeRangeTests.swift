import Foundation
import SeamScanTestSupport
import Testing

/// Times and counts too large for any timestamp or frame index never crash a command: the range
/// is past the end (`empty_range`, exit 1). Issue 15, N10.
@Suite final class HugeRangeTests {
  private let folder: URL
  private let clip: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("huge-range")
    clip = try GeneratedMedia.testPattern(output: folder.appendingPathComponent("clip.mp4"))
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func expectEmptyRange(_ run: SeamScanBinary.Run, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!run.killedBySignal, "no crash: \(run.standardError)", sourceLocation: sourceLocation)
    #expect(run.status == 1, "\(run.standardError)", sourceLocation: sourceLocation)
    let errors = run.records(ofType: "error")
    #expect(errors.count == 1, "\(run.lines)", sourceLocation: sourceLocation)
    #expect(errors.first?["error"] as? String == "empty_range", "\(run.lines)", sourceLocation: sourceLocation)
    let message = errors.first?["message"] as? String ?? ""
    #expect(message.contains("past"), "\(message)", sourceLocation: sourceLocation)
  }

  @Test("--start beyond any timestamp is past the end in scan, faces and synth", arguments: ["1e13", "1e300"])
  func startBeyondAnyTimestamp(start: String) throws {
    expectEmptyRange(try SeamScanBinary.run(["scan", "--quiet", "--no-faces", clip.path, "--start", start]))
    expectEmptyRange(try SeamScanBinary.run(["faces", clip.path, "--start", start]))
    let output = folder.appendingPathComponent("fake.mp4")
    expectEmptyRange(try SeamScanBinary.run(["synth", clip.path, "--output", output.path, "--start", start]))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test("--frame at the largest integer is past the end")
  func frameAtTheLargestInteger() throws {
    expectEmptyRange(try SeamScanBinary.run(["faces", clip.path, "--frame", "\(Int.max)"]))
  }
}
